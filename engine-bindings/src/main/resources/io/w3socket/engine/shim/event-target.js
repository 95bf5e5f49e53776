// event-target.js: EventTarget (https://dom.spec.whatwg.org/#interface-eventtarget), dispatch, and event handler
// IDL attributes (https://html.spec.whatwg.org/#event-handler-attributes).

function EventTarget() {
  requireNew(this, EventTarget, 'EventTarget');
  initTarget(this, ['EventTarget']);
}

function initTarget(self, kinds) {
  var s = {kinds: kinds, listeners: [], handlers: {}};
  setSlot(self, s);
  return s;
}

/*
 * A target's listener list is never changed in place: adding or removing one makes a new list. A
 * dispatch so keeps the list as it was when an invoke began (#concept-event-listener-invoke step
 * 4, "a clone of the listeners") without copying it; lists change far less often than they fire.
 */

/**
 * How many listeners each event type has on all the realm's targets together, by '$' + type
 * (withListener and withoutListener keep it): events the host fires only to be seen, as the
 * user's click's pointer and focus events, are not made when nothing listens for them.
 */
var listenerTypes = {};

/** Whether a listener for the type is registered anywhere in the realm. */
function hasListeners(type) {
  return listenerTypes['$' + type] > 0;
}

function withListener(list, l) {
  listenerTypes['$' + l.type] = (listenerTypes['$' + l.type] || 0) + 1;
  // Copied by hand: about twice as fast as slice() in an interpreter, and lists are short.
  var n = list.length;
  var out = new Array(n + 1);
  for (var i = 0; i < n; i++) {
    out[i] = list[i];
  }
  out[n] = l;
  return out;
}

function withoutListener(list, index) {
  listenerTypes['$' + list[index].type]--;
  var out = [];
  for (var i = 0; i < list.length; i++) {
    if (i !== index) {
      out.push(list[i]);
    }
  }
  return out;
}

function flattenCapture(options) {
  return isObject(options) ? toBoolean(options.capture) : toBoolean(options);
}

defineMethods(EventTarget.prototype, {
  addEventListener: function (type, callback) {
    requireArgs(arguments, 2, "execute 'addEventListener' on 'EventTarget'");
    var s = slotOf(this, 'EventTarget');
    var options = arguments[2];
    type = toDOMString(type);
    if (callback === null || callback === undefined) {
      return;
    }
    if (!isObject(callback)) {
      throw new TypeError("Failed to execute 'addEventListener' on 'EventTarget': parameter 2 is not of type 'Object'.");
    }
    var capture = flattenCapture(options);
    var once = isObject(options) && toBoolean(options.once);
    var passive = isObject(options) && toBoolean(options.passive);
    for (var i = 0; i < s.listeners.length; i++) {
      var l = s.listeners[i];
      if (l.type === type && l.callback === callback && l.capture === capture) {
        return;
      }
    }
    s.listeners = withListener(s.listeners, {type: type, callback: callback, capture: capture, once: once,
      passive: passive, removed: false});
  },
  removeEventListener: function (type, callback) {
    requireArgs(arguments, 2, "execute 'removeEventListener' on 'EventTarget'");
    var s = slotOf(this, 'EventTarget');
    type = toDOMString(type);
    var capture = flattenCapture(arguments[2]);
    for (var i = 0; i < s.listeners.length; i++) {
      var l = s.listeners[i];
      if (l.type === type && l.callback === callback && l.capture === capture && !l.handler) {
        l.removed = true;
        s.listeners = withoutListener(s.listeners, i);
        return;
      }
    }
  },
  dispatchEvent: function (event) {
    requireArgs(arguments, 1, "execute 'dispatchEvent' on 'EventTarget'");
    slotOf(this, 'EventTarget');
    if (!(isObject(event) && event[SLOT] && event[SLOT].kinds.indexOf('Event') >= 0)) {
      throw new TypeError("Failed to execute 'dispatchEvent' on 'EventTarget': parameter 1 is not of type 'Event'.");
    }
    var es = event[SLOT];
    if (es.dispatching || !es.initialized) {
      throw new DOMException("Failed to execute 'dispatchEvent' on 'EventTarget': The event is already being dispatched.",
          'InvalidStateError');
    }
    es.trusted = false;
    return dispatch(this, event);
  }
});
setTag(EventTarget.prototype, 'EventTarget');

/**
 * DOM #get-the-parent: a target's slot may hold eventParent(event slot), returning the parent
 * EventTarget or null (nodes: their parent; the document: window, except for load events); a
 * target without one (a socket, window, a worker's global) has no parent.
 */
function eventParentOf(target, es) {
  var ts = target[SLOT];
  return typeof ts.eventParent === 'function' ? ts.eventParent(es) : null;
}

/** The object listeners see as `this` and currentTarget: the global object for window's target. */
function eventSelfOf(target) {
  var ts = target[SLOT];
  return ts.self === undefined ? target : ts.self;
}

/**
 * DOM #concept-event-dispatch as a cursor whose step() runs the next listener, so that a caller
 * (socket event delivery) can run a microtask checkpoint after each one. The path is the target
 * and its ancestors (#get-the-parent); the capture pass runs from the outermost item down to the
 * target, the bubble pass back up (only if the event bubbles). At the target the capture
 * listeners run first, then the others, both with eventPhase AT_TARGET (the current standard).
 * {@code self} overrides the object listeners see as the target (kept for older callers; a
 * target's slot.self does the same).
 */
function beginDispatch(target, event, self) {
  var es = event[SLOT];
  self = self === undefined ? eventSelfOf(target) : self;
  es.dispatching = true;
  es.target = self;
  // #concept-event-dispatch step 5.5 and 6: the event path, target first (a shadow root's parent
  // depends on the root the path began in: shadow-root.js).
  var shadows = shadowsMayExist() && isNode(target);
  es.pathRoot = shadows ? target.getRootNode() : null;
  var path = [{target: target, self: self}];
  for (var p = eventParentOf(target, es); p !== null; p = eventParentOf(p, es)) {
    path.push({target: p, self: eventSelfOf(p)});
  }
  es.path = path;
  es.retargeted = shadows;
  if (shadows) {
    retargetPath(es, target);
  }
  // Steps 5.3 and 5.9: a click MouseEvent's activation target, the target if it has activation
  // behaviour, else (a bubbling event) the first parent that has (form-submission.js).
  es.activation = null;
  if (es.type === 'click' && es.kinds.indexOf('MouseEvent') >= 0) {
    for (var i = 0; i < path.length && es.activation === null && (i === 0 || es.bubbles); i++) {
      es.activation = activationBehaviorOf(path[i].target);
    }
    // Step 5.11: its legacy-pre-activation behaviour (a checkbox toggles) before the listeners.
    if (es.activation !== null && es.activation.pre) {
      es.activation.pre();
    }
  }
  return new DispatchCursor(event, es, path);
}

/**
 * The passes of one dispatch, numbered: 0 .. n-1 capture from the outermost item (n - 1) down to
 * the target (steps 5.13: "capturing"), then n .. 2n-1 the others from the target up (step 5.14:
 * "bubbling"; past the target only if the event bubbles).
 */
function DispatchCursor(event, es, path) {
  this.event = event;
  this.es = es;
  this.path = path;
  this.pass = -1;
  this.item = null;
  this.capture = true;
  this.listeners = null;
  this.next = 0;
}

/**
 * Runs the next listener; false once none is left (or propagation was stopped). Per socket event
 * it runs twice, so it has one return, at the end, and no break or continue: GraalJS's interpreter
 * leaves a loop or a function from anywhere else by throwing.
 */
DispatchCursor.prototype.step = function () {
  var es = this.es;
  var n = this.path.length;
  var ran = false;
  var done = false;
  while (!ran && !done) {
    var listeners = this.listeners;
    if (listeners === null) {
      var pass = ++this.pass;
      // #concept-event-listener-invoke step 3: a stopped event reaches no further invoke.
      if (pass >= 2 * n || es.stop || (pass > n && !es.bubbles && !es.retargeted)) {
        this.pass = 2 * n;
        done = true;
      } else {
        var index = pass < n ? n - 1 - pass : pass - n;
        var item = this.path[index];
        // Across shadow trees (shadow-root.js retargetPath) a host is at the target too.
        var atTarget = index === 0 || (es.retargeted && item.atTarget);
        this.next = 0;
        if (pass > n && !es.bubbles && !atTarget) {
          listeners = this.listeners = NO_LISTENERS;
        } else {
          this.item = item;
          this.capture = pass < n;
          es.eventPhase = atTarget ? 2 : (pass < n ? 1 : 3);
          es.currentTarget = item.self;
          if (es.retargeted) {
            es.target = item.shadowTarget;
          }
          // Step 4: a clone of the listener list as it is when this invoke begins (lists are
          // copied on write, so the list itself).
          listeners = this.listeners = item.target[SLOT].listeners;
        }
      }
    }
    // #concept-event-listener-inner-invoke: stop immediate propagation ends the list at once.
    while (!done && !ran && this.next < listeners.length && !es.stopImmediate) {
      var l = listeners[this.next++];
      if (!l.removed && l.type === es.type && l.capture === this.capture) {
        if (l.once) {
          l.removed = true;
          var ts = this.item.target[SLOT];
          var idx = ts.listeners.indexOf(l);
          if (idx >= 0) {
            ts.listeners = withoutListener(ts.listeners, idx);
          }
        }
        invokeListener(this.item.target, l, this.event, this.item.self);
        ran = true;
      }
    }
    if (!done && !ran) {
      this.listeners = null;
    }
  }
  return ran;
};

/**
 * Asked after step() answered true: whether no listener can run any more in this dispatch, whatever
 * happens before the next step: its immediate propagation was stopped, or no pass is left (the
 * event's propagation stopped, the path done) and the listeners left in the list being run do not
 * match (stopPropagation still lets them run: #concept-event-listener-inner-invoke). Exact, not a
 * guess: the list a pass runs is fixed when it begins (lists are copied on write), so a microtask
 * can only remove listeners from it or stop the event.
 */
DispatchCursor.prototype.finished = function () {
  var es = this.es;
  var n = this.path.length;
  var pass = this.pass + 1;
  var none = es.stopImmediate;
  if (!none && !es.retargeted) {
    none = pass >= 2 * n || es.stop || (pass > n && !es.bubbles);
    var listeners = this.listeners;
    for (var i = this.next; none && i < listeners.length; i++) {
      var l = listeners[i];
      none = l.removed || l.type !== es.type || l.capture !== this.capture;
    }
  }
  return none;
};

/**
 * #concept-event-dispatch steps 7-11: the path is cleared, the target stays; then the activation
 * target's activation behaviour, unless the event was canceled. False if canceled.
 */
DispatchCursor.prototype.end = function () {
  var es = this.es;
  es.dispatching = false;
  es.eventPhase = 0;
  es.currentTarget = null;
  es.path = null;
  es.stop = false;
  es.stopImmediate = false;
  // Step 9: a target left in a shadow tree is cleared.
  if (es.retargeted && es.clearTargets) {
    es.target = null;
  }
  es.retargeted = false;
  var activation = es.activation;
  es.activation = null;
  if (activation) {
    if (!es.canceled) {
      activation.activate(this.event);
    } else if (activation.cancel) {
      activation.cancel();
    }
  }
  return !es.canceled;
};

/**
 * Shadow roots made so far (shadow-root.js; none in a worker): while 0, event paths take none into
 * account. -1 in a window until first asked: the parser's declarative shadow roots are the host's.
 */
var shadowRootCount = 0;

function shadowsMayExist() {
  if (shadowRootCount < 0) {
    shadowRootCount = host.domShadowRootCount();
  }
  return shadowRootCount > 0;
}

/** The listeners of a pass that runs none (an item a non-bubbling event passes over). */
var NO_LISTENERS = [];

/** Set when a listener throws; whoever reads it (idb-request.js) clears it before a dispatch. */
var listenersThrew = false;

/** DOM #concept-event-listener-inner-invoke for one listener: exceptions are reported, never propagated. */
function invokeListener(target, l, event, self) {
  var es = event[SLOT];
  es.inPassiveListener = l.passive;
  try {
    if (l.handler) {
      runEventHandler(target, l.handler, event, self);
    } else if (typeof l.callback === 'function') {
      l.callback.call(self, event);
    } else {
      var handleEvent = l.callback.handleEvent;
      if (typeof handleEvent !== 'function') {
        throw new TypeError("The 'handleEvent' property of the event listener is not callable.");
      }
      handleEvent.call(l.callback, event);
    }
  } catch (e) {
    // DOM #concept-event-listener-inner-invoke step 10.2: legacyOutputDidListenersThrowFlag, which
    // IndexedDB's events read (#fire-a-success-event: the transaction aborts).
    listenersThrew = true;
    reportException(e);
  }
  es.inPassiveListener = false;
}

/** Dispatches synchronously along the whole path in one go (dispatchEvent(), load events). */
function dispatch(target, event, self) {
  var cursor = beginDispatch(target, event, self);
  while (cursor.step()) {
    // next listener
  }
  return cursor.end();
}

/**
 * HTML #event-handler-content-attributes: an attribute's uncompiled body, the handler's value until
 * it is first run or read (#getting-the-current-value-of-the-event-handler compiles it).
 */
function RawHandler(code, windowOnError) {
  this.code = code;
  // #getting-the-current-value-of-the-event-handler: a Window's onerror body is compiled with the
  // parameters event, source, lineno, colno and error; every other body with event.
  this.windowOnError = windowOnError;
}

/**
 * #getting-the-current-value-of-the-event-handler steps 1.3-1.11: the body as a function of event
 * (a Window's onerror: event, source, lineno, colno, error) whose scope is, for an element's
 * handler, inside the global one, its document, then its form owner, then the element itself
 * (NewObjectEnvironment: here nested with statements, in a sloppy function the Function
 * constructor makes), so that a name in the body finds the element's members, its form's
 * controls, the document's members; a Window's handler (a body's onload) has the global scope.
 */
function compileHandler(s, raw) {
  var params = raw.windowOnError ? 'event, source, lineno, colno, error' : 'event';
  var scopes = [];
  if (s.nodeType === 1) {
    var element = nodeFor(s.handle);
    scopes.push(element.ownerDocument);
    var form = isFormAssociated(element) ? formOwner(element) : null;
    if (form !== null) {
      scopes.push(form);
    }
    scopes.push(element);
  }
  var names = scopes.map(function (scope, i) {
    return '__w3socketScope' + i;
  });
  // The body starts on the source's third line, as Function(params, body)'s does.
  var make = Function.apply(null, names.concat([names.map(function (n) {
    return 'with (' + n + ') ';
  }).join('') + 'return function (' + params + ') {' + raw.code + '\n};']));
  return make.apply(null, scopes);
}

/** The current value of a handler: a raw one is compiled now; one that does not compile is null. */
function currentHandler(s, name) {
  var v = s.handlers[name];
  // A function is no raw body: the test that runs for every event skips instanceof, which walks
  // the prototype chain (8.6% of an interpreted pipelined socket run's samples went here).
  if (typeof v !== 'function' && v instanceof RawHandler) {
    try {
      v = compileHandler(s, v);
    } catch (e) {
      // A body that does not compile is reported, as the engine's SyntaxError without the shim's
      // location, and the handler's value becomes null.
      reportException(e, 'SyntaxError: the ' + name + ' handler does not compile: '
          + String(e && e.message).split('\n')[0].replace(/^<function>:\d+:\d+ /, ''));
      v = null;
    }
    s.handlers[name] = v; // the listener stays in place; a null value runs nothing
  }
  return v;
}

/** HTML #the-event-handler-processing-algorithm. */
function runEventHandler(target, name, event, self) {
  var value = currentHandler(target[SLOT], name);
  if (value === null || value === undefined) {
    return;
  }
  if (typeof value !== 'function') {
    throw new TypeError('The ' + name + ' handler is not a function.');
  }
  var es = event[SLOT];
  // windowTarget: the global object's hidden target (global-target.js), in page and worker realms.
  if (name === 'onerror' && es.kinds.indexOf('ErrorEvent') >= 0 && target === windowTarget) {
    // An OnErrorEventHandler on the global object gets five arguments; returning true cancels.
    if (value.call(self, es.message, es.filename, es.lineno, es.colno, es.error) === true) {
      event.preventDefault();
    }
    return;
  }
  var ret = value.call(self, event);
  if (ret === false && es.type !== 'error') {
    event.preventDefault();
  }
}

/**
 * Defines an event handler IDL attribute (HTML #event-handler-idl-attributes): [LegacyTreatNonObjectAsNull], so a
 * non-object becomes null; the first non-null value adds a listener at the current end of the
 * list, which keeps its position until the handler is set to null.
 */
function defineEventHandler(proto, kind, eventType, targetSlot) {
  var name = 'on' + eventType;
  var slotFor = targetSlot || function (self) {
    return slotOf(self, kind);
  };
  defineAccessor(proto, name, function () {
    var v = currentHandler(slotFor(this), name);
    return v === undefined ? null : v;
  }, function (value) {
    var s = slotFor(this);
    var v = isObject(value) ? value : null;
    s.handlers[name] = v;
    var existing = null;
    for (var i = 0; i < s.listeners.length; i++) {
      if (s.listeners[i].handler === name) {
        existing = i;
      }
    }
    if (v === null && existing !== null) {
      s.listeners[existing].removed = true;
      s.listeners = withoutListener(s.listeners, existing);
    } else if (v !== null && existing === null) {
      s.listeners = withListener(s.listeners, {type: eventType, handler: name, callback: null, capture: false,
        once: false, passive: false, removed: false});
    }
  });
}
exposed.EventTarget = EventTarget;
