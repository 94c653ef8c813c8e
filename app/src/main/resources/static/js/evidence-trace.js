// Sends a leaked file as the raw request body to the trace API and shows which export it came from.
(function () {
  "use strict";
  var form = document.getElementById("trace-file");
  if (!form) { return; }
  var result = document.getElementById("trace-file-result");

  function headers(extra) {
    var h = extra || {};
    var name = document.querySelector('meta[name="csrf-header"]');
    var token = document.querySelector('meta[name="csrf-token"]');
    if (name && token && token.content) { h[name.content] = token.content; }
    return h;
  }

  function show(lines, found) {
    result.className = found ? "notice" : "problem";
    result.replaceChildren();
    lines.forEach(function (line) { var p = document.createElement("p"); p.textContent = line; result.appendChild(p); });
  }

  form.addEventListener("submit", function (event) {
    event.preventDefault();
    var file = form.elements.file.files[0];
    if (!file) { return; }
    show(["Hashing and tracing " + file.name + "…"], true);
    fetch(form.dataset.api, { method: "POST", credentials: "same-origin",
      headers: headers({ "Content-Type": "application/octet-stream" }), body: file })
      .then(function (r) { return r.json().then(function (body) { return { ok: r.ok, body: body }; }); })
      .then(function (answer) {
        if (!answer.ok) { show([answer.body.detail || "The file could not be traced."], false); return; }
        var t = answer.body;
        var lines = ["SHA-256: " + t.sha256, t.explanation];
        if (t.export) {
          lines.push("Export LEO-" + t.export.code + " for " + t.export.recipient + " (" + t.export.purpose + "), made by "
            + t.export.requestedBy + " at " + t.export.requestedAt + ", of evidence " + t.export.evidence + ".");
        }
        show(lines, Boolean(t.export));
      })
      .catch(function (error) { show(["The file could not be sent: " + error.message], false); });
  });
})();
