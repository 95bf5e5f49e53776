// toggle-event.js: ToggleEvent (HTML #the-toggleevent-interface), the beforetoggle and toggle
// events of dialog elements (html-dialog-element.js): an Event with the old and new state.

function ToggleEvent(type) {
  requireNew(this, ToggleEvent, 'ToggleEvent');
  requireArgs(arguments, 1, "construct 'ToggleEvent'");
  var init = arguments[1] === undefined || arguments[1] === null ? {} : arguments[1];
  var s = initEventSlot(this, ['Event', 'ToggleEvent'], type, init);
  // ToggleEventInit: oldState and newState, DOMStrings defaulting to "".
  s.oldState = init.oldState === undefined ? '' : toDOMString(init.oldState);
  s.newState = init.newState === undefined ? '' : toDOMString(init.newState);
}
inherit(ToggleEvent, Event);
defineSlotAccessors(ToggleEvent.prototype, 'ToggleEvent', ['oldState', 'newState']);
setTag(ToggleEvent.prototype, 'ToggleEvent');

/** A trusted ToggleEvent the user agent fires (HTML #fire-an-event with ToggleEvent). */
function toggleEvent(type, cancelable, oldState, newState) {
  return trustedEvent(new ToggleEvent(type, {cancelable: cancelable, oldState: oldState, newState: newState}));
}

exposed.ToggleEvent = ToggleEvent;
