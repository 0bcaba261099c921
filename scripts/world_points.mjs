// Writes world-points.json: for each country of world-atlas' 1:50m file, the centroid of its largest
// polygon ([longitude, latitude], 2 decimals), keyed by ISO 3166 numeric code. The map draws the 1:110m
// boundaries and starts and ends its arrows at these points (small states such as Singapore or Bahrain are
// missing from the 1:110m file). Run where world-atlas, topojson-client and d3-geo are installed with npm:
//   node scripts/world_points.mjs node_modules/world-atlas/countries-50m.json > world-points.json
import { readFileSync } from "node:fs";
import { feature } from "topojson-client";
import { geoArea, geoCentroid } from "d3-geo";

// a ring wound the wrong way reads as the rest of the sphere: take the smaller side
const area = (g) => Math.min(geoArea(g), 4 * Math.PI - geoArea(g));
const topology = JSON.parse(readFileSync(process.argv[2], "utf8"));
const largest = {}; // several features may share a code (Australia and its Ashmore and Cartier Islands)
for (const f of feature(topology, topology.objects.countries).features) {
  if (!f.id) continue;
  let g = f.geometry;
  if (g.type === "MultiPolygon") {
    const polys = g.coordinates.map((c) => ({ type: "Polygon", coordinates: c }));
    g = polys.reduce((a, b) => (area(b) > area(a) ? b : a));
  }
  if (!largest[f.id] || area(g) > area(largest[f.id])) largest[f.id] = g;
}
const out = {};
for (const id of Object.keys(largest).sort()) out[id] = geoCentroid(largest[id]).map((v) => Math.round(v * 100) / 100);
process.stdout.write(JSON.stringify(out) + "\n");
