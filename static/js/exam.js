// The exam paper: a countdown from the server's remaining seconds (so the client's own clock
// does not matter), warnings at 10 and 2 minutes, autosave of every change with a saved/unsaved
// marker, retries after a lost connection, and submission when the time is up. Without
// JavaScript the page's Save and Submit buttons do the same work.
(function () {
  "use strict";
  var bar = document.getElementById("exam-bar");
  var form = document.getElementById("paper");
  if (!bar || !form) { return; }
  var attempt = bar.getAttribute("data-attempt");
  var endsAt = Date.now() + parseInt(bar.getAttribute("data-remaining"), 10) * 1000;
  var timer = document.getElementById("timer");
  var warning = document.getElementById("timer-warning");
  var saveState = document.getElementById("save-state");
  var meta = document.querySelector('meta[name="csrf-token"]');
  var csrf = meta ? meta.getAttribute("content") : "";
  var pending = {};
  var warned = { 10: false, 2: false };
  var submitting = false;
  window.essExam = { saves: 0, failures: 0 };

  function pad(n) { return n < 10 ? "0" + n : String(n); }

  function tick() {
    var left = Math.max(0, Math.round((endsAt - Date.now()) / 1000));
    timer.textContent = Math.floor(left / 60) + ":" + pad(left % 60);
    [10, 2].forEach(function (m) {
      if (!warned[m] && left <= m * 60 && left > 0) {
        warned[m] = true;
        warning.textContent = m + " minutes left.";
        bar.classList.add("exam-bar-warning");
      }
    });
    if (left === 0 && !submitting) {
      submitting = true;
      warning.textContent = "Time is up: your saved answers are being submitted.";
      var button = document.getElementById("submit-button");
      if (button) { form.requestSubmit(button); } else { form.submit(); }
    }
  }

  function markAll() {
    var unsaved = Object.keys(pending).length;
    var answered = 0;
    form.querySelectorAll("fieldset.question").forEach(function (fs) {
      if (fs.querySelector("input:checked")) { answered++; }
    });
    saveState.textContent = (unsaved ? unsaved + " not saved yet · " : "All answers saved · ") + answered + " answered";
    saveState.classList.toggle("unsaved", unsaved > 0);
  }

  function save(fieldset) {
    var question = fieldset.getAttribute("data-question");
    var selected = Array.prototype.map.call(fieldset.querySelectorAll("input:checked"), function (i) { return i.value; });
    var state = fieldset.querySelector(".q-state");
    pending[question] = selected;
    state.textContent = "Saving…";
    markAll();
    fetch("/api/v1/attempts/" + attempt + "/answers/" + encodeURIComponent(question), {
      method: "PUT",
      credentials: "same-origin",
      headers: { "Content-Type": "application/json", "X-CSRF-Token": csrf },
      body: JSON.stringify({ selected: selected })
    }).then(function (response) {
      if (response.ok) {
        if (pending[question] === selected) { delete pending[question]; }
        state.textContent = "Saved";
        window.essExam.saves++;
      } else if (response.status === 409) {
        delete pending[question];
        state.textContent = "Not saved: the time is up.";
      } else {
        throw new Error("HTTP " + response.status);
      }
      markAll();
    }).catch(function () {
      window.essExam.failures++;
      state.textContent = "Not saved yet: retrying…";
      markAll();
      window.setTimeout(function () { if (pending[question] === selected) { save(fieldset); } }, 3000);
    });
  }

  form.addEventListener("change", function (event) {
    var fieldset = event.target.closest("fieldset.question");
    if (fieldset) { save(fieldset); }
  });
  form.addEventListener("submit", function (event) {
    var submitter = event.submitter;
    if (submitter && submitter.value === "submit" && !submitting) {
      if (!window.confirm("Submit your answers for grading now? You cannot change them afterwards.")) {
        event.preventDefault();
        return;
      }
    }
    submitting = true;
  });
  window.addEventListener("beforeunload", function (event) {
    if (Object.keys(pending).length && !submitting) { event.preventDefault(); }
  });
  tick();
  markAll();
  window.setInterval(tick, 1000);
})();
