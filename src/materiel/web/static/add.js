// Add page: send the form to the API, then poll the job and show its progress.
(function () {
  "use strict";
  var form = document.getElementById("add-form");
  var box = document.getElementById("progress");
  if (!form || !box) return;
  var bar = document.getElementById("bar"), text = document.getElementById("progress-text");
  var title = document.getElementById("progress-title"), list = document.getElementById("progress-items");

  function item(i) {
    var li = document.createElement("li");
    li.className = "st-" + i.status;
    var strong = document.createElement("strong");
    strong.textContent = i.status;
    li.appendChild(strong);
    li.appendChild(document.createTextNode(" " + i.source + (i.reason ? " — " + i.reason : "")));
    if (i.document) {
      li.appendChild(document.createTextNode(" · "));
      var a = document.createElement("a");
      a.href = "/document/" + encodeURIComponent(i.document);
      a.textContent = "open";
      li.appendChild(a);
    }
    return li;
  }

  function show(job) {
    bar.value = job.percent;
    text.textContent = job.done + " of " + job.total + " processed · " + job.added + " added (" + job.transfers +
      " transfer rows, " + job.events + " events) · " + job.skipped + " skipped · " + job.failed + " failed";
    list.replaceChildren.apply(list, job.items.map(item));
    if (job.finished) {
      title.textContent = job.status === "done" ? "Added" : (job.status === "stopped" ? "Stopped: " : "Failed: ") + (job.error || "");
      var next = document.getElementById("progress-next");
      if (!next) {
        next = document.createElement("p");
        next.id = "progress-next";
        var a = document.createElement("a");
        a.href = "/register";
        a.textContent = "Open the register";
        next.appendChild(a);
        box.appendChild(next);
      }
    }
  }

  function poll(id) {
    fetch("/add/jobs/" + encodeURIComponent(id) + ".json", { headers: { "Accept": "application/json" } })
      .then(function (r) { return r.json(); })
      .then(function (job) {
        if (job.error && job.error.status) { title.textContent = job.error.message; return; }
        show(job);
        if (!job.finished) setTimeout(function () { poll(id); }, 500);
      })
      .catch(function () { setTimeout(function () { poll(id); }, 1500); });
  }

  form.addEventListener("submit", function (ev) {
    ev.preventDefault();
    var old = document.querySelector(".error-box");
    if (old) old.remove();
    box.hidden = false;
    title.textContent = "Uploading…";
    bar.removeAttribute("value");
    list.replaceChildren();
    text.textContent = "";
    var stale = document.getElementById("progress-next");
    if (stale) stale.remove();
    var token = form.querySelector("input[name=csrf_token]");
    // The token in a header: the server checks it before reading the body.
    fetch("/api/add", { method: "POST", body: new FormData(form), headers: { "X-CSRF-Token": token ? token.value : "" } })
      .then(function (r) { return r.json().then(function (body) { return { ok: r.ok, body: body }; }); })
      .then(function (res) {
        if (!res.ok) {
          box.hidden = true;
          var p = document.createElement("p");
          p.className = "error-box";
          p.setAttribute("role", "alert");
          p.textContent = res.body.error ? res.body.error.message : "the upload failed";
          form.parentNode.insertBefore(p, form);
          return;
        }
        title.textContent = "Adding…";
        form.reset();
        show(res.body);
        poll(res.body.id);
      })
      .catch(function (err) { title.textContent = "The upload failed: " + err; });
  });
})();
