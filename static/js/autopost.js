// Sends a form marked data-autopost as soon as the page is read (the LTI deep-linking response
// to the learning platform); without JavaScript the form's button does the same.
(function () {
  var form = document.querySelector("form[data-autopost]");
  if (form) {
    form.submit();
  }
})();
