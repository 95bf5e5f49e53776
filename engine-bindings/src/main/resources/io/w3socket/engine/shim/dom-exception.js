// dom-exception.js: DOMException (https://webidl.spec.whatwg.org/#idl-DOMException), and the
// exceptions a host function throws into the script (the realm calls throwError, an entry point).

var DOM_ERRORS = {
  IndexSizeError: 1, HierarchyRequestError: 3, WrongDocumentError: 4, InvalidCharacterError: 5,
  NoModificationAllowedError: 7, NotFoundError: 8, NotSupportedError: 9, InvalidStateError: 11,
  SyntaxError: 12, InvalidModificationError: 13, NamespaceError: 14, InvalidAccessError: 15,
  TypeMismatchError: 17, SecurityError: 18, NetworkError: 19, AbortError: 20, URLMismatchError: 21,
  QuotaExceededError: 22, TimeoutError: 23, InvalidNodeTypeError: 24, DataCloneError: 25
};
var DOM_CODES = {
  INDEX_SIZE_ERR: 1, DOMSTRING_SIZE_ERR: 2, HIERARCHY_REQUEST_ERR: 3, WRONG_DOCUMENT_ERR: 4,
  INVALID_CHARACTER_ERR: 5, NO_DATA_ALLOWED_ERR: 6, NO_MODIFICATION_ALLOWED_ERR: 7,
  NOT_FOUND_ERR: 8, NOT_SUPPORTED_ERR: 9, INUSE_ATTRIBUTE_ERR: 10, INVALID_STATE_ERR: 11,
  SYNTAX_ERR: 12, INVALID_MODIFICATION_ERR: 13, NAMESPACE_ERR: 14, INVALID_ACCESS_ERR: 15,
  VALIDATION_ERR: 16, TYPE_MISMATCH_ERR: 17, SECURITY_ERR: 18, NETWORK_ERR: 19, ABORT_ERR: 20,
  URL_MISMATCH_ERR: 21, QUOTA_EXCEEDED_ERR: 22, TIMEOUT_ERR: 23, INVALID_NODE_TYPE_ERR: 24,
  DATA_CLONE_ERR: 25
};

function DOMException(message, name) {
  requireNew(this, DOMException, 'DOMException');
  setSlot(this, {
    kinds: ['DOMException'],
    message: message === undefined ? '' : toDOMString(message),
    name: name === undefined ? 'Error' : toDOMString(name)
  });
  if (typeof Error.captureStackTrace === 'function') {
    Error.captureStackTrace(this, DOMException);
  } else {
    try {
      var probe = new Error(this.message);
      if (probe.stack !== undefined) {
        define(this, 'stack', probe.stack);
      }
    } catch (ignored) {
      // no stack
    }
  }
}
DOMException.prototype = Object.create(Error.prototype);
define(DOMException.prototype, 'constructor', DOMException);
defineAccessor(DOMException.prototype, 'name', function () {
  return slotOf(this, 'DOMException').name;
});
defineAccessor(DOMException.prototype, 'message', function () {
  return slotOf(this, 'DOMException').message;
});
defineAccessor(DOMException.prototype, 'code', function () {
  var n = slotOf(this, 'DOMException').name;
  return Object.prototype.hasOwnProperty.call(DOM_ERRORS, n) ? DOM_ERRORS[n] : 0;
});
// ECMA-262 #sec-error.prototype.tostring, as Error's (Chromium's DOMException inherits it): the
// name alone when the message is empty.
define(DOMException.prototype, 'toString', function () {
  return this.message === '' ? this.name : this.name === '' ? this.message : this.name + ': ' + this.message;
});
setTag(DOMException.prototype, 'DOMException');
defineConstants(DOMException, DOM_CODES);

/**
 * Throws what a host function threw (io.w3socket.engine.spi.HostError): the realm calls this from
 * the host function and lets the exception propagate into the script that called it.
 */
function throwHostError(constructorName, name, message) {
  if (constructorName === 'TypeError') {
    throw new TypeError(message);
  }
  if (constructorName === 'RangeError') {
    throw new RangeError(message);
  }
  throw new DOMException(message, name);
}
exposed.DOMException = DOMException;
