package io.w3socket.engine;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * UIEvent, FocusEvent, MouseEvent, PointerEvent and KeyboardEvent (UI Events, Pointer Events) and
 * document.createEvent (DOM #dom-document-createevent), in both engines. Each expected value is
 * what headless Chromium 156 answered, except initKeyboardEvent's key (the standard sets it;
 * Chromium leaves it).
 */
class UiEventsTest {
  @ParameterizedTest
  @EnumSource(JsEngine.class)
  void uiMouseAndFocusEvents(JsEngine engine) {
    JsChecks.assertChecks(
        engine,
"""
var u = new UIEvent('x');
check('UIEvent defaults', u.view === null && u.detail === 0 && u.which === 0 && !u.bubbles
    && u instanceof Event && UIEvent.length === 1);
var ui = new UIEvent('x', {view: window, detail: 7.9, bubbles: true});
check('UIEventInit: view, detail a long, bubbles', ui.view === window && ui.detail === 7 && ui.bubbles);
throwsName('a view that is not a Window', function () { new UIEvent('x', {view: {}}); }, 'TypeError');
throwsName('the type is required', function () { new UIEvent(); }, 'TypeError');
var m = new MouseEvent('click');
check('MouseEvent defaults', m.screenX === 0 && m.clientY === 0 && m.x === 0 && m.pageX === 0
    && m.offsetY === 0 && m.movementX === 0 && !m.ctrlKey && !m.metaKey && m.button === 0
    && m.buttons === 0 && m.relatedTarget === null && m.detail === 0 && m.view === null && m.which === 1
    && m.layerX === 0);
var t = new EventTarget();
var mi = new MouseEvent('click', {screenX: 1, screenY: -2, clientX: 5, clientY: 6, ctrlKey: true,
    modifierAltGraph: true, button: 2, buttons: 3, relatedTarget: t, detail: 2, movementX: 4});
check('MouseEventInit', mi.screenX === 1 && mi.screenY === -2 && mi.clientX === 5 && mi.clientY === 6
    && mi.x === 5 && mi.y === 6 && mi.pageX === 5 && mi.offsetY === 6 && mi.layerX === 5
    && mi.movementX === 4 && mi.ctrlKey && !mi.shiftKey && mi.button === 2 && mi.buttons === 3
    && mi.relatedTarget === t && mi.detail === 2 && mi.which === 3);
check('getModifierState', ['Control', 'Shift', 'AltGraph', 'Alt', 'Meta', 'CapsLock', 'x']
    .map(function (k) { return mi.getModifierState(k); }).join() === 'true,false,true,false,false,false,false');
var c = new MouseEvent('x', {button: 70000, buttons: -1, clientX: 1e10});
check('button a short, buttons an unsigned short, clientX a double', c.button === 4464
    && c.buttons === 65535 && c.clientX === 1e10);
throwsName('a relatedTarget that is no EventTarget', function () { new MouseEvent('x', {relatedTarget: {}}); },
    'TypeError');
throwsName('a coordinate that is not finite', function () { new MouseEvent('x', {clientX: NaN}); }, 'TypeError');
check('the prototype chain', Object.getPrototypeOf(MouseEvent.prototype) === UIEvent.prototype
    && Object.getPrototypeOf(UIEvent.prototype) === Event.prototype
    && Object.getPrototypeOf(PointerEvent.prototype) === MouseEvent.prototype
    && Object.getPrototypeOf(FocusEvent.prototype) === UIEvent.prototype);
var im = new MouseEvent('a');
im.initMouseEvent('b', true, true, window, 3, 1, 2, 3, 4, true, false, true, false, 1, t);
check('initMouseEvent', im.type === 'b' && im.bubbles && im.detail === 3 && im.screenX === 1
    && im.clientY === 4 && im.ctrlKey && im.shiftKey && !im.altKey && im.button === 1
    && im.relatedTarget === t && im.initMouseEvent.length === 1);
var f = new FocusEvent('focus', {relatedTarget: t});
check('FocusEvent', f.relatedTarget === t && f.detail === 0 && f instanceof UIEvent
    && new FocusEvent('blur').relatedTarget === null);
done();
""");
  }

  @ParameterizedTest
  @EnumSource(JsEngine.class)
  void pointerAndKeyboardEventsAndCreateEvent(JsEngine engine) {
    JsChecks.assertChecks(
        engine,
"""
var p = new PointerEvent('pointerdown');
check('PointerEvent defaults', p.pointerId === 0 && p.width === 1 && p.height === 1 && p.pressure === 0
    && p.tangentialPressure === 0 && p.tiltX === 0 && p.tiltY === 0 && p.twist === 0
    && p.altitudeAngle === Math.PI / 2 && p.azimuthAngle === 0 && p.pointerType === '' && !p.isPrimary
    && p.button === 0 && p instanceof MouseEvent);
var pi = new PointerEvent('pointerdown', {pointerId: 3, width: 2.5, height: 0, pressure: 0.5, tiltX: 10,
    pointerType: 'pen', isPrimary: true});
check('PointerEventInit; the angles follow the tilt', pi.pointerId === 3 && pi.width === 2.5 && pi.height === 0
    && pi.pressure === 0.5 && pi.tiltX === 10 && pi.altitudeAngle === 1.3962634015954636
    && pi.azimuthAngle === 0 && pi.pointerType === 'pen' && pi.isPrimary, pi.altitudeAngle);
check('no coalesced or predicted events', pi.getCoalescedEvents().length === 0
    && pi.getPredictedEvents().length === 0);
var k = new KeyboardEvent('keydown');
check('KeyboardEvent defaults', k.key === '' && k.code === '' && k.location === 0 && !k.repeat
    && !k.isComposing && k.charCode === 0 && k.keyCode === 0 && k.which === 0 && k.detail === 0);
check('the key locations', [KeyboardEvent.DOM_KEY_LOCATION_STANDARD, KeyboardEvent.DOM_KEY_LOCATION_LEFT,
    KeyboardEvent.DOM_KEY_LOCATION_RIGHT, KeyboardEvent.DOM_KEY_LOCATION_NUMPAD,
    KeyboardEvent.prototype.DOM_KEY_LOCATION_NUMPAD].join() === '0,1,2,3,3');
var ki = new KeyboardEvent('keydown', {key: 'a', code: 'KeyA', location: 1, repeat: true, shiftKey: true,
    keyCode: 65, charCode: 97, which: 5, modifierCapsLock: true});
check('KeyboardEventInit; which is keyCode', ki.key === 'a' && ki.code === 'KeyA' && ki.location === 1
    && ki.repeat && ki.shiftKey && ki.keyCode === 65 && ki.charCode === 97 && ki.which === 65
    && ki.getModifierState('CapsLock') && ki.getModifierState('Shift') && !ki.getModifierState('Control'));
var ik = new KeyboardEvent('a');
ik.initKeyboardEvent('b', true, false, null, 'k', 2, true, false, false, true);
check('initKeyboardEvent', ik.type === 'b' && ik.key === 'k' && ik.location === 2 && ik.ctrlKey
    && ik.metaKey && !ik.altKey && ik.bubbles && ik.initKeyboardEvent.length === 1);
check('createEvent', ['MouseEvent', 'mouseevents', 'UIEvent', 'UIEvents', 'KeyboardEvent', 'FocusEvent',
    'HTMLEvents', 'CustomEvent'].map(function (n) { return document.createEvent(n).constructor.name; }).join()
    === 'MouseEvent,MouseEvent,UIEvent,UIEvent,KeyboardEvent,FocusEvent,Event,CustomEvent');
throwsName('an interface this host lacks', function () { document.createEvent('TouchEvent'); }, 'NotSupportedError');
var made = document.createEvent('MouseEvents');
throwsName('a created event is not initialized', function () { new EventTarget().dispatchEvent(made); },
    'InvalidStateError');
made.initMouseEvent('click', true, true, window, 1, 0, 0, 7, 8, false, false, false, false, 0, null);
var target = new EventTarget();
var seen = null;
target.addEventListener('click', function (e) { seen = e.clientX + ',' + e.clientY + ',' + e.type; });
target.dispatchEvent(made);
check('then initMouseEvent, and it dispatches', made.type === 'click' && seen === '7,8,click', seen);
done();
""");
  }
}
