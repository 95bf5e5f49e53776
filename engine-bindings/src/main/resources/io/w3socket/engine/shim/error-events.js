// error-events.js: ErrorEvent (https://html.spec.whatwg.org/#the-errorevent-interface) and
// PromiseRejectionEvent (#the-promiserejectionevent-interface).

function ErrorEvent(type) {
  requireNew(this, ErrorEvent, 'ErrorEvent');
  requireArgs(arguments, 1, "construct 'ErrorEvent'");
  var init = arguments[1] === undefined || arguments[1] === null ? {} : arguments[1];
  var s = initEventSlot(this, ['Event', 'ErrorEvent'], type, init);
  s.message = init.message === undefined ? '' : toDOMString(init.message);
  s.filename = init.filename === undefined ? '' : toUSVString(init.filename);
  s.lineno = init.lineno === undefined ? 0 : (Number(init.lineno) >>> 0);
  s.colno = init.colno === undefined ? 0 : (Number(init.colno) >>> 0);
  s.error = init.error;
}
inherit(ErrorEvent, Event);
defineSlotAccessors(ErrorEvent.prototype, 'ErrorEvent', ['message', 'filename', 'lineno', 'colno', 'error']);
setTag(ErrorEvent.prototype, 'ErrorEvent');

function PromiseRejectionEvent(type, init) {
  requireNew(this, PromiseRejectionEvent, 'PromiseRejectionEvent');
  requireArgs(arguments, 2, "construct 'PromiseRejectionEvent'");
  if (!isObject(init) || !isObject(init.promise)) {
    throw new TypeError("Failed to construct 'PromiseRejectionEvent': required member promise is undefined.");
  }
  var s = initEventSlot(this, ['Event', 'PromiseRejectionEvent'], type, init);
  s.promise = init.promise;
  s.reason = init.reason;
}
inherit(PromiseRejectionEvent, Event);
defineSlotAccessors(PromiseRejectionEvent.prototype, 'PromiseRejectionEvent', ['promise', 'reason']);
setTag(PromiseRejectionEvent.prototype, 'PromiseRejectionEvent');

exposed.ErrorEvent = ErrorEvent;
if (hasPromise) {
  exposed.PromiseRejectionEvent = PromiseRejectionEvent;
}
