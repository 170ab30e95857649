// The exam paper and its review: a countdown from the server's remaining seconds (so the
// client's own clock does not matter), warnings at 10 and 2 minutes, and submission when the
// time is up. On a page of questions: autosave of every change with a saved/unsaved marker and
// retries after a lost connection, flags for review without a reload, a navigator whose states
// follow the answers and flags, and leaving the page only once its answers are saved. Without
// JavaScript the page's buttons do the same work through the form, and the navigator is a list
// of links in a <details> drawer.
(function () {
  "use strict";
  var bar = document.getElementById("exam-bar");
  var form = document.querySelector("form[data-exam-form]");
  if (!bar || !form) { return; }
  var attempt = bar.getAttribute("data-attempt");
  var total = parseInt(bar.getAttribute("data-total"), 10);
  var endsAt = Date.now() + parseInt(bar.getAttribute("data-remaining"), 10) * 1000;
  var timer = document.getElementById("timer");
  var warning = document.getElementById("timer-warning");
  var saveState = document.getElementById("save-state");
  var nav = document.getElementById("q-nav");
  var drawer = nav ? nav.querySelector("details") : null;
  var navCount = document.getElementById("q-nav-count");
  var wide = window.matchMedia("(min-width: 1000px)");
  var meta = document.querySelector('meta[name="csrf-token"]');
  var csrf = meta ? meta.getAttribute("content") : "";
  var onPaper = form.id === "paper";
  var pending = {};
  var inFlight = 0;
  var settled = [];
  var warned = { 10: false, 2: false };
  var submitting = false;
  var leaving = false;
  window.essExam = { saves: 0, failures: 0, flags: 0 };

  // The page's words, in its language (the server puts them on the exam bar): `{n}` and the
  // other braces are filled in here, and a count picks its plural form by Intl.PluralRules.
  var plural = window.Intl && Intl.PluralRules ? new Intl.PluralRules(bar.getAttribute("data-lang") || "en") : null;
  function msg(name, fallback, values) {
    var text = bar.getAttribute("data-msg-" + name) || fallback;
    Object.keys(values || {}).forEach(function (key) {
      text = text.split("{" + key + "}").join(String(values[key]));
    });
    return text;
  }
  function counted(name, fallback, n, values) {
    var form = plural && plural.select(n) === "one" ? "one" : "other";
    var all = { n: n };
    Object.keys(values || {}).forEach(function (key) { all[key] = values[key]; });
    return msg(name + "-" + form, fallback, all);
  }

  // The navigator's items by question id.
  var items = {};
  if (nav) {
    nav.querySelectorAll(".q-nav-item").forEach(function (item) {
      items[item.getAttribute("data-question")] = item;
    });
  }

  function pad(n) { return n < 10 ? "0" + n : String(n); }

  // Submits the attempt through the form (on a page of questions it saves that page first).
  function submitNow() {
    var input = document.createElement("input");
    input.type = "hidden";
    input.name = "action";
    input.value = "submit";
    form.appendChild(input);
    HTMLFormElement.prototype.submit.call(form);
  }

  function tick() {
    var left = Math.max(0, Math.round((endsAt - Date.now()) / 1000));
    timer.textContent = Math.floor(left / 60) + ":" + pad(left % 60);
    [10, 2].forEach(function (m) {
      if (!warned[m] && left <= m * 60 && left > 0) {
        warned[m] = true;
        warning.textContent = msg("minutes-left-" + m, m + " minutes left.");
        bar.classList.add("exam-bar-warning");
      }
    });
    if (left === 0 && !submitting) {
      submitting = true;
      leaving = true;
      warning.textContent = msg("time-up", "Time is up: your saved answers are being submitted.");
      submitNow();
    }
  }

  // The navigator item's marks and words, as the server renders them.
  function showState(item, answered, flagged) {
    item.classList.toggle("is-answered", answered);
    item.classList.toggle("is-flagged", flagged);
    var name = "label-" + (answered ? "answered" : "unanswered") + (flagged ? "-flagged" : "");
    item.querySelector(".q-nav-label").textContent =
      msg(name, "Question {number}", { number: item.getAttribute("data-number") });
  }

  function counts() {
    var answered = 0;
    var flagged = 0;
    Object.keys(items).forEach(function (id) {
      if (items[id].classList.contains("is-answered")) { answered++; }
      if (items[id].classList.contains("is-flagged")) { flagged++; }
    });
    return { answered: answered, flagged: flagged };
  }

  function markAll() {
    var unsaved = Object.keys(pending).length;
    var c = counts();
    saveState.textContent = (unsaved ? counted("unsaved", "{n} not saved yet", unsaved) : msg("all-saved", "All answers saved")) +
      " · " + counted("answered", "{n} answered", c.answered);
    saveState.classList.toggle("unsaved", unsaved > 0);
    if (navCount) {
      navCount.textContent = counted("answered-of", "{n} of {total} answered", c.answered, { total: total }) +
        (c.flagged ? " · " + counted("flagged-count", "{n} flagged", c.flagged) : "");
    }
  }

  // Counts a request until it settles; `whenSaved` callbacks run once none is in flight.
  function track(promise) {
    inFlight++;
    return promise.then(function () {
      inFlight--;
      if (inFlight === 0) {
        var callbacks = settled;
        settled = [];
        callbacks.forEach(function (callback) { callback(); });
      }
    });
  }

  function whenSaved(callback) {
    if (inFlight === 0) { callback(); } else { settled.push(callback); }
  }

  function save(fieldset) {
    var question = fieldset.getAttribute("data-question");
    var selected = Array.prototype.map.call(fieldset.querySelectorAll("input:checked"), function (i) { return i.value; });
    var state = fieldset.querySelector(".q-state");
    pending[question] = selected;
    state.textContent = msg("saving", "Saving…");
    markAll();
    track(fetch("/api/v1/attempts/" + attempt + "/answers/" + encodeURIComponent(question), {
      method: "PUT",
      credentials: "same-origin",
      headers: { "Content-Type": "application/json", "X-CSRF-Token": csrf },
      body: JSON.stringify({ selected: selected })
    }).then(function (response) {
      if (response.ok) {
        if (pending[question] === selected) { delete pending[question]; }
        state.textContent = msg("saved", "Saved");
        window.essExam.saves++;
      } else if (response.status === 409) {
        delete pending[question];
        state.textContent = msg("not-saved-time-up", "Not saved: the time is up.");
      } else {
        throw new Error("HTTP " + response.status);
      }
      markAll();
    }).catch(function () {
      window.essExam.failures++;
      state.textContent = msg("retrying", "Not saved yet: retrying…");
      markAll();
      window.setTimeout(function () { if (pending[question] === selected) { save(fieldset); } }, 3000);
    }));
  }

  function setFlag(button) {
    var fieldset = button.closest("fieldset.question");
    var question = button.value;
    var wanted = button.getAttribute("aria-pressed") !== "true";
    var state = fieldset.querySelector(".q-state");
    if (button.getAttribute("aria-busy") === "true") { return; }
    button.setAttribute("aria-busy", "true");
    track(fetch("/api/v1/attempts/" + attempt + "/flags/" + encodeURIComponent(question), {
      method: "PUT",
      credentials: "same-origin",
      headers: { "Content-Type": "application/json", "X-CSRF-Token": csrf },
      body: JSON.stringify({ flagged: wanted })
    }).then(function (response) {
      if (response.status === 409) {
        state.textContent = msg("flag-time-up", "The flag did not change: the time is up.");
        return;
      }
      if (!response.ok) { throw new Error("HTTP " + response.status); }
      return response.json().then(function (body) {
        button.setAttribute("aria-pressed", body.flagged ? "true" : "false");
        // Without this script the button posts the form: keep its name right for that too.
        button.name = body.flagged ? "unflag" : "flag";
        fieldset.classList.toggle("is-flagged", body.flagged);
        var item = items[question];
        if (item) { showState(item, item.classList.contains("is-answered"), body.flagged); }
        state.textContent = body.flagged ? msg("flagged", "Flagged for review") : msg("unflagged", "Flag removed");
        window.essExam.flags++;
        markAll();
      });
    }).catch(function () {
      window.essExam.failures++;
      state.textContent = msg("flag-failed", "The flag was not saved: check your connection and try again.");
    }).then(function () {
      button.removeAttribute("aria-busy");
    }));
  }

  // Goes to a question of the page shown without a reload, or to another page once the
  // answers of this one are saved.
  function follow(link) {
    var url = new URL(link.href, window.location.href);
    var here = new URL(window.location.href);
    var samePage = onPaper && url.pathname === here.pathname &&
      (url.searchParams.get("page") || "1") === form.getAttribute("data-page");
    if (samePage && url.hash) {
      var target = document.getElementById(url.hash.slice(1));
      if (target) {
        window.history.replaceState(null, "", url.href);
        if (drawer && !wide.matches) { drawer.open = false; }
        target.scrollIntoView({ block: "start" });
        target.focus({ preventScroll: true });
        return;
      }
    }
    saveState.textContent = msg("leaving", "Saving before you go…");
    whenSaved(function () {
      if (Object.keys(pending).length) {
        markAll();
        warning.textContent = msg("unsaved-warning", "Some answers are not saved yet: check your connection, then try again.");
        return;
      }
      leaving = true;
      window.location.href = url.href;
    });
  }

  // A phone shows the navigator as a closed drawer; from 1000 px it is an open column.
  function fitDrawer() { if (drawer) { drawer.open = wide.matches; } }
  fitDrawer();
  if (wide.addEventListener) { wide.addEventListener("change", fitDrawer); }

  if (onPaper) {
    form.addEventListener("change", function (event) {
      var fieldset = event.target.closest("fieldset.question");
      if (!fieldset) { return; }
      var item = items[fieldset.getAttribute("data-question")];
      if (item) { showState(item, !!fieldset.querySelector("input:checked"), item.classList.contains("is-flagged")); }
      save(fieldset);
    });
    form.addEventListener("click", function (event) {
      var button = event.target.closest(".flag-toggle");
      if (!button) { return; }
      event.preventDefault();
      setFlag(button);
    });
  }
  document.addEventListener("click", function (event) {
    var link = event.target.closest("a[href]");
    if (!link || event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey ||
        event.shiftKey || event.altKey || link.target) { return; }
    var url = new URL(link.href, window.location.href);
    if (url.origin !== window.location.origin || url.pathname.indexOf("/attempts/" + attempt) !== 0) { return; }
    // A link within this very page (the review's summary) needs nothing from us.
    if (link.getAttribute("href").charAt(0) === "#") { return; }
    event.preventDefault();
    follow(link);
  });
  form.addEventListener("submit", function () {
    submitting = true;
    leaving = true;
  });
  window.addEventListener("beforeunload", function (event) {
    if ((Object.keys(pending).length || inFlight) && !leaving) { event.preventDefault(); }
  });
  tick();
  markAll();
  window.setInterval(tick, 1000);
})();
