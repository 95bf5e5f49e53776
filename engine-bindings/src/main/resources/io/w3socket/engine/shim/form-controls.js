// form-controls.js: the state of form controls apart from their attributes (HTML #forms): an
// input's value with its dirty value flag (#dom-input-value: the value, default, default/on and
// filename modes) and its checkedness with its dirty checkedness flag (radio groups unchecking
// each other), a textarea's raw value, an option's selectedness and a select's selection
// (#selectedness-setting-algorithm), the legacy pre-activation behaviour of checkboxes and radio
// buttons (a click toggles them before its dispatch, a canceled one puts them back, then input and
// change fire), each control's reset algorithm and its value in a form's entry list
// (form-submission.js). The state lives in the element's wrapper; an element a script never
// touched has its attributes' state.
//
// The numeric types' sanitization is input-numbers.js's, the text selection text-selection.js's.
//
// Not done: the selected attribute changed after a script chose a select's options.

var INPUT_DEFAULT_MODE = ['hidden', 'submit', 'image', 'reset', 'button'];
var INPUT_TYPES = ['hidden', 'text', 'search', 'tel', 'url', 'email', 'password', 'date', 'month',
  'week', 'time', 'datetime-local', 'number', 'range', 'color', 'checkbox', 'radio', 'file',
  'submit', 'image', 'reset', 'button'];

/** #attr-input-type: the type attribute's state, "text" when missing or invalid. */
function inputType(el) {
  var t = (attributeOf(el, 'type') || '').toLowerCase();
  return INPUT_TYPES.indexOf(t) >= 0 ? t : 'text';
}

/** #dom-input-value: the mode of the value IDL attribute for the input's type. */
function valueMode(el) {
  var type = inputType(el);
  return INPUT_DEFAULT_MODE.indexOf(type) >= 0 ? 'default'
      : type === 'checkbox' || type === 'radio' ? 'default/on' : type === 'file' ? 'filename' : 'value';
}

/**
 * The valid string formats of the types whose sanitization empties any other value, made when
 * first needed (regular expressions made at a file's top level cost every page's start).
 */
var valueFormatTable = null;

function valueFormats() {
  if (valueFormatTable === null) {
    valueFormatTable = {
      // #valid-floating-point-number
      number: /^-?(\d+|\d*\.\d+)([eE][+-]?\d+)?$/,
      // #valid-date-string, #valid-month-string, #valid-week-string, #valid-time-string,
      // #valid-normalised-local-date-and-time-string (not normalized further here)
      date: /^\d{4,}-\d\d-\d\d$/,
      month: /^\d{4,}-\d\d$/,
      week: /^\d{4,}-W\d\d$/,
      time: /^\d\d:\d\d(:\d\d(\.\d{1,3})?)?$/,
      'datetime-local': /^\d{4,}-\d\d-\d\d[T ]\d\d:\d\d(:\d\d(\.\d{1,3})?)?$/
    };
  }
  return valueFormatTable;
}

/** The types with a number (input-numbers.js's NUMERIC_INPUTS). */
var NUMERIC_TYPES = ['number', 'range', 'date', 'month', 'week', 'time', 'datetime-local'];

/** The value sanitization algorithm of the input's type (#states-of-the-type-attribute). */
function sanitizeValue(el, value) {
  var type = inputType(el);
  if (type === 'text' || type === 'search' || type === 'tel' || type === 'password') {
    return value.replace(/[\r\n]/g, '');
  }
  if (type === 'url' || type === 'email') {
    return value.replace(/[\r\n]/g, '').replace(/^[\t\n\f\r ]+|[\t\n\f\r ]+$/g, '');
  }
  if (NUMERIC_TYPES.indexOf(type) >= 0) {
    // number, range and the dates' and times' (input-numbers.js, the lazy module numbers)
    return loadModule('numbers').sanitizeNumeric(el, type, value);
  }
  if (type === 'color') {
    // #color-state-(type=color): a valid lowercase simple color, else black.
    return /^#[0-9a-fA-F]{6}$/.test(value) ? value.toLowerCase() : '#000000';
  }
  return value;
}

/**
 * A control's state, made from its attributes the first time it is needed: an input's value and
 * checkedness, with their dirty flags; a textarea's raw value.
 */
function controlState(el) {
  var s = slotOf(el, 'Element');
  if (!s.control) {
    s.control = {value: null, dirtyValue: false, checked: attributeOf(el, 'checked') !== null,
      dirtyChecked: false, indeterminate: false};
  }
  return s.control;
}

/** #concept-input-checked-dirty-flag and the value content attribute: a change follows the attribute. */
function controlAttributeChanged(el, name, value) {
  if (name === 'type') {
    // #input-type-change step 6: a value of the element's own sanitized for the new type; steps
    // 7-9, the selection (text-selection.js).
    var own = el[SLOT].control;
    if (own && own.value !== null && tagOf(el) === 'INPUT') {
      own.value = sanitizeValue(el, own.value);
    }
    selectionTypeChanged(el);
    return;
  }
  var s = el[SLOT];
  var c = s && s.control;
  if (!c) {
    return;
  }
  if (name === 'checked' && !c.dirtyChecked) {
    setCheckedness(el, value !== null);
  } else if (name === 'value' && !c.dirtyValue) {
    c.value = null;
  }
}

function isRadio(el) {
  return tagOf(el) === 'INPUT' && inputType(el) === 'radio';
}

/**
 * #radio-button-group: the other radio buttons with the element's name and form owner (or, with
 * none, in the same tree).
 */
function radioGroup(el) {
  var name = attributeOf(el, 'name');
  if (!name) {
    return [];
  }
  var owner = formOwner(el);
  var root = owner === null ? el.getRootNode() : owner.isConnected ? owner.ownerDocument
      : owner.getRootNode();
  var inputs = root.nodeType === 1 || root.nodeType === 9 || root.nodeType === 11
      ? Array.prototype.slice.call(root.querySelectorAll('input')) : [];
  return inputs.filter(function (other) {
    return other !== el && isRadio(other) && attributeOf(other, 'name') === name
        && formOwner(other) === owner;
  });
}

function checkedness(el) {
  return controlState(el).checked;
}

/** Sets the checkedness; a radio button checked unchecks the rest of its group (#radio-button-state). */
function setCheckedness(el, checked) {
  controlState(el).checked = checked;
  if (checked && isRadio(el)) {
    radioGroup(el).forEach(function (other) {
      controlState(other).checked = false;
    });
  }
}

function inputValue(el) {
  var c = controlState(el);
  return c.value !== null ? c.value : sanitizeValue(el, attributeOf(el, 'value') || '');
}

defineAccessor(HTMLInputElement.prototype, 'value', function () {
  switch (valueMode(this)) {
    case 'value': return inputValue(this);
    case 'default': return attributeOf(this, 'value') || '';
    case 'default/on': {
      var v = attributeOf(this, 'value');
      return v === null ? 'on' : v;
    }
    default: return ''; // filename: no file is ever selected here
  }
}, function (v) {
  v = v === null ? '' : toDOMString(v); // [LegacyNullToEmptyString]
  var mode = valueMode(this);
  if (mode === 'value') {
    // #dom-input-value-value: the value sanitized, the dirty value flag set; step 3, the cursor.
    var old = inputValue(this);
    var c = controlState(this);
    c.value = sanitizeValue(this, v);
    c.dirtyValue = true;
    textValueSet(this, old); // text-selection.js
  } else if (mode === 'filename') {
    if (v !== '') {
      throw new DOMException("Failed to set the 'value' property on 'HTMLInputElement': This input "
          + 'element accepts a filename, which may only be programmatically set to the empty string.',
          'InvalidStateError');
    }
  } else {
    hostSetAttribute(elementHandle(this), 'value', v);
  }
});
defineAccessor(HTMLInputElement.prototype, 'defaultValue', function () {
  return attributeOf(this, 'value') || '';
}, function (v) {
  this.setAttribute('value', v === null ? '' : v);
});
defineAccessor(HTMLInputElement.prototype, 'checked', function () {
  return checkedness(this);
}, function (v) {
  // #dom-input-checked: the checkedness, the dirty checkedness flag set.
  controlState(this).dirtyChecked = true;
  setCheckedness(this, toBoolean(v));
});
/** #dom-input-indeterminate: a flag of the element's own, no content attribute (:indeterminate). */
defineAccessor(HTMLInputElement.prototype, 'indeterminate', function () {
  return controlState(this).indeterminate;
}, function (v) {
  controlState(this).indeterminate = toBoolean(v);
});
defineAccessor(HTMLInputElement.prototype, 'defaultChecked', function () {
  return attributeOf(this, 'checked') !== null;
}, function (v) {
  this.toggleAttribute('checked', toBoolean(v));
});

/** HTML #reflect for boolean content attributes: present is true; set true adds it, false removes it. */
function reflectBoolean(ctors, idl, attribute) {
  ctors.forEach(function (ctor) {
    defineAccessor(ctor.prototype, idl, function () {
      return attributeOf(this, attribute) !== null;
    }, function (v) {
      this.toggleAttribute(attribute, toBoolean(v));
    });
  });
}
reflectBoolean([HTMLButtonElement, HTMLFieldSetElement, HTMLInputElement, HTMLOptGroupElement,
  HTMLOptionElement, HTMLSelectElement, HTMLTextAreaElement], 'disabled', 'disabled');
reflectBoolean([HTMLInputElement, HTMLSelectElement, HTMLTextAreaElement], 'required', 'required');
reflectBoolean([HTMLInputElement, HTMLTextAreaElement], 'readOnly', 'readonly');
reflectBoolean([HTMLDetailsElement, HTMLDialogElement], 'open', 'open');
reflectBoolean([HTMLInputElement, HTMLSelectElement], 'multiple', 'multiple');
reflectBoolean([HTMLButtonElement, HTMLInputElement], 'formNoValidate', 'formnovalidate');
// #dom-script-nomodule (a script's, reflected here with the other boolean attributes).
reflectBoolean([HTMLScriptElement], 'noModule', 'nomodule');

/** A textarea's child text content, its line breaks normalized (#concept-textarea-raw-value). */
function textareaDefault(el) {
  return el.textContent.replace(/\r\n?/g, '\n');
}

function textareaValue(el) {
  var c = controlState(el);
  return c.value !== null ? c.value : textareaDefault(el);
}

defineAccessor(HTMLTextAreaElement.prototype, 'value', function () {
  return textareaValue(this);
}, function (v) {
  // #dom-textarea-value: the raw value, the dirty value flag set; step 4, the cursor.
  var old = textareaValue(this);
  var c = controlState(this);
  c.value = (v === null ? '' : toDOMString(v)).replace(/\r\n?/g, '\n');
  c.dirtyValue = true;
  textValueSet(this, old);
});
defineAccessor(HTMLTextAreaElement.prototype, 'defaultValue', function () {
  return this.textContent;
}, function (v) {
  this.textContent = v === null ? '' : v;
});

/** #concept-select-option-list: the option children of the select and of its optgroup children. */
function selectOptions(select) {
  var out = [];
  Array.prototype.forEach.call(select.children, function (child) {
    var tag = tagOf(child);
    if (tag === 'OPTION') {
      out.push(child);
    } else if (tag === 'OPTGROUP') {
      Array.prototype.forEach.call(child.children, function (o) {
        if (tagOf(o) === 'OPTION') {
          out.push(o);
        }
      });
    }
  });
  return out;
}

/** The select an option is in the list of options of, or null. */
function optionSelect(option) {
  var p = option.parentNode;
  if (p !== null && p.nodeType === 1 && tagOf(p) === 'OPTGROUP') {
    p = p.parentNode;
  }
  return p !== null && p.nodeType === 1 && tagOf(p) === 'SELECT' ? p : null;
}

function isMultiple(select) {
  return attributeOf(select, 'multiple') !== null;
}

/**
 * The options selected: the ones a script chose (select's slot), else those of the attributes
 * after #selectedness-setting-algorithm (a single select with none selected selects its first
 * option that is not disabled; with several, the last).
 */
function selectedOptionsOf(select) {
  var options = selectOptions(select);
  var chosen = slotOf(select, 'Element').chosen;
  if (chosen) {
    return options.filter(function (o) {
      return chosen.indexOf(o) >= 0;
    });
  }
  var selected = options.filter(function (o) {
    return attributeOf(o, 'selected') !== null;
  });
  if (isMultiple(select)) {
    return selected;
  }
  if (selected.length > 1) {
    return [selected[selected.length - 1]];
  }
  if (selected.length === 0) {
    var first = options.filter(function (o) {
      return attributeOf(o, 'disabled') === null;
    })[0];
    return first ? [first] : [];
  }
  return selected;
}

/** A script chooses: the options selected from now on are the ones given. */
function chooseOptions(select, options) {
  slotOf(select, 'Element').chosen = options.slice();
}

/** #concept-option-value: the value attribute, else the text. */
function optionValue(option) {
  var v = attributeOf(option, 'value');
  return v !== null ? v : optionText(option);
}

/** #dom-option-text: the descendant text but scripts', whitespace stripped and collapsed. */
function optionText(option) {
  return option.textContent.replace(/[\t\n\f\r ]+/g, ' ').replace(/^ | $/g, '');
}

/** HTML #htmloptionscollection: a select's list of options, live, with its select's methods. */
function HTMLOptionsCollection() {
  throw new TypeError('Illegal constructor');
}
inherit(HTMLOptionsCollection, HTMLCollection);
setTag(HTMLOptionsCollection.prototype, 'HTMLOptionsCollection');

function selectOfOptions(c) {
  return slotOf(c, 'HTMLOptionsCollection').select;
}

/**
 * #dom-htmloptionscollection-length's setter: new empty options appended to the select, or the
 * last options removed from their parents.
 */
function setOptionsLength(select, v) {
  var n = toUint32(v);
  var options = selectOptions(select);
  for (var i = options.length; i < n; i++) {
    insertNode(select, select.ownerDocument.createElement('option'), null, "'appendChild' on 'Node'");
  }
  for (var j = options.length - 1; j >= n; j--) {
    removeNode(options[j].parentNode, options[j], true);
  }
}

/**
 * #dom-htmloptionscollection-add: an option or optgroup inserted before the element or the option
 * at the index given (or appended to the select). The standard inserts it into that element's
 * parent (an optgroup's option too, where Chromium 156 throws a NotFoundError, as it inserts into
 * the select); an element before that is not in the select is a NotFoundError.
 */
function addOption(select, element, before, what) {
  var tag = isElementNode(element) ? tagOf(element) : null;
  if (tag !== 'OPTION' && tag !== 'OPTGROUP') {
    throw new TypeError('Failed to execute ' + what + ": The provided value is not of type '(HTMLOptGroupElement or HTMLOptionElement)'.");
  }
  var reference = null;
  if (isElementNode(before)) {
    reference = before;
  } else if (before !== null && before !== undefined) {
    reference = selectOptions(select)[toLong(before)] || null;
  }
  // Step 1: an ancestor of the select cannot go into it. (insertNode's pre-insertion check would
  // say so too, but only after step 2's NotFoundError, which Chromium gives second as well.)
  for (var a = select; a !== null; a = a.parentNode) {
    if (a === element) {
      throw new DOMException('Failed to execute ' + what + ': The new child element contains the parent.',
          'HierarchyRequestError');
    }
  }
  if (reference !== null && !select.contains(reference)) {
    throw new DOMException('Failed to execute ' + what
        + ': The node before which the new node is to be inserted is not a child of this node.', 'NotFoundError');
  }
  if (element === reference) {
    return;
  }
  insertNode(reference === null ? select : reference.parentNode, element, reference, what);
}

/** #dom-htmloptionscollection-remove: the option at the index, if any, leaves its parent. */
function removeOption(select, index) {
  var options = selectOptions(select);
  var i = toLong(index);
  if (i >= 0 && i < options.length) {
    removeNode(options[i].parentNode, options[i], true);
  }
}

defineAccessor(HTMLOptionsCollection.prototype, 'length', function () {
  return itemsOf(this, 'HTMLCollection').length;
}, function (v) {
  setOptionsLength(selectOfOptions(this), v);
});
defineAccessor(HTMLOptionsCollection.prototype, 'selectedIndex', function () {
  return selectOfOptions(this).selectedIndex;
}, function (v) {
  selectOfOptions(this).selectedIndex = v;
});
defineMethods(HTMLOptionsCollection.prototype, {
  add: function (element, before) {
    requireArgs(arguments, 1, "execute 'add' on 'HTMLOptionsCollection'");
    addOption(selectOfOptions(this), element, before, "'add' on 'HTMLOptionsCollection'");
  },
  remove: function (index) {
    requireArgs(arguments, 1, "execute 'remove' on 'HTMLOptionsCollection'");
    removeOption(selectOfOptions(this), index);
  }
});
exposed.HTMLOptionsCollection = HTMLOptionsCollection;

defineAccessor(HTMLSelectElement.prototype, 'options', function () {
  var s = slotOf(this, 'Element');
  var select = this;
  if (!s.optionsCollection) {
    var c = makeIndexed(HTMLOptionsCollection.prototype, 'HTMLCollection', function () {
      return selectOptions(select);
    }, true, ['HTMLCollection', 'HTMLOptionsCollection']);
    c[SLOT].select = select;
    s.optionsCollection = collectionWithNames(c, false);
  }
  return s.optionsCollection;
});
defineAccessor(HTMLSelectElement.prototype, 'length', function () {
  return selectOptions(this).length;
}, function (v) {
  slotOf(this, 'Element');
  setOptionsLength(this, v);
});
var removeChildNode = Element.prototype.remove;
defineMethods(HTMLSelectElement.prototype, {
  /** #dom-select-add: the options' add. */
  add: function (element, before) {
    requireArgs(arguments, 1, "execute 'add' on 'HTMLSelectElement'");
    addOption(this, element, before, "'add' on 'HTMLSelectElement'");
  },
  /** #dom-select-remove: with no argument the select itself leaves its parent (ChildNode). */
  remove: function (index) {
    slotOf(this, 'Element');
    if (arguments.length === 0) {
      removeChildNode.call(this);
    } else {
      removeOption(this, index);
    }
  },
  /** #dom-select-item, #dom-select-nameditem: the options'. */
  item: function (index) {
    requireArgs(arguments, 1, "execute 'item' on 'HTMLSelectElement'");
    return this.options.item(index);
  },
  namedItem: function (name) {
    requireArgs(arguments, 1, "execute 'namedItem' on 'HTMLSelectElement'");
    return this.options.namedItem(name);
  }
});
defineAccessor(HTMLSelectElement.prototype, 'type', function () {
  return isMultiple(this) ? 'select-multiple' : 'select-one';
});
defineAccessor(HTMLSelectElement.prototype, 'selectedOptions', function () {
  var select = this;
  return liveElements(function () {
    return selectedOptionsOf(select);
  });
});
/** #dom-select-selectedindex: the first selected option's index, or -1; set, only it is selected. */
defineAccessor(HTMLSelectElement.prototype, 'selectedIndex', function () {
  var options = selectOptions(this);
  var selected = selectedOptionsOf(this);
  return selected.length === 0 ? -1 : options.indexOf(selected[0]);
}, function (v) {
  var options = selectOptions(this);
  var i = toLong(v);
  chooseOptions(this, i >= 0 && i < options.length ? [options[i]] : []);
});
/** #dom-select-value: the first selected option's value, or ""; set, the first option of it. */
defineAccessor(HTMLSelectElement.prototype, 'value', function () {
  var selected = selectedOptionsOf(this);
  return selected.length === 0 ? '' : optionValue(selected[0]);
}, function (v) {
  v = v === null ? '' : toDOMString(v);
  var match = selectOptions(this).filter(function (o) {
    return optionValue(o) === v;
  });
  chooseOptions(this, match.slice(0, 1));
});

defineAccessor(HTMLOptionElement.prototype, 'selected', function () {
  var select = optionSelect(this);
  if (select === null) {
    var own = slotOf(this, 'Element').selectedness;
    return own !== undefined ? own : attributeOf(this, 'selected') !== null;
  }
  return selectedOptionsOf(select).indexOf(this) >= 0;
}, function (v) {
  var on = toBoolean(v);
  var select = optionSelect(this);
  if (select === null) {
    slotOf(this, 'Element').selectedness = on;
    return;
  }
  var option = this;
  var selected = selectedOptionsOf(select).filter(function (o) {
    return o !== option;
  });
  // #dom-option-selected: a single select keeps only this one selected.
  chooseOptions(select, on ? (isMultiple(select) ? selected.concat([option]) : [option]) : selected);
});
defineAccessor(HTMLOptionElement.prototype, 'defaultSelected', function () {
  return attributeOf(this, 'selected') !== null;
}, function (v) {
  this.toggleAttribute('selected', toBoolean(v));
});
defineAccessor(HTMLOptionElement.prototype, 'value', function () {
  return optionValue(this);
}, function (v) {
  this.setAttribute('value', v);
});
defineAccessor(HTMLOptionElement.prototype, 'text', function () {
  return optionText(this);
}, function (v) {
  this.textContent = v;
});
defineAccessor(HTMLOptionElement.prototype, 'index', function () {
  var select = optionSelect(this);
  return select === null ? 0 : Math.max(0, selectOptions(select).indexOf(this));
});
defineAccessor(HTMLOptionElement.prototype, 'label', function () {
  var v = attributeOf(this, 'label');
  return v !== null ? v : optionText(this);
}, function (v) {
  this.setAttribute('label', v);
});

/** #concept-form-reset-control: a control back to its attributes' state. */
function resetControl(el) {
  if (isFaceElement(el)) {
    // #concept-form-reset: a form-associated custom element's formResetCallback.
    loadModule('customelements').enqueueCallback(el, 'formResetCallback', []);
    return;
  }
  var tag = tagOf(el);
  if (tag === 'INPUT' || tag === 'TEXTAREA') {
    var old = controlValue(el);
    delete slotOf(el, 'Element').control;
    textValueSet(el, old); // the cursor at the end of a value changed, as Chromium moves it
  } else if (tag === 'SELECT') {
    delete slotOf(el, 'Element').chosen;
  } else if (tag === 'OUTPUT') {
    resetOutput(el); // html-element-attributes.js
  }
}

/** The value an entry list takes for a control (#constructing-the-form-data-set). */
function controlValue(el) {
  var tag = tagOf(el);
  return tag === 'TEXTAREA' ? textareaValue(el) : el.value;
}

var LABELABLE = ['BUTTON', 'INPUT', 'METER', 'OUTPUT', 'PROGRESS', 'SELECT', 'TEXTAREA'];

function isLabelable(el) {
  return (LABELABLE.indexOf(tagOf(el)) >= 0 && !(tagOf(el) === 'INPUT' && inputType(el) === 'hidden'))
      || isFaceElement(el);
}

/**
 * The root an element's ids and labels are looked for in: its document or shadow root; null for
 * an element in neither (Chromium looks in the document, where it is not).
 */
function treeScope(el) {
  var root = el.getRootNode();
  return root.nodeType === 9 || root[SLOT].kinds.indexOf('ShadowRoot') >= 0 ? root : null;
}

/** #labeled-control: the for attribute's element if labelable, else the first labelable descendant. */
function labeledControl(label) {
  var id = attributeOf(label, 'for');
  if (id !== null) {
    var root = treeScope(label);
    var named = root === null ? null : root.getElementById(id);
    return named !== null && isLabelable(named) ? named : null;
  }
  var all = Array.prototype.slice.call(label.querySelectorAll('*'));
  for (var i = 0; i < all.length; i++) {
    if (isLabelable(all[i])) {
      return all[i];
    }
  }
  return null;
}

/**
 * #the-label-element's activation behaviour: a click at the label (not at its control, which has
 * its own) clicks its labeled control, or null for another element.
 */
function labelActivation(el) {
  if (tagOf(el) !== 'LABEL') {
    return null;
  }
  return {
    activate: function (ev) {
      var control = labeledControl(el);
      var target = ev && ev.target;
      if (control !== null && target !== control && !(isElementNode(target) && control.contains(target))) {
        control.click();
      }
    }
  };
}

/**
 * The checkbox's and radio button's legacy-pre-activation behaviour, activation behaviour and
 * legacy-canceled-activation behaviour (#checkbox-state-(type=checkbox), #radio-button-state-(type=radio)),
 * or null for another element.
 */
function checkableActivation(el) {
  if (tagOf(el) !== 'INPUT') {
    return null;
  }
  var type = inputType(el);
  if (type !== 'checkbox' && type !== 'radio') {
    return null;
  }
  var before = null;
  return {
    pre: function () {
      var c = controlState(el);
      before = {checked: checkedness(el), indeterminate: c.indeterminate,
        group: type === 'radio' ? radioGroup(el).filter(checkedness) : []};
      c.dirtyChecked = true;
      if (type === 'checkbox') {
        // #checkbox-state-(type=checkbox): the opposite checkedness, and indeterminate false.
        c.indeterminate = false;
      }
      setCheckedness(el, type === 'checkbox' ? !before.checked : true);
    },
    activate: function () {
      // Fire input, then change, if the element is connected and its checkedness changed.
      if (!el.isConnected || (type === 'radio' && before.checked)) {
        return;
      }
      dispatch(el, trustedEvent(new Event('input', {bubbles: true, composed: true})));
      dispatch(el, trustedEvent(new Event('change', {bubbles: true})));
    },
    cancel: function () {
      // Both back to what they were before the pre-activation behaviour.
      controlState(el).indeterminate = before.indeterminate;
      setCheckedness(el, before.checked);
      before.group.forEach(function (other) {
        setCheckedness(other, true);
      });
    }
  };
}

/**
 * The cloning steps of input and textarea elements (#the-input-element: value, dirty value flag,
 * checkedness, dirty checkedness flag): the copy and its descendants get their originals' state.
 */
function cloneControlState(original, copy, deep) {
  if (original.nodeType !== 1 && original.nodeType !== 11) {
    return;
  }
  var from = original.nodeType === 1 ? [original] : [];
  var to = copy.nodeType === 1 ? [copy] : [];
  if (deep) {
    from = from.concat(Array.prototype.slice.call(original.querySelectorAll('input, textarea')));
    to = to.concat(Array.prototype.slice.call(copy.querySelectorAll('input, textarea')));
  }
  for (var i = 0; i < from.length && i < to.length; i++) {
    var c = from[i][SLOT].control;
    if (c) {
      // (indeterminate too, as Chromium 156 copies it)
      slotOf(to[i], 'Element').control = {value: c.value, dirtyValue: c.dirtyValue,
        checked: c.checked, dirtyChecked: c.dirtyChecked, indeterminate: c.indeterminate};
    }
  }
}
