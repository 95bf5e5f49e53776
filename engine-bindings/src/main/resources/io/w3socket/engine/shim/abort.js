// abort.js: AbortController and AbortSignal (https://dom.spec.whatwg.org/#interface-abortcontroller,
// #interface-AbortSignal), with AbortSignal.abort(), .timeout() and .any().

function AbortSignal() {
  throw new TypeError('Illegal constructor');
}
inherit(AbortSignal, EventTarget);

function createAbortSignal() {
  var signal = Object.create(AbortSignal.prototype);
  var s = initTarget(signal, ['EventTarget', 'AbortSignal']);
  s.aborted = false;
  s.reason = undefined;
  s.algorithms = [];
  s.dependents = [];
  return signal;
}

function defaultAbortReason() {
  return new DOMException('signal is aborted without reason', 'AbortError');
}

/** #abortsignal-signal-abort. */
function signalAbort(signal, reason) {
  var s = signal[SLOT];
  if (s.aborted) {
    return;
  }
  // 2. Set the reason (an AbortError DOMException if undefined).
  s.aborted = true;
  s.reason = reason === undefined ? defaultAbortReason() : reason;
  // 3.-4. Dependent signals not yet aborted are aborted with the same reason, after this one.
  var dependents = s.dependents.filter(function (d) {
    if (d[SLOT].aborted) {
      return false;
    }
    d[SLOT].aborted = true;
    d[SLOT].reason = s.reason;
    return true;
  });
  runAbortSteps(signal);
  dependents.forEach(runAbortSteps);
}

function runAbortSteps(signal) {
  var s = signal[SLOT];
  var algorithms = s.algorithms;
  s.algorithms = [];
  algorithms.forEach(function (a) {
    try {
      a();
    } catch (e) {
      reportException(e);
    }
  });
  dispatch(signal, trustedEvent(new Event('abort')));
}

defineAccessor(AbortSignal.prototype, 'aborted', function () {
  return slotOf(this, 'AbortSignal').aborted;
});
defineAccessor(AbortSignal.prototype, 'reason', function () {
  return slotOf(this, 'AbortSignal').reason;
});
defineMethods(AbortSignal.prototype, {
  throwIfAborted: function () {
    var s = slotOf(this, 'AbortSignal');
    if (s.aborted) {
      throw s.reason;
    }
  }
});
defineEventHandler(AbortSignal.prototype, 'AbortSignal', 'abort');
setTag(AbortSignal.prototype, 'AbortSignal');

defineMethods(AbortSignal, {
  /** #dom-abortsignal-abort: an already aborted signal. */
  abort: function (reason) {
    var signal = createAbortSignal();
    signal[SLOT].aborted = true;
    signal[SLOT].reason = reason === undefined ? defaultAbortReason() : reason;
    return signal;
  },
  /** #dom-abortsignal-timeout: aborted with a TimeoutError after ms milliseconds. */
  timeout: function (ms) {
    requireArgs(arguments, 1, "execute 'timeout' on 'AbortSignal'");
    // [EnforceRange] unsigned long long
    var n = Number(ms);
    if (!isFinite(n) || n < 0 || n > 9007199254740991) {
      throw new TypeError("Failed to execute 'timeout' on 'AbortSignal': Value is outside the 'unsigned long long' value range.");
    }
    var signal = createAbortSignal();
    initTimer(function () {
      signalAbort(signal, new DOMException('signal timed out', 'TimeoutError'));
    }, Math.min(Math.floor(n), 2147483647), [], false);
    return signal;
  },
  /** #dom-abortsignal-any: aborted when the first of signals is. */
  any: function (signals) {
    requireArgs(arguments, 1, "execute 'any' on 'AbortSignal'");
    var list = toSequence(signals, "execute 'any' on 'AbortSignal'");
    list.forEach(function (x) {
      slotOf(x, 'AbortSignal');
    });
    var result = createAbortSignal();
    for (var i = 0; i < list.length; i++) {
      if (list[i][SLOT].aborted) {
        result[SLOT].aborted = true;
        result[SLOT].reason = list[i][SLOT].reason;
        return result;
      }
    }
    list.forEach(function (x) {
      x[SLOT].dependents.push(result);
    });
    return result;
  }
});

function AbortController() {
  requireNew(this, AbortController, 'AbortController');
  setSlot(this, {kinds: ['AbortController'], signal: createAbortSignal()});
}
defineAccessor(AbortController.prototype, 'signal', function () {
  return slotOf(this, 'AbortController').signal;
});
defineMethods(AbortController.prototype, {
  abort: function (reason) {
    signalAbort(slotOf(this, 'AbortController').signal, reason);
  }
});
setTag(AbortController.prototype, 'AbortController');

exposed.AbortController = AbortController;
exposed.AbortSignal = AbortSignal;
