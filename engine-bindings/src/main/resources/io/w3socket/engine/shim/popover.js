// popover.js: the popover attribute's members (HTML #the-popover-attribute): HTMLElement's
// popover, showPopover(), hidePopover() and togglePopover(), the popovertarget buttons'
// popoverTargetElement and popoverTargetAction, and what the rest of the shim asks of popovers
// (:popover-open, the removing steps, a button's activation). The steps themselves are in
// popover-steps.js, in the lazy module popups, which the first popover shown or button with a
// popovertarget loads.

/** How many popovers are showing, of any kind (nothing to look at on removals while none). */
var showingPopoverCount = 0;

/** #attr-popover's state: "auto" (also ""), "manual" (also an invalid value), "hint", or null. */
function popoverState(el) {
  var v = attributeOf(el, 'popover');
  if (v === null) {
    return null;
  }
  v = v.toLowerCase();
  return v === '' || v === 'auto' ? 'auto' : v === 'hint' ? 'hint' : 'manual';
}

/** A script's invalid popover value: Chromium 156's console warning (a parsed one gets none here). */
function warnIfInvalidPopover(value) {
  var v = value.toLowerCase();
  if (v !== '' && v !== 'auto' && v !== 'manual' && v !== 'hint') {
    consolePrint(true, ["Found a 'popover' attribute with an invalid value."]);
  }
}

function popoverShowing(el) {
  var s = el[SLOT];
  return s.popoverShowing === true;
}

/**
 * The popover removing steps (popover-steps.js) when root (or root's children unless inclusive)
 * leaves the document; nothing while no popover shows.
 */
function popoversIfRemoving(root, inclusive) {
  if (showingPopoverCount > 0) {
    loadModule('popups').hideRemovedPopovers(root, inclusive);
  }
}

defineMethods(HTMLElement.prototype, {
  /** #dom-showpopover (its options' source: the invoker). */
  showPopover: function (options) {
    var source = isObject(options) && isElementNode(options.source) ? options.source : null;
    loadModule('popups').showPopover(this, 'showPopover', source);
  },
  /** #dom-hidepopover. */
  hidePopover: function () {
    loadModule('popups').hidePopover(this, true, true, 'hidePopover');
  },
  /** #dom-togglepopover: force (a boolean, or options' force), then the state it ends in. */
  togglePopover: function (options) {
    var force = typeof options === 'boolean' ? options
        : isObject(options) && options.force !== undefined ? toBoolean(options.force) : null;
    var source = isObject(options) && isElementNode(options.source) ? options.source : null;
    return loadModule('popups').togglePopover(this, force, source);
  }
});

/** #dom-popover: the attribute's state's keyword (nullable: no attribute, null). */
defineAccessor(HTMLElement.prototype, 'popover', function () {
  return popoverState(this);
}, function (v) {
  var h = elementHandle(this);
  if (v === null) {
    if (attributeOf(this, 'popover') !== null) {
      hostRemoveAttribute(h, 'popover');
    }
  } else {
    hostSetAttribute(h, 'popover', toDOMString(v));
  }
});

/** The popovertarget attribute's element (#attr-associated-element), or null. */
function popoverTargetAttribute(button) {
  var explicit = button[SLOT].popoverTarget;
  if (explicit && attributeOf(button, 'popovertarget') !== null) {
    return explicit.getRootNode() === button.getRootNode() ? explicit : null;
  }
  var id = attributeOf(button, 'popovertarget');
  var root = button.getRootNode();
  return id === null || id === '' || typeof root.getElementById !== 'function' ? null : root.getElementById(id);
}

/**
 * #popover-target-attribute-activation-behavior, after a button's own (form-submission.js): only
 * a button with a popovertarget attribute can have a target element (#get-the-popover-target-element).
 */
function popoverTargetActivation(button) {
  if (attributeOf(button, 'popovertarget') !== null) {
    loadModule('popups').activatePopoverTarget(button);
  }
}

/** #attr-popovertargetaction: toggle, show or hide (missing or invalid: toggle). */
function popoverTargetActionOf(button) {
  var v = (attributeOf(button, 'popovertargetaction') || '').toLowerCase();
  return v === 'show' || v === 'hide' ? v : 'toggle';
}

[HTMLButtonElement, HTMLInputElement].forEach(function (ctor) {
  var what = "Failed to set the 'popoverTargetElement' property on '" + ctor.name + "': ";
  defineAccessor(ctor.prototype, 'popoverTargetElement', function () {
    return popoverTargetAttribute(this);
  }, function (v) {
    // #reflecting-content-attributes-in-idl-attributes (an element): the element, and "" as the value.
    if (v === null || v === undefined) {
      this[SLOT].popoverTarget = null;
      if (attributeOf(this, 'popovertarget') !== null) {
        hostRemoveAttribute(elementHandle(this), 'popovertarget');
      }
      return;
    }
    if (!isElementNode(v)) {
      throw new TypeError(what + "Failed to convert value to 'Element'.");
    }
    this[SLOT].popoverTarget = v;
    hostSetAttribute(elementHandle(this), 'popovertarget', '');
  });
  defineAccessor(ctor.prototype, 'popoverTargetAction', function () {
    return popoverTargetActionOf(this);
  }, function (v) {
    hostSetAttribute(elementHandle(this), 'popovertargetaction', toDOMString(v));
  });
});
