// Actor profile: the counterpart network, drawn with the vendored Cytoscape.js.
(function () {
  "use strict";
  var box = document.getElementById("network");
  var data = document.getElementById("network-data");
  if (!box || !data || typeof cytoscape !== "function") return;
  var elements = JSON.parse(data.textContent);
  var palette = { state: "#1f4e79", government_body: "#2f6ea8", armed_group: "#9b2317", company: "#6b531b",
                  igo: "#17663a", person: "#4f2d9a", other: "#5d6778" };
  var cy = cytoscape({
    container: box,
    elements: elements,
    minZoom: 0.3,
    maxZoom: 3,
    style: [
      { selector: "node", style: {
          "label": "data(label)", "font-size": 11, "text-valign": "bottom", "text-margin-y": 4,
          "text-wrap": "wrap", "text-max-width": 110, "color": "#1c2330",
          "text-background-color": "#fbfcfd", "text-background-opacity": 0.85, "text-background-padding": 2,
          "width": 18, "height": 18, "background-color": function (n) { return palette[n.data("kind")] || palette.other; },
          "border-width": 2, "border-color": "#fff" } },
      { selector: "node[?focus]", style: { "width": 30, "height": 30, "font-weight": "bold", "font-size": 13,
          "border-color": "#e8c547", "border-width": 4 } },
      { selector: "edge", style: {
          "curve-style": "bezier", "target-arrow-shape": "triangle", "arrow-scale": 0.9,
          "width": function (e) { return Math.min(2 + e.data("weight"), 7); },
          "line-color": "#1f4e79", "target-arrow-color": "#1f4e79", "opacity": 0.8,
          "label": "", "font-size": 10, "color": "#1c2330", "text-rotation": "autorotate",
          "text-background-color": "#fff", "text-background-opacity": 0.9, "text-background-padding": 2 } },
      { selector: "edge.show", style: { "label": "data(label)", "z-index": 10 } },
      { selector: "edge[kind = 'event']", style: { "line-style": "dashed", "line-color": "#8a94a3",
          "target-arrow-color": "#8a94a3", "width": 1.5 } },
      { selector: "edge[?contradiction]", style: { "line-color": "#b42318", "target-arrow-color": "#b42318" } }
    ],
    layout: { name: "concentric", animate: false, padding: 36, minNodeSpacing: 70, avoidOverlap: true,
              concentric: function (n) { return n.data("focus") ? 2 : 1; }, levelWidth: function () { return 1; } }
  });
  // A small network should not be blown up to fill the box.
  if (cy.zoom() > 1.4) { cy.zoom(1.4); cy.center(); }
  cy.on("mouseover tap", "edge", function (ev) { ev.target.addClass("show"); });
  cy.on("mouseout", "edge", function (ev) { ev.target.removeClass("show"); });
  cy.on("mouseover", "node", function (ev) { ev.target.connectedEdges().addClass("show"); });
  cy.on("mouseout", "node", function (ev) { ev.target.connectedEdges().removeClass("show"); });
  cy.on("tap", "node", function (ev) {
    var href = ev.target.data("href");
    if (href && !ev.target.data("focus")) window.location.href = href;
  });
  box.setAttribute("data-nodes", String(cy.nodes().length));
  window.materielNetwork = cy;
})();
