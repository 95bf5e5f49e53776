// readable-stream-default-controller.js: ReadableStreamDefaultController
// (https://streams.spec.whatwg.org/#rs-default-controller-class) and its abstract operations
// (#rs-default-controller-abstract-ops).

function ReadableStreamDefaultController() {
  illegalConstructor(this, ReadableStreamDefaultController);
}

/** A new ReadableStreamDefaultController's record (#rs-default-controller-internal-slots). */
function newReadableStreamDefaultController() {
  var obj = Object.create(ReadableStreamDefaultController.prototype);
  return setSlot(obj, {
    kinds: ['ReadableStreamDefaultController'],
    self: obj,
    byte: false,
    stream: undefined,
    queue: [],
    queueTotalSize: 0,
    started: false,
    closeRequested: false,
    pullAgain: false,
    pulling: false,
    strategyHWM: 0,
    strategySizeAlgorithm: undefined,
    pullAlgorithm: undefined,
    cancelAlgorithm: undefined
  });
}

defineAccessor(ReadableStreamDefaultController.prototype, 'desiredSize', function () {
  // #rs-default-controller-desired-size
  return readableStreamDefaultControllerGetDesiredSize(slotOf(this, 'ReadableStreamDefaultController'));
});

defineMethods(ReadableStreamDefaultController.prototype, {
  /** #rs-default-controller-close */
  close: function () {
    var controller = slotOf(this, 'ReadableStreamDefaultController');
    // step 1
    if (!readableStreamDefaultControllerCanCloseOrEnqueue(controller)) {
      throw streamTypeError("execute 'close' on 'ReadableStreamDefaultController'",
          controller.closeRequested ? 'Cannot close a readable stream that has already been requested to be closed'
              : controller.stream.state === 'errored' ? 'Cannot close an errored readable stream'
                  : 'Cannot close a closed readable stream');
    }
    // step 2
    readableStreamDefaultControllerClose(controller);
  },
  /** #rs-default-controller-enqueue */
  enqueue: function () {
    var chunk = arguments[0]; // optional: the length stays 0
    var controller = slotOf(this, 'ReadableStreamDefaultController');
    // step 1
    if (!readableStreamDefaultControllerCanCloseOrEnqueue(controller)) {
      throw streamTypeError("execute 'enqueue' on 'ReadableStreamDefaultController'",
          controller.stream.state === 'errored' ? 'Cannot enqueue a chunk into an errored readable stream'
              : 'Cannot enqueue a chunk into a readable stream that is closed or has been requested to be closed');
    }
    // step 2
    readableStreamDefaultControllerEnqueue(controller, chunk);
  },
  /** #rs-default-controller-error */
  error: function () {
    var e = arguments[0]; // optional: the length stays 0
    readableStreamDefaultControllerError(slotOf(this, 'ReadableStreamDefaultController'), e);
  }
});
setTag(ReadableStreamDefaultController.prototype, 'ReadableStreamDefaultController');

/** #rs-default-controller-private-cancel */
function readableStreamDefaultControllerCancelSteps(controller, reason) {
  resetQueue(controller);
  var result = controller.cancelAlgorithm(reason);
  readableStreamDefaultControllerClearAlgorithms(controller);
  return result;
}

/** #rs-default-controller-private-pull */
function readableStreamDefaultControllerPullSteps(controller, readRequest) {
  var stream = controller.stream;
  // step 2: a queued chunk is read at once.
  if (controller.queue.length > 0) {
    var chunk = dequeueValue(controller);
    if (controller.closeRequested && controller.queue.length === 0) {
      readableStreamDefaultControllerClearAlgorithms(controller);
      readableStreamClose(stream);
    } else {
      readableStreamDefaultControllerCallPullIfNeeded(controller);
    }
    readRequest.chunkSteps(chunk);
  } else {
    // step 3
    readableStreamAddReadRequest(stream, readRequest);
    readableStreamDefaultControllerCallPullIfNeeded(controller);
  }
}

/** #readable-stream-default-controller-call-pull-if-needed */
function readableStreamDefaultControllerCallPullIfNeeded(controller) {
  // step 1-2
  if (!readableStreamDefaultControllerShouldCallPull(controller)) {
    return;
  }
  // step 3: one pull at a time; another is remembered.
  if (controller.pulling) {
    controller.pullAgain = true;
    return;
  }
  // step 5-7
  controller.pulling = true;
  var pullPromise = controller.pullAlgorithm();
  uponPromise(pullPromise, function () {
    controller.pulling = false;
    if (controller.pullAgain) {
      controller.pullAgain = false;
      readableStreamDefaultControllerCallPullIfNeeded(controller);
    }
  }, function (e) {
    readableStreamDefaultControllerError(controller, e);
  });
}

/** #readable-stream-default-controller-should-call-pull */
function readableStreamDefaultControllerShouldCallPull(controller) {
  var stream = controller.stream;
  if (!readableStreamDefaultControllerCanCloseOrEnqueue(controller)) {
    return false;
  }
  if (!controller.started) {
    return false;
  }
  // step 4: a waiting read is reason enough.
  if (isReadableStreamLocked(stream) && readableStreamGetNumReadRequests(stream) > 0) {
    return true;
  }
  // step 5-7
  return readableStreamDefaultControllerGetDesiredSize(controller) > 0;
}

/** #readable-stream-default-controller-clear-algorithms */
function readableStreamDefaultControllerClearAlgorithms(controller) {
  controller.pullAlgorithm = undefined;
  controller.cancelAlgorithm = undefined;
  controller.strategySizeAlgorithm = undefined;
}

/** #readable-stream-default-controller-close */
function readableStreamDefaultControllerClose(controller) {
  if (!readableStreamDefaultControllerCanCloseOrEnqueue(controller)) {
    return;
  }
  // step 3-4: closes once the queue is read.
  controller.closeRequested = true;
  if (controller.queue.length === 0) {
    readableStreamDefaultControllerClearAlgorithms(controller);
    readableStreamClose(controller.stream);
  }
}

/** #readable-stream-default-controller-enqueue */
function readableStreamDefaultControllerEnqueue(controller, chunk) {
  if (!readableStreamDefaultControllerCanCloseOrEnqueue(controller)) {
    return;
  }
  var stream = controller.stream;
  // step 3: a waiting read gets the chunk without queuing it.
  if (isReadableStreamLocked(stream) && readableStreamGetNumReadRequests(stream) > 0) {
    readableStreamFulfillReadRequest(stream, chunk, false);
  } else {
    // step 4: queued with its size; a failing size function errors the stream.
    var chunkSize;
    try {
      chunkSize = controller.strategySizeAlgorithm(chunk);
    } catch (e) {
      readableStreamDefaultControllerError(controller, e);
      throw e;
    }
    try {
      enqueueValueWithSize(controller, chunk, chunkSize);
    } catch (e2) {
      readableStreamDefaultControllerError(controller, e2);
      throw e2;
    }
  }
  // step 5
  readableStreamDefaultControllerCallPullIfNeeded(controller);
}

/** #readable-stream-default-controller-error */
function readableStreamDefaultControllerError(controller, e) {
  var stream = controller.stream;
  if (stream.state !== 'readable') {
    return;
  }
  resetQueue(controller);
  readableStreamDefaultControllerClearAlgorithms(controller);
  readableStreamError(stream, e);
}

/** #readable-stream-default-controller-get-desired-size */
function readableStreamDefaultControllerGetDesiredSize(controller) {
  var state = controller.stream.state;
  if (state === 'errored') {
    return null;
  }
  if (state === 'closed') {
    return 0;
  }
  return controller.strategyHWM - controller.queueTotalSize;
}

/** #rs-default-controller-has-backpressure */
function readableStreamDefaultControllerHasBackpressure(controller) {
  return !readableStreamDefaultControllerShouldCallPull(controller);
}

/** #readable-stream-default-controller-can-close-or-enqueue */
function readableStreamDefaultControllerCanCloseOrEnqueue(controller) {
  return !controller.closeRequested && controller.stream.state === 'readable';
}

/** #set-up-readable-stream-default-controller */
function setUpReadableStreamDefaultController(stream, controller, startAlgorithm, pullAlgorithm, cancelAlgorithm,
    highWaterMark, sizeAlgorithm) {
  // step 2-9
  controller.stream = stream;
  resetQueue(controller);
  controller.started = false;
  controller.closeRequested = false;
  controller.pullAgain = false;
  controller.pulling = false;
  controller.strategySizeAlgorithm = sizeAlgorithm;
  controller.strategyHWM = highWaterMark;
  controller.pullAlgorithm = pullAlgorithm;
  controller.cancelAlgorithm = cancelAlgorithm;
  stream.controller = controller;
  // step 10-12: start's result (rethrown if it throws) decides when pulling may begin.
  var startResult = startAlgorithm();
  uponPromise(promiseResolvedWith(startResult), function () {
    controller.started = true;
    readableStreamDefaultControllerCallPullIfNeeded(controller);
  }, function (r) {
    readableStreamDefaultControllerError(controller, r);
  });
}

/**
 * #set-up-readable-stream-default-controller-from-underlying-source steps 2-7 (the byte
 * controller's steps are the same): the source's start, pull and cancel, called with the source as
 * this; a missing pull or cancel resolves at once.
 */
function underlyingSourceAlgorithms(underlyingSource, dict, controller) {
  return {
    start: function () {
      return dict.start === undefined ? undefined : dict.start.call(underlyingSource, controller.self);
    },
    pull: dict.pull === undefined ? function () {
      return promiseResolvedWith(undefined);
    } : function () {
      return invokeAsPromise(dict.pull, underlyingSource, [controller.self]);
    },
    cancel: dict.cancel === undefined ? function () {
      return promiseResolvedWith(undefined);
    } : function (reason) {
      return invokeAsPromise(dict.cancel, underlyingSource, [reason]);
    }
  };
}

/** #set-up-readable-stream-default-controller-from-underlying-source */
function setUpReadableStreamDefaultControllerFromUnderlyingSource(stream, underlyingSource, dict, highWaterMark,
    sizeAlgorithm) {
  var controller = newReadableStreamDefaultController();
  // step 2-7
  var source = underlyingSourceAlgorithms(underlyingSource, dict, controller);
  setUpReadableStreamDefaultController(stream, controller, source.start, source.pull, source.cancel,
      highWaterMark, sizeAlgorithm);
}

exposed.ReadableStreamDefaultController = ReadableStreamDefaultController;
