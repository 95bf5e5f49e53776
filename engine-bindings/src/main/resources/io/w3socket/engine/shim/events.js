// events.js: Event (https://dom.spec.whatwg.org/#interface-event), MessageEvent
// (https://html.spec.whatwg.org/#the-messageevent-interface), CloseEvent
// (https://websockets.spec.whatwg.org/#the-closeevent-interface), CustomEvent
// (https://dom.spec.whatwg.org/#interface-customevent).

/** The kinds of each event interface's instances: one array per interface, never changed. */
var EVENT_KINDS = ['Event'];
var MESSAGE_EVENT_KINDS = ['Event', 'MessageEvent'];
var CLOSE_EVENT_KINDS = ['Event', 'CloseEvent'];

/** The slot of an event a constructor makes, from its EventInit dictionary (DOM #dictdef-eventinit). */
function initEventSlot(self, kinds, type, init) {
  init = init === undefined || init === null ? {} : init;
  if (!isObject(init)) {
    throw new TypeError("Failed to construct '" + kinds[kinds.length - 1]
        + "': The provided value is not of type 'EventInit'.");
  }
  // DOM #dom-event-timestamp: milliseconds relative to the time origin.
  return newEventSlot(self, kinds, toDOMString(type), toBoolean(init.bubbles), toBoolean(init.cancelable),
      toBoolean(init.composed), host.clockNow());
}

/**
 * isTrusted is [LegacyUnforgeable] (DOM #dom-event-istrusted, WebIDL #es-attributes): an own
 * accessor of each event. Its getter is one function for every event of the realm, named
 * "get isTrusted", as in Chromium.
 */
var IS_TRUSTED = {
  get: Object.getOwnPropertyDescriptor({
    get isTrusted() {
      return slotOf(this, 'Event').trusted;
    }
  }, 'isTrusted').get,
  enumerable: true,
  configurable: false
};

/** DOM #inner-event-creation-steps with the attributes already converted: the event's slot. */
function eventSlot(kinds, type, bubbles, cancelable, composed, timeStamp) {
  return {
    kinds: kinds,
    type: type,
    bubbles: bubbles,
    cancelable: cancelable,
    composed: composed,
    target: null,
    currentTarget: null,
    eventPhase: 0,
    canceled: false,
    stop: false,
    stopImmediate: false,
    dispatching: false,
    path: null,
    initialized: true,
    trusted: false,
    inPassiveListener: false,
    timeStamp: timeStamp
  };
}

/** Gives an event made by a constructor (self) its slot and its isTrusted. */
function newEventSlot(self, kinds, type, bubbles, cancelable, composed, timeStamp) {
  var s = setSlot(self, eventSlot(kinds, type, bubbles, cancelable, composed, timeStamp));
  Object.defineProperty(self, 'isTrusted', IS_TRUSTED);
  return s;
}

/** Marks an event the user agent made as trusted (DOM #dom-event-istrusted). */
function trustedEvent(ev) {
  ev[SLOT].trusted = true;
  return ev;
}

/**
 * An event the user agent fires with no dictionary to convert (DOM #concept-event-create, isTrusted
 * true; it does not bubble and cannot be canceled): an instance of proto, as its interface's
 * constructor would make it. The caller fills in the interface's own attributes.
 */
function createTrustedEvent(proto, kinds, type, timeStamp) {
  var ev = Object.create(proto, TRUSTED_EVENT_PROPERTIES);
  setSlot(ev, eventSlot(kinds, type, false, false, false, timeStamp)).trusted = true;
  return ev;
}
var TRUSTED_EVENT_PROPERTIES = {isTrusted: IS_TRUSTED};

function Event(type) {
  requireNew(this, Event, 'Event');
  requireArgs(arguments, 1, "construct 'Event'");
  initEventSlot(this, EVENT_KINDS, type, arguments[1]);
}
var EVENT_PHASES = {NONE: 0, CAPTURING_PHASE: 1, AT_TARGET: 2, BUBBLING_PHASE: 3};
defineConstants(Event, EVENT_PHASES);
defineSlotAccessors(Event.prototype, 'Event', ['type', 'target', 'currentTarget', 'eventPhase', 'bubbles',
  'cancelable', 'composed', 'timeStamp']);
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
    // #dom-event-composedpath: the path's items, target first (across shadow trees:
    // shadow-root.js); [] after dispatch.
    if (s.dispatching && s.path && s.retargeted) {
      return composedPathOf(s);
    }
    var out = [];
    if (s.dispatching && s.path) {
      for (var i = 0; i < s.path.length; i++) {
        out.push(s.path[i].self);
      }
    }
    return out;
  },
  /** #dom-event-initevent: 1. If this's dispatch flag is set, return; 2. initialize this. */
  initEvent: function (type, bubbles, cancelable) {
    requireArgs(arguments, 1, "execute 'initEvent' on 'Event'");
    var s = slotOf(this, 'Event');
    type = toDOMString(type);
    bubbles = toBoolean(bubbles);
    cancelable = toBoolean(cancelable);
    if (!s.dispatching) {
      initializeEvent(s, type, bubbles, cancelable);
    }
  }
});
setTag(Event.prototype, 'Event');

/** DOM #concept-event-initialize, on an event's slot, with the arguments converted. */
function initializeEvent(s, type, bubbles, cancelable) {
  s.initialized = true;
  s.stop = s.stopImmediate = s.canceled = false;
  s.trusted = false;
  s.target = null;
  s.type = type;
  s.bubbles = bubbles;
  s.cancelable = cancelable;
}

function MessageEvent(type) {
  requireNew(this, MessageEvent, 'MessageEvent');
  requireArgs(arguments, 1, "construct 'MessageEvent'");
  var init = arguments[1] === undefined || arguments[1] === null ? {} : arguments[1];
  var s = initEventSlot(this, MESSAGE_EVENT_KINDS, type, init);
  initMessageSlot(s, init.data === undefined ? null : init.data,
      init.origin === undefined ? '' : toUSVString(init.origin),
      init.lastEventId === undefined ? '' : toDOMString(init.lastEventId),
      init.source === undefined ? null : init.source,
      init.ports === undefined ? null : Object.freeze(Array.prototype.slice.call(init.ports)));
}

/** MessageEvent's own attributes; ports null stands for an empty list, made when first read. */
function initMessageSlot(s, data, origin, lastEventId, source, ports) {
  s.data = data;
  s.origin = origin;
  s.lastEventId = lastEventId;
  s.source = source;
  s.ports = ports;
}
inherit(MessageEvent, Event);
defineMethods(MessageEvent.prototype, {
  /**
   * HTML #dom-messageevent-initmessageevent (legacy): nothing while dispatching; else initialize
   * the event, then its attributes. The arguments are converted first, as WebIDL does.
   */
  initMessageEvent: function (type) {
    requireArgs(arguments, 1, "execute 'initMessageEvent' on 'MessageEvent'");
    var s = slotOf(this, 'MessageEvent');
    type = toDOMString(type);
    var bubbles = toBoolean(arguments[1]);
    var cancelable = toBoolean(arguments[2]);
    var data = arguments[3] === undefined ? null : arguments[3];
    var origin = arguments[4] === undefined ? '' : toUSVString(arguments[4]);
    var lastEventId = arguments[5] === undefined ? '' : toDOMString(arguments[5]);
    var source = arguments[6] === undefined ? null : arguments[6];
    var ports = arguments[7] === undefined ? null : Object.freeze(Array.prototype.slice.call(arguments[7]));
    if (!s.dispatching) {
      initializeEvent(s, type, bubbles, cancelable);
      initMessageSlot(s, data, origin, lastEventId, source, ports);
    }
  }
});
defineSlotAccessors(MessageEvent.prototype, 'MessageEvent', ['data', 'origin', 'lastEventId', 'source']);
// A FrozenArray attribute: the same frozen array each time it is read.
defineAccessor(MessageEvent.prototype, 'ports', function () {
  var s = slotOf(this, 'MessageEvent');
  if (s.ports === null) {
    s.ports = Object.freeze([]);
  }
  return s.ports;
});
setTag(MessageEvent.prototype, 'MessageEvent');

function CloseEvent(type) {
  requireNew(this, CloseEvent, 'CloseEvent');
  requireArgs(arguments, 1, "construct 'CloseEvent'");
  var init = arguments[1] === undefined || arguments[1] === null ? {} : arguments[1];
  var s = initEventSlot(this, CLOSE_EVENT_KINDS, type, init);
  s.wasClean = toBoolean(init.wasClean);
  s.code = init.code === undefined ? 0 : (Number(init.code) & 0xFFFF);
  s.reason = init.reason === undefined ? '' : toUSVString(init.reason);
}
inherit(CloseEvent, Event);
defineSlotAccessors(CloseEvent.prototype, 'CloseEvent', ['wasClean', 'code', 'reason']);
setTag(CloseEvent.prototype, 'CloseEvent');
/** DOM #interface-customevent: an Event with a detail of any value (CustomEventInit's, else null). */
function CustomEvent(type) {
  requireNew(this, CustomEvent, 'CustomEvent');
  requireArgs(arguments, 1, "construct 'CustomEvent'");
  var init = arguments[1] === undefined || arguments[1] === null ? {} : arguments[1];
  var s = initEventSlot(this, ['Event', 'CustomEvent'], type, init);
  s.detail = init.detail === undefined ? null : init.detail;
}
inherit(CustomEvent, Event);
defineAccessor(CustomEvent.prototype, 'detail', function () {
  return slotOf(this, 'CustomEvent').detail;
});
defineMethods(CustomEvent.prototype, {
  /** #dom-customevent-initcustomevent: nothing while dispatching; else initialize, then detail. */
  initCustomEvent: function (type) {
    requireArgs(arguments, 1, "execute 'initCustomEvent' on 'CustomEvent'");
    var s = slotOf(this, 'CustomEvent');
    type = toDOMString(type);
    var bubbles = toBoolean(arguments[1]);
    var cancelable = toBoolean(arguments[2]);
    var detail = arguments[3] === undefined ? null : arguments[3];
    if (!s.dispatching) {
      initializeEvent(s, type, bubbles, cancelable);
      s.detail = detail;
    }
  }
});
setTag(CustomEvent.prototype, 'CustomEvent');
exposed.Event = Event;
exposed.CustomEvent = CustomEvent;
exposed.MessageEvent = MessageEvent;
exposed.CloseEvent = CloseEvent;
