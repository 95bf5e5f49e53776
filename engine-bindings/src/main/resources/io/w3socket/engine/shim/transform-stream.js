// transform-stream.js: TransformStream and TransformStreamDefaultController
// (https://streams.spec.whatwg.org/#ts-class, #ts-default-controller-class) and their abstract
// operations (#ts-all-abstract-ops).

/** #ts-constructor */
function TransformStream() {
  requireNew(this, TransformStream, 'TransformStream');
  var what = "construct 'TransformStream'";
  var transformer = arguments[0];
  // WebIDL 'optional object': null is not an object (Chromium's words for it).
  if (transformer === null) {
    throw new TypeError('Failed to ' + what + ': Cannot convert undefined or null to object');
  }
  if (transformer !== undefined && !isObject(transformer)) {
    throw new TypeError('Failed to ' + what + ": The provided value is not of type 'object'.");
  }
  var writableStrategy = toQueuingStrategy(arguments[1], what);
  var readableStrategy = toQueuingStrategy(arguments[2], what);
  // step 1-2: the Transformer dictionary (cancel, flush, readableType, start, transform, writableType).
  if (transformer === undefined) {
    transformer = null;
  }
  var dict = {};
  if (transformer !== null) {
    dict.cancel = callbackMember(transformer, 'cancel', 'transformer', what);
    dict.flush = callbackMember(transformer, 'flush', 'transformer', what);
    dict.readableType = transformer.readableType;
    dict.start = callbackMember(transformer, 'start', 'transformer', what);
    dict.transform = callbackMember(transformer, 'transform', 'transformer', what);
    dict.writableType = transformer.writableType;
  }
  // step 3-4: no types are defined yet.
  if (dict.readableType !== undefined) {
    throw new RangeError('Failed to ' + what + ': Invalid readableType was specified');
  }
  if (dict.writableType !== undefined) {
    throw new RangeError('Failed to ' + what + ': Invalid writableType was specified');
  }
  // step 5-8
  var readableHighWaterMark = extractHighWaterMark(readableStrategy, 0, what);
  var readableSizeAlgorithm = extractSizeAlgorithm(readableStrategy);
  var writableHighWaterMark = extractHighWaterMark(writableStrategy, 1, what);
  var writableSizeAlgorithm = extractSizeAlgorithm(writableStrategy);
  // step 9-11
  var startPromise = newPromise();
  var stream = initializeTransformStream(this, startPromise, writableHighWaterMark, writableSizeAlgorithm,
      readableHighWaterMark, readableSizeAlgorithm);
  setUpTransformStreamDefaultControllerFromTransformer(stream, transformer, dict);
  // step 12-13: start is called with the transformer as this; its exception is rethrown.
  if (dict.start !== undefined) {
    startPromise.resolve(dict.start.call(transformer, stream.controller.self));
  } else {
    startPromise.resolve(undefined);
  }
}

defineAccessor(TransformStream.prototype, 'readable', function () {
  // #ts-readable
  return slotOf(this, 'TransformStream').readable.self;
});
defineAccessor(TransformStream.prototype, 'writable', function () {
  // #ts-writable
  return slotOf(this, 'TransformStream').writable.self;
});
setTag(TransformStream.prototype, 'TransformStream');

function TransformStreamDefaultController() {
  illegalConstructor(this, TransformStreamDefaultController);
}

/** A new TransformStreamDefaultController's record (#ts-default-controller-internal-slots). */
function newTransformStreamDefaultController() {
  var obj = Object.create(TransformStreamDefaultController.prototype);
  return setSlot(obj, {
    kinds: ['TransformStreamDefaultController'],
    self: obj,
    cancelAlgorithm: undefined,
    finishPromise: undefined,
    flushAlgorithm: undefined,
    stream: undefined,
    transformAlgorithm: undefined
  });
}

defineAccessor(TransformStreamDefaultController.prototype, 'desiredSize', function () {
  // #ts-default-controller-desired-size
  var controller = slotOf(this, 'TransformStreamDefaultController');
  return readableStreamDefaultControllerGetDesiredSize(controller.stream.readable.controller);
});
defineMethods(TransformStreamDefaultController.prototype, {
  /** #ts-default-controller-enqueue */
  enqueue: function () {
    var chunk = arguments[0]; // optional: the length stays 0
    transformStreamDefaultControllerEnqueue(slotOf(this, 'TransformStreamDefaultController'), chunk,
        "execute 'enqueue' on 'TransformStreamDefaultController'");
  },
  /** #ts-default-controller-error */
  error: function () {
    var reason = arguments[0]; // optional: the length stays 0
    transformStreamDefaultControllerError(slotOf(this, 'TransformStreamDefaultController'), reason);
  },
  /** #ts-default-controller-terminate */
  terminate: function () {
    transformStreamDefaultControllerTerminate(slotOf(this, 'TransformStreamDefaultController'));
  }
});
setTag(TransformStreamDefaultController.prototype, 'TransformStreamDefaultController');

/** #initialize-transform-stream: the stream's slots and its two sides; returns its record. */
function initializeTransformStream(obj, startPromise, writableHighWaterMark, writableSizeAlgorithm,
    readableHighWaterMark, readableSizeAlgorithm) {
  var stream = setSlot(obj, {
    kinds: ['TransformStream'],
    self: obj,
    backpressure: undefined,
    backpressureChangePromise: undefined,
    controller: undefined,
    readable: undefined,
    writable: undefined
  });
  // step 1: both sides start when the transformer has started.
  function startAlgorithm() {
    return startPromise.promise;
  }
  // step 2-5
  stream.writable = createWritableStream(startAlgorithm, function (chunk) {
    return transformStreamDefaultSinkWriteAlgorithm(stream, chunk);
  }, function () {
    return transformStreamDefaultSinkCloseAlgorithm(stream);
  }, function (reason) {
    return transformStreamDefaultSinkAbortAlgorithm(stream, reason);
  }, writableHighWaterMark, writableSizeAlgorithm);
  // step 6-8
  stream.readable = createReadableStream(startAlgorithm, function () {
    return transformStreamDefaultSourcePullAlgorithm(stream);
  }, function (reason) {
    return transformStreamDefaultSourceCancelAlgorithm(stream, reason);
  }, readableHighWaterMark, readableSizeAlgorithm);
  // step 9-11
  transformStreamSetBackpressure(stream, true);
  return stream;
}

/** #transform-stream-error */
function transformStreamError(stream, e) {
  readableStreamDefaultControllerError(stream.readable.controller, e);
  transformStreamErrorWritableAndUnblockWrite(stream, e);
}

/** #transform-stream-error-writable-and-unblock-write */
function transformStreamErrorWritableAndUnblockWrite(stream, e) {
  transformStreamDefaultControllerClearAlgorithms(stream.controller);
  writableStreamDefaultControllerErrorIfNeeded(stream.writable.controller, e);
  transformStreamUnblockWrite(stream);
}

/** #transform-stream-set-backpressure */
function transformStreamSetBackpressure(stream, backpressure) {
  if (stream.backpressureChangePromise !== undefined) {
    stream.backpressureChangePromise.resolve(undefined);
  }
  stream.backpressureChangePromise = newPromise();
  stream.backpressure = backpressure;
}

/** #transform-stream-unblock-write */
function transformStreamUnblockWrite(stream) {
  if (stream.backpressure) {
    transformStreamSetBackpressure(stream, false);
  }
}

/** #set-up-transform-stream-default-controller */
function setUpTransformStreamDefaultController(stream, controller, transformAlgorithm, flushAlgorithm,
    cancelAlgorithm) {
  controller.stream = stream;
  stream.controller = controller;
  controller.transformAlgorithm = transformAlgorithm;
  controller.flushAlgorithm = flushAlgorithm;
  controller.cancelAlgorithm = cancelAlgorithm;
}

/** #set-up-transform-stream-default-controller-from-transformer */
function setUpTransformStreamDefaultControllerFromTransformer(stream, transformer, dict) {
  var controller = newTransformStreamDefaultController();
  // step 2: without transform, the chunk passes through.
  var transformAlgorithm = dict.transform === undefined ? function (chunk) {
    try {
      transformStreamDefaultControllerEnqueue(controller, chunk);
    } catch (e) {
      return promiseRejectedWith(e);
    }
    return promiseResolvedWith(undefined);
  } : function (chunk) {
    return invokeAsPromise(dict.transform, transformer, [chunk, controller.self]);
  };
  // step 3-7
  var flushAlgorithm = dict.flush === undefined ? function () {
    return promiseResolvedWith(undefined);
  } : function () {
    return invokeAsPromise(dict.flush, transformer, [controller.self]);
  };
  var cancelAlgorithm = dict.cancel === undefined ? function () {
    return promiseResolvedWith(undefined);
  } : function (reason) {
    return invokeAsPromise(dict.cancel, transformer, [reason]);
  };
  setUpTransformStreamDefaultController(stream, controller, transformAlgorithm, flushAlgorithm, cancelAlgorithm);
}

/** #transform-stream-default-controller-clear-algorithms */
function transformStreamDefaultControllerClearAlgorithms(controller) {
  controller.transformAlgorithm = undefined;
  controller.flushAlgorithm = undefined;
  controller.cancelAlgorithm = undefined;
}

/** #transform-stream-default-controller-enqueue */
function transformStreamDefaultControllerEnqueue(controller, chunk, what) {
  var stream = controller.stream;
  var readableController = stream.readable.controller;
  // step 3
  if (!readableStreamDefaultControllerCanCloseOrEnqueue(readableController)) {
    throw streamTypeError(what, 'Cannot enqueue a chunk into a readable stream that is closed or has been requested to be closed');
  }
  // step 4-5: a failing size errors both sides.
  try {
    readableStreamDefaultControllerEnqueue(readableController, chunk);
  } catch (e) {
    transformStreamErrorWritableAndUnblockWrite(stream, e);
    throw stream.readable.storedError;
  }
  // step 6-7
  var backpressure = readableStreamDefaultControllerHasBackpressure(readableController);
  if (backpressure !== stream.backpressure) {
    transformStreamSetBackpressure(stream, true);
  }
}

/** #transform-stream-default-controller-error */
function transformStreamDefaultControllerError(controller, e) {
  transformStreamError(controller.stream, e);
}

/** #transform-stream-default-controller-perform-transform */
function transformStreamDefaultControllerPerformTransform(controller, chunk) {
  var transformPromise = controller.transformAlgorithm(chunk);
  return uponPromise(transformPromise, undefined, function (r) {
    transformStreamError(controller.stream, r);
    throw r;
  });
}

/** #transform-stream-default-controller-terminate */
function transformStreamDefaultControllerTerminate(controller) {
  var stream = controller.stream;
  readableStreamDefaultControllerClose(stream.readable.controller);
  transformStreamErrorWritableAndUnblockWrite(stream, new TypeError('The transform stream has been terminated'));
}

/** #transform-stream-default-sink-write-algorithm */
function transformStreamDefaultSinkWriteAlgorithm(stream, chunk) {
  var controller = stream.controller;
  // step 3: under backpressure the transform waits for the readable side to want more.
  if (stream.backpressure) {
    return uponPromise(stream.backpressureChangePromise.promise, function () {
      var writable = stream.writable;
      if (writable.state === 'erroring') {
        throw writable.storedError;
      }
      return transformStreamDefaultControllerPerformTransform(controller, chunk);
    });
  }
  return transformStreamDefaultControllerPerformTransform(controller, chunk);
}

/** #transform-stream-default-sink-abort-algorithm */
function transformStreamDefaultSinkAbortAlgorithm(stream, reason) {
  var controller = stream.controller;
  if (controller.finishPromise !== undefined) {
    return controller.finishPromise.promise;
  }
  var readable = stream.readable;
  // step 4-7
  var finish = controller.finishPromise = newPromise();
  var cancelPromise = controller.cancelAlgorithm(reason);
  transformStreamDefaultControllerClearAlgorithms(controller);
  uponPromise(cancelPromise, function () {
    if (readable.state === 'errored') {
      finish.reject(readable.storedError);
    } else {
      readableStreamDefaultControllerError(readable.controller, reason);
      finish.resolve(undefined);
    }
  }, function (r) {
    readableStreamDefaultControllerError(readable.controller, r);
    finish.reject(r);
  });
  return finish.promise;
}

/** #transform-stream-default-sink-close-algorithm */
function transformStreamDefaultSinkCloseAlgorithm(stream) {
  var controller = stream.controller;
  if (controller.finishPromise !== undefined) {
    return controller.finishPromise.promise;
  }
  var readable = stream.readable;
  // step 4-7: flush, then close the readable side.
  var finish = controller.finishPromise = newPromise();
  var flushPromise = controller.flushAlgorithm();
  transformStreamDefaultControllerClearAlgorithms(controller);
  uponPromise(flushPromise, function () {
    if (readable.state === 'errored') {
      finish.reject(readable.storedError);
    } else {
      readableStreamDefaultControllerClose(readable.controller);
      finish.resolve(undefined);
    }
  }, function (r) {
    readableStreamDefaultControllerError(readable.controller, r);
    finish.reject(r);
  });
  return finish.promise;
}

/** #transform-stream-default-source-pull */
function transformStreamDefaultSourcePullAlgorithm(stream) {
  transformStreamSetBackpressure(stream, false);
  return stream.backpressureChangePromise.promise;
}

/** #transform-stream-default-source-cancel */
function transformStreamDefaultSourceCancelAlgorithm(stream, reason) {
  var controller = stream.controller;
  if (controller.finishPromise !== undefined) {
    return controller.finishPromise.promise;
  }
  var writable = stream.writable;
  // step 4-7
  var finish = controller.finishPromise = newPromise();
  var cancelPromise = controller.cancelAlgorithm(reason);
  transformStreamDefaultControllerClearAlgorithms(controller);
  uponPromise(cancelPromise, function () {
    if (writable.state === 'errored') {
      finish.reject(writable.storedError);
    } else {
      writableStreamDefaultControllerErrorIfNeeded(writable.controller, reason);
      transformStreamUnblockWrite(stream);
      finish.resolve(undefined);
    }
  }, function (r) {
    writableStreamDefaultControllerErrorIfNeeded(writable.controller, r);
    transformStreamUnblockWrite(stream);
    finish.reject(r);
  });
  return finish.promise;
}

exposed.TransformStream = TransformStream;
exposed.TransformStreamDefaultController = TransformStreamDefaultController;
