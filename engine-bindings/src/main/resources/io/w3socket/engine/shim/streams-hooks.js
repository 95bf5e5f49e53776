// streams-hooks.js: the Streams Standard's definitions for other specifications
// (https://streams.spec.whatwg.org/#other-specs): fetch bodies, TextEncoderStream and the like
// reach them with loadModule('streams').NAME. They take and give the streams' objects (not
// records); a stream to set up is Object.create(ReadableStream.prototype) (or WritableStream's,
// TransformStream's), "a new ReadableStream" without a slot, which set up gives it.

/** The record of a stream object (its internal slots). */
function streamRecord(obj) {
  return obj[SLOT];
}

/** An "other specifications" algorithm's result as a promise (#other-specs-rs-create's wrappers). */
function wrapAlgorithmResult(algorithm, args) {
  if (algorithm === undefined || algorithm === null) {
    return promiseResolvedWith(undefined);
  }
  var result;
  try {
    result = algorithm.apply(undefined, args);
  } catch (e) {
    return promiseRejectedWith(e);
  }
  return isPromise(result) ? result : promiseResolvedWith(undefined);
}

/** A new ReadableStream object, its slot not yet set (set it up with one of the next two). */
function newReadableStreamObject() {
  return Object.create(ReadableStream.prototype);
}

/** #readablestream-set-up: setUpReadableStream(stream, pullAlgorithm?, cancelAlgorithm?, highWaterMark = 1, sizeAlgorithm?) → stream. */
function setUpReadableStream(stream, pullAlgorithm, cancelAlgorithm, highWaterMark, sizeAlgorithm) {
  var s = initializeReadableStream(stream);
  var controller = newReadableStreamDefaultController();
  setUpReadableStreamDefaultController(s, controller, function () {
    return undefined;
  }, function () {
    return wrapAlgorithmResult(pullAlgorithm, []);
  }, function (reason) {
    return wrapAlgorithmResult(cancelAlgorithm, [reason]);
  }, highWaterMark === undefined ? 1 : highWaterMark, sizeAlgorithm === undefined ? function () {
    return 1;
  } : sizeAlgorithm);
  return stream;
}

/** #readablestream-set-up-with-byte-reading-support: (stream, pullAlgorithm?, cancelAlgorithm?, highWaterMark = 0) → stream. */
function setUpReadableStreamWithByteReadingSupport(stream, pullAlgorithm, cancelAlgorithm, highWaterMark) {
  var s = initializeReadableStream(stream);
  var controller = newReadableByteStreamController();
  setUpReadableByteStreamController(s, controller, function () {
    return undefined;
  }, function () {
    return wrapAlgorithmResult(pullAlgorithm, []);
  }, function (reason) {
    return wrapAlgorithmResult(cancelAlgorithm, [reason]);
  }, highWaterMark === undefined ? 0 : highWaterMark, undefined);
  return stream;
}

/** #readablestream-desired-size-to-fill-up-to-the-high-water-mark */
function readableStreamDesiredSizeToFill(stream) {
  var s = streamRecord(stream);
  if (s.state !== 'readable') {
    return 0;
  }
  return s.controller.byte ? readableByteStreamControllerGetDesiredSize(s.controller)
      : readableStreamDefaultControllerGetDesiredSize(s.controller);
}

/** #readablestream-need-more-data */
function readableStreamNeedsMoreData(stream) {
  return readableStreamDesiredSizeToFill(stream) > 0;
}

/** #readablestream-close */
function closeReadableStream(stream) {
  var s = streamRecord(stream);
  if (s.controller.byte) {
    readableByteStreamControllerClose(s.controller);
    if (s.controller.pendingPullIntos.length > 0) {
      readableByteStreamControllerRespond(s.controller, 0);
    }
  } else {
    readableStreamDefaultControllerClose(s.controller);
  }
}

/** #readablestream-error */
function errorReadableStream(stream, e) {
  var s = streamRecord(stream);
  if (s.controller.byte) {
    readableByteStreamControllerError(s.controller, e);
  } else {
    readableStreamDefaultControllerError(s.controller, e);
  }
}

/** #readablestream-enqueue: a chunk (an ArrayBufferView for a byte stream). */
function enqueueIntoReadableStream(stream, chunk) {
  var s = streamRecord(stream);
  if (!s.controller.byte) {
    readableStreamDefaultControllerEnqueue(s.controller, chunk);
    return;
  }
  // A view on the current BYOB request's buffer is a response to it.
  var byobView = currentBYOBRequestView(stream);
  if (byobView !== null && chunk.buffer === byobView.buffer) {
    readableByteStreamControllerRespond(s.controller, chunk.byteLength);
  } else {
    readableByteStreamControllerEnqueue(s.controller, chunk);
  }
}

/** #readablestream-current-byob-request-view: a Uint8Array, or null. */
function currentBYOBRequestView(stream) {
  var request = readableByteStreamControllerGetBYOBRequest(streamRecord(stream).controller);
  return request === null ? null : request.view;
}

/** #readablestream-get-a-reader: a ReadableStreamDefaultReader (throws if the stream is locked). */
function getAReader(stream) {
  return acquireReadableStreamDefaultReader(streamRecord(stream)).self;
}

/**
 * #readablestreamdefaultreader-read-all-bytes: successSteps(Uint8Array of every chunk's bytes) or
 * failureSteps(e) (a chunk that is not a Uint8Array is a TypeError, and a second argument true). Each read after the first
 * starts in a microtask, so that a long stream does not grow the stack.
 */
function readAllBytes(reader, successSteps, failureSteps) {
  var r = streamRecord(reader);
  var chunks = [];
  var total = 0;
  function readLoop() {
    readableStreamDefaultReaderRead(r, {
      chunkSteps: function (chunk) {
        if (!(chunk instanceof Uint8Array)) {
          failureSteps(new TypeError('The stream gave a chunk that is not a Uint8Array'), true);
          return;
        }
        chunks.push(new Uint8Array(chunk));
        total += chunk.length;
        queueStreamsMicrotask(readLoop);
      },
      closeSteps: function () {
        var bytes = new Uint8Array(total);
        var at = 0;
        chunks.forEach(function (c) {
          bytes.set(c, at);
          at += c.length;
        });
        successSteps(bytes);
      },
      errorSteps: failureSteps
    });
  }
  readLoop();
}

/** #readablestream-cancel: a promise. */
function cancelReadableStream(stream, reason) {
  return readableStreamCancel(streamRecord(stream), reason);
}

/** #readablestream-tee: two branches, the second's chunks structured clones of the first's. */
function teeReadableStream(stream) {
  var branches = readableStreamTee(streamRecord(stream), true);
  return [branches[0].self, branches[1].self];
}

/** #readablestream-readable */
function isReadableStreamReadable(stream) {
  return streamRecord(stream).state === 'readable';
}

/** #readablestream-locked */
function readableStreamIsLocked(stream) {
  return isReadableStreamLocked(streamRecord(stream));
}

/** #is-readable-stream-disturbed */
function isReadableStreamDisturbed(stream) {
  return streamRecord(stream).disturbed;
}

/** A new WritableStream object, its slot not yet set (set it up with setUpWritableStream). */
function newWritableStreamObject() {
  return Object.create(WritableStream.prototype);
}

/** #writablestream-set-up: (stream, writeAlgorithm(chunk) → promise, closeAlgorithm?, abortAlgorithm?, highWaterMark = 1, sizeAlgorithm?) → stream. */
function setUpWritableStream(stream, writeAlgorithm, closeAlgorithm, abortAlgorithm, highWaterMark, sizeAlgorithm) {
  var s = initializeWritableStream(stream);
  var controller = newWritableStreamDefaultController();
  setUpWritableStreamDefaultController(s, controller, function () {
    return undefined;
  }, function (chunk) {
    try {
      return promiseResolvedWith(writeAlgorithm(chunk));
    } catch (e) {
      return promiseRejectedWith(e);
    }
  }, function () {
    return wrapAlgorithmResult(closeAlgorithm, []);
  }, function (reason) {
    return wrapAlgorithmResult(abortAlgorithm, [reason]);
  }, highWaterMark === undefined ? 1 : highWaterMark, sizeAlgorithm === undefined ? function () {
    return 1;
  } : sizeAlgorithm);
  return stream;
}

/** #writablestream-error */
function errorWritableStream(stream, e) {
  writableStreamDefaultControllerErrorIfNeeded(streamRecord(stream).controller, e);
}

/** A new TransformStream object, its slot not yet set (set it up with setUpTransformStream). */
function newTransformStreamObject() {
  return Object.create(TransformStream.prototype);
}

/** #transformstream-set-up: (stream, transformAlgorithm(chunk), flushAlgorithm?, cancelAlgorithm(reason)?) → stream. */
function setUpTransformStream(stream, transformAlgorithm, flushAlgorithm, cancelAlgorithm) {
  var startPromise = resolvedDeferred();
  var s = initializeTransformStream(stream, startPromise, 1, function () {
    return 1;
  }, 0, function () {
    return 1;
  });
  var controller = newTransformStreamDefaultController();
  setUpTransformStreamDefaultController(s, controller, function (chunk) {
    return wrapAlgorithmResult(transformAlgorithm, [chunk]);
  }, function () {
    return wrapAlgorithmResult(flushAlgorithm, []);
  }, function (reason) {
    return wrapAlgorithmResult(cancelAlgorithm, [reason]);
  });
  return stream;
}

/** #transformstream-enqueue */
function enqueueIntoTransformStream(stream, chunk) {
  transformStreamDefaultControllerEnqueue(streamRecord(stream).controller, chunk);
}

