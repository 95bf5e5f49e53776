// writable-stream.js: WritableStream, WritableStreamDefaultWriter and
// WritableStreamDefaultController (https://streams.spec.whatwg.org/#ws-class, #default-writer-class,
// #ws-default-controller-class) and their abstract operations (#ws-all-abstract-ops).

/** #ws-constructor */
function WritableStream() {
  requireNew(this, WritableStream, 'WritableStream');
  var what = "construct 'WritableStream'";
  var underlyingSink = arguments[0];
  // WebIDL 'optional object': null is not an object (Chromium's words for it).
  if (underlyingSink === null) {
    throw new TypeError('Failed to ' + what + ': Cannot convert undefined or null to object');
  }
  if (underlyingSink !== undefined && !isObject(underlyingSink)) {
    throw new TypeError('Failed to ' + what + ": The provided value is not of type 'object'.");
  }
  var strategy = toQueuingStrategy(arguments[1], what);
  // step 1-2: the UnderlyingSink dictionary (abort, close, start, type, write).
  if (underlyingSink === undefined) {
    underlyingSink = null;
  }
  var dict = {};
  if (underlyingSink !== null) {
    dict.abort = callbackMember(underlyingSink, 'abort', 'underlyingSink', what);
    dict.close = callbackMember(underlyingSink, 'close', 'underlyingSink', what);
    dict.start = callbackMember(underlyingSink, 'start', 'underlyingSink', what);
    dict.type = underlyingSink.type;
    dict.write = callbackMember(underlyingSink, 'write', 'underlyingSink', what);
  }
  // step 3: no type is defined yet.
  if (dict.type !== undefined) {
    throw new RangeError('Failed to ' + what + ': Invalid type is specified');
  }
  // step 4-7
  var stream = initializeWritableStream(this);
  var sizeAlgorithm = extractSizeAlgorithm(strategy);
  var hwm = extractHighWaterMark(strategy, 1, what);
  setUpWritableStreamDefaultControllerFromUnderlyingSink(stream, underlyingSink, dict, hwm, sizeAlgorithm);
}

defineAccessor(WritableStream.prototype, 'locked', function () {
  // #ws-locked
  return isWritableStreamLocked(slotOf(this, 'WritableStream'));
});

/** The record of this if it is a kind's object, else undefined (for methods that reject). */
function recordOf(obj, kind) {
  var r = obj === null || obj === undefined ? undefined : obj[SLOT];
  return r && r.kinds[0] === kind ? r : undefined;
}

defineMethods(WritableStream.prototype, {
  /** #ws-abort */
  abort: function () {
    var reason = arguments[0]; // optional: the length stays 0
    var stream = recordOf(this, 'WritableStream');
    var what = "execute 'abort' on 'WritableStream'";
    if (!stream) {
      return promiseRejectedWith(streamTypeError(what, 'Illegal invocation'));
    }
    if (isWritableStreamLocked(stream)) {
      return promiseRejectedWith(streamTypeError(what, 'Cannot abort a locked stream'));
    }
    return writableStreamAbort(stream, reason);
  },
  /** #ws-close */
  close: function () {
    var stream = recordOf(this, 'WritableStream');
    var what = "execute 'close' on 'WritableStream'";
    if (!stream) {
      return promiseRejectedWith(streamTypeError(what, 'Illegal invocation'));
    }
    if (isWritableStreamLocked(stream)) {
      return promiseRejectedWith(streamTypeError(what, 'Cannot close a locked stream'));
    }
    if (writableStreamCloseQueuedOrInFlight(stream)) {
      return promiseRejectedWith(streamTypeError(what,
          'Cannot close a writable stream that has already been requested to be closed'));
    }
    return writableStreamClose(stream);
  },
  /** #ws-get-writer */
  getWriter: function () {
    var stream = slotOf(this, 'WritableStream');
    return acquireWritableStreamDefaultWriter(stream, "execute 'getWriter' on 'WritableStream'").self;
  }
});
setTag(WritableStream.prototype, 'WritableStream');

/** #default-writer-constructor */
function WritableStreamDefaultWriter(stream) {
  requireNew(this, WritableStreamDefaultWriter, 'WritableStreamDefaultWriter');
  var what = "construct 'WritableStreamDefaultWriter'";
  requireArgs(arguments, 1, what);
  var s = recordOf(stream, 'WritableStream');
  if (!s) {
    throw streamTypeError(what, "parameter 1 is not of type 'WritableStream'.");
  }
  setUpWritableStreamDefaultWriter(newWriterRecord(this), s, what);
}

function newWriterRecord(obj) {
  return setSlot(obj, {
    kinds: ['WritableStreamDefaultWriter'],
    self: obj,
    stream: undefined,
    closedPromise: undefined,
    readyPromise: undefined
  });
}

defineAccessor(WritableStreamDefaultWriter.prototype, 'closed', function () {
  // #default-writer-closed
  var writer = recordOf(this, 'WritableStreamDefaultWriter');
  return writer ? writer.closedPromise.promise : promiseRejectedWith(new TypeError('Illegal invocation'));
});
defineAccessor(WritableStreamDefaultWriter.prototype, 'desiredSize', function () {
  // #default-writer-desired-size
  var writer = slotOf(this, 'WritableStreamDefaultWriter');
  if (writer.stream === undefined) {
    throw streamTypeError("read the 'desiredSize' property from 'WritableStreamDefaultWriter'",
        'This writable stream writer has been released and cannot be used to get the desiredSize');
  }
  return writableStreamDefaultWriterGetDesiredSize(writer);
});
defineAccessor(WritableStreamDefaultWriter.prototype, 'ready', function () {
  // #default-writer-ready
  var writer = recordOf(this, 'WritableStreamDefaultWriter');
  return writer ? writer.readyPromise.promise : promiseRejectedWith(new TypeError('Illegal invocation'));
});

defineMethods(WritableStreamDefaultWriter.prototype, {
  /** #default-writer-abort */
  abort: function () {
    var reason = arguments[0]; // optional: the length stays 0
    var writer = recordOf(this, 'WritableStreamDefaultWriter');
    var what = "execute 'abort' on 'WritableStreamDefaultWriter'";
    if (!writer) {
      return promiseRejectedWith(streamTypeError(what, 'Illegal invocation'));
    }
    if (writer.stream === undefined) {
      return promiseRejectedWith(streamTypeError(what, 'This writable stream writer has been released and cannot be aborted'));
    }
    return writableStreamDefaultWriterAbort(writer, reason);
  },
  /** #default-writer-close */
  close: function () {
    var writer = recordOf(this, 'WritableStreamDefaultWriter');
    var what = "execute 'close' on 'WritableStreamDefaultWriter'";
    if (!writer) {
      return promiseRejectedWith(streamTypeError(what, 'Illegal invocation'));
    }
    var stream = writer.stream;
    if (stream === undefined) {
      return promiseRejectedWith(streamTypeError(what, 'This writable stream writer has been released and cannot be closed'));
    }
    if (writableStreamCloseQueuedOrInFlight(stream)) {
      return promiseRejectedWith(streamTypeError(what,
          'Cannot close a writable stream that has already been requested to be closed'));
    }
    return writableStreamDefaultWriterClose(writer);
  },
  /** #default-writer-release-lock */
  releaseLock: function () {
    var writer = slotOf(this, 'WritableStreamDefaultWriter');
    if (writer.stream === undefined) {
      return;
    }
    writableStreamDefaultWriterRelease(writer);
  },
  /** #default-writer-write */
  write: function () {
    var chunk = arguments[0]; // optional: the length stays 0
    var writer = recordOf(this, 'WritableStreamDefaultWriter');
    var what = "execute 'write' on 'WritableStreamDefaultWriter'";
    if (!writer) {
      return promiseRejectedWith(streamTypeError(what, 'Illegal invocation'));
    }
    if (writer.stream === undefined) {
      return promiseRejectedWith(streamTypeError(what, 'This writable stream writer has been released and cannot be written to'));
    }
    return writableStreamDefaultWriterWrite(writer, chunk);
  }
});
setTag(WritableStreamDefaultWriter.prototype, 'WritableStreamDefaultWriter');

function WritableStreamDefaultController() {
  illegalConstructor(this, WritableStreamDefaultController);
}

/** A new WritableStreamDefaultController's record (#ws-default-controller-internal-slots). */
function newWritableStreamDefaultController() {
  var obj = Object.create(WritableStreamDefaultController.prototype);
  return setSlot(obj, {
    kinds: ['WritableStreamDefaultController'],
    self: obj,
    abortController: undefined,
    abortAlgorithm: undefined,
    closeAlgorithm: undefined,
    queue: [],
    queueTotalSize: 0,
    started: false,
    strategyHWM: 0,
    strategySizeAlgorithm: undefined,
    stream: undefined,
    writeAlgorithm: undefined
  });
}

defineAccessor(WritableStreamDefaultController.prototype, 'signal', function () {
  // #ws-default-controller-signal
  return slotOf(this, 'WritableStreamDefaultController').abortController[SLOT].signal;
});
defineMethods(WritableStreamDefaultController.prototype, {
  /** #ws-default-controller-error */
  error: function () {
    var e = arguments[0]; // optional: the length stays 0
    var controller = slotOf(this, 'WritableStreamDefaultController');
    // step 1-2: only a writable stream is errored.
    if (controller.stream.state !== 'writable') {
      return;
    }
    writableStreamDefaultControllerError(controller, e);
  }
});
setTag(WritableStreamDefaultController.prototype, 'WritableStreamDefaultController');

/** The close sentinel (#close-sentinel) queued after the chunks. */
var CLOSE_SENTINEL = {};

/** #acquire-writable-stream-default-writer */
function acquireWritableStreamDefaultWriter(stream, what) {
  var writer = newWriterRecord(Object.create(WritableStreamDefaultWriter.prototype));
  setUpWritableStreamDefaultWriter(writer, stream, what);
  return writer;
}

/** #create-writable-stream */
function createWritableStream(startAlgorithm, writeAlgorithm, closeAlgorithm, abortAlgorithm, highWaterMark,
    sizeAlgorithm) {
  var stream = initializeWritableStream(Object.create(WritableStream.prototype));
  var controller = newWritableStreamDefaultController();
  setUpWritableStreamDefaultController(stream, controller, startAlgorithm, writeAlgorithm, closeAlgorithm,
      abortAlgorithm, highWaterMark, sizeAlgorithm);
  return stream;
}

/** #initialize-writable-stream: the stream's slots; returns its record. */
function initializeWritableStream(obj) {
  return setSlot(obj, {
    kinds: ['WritableStream'],
    self: obj,
    state: 'writable',
    storedError: undefined,
    writer: undefined,
    controller: undefined,
    inFlightWriteRequest: undefined,
    closeRequest: undefined,
    inFlightCloseRequest: undefined,
    pendingAbortRequest: undefined,
    writeRequests: [],
    backpressure: false
  });
}

/** #is-writable-stream-locked */
function isWritableStreamLocked(stream) {
  return stream.writer !== undefined;
}

/** #set-up-writable-stream-default-writer */
function setUpWritableStreamDefaultWriter(writer, stream, what) {
  // step 1
  if (isWritableStreamLocked(stream)) {
    throw streamTypeError(what, 'Cannot create writer when WritableStream is locked');
  }
  // step 2-3
  writer.stream = stream;
  stream.writer = writer;
  // step 4-8: ready and closed follow the stream's state.
  var state = stream.state;
  if (state === 'writable') {
    writer.readyPromise = !writableStreamCloseQueuedOrInFlight(stream) && stream.backpressure
        ? newPromise() : resolvedDeferred();
    writer.closedPromise = newPromise();
  } else if (state === 'erroring') {
    writer.readyPromise = rejectedDeferred(stream.storedError);
    writer.closedPromise = newPromise();
  } else if (state === 'closed') {
    writer.readyPromise = resolvedDeferred();
    writer.closedPromise = resolvedDeferred();
  } else {
    writer.readyPromise = rejectedDeferred(stream.storedError);
    writer.closedPromise = rejectedDeferred(stream.storedError);
  }
}

/** #writable-stream-abort */
function writableStreamAbort(stream, reason) {
  // step 1
  if (stream.state === 'closed' || stream.state === 'errored') {
    return promiseResolvedWith(undefined);
  }
  // step 2: the controller's signal aborts (the sink's own algorithms may react).
  signalAbort(stream.controller.abortController[SLOT].signal, reason);
  // step 3-4: that may have closed or errored the stream.
  var state = stream.state;
  if (state === 'closed' || state === 'errored') {
    return promiseResolvedWith(undefined);
  }
  // step 5
  if (stream.pendingAbortRequest !== undefined) {
    return stream.pendingAbortRequest.promise.promise;
  }
  // step 7-8
  var wasAlreadyErroring = false;
  if (state === 'erroring') {
    wasAlreadyErroring = true;
    reason = undefined;
  }
  // step 9-12
  var promise = newPromise();
  stream.pendingAbortRequest = {promise: promise, reason: reason, wasAlreadyErroring: wasAlreadyErroring};
  if (!wasAlreadyErroring) {
    writableStreamStartErroring(stream, reason);
  }
  return promise.promise;
}

/** #writable-stream-close */
function writableStreamClose(stream) {
  var state = stream.state;
  // step 2
  if (state === 'closed' || state === 'errored') {
    return promiseRejectedWith(new TypeError('The stream is ' + state + ' and cannot be closed'));
  }
  // step 5-6
  var promise = newPromise();
  stream.closeRequest = promise;
  // step 7-8: a writer waiting for backpressure is released.
  var writer = stream.writer;
  if (writer !== undefined && stream.backpressure && state === 'writable') {
    writer.readyPromise.resolve(undefined);
  }
  // step 9-10
  writableStreamDefaultControllerClose(stream.controller);
  return promise.promise;
}

/** #writable-stream-add-write-request */
function writableStreamAddWriteRequest(stream) {
  var promise = newPromise();
  stream.writeRequests.push(promise);
  return promise.promise;
}

/** #writable-stream-close-queued-or-in-flight */
function writableStreamCloseQueuedOrInFlight(stream) {
  return stream.closeRequest !== undefined || stream.inFlightCloseRequest !== undefined;
}

/** #writable-stream-deal-with-rejection */
function writableStreamDealWithRejection(stream, error) {
  if (stream.state === 'writable') {
    writableStreamStartErroring(stream, error);
    return;
  }
  writableStreamFinishErroring(stream);
}

/** #writable-stream-finish-erroring */
function writableStreamFinishErroring(stream) {
  // step 3-5
  stream.state = 'errored';
  writableStreamDefaultControllerErrorSteps(stream.controller);
  var storedError = stream.storedError;
  // step 6-7: every waiting write fails.
  stream.writeRequests.forEach(function (writeRequest) {
    writeRequest.reject(storedError);
  });
  stream.writeRequests = [];
  // step 8
  if (stream.pendingAbortRequest === undefined) {
    writableStreamRejectCloseAndClosedPromiseIfNeeded(stream);
    return;
  }
  // step 9-10
  var abortRequest = stream.pendingAbortRequest;
  stream.pendingAbortRequest = undefined;
  if (abortRequest.wasAlreadyErroring) {
    abortRequest.promise.reject(storedError);
    writableStreamRejectCloseAndClosedPromiseIfNeeded(stream);
    return;
  }
  // step 11-12: the sink's abort decides the abort's promise.
  var promise = writableStreamDefaultControllerAbortSteps(stream.controller, abortRequest.reason);
  uponPromise(promise, function () {
    abortRequest.promise.resolve(undefined);
    writableStreamRejectCloseAndClosedPromiseIfNeeded(stream);
  }, function (reason) {
    abortRequest.promise.reject(reason);
    writableStreamRejectCloseAndClosedPromiseIfNeeded(stream);
  });
}

/** #writable-stream-finish-in-flight-close */
function writableStreamFinishInFlightClose(stream) {
  // step 1-2
  stream.inFlightCloseRequest.resolve(undefined);
  stream.inFlightCloseRequest = undefined;
  // step 5: closing wins over a pending abort.
  if (stream.state === 'erroring') {
    stream.storedError = undefined;
    if (stream.pendingAbortRequest !== undefined) {
      stream.pendingAbortRequest.promise.resolve(undefined);
      stream.pendingAbortRequest = undefined;
    }
  }
  // step 6-8
  stream.state = 'closed';
  var writer = stream.writer;
  if (writer !== undefined) {
    writer.closedPromise.resolve(undefined);
  }
}

/** #writable-stream-finish-in-flight-close-with-error */
function writableStreamFinishInFlightCloseWithError(stream, error) {
  stream.inFlightCloseRequest.reject(error);
  stream.inFlightCloseRequest = undefined;
  // step 5
  if (stream.pendingAbortRequest !== undefined) {
    stream.pendingAbortRequest.promise.reject(error);
    stream.pendingAbortRequest = undefined;
  }
  // step 6
  writableStreamDealWithRejection(stream, error);
}

/** #writable-stream-finish-in-flight-write */
function writableStreamFinishInFlightWrite(stream) {
  stream.inFlightWriteRequest.resolve(undefined);
  stream.inFlightWriteRequest = undefined;
}

/** #writable-stream-finish-in-flight-write-with-error */
function writableStreamFinishInFlightWriteWithError(stream, error) {
  stream.inFlightWriteRequest.reject(error);
  stream.inFlightWriteRequest = undefined;
  writableStreamDealWithRejection(stream, error);
}

/** #writable-stream-has-operation-marked-in-flight */
function writableStreamHasOperationMarkedInFlight(stream) {
  return stream.inFlightWriteRequest !== undefined || stream.inFlightCloseRequest !== undefined;
}

/** #writable-stream-mark-close-request-in-flight */
function writableStreamMarkCloseRequestInFlight(stream) {
  stream.inFlightCloseRequest = stream.closeRequest;
  stream.closeRequest = undefined;
}

/** #writable-stream-mark-first-write-request-in-flight */
function writableStreamMarkFirstWriteRequestInFlight(stream) {
  stream.inFlightWriteRequest = stream.writeRequests.shift();
}

/** #writable-stream-reject-close-and-closed-promise-if-needed */
function writableStreamRejectCloseAndClosedPromiseIfNeeded(stream) {
  // step 2-3
  if (stream.closeRequest !== undefined) {
    stream.closeRequest.reject(stream.storedError);
    stream.closeRequest = undefined;
  }
  // step 4-5
  var writer = stream.writer;
  if (writer !== undefined) {
    writer.closedPromise.reject(stream.storedError);
    setPromiseIsHandledToTrue(writer.closedPromise.promise);
  }
}

/** #writable-stream-start-erroring */
function writableStreamStartErroring(stream, reason) {
  // step 3-5
  var controller = stream.controller;
  stream.state = 'erroring';
  stream.storedError = reason;
  // step 6-7
  var writer = stream.writer;
  if (writer !== undefined) {
    writableStreamDefaultWriterEnsureReadyPromiseRejected(writer, reason);
  }
  // step 8: nothing in flight, and started: erroring is over.
  if (!writableStreamHasOperationMarkedInFlight(stream) && controller.started) {
    writableStreamFinishErroring(stream);
  }
}

/** #writable-stream-update-backpressure */
function writableStreamUpdateBackpressure(stream, backpressure) {
  var writer = stream.writer;
  // step 4: the writer's ready promise follows.
  if (writer !== undefined && backpressure !== stream.backpressure) {
    if (backpressure) {
      writer.readyPromise = newPromise();
    } else {
      writer.readyPromise.resolve(undefined);
    }
  }
  // step 5
  stream.backpressure = backpressure;
}

/** #writable-stream-default-writer-abort */
function writableStreamDefaultWriterAbort(writer, reason) {
  return writableStreamAbort(writer.stream, reason);
}

/** #writable-stream-default-writer-close */
function writableStreamDefaultWriterClose(writer) {
  return writableStreamClose(writer.stream);
}

/** #writable-stream-default-writer-close-with-error-propagation */
function writableStreamDefaultWriterCloseWithErrorPropagation(writer) {
  var stream = writer.stream;
  var state = stream.state;
  // step 4-5
  if (writableStreamCloseQueuedOrInFlight(stream) || state === 'closed') {
    return promiseResolvedWith(undefined);
  }
  if (state === 'errored') {
    return promiseRejectedWith(stream.storedError);
  }
  // step 7
  return writableStreamDefaultWriterClose(writer);
}

/** #writable-stream-default-writer-ensure-closed-promise-rejected */
function writableStreamDefaultWriterEnsureClosedPromiseRejected(writer, error) {
  if (!writer.closedPromise.settled) {
    writer.closedPromise.reject(error);
  } else {
    writer.closedPromise = rejectedDeferred(error);
  }
  setPromiseIsHandledToTrue(writer.closedPromise.promise);
}

/** #writable-stream-default-writer-ensure-ready-promise-rejected */
function writableStreamDefaultWriterEnsureReadyPromiseRejected(writer, error) {
  if (!writer.readyPromise.settled) {
    writer.readyPromise.reject(error);
  } else {
    writer.readyPromise = rejectedDeferred(error);
  }
  setPromiseIsHandledToTrue(writer.readyPromise.promise);
}

/** #writable-stream-default-writer-get-desired-size */
function writableStreamDefaultWriterGetDesiredSize(writer) {
  var state = writer.stream.state;
  if (state === 'errored' || state === 'erroring') {
    return null;
  }
  if (state === 'closed') {
    return 0;
  }
  return writableStreamDefaultControllerGetDesiredSize(writer.stream.controller);
}

/** #writable-stream-default-writer-release */
function writableStreamDefaultWriterRelease(writer) {
  var stream = writer.stream;
  // step 4-6: both promises fail with the same TypeError.
  var releasedError = new TypeError("This writable stream writer has been released and cannot be used to monitor the stream's state");
  writableStreamDefaultWriterEnsureReadyPromiseRejected(writer, releasedError);
  writableStreamDefaultWriterEnsureClosedPromiseRejected(writer, releasedError);
  // step 7-8
  stream.writer = undefined;
  writer.stream = undefined;
}

/** #writable-stream-default-writer-write */
function writableStreamDefaultWriterWrite(writer, chunk) {
  var stream = writer.stream;
  var controller = stream.controller;
  // step 4: the size first (the size function may release the writer).
  var chunkSize = writableStreamDefaultControllerGetChunkSize(controller, chunk);
  if (stream !== writer.stream) {
    return promiseRejectedWith(new TypeError('This writable stream writer has been released and cannot be written to'));
  }
  var state = stream.state;
  // step 7-9
  if (state === 'errored') {
    return promiseRejectedWith(stream.storedError);
  }
  if (writableStreamCloseQueuedOrInFlight(stream) || state === 'closed') {
    return promiseRejectedWith(new TypeError(state === 'closed' ? 'Cannot write to a closed writable stream'
        : 'Cannot write to a closing writable stream'));
  }
  if (state === 'erroring') {
    return promiseRejectedWith(stream.storedError);
  }
  // step 11-13
  var promise = writableStreamAddWriteRequest(stream);
  writableStreamDefaultControllerWrite(controller, chunk, chunkSize);
  return promise;
}

/** #ws-default-controller-private-abort */
function writableStreamDefaultControllerAbortSteps(controller, reason) {
  var result = controller.abortAlgorithm(reason);
  writableStreamDefaultControllerClearAlgorithms(controller);
  return result;
}

/** #ws-default-controller-private-error */
function writableStreamDefaultControllerErrorSteps(controller) {
  resetQueue(controller);
}

/** #set-up-writable-stream-default-controller */
function setUpWritableStreamDefaultController(stream, controller, startAlgorithm, writeAlgorithm, closeAlgorithm,
    abortAlgorithm, highWaterMark, sizeAlgorithm) {
  // step 3-14
  controller.stream = stream;
  stream.controller = controller;
  resetQueue(controller);
  controller.abortController = new AbortController();
  controller.started = false;
  controller.strategySizeAlgorithm = sizeAlgorithm;
  controller.strategyHWM = highWaterMark;
  controller.writeAlgorithm = writeAlgorithm;
  controller.closeAlgorithm = closeAlgorithm;
  controller.abortAlgorithm = abortAlgorithm;
  // step 15-16
  writableStreamUpdateBackpressure(stream, writableStreamDefaultControllerGetBackpressure(controller));
  // step 17-19: start's result (rethrown if it throws) decides when writing may begin.
  var startResult = startAlgorithm();
  uponPromise(promiseResolvedWith(startResult), function () {
    controller.started = true;
    writableStreamDefaultControllerAdvanceQueueIfNeeded(controller);
  }, function (r) {
    controller.started = true;
    writableStreamDealWithRejection(stream, r);
  });
}

/** #set-up-writable-stream-default-controller-from-underlying-sink */
function setUpWritableStreamDefaultControllerFromUnderlyingSink(stream, underlyingSink, dict, highWaterMark,
    sizeAlgorithm) {
  var controller = newWritableStreamDefaultController();
  // step 2-9: the sink's callbacks, called with the sink as this.
  var startAlgorithm = function () {
    return dict.start === undefined ? undefined : dict.start.call(underlyingSink, controller.self);
  };
  var writeAlgorithm = dict.write === undefined ? function () {
    return promiseResolvedWith(undefined);
  } : function (chunk) {
    return invokeAsPromise(dict.write, underlyingSink, [chunk, controller.self]);
  };
  var closeAlgorithm = dict.close === undefined ? function () {
    return promiseResolvedWith(undefined);
  } : function () {
    return invokeAsPromise(dict.close, underlyingSink, []);
  };
  var abortAlgorithm = dict.abort === undefined ? function () {
    return promiseResolvedWith(undefined);
  } : function (reason) {
    return invokeAsPromise(dict.abort, underlyingSink, [reason]);
  };
  setUpWritableStreamDefaultController(stream, controller, startAlgorithm, writeAlgorithm, closeAlgorithm,
      abortAlgorithm, highWaterMark, sizeAlgorithm);
}

/** #writable-stream-default-controller-advance-queue-if-needed */
function writableStreamDefaultControllerAdvanceQueueIfNeeded(controller) {
  var stream = controller.stream;
  // step 2-3
  if (!controller.started || stream.inFlightWriteRequest !== undefined) {
    return;
  }
  // step 6: erroring finishes here.
  if (stream.state === 'erroring') {
    writableStreamFinishErroring(stream);
    return;
  }
  // step 7-9
  if (controller.queue.length === 0) {
    return;
  }
  var value = peekQueueValue(controller);
  if (value === CLOSE_SENTINEL) {
    writableStreamDefaultControllerProcessClose(controller);
  } else {
    writableStreamDefaultControllerProcessWrite(controller, value);
  }
}

/** #writable-stream-default-controller-clear-algorithms */
function writableStreamDefaultControllerClearAlgorithms(controller) {
  controller.writeAlgorithm = undefined;
  controller.closeAlgorithm = undefined;
  controller.abortAlgorithm = undefined;
  controller.strategySizeAlgorithm = undefined;
}

/** #writable-stream-default-controller-close */
function writableStreamDefaultControllerClose(controller) {
  enqueueValueWithSize(controller, CLOSE_SENTINEL, 0);
  writableStreamDefaultControllerAdvanceQueueIfNeeded(controller);
}

/** #writable-stream-default-controller-error */
function writableStreamDefaultControllerError(controller, error) {
  writableStreamDefaultControllerClearAlgorithms(controller);
  writableStreamStartErroring(controller.stream, error);
}

/** #writable-stream-default-controller-error-if-needed */
function writableStreamDefaultControllerErrorIfNeeded(controller, error) {
  if (controller.stream.state === 'writable') {
    writableStreamDefaultControllerError(controller, error);
  }
}

/** #writable-stream-default-controller-get-backpressure */
function writableStreamDefaultControllerGetBackpressure(controller) {
  return writableStreamDefaultControllerGetDesiredSize(controller) <= 0;
}

/** #writable-stream-default-controller-get-chunk-size */
function writableStreamDefaultControllerGetChunkSize(controller, chunk) {
  // step 1: the algorithms are cleared once the stream is erroring or closing.
  if (controller.strategySizeAlgorithm === undefined) {
    return 1;
  }
  // step 2-3: a failing size function errors the stream; the write then fails.
  try {
    return controller.strategySizeAlgorithm(chunk);
  } catch (e) {
    writableStreamDefaultControllerErrorIfNeeded(controller, e);
    return 1;
  }
}

/** #writable-stream-default-controller-get-desired-size */
function writableStreamDefaultControllerGetDesiredSize(controller) {
  return controller.strategyHWM - controller.queueTotalSize;
}

/** #writable-stream-default-controller-process-close */
function writableStreamDefaultControllerProcessClose(controller) {
  var stream = controller.stream;
  writableStreamMarkCloseRequestInFlight(stream);
  dequeueValue(controller);
  // step 5-7
  var sinkClosePromise = controller.closeAlgorithm();
  writableStreamDefaultControllerClearAlgorithms(controller);
  uponPromise(sinkClosePromise, function () {
    writableStreamFinishInFlightClose(stream);
  }, function (reason) {
    writableStreamFinishInFlightCloseWithError(stream, reason);
  });
}

/** #writable-stream-default-controller-process-write */
function writableStreamDefaultControllerProcessWrite(controller, chunk) {
  var stream = controller.stream;
  writableStreamMarkFirstWriteRequestInFlight(stream);
  // step 3-4
  var sinkWritePromise = controller.writeAlgorithm(chunk);
  uponPromise(sinkWritePromise, function () {
    writableStreamFinishInFlightWrite(stream);
    var state = stream.state;
    dequeueValue(controller);
    if (!writableStreamCloseQueuedOrInFlight(stream) && state === 'writable') {
      writableStreamUpdateBackpressure(stream, writableStreamDefaultControllerGetBackpressure(controller));
    }
    writableStreamDefaultControllerAdvanceQueueIfNeeded(controller);
  }, function (reason) {
    if (stream.state === 'writable') {
      writableStreamDefaultControllerClearAlgorithms(controller);
    }
    writableStreamFinishInFlightWriteWithError(stream, reason);
  });
}

/** #writable-stream-default-controller-write */
function writableStreamDefaultControllerWrite(controller, chunk, chunkSize) {
  // step 1-2: a size the queue refuses errors the stream.
  try {
    enqueueValueWithSize(controller, chunk, chunkSize);
  } catch (e) {
    writableStreamDefaultControllerErrorIfNeeded(controller, e);
    return;
  }
  // step 3-5
  var stream = controller.stream;
  if (!writableStreamCloseQueuedOrInFlight(stream) && stream.state === 'writable') {
    writableStreamUpdateBackpressure(stream, writableStreamDefaultControllerGetBackpressure(controller));
  }
  writableStreamDefaultControllerAdvanceQueueIfNeeded(controller);
}

exposed.WritableStream = WritableStream;
exposed.WritableStreamDefaultWriter = WritableStreamDefaultWriter;
exposed.WritableStreamDefaultController = WritableStreamDefaultController;
