// ui-events.js: UIEvent, FocusEvent, MouseEvent, KeyboardEvent (UI Events,
// https://w3c.github.io/uievents/#events-uievent-types and the rest) and PointerEvent (Pointer Events,
// https://w3c.github.io/pointerevents/#pointerevent-interface), for events a script makes and for
// clicks: element.click() and the user's click are PointerEvents, as in Chromium. There is no layout
// here, so the coordinates are what the event was made with: pageX, offsetX and layerX are clientX
// (a page that never scrolls, and an event not yet dispatched, as Chromium answers then).

/** An init dictionary: undefined and null are the empty one; anything else not an object is a TypeError. */
function uiInit(init, ctor, dictionary) {
  if (init === undefined || init === null) {
    return {};
  }
  if (!isObject(init)) {
    throw new TypeError("Failed to construct '" + ctor + "': The provided value is not of type '"
        + dictionary + "'.");
  }
  return init;
}

/** UIEventInit's view (a Window or null) and detail; the event's other members are the caller's. */
function initUIEventSlot(self, kinds, type, init, dictionary) {
  var ctor = kinds[kinds.length - 1];
  var s = initEventSlot(self, kinds, type, init);
  s.view = toView(init.view, "construct '" + ctor + "': Failed to read the 'view' property from '"
      + dictionary + "'");
  s.detail = toLong(init.detail);
  return s;
}

function toView(v, what) {
  if (v === undefined || v === null) {
    return null;
  }
  if (v !== global) {
    throw new TypeError('Failed to ' + what + ": Failed to convert value to 'Window'.");
  }
  return v;
}

/** An EventTarget or null (MouseEventInit's and FocusEventInit's relatedTarget). */
function toRelatedTarget(v, ctor, dictionary) {
  if (v === undefined || v === null) {
    return null;
  }
  var s = isObject(v) ? v[SLOT] : undefined;
  if (v !== global && !(s && s.kinds && s.kinds[0] === 'EventTarget')) {
    throw new TypeError("Failed to construct '" + ctor + "': Failed to read the 'relatedTarget' property from '"
        + dictionary + "': Failed to convert value to 'EventTarget'.");
  }
  return v;
}

/**
 * UI Events #dictdef-eventmodifierinit: the four keys and the other modifiers, by the key names
 * getModifierState takes (#dom-mouseevent-getmodifierstate).
 */
var MODIFIERS = ['AltGraph', 'CapsLock', 'Fn', 'FnLock', 'Hyper', 'NumLock', 'ScrollLock', 'Super',
  'Symbol', 'SymbolLock'];

function initModifiers(s, init) {
  s.ctrlKey = toBoolean(init.ctrlKey);
  s.shiftKey = toBoolean(init.shiftKey);
  s.altKey = toBoolean(init.altKey);
  s.metaKey = toBoolean(init.metaKey);
  s.modifiers = {Control: s.ctrlKey, Shift: s.shiftKey, Alt: s.altKey, Meta: s.metaKey};
  for (var i = 0; i < MODIFIERS.length; i++) {
    s.modifiers[MODIFIERS[i]] = toBoolean(init['modifier' + MODIFIERS[i]]);
  }
}

function getModifierState(kind) {
  return function (keyArg) {
    var s = slotOf(this, kind);
    requireArgs(arguments, 1, "execute 'getModifierState' on '" + kind + "'");
    var key = toDOMString(keyArg);
    return Object.prototype.hasOwnProperty.call(s.modifiers, key) && s.modifiers[key];
  };
}

function UIEvent(type) {
  requireNew(this, UIEvent, 'UIEvent');
  requireArgs(arguments, 1, "construct 'UIEvent'");
  initUIEventSlot(this, ['Event', 'UIEvent'], type, uiInit(arguments[1], 'UIEvent', 'UIEventInit'),
      'UIEventInit');
}
inherit(UIEvent, Event);
defineSlotAccessors(UIEvent.prototype, 'UIEvent', ['view', 'detail']);
/** UI Events #dom-uievent-which (legacy): a mouse event's button + 1, a key event's keyCode, else 0. */
defineAccessor(UIEvent.prototype, 'which', function () {
  var s = slotOf(this, 'UIEvent');
  return s.which === undefined ? 0 : s.which();
});
defineMethods(UIEvent.prototype, {
  /** #dom-uievent-inituievent: nothing while dispatching; else initialize, then view and detail. */
  initUIEvent: function (type) {
    var s = slotOf(this, 'UIEvent');
    requireArgs(arguments, 1, "execute 'initUIEvent' on 'UIEvent'");
    type = toDOMString(type);
    var bubbles = toBoolean(arguments[1]);
    var cancelable = toBoolean(arguments[2]);
    var view = toView(arguments[3], "execute 'initUIEvent' on 'UIEvent': parameter 4 is not of type 'Window'");
    var detail = toLong(arguments[4]);
    if (!s.dispatching) {
      initializeEvent(s, type, bubbles, cancelable);
      s.view = view;
      s.detail = detail;
    }
  }
});
setTag(UIEvent.prototype, 'UIEvent');

function FocusEvent(type) {
  requireNew(this, FocusEvent, 'FocusEvent');
  requireArgs(arguments, 1, "construct 'FocusEvent'");
  var init = uiInit(arguments[1], 'FocusEvent', 'FocusEventInit');
  var s = initUIEventSlot(this, ['Event', 'UIEvent', 'FocusEvent'], type, init, 'FocusEventInit');
  s.relatedTarget = toRelatedTarget(init.relatedTarget, 'FocusEvent', 'FocusEventInit');
}
inherit(FocusEvent, UIEvent);
defineSlotAccessors(FocusEvent.prototype, 'FocusEvent', ['relatedTarget']);
setTag(FocusEvent.prototype, 'FocusEvent');

/** MouseEventInit's members (UI Events #dictdef-mouseeventinit, CSSOM View's doubles). */
function initMouseSlot(s, init, ctor, dictionary) {
  var what = "construct '" + ctor + "'";
  initModifiers(s, init);
  s.screenX = init.screenX === undefined ? 0 : toFiniteDouble(init.screenX, what);
  s.screenY = init.screenY === undefined ? 0 : toFiniteDouble(init.screenY, what);
  s.clientX = init.clientX === undefined ? 0 : toFiniteDouble(init.clientX, what);
  s.clientY = init.clientY === undefined ? 0 : toFiniteDouble(init.clientY, what);
  s.movementX = init.movementX === undefined ? 0 : toFiniteDouble(init.movementX, what);
  s.movementY = init.movementY === undefined ? 0 : toFiniteDouble(init.movementY, what);
  s.button = toShort(init.button);
  s.buttons = toUnsignedShort(init.buttons);
  s.relatedTarget = toRelatedTarget(init.relatedTarget, ctor, dictionary);
  s.which = mouseWhich;
}

function mouseWhich() {
  return this.button + 1;
}

function MouseEvent(type) {
  requireNew(this, MouseEvent, 'MouseEvent');
  requireArgs(arguments, 1, "construct 'MouseEvent'");
  var init = uiInit(arguments[1], 'MouseEvent', 'MouseEventInit');
  var s = initUIEventSlot(this, ['Event', 'UIEvent', 'MouseEvent'], type, init, 'MouseEventInit');
  initMouseSlot(s, init, 'MouseEvent', 'MouseEventInit');
}
inherit(MouseEvent, UIEvent);
defineSlotAccessors(MouseEvent.prototype, 'MouseEvent', ['screenX', 'screenY', 'clientX', 'clientY',
  'ctrlKey', 'shiftKey', 'altKey', 'metaKey', 'button', 'buttons', 'relatedTarget', 'movementX', 'movementY']);
// CSSOM View #extensions-to-the-mouseevent-interface: x, y, pageX, pageY, offsetX, offsetY; layerX
// and layerY as Chromium has them.
[['x', 'clientX'], ['y', 'clientY'], ['pageX', 'clientX'], ['pageY', 'clientY'], ['offsetX', 'clientX'],
  ['offsetY', 'clientY'], ['layerX', 'clientX'], ['layerY', 'clientY']].forEach(function (p) {
  defineAccessor(MouseEvent.prototype, p[0], function () {
    return slotOf(this, 'MouseEvent')[p[1]];
  });
});
defineMethods(MouseEvent.prototype, {
  getModifierState: getModifierState('MouseEvent'),
  /**
   * UI Events #dom-mouseevent-initmouseevent (legacy): nothing while dispatching; else initialize,
   * then the attributes its fifteen arguments give.
   */
  initMouseEvent: function (type) {
    var s = slotOf(this, 'MouseEvent');
    requireArgs(arguments, 1, "execute 'initMouseEvent' on 'MouseEvent'");
    var a = arguments;
    var what = "execute 'initMouseEvent' on 'MouseEvent'";
    type = toDOMString(type);
    var init = {view: a[3], detail: a[4], screenX: a[5], screenY: a[6], clientX: a[7], clientY: a[8],
      ctrlKey: a[9], altKey: a[10], shiftKey: a[11], metaKey: a[12], button: a[13], relatedTarget: a[14]};
    var view = toView(init.view, what + ": parameter 4 is not of type 'Window'");
    var fresh = {};
    initMouseSlot(fresh, init, 'MouseEvent', 'MouseEventInit');
    if (!s.dispatching) {
      initializeEvent(s, type, toBoolean(a[1]), toBoolean(a[2]));
      s.view = view;
      s.detail = toLong(init.detail);
      for (var k in fresh) {
        if (Object.prototype.hasOwnProperty.call(fresh, k) && k !== 'movementX' && k !== 'movementY') {
          s[k] = fresh[k];
        }
      }
    }
  }
});
setTag(MouseEvent.prototype, 'MouseEvent');

/**
 * Pointer Events #converting-between-tiltx-tilty-and-altitudeangle-azimuthangle: the angles of a
 * tilt, in radians.
 */
function tiltToAngles(tiltX, tiltY) {
  var rad = Math.PI / 180;
  var azimuth = 0;
  var altitude = Math.PI / 2;
  if (Math.abs(tiltX) === 90 || Math.abs(tiltY) === 90) {
    altitude = 0;
    azimuth = tiltX === 0 ? (tiltY > 0 ? Math.PI / 2 : 3 * Math.PI / 2) : (tiltX < 0 ? Math.PI : 0);
  } else if (tiltX === 0) {
    azimuth = tiltY > 0 ? Math.PI / 2 : tiltY < 0 ? 3 * Math.PI / 2 : 0;
    altitude = Math.PI / 2 - Math.abs(tiltY * rad);
  } else if (tiltY === 0) {
    azimuth = tiltX < 0 ? Math.PI : 0;
    altitude = Math.PI / 2 - Math.abs(tiltX * rad);
  } else {
    var tx = Math.tan(tiltX * rad);
    var ty = Math.tan(tiltY * rad);
    azimuth = Math.atan2(ty, tx);
    if (azimuth < 0) {
      azimuth += 2 * Math.PI;
    }
    altitude = Math.atan(1 / Math.sqrt(tx * tx + ty * ty));
  }
  return [altitude, azimuth];
}

function PointerEvent(type) {
  requireNew(this, PointerEvent, 'PointerEvent');
  requireArgs(arguments, 1, "construct 'PointerEvent'");
  var init = uiInit(arguments[1], 'PointerEvent', 'PointerEventInit');
  var what = "construct 'PointerEvent'";
  var s = initUIEventSlot(this, ['Event', 'UIEvent', 'MouseEvent', 'PointerEvent'], type, init,
      'PointerEventInit');
  initMouseSlot(s, init, 'PointerEvent', 'PointerEventInit');
  s.pointerId = toLong(init.pointerId);
  s.width = init.width === undefined ? 1 : toFiniteDouble(init.width, what);
  s.height = init.height === undefined ? 1 : toFiniteDouble(init.height, what);
  s.pressure = init.pressure === undefined ? 0 : toFiniteDouble(init.pressure, what, true);
  s.tangentialPressure = init.tangentialPressure === undefined ? 0
      : toFiniteDouble(init.tangentialPressure, what, true);
  s.tiltX = toLong(init.tiltX);
  s.tiltY = toLong(init.tiltY);
  s.twist = toLong(init.twist);
  // #dom-pointerevent-altitudeangle: given angles are kept; else they follow from the tilt.
  var angles = tiltToAngles(s.tiltX, s.tiltY);
  s.altitudeAngle = init.altitudeAngle === undefined ? angles[0] : toFiniteDouble(init.altitudeAngle, what);
  s.azimuthAngle = init.azimuthAngle === undefined ? angles[1] : toFiniteDouble(init.azimuthAngle, what);
  s.pointerType = init.pointerType === undefined ? '' : toDOMString(init.pointerType);
  s.isPrimary = toBoolean(init.isPrimary);
  s.coalesced = init.coalescedEvents === undefined ? [] : Array.prototype.slice.call(init.coalescedEvents);
  s.predicted = init.predictedEvents === undefined ? [] : Array.prototype.slice.call(init.predictedEvents);
}
inherit(PointerEvent, MouseEvent);
defineSlotAccessors(PointerEvent.prototype, 'PointerEvent', ['pointerId', 'width', 'height', 'pressure',
  'tangentialPressure', 'tiltX', 'tiltY', 'twist', 'altitudeAngle', 'azimuthAngle', 'pointerType', 'isPrimary']);
defineMethods(PointerEvent.prototype, {
  getCoalescedEvents: function () {
    return slotOf(this, 'PointerEvent').coalesced.slice();
  },
  getPredictedEvents: function () {
    return slotOf(this, 'PointerEvent').predicted.slice();
  }
});
setTag(PointerEvent.prototype, 'PointerEvent');

function KeyboardEvent(type) {
  requireNew(this, KeyboardEvent, 'KeyboardEvent');
  requireArgs(arguments, 1, "construct 'KeyboardEvent'");
  var init = uiInit(arguments[1], 'KeyboardEvent', 'KeyboardEventInit');
  var s = initUIEventSlot(this, ['Event', 'UIEvent', 'KeyboardEvent'], type, init, 'KeyboardEventInit');
  initModifiers(s, init);
  s.key = init.key === undefined ? '' : toDOMString(init.key);
  s.code = init.code === undefined ? '' : toDOMString(init.code);
  s.location = toUint32(init.location);
  s.repeat = toBoolean(init.repeat);
  s.isComposing = toBoolean(init.isComposing);
  // #legacy-dictionary-KeyboardEventInit: charCode and keyCode; which is keyCode, as in Chromium.
  s.charCode = toUint32(init.charCode);
  s.keyCode = toUint32(init.keyCode);
  s.which = keyWhich;
}

function keyWhich() {
  return this.keyCode;
}
inherit(KeyboardEvent, UIEvent);
defineSlotAccessors(KeyboardEvent.prototype, 'KeyboardEvent', ['key', 'code', 'location', 'ctrlKey', 'shiftKey',
  'altKey', 'metaKey', 'repeat', 'isComposing', 'charCode', 'keyCode']);
var KEY_LOCATIONS = {DOM_KEY_LOCATION_STANDARD: 0, DOM_KEY_LOCATION_LEFT: 1, DOM_KEY_LOCATION_RIGHT: 2,
  DOM_KEY_LOCATION_NUMPAD: 3};
defineConstants(KeyboardEvent, KEY_LOCATIONS);
defineMethods(KeyboardEvent.prototype, {
  getModifierState: getModifierState('KeyboardEvent'),
  /**
   * UI Events #dom-keyboardevent-initkeyboardevent (legacy): nothing while dispatching; else
   * initialize, then view, key, location and the four modifier keys. (Chromium 156 leaves key as
   * it was; the standard sets it.)
   */
  initKeyboardEvent: function (type) {
    var s = slotOf(this, 'KeyboardEvent');
    requireArgs(arguments, 1, "execute 'initKeyboardEvent' on 'KeyboardEvent'");
    var a = arguments;
    type = toDOMString(type);
    var view = toView(a[3], "execute 'initKeyboardEvent' on 'KeyboardEvent': parameter 4 is not of type 'Window'");
    var key = a[4] === undefined ? '' : toDOMString(a[4]);
    var location = toUint32(a[5]);
    var mods = {};
    initModifiers(mods, {ctrlKey: a[6], altKey: a[7], shiftKey: a[8], metaKey: a[9]});
    if (!s.dispatching) {
      initializeEvent(s, type, toBoolean(a[1]), toBoolean(a[2]));
      s.view = view;
      s.key = key;
      s.location = location;
      s.ctrlKey = mods.ctrlKey;
      s.altKey = mods.altKey;
      s.shiftKey = mods.shiftKey;
      s.metaKey = mods.metaKey;
      s.modifiers = mods.modifiers;
    }
  }
});
setTag(KeyboardEvent.prototype, 'KeyboardEvent');

/**
 * HTML #dom-click's "fire a synthetic pointer event named click" (not trusted), and the user's
 * click (the mouse's, pointer 1, one click), as headless Chromium 156 makes them: at the window's
 * view, bubbling, cancelable and composed, isPrimary false.
 */
function clickEvent(user) {
  return new PointerEvent('click', {bubbles: true, cancelable: true, composed: true, view: global,
    pointerId: user ? 1 : -1, pointerType: user ? 'mouse' : '', detail: user ? 1 : 0});
}

exposed.UIEvent = UIEvent;
exposed.FocusEvent = FocusEvent;
exposed.MouseEvent = MouseEvent;
exposed.PointerEvent = PointerEvent;
exposed.KeyboardEvent = KeyboardEvent;
