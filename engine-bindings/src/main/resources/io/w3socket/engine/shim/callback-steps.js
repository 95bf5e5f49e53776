// callback-steps.js: a series of the user agent's steps, each of which may dispatch an event, run
// one event listener per call of an entry point, so that the loop's microtask checkpoint runs
// after each listener (io.w3socket.engine.CallbackSteps; HTML #clean-up-after-running-script: the
// stack is empty after every callback the user agent invokes) — an XMLHttpRequest's events
// (xhr.js), the document's load events (dom-document.js), the user's click (user-click.js,
// focus.js).

/** A step returning STOP_STEPS ends its series (the request was aborted or reopened). */
var STOP_STEPS = false;

/** Steps: functions that return a dispatch's cursor (beginDispatch), nothing, or STOP_STEPS. */
function StepSeries() {
  this.steps = [];
  this.cursor = null;
}

StepSeries.prototype.add = function (steps) {
  this.steps = this.steps.concat(steps);
};

/** Runs the next listener of the series; false when none is left. */
StepSeries.prototype.step = function () {
  for (;;) {
    if (this.cursor !== null) {
      if (this.cursor.step()) {
        return true;
      }
      var ended = this.cursor;
      this.cursor = null;
      ended.end();
    }
    if (this.steps.length === 0) {
      return false;
    }
    var cursor = this.steps.shift()();
    if (cursor === STOP_STEPS) {
      this.steps = [];
    } else if (cursor) {
      this.cursor = cursor;
    }
  }
};

/** Runs steps at once, every listener in this call (a synchronous request, abort()). */
function runStepsNow(steps) {
  var series = new StepSeries();
  series.add(steps);
  while (series.step()) {
    // next listener
  }
}
