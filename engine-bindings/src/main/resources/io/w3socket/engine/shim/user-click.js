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

/**
 * The click's steps (callback-steps.js), one listener per call of the entry points userClick and
 * clickStep, with the microtask checkpoint after each, as in Chromium; then clickActivates.
 */
var clickSteps = new StepSeries();

/** Whether the last click was not canceled, so that its activation behaviour runs. */
var clickNotCanceled = true;

/** Clicks el: its steps, and the first listener; false if none ran. */
function userClick(el) {
  // The event path's wrappers, made now, register their handler content attributes (dom-node.js),
  // so that hasListeners counts an ancestor's onclick; the enter events go to them, root first.
  var entered = [];
  for (var n = el; n !== null; n = n.parentNode) {
    entered.unshift(n);
  }
  var made = {};
  function notCanceled(type) {
    return made[type] === undefined || !made[type].defaultPrevented;
  }
  function fire(kind, type, button, buttons, detail, target) {
    return function () {
      if (!hasListeners(type)) {
        return null;
      }
      var ui = loadModule('ui');
      var enter = type === 'pointerenter' || type === 'mouseenter';
      var init = {bubbles: !enter, cancelable: !enter, composed: !enter, view: global,
        button: button, buttons: buttons, detail: detail};
      if (kind === 'pointer') {
        init.pointerId = 1;
        init.pointerType = 'mouse';
        init.isPrimary = true;
      }
      var event = new (kind === 'pointer' ? ui.PointerEvent : ui.MouseEvent)(type, init);
      made[type] = event;
      return beginDispatch(target || el, trustedEvent(event));
    };
  }
  function fireEnter(kind, type, button) {
    var steps = [];
    for (var i = 0; i < entered.length; i++) {
      steps.push(fire(kind, type, button, 0, 0, entered[i]));
    }
    return steps;
  }
  function when(test, step) {
    return function () {
      return test() ? step() : null;
    };
  }
  // A canceled pointerdown: no mousedown, no mouseup, no focus change.
  function compatibility() {
    return notCanceled('pointerdown');
  }
  var focusing = false;
  clickNotCanceled = true;
  var steps = [fire('pointer', 'pointerover', -1, 0, 0)]
      .concat(fireEnter('pointer', 'pointerenter', -1))
      .concat([fire('mouse', 'mouseover', 0, 0, 0)])
      .concat(fireEnter('mouse', 'mouseenter', 0))
      .concat([
        fire('pointer', 'pointermove', -1, 0, 0),
        fire('mouse', 'mousemove', 0, 0, 0),
        fire('pointer', 'pointerdown', 0, 1, 0),
        when(compatibility, fire('mouse', 'mousedown', 0, 1, 1)),
        function () {
          focusing = compatibility() && notCanceled('mousedown');
          return null;
        }
      ])
      .concat(focusForClickSteps(el).map(function (step) {
        return when(function () {
          return focusing;
        }, step);
      }))
      .concat([
        fire('pointer', 'pointerup', 0, 0, 0),
        when(compatibility, fire('mouse', 'mouseup', 0, 0, 1)),
        function () {
          // Made also when nothing listens if it has activation behaviour to run (a submit button).
          if (!hasListeners('click') && !hasActivationBehavior(el)) {
            return null;
          }
          var click = loadModule('ui').clickEvent(true);
          made.click = click;
          return beginDispatch(el, trustedEvent(click));
        },
        function () {
          clickNotCanceled = notCanceled('click');
          return null;
        }
      ]);
  clickSteps.add(steps);
  return clickSteps.step();
}

/** Whether a click at el, which bubbles, would have an activation target (event-target.js). */
function hasActivationBehavior(el) {
  for (var n = el; n !== null; n = n.parentNode) {
    if (activationBehaviorOf(n) !== null) {
      return true;
    }
  }
  return false;
}

function clickStep() {
  return clickSteps.step();
}
