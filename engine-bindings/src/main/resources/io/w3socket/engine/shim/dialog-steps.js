// dialog-steps.js (lazy module popups): the dialog element's steps (HTML #the-dialog-element)
// behind its members in html-dialog-element.js: showing, closing and requestClose() with their
// beforetoggle, toggle, cancel and close events as headless Chromium 156 fires them, the dialog
// focusing steps, and a form's method=dialog submission (#submit-dialog). There is no top layer
// and no inertness: a modal dialog is one :modal matches and closedBy reads "closerequest" for;
// there is no user to press Escape or click outside.

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

/**
 * #dom-dialog-requestclose: the close watcher's cancel action (a cancelable cancel event), then,
 * unless canceled, its close action (close the dialog with the request's return value).
 */
function requestDialogClose(dialog, returnValue) {
  if (!hasOpenAttribute(dialog)) {
    return;
  }
  var state = dialogState(dialog);
  state.requestCloseReturnValue = returnValue === undefined ? null : toDOMString(returnValue);
  if (!dispatch(dialog, trustedEvent(new Event('cancel', {cancelable: true})))) {
    return;
  }
  closeDialog(dialog, state.requestCloseReturnValue, true);
}

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
