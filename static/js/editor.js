// Live preview for the module editor: the markdown is rendered by the server's own pipeline
// (POST /api/v1/admin/preview), so the preview is exactly what learners will see. Without
// JavaScript the editor's "Preview" button does the same with a page load.
(function () {
  "use strict";
  var source = document.querySelector("textarea[data-preview-target]");
  if (!source) { return; }
  var target = document.getElementById(source.getAttribute("data-preview-target"));
  var state = document.getElementById("preview-state");
  var meta = document.querySelector('meta[name="csrf-token"]');
  var csrf = meta ? meta.getAttribute("content") : "";
  var timer = null;
  var sent = 0;
  // The page's words, in its language (the server puts them on the textarea).
  function msg(name, fallback) {
    return source.getAttribute("data-msg-" + name) || fallback;
  }

  function update() {
    var ticket = ++sent;
    if (state) { state.textContent = msg("updating", "updating…"); }
    fetch("/api/v1/admin/preview", {
      method: "POST",
      credentials: "same-origin",
      headers: { "Content-Type": "application/json", "X-CSRF-Token": csrf },
      body: JSON.stringify({ markdown: source.value, course: source.getAttribute("data-course") })
    }).then(function (response) {
      if (!response.ok) { throw new Error("HTTP " + response.status); }
      return response.json();
    }).then(function (body) {
      if (ticket !== sent) { return; }
      target.innerHTML = body.html; // sanitized by the server's allow-list
      if (state) { state.textContent = msg("done", "up to date"); }
    }).catch(function () {
      if (state) { state.textContent = msg("failed", "preview unavailable; use the Preview button"); }
    });
  }

  source.addEventListener("input", function () {
    if (state) { state.textContent = msg("typing", "typing…"); }
    window.clearTimeout(timer);
    timer = window.setTimeout(update, 400);
  });
})();
