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

/** The step series (callback-steps.js) the running task's callback returned, else null. */
var taskSteps = null;

/**
 * The oldest queued task's callback; its exception is reported. A callback that returns a
 * StepSeries (an IndexedDB request's events) runs its first listener here and the others on
 * taskStep, one per call, so that the microtask checkpoint runs after each listener
 * (io.w3socket.engine.CallbackSteps); true when a listener ran and more may follow.
 */
function runTask() {
  return runTaskCallback(queuedTasks.shift());
}

/** Callbacks of tasks queued with queueDatabaseTask, oldest first. */
var databaseTasks = [];

/**
 * Queues a task of the database access task source (IndexedDB #database-access-task-source): like
 * queueTask's, but after the timers already due (io.w3socket.engine.TimerFunctions), as a
 * browser's answers from its database come a round trip later.
 */
function queueDatabaseTask(callback) {
  databaseTasks.push(callback);
  host.databaseTaskQueue();
}

/** The oldest database task (see runTask). */
function runDatabaseTask() {
  return runTaskCallback(databaseTasks.shift());
}

function runTaskCallback(callback) {
  var steps = null;
  try {
    steps = callback();
  } catch (e) {
    reportException(e);
  }
  if (steps instanceof StepSeries) {
    taskSteps = steps;
    return taskStep();
  }
  return false;
}

/** The next listener of the running task's steps; false when none is left. */
function taskStep() {
  var ran = false;
  try {
    ran = taskSteps !== null && taskSteps.step();
  } catch (e) {
    reportException(e);
  }
  if (!ran) {
    taskSteps = null;
  }
  return ran;
}

/** Callbacks to run once the microtask checkpoint is done (afterCheckpoint). */
var checkpointCleanups = [];

/**
 * Runs {@code callback} after the current task's (or callback's) microtask checkpoint, as HTML
 * #perform-a-microtask-checkpoint step 6 runs "cleanup Indexed Database transactions": after the
 * microtasks the script queued, before the next task.
 */
function afterCheckpoint(callback) {
  if (checkpointCleanups.length === 0) {
    host.checkpointCleanup();
  }
  checkpointCleanups.push(callback);
}

/** The entry point the host calls after the checkpoint (io.w3socket.engine.LoopRealm). */
function runCheckpointCleanups() {
  var list = checkpointCleanups;
  checkpointCleanups = [];
  for (var i = 0; i < list.length; i++) {
    try {
      list[i]();
    } catch (e) {
      reportException(e);
    }
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
