// popover-steps.js (lazy module popups): the popover attribute's steps (HTML
// #the-popover-attribute) behind the members in popover.js: showing and hiding with their
// beforetoggle and toggle events, the auto popovers' stack (showing one hides the others that are
// not its ancestors), the popover focusing steps, the popover removing steps, and what a
// popovertarget button does. There is no top layer and no light dismiss: no user clicks outside
// or presses Escape.

/** The document's showing auto popover list (#showing-auto-popover-list), bottom first. */
var showingAutoPopovers = [];

var POPOVER_WHAT = "Failed to execute '%s' on 'HTMLElement': ";

/**
 * #check-popover-validity: whether the element can be shown (expectedToBeShowing false) or hidden
 * (true) now; with throwExceptions, Chromium 156's NotSupportedError or InvalidStateError.
 */
function checkPopoverValidity(el, expectedToBeShowing, what) {
  if (popoverState(el) === null) {
    if (what !== null) {
      throw new DOMException(POPOVER_WHAT.replace('%s', what) + 'Not supported on elements that are not popovers.',
          'NotSupportedError');
    }
    return false;
  }
  if (popoverShowing(el) !== expectedToBeShowing) {
    return false;
  }
  if (!el.isConnected || (tagOf(el) === 'DIALOG' && el[SLOT].dialog && el[SLOT].dialog.modal
      && attributeOf(el, 'open') !== null)) {
    if (what !== null) {
      throw new DOMException(POPOVER_WHAT.replace('%s', what) + 'Invalid on disconnected popover elements.',
          'InvalidStateError');
    }
    return false;
  }
  return true;
}

/**
 * #nearest-inclusive-open-popover: the nearest inclusive ancestor (in the flat tree: a shadow
 * root's host) that is a showing auto popover, or null.
 */
function nearestOpenPopover(node) {
  for (var n = node; n !== null; n = n.parentNode || (n[SLOT].kinds.indexOf('ShadowRoot') >= 0 ? n.host : null)) {
    if (n.nodeType === 1 && popoverState(n) === 'auto' && popoverShowing(n)) {
      return n;
    }
  }
  return null;
}

/**
 * #topmost-popover-ancestor: of the open auto popovers around the new one's parent and around its
 * invoker, the one highest in the stack, or null.
 */
function topmostPopoverAncestor(el, invoker) {
  var top = null;
  function check(candidate) {
    var ancestor = candidate === null ? null : nearestOpenPopover(candidate);
    if (ancestor !== null && ancestor !== el
        && (top === null || showingAutoPopovers.indexOf(ancestor) > showingAutoPopovers.indexOf(top))) {
      top = ancestor;
    }
  }
  check(el.parentNode);
  check(invoker);
  return top;
}

/**
 * #hide-all-popovers-until: hides the showing auto popovers above endpoint, the topmost first
 * (endpoint null: all of them).
 */
function hideAllPopoversUntil(endpoint, focusPrevious, fireEvents) {
  if (endpoint !== null && showingAutoPopovers.indexOf(endpoint) < 0) {
    return;
  }
  while (showingAutoPopovers.length > 0 && showingAutoPopovers[showingAutoPopovers.length - 1] !== endpoint) {
    hidePopover(showingAutoPopovers[showingAutoPopovers.length - 1], focusPrevious, fireEvents, null);
  }
}

/** #show-popover: what names the method for its exceptions (null: none thrown). */
function showPopover(el, what, invoker) {
  if (!checkPopoverValidity(el, false, what)) {
    return;
  }
  var s = el[SLOT];
  if (s.popoverChanging) {
    return; // #popover-showing-or-hiding: not while its own events run
  }
  s.popoverChanging = true;
  try {
    if (!dispatch(el, toggleEvent('beforetoggle', true, 'closed', 'open'))
        || !checkPopoverValidity(el, false, what)) {
      return;
    }
    var type = popoverState(el);
    if (type === 'auto') {
      hideAllPopoversUntil(topmostPopoverAncestor(el, invoker), false, true);
      if (popoverState(el) !== type || !checkPopoverValidity(el, false, what)) {
        return;
      }
      showingAutoPopovers.push(el);
    }
    s.popoverShowing = true;
    s.popoverType = type;
    showingPopoverCount++;
    s.popoverPreviouslyFocused = currentFocus();
    // #popover-focusing-steps: only an autofocus descendant (or the popover itself) takes focus.
    var control = attributeOf(el, 'autofocus') !== null ? el
        : Array.prototype.slice.call(el.querySelectorAll('[autofocus]')).filter(isFocusable)[0];
    if (control) {
      focusElement(control);
    }
    queueToggleTask(el, 'closed', 'open');
  } finally {
    s.popoverChanging = false;
  }
}

/** #hide-popover-algorithm (what: the method, for exceptions; null: none). */
function hidePopover(el, focusPrevious, fireEvents, what) {
  if (!checkPopoverValidity(el, true, what)) {
    return;
  }
  var s = el[SLOT];
  if (s.popoverType === 'auto') {
    hideAllPopoversUntil(el, focusPrevious, fireEvents);
    if (!checkPopoverValidity(el, true, what)) {
      return;
    }
  }
  if (fireEvents) {
    dispatch(el, toggleEvent('beforetoggle', false, 'open', 'closed'));
    if (!checkPopoverValidity(el, true, what)) {
      return;
    }
    queueToggleTask(el, 'open', 'closed');
  }
  var i = showingAutoPopovers.indexOf(el);
  if (i >= 0) {
    showingAutoPopovers.splice(i, 1);
  }
  s.popoverShowing = false;
  showingPopoverCount--;
  var previous = s.popoverPreviouslyFocused;
  s.popoverPreviouslyFocused = null;
  var focus = currentFocus();
  if (focusPrevious && previous && focus !== null && el.contains(focus)) {
    focusElement(previous);
  }
}

/**
 * The popover removing steps: a showing popover that leaves the document (root, or root's
 * children unless inclusive) is hidden, without events.
 */
function hideRemovedPopovers(root, inclusive) {
  Array.prototype.slice.call(root.querySelectorAll('[popover]')).concat(inclusive && root.nodeType === 1 ? [root] : [])
      .forEach(function (el) {
        if (popoverShowing(el)) {
          hidePopover(el, false, false, null);
        }
      });
}

/** #dom-togglepopover's steps after its conversions: the state it ends in. */
function togglePopover(el, force, source) {
  if (popoverShowing(el) && force !== true) {
    hidePopover(el, true, true, 'togglePopover');
  } else if (!popoverShowing(el) && force !== false) {
    showPopover(el, 'togglePopover', source);
  } else {
    checkPopoverValidity(el, popoverShowing(el), 'togglePopover');
  }
  return popoverShowing(el);
}

/** Elements that can invoke a popover: a button, an input button (#popovertargetelement). */
function canInvokePopover(el) {
  var type = buttonType(el);
  return tagOf(el) === 'BUTTON' || (tagOf(el) === 'INPUT' && ['button', 'submit', 'reset', 'image'].indexOf(type) >= 0);
}

/**
 * #get-the-popover-target-element: the popover a button controls (its explicitly set element, else
 * the element of its popovertarget id in its tree), or null when disabled, a form's submit
 * button, or no popover.
 */
function popoverTargetOf(button) {
  if (!canInvokePopover(button) || isDisabledControl(button)
      || (formOwner(button) !== null && isSubmitButton(button))) {
    return null;
  }
  var target = popoverTargetAttribute(button);
  return target !== null && popoverState(target) !== null ? target : null;
}

/** #popover-target-attribute-activation-behavior (popover.js's popoverTargetActivation). */
function activatePopoverTarget(button) {
  var popover = popoverTargetOf(button);
  if (popover === null) {
    return;
  }
  var action = popoverTargetActionOf(button);
  if (action !== 'show' && popoverShowing(popover)) {
    hidePopover(popover, true, true, null);
  } else if (action !== 'hide' && !popoverShowing(popover)) {
    showPopover(popover, null, button);
  }
}
