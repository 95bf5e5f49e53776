// timers.js: Timers (https://html.spec.whatwg.org/#timers) and queueMicrotask
// (https://html.spec.whatwg.org/#microtask-queuing).

var timers = {};
var nextTimerId = 1;
var timerNesting = 0;

function initTimer(handler, timeout, args, repeat) {
  var id = nextTimerId++;
  var t = {handler: handler, args: args, repeat: repeat, nesting: timerNesting + 1};
  t.timeout = normalizeTimeout(timeout, t.nesting);
  timers[id] = t;
  host.timerSchedule(id, t.timeout);
  return id;
}

function normalizeTimeout(timeout, nesting) {
  // The timeout is a WebIDL long (ToInt32: NaN and infinities become 0, large values wrap).
  var ms = Number(timeout) | 0;
  ms = ms < 0 ? 0 : ms;
  // HTML #timer-initialisation-steps: once nested more than 5 levels, the timeout is at least 4 ms.
  if (nesting > 5 && ms < 4) {
    ms = 4;
  }
  return ms;
}

function fireTimer(id) {
  var t = timers[id];
  if (!t) {
    return;
  }
  if (!t.repeat) {
    delete timers[id];
  }
  var saved = timerNesting;
  timerNesting = t.nesting;
  try {
    if (typeof t.handler === 'function') {
      t.handler.apply(global, t.args);
    } else {
      (0, eval)(String(t.handler));
    }
  } catch (e) {
    reportException(e);
  } finally {
    timerNesting = saved;
  }
  if (t.repeat && timers[id] === t) {
    t.nesting += 1;
    t.timeout = normalizeTimeout(t.timeout, t.nesting);
    host.timerSchedule(id, t.timeout);
  }
}

function clearTimer(id) {
  var n = Number(id);
  if (n === n && timers[n]) {
    delete timers[n];
    host.timerCancel(n);
  }
}

/** Callbacks of tasks queued with queueTask, oldest first. */
var queuedTasks = [];

/** Queues a task of this realm's loop that runs {@code callback} (HTML #queue-a-task). */
function queueTask(callback) {
  queuedTasks.push(callback);
  host.taskQueue();
}

/** The oldest queued task's callback; its exception is reported. */
function runTask() {
  var callback = queuedTasks.shift();
  try {
    callback();
  } catch (e) {
    reportException(e);
  }
}

function queueMicrotask(callback) {
  requireArgs(arguments, 1, "execute 'queueMicrotask' on 'Window'");
  if (typeof callback !== 'function') {
    throw new TypeError("Failed to execute 'queueMicrotask' on 'Window': The callback provided as parameter 1 is not a function.");
  }
  if (hasPromise) {
    Promise.resolve().then(function () {
      try {
        callback();
      } catch (e) {
        reportException(e);
      }
    });
  } else {
    microtasks.push(callback);
  }
}

/**
 * HTML #perform-a-microtask-checkpoint for engines without Promise jobs of their own: run the
 * queue dry, then notify about rejected promises nobody handled.
 */
function drainMicrotasks() {
  while (microtasks.length > 0) {
    var cb = microtasks.shift();
    try {
      cb();
    } catch (e) {
      reportException(e);
    }
  }
  while (pendingRejections.length > 0) {
    var p = pendingRejections.shift();
    reportUnhandledRejection(p[SLOT].value, p);
  }
}

// HTML #windoworworkerglobalscope-mixin: the timer methods, queueMicrotask and reportError, on the
// window and on a worker's global alike.
exposed.setTimeout = function (handler, timeout) {
  return initTimer(handler, timeout, Array.prototype.slice.call(arguments, 2), false);
};
exposed.setInterval = function (handler, timeout) {
  return initTimer(handler, timeout, Array.prototype.slice.call(arguments, 2), true);
};
exposed.clearTimeout = function (id) {
  clearTimer(id);
};
exposed.clearInterval = function (id) {
  clearTimer(id);
};
exposed.queueMicrotask = queueMicrotask;
exposed.reportError = function (e) {
  reportException(e);
};
