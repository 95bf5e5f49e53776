// toggle-event.js (lazy module popups): ToggleEvent (HTML #the-toggleevent-interface), the
// beforetoggle and toggle events of dialogs (dialog-steps.js) and popovers (popover-steps.js): an
// Event with the old and new state; and the toggle event task both queue.

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

/**
 * #queue-a-dialog-toggle-event-task, #queue-a-popover-toggle-event-task: one toggle event for the
 * element's changes within a task, from the first old state to the last new state (a pending one
 * is replaced by a new task, queued now).
 */
function queueToggleTask(el, oldState, newState) {
  var s = slotOf(el, 'Element');
  if (s.toggleTask) {
    oldState = s.toggleTask.oldState;
    s.toggleTask.canceled = true;
  }
  var task = {oldState: oldState, canceled: false};
  s.toggleTask = task;
  queueTask(function () {
    if (task.canceled) {
      return;
    }
    s.toggleTask = null;
    dispatch(el, toggleEvent('toggle', false, oldState, newState));
  });
}

exposed.ToggleEvent = ToggleEvent;
