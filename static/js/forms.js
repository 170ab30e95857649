// Small progressive enhancements for forms; every page works without this file.
// - a "Show" button beside password fields;
// - a submit button is disabled while its form is being sent (no double submits);
// - the language switcher submits itself when a language is picked.
(function () {
  "use strict";
  // The page's words, in its language (the server puts them on <body>).
  function msg(name, fallback) {
    return document.body.getAttribute("data-msg-" + name) || fallback;
  }
  document.querySelectorAll('input[type="password"]').forEach(function (input) {
    var button = document.createElement("button");
    button.type = "button";
    button.className = "reveal";
    button.textContent = msg("show", "Show");
    button.setAttribute("aria-controls", input.id);
    button.setAttribute("aria-pressed", "false");
    button.addEventListener("click", function () {
      var show = input.type === "password";
      input.type = show ? "text" : "password";
      button.textContent = show ? msg("hide", "Hide") : msg("show", "Show");
      button.setAttribute("aria-pressed", String(show));
    });
    input.insertAdjacentElement("afterend", button);
    input.parentElement.classList.add("has-reveal");
  });
  // The language switcher changes the language as soon as one is picked.
  document.querySelectorAll("select[data-autosubmit]").forEach(function (select) {
    var button = select.form && select.form.querySelector("button[type=submit]");
    if (button) { button.hidden = true; }
    select.addEventListener("change", function () { select.form.submit(); });
  });
  document.querySelectorAll("[data-copy]").forEach(function (button) {
    button.addEventListener("click", function () {
      var source = document.getElementById(button.getAttribute("data-copy"));
      if (!source) { return; }
      var done = function () { button.textContent = msg("copied", "Copied"); };
      if (navigator.clipboard) {
        navigator.clipboard.writeText(source.value).then(done, function () { source.select(); });
      } else {
        source.select();
        document.execCommand("copy");
        done();
      }
    });
  });
  document.querySelectorAll("[data-print]").forEach(function (button) {
    button.addEventListener("click", function () { window.print(); });
  });
  document.querySelectorAll("form").forEach(function (form) {
    form.addEventListener("submit", function () {
      var submit = form.querySelector('button[type="submit"]');
      if (submit) {
        window.setTimeout(function () { submit.disabled = true; }, 0);
      }
    });
  });
})();
