// Knowledge checks without a reload: the form's answer goes to the API, and the verdict, the
// feedback of the options picked and the explanation appear in the check's live region. Without
// JavaScript the same form posts to the server and the page comes back with the result.
(function () {
  "use strict";
  var meta = document.querySelector('meta[name="csrf-token"]');
  var csrf = meta ? meta.getAttribute("content") : "";
  window.essChecks = { answered: 0 };
  // The page's words, in its language (the server puts them on the module's body).
  var body = document.getElementById("module-body");
  function msg(name, fallback) {
    return (body && body.getAttribute("data-msg-" + name)) || fallback;
  }
  var plural = window.Intl && Intl.PluralRules ? new Intl.PluralRules((body && body.getAttribute("data-lang")) || "en") : null;
  function triesText(n) {
    var form = plural && plural.select(n) === "one" ? "one" : "other";
    return msg("tries-" + form, "{n} tries").replace("{n}", String(n));
  }

  function paragraph(className, text) {
    var p = document.createElement("p");
    p.className = className;
    p.textContent = text;
    return p;
  }

  function html(className, content, lead) {
    var div = document.createElement("div");
    div.className = className;
    // The server sanitised these fragments when the module was published.
    div.innerHTML = (lead ? "<strong>" + lead + "</strong> " : "") + content;
    return div;
  }

  document.querySelectorAll("form.kcheck").forEach(function (form) {
    var result = form.querySelector(".kcheck-result");
    var button = form.querySelector("button[type=submit]");
    var tries = form.querySelector(".kcheck-tries");
    form.addEventListener("submit", function (event) {
      event.preventDefault();
      var selected = Array.prototype.map.call(form.querySelectorAll("input[name=selected]:checked"), function (i) {
        return i.value;
      });
      result.textContent = "";
      if (!selected.length) {
        result.appendChild(paragraph("kcheck-verdict kcheck-verdict-wrong", msg("choose", "Choose an answer first.")));
        return;
      }
      button.disabled = true;
      fetch(form.getAttribute("data-api"), {
        method: "POST",
        credentials: "same-origin",
        headers: { "Content-Type": "application/json", "Accept": "application/json", "X-CSRF-Token": csrf },
        body: JSON.stringify({ selected: selected })
      }).then(function (response) {
        if (!response.ok) { throw new Error("HTTP " + response.status); }
        return response.json();
      }).then(function (outcome) {
        form.classList.toggle("kcheck-right", outcome.correct);
        form.classList.toggle("kcheck-wrong", !outcome.correct);
        result.appendChild(paragraph(
          "kcheck-verdict " + (outcome.correct ? "kcheck-verdict-right" : "kcheck-verdict-wrong"),
          outcome.correct ? msg("right", "✓ Right.") : msg("wrong", "✗ Not quite: try again.")
        ));
        if (outcome.feedback_html) { result.appendChild(html("kcheck-feedback", outcome.feedback_html)); }
        result.appendChild(html("kcheck-explanation", outcome.explanation_html, msg("why", "Why:")));
        button.textContent = msg("again", "Check again");
        var count = (parseInt(tries.getAttribute("data-count") || "0", 10) || 0) + 1;
        tries.setAttribute("data-count", String(count));
        tries.textContent = triesText(count);
        window.essChecks.answered++;
      }).catch(function () {
        // The API could not be reached: the form post does the same work.
        form.submit();
      }).finally(function () {
        button.disabled = false;
      });
    });
  });
})();
