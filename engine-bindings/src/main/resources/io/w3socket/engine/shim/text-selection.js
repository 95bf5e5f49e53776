// text-selection.js: the text selection of input and textarea elements (HTML #textFieldSelection):
// select(), selectionStart, selectionEnd, selectionDirection, setSelectionRange and setRangeText,
// over a selection (start, end, direction) each text control keeps in its element slot
// (slotOf(el, 'Element').selection, beside form-controls.js's control state), the select event
// queued when a script changes it, and the selectionchange event (the Selection API's "schedule a
// selectionchange event") queued once for its changes until it fires.
//
// As in headless Chromium 156 on Linux: the direction "none" is "forward"; an input's value set to
// another value puts the cursor at its end (a reset too) and so does a textarea's, whose value
// changed by its children clamps the selection (to 0 when they were all replaced); the value
// attribute changed does not move an input's; select() selects an email or number input's text
// too (the others without a text field do nothing), and a change of its selection fires select
// and selectionchange there as well.

/** #do-not-apply: the input types whose selection attributes and methods apply. */
var SELECTION_INPUT_TYPES = ['text', 'search', 'url', 'tel', 'password'];

/** The input types with a text field (Chromium's): select() and the cursor's moves apply too. */
var TEXT_FIELD_INPUT_TYPES = SELECTION_INPUT_TYPES.concat(['email', 'number']);

function isTextarea(el) {
  return tagOf(el) === 'TEXTAREA';
}

/** Whether selectionStart and the rest apply to the element (an input of those types, a textarea). */
function selectionApplies(el) {
  return isTextarea(el) || SELECTION_INPUT_TYPES.indexOf(inputType(el)) >= 0;
}

function hasTextField(el) {
  var tag = tagOf(el);
  return tag === 'TEXTAREA' || (tag === 'INPUT' && TEXT_FIELD_INPUT_TYPES.indexOf(inputType(el)) >= 0);
}

/** #textFieldSelection: an input's value, a textarea's API value. */
function relevantValue(el) {
  return isTextarea(el) ? textareaValue(el) : el.value;
}

/**
 * The element's selection, made at its first use (the cursor at the start). A textarea whose value
 * its children changed since has it clamped to the new value (to 0 if they were replaced), with
 * no direction; an input whose type now takes a selection and did not has the cursor at the
 * start (#input-type-change steps 7-9).
 */
function textSelection(el) {
  var s = slotOf(el, 'Element');
  var sel = s.selection;
  var textarea = isTextarea(el);
  var type = textarea ? null : inputType(el);
  if (!sel) {
    sel = s.selection = {start: 0, end: 0, direction: 'forward', seen: relevantValue(el), type: type,
      emptied: false, changePending: false};
    return sel;
  }
  if (textarea) {
    var value = textareaValue(el);
    if (value !== sel.seen) {
      var n = sel.emptied ? 0 : value.length;
      sel.start = Math.min(sel.start, n);
      sel.end = Math.min(sel.end, n);
      sel.direction = 'forward';
      sel.seen = value;
    }
    sel.emptied = false;
  } else if (type !== sel.type) {
    if (SELECTION_INPUT_TYPES.indexOf(sel.type) < 0 && SELECTION_INPUT_TYPES.indexOf(type) >= 0) {
      sel.start = sel.end = 0;
      sel.direction = 'forward';
    }
    sel.type = type;
  }
  return sel;
}

/** An input's type attribute changed (form-controls.js): its selection sees the type now. */
function selectionTypeChanged(el) {
  if (el[SLOT].selection) {
    textSelection(el);
  }
}

/** A textarea's children are being all replaced (mutation-observer.js's replacingAll). */
function selectionChildrenReplaced(node) {
  var sel = node[SLOT].selection;
  if (sel) {
    sel.emptied = true;
  }
}

/**
 * The selection changed: a selectionchange event queued at the element unless one is (Selection
 * API, schedule a selectionchange event), then, for a change a script asked for, a select event
 * (#set-the-selection-range step 6); both bubble.
 */
function selectionChanged(el, sel, select) {
  if (!sel.changePending) {
    sel.changePending = true;
    queueTask(function () {
      sel.changePending = false;
      dispatch(el, trustedEvent(new Event('selectionchange', {bubbles: true})));
    });
  }
  if (select) {
    queueTask(function () {
      dispatch(el, trustedEvent(new Event('select', {bubbles: true})));
    });
  }
}

/**
 * #set-the-selection-range: start and end clamped to the value's length (an end not after the
 * start puts both at the end); a direction other than "backward" is "forward" (Chromium's "none").
 */
function setTextSelection(el, start, end, direction) {
  var sel = textSelection(el);
  var length = relevantValue(el).length;
  end = Math.min(end, length);
  start = Math.min(start, end);
  direction = direction === 'backward' ? 'backward' : 'forward';
  if (start !== sel.start || end !== sel.end || direction !== sel.direction) {
    sel.start = start;
    sel.end = end;
    sel.direction = direction;
    selectionChanged(el, sel, true);
  }
}

/**
 * #dom-input-value-value step 3 and #dom-textarea-value step 4 (form-controls.js calls it after a
 * value set, or a reset, with the value before): a value that changed puts the cursor at its end,
 * with no direction.
 */
function textValueSet(el, old) {
  if (!hasTextField(el)) {
    return;
  }
  var value = relevantValue(el);
  if (value === old) {
    return;
  }
  var sel = textSelection(el);
  var changed = sel.start !== value.length || sel.end !== value.length || sel.direction !== 'forward';
  sel.start = sel.end = value.length;
  sel.direction = 'forward';
  sel.seen = value;
  if (changed) {
    selectionChanged(el, sel, false);
  }
}

function interfaceName(el) {
  return isTextarea(el) ? 'HTMLTextAreaElement' : 'HTMLInputElement';
}

/** #textFieldSelection: an InvalidStateError where the member does not apply. */
function requireSelection(el, what) {
  slotOf(el, 'Element');
  if (!selectionApplies(el)) {
    throw new DOMException('Failed to ' + what + ": The input element's type ('" + inputType(el)
        + "') does not support selection.", 'InvalidStateError');
  }
  return textSelection(el);
}

/** #dom-textarea/input-setrangetext: the replacement put in for start to end, the selection moved. */
function setRangeText(el, args) {
  var what = "execute 'setRangeText' on '" + interfaceName(el) + "'";
  requireArgs(args, 1, what);
  if (args.length === 2) {
    throw new TypeError('Failed to ' + what + ': Overload resolution failed.');
  }
  var replacement = toDOMString(args[0]);
  var start = args.length > 2 ? toUint32(args[1]) : 0;
  var end = args.length > 2 ? toUint32(args[2]) : 0;
  var mode = args[3] === undefined ? 'preserve'
      : toEnum(args[3], ['select', 'start', 'end', 'preserve'], 'SelectionMode', what);
  var sel = requireSelection(el, what);
  // Step 2: the dirty value flag set (the value as it is now becomes the control's own).
  var value = relevantValue(el);
  var c = controlState(el);
  c.value = value;
  c.dirtyValue = true;
  if (args.length <= 2) {
    start = sel.start; // step 3
    end = sel.end;
  } else if (start > end) {
    throw new DOMException('Failed to ' + what + ': The provided start value (' + start
        + ') is larger than the provided end value (' + end + ').', 'IndexSizeError');
  }
  start = Math.min(start, value.length); // steps 6-7
  end = Math.min(end, value.length);
  var selStart = sel.start;
  var selEnd = sel.end;
  // Steps 10-11: the text replaced.
  var text = value.substring(0, start) + replacement + value.substring(end);
  c.value = isTextarea(el) ? text.replace(/\r\n?/g, '\n') : sanitizeValue(el, text);
  sel.seen = relevantValue(el);
  // Steps 12-14: the selection by the mode.
  var newEnd = start + replacement.length;
  if (mode === 'select') {
    selStart = start;
    selEnd = newEnd;
  } else if (mode === 'start') {
    selStart = selEnd = start;
  } else if (mode === 'end') {
    selStart = selEnd = newEnd;
  } else {
    var delta = replacement.length - (end - start);
    selStart = selStart > end ? selStart + delta : selStart > start ? start : selStart;
    selEnd = selEnd > end ? selEnd + delta : selEnd > start ? newEnd : selEnd;
  }
  setTextSelection(el, selStart, selEnd, 'none'); // step 15
}

var selectionMembers = {
  /** #dom-textarea/input-select: all the text selected; an input without a text field does nothing. */
  select: function () {
    slotOf(this, 'Element');
    if (hasTextField(this)) {
      setTextSelection(this, 0, Infinity, 'none');
    }
  },
  /** #dom-textarea/input-setselectionrange */
  setSelectionRange: function (start, end, direction) {
    var what = "execute 'setSelectionRange' on '" + interfaceName(this) + "'";
    requireArgs(arguments, 2, what);
    start = toUint32(start);
    end = toUint32(end);
    direction = direction === undefined ? 'none' : toDOMString(direction);
    requireSelection(this, what);
    setTextSelection(this, start, end, direction);
  },
  setRangeText: function () {
    slotOf(this, 'Element');
    setRangeText(this, arguments);
  }
};

/** The setter of a selection attribute: what it sets, given the selection and the new value. */
function selectionSetter(name, set) {
  return function (v) {
    var what = "set the '" + name + "' property on '" + interfaceName(this) + "'";
    var n = name === 'selectionDirection' ? nullableString(v) : v === null ? 0 : toUint32(v);
    set(this, requireSelection(this, what), n);
  };
}

[HTMLInputElement, HTMLTextAreaElement].forEach(function (ctor) {
  defineMethods(ctor.prototype, selectionMembers);
  // #dom-textarea/input-selectionstart: set, the end moves up to it if before it.
  defineAccessor(ctor.prototype, 'selectionStart', function () {
    slotOf(this, 'Element');
    return selectionApplies(this) ? textSelection(this).start : null;
  }, selectionSetter('selectionStart', function (el, sel, n) {
    setTextSelection(el, n, Math.max(sel.end, n), sel.direction);
  }));
  // #dom-textarea/input-selectionend
  defineAccessor(ctor.prototype, 'selectionEnd', function () {
    slotOf(this, 'Element');
    return selectionApplies(this) ? textSelection(this).end : null;
  }, selectionSetter('selectionEnd', function (el, sel, n) {
    setTextSelection(el, sel.start, n, sel.direction);
  }));
  // #dom-textarea/input-selectiondirection
  defineAccessor(ctor.prototype, 'selectionDirection', function () {
    slotOf(this, 'Element');
    return selectionApplies(this) ? textSelection(this).direction : null;
  }, selectionSetter('selectionDirection', function (el, sel, d) {
    setTextSelection(el, sel.start, sel.end, d);
  }));
});
