// user-click.js: the user's click at an element (the page runner's --click; entry-points.js
// userClick): the events headless Chromium 156 fires for a mouse click, all trusted, from the
// mouse's pointer 1 — pointerover, pointerenter at the document and each element from the root
// down to the target, mouseover, mouseenter likewise, pointermove, mousemove, pointerdown,
// mousedown, the focus moving (their default action; focus.js), pointerup, mouseup, click. The
// enter events neither bubble nor can be canceled nor are composed; the others do all three. A
// canceled pointerdown suppresses mousedown and mouseup (Pointer Events
// #compatibility-mapping-with-mouse-events) and the focus change, a canceled mousedown the focus
// change. An event nothing in the realm listens for is not made (nothing could see it), so a page
// without such listeners does not load ui-events.js for it.

/** Clicks el; true unless the click was canceled (then its activation behaviour is skipped). */
function userClick(el) {
  // The event path's wrappers, made now, register their handler content attributes (dom-node.js),
  // so that hasListeners counts an ancestor's onclick; the enter events go to them, root first.
  var entered = [];
  for (var n = el; n !== null; n = n.parentNode) {
    entered.unshift(n);
  }
  function fire(kind, type, button, buttons, detail, target) {
    if (!hasListeners(type)) {
      return true;
    }
    var ui = loadModule('ui');
    var enter = type === 'pointerenter' || type === 'mouseenter';
    var init = {bubbles: !enter, cancelable: !enter, composed: !enter, view: global, button: button,
      buttons: buttons, detail: detail};
    if (kind === 'pointer') {
      init.pointerId = 1;
      init.pointerType = 'mouse';
      init.isPrimary = true;
    }
    return dispatch(target || el,
        trustedEvent(new (kind === 'pointer' ? ui.PointerEvent : ui.MouseEvent)(type, init)));
  }
  function fireEnter(kind, type, button) {
    for (var i = 0; i < entered.length; i++) {
      fire(kind, type, button, 0, 0, entered[i]);
    }
  }
  fire('pointer', 'pointerover', -1, 0, 0);
  fireEnter('pointer', 'pointerenter', -1);
  fire('mouse', 'mouseover', 0, 0, 0);
  fireEnter('mouse', 'mouseenter', 0);
  fire('pointer', 'pointermove', -1, 0, 0);
  fire('mouse', 'mousemove', 0, 0, 0);
  var compatibility = fire('pointer', 'pointerdown', 0, 1, 0);
  if (compatibility && fire('mouse', 'mousedown', 0, 1, 1)) {
    focusForClick(el);
  }
  fire('pointer', 'pointerup', 0, 0, 0);
  if (compatibility) {
    fire('mouse', 'mouseup', 0, 0, 1);
  }
  return !hasListeners('click') || dispatch(el, trustedEvent(loadModule('ui').clickEvent(true)));
}
