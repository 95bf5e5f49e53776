// form-control-members.js: the form controls' IDL attributes and methods apart from their state
// (form-controls.js), validation (form-validation.js), numbers (input-numbers.js), text selection
// (text-selection.js) and autocomplete (autofill.js), as HTML #the-input-element and the other
// controls' sections define them: their reflected attributes with the standard's types
// (#reflecting-content-attributes-in-idl-attributes: limited-to-non-negative longs, unsigned longs
// limited to positive numbers, enumerated attributes, formAction's URL), an input's list, width
// and height, the labelable elements' labels, a label's control and form, a legend's and an
// option's form, a fieldset's elements, a datalist's options, a textarea's textLength, and
// showPicker, which throws as in headless Chromium 156 (no script here has the user's activation).

reflectString([HTMLInputElement], 'accept', 'accept');
reflectString([HTMLInputElement, HTMLTextAreaElement], 'dirName', 'dirname');
reflectString([HTMLButtonElement, HTMLInputElement], 'formTarget', 'formtarget');
reflectString([HTMLInputElement], 'max', 'max');
reflectString([HTMLInputElement], 'min', 'min');
reflectString([HTMLInputElement], 'pattern', 'pattern');
reflectString([HTMLInputElement, HTMLTextAreaElement], 'placeholder', 'placeholder');
reflectString([HTMLInputElement], 'step', 'step');
reflectString([HTMLTextAreaElement], 'wrap', 'wrap');
reflectString([HTMLOptGroupElement], 'label', 'label');
// #HTMLInputElement-partial, #HTMLLegendElement-partial (obsolete, still reflected).
reflectString([HTMLInputElement, HTMLLegendElement], 'align', 'align');
reflectString([HTMLInputElement], 'useMap', 'usemap');

/** #dom-fs-formaction: the formaction attribute as a URL, the document's URL when missing or empty. */
function formActionOf(el) {
  var v = attributeOf(el, 'formaction');
  if (v === null || v === '') {
    return location.href;
  }
  var parsed = parseUrl(v, documentBaseUrl());
  return parsed === null ? v : parsed.href;
}

/**
 * #reflect an enumerated attribute limited to only known values: its keyword (ASCII
 * case-insensitively), the invalid value default for another value, the missing value default
 * ("" unless given) without one.
 */
function reflectKeyword(ctors, idl, attribute, keywords, invalid, missing) {
  ctors.forEach(function (ctor) {
    defineAccessor(ctor.prototype, idl, function () {
      var v = attributeOf(this, attribute);
      if (v === null) {
        return missing === undefined ? '' : missing;
      }
      v = asciiLowercase(v);
      return keywords.indexOf(v) >= 0 ? v : invalid;
    }, function (v) {
      hostSetAttribute(elementHandle(this), attribute, toDOMString(v));
    });
  });
}

[HTMLButtonElement, HTMLInputElement].forEach(function (ctor) {
  defineAccessor(ctor.prototype, 'formAction', function () {
    return formActionOf(this);
  }, function (v) {
    hostSetAttribute(elementHandle(this), 'formaction', toUSVString(v));
  });
});
// #attr-fs-formmethod, #attr-fs-formenctype: no missing value default, an invalid value GET and
// urlencoded.
reflectKeyword([HTMLButtonElement, HTMLInputElement], 'formMethod', 'formmethod', ['get', 'post', 'dialog'],
    'get');
reflectKeyword([HTMLButtonElement, HTMLInputElement], 'formEnctype', 'formenctype',
    ['application/x-www-form-urlencoded', 'multipart/form-data', 'text/plain'], 'application/x-www-form-urlencoded');

/** #rules-for-parsing-integers: the attribute's integer, or NaN. */
function integerAttribute(el, name) {
  var v = attributeOf(el, name);
  var m = v === null ? null : /^[\t\n\f\r ]*([-+]?)(\d+)/.exec(v);
  return m === null ? NaN : m[1] === '-' ? -Number(m[2]) : Number(m[2]);
}

/**
 * #reflect a long limited to only non-negative numbers (maxLength, minLength): -1 without a
 * number from 0 to 2^31-1; a negative value set is an IndexSizeError.
 */
function reflectNonNegativeLong(ctors, idl, attribute) {
  ctors.forEach(function (ctor) {
    var what = "set the '" + idl + "' property on '" + ctor.name + "'";
    defineAccessor(ctor.prototype, idl, function () {
      var n = integerAttribute(this, attribute);
      return n >= 0 && n <= 2147483647 ? n + 0 : -1;
    }, function (v) {
      var n = toLong(v);
      if (n < 0) {
        throw new DOMException('Failed to ' + what + ': The value provided (' + n + ') is not positive or 0.',
            'IndexSizeError');
      }
      hostSetAttribute(elementHandle(this), attribute, String(n));
    });
  });
}
reflectNonNegativeLong([HTMLInputElement, HTMLTextAreaElement], 'maxLength', 'maxlength');
reflectNonNegativeLong([HTMLInputElement, HTMLTextAreaElement], 'minLength', 'minlength');

/**
 * #reflect an unsigned long: the attribute's number from 0 (or 1, when limited to only positive
 * numbers) to 2^31-1, else the default; set, a value past 2^31-1 sets the default. With
 * {@code zero} a 0 set is an IndexSizeError (limited to only positive numbers) or the default
 * (with fallback).
 */
function reflectUnsignedLong(ctor, idl, attribute, fallback, positive, zero) {
  var what = "set the '" + idl + "' property on '" + ctor.name + "'";
  defineAccessor(ctor.prototype, idl, function () {
    var n = integerAttribute(this, attribute);
    return n >= (positive ? 1 : 0) && n <= 2147483647 ? n + 0 : fallback;
  }, function (v) {
    var n = toUint32(v);
    if (n === 0 && zero === 'throw') {
      throw new DOMException('Failed to ' + what + ': The value provided is 0, which is an invalid size.',
          'IndexSizeError');
    }
    hostSetAttribute(elementHandle(this), attribute,
        String(n <= 2147483647 && !(n === 0 && zero === 'fallback') ? n : fallback));
  });
}
// #dom-input-size: limited to only positive numbers, 20 by default.
reflectUnsignedLong(HTMLInputElement, 'size', 'size', 20, true, 'throw');
// #dom-select-size: 0 by default.
reflectUnsignedLong(HTMLSelectElement, 'size', 'size', 0, false, null);
// #dom-textarea-cols, #dom-textarea-rows: limited to only positive numbers with fallback, 20 and 2.
reflectUnsignedLong(HTMLTextAreaElement, 'cols', 'cols', 20, true, 'fallback');
reflectUnsignedLong(HTMLTextAreaElement, 'rows', 'rows', 2, true, 'fallback');

/**
 * #dom-input-width, #dom-input-height: an image button's dimensions, which are its attributes' here
 * (no image is loaded or rendered, as in Chromium for one not loaded), 0 for another type; set,
 * an unsigned long reflecting the attribute.
 */
['width', 'height'].forEach(function (name) {
  defineAccessor(HTMLInputElement.prototype, name, function () {
    var n = inputType(this) === 'image' ? integerAttribute(this, name) : NaN;
    return n >= 0 && n <= 2147483647 ? n + 0 : 0;
  }, function (v) {
    var n = toUint32(v);
    hostSetAttribute(elementHandle(this), name, String(n <= 2147483647 ? n : 0));
  });
});

/** #attr-input-list: the types the list attribute applies to. */
var LIST_INPUT_TYPES = ['text', 'search', 'url', 'tel', 'email', 'date', 'month', 'week', 'time',
  'datetime-local', 'number', 'range', 'color'];

function isHtmlElement(el, localName) {
  return el !== null && el[SLOT].namespace === HTML_NAMESPACE && el[SLOT].localName === localName;
}

/**
 * #dom-input-list: the suggestions source element, the first element of the list attribute's ID
 * in the input's tree if it is a datalist, where the attribute applies; else null.
 */
defineAccessor(HTMLInputElement.prototype, 'list', function () {
  var id = attributeOf(this, 'list');
  if (!id || LIST_INPUT_TYPES.indexOf(inputType(this)) < 0) {
    return null;
  }
  var root = treeScope(this);
  var el = root === null ? null : root.getElementById(id);
  return isHtmlElement(el, 'datalist') ? el : null;
});

/**
 * #dom-lfe-labels: the label elements whose labeled control the element is, in tree order, a
 * live NodeList, the same each time; null for a hidden input.
 */
function labelsOf(el) {
  var s = slotOf(el, 'Element');
  if (!s.labels) {
    s.labels = liveNodes(function () {
      var root = treeScope(el);
      return root === null ? [] : Array.prototype.filter.call(root.querySelectorAll('label'), function (label) {
        return labeledControl(label) === el;
      });
    });
  }
  return s.labels;
}
[HTMLButtonElement, HTMLInputElement, HTMLMeterElement, HTMLOutputElement, HTMLProgressElement,
  HTMLSelectElement, HTMLTextAreaElement].forEach(function (ctor) {
  defineAccessor(ctor.prototype, 'labels', function () {
    var labels = labelsOf(this);
    return tagOf(this) === 'INPUT' && inputType(this) === 'hidden' ? null : labels;
  });
});

/** #dom-label-control: the label's labeled control, or null. */
defineAccessor(HTMLLabelElement.prototype, 'control', function () {
  slotOf(this, 'Element');
  return labeledControl(this);
});
/** #dom-label-form: the labeled control's form owner, null without a form-associated control. */
defineAccessor(HTMLLabelElement.prototype, 'form', function () {
  slotOf(this, 'Element');
  var control = labeledControl(this);
  return control !== null && isFormAssociated(control) ? formOwner(control) : null;
});
/** #dom-legend-form: its parent fieldset's form owner, or null. */
defineAccessor(HTMLLegendElement.prototype, 'form', function () {
  slotOf(this, 'Element');
  var parent = this.parentNode;
  return parent !== null && parent.nodeType === 1 && isHtmlElement(parent, 'fieldset') ? formOwner(parent) : null;
});
/** #dom-option-form: its select's form owner (its parent's, or its optgroup parent's), or null. */
defineAccessor(HTMLOptionElement.prototype, 'form', function () {
  slotOf(this, 'Element');
  var select = optionSelect(this);
  return select === null ? null : formOwner(select);
});

/** #dom-fieldset-elements: an HTMLCollection of the listed elements in the fieldset, the same each time. */
defineAccessor(HTMLFieldSetElement.prototype, 'elements', function () {
  var s = slotOf(this, 'Element');
  var fieldset = this;
  if (!s.fieldsetElements) {
    s.fieldsetElements = liveNamedElements(function () {
      return Array.prototype.filter.call(fieldset.querySelectorAll(
          listedSelector('button, fieldset, input, object, output, select, textarea')), isListed);
    });
  }
  return s.fieldsetElements;
});

/** #dom-datalist-options: an HTMLCollection of the option elements in the datalist, the same each time. */
defineAccessor(HTMLDataListElement.prototype, 'options', function () {
  var s = slotOf(this, 'Element');
  var datalist = this;
  if (!s.datalistOptions) {
    s.datalistOptions = liveNamedElements(function () {
      return Array.prototype.slice.call(datalist.querySelectorAll('option'));
    });
  }
  return s.datalistOptions;
});

/** #dom-textarea-textlength: the length of the API value, in code units. */
defineAccessor(HTMLTextAreaElement.prototype, 'textLength', function () {
  slotOf(this, 'Element');
  return textareaValue(this).length;
});

/** #attr-input-readonly: the types the readonly attribute applies to. */
var READONLY_INPUT_TYPES = ['text', 'search', 'url', 'tel', 'email', 'password', 'date', 'month', 'week',
  'time', 'datetime-local', 'number'];

/**
 * #dom-input-showpicker, #dom-select-showpicker: step 1, a control that is not mutable (disabled,
 * or readonly where that applies) is an InvalidStateError; step 3, without transient activation
 * (which no script has here) a NotAllowedError. Chromium 156's messages.
 */
function showPicker(el, iface, who) {
  slotOf(el, 'Element');
  var immutable = isDisabledControl(el) || (iface === 'HTMLInputElement' && attributeOf(el, 'readonly') !== null
      && READONLY_INPUT_TYPES.indexOf(inputType(el)) >= 0);
  var what = "Failed to execute 'showPicker' on '" + iface + "': " + who + 'showPicker() ';
  if (immutable) {
    throw new DOMException(what + 'cannot be used on immutable controls.', 'InvalidStateError');
  }
  throw new DOMException(what + 'requires user activation.', 'NotAllowedError');
}
defineMethods(HTMLInputElement.prototype, {
  showPicker: function () {
    showPicker(this, 'HTMLInputElement', 'HTMLInputElement::');
  }
});
defineMethods(HTMLSelectElement.prototype, {
  showPicker: function () {
    showPicker(this, 'HTMLSelectElement', '');
  }
});
