// Document reader: clicking a row or an event scrolls to its sentence and flashes it.
(function () {
  "use strict";
  function flash(id) {
    var el = document.getElementById(id);
    if (!el) return;
    document.querySelectorAll(".sent.flash").forEach(function (s) { s.classList.remove("flash"); });
    el.classList.add("flash");
    el.scrollIntoView({ behavior: "smooth", block: "center" });
  }
  document.querySelectorAll("a.row-link[data-sentence]").forEach(function (a) {
    a.addEventListener("click", function (ev) {
      ev.preventDefault();
      var id = a.getAttribute("data-sentence");
      history.replaceState(null, "", "#" + id);
      flash(id);
    });
  });
  // And the other way: clicking a cited sentence marks its rows and events beside the text.
  document.querySelectorAll(".sent").forEach(function (sent) {
    sent.addEventListener("click", function () {
      var rows = document.querySelectorAll("a.row-link[data-sentence='" + sent.id + "']");
      document.querySelectorAll(".rows li.linked").forEach(function (li) { li.classList.remove("linked"); });
      rows.forEach(function (a) { a.parentNode.classList.add("linked"); });
      if (rows.length) rows[0].parentNode.scrollIntoView({ behavior: "smooth", block: "nearest" });
    });
  });
  if (location.hash.indexOf("#s-") === 0) flash(location.hash.slice(1));
})();
