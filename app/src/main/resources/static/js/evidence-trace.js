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

  // The page's sentences in the reader's language, from the form's data-say-* attributes; {0}, {1}… are filled in.
  function text(name) {
    var args = Array.prototype.slice.call(arguments, 1);
    return form.getAttribute("data-say-" + name).replace(/\{(\d+)\}/g, function (all, i) { return String(args[i]); });
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
    show([text("tracing", file.name)], true);
    fetch(form.dataset.api, { method: "POST", credentials: "same-origin",
      headers: headers({ "Content-Type": "application/octet-stream" }), body: file })
      .then(function (r) { return r.json().then(function (body) { return { ok: r.ok, body: body }; }); })
      .then(function (answer) {
        if (!answer.ok) { show([answer.body.detail || text("untraceable")], false); return; }
        var t = answer.body;
        var lines = ["SHA-256: " + t.sha256, t.explanation];
        if (t.export) {
          lines.push(text("export", t.export.code, t.export.recipient, t.export.purpose, t.export.requestedBy,
            t.export.requestedAt, t.export.evidence));
        }
        show(lines, Boolean(t.export));
      })
      .catch(function (error) { show([text("unsent", error.message)], false); });
  });
})();
