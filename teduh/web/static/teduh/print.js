// A "Print" button for pages with a print layout (the safety plan). Hidden without JavaScript,
// where the browser's own print command does the same.
(function () {
  "use strict";
  document.querySelectorAll("button[data-print]").forEach(function (button) {
    button.hidden = false;
    button.addEventListener("click", function () {
      window.print();
    });
  });
})();
