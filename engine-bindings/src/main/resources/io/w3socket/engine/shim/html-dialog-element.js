// html-dialog-element.js: the dialog element's members (HTML #the-dialog-element): show(),
// showModal(), close(), requestClose(), returnValue and closedBy. Their steps, the events and a
// form's method=dialog submission are in dialog-steps.js, in the lazy module popups, which the
// first call loads.

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

defineMethods(HTMLDialogElement.prototype, {
  /** #dom-dialog-show. */
  show: function () {
    loadModule('popups').showDialog(this, false);
  },
  /** #dom-dialog-showmodal. */
  showModal: function () {
    loadModule('popups').showDialog(this, true);
  },
  /** #dom-dialog-close: result, if given, becomes the returnValue. */
  close: function (result) {
    loadModule('popups').closeDialog(this, result === undefined ? null : toDOMString(result), false);
  },
  /** #dom-dialog-requestclose. */
  requestClose: function (returnValue) {
    loadModule('popups').requestDialogClose(this, returnValue);
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
