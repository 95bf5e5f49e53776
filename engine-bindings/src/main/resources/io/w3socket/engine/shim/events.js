// events.js: Event (https://dom.spec.whatwg.org/#interface-event), MessageEvent
// (https://html.spec.whatwg.org/#the-messageevent-interface), CloseEvent
// (https://websockets.spec.whatwg.org/#the-closeevent-interface).

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
    path: null,
    initialized: true,
    trusted: false,
    inPassiveListener: false,
    // DOM #dom-event-timestamp: milliseconds relative to the time origin.
    timeStamp: host.clockNow()
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
    // #dom-event-composedpath (no shadow trees here): the path's items, target first; [] after dispatch.
    var out = [];
    if (s.dispatching && s.path) {
      for (var i = 0; i < s.path.length; i++) {
        out.push(s.path[i].self);
      }
    }
    return out;
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
exposed.Event = Event;
exposed.MessageEvent = MessageEvent;
exposed.CloseEvent = CloseEvent;
