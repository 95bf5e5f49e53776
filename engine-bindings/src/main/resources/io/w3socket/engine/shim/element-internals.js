// element-internals.js: ElementInternals (https://html.spec.whatwg.org/multipage/custom-elements.html#the-elementinternals-interface):
// what attachInternals gives a custom element: its shadow root, its states (custom-state-set.js),
// the ARIA properties (stored, as no accessibility tree is made here), and for a form-associated
// custom element its form value, form owner, labels and validity. The forms' own code
// (form-submission.js, form-validation.js, form-controls.js) asks isFaceElement and comes here
// for the submission value and the validity.

function ElementInternals() {
  illegalConstructor(this, ElementInternals);
}

var ATTACH_INTERNALS = "Failed to execute 'attachInternals' on 'HTMLElement': ";

/** HTML #dom-attachinternals, with Chromium 156's messages. */
function attachInternalsTo(el) {
  var s = slotOf(el, 'Element');
  // Steps 2-3: a custom element's definition (none: not a custom element).
  var def = customElementDefinitions > 0 && s.namespace === HTML_NAMESPACE
      ? loadModule('customelements').definitionOf(s.localName) : null;
  if (def === null) {
    throw new DOMException(ATTACH_INTERNALS + 'Unable to attach ElementInternals to non-custom elements.',
        'NotSupportedError');
  }
  if (def.disableInternals) {
    throw new DOMException(ATTACH_INTERNALS + 'ElementInternals is disabled by disabledFeature static field.',
        'NotSupportedError');
  }
  if (s.internals) {
    throw new DOMException(ATTACH_INTERNALS + 'ElementInternals for the specified element was already attached.',
        'NotSupportedError');
  }
  if (s.ceState !== 'precustomized' && s.ceState !== 'custom') {
    throw new DOMException(ATTACH_INTERNALS + 'The attachInternals() function cannot be called prior to the execution '
        + 'of the custom element constructor.', 'NotSupportedError');
  }
  var internals = Object.create(ElementInternals.prototype);
  setSlot(internals, {kinds: ['ElementInternals'], element: el, states: null, value: null, state: null,
    flags: {}, message: '', validity: null, aria: {}});
  s.internals = internals;
  return internals;
}

function internalsSlot(internals) {
  return slotOf(internals, 'ElementInternals');
}

/** The element, if it is a form-associated custom element; else the NotSupportedError. */
function faceOf(internals, what) {
  var el = internalsSlot(internals).element;
  if (!el[SLOT].ceDefinition || !el[SLOT].ceDefinition.formAssociated) {
    throw new DOMException('Failed to ' + what + ": The target element is not a form-associated custom element.",
        'NotSupportedError');
  }
  return el;
}

function isFormData(v) {
  return isObject(v) && !!v[SLOT] && v[SLOT].kinds.indexOf('FormData') >= 0;
}

function isFile(v) {
  return isObject(v) && !!v[SLOT] && v[SLOT].kinds.indexOf('Blob') >= 0;
}

/** A submission value or state ((File or USVString or FormData)?): a FormData's entries copied. */
function formValue(v) {
  if (v === null || v === undefined) {
    return null;
  }
  if (isFormData(v)) {
    var entries = [];
    v.forEach(function (value, name) {
      entries.push([name, value]);
    });
    return {entries: entries};
  }
  return isFile(v) ? v : toUSVString(v);
}

/**
 * #face-entry-construction: the entries a form-associated custom element adds to its form's data:
 * its submission value's entries, or its name and value.
 */
function submissionEntries(el) {
  var value = el[SLOT].internals ? internalsSlot(el[SLOT].internals).value : null;
  if (value === null) {
    return [];
  }
  if (value.entries) {
    return value.entries.slice();
  }
  var name = attributeOf(el, 'name');
  return name ? [[name, value]] : [];
}

/** form-validation.js's constraintProblems for a form-associated custom element: setValidity's. */
function internalsProblems(el, barred) {
  var s = el[SLOT].internals ? internalsSlot(el[SLOT].internals) : null;
  if (barred || s === null) {
    return {flags: {}, message: ''};
  }
  var flags = {};
  VALIDITY_FLAGS.forEach(function (f) {
    flags[f] = s.flags[f] === true;
  });
  return {flags: flags, message: s.message};
}

// ValidityStateFlags' members in lexicographical order (WebIDL dictionary conversion).
var VALIDITY_STATE_FLAGS = VALIDITY_FLAGS.slice().sort();

/**
 * #dom-elementinternals-form: the form owner, as last reset (at the upgrade, after the
 * constructor, and as the tree changes: custom-element-reactions.js).
 */
defineAccessor(ElementInternals.prototype, 'form', function () {
  return faceOf(this, "read the 'form' property from 'ElementInternals'")[SLOT].faceForm || null;
});
defineAccessor(ElementInternals.prototype, 'willValidate', function () {
  return !isBarred(faceOf(this, "read the 'willValidate' property from 'ElementInternals'"));
});
defineAccessor(ElementInternals.prototype, 'validity', function () {
  var el = faceOf(this, "read the 'validity' property from 'ElementInternals'");
  var s = internalsSlot(this);
  if (!s.validity) {
    s.validity = Object.create(ValidityState.prototype);
    setSlot(s.validity, {kinds: ['ValidityState'], element: el});
  }
  return s.validity;
});
defineAccessor(ElementInternals.prototype, 'validationMessage', function () {
  var el = faceOf(this, "read the 'validationMessage' property from 'ElementInternals'");
  return isBarred(el) ? '' : internalsSlot(this).message;
});
/** #dom-elementinternals-labels: the labels whose labeled control the element is, live. */
defineAccessor(ElementInternals.prototype, 'labels', function () {
  var el = faceOf(this, "read the 'labels' property from 'ElementInternals'");
  return liveNodes(function () {
    var root = el.getRootNode();
    return Array.prototype.filter.call(root.querySelectorAll('label'), function (label) {
      return labeledControl(label) === el;
    });
  });
});
defineAccessor(ElementInternals.prototype, 'states', function () {
  var s = internalsSlot(this);
  if (s.states === null) {
    s.states = makeCustomStateSet();
  }
  return s.states;
});
/** #dom-elementinternals-shadowroot: the element's shadow root, closed ones too. */
defineAccessor(ElementInternals.prototype, 'shadowRoot', function () {
  var el = internalsSlot(this).element;
  return shadowsMayExist() ? nodeFor(host.domShadowRoot(el[SLOT].handle)) : null;
});
defineMethods(ElementInternals.prototype, {
  checkValidity: function () {
    return checkControlValidity(faceOf(this, "execute 'checkValidity' on 'ElementInternals'"));
  },
  reportValidity: function () {
    return validationMethods.reportValidity.call(faceOf(this, "execute 'reportValidity' on 'ElementInternals'"));
  },
  /** #dom-elementinternals-setformvalue: the submission value, and the state (for restoring). */
  setFormValue: function (value, state) {
    var what = "execute 'setFormValue' on 'ElementInternals'";
    requireArgs(arguments, 1, what);
    faceOf(this, what);
    var s = internalsSlot(this);
    s.value = formValue(value);
    s.state = arguments.length > 1 ? formValue(state) : s.value;
  },
  /**
   * #dom-elementinternals-setvalidity: the flags (ValidityStateFlags), the message, which must not
   * be empty if a flag is set, and an anchor element.
   */
  setValidity: function (flags, message, anchor) {
    var what = "Failed to execute 'setValidity' on 'ElementInternals': ";
    faceOf(this, "execute 'setValidity' on 'ElementInternals'");
    if (flags !== undefined && flags !== null && !isObject(flags)) {
      throw new TypeError(what + "The provided value is not of type 'ValidityStateFlags'.");
    }
    flags = flags || {};
    var set = {};
    var any = false;
    VALIDITY_STATE_FLAGS.forEach(function (f) {
      set[f] = toBoolean(flags[f]);
      any = any || set[f];
    });
    var text = message === undefined ? '' : toDOMString(message);
    if (any && text === '') {
      throw new TypeError(what + 'The second argument should not be empty if one or more flags in the first argument are true.');
    }
    var s = internalsSlot(this);
    s.flags = set;
    s.message = any ? text : '';
  }
});

// ARIAMixin (WAI-ARIA #ARIAMixin) on ElementInternals: the default semantics a custom element
// gives itself, kept as set (strings, or elements for the *Element(s) ones: aria-mixin.js's
// lists), null until then.
ARIA_STRING_PROPERTIES.forEach(function (name) {
  defineAccessor(ElementInternals.prototype, name, function () {
    var v = internalsSlot(this).aria[name];
    return v === undefined ? null : v;
  }, function (v) {
    internalsSlot(this).aria[name] = v === null || v === undefined ? null : toDOMString(v);
  });
});
ARIA_ELEMENT_PROPERTIES.forEach(function (name) {
  defineAccessor(ElementInternals.prototype, name, function () {
    var v = internalsSlot(this).aria[name];
    return v === undefined ? null : v;
  }, function (v) {
    internalsSlot(this).aria[name] = v === undefined ? null : v;
  });
});
setTag(ElementInternals.prototype, 'ElementInternals');

exposed.ElementInternals = ElementInternals;
