// progress-event.js: ProgressEvent (https://xhr.spec.whatwg.org/#interface-progressevent).

function ProgressEvent(type) {
  requireNew(this, ProgressEvent, 'ProgressEvent');
  requireArgs(arguments, 1, "construct 'ProgressEvent'");
  var init = arguments[1] === undefined || arguments[1] === null ? {} : arguments[1];
  var s = initEventSlot(this, ['Event', 'ProgressEvent'], type, init);
  s.lengthComputable = toBoolean(init.lengthComputable);
  // unsigned long long, as a JS number (WebIDL #es-unsigned-long-long, without [EnforceRange]).
  s.loaded = init.loaded === undefined ? 0 : Math.max(0, Math.floor(Number(init.loaded)) || 0);
  s.total = init.total === undefined ? 0 : Math.max(0, Math.floor(Number(init.total)) || 0);
}
inherit(ProgressEvent, Event);
defineSlotAccessors(ProgressEvent.prototype, 'ProgressEvent', ['lengthComputable', 'loaded', 'total']);
setTag(ProgressEvent.prototype, 'ProgressEvent');

exposed.ProgressEvent = ProgressEvent;
