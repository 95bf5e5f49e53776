// readable-stream.js: ReadableStream (https://streams.spec.whatwg.org/#rs-class) and the abstract
// operations on readable streams (#rs-abstract-ops, #rs-abstract-ops-used-by-controllers).
// Internal slots are records (slotOf); each record's self is its object. Algorithms take records.

/** A TypeError, prefixed "Failed to WHAT: " when the check belongs to a method (Chromium's words). */
function streamTypeError(what, message) {
  return new TypeError(what ? 'Failed to ' + what + ': ' + message : message);
}

/** #rs-constructor */
function ReadableStream() {
  requireNew(this, ReadableStream, 'ReadableStream');
  var what = "construct 'ReadableStream'";
  var underlyingSource = arguments[0];
  // The arguments' WebIDL conversions: underlyingSource is an object, strategy a QueuingStrategy.
  // WebIDL 'optional object': null is not an object (Chromium's words for it).
  if (underlyingSource === null) {
    throw new TypeError('Failed to ' + what + ': Cannot convert undefined or null to object');
  }
  if (underlyingSource !== undefined && !isObject(underlyingSource)) {
    throw new TypeError('Failed to ' + what + ": The provided value is not of type 'object'.");
  }
  var strategy = toQueuingStrategy(arguments[1], what);
  // step 1: a missing underlyingSource is null.
  if (underlyingSource === undefined) {
    underlyingSource = null;
  }
  // step 2: the UnderlyingSource dictionary.
  var dict = toUnderlyingSource(underlyingSource, what);
  // step 3
  var stream = initializeReadableStream(this);
  if (dict.type === 'bytes') {
    // step 4.1: a byte stream has no size function.
    if (strategy.size !== undefined) {
      throw new RangeError('Failed to ' + what + ': Cannot create byte stream with size() defined on the strategy');
    }
    // step 4.2-3
    var byteHWM = extractHighWaterMark(strategy, 0, what);
    setUpReadableByteStreamControllerFromUnderlyingSource(stream, underlyingSource, dict, byteHWM, what);
  } else {
    // step 5.2-4
    var sizeAlgorithm = extractSizeAlgorithm(strategy);
    var hwm = extractHighWaterMark(strategy, 1, what);
    setUpReadableStreamDefaultControllerFromUnderlyingSource(stream, underlyingSource, dict, hwm, sizeAlgorithm);
  }
}

/** The UnderlyingSource dictionary (#underlying-source-api), its members in WebIDL (alphabetical) order. */
function toUnderlyingSource(source, what) {
  var d = {};
  if (source === null) {
    return d;
  }
  var size = source.autoAllocateChunkSize;
  if (size !== undefined) {
    d.autoAllocateChunkSize = toEnforcedUnsignedLongLong(size, what, 'autoAllocateChunkSize', 'UnderlyingSource');
  }
  d.cancel = callbackMember(source, 'cancel', 'underlyingSource', what);
  d.pull = callbackMember(source, 'pull', 'underlyingSource', what);
  d.start = callbackMember(source, 'start', 'underlyingSource', what);
  var type = source.type;
  if (type !== undefined) {
    d.type = toEnum(type, ['bytes'], 'ReadableStreamType', what);
  }
  return d;
}

defineAccessor(ReadableStream.prototype, 'locked', function () {
  // #rs-locked
  return isReadableStreamLocked(slotOf(this, 'ReadableStream'));
});

defineMethods(ReadableStream.prototype, {
  /** #rs-cancel */
  cancel: function () {
    var reason = arguments[0]; // optional: the length stays 0
    var stream = this === null || this === undefined ? undefined : this[SLOT];
    if (!stream || stream.kinds[0] !== 'ReadableStream') {
      return promiseRejectedWith(streamTypeError("execute 'cancel' on 'ReadableStream'", 'Illegal invocation'));
    }
    // step 1: a locked stream cannot be canceled.
    if (isReadableStreamLocked(stream)) {
      return promiseRejectedWith(streamTypeError("execute 'cancel' on 'ReadableStream'", 'Cannot cancel a locked stream'));
    }
    // step 2
    return readableStreamCancel(stream, reason);
  },

  /** #rs-get-reader */
  getReader: function () {
    var options = arguments[0]; // optional: the length stays 0
    var stream = slotOf(this, 'ReadableStream');
    var what = "execute 'getReader' on 'ReadableStream'";
    var mode;
    // The ReadableStreamGetReaderOptions dictionary.
    if (options !== undefined && options !== null) {
      if (!isObject(options)) {
        throw streamTypeError(what, "The provided value is not of type 'ReadableStreamGetReaderOptions'.");
      }
      var m = options.mode;
      if (m !== undefined) {
        try {
          mode = toEnum(m, ['byob'], 'ReadableStreamReaderMode', 'x');
        } catch (e) {
          throw streamTypeError(what, "Failed to read the 'mode' property from 'ReadableStreamGetReaderOptions': "
              + "The provided value '" + toDOMString(m) + "' is not a valid enum value of type ReadableStreamReaderMode.");
        }
      }
    }
    // step 1: no mode, a default reader.
    if (mode === undefined) {
      return acquireReadableStreamDefaultReader(stream, what).self;
    }
    // step 2-3
    return acquireReadableStreamBYOBReader(stream, what).self;
  },

  pipeThrough: pipeThrough,
  pipeTo: pipeTo,

  /** #rs-tee */
  tee: function () {
    var stream = slotOf(this, 'ReadableStream');
    // step 1: ? ReadableStreamTee(this, false).
    var branches = readableStreamTee(stream, false, "execute 'tee' on 'ReadableStream'");
    return [branches[0].self, branches[1].self];
  }
});
setTag(ReadableStream.prototype, 'ReadableStream');

/** #create-readable-stream: a stream with a default controller, for the algorithms given. */
function createReadableStream(startAlgorithm, pullAlgorithm, cancelAlgorithm, highWaterMark, sizeAlgorithm) {
  // step 1-2: the defaults.
  if (highWaterMark === undefined) {
    highWaterMark = 1;
  }
  if (sizeAlgorithm === undefined) {
    sizeAlgorithm = function () {
      return 1;
    };
  }
  // step 3: Assert: ! IsNonNegativeNumber(highWaterMark) is true.
  // step 4-5
  var stream = initializeReadableStream(Object.create(ReadableStream.prototype));
  // step 6-7
  var controller = newReadableStreamDefaultController();
  setUpReadableStreamDefaultController(stream, controller, startAlgorithm, pullAlgorithm, cancelAlgorithm,
      highWaterMark, sizeAlgorithm);
  return stream;
}

/** #abstract-opdef-createreadablebytestream */
function createReadableByteStream(startAlgorithm, pullAlgorithm, cancelAlgorithm) {
  var stream = initializeReadableStream(Object.create(ReadableStream.prototype));
  var controller = newReadableByteStreamController();
  setUpReadableByteStreamController(stream, controller, startAlgorithm, pullAlgorithm, cancelAlgorithm, 0, undefined);
  return stream;
}

/** #initialize-readable-stream: the stream's slots; returns its record. */
function initializeReadableStream(obj) {
  return setSlot(obj, {
    kinds: ['ReadableStream'],
    self: obj,
    state: 'readable',
    reader: undefined,
    storedError: undefined,
    disturbed: false,
    controller: undefined
  });
}

/** #is-readable-stream-locked */
function isReadableStreamLocked(stream) {
  return stream.reader !== undefined;
}

/** #readable-stream-add-read-into-request */
function readableStreamAddReadIntoRequest(stream, readIntoRequest) {
  stream.reader.readIntoRequests.push(readIntoRequest);
}

/** #readable-stream-add-read-request */
function readableStreamAddReadRequest(stream, readRequest) {
  stream.reader.readRequests.push(readRequest);
}

/** #readable-stream-cancel */
function readableStreamCancel(stream, reason) {
  // step 1
  stream.disturbed = true;
  // step 2-3: a closed stream cancels at once; an errored one fails.
  if (stream.state === 'closed') {
    return promiseResolvedWith(undefined);
  }
  if (stream.state === 'errored') {
    return promiseRejectedWith(stream.storedError);
  }
  // step 4
  readableStreamClose(stream);
  // step 5-6: pending BYOB reads close with undefined.
  var reader = stream.reader;
  if (reader !== undefined && reader.byob) {
    var readIntoRequests = reader.readIntoRequests;
    reader.readIntoRequests = [];
    readIntoRequests.forEach(function (r) {
      r.closeSteps(undefined);
    });
  }
  // step 7-8
  var sourceCancelPromise = controllerCancelSteps(stream.controller, reason);
  return uponPromise(sourceCancelPromise, function () {
    return undefined;
  });
}

/** #readable-stream-close */
function readableStreamClose(stream) {
  // step 2
  stream.state = 'closed';
  // step 3-4
  var reader = stream.reader;
  if (reader === undefined) {
    return;
  }
  reader.closedPromise.resolve(undefined);
  // step 5: a default reader's pending reads are done.
  if (!reader.byob) {
    var readRequests = reader.readRequests;
    reader.readRequests = [];
    readRequests.forEach(function (r) {
      r.closeSteps();
    });
  }
}

/** #readable-stream-error */
function readableStreamError(stream, e) {
  // step 2-4
  stream.state = 'errored';
  stream.storedError = e;
  var reader = stream.reader;
  if (reader === undefined) {
    return;
  }
  // step 5-6
  reader.closedPromise.reject(e);
  setPromiseIsHandledToTrue(reader.closedPromise.promise);
  // step 7-8
  if (!reader.byob) {
    readableStreamDefaultReaderErrorReadRequests(reader, e);
  } else {
    readableStreamBYOBReaderErrorReadIntoRequests(reader, e);
  }
}

/** #readable-stream-fulfill-read-into-request */
function readableStreamFulfillReadIntoRequest(stream, chunk, done) {
  var readIntoRequest = stream.reader.readIntoRequests.shift();
  if (done) {
    readIntoRequest.closeSteps(chunk);
  } else {
    readIntoRequest.chunkSteps(chunk);
  }
}

/** #readable-stream-fulfill-read-request */
function readableStreamFulfillReadRequest(stream, chunk, done) {
  var readRequest = stream.reader.readRequests.shift();
  if (done) {
    readRequest.closeSteps();
  } else {
    readRequest.chunkSteps(chunk);
  }
}

/** #readable-stream-get-num-read-into-requests */
function readableStreamGetNumReadIntoRequests(stream) {
  return stream.reader.readIntoRequests.length;
}

/** #readable-stream-get-num-read-requests */
function readableStreamGetNumReadRequests(stream) {
  return stream.reader.readRequests.length;
}

/** #readable-stream-has-byob-reader */
function readableStreamHasBYOBReader(stream) {
  var reader = stream.reader;
  return reader !== undefined && reader.byob;
}

/** #readable-stream-has-default-reader */
function readableStreamHasDefaultReader(stream) {
  var reader = stream.reader;
  return reader !== undefined && !reader.byob;
}

/** A controller's [[CancelSteps]] (#rs-default-controller-private-cancel, #rbs-controller-private-cancel). */
function controllerCancelSteps(controller, reason) {
  return controller.byte ? readableByteStreamControllerCancelSteps(controller, reason)
      : readableStreamDefaultControllerCancelSteps(controller, reason);
}

/** A controller's [[PullSteps]] (#rs-default-controller-private-pull, #rbs-controller-private-pull). */
function controllerPullSteps(controller, readRequest) {
  if (controller.byte) {
    readableByteStreamControllerPullSteps(controller, readRequest);
  } else {
    readableStreamDefaultControllerPullSteps(controller, readRequest);
  }
}

/** A controller's [[ReleaseSteps]] (#abstract-opdef-readablestreamcontroller-releasesteps). */
function controllerReleaseSteps(controller) {
  if (controller.byte) {
    readableByteStreamControllerReleaseSteps(controller);
  }
  // #abstract-opdef-readablestreamdefaultcontroller-releasesteps: nothing to do.
}

/** #readable-stream-tee */
function readableStreamTee(stream, cloneForBranch2, what) {
  // step 3-4: a byte stream tees its bytes.
  if (stream.controller.byte) {
    return readableByteStreamTee(stream, what);
  }
  return readableStreamDefaultTee(stream, cloneForBranch2, what);
}

/** #abstract-opdef-readablestreamdefaulttee */
function readableStreamDefaultTee(stream, cloneForBranch2, what) {
  // step 3
  var reader = acquireReadableStreamDefaultReader(stream, what);
  // step 4-12
  var reading = false;
  var readAgain = false;
  var canceled1 = false;
  var canceled2 = false;
  var reason1;
  var reason2;
  var branch1;
  var branch2;
  var cancelPromise = newPromise();
  // step 13
  function pullAlgorithm() {
    if (reading) {
      readAgain = true;
      return promiseResolvedWith(undefined);
    }
    reading = true;
    var readRequest = {
      chunkSteps: function (chunk) {
        // A microtask, so that an error from reading is seen before the chunk is enqueued.
        queueStreamsMicrotask(function () {
          readAgain = false;
          var chunk1 = chunk;
          var chunk2 = chunk;
          if (!canceled2 && cloneForBranch2) {
            try {
              chunk2 = streamsStructuredClone(chunk2);
            } catch (e) {
              readableStreamDefaultControllerError(branch1.controller, e);
              readableStreamDefaultControllerError(branch2.controller, e);
              cancelPromise.resolve(readableStreamCancel(stream, e));
              return;
            }
          }
          if (!canceled1) {
            readableStreamDefaultControllerEnqueue(branch1.controller, chunk1);
          }
          if (!canceled2) {
            readableStreamDefaultControllerEnqueue(branch2.controller, chunk2);
          }
          reading = false;
          if (readAgain) {
            pullAlgorithm();
          }
        });
      },
      closeSteps: function () {
        reading = false;
        if (!canceled1) {
          readableStreamDefaultControllerClose(branch1.controller);
        }
        if (!canceled2) {
          readableStreamDefaultControllerClose(branch2.controller);
        }
        if (!canceled1 || !canceled2) {
          cancelPromise.resolve(undefined);
        }
      },
      errorSteps: function () {
        reading = false;
      }
    };
    readableStreamDefaultReaderRead(reader, readRequest);
    return promiseResolvedWith(undefined);
  }
  // step 14-15
  function cancel1Algorithm(reason) {
    canceled1 = true;
    reason1 = reason;
    if (canceled2) {
      cancelPromise.resolve(readableStreamCancel(stream, [reason1, reason2]));
    }
    return cancelPromise.promise;
  }
  function cancel2Algorithm(reason) {
    canceled2 = true;
    reason2 = reason;
    if (canceled1) {
      cancelPromise.resolve(readableStreamCancel(stream, [reason1, reason2]));
    }
    return cancelPromise.promise;
  }
  // step 16-18
  function startAlgorithm() {
    return undefined;
  }
  branch1 = createReadableStream(startAlgorithm, pullAlgorithm, cancel1Algorithm);
  branch2 = createReadableStream(startAlgorithm, pullAlgorithm, cancel2Algorithm);
  // step 19: the source's error errors both branches.
  uponPromise(reader.closedPromise.promise, undefined, function (r) {
    readableStreamDefaultControllerError(branch1.controller, r);
    readableStreamDefaultControllerError(branch2.controller, r);
    if (!canceled1 || !canceled2) {
      cancelPromise.resolve(undefined);
    }
  });
  return [branch1, branch2];
}

/** HTML #queue-a-microtask, on the engine's job queue (ahead of any later promise reaction). */
function queueStreamsMicrotask(fn) {
  uponPromise(promiseResolvedWith(undefined), fn);
}

exposed.ReadableStream = ReadableStream;
