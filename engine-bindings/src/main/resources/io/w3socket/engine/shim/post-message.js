// post-message.js: window.postMessage (https://html.spec.whatwg.org/#dom-window-postmessage), a
// page's message to its own window: serialized now, delivered as a task of the posted message task
// source (io.w3socket.engine.PortFunctions) with this origin and this window as its source.

/** #window-post-message-steps for the window itself; the options' targetOrigin and transfer. */
function windowPostMessage(message, targetOrigin, transfer) {
  var context = "'postMessage' on 'Window'";
  // Steps 2-3: "/" is this origin; "*" any; else a URL whose origin must be this one.
  if (targetOrigin !== '*' && targetOrigin !== '/') {
    var parts = parseUrl(targetOrigin);
    if (parts === null) {
      throw new DOMException('Failed to execute ' + context + ": Invalid target origin '" + targetOrigin
          + "' in a call to 'postMessage'.", 'SyntaxError');
    }
    targetOrigin = parts.origin;
  }
  var record = toHostRecord(serializeWithTransfer(message, transfer, context));
  // Step 8's task drops the message when the target origin is not the window's (an opaque origin,
  // "null", matches only "*" and "/").
  if (targetOrigin === '*' || targetOrigin === '/' || (targetOrigin === location.origin && targetOrigin !== 'null')) {
    host.selfPost(record);
  }
}

exposed.postMessage = function (message) {
  var context = "'postMessage' on 'Window'";
  requireArgs(arguments, 1, 'execute ' + context);
  var second = arguments[1];
  if (arguments.length >= 2 && !isObject(second)) {
    // postMessage(message, USVString targetOrigin, optional sequence<object> transfer = [])
    var transfer = arguments[2] === undefined ? [] : objectSequence(arguments[2], context);
    windowPostMessage(message, toUSVString(second), transfer);
    return;
  }
  // postMessage(message, optional WindowPostMessageOptions options = {})
  var origin = isObject(second) && second.targetOrigin !== undefined ? toUSVString(second.targetOrigin) : '/';
  windowPostMessage(message, origin, optionsTransfer(second, context));
};

/** The task of a message the page posted to its window (host.selfMessageData()). */
function selfMessage() {
  dispatch(windowTarget, receivedMessageEvent(host.selfMessageData(), location.origin, global), global);
}
