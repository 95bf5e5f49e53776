// focus.js: focus (HTML #focus): document.activeElement, element.focus() and blur(), tabIndex, and the
// focus events (FocusEvent, ui-events.js) as headless Chromium 156 fires them: blur and focusout at
// the element losing focus, then focus and focusin at the one gaining it, trusted and composed.
// There is no layout: every connected element counts as being rendered.

/** The document's focused element, or null when the viewport has the focus (activeElement: body). */
var focusedElement = null;

/** HTML #dom-tabindex's default: 0 for these elements, else -1. */
var TABBABLE_BY_DEFAULT = ['A', 'AREA', 'BUTTON', 'FRAME', 'IFRAME', 'INPUT', 'OBJECT', 'SELECT', 'TEXTAREA',
  'SUMMARY'];

/** An element's tabindex content attribute, parsed (#rules-for-parsing-integers), else null. */
function tabIndexAttribute(el) {
  var n = integerAttribute(el, 'tabindex');
  return isNaN(n) ? null : toLong(n);
}

/**
 * HTML #focusable-area, for the elements this host has: one with a tabindex attribute, a link with
 * an href, a form control that is not disabled (an input unless hidden), an iframe, an editing
 * host; and connected.
 */
function isFocusable(el) {
  if (!el.isConnected) {
    return false;
  }
  var editable = el.getAttribute('contenteditable');
  // An editing host (HTML #attr-contenteditable): "", "true" or "plaintext-only"; "false" and an
  // invalid value are not (an invalid one inherits, and a host's descendants are not hosts).
  if (tabIndexAttribute(el) !== null
      || (editable !== null && ['', 'true', 'plaintext-only'].indexOf(editable.toLowerCase()) >= 0)) {
    return true;
  }
  var name = el.nodeName;
  if (name === 'A' || name === 'AREA') {
    return el.hasAttribute('href');
  }
  if (name === 'INPUT') {
    return !el.hasAttribute('disabled') && (el.getAttribute('type') || '').toLowerCase() !== 'hidden';
  }
  if (name === 'BUTTON' || name === 'SELECT' || name === 'TEXTAREA') {
    return !el.hasAttribute('disabled');
  }
  return name === 'IFRAME';
}

/**
 * The focused element, after HTML's focus fixup: one no longer connected leaves the focus to the
 * viewport (Chromium also fires blur and focusout at it when it is removed; here no event).
 */
function currentFocus() {
  if (focusedElement !== null && !focusedElement.isConnected) {
    focusedElement = null;
  }
  return focusedElement;
}

/**
 * Before a script removes root (inclusive: root itself too) or root's children: a focused element
 * among them loses the focus to the viewport, with blur and focusout at it while it is still
 * connected, as Chromium 156 fires them (HTML's focus fixup fires none); an insertion that takes
 * it from its parent too (dom-node.js insertNode), a move not (moveBefore). One disconnected some
 * other way is fixed up later, without events ({@link currentFocus}).
 */
function blurIfRemoving(root, inclusive, parent) {
  var f = focusedElement;
  // parent: root is only removed if it is parent's child (removeChild throws otherwise).
  if (f !== null && (inclusive || f !== root) && (parent === undefined || root.parentNode === parent)
      && root.contains(f)) {
    focusedElement = null;
    fireFocusEvent(f, 'blur', null);
    fireFocusEvent(f, 'focusout', null);
  }
}

/** A focus event, unless nothing in the realm listens for its type (nothing could see it). */
function fireFocusEvent(target, type, related) {
  runStepsNow([function () {
    return beginFocusEvent(target, type, related);
  }]);
}

/** Begins a focus event's dispatch (callback-steps.js), or answers null if nothing listens. */
function beginFocusEvent(target, type, related) {
  if (!hasListeners(type)) {
    return null;
  }
  var FocusEvent = loadModule('ui').FocusEvent;
  return beginDispatch(target, trustedEvent(new FocusEvent(type, {bubbles: type === 'focusin'
    || type === 'focusout', composed: true, view: global, relatedTarget: related})));
}

/** HTML #focusing-steps for an element (null: the viewport) and #focus-update-steps' events. */
function focusElement(el) {
  runStepsNow(focusSteps(function () {
    return el;
  }));
}

/**
 * The same as steps (callback-steps.js), for the user's click to run one listener per call: blur
 * and focusout at the element that had the focus, then focus and focusin at the new one. target
 * gives the element when the first step runs.
 */
function focusSteps(target) {
  var el = null, old = null, moved = false;
  // An event at the old element (related: the new one), or at the new one (related: the old).
  function fire(type, atNew) {
    var at = atNew ? el : old;
    return moved && at !== null ? beginFocusEvent(at, type, atNew ? old : el) : null;
  }
  return [
    function () {
      el = target();
      old = currentFocus();
      moved = old !== el;
      if (moved) {
        focusedElement = null;
      }
      return fire('blur', false);
    },
    function () {
      return fire('focusout', false);
    },
    function () {
      if (moved && el !== null) {
        focusedElement = el;
      }
      return fire('focus', true);
    },
    function () {
      return fire('focusin', true);
    }
  ];
}

// HTMLOrSVGElement's focus(), blur() and tabIndex: HTMLElement's, SVGElement's, MathMLElement's.
HTML_OR_SVG_ELEMENT_PROTOTYPES.forEach(function (proto) {
  defineMethods(proto, {
    /** HTML #dom-focus: the focusing steps, for a focusable element. */
    focus: function () {
      slotOf(this, 'Element');
      if (isFocusable(this)) {
        focusElement(this);
      }
    },
    /** HTML #dom-blur: the unfocusing steps: the focused element leaves the focus to the viewport. */
    blur: function () {
      slotOf(this, 'Element');
      if (currentFocus() === this) {
        focusElement(null);
      }
    }
  });

  /** HTML #dom-tabindex: the attribute's value, else the element's default (-1 but for HTML's). */
  defineAccessor(proto, 'tabIndex', function () {
    var v = tabIndexAttribute(this);
    return v !== null ? v : TABBABLE_BY_DEFAULT.indexOf(slotOf(this, 'Element').nodeName) >= 0 ? 0 : -1;
  }, function (v) {
    hostSetAttribute(elementHandle(this), 'tabindex', String(toLong(v)));
  });
});

/** HTML #dom-documentorshadowroot-activeelement: the focused element, else the body. */
defineAccessor(Document.prototype, 'activeElement', function () {
  slotOf(this, 'Document');
  var f = currentFocus();
  return f !== null ? f : this.body;
});

/**
 * The user's click moves the focus (the mousedown's default action, as in Chromium): to the
 * nearest focusable inclusive ancestor of the element clicked, else to the viewport; as steps.
 */
function focusForClickSteps(el) {
  return focusSteps(function () {
    var n = el;
    while (n !== null && !(n.nodeType === 1 && isFocusable(n))) {
      n = n.parentElement;
    }
    return n;
  });
}
