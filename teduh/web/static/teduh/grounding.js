// 5-4-3-2-1 grounding, one step at a time (progressive enhancement: without JavaScript every
// step shows as a list). The note boxes are not in a form and have no name: nothing typed in
// them is stored or sent.
(function () {
  "use strict";
  var root = document.getElementById("grounding");
  if (!root) return;
  var steps = Array.prototype.slice.call(root.querySelectorAll(".grounding-step"));
  var nav = document.getElementById("grounding-nav");
  var back = document.getElementById("grounding-back");
  var next = document.getElementById("grounding-next");
  var done = document.getElementById("grounding-done");
  var restart = document.getElementById("grounding-restart");
  var progress = document.getElementById("grounding-progress");
  var progressTemplate = root.getAttribute("data-label-progress") || "{step} / {total}";
  var current = 0;

  function show(index, moveFocus) {
    current = index;
    var finished = index >= steps.length;
    steps.forEach(function (step, i) {
      step.hidden = i !== index;
    });
    done.hidden = !finished;
    nav.hidden = finished;
    progress.hidden = finished;
    restart.hidden = !finished;
    if (!finished) {
      progress.textContent = progressTemplate
        .replace("{step}", String(index + 1))
        .replace("{total}", String(steps.length));
      back.disabled = index === 0;
      next.textContent = next.getAttribute(
        index === steps.length - 1 ? "data-label-finish" : "data-label-next"
      );
    }
    if (moveFocus) {
      var heading = finished ? done.querySelector("h2") : steps[index].querySelector("h2");
      if (heading) heading.focus();
    }
  }

  back.addEventListener("click", function () {
    if (current > 0) show(current - 1, true);
  });
  next.addEventListener("click", function () {
    show(current + 1, true);
  });
  restart.addEventListener("click", function () {
    steps.forEach(function (step) {
      var box = step.querySelector("textarea");
      if (box) box.value = "";
    });
    show(0, true);
  });
  show(0, false);
})();
