// worker.js: Worker (https://html.spec.whatwg.org/#dedicated-workers-and-the-worker-interface), the
// owner's side of a dedicated worker. The worker runs in a realm of its own on its own event loop
// thread (io.w3socket.engine.DedicatedWorker); messages cross as structured-clone records
// (structured-clone.js) with their bytes in the host's form.

var workers = {};

/** A record for the host: the bytes tokens in the form bytes cross the bridge in. */
function toHostRecord(tokens) {
  for (var i = 0; i < tokens.length; i++) {
    if (isObject(tokens[i])) {
      tokens[i] = toHostBytes(tokens[i]);
    }
  }
  return tokens;
}

/**
 * #dom-worker-postmessage / #dom-dedicatedworkerglobalscope-postmessage: the message, serialized
 * in the sender's realm (#structuredserializewithtransfer; its exceptions reach the caller).
 */
function serializeMessage(args, context, sourcePort) {
  requireArgs(args, 1, 'execute ' + context);
  var options = args[1];
  // The overloads postMessage(message, sequence<object> transfer) and postMessage(message,
  // optional StructuredSerializeOptions options = {}): an iterable object is the sequence.
  var sequence = isObject(options) && (Array.isArray(options) || (hasSymbol && Symbol.iterator
      && typeof options[Symbol.iterator] === 'function'));
  var transfer = sequence ? objectSequence(options, context) : optionsTransfer(options, context);
  // #message-port-post-message-steps step 3: a port cannot transfer itself.
  if (sourcePort !== undefined && transfer.indexOf(sourcePort) >= 0) {
    throw new DOMException('Failed to execute ' + context + ': Port at index ' + transfer.indexOf(sourcePort)
        + ' contains the source port.', 'DataCloneError');
  }
  return toHostRecord(serializeWithTransfer(args[0], transfer, context));
}

/**
 * A message {@code record} the host is delivering (from serializeMessage), as a MessageEvent with
 * the ports it transferred, {@code origin} ('' for a dedicated worker's or a MessageChannel's port)
 * and {@code source} (null but for window.postMessage), or a messageerror event when this realm
 * cannot deserialize it (#message-port-post-message-steps).
 */
function receivedMessageEvent(record, origin, source) {
  var init = {data: null, origin: origin || '', source: source || null};
  var type = 'message';
  try {
    var r = deserializeRecord(record, fromHostBytes);
    init.data = r.data;
    init.ports = r.ports;
  } catch (e) {
    type = 'messageerror';
  }
  return trustedEvent(new MessageEvent(type, init));
}

/** "file:line: Name: message" (the host's form of a reported exception) as ErrorEvent fields. */
function errorEventInit(text) {
  var m = /^(.*?):(\d+): (.*)$/.exec(text);
  return {
    cancelable: true,
    message: 'Uncaught ' + (m ? m[3] : text),
    filename: m ? m[1] : '',
    lineno: m ? Number(m[2]) : 0,
    colno: 0,
    error: null
  };
}

function Worker(scriptURL) {
  requireNew(this, Worker, 'Worker');
  requireArgs(arguments, 1, "construct 'Worker'");
  var url = toUSVString(scriptURL);
  var options = arguments[1];
  var name = '';
  if (options !== undefined && options !== null) {
    if (!isObject(options)) {
      throw new TypeError("Failed to construct 'Worker': The provided value is not of type 'WorkerOptions'.");
    }
    // WorkerOptions members, in lexicographic order (WebIDL #es-dictionary).
    var credentials = options.credentials === undefined ? 'same-origin' : toDOMString(options.credentials);
    if (['omit', 'same-origin', 'include'].indexOf(credentials) < 0) {
      throw new TypeError("Failed to construct 'Worker': Failed to read the 'credentials' property from 'WorkerOptions': The provided value '"
          + credentials + "' is not a valid enum value of type RequestCredentials.");
    }
    name = options.name === undefined ? '' : toDOMString(options.name);
    var type = options.type === undefined ? 'classic' : toDOMString(options.type);
    if (type !== 'classic' && type !== 'module') {
      throw new TypeError("Failed to construct 'Worker': Failed to read the 'type' property from 'WorkerOptions': The provided value '"
          + type + "' is not a valid enum value of type WorkerType.");
    }
    if (type === 'module' && platformInfo[4] !== true) {
      // An engine without modules (Nashorn) has no module workers.
      throw new DOMException("Failed to construct 'Worker': module workers are not supported here.",
          'NotSupportedError');
    }
  }
  // #dom-worker step 5-6: parse the URL relative to this realm's base URL; failure → SyntaxError.
  var failure = [];
  var parts = parseUrl(url, documentBaseUrl(), failure);
  if (parts === null) {
    throw new DOMException("Failed to construct 'Worker': The URL '" + url + "' is invalid.", 'SyntaxError');
  }
  // URL parsing resolves a blob: URL's entry (URL #concept-url-parser, File API #blob-url-entry),
  // so the Blob is the one the URL named now, even if it is revoked before the fetch.
  var entry = parts.protocol === 'blob:' ? blobUrls[parts.href.replace(/#.*$/, '')] : undefined;
  var id = host.workerCreate(parts.href, name, entry ? toHostBytes(entry[SLOT].bytes) : null,
      type === 'module');
  var s = initTarget(this, ['EventTarget', 'Worker']);
  s.id = id;
  workers[id] = this;
}
inherit(Worker, EventTarget);
['message', 'messageerror', 'error'].forEach(function (type) {
  defineEventHandler(Worker.prototype, 'Worker', type);
});
defineMethods(Worker.prototype, {
  postMessage: function (message) {
    var s = slotOf(this, 'Worker');
    host.workerPost(s.id, serializeMessage(arguments, "'postMessage' on 'Worker'"));
  },
  /** #dom-worker-terminate: terminate the worker now; nothing of it is delivered after this. */
  terminate: function () {
    var s = slotOf(this, 'Worker');
    delete workers[s.id];
    host.workerTerminate(s.id);
  }
});
setTag(Worker.prototype, 'Worker');

/**
 * A task the host queued for Worker {@code id}: 'message' (the data is host.workerMessageData()),
 * 'error' (an exception the worker did not handle: an ErrorEvent, reported to the run unless
 * canceled, #runtime-script-errors-in-workers) or 'loaderror' (the script could not be fetched:
 * a plain error event, #dom-worker step 12).
 */
function workerEvent(id, kind, text) {
  var w = workers[id];
  if (kind === 'message') {
    if (w) {
      dispatch(w, receivedMessageEvent(host.workerMessageData()));
    }
  } else if (kind === 'error') {
    if (!w || dispatch(w, trustedEvent(new ErrorEvent('error', errorEventInit(text))))) {
      host.reportError(text);
    }
  } else if (w) {
    dispatch(w, trustedEvent(new Event('error')));
  }
}

exposed.Worker = Worker;
