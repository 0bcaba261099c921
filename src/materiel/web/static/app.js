// Every page: fold the register's filters on narrow screens so the table comes first.
(function () {
  "use strict";
  if (window.matchMedia("(max-width: 760px)").matches) {
    document.querySelectorAll("details.filters[open]").forEach(function (d) { d.removeAttribute("open"); });
  }
})();

// Actor fields (data-lookup="actors"): as one types, the actors the text designates (by id, name, alias
// such as "US" or "Kiev", or the start of a name) fill the field's <datalist>, each with its kind and
// country; choosing one puts its id in the field. Asks /api/lookup/actors, the resolver of every lookup.
(function () {
  "use strict";
  var fields = document.querySelectorAll("input[data-lookup='actors']");
  if (!fields.length) { return; }
  var timer = null;
  var asked = "";
  function fill(list, actors) {
    while (list.firstChild) { list.removeChild(list.firstChild); }
    actors.forEach(function (a) {
      var opt = document.createElement("option");
      opt.value = a.id;
      opt.label = a.name + " (" + [a.kind.replace(/_/g, " "), a.country].filter(Boolean).join(", ") + ")";
      opt.textContent = opt.label;
      list.appendChild(opt);
    });
  }
  function lookup(input) {
    var text = input.value.trim();
    var list = document.getElementById(input.getAttribute("list"));
    if (!list || text === asked) { return; }
    asked = text;
    if (!text) { fill(list, []); return; }
    var params = new URLSearchParams({ q: text });
    var coll = input.form && input.form.querySelector("input[name='collection']");
    if (coll && coll.value) { params.set("collection", coll.value); }
    fetch("/api/lookup/actors?" + params.toString(), { credentials: "same-origin", headers: { Accept: "application/json" } })
      .then(function (r) { return r.ok ? r.json() : { actors: [] }; })
      .then(function (data) { if (input.value.trim() === text) { fill(list, data.actors || []); } })
      .catch(function () { /* no suggestions: the field still takes any name */ });
  }
  fields.forEach(function (input) {
    input.addEventListener("input", function () {
      clearTimeout(timer);
      timer = setTimeout(function () { lookup(input); }, 150);
    });
    input.addEventListener("focus", function () { asked = ""; });
  });
})();
