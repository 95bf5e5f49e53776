/*
 * w3socket browser shim: the browser globals a WebSocket page needs, defined in JavaScript so that
 * prototypes, accessors and instanceof behave as in a browser. Shared by GraalJS and Nashorn, so it
 * is written in ECMAScript 5.1 (plus the typed arrays both engines have).
 *
 * The file is one function expression. The engine glue calls it with the host bridge, a small
 * object of functions taking and returning only strings, numbers, booleans, null and arrays; the
 * bridge never becomes reachable from page scripts. It returns the entry points the Java event
 * loop calls (dispatch, fireTimer, drainMicrotasks, runInlineHandler).
 *
 * References: WHATWG WebSockets §3 (the WebSocket interface), DOM §2 (events), WebIDL §3.2
 * (conversions) and §3.14 (DOMException), HTML §8.1 (event loop, event handlers), §8.6 (timers),
 * File API §3 (Blob).
 */
(function (host, hostAccessAllowed, bytesAsBuffers) {
  'use strict';

  var global = Function('return this')();
  var hasSymbol = typeof Symbol === 'function';
  var SLOT = hasSymbol ? Symbol('w3socket') : '__w3socket_slot__';
  var hasPromise = typeof Promise === 'function';

  // ---------------------------------------------------------------------------------------------
  // Helpers.

  function define(obj, name, value) {
    Object.defineProperty(obj, name, {value: value, writable: true, enumerable: false, configurable: true});
  }

  function defineConstant(obj, name, value) {
    Object.defineProperty(obj, name, {value: value, writable: false, enumerable: true, configurable: false});
  }

  function defineAccessor(proto, name, getter, setter) {
    var d = {get: getter, enumerable: true, configurable: true};
    if (setter) {
      d.set = setter;
    }
    Object.defineProperty(proto, name, d);
  }

  function defineMethods(proto, methods) {
    for (var name in methods) {
      if (Object.prototype.hasOwnProperty.call(methods, name)) {
        Object.defineProperty(proto, name,
            {value: methods[name], writable: true, enumerable: true, configurable: true});
      }
    }
  }

  function setSlot(obj, slot) {
    Object.defineProperty(obj, SLOT, {value: slot, writable: false, enumerable: false, configurable: false});
  }

  /** The internal slots of a platform object, or a TypeError ("Illegal invocation") otherwise. */
  function slotOf(obj, kind) {
    var s = (obj !== null && (typeof obj === 'object' || typeof obj === 'function')) ? obj[SLOT] : undefined;
    if (!s || (kind && s.kinds.indexOf(kind) < 0)) {
      throw new TypeError('Illegal invocation');
    }
    return s;
  }

  function inherit(child, parent) {
    child.prototype = Object.create(parent.prototype);
    define(child.prototype, 'constructor', child);
    if (Object.setPrototypeOf) {
      Object.setPrototypeOf(child, parent);
    }
  }

  function setTag(proto, tag) {
    if (hasSymbol && Symbol.toStringTag) {
      Object.defineProperty(proto, Symbol.toStringTag, {value: tag, configurable: true});
    }
  }

  function requireNew(self, ctor, name) {
    if (!(self instanceof ctor) || self[SLOT]) {
      throw new TypeError("Failed to construct '" + name + "': Please use the 'new' operator, "
          + 'this DOM object constructor cannot be called as a function.');
    }
  }

  function requireArgs(args, count, what) {
    if (args.length < count) {
      throw new TypeError('Failed to ' + what + ': ' + count + ' argument' + (count > 1 ? 's' : '')
          + ' required, but only ' + args.length + ' present.');
    }
  }

  /** WebIDL §3.2.10 DOMString: ToString (throws a TypeError for a Symbol). */
  function toDOMString(v) {
    if (hasSymbol && typeof v === 'symbol') {
      throw new TypeError('Cannot convert a Symbol value to a string');
    }
    return String(v);
  }

  /** WebIDL §3.2.12 USVString: each lone surrogate becomes U+FFFD. */
  function toUSVString(v) {
    var s = toDOMString(v);
    if (!/[\uD800-\uDFFF]/.test(s)) {
      return s;
    }
    var out = [];
    for (var i = 0; i < s.length; i++) {
      var c = s.charCodeAt(i);
      if (c >= 0xD800 && c <= 0xDBFF && i + 1 < s.length) {
        var d = s.charCodeAt(i + 1);
        if (d >= 0xDC00 && d <= 0xDFFF) {
          out.push(s.charAt(i), s.charAt(i + 1));
          i++;
          continue;
        }
      }
      out.push(c >= 0xD800 && c <= 0xDFFF ? '\uFFFD' : s.charAt(i));
    }
    return out.join('');
  }

  /** WebIDL §3.2.4 [Clamp] unsigned short: NaN → 0, clamp to 0..65535, round half to even. */
  function toClampedUnsignedShort(v) {
    var x = Number(v);
    if (x !== x) {
      return 0;
    }
    x = Math.min(Math.max(x, 0), 65535);
    var f = Math.floor(x);
    var diff = x - f;
    if (diff > 0.5 || (diff === 0.5 && f % 2 !== 0)) {
      f += 1;
    }
    return f;
  }

  /** WebIDL §3.2.2 boolean. */
  function toBoolean(v) {
    return !!v;
  }

  function isObject(v) {
    return v !== null && (typeof v === 'object' || typeof v === 'function');
  }

  function isArrayBuffer(v) {
    return typeof ArrayBuffer === 'function' && v instanceof ArrayBuffer;
  }

  /** ArrayBufferView: typed arrays and DataView (Nashorn's ArrayBuffer.isView misses DataView). */
  function isView(v) {
    if (typeof ArrayBuffer === 'function' && typeof ArrayBuffer.isView === 'function' && ArrayBuffer.isView(v)) {
      return true;
    }
    return isObject(v) && isArrayBuffer(v.buffer) && typeof v.byteOffset === 'number'
        && typeof v.byteLength === 'number';
  }

  function viewBytes(v) {
    return new Uint8Array(v.buffer, v.byteOffset, v.byteLength);
  }

  /** UTF-8 encoding of a USVString (Encoding §4.1 utf-8 encoder) into a Uint8Array. */
  function utf8Encode(s) {
    s = toUSVString(s);
    var out = [];
    for (var i = 0; i < s.length; i++) {
      var c = s.charCodeAt(i);
      if (c >= 0xD800 && c <= 0xDBFF && i + 1 < s.length) {
        c = 0x10000 + ((c - 0xD800) << 10) + (s.charCodeAt(++i) - 0xDC00);
      }
      if (c < 0x80) {
        out.push(c);
      } else if (c < 0x800) {
        out.push(0xC0 | (c >> 6), 0x80 | (c & 63));
      } else if (c < 0x10000) {
        out.push(0xE0 | (c >> 12), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
      } else {
        out.push(0xF0 | (c >> 18), 0x80 | ((c >> 12) & 63), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
      }
    }
    return new Uint8Array(out);
  }

  /** Number of UTF-8 bytes of a USVString. */
  function utf8Length(s) {
    s = toUSVString(s);
    var n = 0;
    for (var i = 0; i < s.length; i++) {
      var c = s.charCodeAt(i);
      if (c < 0x80) {
        n += 1;
      } else if (c < 0x800) {
        n += 2;
      } else if (c >= 0xD800 && c <= 0xDBFF) {
        n += 4;
        i++;
      } else {
        n += 3;
      }
    }
    return n;
  }

  /** UTF-8 decode (Encoding §4.2, replacement for malformed sequences, simplified). */
  function utf8Decode(bytes) {
    var s = '';
    var i = 0;
    while (i < bytes.length) {
      var b = bytes[i];
      var need = b < 0x80 ? 0 : b >= 0xF0 && b <= 0xF4 ? 3 : b >= 0xE0 ? 2 : b >= 0xC2 && b < 0xE0 ? 1 : -1;
      if (need < 0) {
        s += b < 0x80 ? String.fromCharCode(b) : '\uFFFD';
        i++;
        continue;
      }
      if (need === 0) {
        s += String.fromCharCode(b);
        i++;
        continue;
      }
      var cp = b & (0x3F >> need);
      var ok = true;
      var j;
      for (j = 1; j <= need && ok; j++) {
        if (i + j >= bytes.length || (bytes[i + j] & 0xC0) !== 0x80) {
          ok = false;
          break;
        }
        cp = (cp << 6) | (bytes[i + j] & 63);
      }
      if (!ok || (need === 2 && (cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF)))
          || (need === 3 && (cp < 0x10000 || cp > 0x10FFFF))) {
        s += '\uFFFD';
        i += Math.max(1, j);
        continue;
      }
      if (cp >= 0x10000) {
        cp -= 0x10000;
        s += String.fromCharCode(0xD800 + (cp >> 10), 0xDC00 + (cp & 0x3FF));
      } else {
        s += String.fromCharCode(cp);
      }
      i += need + 1;
    }
    return s;
  }

  /** Bytes → "binary string" (one char per byte), the form bytes cross the host bridge in. */
  function bytesToBinary(u8) {
    var parts = [];
    for (var i = 0; i < u8.length; i += 4096) {
      var end = Math.min(u8.length, i + 4096);
      var chunk = [];
      for (var j = i; j < end; j++) {
        chunk.push(u8[j]);
      }
      parts.push(String.fromCharCode.apply(null, chunk));
    }
    return parts.join('');
  }

  /** Bytes for the host: an ArrayBuffer where the engine reads buffers in bulk, else a binary string. */
  function toHostBytes(u8) {
    return bytesAsBuffers ? copyBytes(u8).buffer : bytesToBinary(u8);
  }

  /**
   * Bytes from the host: a ByteBuffer (viewed as an ArrayBuffer, then copied into an ordinary one in
   * one native copy) or a binary string.
   */
  function fromHostBytes(data) {
    return typeof data === 'string' ? binaryToBytes(data) : new Uint8Array(new ArrayBuffer(data)).slice();
  }

  function binaryToBytes(s) {
    var u8 = new Uint8Array(s.length);
    for (var i = 0; i < s.length; i++) {
      u8[i] = s.charCodeAt(i) & 0xFF;
    }
    return u8;
  }

  function copyBytes(u8) {
    var c = new Uint8Array(u8.length);
    c.set(u8);
    return c;
  }

  // ---------------------------------------------------------------------------------------------
  // Reporting exceptions (HTML §8.1.4.6 "report the exception"): to the host, with a location.

  function describeError(e) {
    var text;
    try {
      if (isObject(e) && e.name !== undefined && e.message !== undefined) {
        text = String(e.name) + ': ' + String(e.message);
      } else {
        text = 'Uncaught ' + String(e);
      }
    } catch (ignored) {
      text = 'Uncaught exception';
    }
    var where = '';
    try {
      if (isObject(e) && typeof e.lineNumber === 'number' && e.lineNumber > 0) {
        where = (e.fileName ? String(e.fileName) : '<script>') + ':' + e.lineNumber;
      } else if (isObject(e) && typeof e.stack === 'string') {
        var m = /\(([^()]*):(\d+):\d+\)/.exec(e.stack) || /at ([^\s()]+):(\d+):\d+/.exec(e.stack);
        if (m) {
          where = m[1] + ':' + m[2];
        }
      }
    } catch (ignored2) {
      where = '';
    }
    return where ? where + ': ' + text : text;
  }

  function reportException(e) {
    host.reportError(describeError(e));
  }

  // ---------------------------------------------------------------------------------------------
  // DOMException (WebIDL §3.14.1).

  var DOM_ERRORS = {
    IndexSizeError: 1, HierarchyRequestError: 3, WrongDocumentError: 4, InvalidCharacterError: 5,
    NoModificationAllowedError: 7, NotFoundError: 8, NotSupportedError: 9, InvalidStateError: 11,
    SyntaxError: 12, InvalidModificationError: 13, NamespaceError: 14, InvalidAccessError: 15,
    TypeMismatchError: 17, SecurityError: 18, NetworkError: 19, AbortError: 20, URLMismatchError: 21,
    QuotaExceededError: 22, TimeoutError: 23, InvalidNodeTypeError: 24, DataCloneError: 25
  };
  var DOM_CODES = {
    INDEX_SIZE_ERR: 1, DOMSTRING_SIZE_ERR: 2, HIERARCHY_REQUEST_ERR: 3, WRONG_DOCUMENT_ERR: 4,
    INVALID_CHARACTER_ERR: 5, NO_DATA_ALLOWED_ERR: 6, NO_MODIFICATION_ALLOWED_ERR: 7,
    NOT_FOUND_ERR: 8, NOT_SUPPORTED_ERR: 9, INUSE_ATTRIBUTE_ERR: 10, INVALID_STATE_ERR: 11,
    SYNTAX_ERR: 12, INVALID_MODIFICATION_ERR: 13, NAMESPACE_ERR: 14, INVALID_ACCESS_ERR: 15,
    VALIDATION_ERR: 16, TYPE_MISMATCH_ERR: 17, SECURITY_ERR: 18, NETWORK_ERR: 19, ABORT_ERR: 20,
    URL_MISMATCH_ERR: 21, QUOTA_EXCEEDED_ERR: 22, TIMEOUT_ERR: 23, INVALID_NODE_TYPE_ERR: 24,
    DATA_CLONE_ERR: 25
  };

  function DOMException(message, name) {
    requireNew(this, DOMException, 'DOMException');
    setSlot(this, {
      kinds: ['DOMException'],
      message: message === undefined ? '' : toDOMString(message),
      name: name === undefined ? 'Error' : toDOMString(name)
    });
    if (typeof Error.captureStackTrace === 'function') {
      Error.captureStackTrace(this, DOMException);
    } else {
      try {
        var probe = new Error(this.message);
        if (probe.stack !== undefined) {
          define(this, 'stack', probe.stack);
        }
      } catch (ignored) {
        // no stack
      }
    }
  }
  DOMException.prototype = Object.create(Error.prototype);
  define(DOMException.prototype, 'constructor', DOMException);
  defineAccessor(DOMException.prototype, 'name', function () {
    return slotOf(this, 'DOMException').name;
  });
  defineAccessor(DOMException.prototype, 'message', function () {
    return slotOf(this, 'DOMException').message;
  });
  defineAccessor(DOMException.prototype, 'code', function () {
    var n = slotOf(this, 'DOMException').name;
    return Object.prototype.hasOwnProperty.call(DOM_ERRORS, n) ? DOM_ERRORS[n] : 0;
  });
  define(DOMException.prototype, 'toString', function () {
    return this.name + ': ' + this.message;
  });
  setTag(DOMException.prototype, 'DOMException');
  for (var codeName in DOM_CODES) {
    if (Object.prototype.hasOwnProperty.call(DOM_CODES, codeName)) {
      defineConstant(DOMException, codeName, DOM_CODES[codeName]);
      defineConstant(DOMException.prototype, codeName, DOM_CODES[codeName]);
    }
  }

  /** Turns a bridge error string "Name: message" into the exception a browser throws. */
  function throwHostError(r) {
    var i = r.indexOf(': ');
    var name = i < 0 ? r : r.substring(0, i);
    var message = i < 0 ? '' : r.substring(i + 2);
    if (name === 'TypeError') {
      throw new TypeError(message);
    }
    if (name === 'RangeError') {
      throw new RangeError(message);
    }
    throw new DOMException(message, name);
  }

  // ---------------------------------------------------------------------------------------------
  // Event (DOM §2.2), MessageEvent (HTML §9.2), CloseEvent (WebSockets §3.3).

  function initEventSlot(self, kinds, type, init) {
    init = init === undefined || init === null ? {} : init;
    if (!isObject(init)) {
      throw new TypeError("Failed to construct '" + kinds[kinds.length - 1]
          + "': The provided value is not of type 'EventInit'.");
    }
    var s = {
      kinds: kinds,
      type: toDOMString(type),
      bubbles: toBoolean(init.bubbles),
      cancelable: toBoolean(init.cancelable),
      composed: toBoolean(init.composed),
      target: null,
      currentTarget: null,
      eventPhase: 0,
      canceled: false,
      stop: false,
      stopImmediate: false,
      dispatching: false,
      initialized: true,
      trusted: false,
      inPassiveListener: false,
      timeStamp: Date.now()
    };
    setSlot(self, s);
    Object.defineProperty(self, 'isTrusted', {
      get: function () {
        return s.trusted;
      },
      enumerable: true,
      configurable: false
    });
    return s;
  }

  function Event(type) {
    requireNew(this, Event, 'Event');
    requireArgs(arguments, 1, "construct 'Event'");
    initEventSlot(this, ['Event'], type, arguments[1]);
  }
  var EVENT_PHASES = {NONE: 0, CAPTURING_PHASE: 1, AT_TARGET: 2, BUBBLING_PHASE: 3};
  for (var phase in EVENT_PHASES) {
    if (Object.prototype.hasOwnProperty.call(EVENT_PHASES, phase)) {
      defineConstant(Event, phase, EVENT_PHASES[phase]);
      defineConstant(Event.prototype, phase, EVENT_PHASES[phase]);
    }
  }
  ['type', 'target', 'currentTarget', 'eventPhase', 'bubbles', 'cancelable', 'composed', 'timeStamp']
      .forEach(function (name) {
        defineAccessor(Event.prototype, name, function () {
          return slotOf(this, 'Event')[name];
        });
      });
  defineAccessor(Event.prototype, 'srcElement', function () {
    return slotOf(this, 'Event').target;
  });
  defineAccessor(Event.prototype, 'defaultPrevented', function () {
    return slotOf(this, 'Event').canceled;
  });
  defineAccessor(Event.prototype, 'returnValue', function () {
    return !slotOf(this, 'Event').canceled;
  }, function (v) {
    var s = slotOf(this, 'Event');
    if (!toBoolean(v) && s.cancelable && !s.inPassiveListener) {
      s.canceled = true;
    }
  });
  defineAccessor(Event.prototype, 'cancelBubble', function () {
    return slotOf(this, 'Event').stop;
  }, function (v) {
    if (toBoolean(v)) {
      slotOf(this, 'Event').stop = true;
    }
  });
  defineMethods(Event.prototype, {
    stopPropagation: function () {
      slotOf(this, 'Event').stop = true;
    },
    stopImmediatePropagation: function () {
      var s = slotOf(this, 'Event');
      s.stop = true;
      s.stopImmediate = true;
    },
    preventDefault: function () {
      var s = slotOf(this, 'Event');
      if (s.cancelable && !s.inPassiveListener) {
        s.canceled = true;
      }
    },
    composedPath: function () {
      var s = slotOf(this, 'Event');
      return s.dispatching && s.currentTarget ? [s.currentTarget] : [];
    },
    initEvent: function (type, bubbles, cancelable) {
      requireArgs(arguments, 1, "execute 'initEvent' on 'Event'");
      var s = slotOf(this, 'Event');
      if (s.dispatching) {
        return;
      }
      s.type = toDOMString(type);
      s.bubbles = toBoolean(bubbles);
      s.cancelable = toBoolean(cancelable);
      s.stop = s.stopImmediate = s.canceled = false;
      s.trusted = false;
      s.target = null;
    }
  });
  setTag(Event.prototype, 'Event');

  function MessageEvent(type) {
    requireNew(this, MessageEvent, 'MessageEvent');
    requireArgs(arguments, 1, "construct 'MessageEvent'");
    var init = arguments[1] === undefined || arguments[1] === null ? {} : arguments[1];
    var s = initEventSlot(this, ['Event', 'MessageEvent'], type, init);
    s.data = init.data === undefined ? null : init.data;
    s.origin = init.origin === undefined ? '' : toUSVString(init.origin);
    s.lastEventId = init.lastEventId === undefined ? '' : toDOMString(init.lastEventId);
    s.source = init.source === undefined ? null : init.source;
    s.ports = Object.freeze(init.ports === undefined ? [] : Array.prototype.slice.call(init.ports));
  }
  inherit(MessageEvent, Event);
  ['data', 'origin', 'lastEventId', 'source', 'ports'].forEach(function (name) {
    defineAccessor(MessageEvent.prototype, name, function () {
      return slotOf(this, 'MessageEvent')[name];
    });
  });
  setTag(MessageEvent.prototype, 'MessageEvent');

  function CloseEvent(type) {
    requireNew(this, CloseEvent, 'CloseEvent');
    requireArgs(arguments, 1, "construct 'CloseEvent'");
    var init = arguments[1] === undefined || arguments[1] === null ? {} : arguments[1];
    var s = initEventSlot(this, ['Event', 'CloseEvent'], type, init);
    s.wasClean = toBoolean(init.wasClean);
    s.code = init.code === undefined ? 0 : (Number(init.code) & 0xFFFF);
    s.reason = init.reason === undefined ? '' : toUSVString(init.reason);
  }
  inherit(CloseEvent, Event);
  ['wasClean', 'code', 'reason'].forEach(function (name) {
    defineAccessor(CloseEvent.prototype, name, function () {
      return slotOf(this, 'CloseEvent')[name];
    });
  });
  setTag(CloseEvent.prototype, 'CloseEvent');

  // ---------------------------------------------------------------------------------------------
  // EventTarget (DOM §2.7) with event handler attributes (HTML §8.1.8.1).

  function EventTarget() {
    requireNew(this, EventTarget, 'EventTarget');
    initTarget(this, ['EventTarget']);
  }

  function initTarget(self, kinds) {
    var s = {kinds: kinds, listeners: [], handlers: {}};
    setSlot(self, s);
    return s;
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
      s.listeners.push({type: type, callback: callback, capture: capture, once: once, passive: passive,
        removed: false});
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
          s.listeners.splice(i, 1);
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
   * DOM §2.9 dispatch, for targets without a parent: one AT_TARGET pass over a listener snapshot,
   * as a cursor whose step() runs the next listener. {@code self} is the object listeners see as
   * the target (the global object for window).
   */
  function beginDispatch(target, event, self) {
    var ts = target[SLOT];
    var es = event[SLOT];
    self = self === undefined ? target : self;
    es.dispatching = true;
    es.target = self;
    es.currentTarget = self;
    es.eventPhase = 2;
    var snapshot = ts.listeners.slice();
    var i = 0;
    return {
      /** Runs the next listener; false once none is left (or propagation was stopped). */
      step: function () {
        while (i < snapshot.length && !es.stopImmediate) {
          var l = snapshot[i++];
          if (l.removed || l.type !== es.type) {
            continue;
          }
          if (l.once) {
            l.removed = true;
            var idx = ts.listeners.indexOf(l);
            if (idx >= 0) {
              ts.listeners.splice(idx, 1);
            }
          }
          invokeListener(target, l, event, self);
          return true;
        }
        return false;
      },
      end: function () {
        es.dispatching = false;
        es.eventPhase = 0;
        es.currentTarget = null;
        es.stop = false;
        es.stopImmediate = false;
        return !es.canceled;
      }
    };
  }

  /** DOM §2.10 "inner invoke" for one listener: exceptions are reported, never propagated. */
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
      reportException(e);
    }
    es.inPassiveListener = false;
  }

  /** Dispatches synchronously, all listeners in one go (dispatchEvent(), load events). */
  function dispatch(target, event, self) {
    var cursor = beginDispatch(target, event, self);
    while (cursor.step()) {
      // next listener
    }
    return cursor.end();
  }

  /** HTML §8.1.8.1 the event handler processing algorithm. */
  function runEventHandler(target, name, event, self) {
    var value = target[SLOT].handlers[name];
    if (value === null || value === undefined) {
      return;
    }
    if (typeof value !== 'function') {
      throw new TypeError('The ' + name + ' handler is not a function.');
    }
    var ret = value.call(self, event);
    if (ret === false && event[SLOT].type !== 'error') {
      event.preventDefault();
    }
  }

  /**
   * Defines an event handler IDL attribute (HTML §8.1.8.1): [LegacyTreatNonObjectAsNull], so a
   * non-object becomes null; the first non-null value adds a listener at the current end of the
   * list, which keeps its position until the handler is set to null.
   */
  function defineEventHandler(proto, kind, eventType, targetSlot) {
    var name = 'on' + eventType;
    var slotFor = targetSlot || function (self) {
      return slotOf(self, kind);
    };
    defineAccessor(proto, name, function () {
      var v = slotFor(this).handlers[name];
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
        s.listeners.splice(existing, 1);
      } else if (v !== null && existing === null) {
        s.listeners.push({type: eventType, handler: name, callback: null, capture: false, once: false,
          passive: false, removed: false});
      }
    });
  }

  // ---------------------------------------------------------------------------------------------
  // Blob (File API §3).

  function Blob() {
    requireNew(this, Blob, 'Blob');
    var parts = arguments[0];
    var options = arguments[1];
    var chunks = [];
    var total = 0;
    if (parts !== undefined) {
      if (!isObject(parts)) {
        throw new TypeError("Failed to construct 'Blob': The provided value cannot be converted to a sequence.");
      }
      var list = Array.isArray(parts) ? parts : iterate(parts, "construct 'Blob'");
      for (var i = 0; i < list.length; i++) {
        var p = list[i];
        var bytes;
        if (isArrayBuffer(p)) {
          bytes = copyBytes(new Uint8Array(p));
        } else if (isView(p)) {
          bytes = copyBytes(viewBytes(p));
        } else if (isObject(p) && p[SLOT] && p[SLOT].kinds.indexOf('Blob') >= 0) {
          bytes = p[SLOT].bytes;
        } else {
          bytes = utf8Encode(toUSVString(p));
        }
        chunks.push(bytes);
        total += bytes.length;
      }
    }
    var all = new Uint8Array(total);
    var at = 0;
    for (var k = 0; k < chunks.length; k++) {
      all.set(chunks[k], at);
      at += chunks[k].length;
    }
    var type = isObject(options) && options.type !== undefined ? toDOMString(options.type) : '';
    setSlot(this, {kinds: ['Blob'], bytes: all, type: normalizeType(type)});
  }

  function normalizeType(t) {
    return /^[\x20-\x7E]*$/.test(t) ? t.toLowerCase() : '';
  }

  function makeBlob(bytes, type) {
    var b = Object.create(Blob.prototype);
    setSlot(b, {kinds: ['Blob'], bytes: bytes, type: normalizeType(type)});
    return b;
  }

  function iterate(obj, what) {
    if (hasSymbol && Symbol.iterator && typeof obj[Symbol.iterator] === 'function') {
      var out = [];
      var it = obj[Symbol.iterator]();
      for (var r = it.next(); !r.done; r = it.next()) {
        out.push(r.value);
      }
      return out;
    }
    throw new TypeError('Failed to ' + what + ': The object must have a callable @@iterator property.');
  }

  defineAccessor(Blob.prototype, 'size', function () {
    return slotOf(this, 'Blob').bytes.length;
  });
  defineAccessor(Blob.prototype, 'type', function () {
    return slotOf(this, 'Blob').type;
  });
  defineMethods(Blob.prototype, {
    slice: function (start, end, contentType) {
      var bytes = slotOf(this, 'Blob').bytes;
      var size = bytes.length;
      function rel(v, dflt) {
        if (v === undefined) {
          return dflt;
        }
        var n = Number(v);
        n = n !== n ? 0 : (n < 0 ? Math.ceil(n) : Math.floor(n));
        return n < 0 ? Math.max(size + n, 0) : Math.min(n, size);
      }
      var from = rel(start, 0);
      var to = rel(end, size);
      var span = Math.max(to - from, 0);
      return makeBlob(copyBytes(bytes.subarray(from, from + span)),
          contentType === undefined ? '' : toDOMString(contentType));
    }
  });
  if (hasPromise) {
    defineMethods(Blob.prototype, {
      text: function () {
        var s;
        try {
          s = slotOf(this, 'Blob');
        } catch (e) {
          return Promise.reject(e);
        }
        return Promise.resolve(utf8Decode(s.bytes));
      },
      arrayBuffer: function () {
        var s;
        try {
          s = slotOf(this, 'Blob');
        } catch (e) {
          return Promise.reject(e);
        }
        return Promise.resolve(copyBytes(s.bytes).buffer);
      }
    });
  }
  setTag(Blob.prototype, 'Blob');

  // ---------------------------------------------------------------------------------------------
  // WebSocket (WHATWG WebSockets §3).

  var sockets = {};

  function WebSocket(url) {
    requireNew(this, WebSocket, 'WebSocket');
    requireArgs(arguments, 1, "construct 'WebSocket'");
    var protocols = arguments[1];
    url = toUSVString(url);
    // WebIDL §3.2.24 union (DOMString or sequence<DOMString>): objects are sequences.
    var list = [];
    if (protocols !== undefined) {
      if (isObject(protocols)) {
        var items = Array.isArray(protocols) ? protocols : iterate(protocols, "construct 'WebSocket'");
        for (var i = 0; i < items.length; i++) {
          list.push(toDOMString(items[i]));
        }
      } else {
        list.push(toDOMString(protocols));
      }
    }
    // Steps 1-10 (URL parsing, scheme and fragment checks, protocol tokens) run in Java.
    var r = host.wsCreate(url, list);
    if (typeof r === 'string') {
      throwHostError(r);
    }
    var s = initTarget(this, ['EventTarget', 'WebSocket']);
    s.id = r;
    s.binaryType = 'blob';
    sockets[r] = this;
  }
  inherit(WebSocket, EventTarget);
  var STATES = {CONNECTING: 0, OPEN: 1, CLOSING: 2, CLOSED: 3};
  for (var st in STATES) {
    if (Object.prototype.hasOwnProperty.call(STATES, st)) {
      defineConstant(WebSocket, st, STATES[st]);
      defineConstant(WebSocket.prototype, st, STATES[st]);
    }
  }
  defineAccessor(WebSocket.prototype, 'url', function () {
    return host.wsUrl(slotOf(this, 'WebSocket').id);
  });
  defineAccessor(WebSocket.prototype, 'readyState', function () {
    return host.wsReadyState(slotOf(this, 'WebSocket').id);
  });
  defineAccessor(WebSocket.prototype, 'bufferedAmount', function () {
    return host.wsBufferedAmount(slotOf(this, 'WebSocket').id);
  });
  defineAccessor(WebSocket.prototype, 'extensions', function () {
    return host.wsExtensions(slotOf(this, 'WebSocket').id);
  });
  defineAccessor(WebSocket.prototype, 'protocol', function () {
    return host.wsProtocol(slotOf(this, 'WebSocket').id);
  });
  // binaryType: an enumeration; assigning another value is ignored (WebIDL §3.2.22).
  defineAccessor(WebSocket.prototype, 'binaryType', function () {
    return slotOf(this, 'WebSocket').binaryType;
  }, function (v) {
    var s = slotOf(this, 'WebSocket');
    v = toDOMString(v);
    if (v === 'blob' || v === 'arraybuffer') {
      s.binaryType = v;
    }
  });
  ['open', 'error', 'close', 'message'].forEach(function (type) {
    defineEventHandler(WebSocket.prototype, 'WebSocket', type);
  });
  defineMethods(WebSocket.prototype, {
    send: function (data) {
      var s = slotOf(this, 'WebSocket');
      requireArgs(arguments, 1, "execute 'send' on 'WebSocket'");
      var r;
      if (isArrayBuffer(data)) {
        r = host.wsSendBinary(s.id, toHostBytes(new Uint8Array(data)));
      } else if (isView(data)) {
        r = host.wsSendBinary(s.id, toHostBytes(viewBytes(data)));
      } else if (isObject(data) && data[SLOT] && data[SLOT].kinds.indexOf('Blob') >= 0) {
        r = host.wsSendBinary(s.id, toHostBytes(data[SLOT].bytes));
      } else {
        r = host.wsSendText(s.id, toUSVString(data));
      }
      if (typeof r === 'string') {
        throwHostError(r);
      }
    },
    close: function () {
      // WebIDL: both arguments are optional, so close.length is 0.
      var code = arguments[0];
      var reason = arguments[1];
      var s = slotOf(this, 'WebSocket');
      var c = code === undefined ? null : toClampedUnsignedShort(code);
      var rs = reason === undefined ? null : toUSVString(reason);
      // §3 close() step 1: a code other than 1000 or 3000-4999 → InvalidAccessError.
      if (c !== null && c !== 1000 && (c < 3000 || c > 4999)) {
        throw new DOMException("Failed to execute 'close' on 'WebSocket': The close code must be either 1000, "
            + 'or between 3000 and 4999. ' + c + ' is neither.', 'InvalidAccessError');
      }
      // Step 2: a reason longer than 123 UTF-8 bytes → SyntaxError.
      if (rs !== null) {
        var n = utf8Length(rs);
        if (n > 123) {
          throw new DOMException("Failed to execute 'close' on 'WebSocket': The close reason must not be greater "
              + 'than 123 UTF-8 bytes (it is ' + n + ').', 'SyntaxError');
        }
      }
      // A reason without a code: validated, then the Close frame has no body (as the Java API does).
      var r = host.wsClose(s.id, c, c === null ? null : rs);
      if (typeof r === 'string') {
        throwHostError(r);
      }
    }
  });
  setTag(WebSocket.prototype, 'WebSocket');

  function trustedEvent(ev) {
    ev[SLOT].trusted = true;
    return ev;
  }

  /**
   * Called by the event loop inside the task the Java API queued (WebSockets §3.2 feedback). It
   * only starts the dispatch: the loop then calls socketDispatchStep() once per listener, each a
   * separate call into the engine, so that the microtask checkpoint of HTML's "clean up after
   * running script" happens after every listener, as in a browser.
   */
  var socketDispatch = null;

  function dispatchSocketEvent(id, type, a, b, c) {
    var ws = sockets[id];
    if (!ws) {
      return;
    }
    var ev;
    if (type === 'message') {
      var data = a;
      if (b) {
        var bytes = fromHostBytes(a);
        data = ws[SLOT].binaryType === 'arraybuffer' ? bytes.buffer : makeBlob(bytes, '');
      }
      ev = new MessageEvent('message', {data: data, origin: c});
    } else if (type === 'close') {
      delete sockets[id];
      ev = new CloseEvent('close', {wasClean: a, code: b, reason: c});
    } else {
      ev = new Event(type);
    }
    socketDispatch = beginDispatch(ws, trustedEvent(ev));
  }

  /** Runs the next listener of the socket event being dispatched; false when it is complete. */
  function socketDispatchStep() {
    if (socketDispatch === null) {
      return false;
    }
    if (socketDispatch.step()) {
      return true;
    }
    socketDispatch.end();
    socketDispatch = null;
    return false;
  }

  // ---------------------------------------------------------------------------------------------
  // Timers (HTML §8.6) and microtasks (HTML §8.1.4.2 queue a microtask).

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
    // §8.6 step 5: once nested more than 5 levels, the timeout is at least 4 ms.
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

  var microtasks = [];

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

  /** HTML §8.1.4.3 perform a microtask checkpoint (engines without Promise jobs). */
  function drainMicrotasks() {
    while (microtasks.length > 0) {
      var cb = microtasks.shift();
      try {
        cb();
      } catch (e) {
        reportException(e);
      }
    }
  }

  // ---------------------------------------------------------------------------------------------
  // console, alert, location, document.

  function formatArg(v) {
    if (typeof v === 'string') {
      return v;
    }
    if (isObject(v) && typeof v !== 'function' && !(v instanceof Error) && !v[SLOT]) {
      try {
        var json = JSON.stringify(v);
        if (json !== undefined) {
          return json;
        }
      } catch (ignored) {
        // fall through
      }
    }
    try {
      return String(v);
    } catch (e2) {
      return Object.prototype.toString.call(v);
    }
  }

  function formatArgs(args) {
    var parts = [];
    for (var i = 0; i < args.length; i++) {
      parts.push(formatArg(args[i]));
    }
    return parts.join(' ');
  }

  var console = {};
  ['log', 'info', 'debug', 'trace'].forEach(function (level) {
    define(console, level, function () {
      host.print(formatArgs(arguments));
    });
  });
  ['warn', 'error'].forEach(function (level) {
    define(console, level, function () {
      host.printError(formatArgs(arguments));
    });
  });

  var elements = {};

  function Element() {
    throw new TypeError('Illegal constructor');
  }
  defineAccessor(Element.prototype, 'id', function () {
    return host.domAttribute(slotOf(this, 'Element').handle, 'id') || '';
  });
  defineAccessor(Element.prototype, 'tagName', function () {
    return host.domTagName(slotOf(this, 'Element').handle);
  });
  defineAccessor(Element.prototype, 'textContent', function () {
    return host.domText(slotOf(this, 'Element').handle);
  }, function (v) {
    host.domSetText(slotOf(this, 'Element').handle, v === null ? '' : toDOMString(v));
  });
  defineAccessor(Element.prototype, 'innerText', function () {
    return host.domText(slotOf(this, 'Element').handle);
  }, function (v) {
    host.domSetText(slotOf(this, 'Element').handle, v === null ? '' : toDOMString(v));
  });
  defineAccessor(Element.prototype, 'innerHTML', function () {
    return host.domHtml(slotOf(this, 'Element').handle);
  }, function (v) {
    host.domSetHtml(slotOf(this, 'Element').handle, v === null ? '' : toDOMString(v));
  });
  defineAccessor(Element.prototype, 'value', function () {
    return host.domAttribute(slotOf(this, 'Element').handle, 'value') || '';
  });
  defineMethods(Element.prototype, {
    getAttribute: function (name) {
      return host.domAttribute(slotOf(this, 'Element').handle, toDOMString(name));
    }
  });
  setTag(Element.prototype, 'HTMLElement');

  function elementFor(handle) {
    if (!elements[handle]) {
      var el = Object.create(Element.prototype);
      setSlot(el, {kinds: ['Element'], handle: handle});
      elements[handle] = el;
    }
    return elements[handle];
  }

  // window and document as event targets (HTML §7.2, DOM §4.5) for load and DOMContentLoaded:
  // their listener methods delegate to hidden EventTargets.
  var windowTarget = new EventTarget();
  var documentTarget = new EventTarget();

  function delegateListeners(obj, target, self) {
    defineMethods(obj, {
      addEventListener: function () {
        return EventTarget.prototype.addEventListener.apply(target, arguments);
      },
      removeEventListener: function () {
        return EventTarget.prototype.removeEventListener.apply(target, arguments);
      },
      dispatchEvent: function (event) {
        requireArgs(arguments, 1, "execute 'dispatchEvent' on 'EventTarget'");
        if (!(isObject(event) && event[SLOT] && event[SLOT].kinds.indexOf('Event') >= 0)) {
          throw new TypeError("Failed to execute 'dispatchEvent' on 'EventTarget': parameter 1 is not of type 'Event'.");
        }
        return dispatch(target, event, self);
      }
    });
  }

  /** HTML §8.2.6.1 "the end": DOMContentLoaded at the document (bubbling to window), then load. */
  function fireLoad() {
    var ready = trustedEvent(new Event('DOMContentLoaded', {bubbles: true}));
    dispatch(documentTarget, ready, document);
    dispatch(windowTarget, trustedEvent(new Event('DOMContentLoaded', {bubbles: true})), global);
    dispatch(windowTarget, trustedEvent(new Event('load')), global);
  }

  var document = {};
  defineMethods(document, {
    getElementById: function (id) {
      requireArgs(arguments, 1, "execute 'getElementById' on 'Document'");
      var h = host.domFind(toDOMString(id));
      return h < 0 ? null : elementFor(h);
    }
  });
  defineAccessor(document, 'title', function () {
    return host.domTitle();
  });

  var location = {};
  (function () {
    var href = host.locationHref();
    var m = /^([a-zA-Z][a-zA-Z0-9+.-]*:)(?:\/\/([^\/?#]*))?([^?#]*)(\?[^#]*)?(#.*)?$/.exec(href) || [];
    var hostPart = m[2] || '';
    var hm = /^(?:[^@]*@)?(\[[^\]]*\]|[^:]*)(?::(\d*))?$/.exec(hostPart) || [];
    var fields = {
      href: href,
      protocol: m[1] || '',
      host: hostPart.replace(/^[^@]*@/, ''),
      hostname: hm[1] || '',
      port: hm[2] || '',
      pathname: m[3] || '',
      search: m[4] && m[4] !== '?' ? m[4] : '',
      hash: m[5] && m[5] !== '#' ? m[5] : ''
    };
    fields.origin = fields.protocol === 'http:' || fields.protocol === 'https:'
        ? fields.protocol + '//' + fields.host : 'null';
    Object.keys(fields).forEach(function (k) {
      defineAccessor(location, k, function () {
        return fields[k];
      });
    });
    define(location, 'toString', function () {
      return fields.href;
    });
  })();

  // ---------------------------------------------------------------------------------------------
  // The global object: browser names, and (unless the embedder opted in) no engine host access.

  if (!hostAccessAllowed) {
    ['Java', 'Packages', 'JavaImporter', 'java', 'javax', 'javafx', 'com', 'org', 'edu', 'net', 'jdk',
      'Polyglot', 'Graal', 'load', 'loadWithNewGlobal', 'exit', 'quit', 'readLine', 'readFully', 'readbuffer',
      'printf', 'echo', '__noSuchProperty__', 'Debug', 'debug'].forEach(function (name) {
      try {
        delete global[name];
      } catch (ignored) {
        // not deletable: shadow it
      }
      if (Object.prototype.hasOwnProperty.call(global, name)) {
        try {
          Object.defineProperty(global, name, {value: undefined, writable: false, configurable: false});
        } catch (ignored2) {
          // leave it
        }
      }
    });
  }
  try {
    delete global.print;
  } catch (ignored3) {
    // not deletable
  }

  delegateListeners(document, documentTarget, document);
  delegateListeners(global, windowTarget, global);
  ['load', 'DOMContentLoaded'].forEach(function (type) {
    defineEventHandler(global, 'Window', type, function () {
      return windowTarget[SLOT];
    });
  });

  var globals = {
    EventTarget: EventTarget, Event: Event, MessageEvent: MessageEvent, CloseEvent: CloseEvent,
    DOMException: DOMException, Blob: Blob, WebSocket: WebSocket, HTMLElement: Element,
    console: console, document: document, location: location,
    alert: function (message) {
      host.print(message === undefined ? '' : toDOMString(message));
    },
    confirm: function (message) {
      host.print(message === undefined ? '' : toDOMString(message));
      return false;
    },
    prompt: function (message) {
      host.print(message === undefined ? '' : toDOMString(message));
      return null;
    },
    setTimeout: function (handler, timeout) {
      return initTimer(handler, timeout, Array.prototype.slice.call(arguments, 2), false);
    },
    setInterval: function (handler, timeout) {
      return initTimer(handler, timeout, Array.prototype.slice.call(arguments, 2), true);
    },
    clearTimeout: function (id) {
      clearTimer(id);
    },
    clearInterval: function (id) {
      clearTimer(id);
    },
    queueMicrotask: queueMicrotask,
    reportError: function (e) {
      reportException(e);
    }
  };
  for (var g in globals) {
    if (Object.prototype.hasOwnProperty.call(globals, g)) {
      define(global, g, globals[g]);
    }
  }
  if (global.globalThis === undefined) {
    define(global, 'globalThis', global);
  }
  define(global, 'window', global);
  define(global, 'self', global);

  // ---------------------------------------------------------------------------------------------
  // Entry points for the Java event loop (never reachable from page scripts).

  return {
    dispatch: dispatchSocketEvent,
    dispatchStep: socketDispatchStep,
    fireLoad: fireLoad,
    /** A body element's onload content attribute becomes window.onload (HTML §8.1.8.1). */
    setBodyOnload: function (code) {
      try {
        global.onload = Function('event', code);
      } catch (e) {
        reportException(e);
      }
    },
    fireTimer: fireTimer,
    drainMicrotasks: drainMicrotasks,
    /** HTML §8.1.8.1: an element's onclick content attribute, compiled and called with `this`. */
    runInlineHandler: function (handle, code, name) {
      var el = handle < 0 ? null : elementFor(handle);
      var fn;
      try {
        fn = Function('event', code);
      } catch (e) {
        reportException(e);
        return;
      }
      try {
        var ev = trustedEvent(new Event('click', {bubbles: true, cancelable: true}));
        fn.call(el, ev);
      } catch (e2) {
        reportException(e2);
      }
    }
  };
})
