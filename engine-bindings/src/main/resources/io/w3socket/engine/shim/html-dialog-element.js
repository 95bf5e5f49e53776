// html-dialog-element.js: the dialog element's show(), showModal(), close(), requestClose(),
// returnValue and closedBy (HTML #the-dialog-element), its beforetoggle, toggle, cancel and close
// events as headless Chromium 156 fires them, and a form's method=dialog submission
// (#submit-dialog). There is no top layer and no inertness: a modal dialog is one :modal matches
// and closedBy reads "closerequest" for; there is no user to press Escape or click outside.

/** A dialog's own state (#dialog-is-modal and the rest), kept in its element slot. */
function dialogState(dialog) {
  var s = slotOf(dialog, 'Element');
  if (!s.dialog) {
    s.dialog = {modal: false, previouslyFocused: null, requestCloseReturnValue: null};
  }
  return s.dialog;
}

function hasOpenAttribute(dialog) {
  return attributeOf(dialog, 'open') !== null;
}

var DIALOG_SHOW = "Failed to execute '%s' on 'HTMLDialogElement': ";

/** #dom-dialog-show and #dom-dialog-showmodal: their shared steps, modal or not. */
function showDialog(dialog, modal) {
  var what = DIALOG_SHOW.replace('%s', modal ? 'showModal' : 'show');
  var state = dialogState(dialog);
  // Steps 1-2: already open as asked is nothing; open the other way, an InvalidStateError.
  if (hasOpenAttribute(dialog)) {
    if (state.modal === modal) {
      return;
    }
    throw new DOMException(what + (modal
        ? 'The dialog is already open as a non-modal dialog, and therefore cannot be opened as a modal dialog.'
        : 'The dialog is already open as a modal dialog, and therefore cannot be opened as a non-modal dialog.'),
        'InvalidStateError');
  }
  // #dom-dialog-showmodal step 4: a modal dialog must be connected.
  if (modal && !dialog.isConnected) {
    throw new DOMException(what + 'The element is not in a Document.', 'InvalidStateError');
  }
  // A canceled beforetoggle, or a listener that opened it or took it out, ends it.
  if (!dispatch(dialog, toggleEvent('beforetoggle', true, 'closed', 'open'))) {
    return;
  }
  if (hasOpenAttribute(dialog) || (modal && !dialog.isConnected)) {
    return;
  }
  queueToggleTask(dialog, 'closed', 'open');
  hostSetAttribute(elementHandle(dialog), 'open', '');
  state.modal = modal;
  // The previously focused element, then the dialog focusing steps.
  state.previouslyFocused = currentFocus();
  focusElement(dialogFocusTarget(dialog));
}

/**
 * #dialog-focusing-steps: the dialog's focus delegate (#focus-delegate: its first focusable
 * descendant with autofocus, else its first focusable descendant, in tree order), else the dialog
 * itself. (The dialog's own autofocus attribute is passed over, as Chromium 156 does.)
 */
function dialogFocusTarget(dialog) {
  var descendants = Array.prototype.slice.call(dialog.querySelectorAll('*'));
  var focusable = descendants.filter(isFocusable);
  var autofocus = focusable.filter(function (el) {
    return attributeOf(el, 'autofocus') !== null;
  });
  return autofocus.length > 0 ? autofocus[0] : focusable.length > 0 ? focusable[0] : dialog;
}

/**
 * #close-the-dialog with result (null: returnValue kept). byCloseWatcher: requestClose's close
 * action, whose close event Chromium 156 fires before the toggle event (close()'s after it).
 */
function closeDialog(dialog, result, byCloseWatcher) {
  if (!hasOpenAttribute(dialog)) {
    return;
  }
  dispatch(dialog, toggleEvent('beforetoggle', false, 'open', 'closed'));
  if (!hasOpenAttribute(dialog)) {
    return;
  }
  var state = dialogState(dialog);
  if (byCloseWatcher) {
    queueCloseEvent(dialog);
  }
  queueToggleTask(dialog, 'open', 'closed');
  hostRemoveAttribute(elementHandle(dialog), 'open');
  var wasModal = state.modal;
  state.modal = false;
  if (result !== null) {
    state.returnValue = result;
  }
  state.requestCloseReturnValue = null;
  // Step 12: the focus goes back to the previously focused element if it was in the dialog.
  var previous = state.previouslyFocused;
  state.previouslyFocused = null;
  var focus = currentFocus();
  if (previous !== null && (wasModal || (focus !== null && dialog.contains(focus)))) {
    focusElement(previous);
  }
  // Step 13: the close event, in a task.
  if (!byCloseWatcher) {
    queueCloseEvent(dialog);
  }
}

function queueCloseEvent(dialog) {
  queueTask(function () {
    dispatch(dialog, trustedEvent(new Event('close')));
  });
}

defineMethods(HTMLDialogElement.prototype, {
  /** #dom-dialog-show. */
  show: function () {
    showDialog(this, false);
  },
  /** #dom-dialog-showmodal. */
  showModal: function () {
    showDialog(this, true);
  },
  /** #dom-dialog-close: result, if given, becomes the returnValue. */
  close: function (result) {
    closeDialog(this, result === undefined ? null : toDOMString(result), false);
  },
  /**
   * #dom-dialog-requestclose: the close watcher's cancel action (a cancelable cancel event), then,
   * unless canceled, its close action (close the dialog with the request's return value).
   */
  requestClose: function (returnValue) {
    if (!hasOpenAttribute(this)) {
      return;
    }
    var state = dialogState(this);
    state.requestCloseReturnValue = returnValue === undefined ? null : toDOMString(returnValue);
    if (!dispatch(this, trustedEvent(new Event('cancel', {cancelable: true})))) {
      return;
    }
    closeDialog(this, state.requestCloseReturnValue, true);
  }
});

/** #dom-dialog-returnvalue: a string, "" at first. */
defineAccessor(HTMLDialogElement.prototype, 'returnValue', function () {
  var v = dialogState(this).returnValue;
  return v === undefined ? '' : v;
}, function (v) {
  dialogState(this).returnValue = toDOMString(v);
});

/**
 * #dom-dialog-closedby: the closedby attribute's keyword (any, closerequest, none), else its
 * default: closerequest for a modal dialog, none otherwise.
 */
defineAccessor(HTMLDialogElement.prototype, 'closedBy', function () {
  var v = (attributeOf(this, 'closedby') || '').toLowerCase();
  if (v === 'any' || v === 'closerequest' || v === 'none') {
    return v;
  }
  return dialogState(this).modal && hasOpenAttribute(this) ? 'closerequest' : 'none';
}, function (v) {
  hostSetAttribute(elementHandle(this), 'closedby', toDOMString(v));
});

/**
 * #submit-dialog: a form in a dialog closes it, with the submitter's optional value (its value
 * attribute, else null: the returnValue stays) as the result. Nothing for a form outside dialogs.
 */
function submitToDialog(form, submitter) {
  var dialog = form.closest('dialog');
  if (dialog === null) {
    return;
  }
  var result = submitter !== null && submitter !== form ? attributeOf(submitter, 'value') : null;
  closeDialog(dialog, result, false);
}
