// websocket-error.js: WebSocketError (the WebSocketStream proposal, whatwg/websockets#48:
// #the-websocketevent-interface), the DOMException a WebSocketStream's promises and streams reject
// with, which also carries a close code and reason into readable.cancel() and writable.abort().

function WebSocketError() {
  requireNew(this, WebSocketError, 'WebSocketError');
  var what = "Failed to construct 'WebSocketError': ";
  var message = arguments[0] === undefined ? '' : toDOMString(arguments[0]);
  var info = toCloseInfo(arguments[1], what);
  // #dom-websocketerror-websocketerror steps 3-6: validate, then a reason alone means 1000.
  validateCloseCodeAndReason(info.closeCode, info.reason, what);
  var code = info.reason !== '' && info.closeCode === null ? 1000 : info.closeCode;
  newWebSocketError(message, code, info.reason, this);
}
WebSocketError.prototype = Object.create(DOMException.prototype);
define(WebSocketError.prototype, 'constructor', WebSocketError);
Object.setPrototypeOf(WebSocketError, DOMException);
defineAccessor(WebSocketError.prototype, 'closeCode', function () {
  return slotOf(this, 'WebSocketError').closeCode;
});
defineAccessor(WebSocketError.prototype, 'reason', function () {
  return slotOf(this, 'WebSocketError').reason;
});
setTag(WebSocketError.prototype, 'WebSocketError');

/**
 * A WebSocketError with any close code (the server's 1001, or 1006), unchecked: the constructor's
 * steps 1-2 and 7-8 on {@code self}, or on a new object.
 */
function newWebSocketError(message, code, reason, self) {
  var e = self || Object.create(WebSocketError.prototype);
  DOMException.call(e, message, 'WebSocketError');
  e[SLOT].kinds.push('WebSocketError');
  e[SLOT].closeCode = code;
  e[SLOT].reason = reason;
  return e;
}

/**
 * WebIDL #es-dictionary: a WebSocketCloseInfo, {closeCode: number or null, reason: string}. As in
 * Chromium 156, closeCode converts as [Clamp] (the proposal's IDL says [EnforceRange]).
 */
function toCloseInfo(v, what) {
  if (v !== undefined && v !== null && !isObject(v)) {
    throw new TypeError(what + "The provided value is not of type 'WebSocketCloseInfo'.");
  }
  var code = v === undefined || v === null ? undefined : v.closeCode;
  var reason = v === undefined || v === null ? undefined : v.reason;
  return {
    closeCode: code === undefined ? null : toClampedUnsignedShort(code),
    reason: reason === undefined ? '' : toUSVString(reason)
  };
}

/** #validate-close-code-and-reason, with Chromium's messages after {@code what}. */
function validateCloseCodeAndReason(code, reason, what) {
  if (code !== null && code !== 1000 && (code < 3000 || code > 4999)) {
    throw new DOMException(what + 'The close code must be either 1000, or between 3000 and 4999. '
        + code + ' is neither.', 'InvalidAccessError');
  }
  if (reason !== null && utf8Encode(reason).length > 123) {
    throw new DOMException(what + 'The close reason must not be greater than 123 UTF-8 bytes.',
        'SyntaxError');
  }
}
exposed.WebSocketError = WebSocketError;
