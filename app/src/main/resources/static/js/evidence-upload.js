// Sends an evidence file in pieces through the resumable upload API: declare, PUT chunks at offsets, complete.
// After a failed piece it asks the server how many bytes arrived and continues from there.
(function () {
  "use strict";
  var CHUNK = 8 * 1024 * 1024;
  var RETRIES = 5;
  var form = document.getElementById("evidence-upload");
  if (!form) { return; }
  var bar = document.getElementById("upload-bar");
  var status = document.getElementById("upload-status");
  var panel = document.getElementById("upload-progress");
  var button = document.getElementById("upload-button");

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

  function say(text) { status.textContent = text; }

  function problem(response) {
    return response.json().then(function (body) { throw new Error(body.detail || response.statusText); },
      function () { throw new Error(response.status + " " + response.statusText); });
  }

  // A datetime-local value is the agency's wall-clock time (the form's data-zone, an IANA id); the API takes an instant.
  function offset(zone, at) {
    var parts = {};
    new Intl.DateTimeFormat("en-US", { timeZone: zone, hourCycle: "h23", year: "numeric", month: "2-digit",
      day: "2-digit", hour: "2-digit", minute: "2-digit", second: "2-digit" })
      .formatToParts(new Date(at)).forEach(function (p) { parts[p.type] = p.value; });
    return Date.UTC(+parts.year, +parts.month - 1, +parts.day, +parts.hour, +parts.minute, +parts.second) - at;
  }

  function utc(value) {
    if (!value) { return null; }
    var wall = Date.parse(value + (value.length === 16 ? ":00Z" : "Z"));
    var zone = form.dataset.zone || "UTC";
    var guess = wall - offset(zone, wall);
    return new Date(wall - offset(zone, guess)).toISOString();
  }

  function declare(file) {
    var field = function (name) { var v = form.elements[name].value.trim(); return v === "" ? null : v; };
    var body = {
      kind: field("kind"), fileName: file.name, size: file.size, device: field("device"), officerId: field("officerId"),
      recordedFrom: utc(field("recordedFrom")), recordedTo: utc(field("recordedTo")), location: field("location"),
      caseReference: field("caseReference"), incidentReference: field("incidentReference")
    };
    return fetch(form.dataset.api, { method: "POST", credentials: "same-origin",
      headers: headers({ "Content-Type": "application/json" }), body: JSON.stringify(body) })
      .then(function (r) { return r.ok ? r.json() : problem(r); });
  }

  function received(id) {
    return fetch(form.dataset.api + "/" + id, { credentials: "same-origin", headers: headers() })
      .then(function (r) { return r.ok ? r.json() : problem(r); })
      .then(function (s) { return s.receivedBytes; });
  }

  function send(file, id, offset, failures) {
    var percent = Math.floor(offset * 100 / file.size);
    bar.value = percent;
    bar.textContent = percent + "%";
    say(text("sent", offset.toLocaleString(document.documentElement.lang), file.size.toLocaleString(document.documentElement.lang), percent));
    if (offset >= file.size) { return Promise.resolve(); }
    var piece = file.slice(offset, Math.min(file.size, offset + CHUNK));
    return fetch(form.dataset.api + "/" + id + "?offset=" + offset, { method: "PUT", credentials: "same-origin",
      headers: headers({ "Content-Type": "application/octet-stream" }), body: piece })
      .then(function (r) { return r.ok ? r.json() : problem(r); })
      .then(function (s) { return send(file, id, s.receivedBytes, 0); },
        function (error) {
          if (failures >= RETRIES) { throw error; }
          say(text("resuming", error.message));
          return new Promise(function (resume) { setTimeout(resume, 1000 * (failures + 1)); })
            .then(function () { return received(id); })
            .then(function (at) { return send(file, id, at, failures + 1); });
        });
  }

  form.addEventListener("submit", function (event) {
    event.preventDefault();
    var file = form.elements.file.files[0];
    if (!file) { say(text("choose")); return; }
    if (file.size === 0) { panel.hidden = false; say(text("empty")); return; }
    if (file.size > Number(form.dataset.maxBytes)) { panel.hidden = false; say(text("too-large")); return; }
    button.disabled = true;
    panel.hidden = false;
    declare(file).then(function (upload) {
      return send(file, upload.id, 0, 0).then(function () {
        say(text("checking"));
        return fetch(form.dataset.api + "/" + upload.id + "/complete", { method: "POST", credentials: "same-origin",
          headers: headers() });
      });
    }).then(function (r) { return r.ok ? r.json() : problem(r); })
      .then(function (item) {
        say(text("done", item.sha256));
        window.location.assign(form.dataset.items + "/" + item.id);
      })
      .catch(function (error) { say(text("refused", error.message)); button.disabled = false; });
  });
})();
