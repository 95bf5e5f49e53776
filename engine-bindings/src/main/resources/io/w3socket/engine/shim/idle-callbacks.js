// idle-callbacks.js: requestIdleCallback, cancelIdleCallback and IdleDeadline
// (https://w3c.github.io/requestidlecallback/). The page's loop has no idle period of its own, so
// an idle callback runs in a task after those the requesting task queued (in the order requested),
// with a deadline 50 ms after that task began (#the-idle-period, the longest
// idle period); so didTimeout is always false.

var idleCallbacks = {};
var lastIdleHandle = 0;

function IdleDeadline() {
  illegalConstructor(this, IdleDeadline);
}
setTag(IdleDeadline.prototype, 'IdleDeadline');
defineMethods(IdleDeadline.prototype, {
  /** #dom-idledeadline-timeremaining: what is left of the idle period, never below 0. */
  timeRemaining: function () {
    var s = slotOf(this, 'IdleDeadline');
    return Math.max(0, s.deadline - performance.now());
  }
});
defineAccessor(IdleDeadline.prototype, 'didTimeout', function () {
  return slotOf(this, 'IdleDeadline').didTimeout;
});

/** #dom-window-requestidlecallback. */
function requestIdleCallback(callback) {
  requireArgs(arguments, 1, "execute 'requestIdleCallback' on 'Window'");
  if (typeof callback !== 'function') {
    throw new TypeError("Failed to execute 'requestIdleCallback' on 'Window': parameter 1 is not of type 'Function'.");
  }
  var handle = ++lastIdleHandle;
  idleCallbacks[handle] = true;
  // Two host 0 ms timers in a row: the second is queued once the requesting task has ended, after
  // the timers and tasks it queued (a setTimeout(0) after the request runs first, as in Chromium).
  queueDatabaseTask(function () {
    queueDatabaseTask(function () {
      if (idleCallbacks[handle]) {
        delete idleCallbacks[handle];
        var deadline = Object.create(IdleDeadline.prototype);
        setSlot(deadline, {kinds: ['IdleDeadline'], deadline: performance.now() + 50, didTimeout: false});
        callback(deadline);
      }
    });
  });
  return handle;
}

/** #dom-window-cancelidlecallback. */
function cancelIdleCallback(handle) {
  delete idleCallbacks[Number(handle) >>> 0];
}

exposed.IdleDeadline = IdleDeadline;
exposed.requestIdleCallback = requestIdleCallback;
exposed.cancelIdleCallback = cancelIdleCallback;
