// Paced breathing guide (progressive enhancement: without JavaScript the page shows the
// written steps). Phases come from the page (#breathing-patterns); labels from data-label-*
// attributes so they are translated by the server. The circle is animated by CSS from the
// guide's data-phase; with prefers-reduced-motion the CSS keeps it still and only the text
// changes. No sound, no storage, nothing is sent anywhere.
(function () {
  "use strict";
  var app = document.getElementById("breathing-app");
  var source = document.getElementById("breathing-patterns");
  if (!app || !source) return;
  var patterns = JSON.parse(source.textContent);
  var guide = document.getElementById("breath-guide");
  var phaseText = document.getElementById("breath-phase");
  var countText = document.getElementById("breath-count");
  var roundText = document.getElementById("breath-round");
  var startButton = document.getElementById("breath-start");
  var pauseButton = document.getElementById("breath-pause");
  var stopButton = document.getElementById("breath-stop");
  var roundsSelect = document.getElementById("breath-rounds");
  var TICK_MS = 100;

  var state = null; // {phases, rounds, round, index, elapsed, last, timer, paused}

  function label(name) {
    return app.getAttribute("data-label-" + name) || "";
  }

  function chosenPattern() {
    var checked = app.querySelector('input[name="breath-pattern"]:checked');
    return patterns[checked ? checked.value : "478"] || patterns["478"];
  }

  function setControls(running) {
    startButton.disabled = running;
    pauseButton.disabled = !running;
    stopButton.disabled = !running;
    roundsSelect.disabled = running;
    app.querySelectorAll('input[name="breath-pattern"]').forEach(function (input) {
      input.disabled = running;
    });
  }

  function showPhase() {
    var phase = state.phases[state.index];
    var name = phase[0];
    var seconds = phase[1];
    guide.style.setProperty("--phase-seconds", seconds + "s");
    guide.setAttribute("data-phase", name);
    phaseText.textContent = label(name);
    countText.textContent = String(seconds);
    roundText.textContent = label("round")
      .replace("{round}", String(state.round))
      .replace("{rounds}", String(state.rounds));
  }

  function tick() {
    var now = Date.now();
    state.elapsed += now - state.last;
    state.last = now;
    var seconds = state.phases[state.index][1];
    var left = Math.ceil(seconds - state.elapsed / 1000);
    if (left > 0) {
      countText.textContent = String(left);
      return;
    }
    state.elapsed = 0;
    state.index += 1;
    if (state.index >= state.phases.length) {
      state.index = 0;
      state.round += 1;
      if (state.round > state.rounds) {
        finish(label("done"));
        return;
      }
    }
    showPhase();
  }

  function start() {
    state = {
      phases: chosenPattern(),
      rounds: parseInt(roundsSelect.value, 10) || 4,
      round: 1,
      index: 0,
      elapsed: 0,
      last: Date.now(),
      paused: false,
      timer: null,
    };
    guide.setAttribute("data-state", "running");
    setControls(true);
    pauseButton.textContent = label("pause");
    showPhase();
    state.timer = window.setInterval(tick, TICK_MS);
  }

  function togglePause() {
    if (!state) return;
    if (state.paused) {
      state.paused = false;
      state.last = Date.now();
      guide.setAttribute("data-state", "running");
      pauseButton.textContent = label("pause");
      phaseText.textContent = label(state.phases[state.index][0]);
      state.timer = window.setInterval(tick, TICK_MS);
    } else {
      state.paused = true;
      window.clearInterval(state.timer);
      guide.setAttribute("data-state", "paused");
      pauseButton.textContent = label("resume");
      phaseText.textContent = label("paused");
    }
  }

  function finish(message) {
    if (state) window.clearInterval(state.timer);
    state = null;
    guide.setAttribute("data-phase", "ready");
    guide.setAttribute("data-state", "stopped");
    guide.style.removeProperty("--phase-seconds");
    phaseText.textContent = message;
    countText.textContent = "";
    roundText.textContent = "";
    setControls(false);
    pauseButton.textContent = label("pause");
  }

  startButton.addEventListener("click", start);
  pauseButton.addEventListener("click", togglePause);
  stopButton.addEventListener("click", function () {
    finish(label("ready"));
  });
  app.hidden = false;
})();
