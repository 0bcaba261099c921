// The map of /map and of actor pages: countries shaded by records, arrows supplier -> recipient as wide as
// their records, a slider over the periods (months or years), click a country to keep its flows. Drawn as SVG with the
// vendored d3-geo and topojson-client; the boundaries and arrow ends are vendored files of this server.
(function () {
  "use strict";
  var box = document.getElementById("map");
  var source = document.getElementById("map-data");
  if (!box || !source || !window.d3 || !window.topojson) return;
  var SVG = "http://www.w3.org/2000/svg", W = 960, H = 470, MAX_ARROWS = 200;
  var data = JSON.parse(source.textContent);
  var byNumeric = {}, byId = {};
  data.countries.forEach(function (c) { byId[c.id] = c; if (c.numeric) byNumeric[c.numeric] = c; });
  var from = document.getElementById("period-from"), to = document.getElementById("period-to");
  var status = document.getElementById("map-status"), focusBox = document.getElementById("map-focus");
  var focus = null, shapes = [], ends = {}, svg, flowLayer;

  function el(name, attrs, parent) {
    var node = document.createElementNS(SVG, name);
    Object.keys(attrs).forEach(function (k) { node.setAttribute(k, attrs[k]); });
    if (parent) parent.appendChild(node);
    return node;
  }

  function chosen() {  // [first, last] period chosen ("2024" or "2024-03"), or null for all (undated included)
    if (!from || !to) return null;
    var lo = Math.min(+from.value, +to.value), hi = Math.max(+from.value, +to.value);
    return lo === +from.min && hi === +from.max ? null : [data.periods[lo], data.periods[hi]];
  }

  function count(byPeriod, span, side) {  // records of a {period: n} (or {period: [supplied, received]}) in span
    var n = 0;
    Object.keys(byPeriod).forEach(function (p) {
      if (span && (p === "" || p < span[0] || p > span[1])) return;
      n += side === undefined ? byPeriod[p] : byPeriod[p][side];
    });
    return n;
  }

  function dates(span) {  // the register's since and until of the periods chosen
    var last = span[1].length === 4 ? span[1] + "-12-31" :
      span[1] + "-" + new Date(+span[1].slice(0, 4), +span[1].slice(5, 7), 0).getDate();
    return "&since=" + span[0] + (span[0].length === 4 ? "-01-01" : "-01") + "&until=" + last;
  }

  function arrows(span) {  // the heaviest flows between two known places in the periods chosen (and of the focus)
    return data.flows.filter(function (f) {
      return f.from && f.to && f.from !== f.to && ends[f.from] && ends[f.to] && (!focus || f.from === focus || f.to === focus);
    }).map(function (f) { return { f: f, n: count(f.periods, span) }; })
      .filter(function (x) { return x.n > 0; })
      .sort(function (a, b) { return b.n - a.n; }).slice(0, MAX_ARROWS);
  }

  function shadeCountries(span, flows) {  // five steps on a log scale; with a focus, its partners by their flows
    var shade = {}, max = 1;
    data.countries.forEach(function (c) {
      if (!focus || focus === c.id) shade[c.id] = count(c.periods, span, 0) + count(c.periods, span, 1);
    });
    if (focus) flows.forEach(function (x) {
      var other = x.f.from === focus ? x.f.to : x.f.from;
      shade[other] = (shade[other] || 0) + x.n;
    });
    Object.keys(shade).forEach(function (id) { max = Math.max(max, shade[id]); });
    shapes.forEach(function (s) {
      var n = s.country ? shade[s.country.id] || 0 : 0;
      var q = n ? 1 + Math.min(4, Math.floor(5 * Math.log(1 + n) / Math.log(1 + max))) : 0;
      s.path.setAttribute("class", "country q" + q + (s.country && s.country.id === focus ? " focus" : ""));
      if (s.country) s.title.textContent = s.country.name + ": " + count(s.country.periods, span, 0) + " supplied, " +
        count(s.country.periods, span, 1) + " received";
    });
  }

  function drawArrows(flows) {  // curved, as wide as their records, bending to the left of their way
    while (flowLayer.firstChild) flowLayer.removeChild(flowLayer.firstChild);
    var top = flows.length ? flows[0].n : 1;
    flows.forEach(function (x) {
      var a = ends[x.f.from], b = ends[x.f.to], dx = b[0] - a[0], dy = b[1] - a[1];
      var cx = (a[0] + b[0]) / 2 - dy * 0.2, cy = (a[1] + b[1]) / 2 + dx * 0.2;
      var path = el("path", { "class": "flow", "d": "M" + a + "Q" + cx + "," + cy + " " + b,
        "stroke-width": (1 + 6 * Math.sqrt(x.n / top)).toFixed(1), "marker-end": "url(#head)",
        "data-from": x.f.from, "data-to": x.f.to, "data-records": x.n }, flowLayer);
      el("title", {}, path).textContent = byId[x.f.from].name + " → " + byId[x.f.to].name + ": " + x.n +
        " record" + (x.n === 1 ? "" : "s");
    });
    box.setAttribute("data-arrows", String(flows.length));
  }

  function draw() {
    var span = chosen(), flows = arrows(span), total = 0;
    shadeCountries(span, flows);
    drawArrows(flows);
    flows.forEach(function (x) { total += x.n; });
    showFocus(span);
    if (status) status.textContent = (span ? span[0] + " to " + span[1] : "every " + data.grain) + " · " +
      flows.length + (flows.length === 1 ? " arrow, " : " arrows, ") + total + " records";
  }

  function showFocus(span) {  // the chosen country's links into the register, for the periods chosen
    focusBox.hidden = !focus;
    focusBox.textContent = "";
    if (!focus) return;
    var base = box.getAttribute("data-register"), sep = base.indexOf("?") < 0 ? "?" : "&";
    focusBox.appendChild(document.createTextNode(byId[focus].name + ": "));
    [["supplier", "records supplied"], ["recipient", "records received"]].forEach(function (p, i) {
      var a = document.createElement("a");
      a.href = base + sep + p[0] + "=" + encodeURIComponent(focus) + (span ? dates(span) : "");
      a.textContent = count(byId[focus].periods, span, i) + " " + p[1];
      if (i) focusBox.appendChild(document.createTextNode(" · "));
      focusBox.appendChild(a);
    });
  }

  function choose(country) {
    focus = country && country.id !== focus ? country.id : null;
    draw();
  }

  function start(world, points) {
    var projection = d3.geoEqualEarth().fitExtent([[4, 4], [W - 4, H - 4]], { type: "Sphere" });
    var path = d3.geoPath(projection);
    svg = el("svg", { "viewBox": "0 0 " + W + " " + H, "class": "world" }, null);
    var head = el("marker", { "id": "head", "viewBox": "0 0 10 10", "refX": 9, "refY": 5, "markerWidth": 9,
      "markerHeight": 9, "markerUnits": "userSpaceOnUse", "orient": "auto" }, el("defs", {}, svg));
    el("path", { "d": "M0,0L10,5L0,10z", "class": "head" }, head);
    el("path", { "d": path({ type: "Sphere" }), "class": "sphere" }, svg);
    var land = el("g", {}, svg);
    topojson.feature(world, world.objects.countries).features.forEach(function (f) {
      var country = byNumeric[f.id];
      var p = el("path", { "d": path(f) || "", "class": "country q0" }, land);
      var t = el("title", {}, p);
      t.textContent = (f.properties && f.properties.name) || "";
      if (country) {
        p.setAttribute("data-country", country.id);
        p.addEventListener("click", function (ev) { ev.stopPropagation(); choose(country); });
      }
      shapes.push({ path: p, country: country, title: t });
    });
    data.countries.forEach(function (c) {
      var ll = points[c.numeric];
      if (ll) ends[c.id] = projection(ll).map(function (v) { return Math.round(v * 10) / 10; });
    });
    flowLayer = el("g", { "class": "flows" }, svg);
    svg.addEventListener("click", function () { if (focus) choose(null); });
    box.appendChild(svg);
    [from, to].forEach(function (input) { if (input) input.addEventListener("input", draw); });
    draw();
    box.setAttribute("data-drawn", "1");
    if (window.performance && performance.mark) performance.mark("map-drawn");
  }

  function json(url) {
    return fetch(url, { credentials: "same-origin" }).then(function (r) {
      if (!r.ok) throw new Error(url + ": " + r.status);
      return r.json();
    });
  }
  Promise.all([json(box.getAttribute("data-world")), json(box.getAttribute("data-points"))])
    .then(function (got) { start(got[0], got[1]); })
    .catch(function (err) { box.textContent = "The map could not be drawn: " + err.message; });
})();
