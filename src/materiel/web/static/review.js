// The review queue's keys: j/k next/previous mention to review, a accept, r reject (with the reason chosen on
// the page). Each decision is POSTed to /api/mentions/ID/review with the page's CSRF token.
(function () {
  "use strict";
  var queue = document.getElementById("queue");
  if (!queue) { return; }
  var status = document.getElementById("status");
  var rows = function () { return Array.prototype.slice.call(queue.querySelectorAll(".mention-row.todo")); };
  var current = null;

  function select(row) {
    if (current) { current.classList.remove("selected"); }
    current = row || null;
    if (current) {
      current.classList.add("selected");
      current.focus({preventScroll: true});
      current.scrollIntoView({block: "nearest"});
    }
  }

  function move(step) {
    var all = rows();
    if (!all.length) { select(null); return; }
    var i = all.indexOf(current);
    select(all[i < 0 ? 0 : Math.min(all.length - 1, Math.max(0, i + step))]);
  }

  function decide(decision) {
    var row = current;
    if (!row) { return; }
    var body = {decision: decision};
    if (decision === "rejected") { body.reason = document.getElementById("reason").value; }
    status.textContent = "saving…";
    fetch("/api/mentions/" + row.dataset.mention + "/review", {
      method: "POST", credentials: "same-origin",
      headers: {"Content-Type": "application/json", "X-CSRF-Token": queue.dataset.csrf},
      body: JSON.stringify(body)
    }).then(function (resp) {
      return resp.json().then(function (data) { return {ok: resp.ok, data: data}; });
    }).then(function (res) {
      if (!res.ok) { status.textContent = "not saved: " + res.data.error.message; return; }
      row.classList.remove("todo", "selected");
      row.classList.add("done", "d-" + decision);
      row.querySelector(".decision").textContent = decision + (body.reason ? " (" + body.reason + ")" : "");
      var section = row.closest(".queue-record");
      var left = section ? section.querySelector(".mention-row.todo") : null;
      if (section && !left) { section.classList.add("reviewed"); }
      status.textContent = "mention " + row.dataset.mention + " " + decision + "; record " + res.data.record;
      current = null;
      var next = rows().filter(function (r) {  // the rest of this record first, then the records after it
        return r.compareDocumentPosition(row) & Node.DOCUMENT_POSITION_PRECEDING;
      });
      select(left || next[0] || rows()[0]);
    }).catch(function (err) { status.textContent = "not saved: " + err; });
  }

  document.addEventListener("keydown", function (ev) {
    var tag = (ev.target && ev.target.tagName) || "";
    if (ev.ctrlKey || ev.metaKey || ev.altKey || tag === "INPUT" || tag === "SELECT" || tag === "TEXTAREA") { return; }
    if (ev.key === "j") { move(1); } else if (ev.key === "k") { move(-1); }
    else if (ev.key === "a") { decide("accepted"); } else if (ev.key === "r") { decide("rejected"); }
    else { return; }
    ev.preventDefault();
  });
  move(0);
})();
