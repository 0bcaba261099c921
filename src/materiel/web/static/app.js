// Every page: fold the register's filters on narrow screens so the table comes first.
(function () {
  "use strict";
  if (window.matchMedia("(max-width: 760px)").matches) {
    document.querySelectorAll("details.filters[open]").forEach(function (d) { d.removeAttribute("open"); });
  }
})();
