// Active time on a module page. Every interval, while the page is visible, the window has focus
// and the learner did something (key, pointer, scroll, touch) in the last 2 minutes, it sends a
// heartbeat with how far they have read and whether the end was reached. The server decides
// what to credit (never more than the real time that passed). On pagehide it flushes one last
// beat with navigator.sendBeacon, which cannot set headers: the CSRF token goes in the body.
(function () {
  "use strict";
  var el = document.getElementById("heartbeat");
  if (!el) { return; }
  var course = el.getAttribute("data-course");
  var module = el.getAttribute("data-module");
  var interval = Math.max(1, parseInt(el.getAttribute("data-interval"), 10) || 15) * 1000;
  var IDLE_MS = 120000;
  var meta = document.querySelector('meta[name="csrf-token"]');
  var csrf = meta ? meta.getAttribute("content") : "";
  var lastActivity = Date.now();
  var furthest = 0;
  var reachedEnd = false;
  var state = { sent: 0, skipped: 0, last: null };
  window.essHeartbeat = state;

  function readPosition() {
    var doc = document.documentElement;
    var scrollable = doc.scrollHeight - window.innerHeight;
    var here = scrollable <= 0 ? 1 : Math.min(1, Math.max(0, window.scrollY / scrollable));
    if (here > furthest) { furthest = here; }
    var end = document.getElementById("module-end");
    if (end && end.getBoundingClientRect().top <= window.innerHeight) { reachedEnd = true; }
  }

  function active() {
    return document.visibilityState === "visible" && document.hasFocus() && Date.now() - lastActivity < IDLE_MS;
  }

  function body() {
    return JSON.stringify({ course: course, module: module, position: Math.round(furthest * 1000) / 1000, reached_end: reachedEnd });
  }

  function beat() {
    readPosition();
    if (!active()) { state.skipped++; return; }
    state.sent++;
    fetch("/api/v1/progress/heartbeat", {
      method: "POST",
      credentials: "same-origin",
      headers: { "Content-Type": "application/json", "X-CSRF-Token": csrf },
      body: body()
    }).then(function (r) { return r.ok ? r.json() : null; })
      .then(function (result) { if (result) { state.last = result; } })
      .catch(function () { /* offline: the next beat carries on */ });
  }

  ["keydown", "pointerdown", "pointermove", "scroll", "touchstart", "wheel"].forEach(function (name) {
    window.addEventListener(name, function () { lastActivity = Date.now(); readPosition(); }, { passive: true });
  });
  window.addEventListener("pagehide", function () {
    readPosition();
    if (!active() || !navigator.sendBeacon) { return; }
    var payload = JSON.parse(body());
    payload.csrf_token = csrf;
    navigator.sendBeacon("/api/v1/progress/heartbeat", new Blob([JSON.stringify(payload)], { type: "text/plain" }));
  });
  readPosition();
  beat();
  window.setInterval(beat, interval);
})();
