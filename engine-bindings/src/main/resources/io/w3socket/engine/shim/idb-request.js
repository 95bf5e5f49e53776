// idb-request.js: IDBRequest and IDBOpenDBRequest (https://w3c.github.io/IndexedDB/#request-api),
// IDBVersionChangeEvent (#events), and how a request's events fire (#fire-a-success-event,
// #fire-an-error-event): each in a task of the loop, one listener per step (timers.js runTask), so
// the microtask checkpoint after each listener runs while the transaction is still active.

var REQUEST_KINDS = ['EventTarget', 'IDBRequest'];
var OPEN_REQUEST_KINDS = ['EventTarget', 'IDBRequest', 'IDBOpenDBRequest'];

function IDBRequest() {
  illegalConstructor(this, IDBRequest);
}
inherit(IDBRequest, EventTarget);

function IDBOpenDBRequest() {
  illegalConstructor(this, IDBOpenDBRequest);
}
inherit(IDBOpenDBRequest, IDBRequest);

/**
 * A new request (#request-construct): its source (a handle, a cursor, or null), its transaction
 * (a transaction record, or null); not done.
 */
function newRequest(source, tx, open) {
  var r = Object.create(open ? IDBOpenDBRequest.prototype : IDBRequest.prototype);
  var s = initTarget(r, open ? OPEN_REQUEST_KINDS : REQUEST_KINDS);
  s.source = source;
  s.tx = tx;
  s.done = false;
  s.result = undefined;
  s.error = null;
  s.handled = false;
  s.operation = null;
  // #get-the-parent: a request's parent is its transaction.
  s.eventParent = function () {
    return s.tx === null ? null : s.tx.self;
  };
  s.object = r;
  return s;
}

// #dom-idbrequest-result: a request not done is an InvalidStateError.
defineAccessor(IDBRequest.prototype, 'result', function () {
  var s = slotOf(this, 'IDBRequest');
  if (!s.done) {
    throw new DOMException("Failed to read the 'result' property from 'IDBRequest': The request has not finished.",
        'InvalidStateError');
  }
  return s.result;
});
// #dom-idbrequest-error
defineAccessor(IDBRequest.prototype, 'error', function () {
  var s = slotOf(this, 'IDBRequest');
  if (!s.done) {
    throw new DOMException("Failed to read the 'error' property from 'IDBRequest': The request has not finished.",
        'InvalidStateError');
  }
  return s.error;
});
defineAccessor(IDBRequest.prototype, 'source', function () {
  return slotOf(this, 'IDBRequest').source;
});
defineAccessor(IDBRequest.prototype, 'transaction', function () {
  var tx = slotOf(this, 'IDBRequest').tx;
  return tx === null ? null : tx.self;
});
// #dom-idbrequest-readystate
defineAccessor(IDBRequest.prototype, 'readyState', function () {
  return slotOf(this, 'IDBRequest').done ? 'done' : 'pending';
});
defineEventHandler(IDBRequest.prototype, 'IDBRequest', 'success');
defineEventHandler(IDBRequest.prototype, 'IDBRequest', 'error');
setTag(IDBRequest.prototype, 'IDBRequest');
defineEventHandler(IDBOpenDBRequest.prototype, 'IDBOpenDBRequest', 'blocked');
defineEventHandler(IDBOpenDBRequest.prototype, 'IDBOpenDBRequest', 'upgradeneeded');
setTag(IDBOpenDBRequest.prototype, 'IDBOpenDBRequest');

var VERSION_CHANGE_EVENT_KINDS = ['Event', 'IDBVersionChangeEvent'];

/** #idbversionchangeevent: oldVersion and newVersion (null: the database is being deleted). */
function IDBVersionChangeEvent(type) {
  requireNew(this, IDBVersionChangeEvent, 'IDBVersionChangeEvent');
  requireArgs(arguments, 1, "construct 'IDBVersionChangeEvent'");
  var init = arguments[1] === undefined || arguments[1] === null ? {} : arguments[1];
  var s = initEventSlot(this, VERSION_CHANGE_EVENT_KINDS, type, init);
  s.oldVersion = init.oldVersion === undefined ? 0 : toVersionNumber(init.oldVersion,
      "construct 'IDBVersionChangeEvent': Failed to read the 'oldVersion' property from 'IDBVersionChangeEventInit'");
  s.newVersion = init.newVersion === undefined || init.newVersion === null ? null
      : toVersionNumber(init.newVersion,
          "construct 'IDBVersionChangeEvent': Failed to read the 'newVersion' property from 'IDBVersionChangeEventInit'");
}
inherit(IDBVersionChangeEvent, Event);
defineSlotAccessors(IDBVersionChangeEvent.prototype, 'IDBVersionChangeEvent', ['oldVersion', 'newVersion']);
setTag(IDBVersionChangeEvent.prototype, 'IDBVersionChangeEvent');

/** WebIDL [EnforceRange] unsigned long long: a TypeError outside 0 .. 2^53 - 1. */
function toVersionNumber(v, what) {
  var x = Number(v);
  if (x !== x || x === Infinity || x === -Infinity) {
    throw new TypeError('Failed to ' + what + ": Value is not of type 'unsigned long long'.");
  }
  x = x < 0 ? Math.ceil(x) : Math.floor(x);
  if (x < 0 || x > 9007199254740991) {
    throw new TypeError('Failed to ' + what + ": Value is outside the 'unsigned long long' value range.");
  }
  return x;
}

/** A trusted event the user agent fires (#fire-a-version-change-event and the others). */
function idbEvent(type, bubbles, cancelable) {
  var ev = createTrustedEvent(Event.prototype, EVENT_KINDS, type, host.clockNow());
  ev[SLOT].bubbles = bubbles;
  ev[SLOT].cancelable = cancelable;
  return ev;
}

/** #fire-a-version-change-event's event: an IDBVersionChangeEvent, not bubbling. */
function versionChangeEvent(type, oldVersion, newVersion) {
  var ev = createTrustedEvent(IDBVersionChangeEvent.prototype, VERSION_CHANGE_EVENT_KINDS, type, host.clockNow());
  ev[SLOT].oldVersion = oldVersion;
  ev[SLOT].newVersion = newVersion;
  return ev;
}

/**
 * Steps (callback-steps.js) that dispatch {@code event} at a target, one listener a call, then run
 * {@code after(event, threw)}: whether a listener threw (DOM's legacyOutputDidListenersThrowFlag).
 */
function eventSteps(target, event, before, after) {
  var series = new StepSeries();
  series.add([function () {
    if (before) {
      before();
    }
    listenersThrew = false;
    return beginDispatch(target, event);
  }, function () {
    var threw = listenersThrew;
    listenersThrew = false;
    if (after) {
      after(event, threw);
    }
  }]);
  return series;
}

/**
 * #fire-a-success-event at a request of transaction tx: 'success', not bubbling; the transaction
 * active while it is dispatched (step 4), then inactive, aborted if a listener threw (step 8.2),
 * else committed when no request is left (step 8.3).
 */
function successSteps(req, tx, event) {
  return eventSteps(req.object, event || idbEvent('success', false, false), function () {
    if (tx !== null && tx.state === 'inactive') {
      tx.state = 'active';
    }
  }, function (ev, threw) {
    afterRequestEvent(tx, threw, false, null);
  });
}

/**
 * #fire-an-error-event at a request: 'error', bubbling to the transaction and the database, and
 * cancelable; afterwards an event nobody canceled aborts the transaction with the request's error
 * (step 8.3).
 */
function errorSteps(req, tx) {
  return eventSteps(req.object, idbEvent('error', true, true), function () {
    if (tx !== null && tx.state === 'inactive') {
      tx.state = 'active';
    }
  }, function (ev, threw) {
    afterRequestEvent(tx, threw, !ev[SLOT].canceled, req.error);
  });
}

/**
 * #fire-a-success-event step 8 and #fire-an-error-event step 8: an active transaction goes
 * inactive; a listener that threw aborts it with an AbortError, an error event nobody canceled
 * with the request's error; else it commits once no request is left.
 */
function afterRequestEvent(tx, threw, uncanceledError, error) {
  if (tx === null) {
    return;
  }
  if (tx.state === 'active') {
    tx.state = 'inactive';
    if (threw) {
      abortTransaction(tx, new DOMException('Uncaught exception in event handler.', 'AbortError'));
      return;
    }
    if (uncanceledError) {
      abortTransaction(tx, error);
      return;
    }
  }
  transactionSettles(tx);
}

exposed.IDBRequest = IDBRequest;
exposed.IDBOpenDBRequest = IDBOpenDBRequest;
exposed.IDBVersionChangeEvent = IDBVersionChangeEvent;
