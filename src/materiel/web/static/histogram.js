// The register's histogram: records by month (of the records the other filters keep), the months of the
// date filter in dark; drag across it (brush) to filter the register to those months.
(function () {
  "use strict";
  var box = document.getElementById("histogram"), source = document.getElementById("histogram-data");
  if (!box || !source) return;
  var data = JSON.parse(source.textContent), months = data.months;
  if (!months.length) return;
  var SVG = "http://www.w3.org/2000/svg", W = 260, H = 96, L = 2, R = 2, T = 4, B = 18;
  var step = (W - L - R) / months.length, top = 1;
  months.forEach(function (m) { top = Math.max(top, m.records); });
  var lo = (data.since || "").slice(0, 7), hi = (data.until || "").slice(0, 7);

  function el(name, attrs, parent) {
    var node = document.createElementNS(SVG, name);
    Object.keys(attrs).forEach(function (k) { node.setAttribute(k, attrs[k]); });
    parent.appendChild(node);
    return node;
  }

  var svg = el("svg", { "viewBox": "0 0 " + W + " " + H, "class": "hist", "role": "img",
                        "aria-label": "Records by month; drag across months to filter the register" }, box);
  months.forEach(function (m, i) {
    var h = (H - T - B) * m.records / top, inside = (!lo || m.month >= lo) && (!hi || m.month <= hi);
    var bar = el("rect", { "class": "bar" + ((lo || hi) && inside ? " in" : ""), "x": (L + i * step).toFixed(2),
      "y": (H - B - h).toFixed(2), "width": Math.max(step - 1, 0.6).toFixed(2), "height": h.toFixed(2),
      "data-month": m.month }, svg);
    el("title", {}, bar).textContent = m.month + ": " + m.records + " record" + (m.records === 1 ? "" : "s");
  });
  el("line", { "class": "axis", "x1": L, "x2": W - R, "y1": H - B + 0.5, "y2": H - B + 0.5 }, svg);
  el("text", { "class": "tick-label", "x": L, "y": H - 4 }, svg).textContent = months[0].month;
  el("text", { "class": "tick-label", "x": W - R, "y": H - 4, "text-anchor": "end" }, svg).textContent = months[months.length - 1].month;
  var brush = el("rect", { "class": "brush", "x": 0, "y": T, "width": 0, "height": H - T - B, "visibility": "hidden" }, svg);

  function at(ev) {  // the month under the pointer
    var r = svg.getBoundingClientRect(), x = (ev.clientX - r.left) * W / r.width;
    return Math.max(0, Math.min(months.length - 1, Math.floor((x - L) / step)));
  }
  var start = null;
  function show(a, b) {
    var i = Math.min(a, b), j = Math.max(a, b);
    brush.setAttribute("x", (L + i * step).toFixed(2));
    brush.setAttribute("width", ((j - i + 1) * step).toFixed(2));
    brush.setAttribute("visibility", "visible");
  }
  svg.addEventListener("pointerdown", function (ev) {
    start = at(ev);
    svg.setPointerCapture(ev.pointerId);
    show(start, start);
  });
  svg.addEventListener("pointermove", function (ev) { if (start !== null) show(start, at(ev)); });
  svg.addEventListener("pointerup", function (ev) {
    if (start === null) return;
    var i = Math.min(start, at(ev)), j = Math.max(start, at(ev)), last = months[j].month;
    start = null;
    var end = new Date(+last.slice(0, 4), +last.slice(5, 7), 0).getDate();  // day 0 of the next month
    var base = box.getAttribute("data-href"), sep = base.indexOf("?") < 0 ? "?" : "&";
    window.location.href = base + sep + "since=" + months[i].month + "-01&until=" + last + "-" + end;
  });
  box.setAttribute("data-bars", String(months.length));
})();
