// readable-byte-stream.js: ReadableByteStreamController and ReadableStreamBYOBRequest
// (https://streams.spec.whatwg.org/#rbs-controller-class, #rs-byob-request-class) and the byte
// stream controller's abstract operations (#rbs-controller-abstract-ops).

function ReadableByteStreamController() {
  illegalConstructor(this, ReadableByteStreamController);
}

/** A new ReadableByteStreamController's record (#rbs-controller-internal-slots). */
function newReadableByteStreamController() {
  var obj = Object.create(ReadableByteStreamController.prototype);
  return setSlot(obj, {
    kinds: ['ReadableByteStreamController'],
    self: obj,
    byte: true,
    autoAllocateChunkSize: undefined,
    byobRequest: null,
    cancelAlgorithm: undefined,
    closeRequested: false,
    pullAgain: false,
    pullAlgorithm: undefined,
    pulling: false,
    pendingPullIntos: [],
    queue: [],
    queueTotalSize: 0,
    started: false,
    strategyHWM: 0,
    stream: undefined
  });
}

defineAccessor(ReadableByteStreamController.prototype, 'byobRequest', function () {
  // #rbs-controller-byob-request
  var request = readableByteStreamControllerGetBYOBRequest(slotOf(this, 'ReadableByteStreamController'));
  return request === null ? null : request.self;
});
defineAccessor(ReadableByteStreamController.prototype, 'desiredSize', function () {
  // #rbs-controller-desired-size
  return readableByteStreamControllerGetDesiredSize(slotOf(this, 'ReadableByteStreamController'));
});

defineMethods(ReadableByteStreamController.prototype, {
  /** #rbs-controller-close */
  close: function () {
    var controller = slotOf(this, 'ReadableByteStreamController');
    var what = "execute 'close' on 'ReadableByteStreamController'";
    // step 1-2
    if (controller.closeRequested) {
      throw streamTypeError(what, 'Cannot close a readable stream that has already been requested to be closed');
    }
    if (controller.stream.state !== 'readable') {
      throw streamTypeError(what, 'Cannot close a readable stream that is not readable');
    }
    // step 3
    readableByteStreamControllerClose(controller);
  },
  /** #rbs-controller-enqueue */
  enqueue: function (chunk) {
    var controller = slotOf(this, 'ReadableByteStreamController');
    var what = "execute 'enqueue' on 'ReadableByteStreamController'";
    requireArgs(arguments, 1, what);
    if (!isView(chunk)) {
      throw streamTypeError(what, "parameter 1 is not of type 'ArrayBufferView'.");
    }
    // step 1-4
    if (chunk.byteLength === 0) {
      throw streamTypeError(what, 'chunk is empty');
    }
    if (chunk.buffer.byteLength === 0) {
      throw streamTypeError(what, "chunk's buffer is detached or empty");
    }
    if (controller.closeRequested) {
      throw streamTypeError(what, 'close requested already');
    }
    if (controller.stream.state !== 'readable') {
      throw streamTypeError(what, 'stream is not readable');
    }
    // step 5
    readableByteStreamControllerEnqueue(controller, chunk);
  },
  /** #rbs-controller-error */
  error: function () {
    var e = arguments[0]; // optional: the length stays 0
    readableByteStreamControllerError(slotOf(this, 'ReadableByteStreamController'), e);
  }
});
setTag(ReadableByteStreamController.prototype, 'ReadableByteStreamController');

function ReadableStreamBYOBRequest() {
  illegalConstructor(this, ReadableStreamBYOBRequest);
}

defineAccessor(ReadableStreamBYOBRequest.prototype, 'view', function () {
  // #rs-byob-request-view
  return slotOf(this, 'ReadableStreamBYOBRequest').view;
});

defineMethods(ReadableStreamBYOBRequest.prototype, {
  /** #rs-byob-request-respond */
  respond: function (bytesWritten) {
    var request = slotOf(this, 'ReadableStreamBYOBRequest');
    var what = "execute 'respond' on 'ReadableStreamBYOBRequest'";
    requireArgs(arguments, 1, what);
    var n = enforceRangeArgument(bytesWritten, what);
    // step 1-2
    if (request.controller === undefined) {
      throw streamTypeError(what, 'This BYOB request has been invalidated');
    }
    if (isDetachedBuffer(request.view.buffer)) {
      throw streamTypeError(what, 'The BYOB request\'s buffer has been detached and so cannot be used as a response');
    }
    // step 5
    readableByteStreamControllerRespond(request.controller, n, what);
  },
  /** #rs-byob-request-respond-with-new-view */
  respondWithNewView: function (view) {
    var request = slotOf(this, 'ReadableStreamBYOBRequest');
    var what = "execute 'respondWithNewView' on 'ReadableStreamBYOBRequest'";
    requireArgs(arguments, 1, what);
    if (!isView(view)) {
      throw streamTypeError(what, "parameter 1 is not of type 'ArrayBufferView'.");
    }
    // step 1-2
    if (request.controller === undefined) {
      throw streamTypeError(what, 'This BYOB request has been invalidated');
    }
    if (isDetachedBuffer(view.buffer)) {
      throw streamTypeError(what, 'The given view\'s buffer has been detached and so cannot be used as a response');
    }
    // step 3
    readableByteStreamControllerRespondWithNewView(request.controller, view, what);
  }
});
setTag(ReadableStreamBYOBRequest.prototype, 'ReadableStreamBYOBRequest');

/** An argument of type [EnforceRange] unsigned long long. */
function enforceRangeArgument(v, what) {
  var x = Number(v);
  if (!isFinite(x)) {
    throw streamTypeError(what, "Value is not of type 'unsigned long long'.");
  }
  x = x < 0 ? Math.ceil(x) : Math.floor(x);
  if (x < 0 || x > 9007199254740991) {
    throw streamTypeError(what, "Value is outside the 'unsigned long long' value range.");
  }
  return x;
}

/** #rbs-controller-private-cancel */
function readableByteStreamControllerCancelSteps(controller, reason) {
  readableByteStreamControllerClearPendingPullIntos(controller);
  resetQueue(controller);
  var result = controller.cancelAlgorithm(reason);
  readableByteStreamControllerClearAlgorithms(controller);
  return result;
}

/** #rbs-controller-private-pull */
function readableByteStreamControllerPullSteps(controller, readRequest) {
  var stream = controller.stream;
  // step 3: queued bytes are read at once.
  if (controller.queueTotalSize > 0) {
    readableByteStreamControllerFillReadRequestFromQueue(controller, readRequest);
    return;
  }
  // step 4-5: with autoAllocateChunkSize, a buffer the source can fill through byobRequest.
  var autoAllocateChunkSize = controller.autoAllocateChunkSize;
  if (autoAllocateChunkSize !== undefined) {
    var buffer;
    try {
      buffer = new ArrayBuffer(autoAllocateChunkSize);
    } catch (e) {
      readRequest.errorSteps(e);
      return;
    }
    controller.pendingPullIntos.push({
      buffer: buffer,
      bufferByteLength: autoAllocateChunkSize,
      byteOffset: 0,
      byteLength: autoAllocateChunkSize,
      bytesFilled: 0,
      minimumFill: 1,
      elementSize: 1,
      viewConstructor: Uint8Array,
      readerType: 'default'
    });
  }
  // step 6-7
  readableStreamAddReadRequest(stream, readRequest);
  readableByteStreamControllerCallPullIfNeeded(controller);
}

/** #abstract-opdef-readablebytestreamcontroller-releasesteps */
function readableByteStreamControllerReleaseSteps(controller) {
  // The first pending pull-into stays, with no reader to fill.
  if (controller.pendingPullIntos.length > 0) {
    var firstPendingPullInto = controller.pendingPullIntos[0];
    firstPendingPullInto.readerType = 'none';
    controller.pendingPullIntos = [firstPendingPullInto];
  }
}

/** #readable-byte-stream-controller-call-pull-if-needed */
function readableByteStreamControllerCallPullIfNeeded(controller) {
  if (!readableByteStreamControllerShouldCallPull(controller)) {
    return;
  }
  if (controller.pulling) {
    controller.pullAgain = true;
    return;
  }
  controller.pulling = true;
  uponPromise(controller.pullAlgorithm(), function () {
    controller.pulling = false;
    if (controller.pullAgain) {
      controller.pullAgain = false;
      readableByteStreamControllerCallPullIfNeeded(controller);
    }
  }, function (e) {
    readableByteStreamControllerError(controller, e);
  });
}

/** #readable-byte-stream-controller-clear-algorithms */
function readableByteStreamControllerClearAlgorithms(controller) {
  controller.pullAlgorithm = undefined;
  controller.cancelAlgorithm = undefined;
}

/** #readable-byte-stream-controller-clear-pending-pull-intos */
function readableByteStreamControllerClearPendingPullIntos(controller) {
  readableByteStreamControllerInvalidateBYOBRequest(controller);
  controller.pendingPullIntos = [];
}

/** #readable-byte-stream-controller-close */
function readableByteStreamControllerClose(controller) {
  var stream = controller.stream;
  if (controller.closeRequested || stream.state !== 'readable') {
    return;
  }
  // step 3: closes once the queued bytes are read.
  if (controller.queueTotalSize > 0) {
    controller.closeRequested = true;
    return;
  }
  // step 4: a partly filled element cannot be handed over.
  if (controller.pendingPullIntos.length > 0) {
    var first = controller.pendingPullIntos[0];
    if (first.bytesFilled % first.elementSize !== 0) {
      var e = new TypeError('Insufficient bytes to fill elements in the given buffer');
      readableByteStreamControllerError(controller, e);
      throw e;
    }
  }
  // step 5-6
  readableByteStreamControllerClearAlgorithms(controller);
  readableStreamClose(stream);
}

/** #readable-byte-stream-controller-commit-pull-into-descriptor */
function readableByteStreamControllerCommitPullIntoDescriptor(stream, pullIntoDescriptor) {
  var done = stream.state === 'closed';
  var filledView = readableByteStreamControllerConvertPullIntoDescriptor(pullIntoDescriptor);
  if (pullIntoDescriptor.readerType === 'default') {
    readableStreamFulfillReadRequest(stream, filledView, done);
  } else {
    readableStreamFulfillReadIntoRequest(stream, filledView, done);
  }
}

/** #readable-byte-stream-controller-convert-pull-into-descriptor */
function readableByteStreamControllerConvertPullIntoDescriptor(pullIntoDescriptor) {
  var bytesFilled = pullIntoDescriptor.bytesFilled;
  var elementSize = pullIntoDescriptor.elementSize;
  var buffer = transferArrayBuffer(pullIntoDescriptor.buffer);
  return new pullIntoDescriptor.viewConstructor(buffer, pullIntoDescriptor.byteOffset, bytesFilled / elementSize);
}

/** #readable-byte-stream-controller-enqueue */
function readableByteStreamControllerEnqueue(controller, chunk) {
  var stream = controller.stream;
  // step 2
  if (controller.closeRequested || stream.state !== 'readable') {
    return;
  }
  // step 3-7: the chunk's buffer is transferred (the enqueuer loses it).
  var buffer = chunk.buffer;
  var byteOffset = chunk.byteOffset;
  var byteLength = chunk.byteLength;
  if (isDetachedBuffer(buffer)) {
    throw new TypeError("chunk's buffer is detached");
  }
  var transferredBuffer = transferArrayBuffer(buffer);
  // step 8: a pending pull-into's buffer is transferred too (its BYOB request is over).
  if (controller.pendingPullIntos.length > 0) {
    var firstPendingPullInto = controller.pendingPullIntos[0];
    if (isDetachedBuffer(firstPendingPullInto.buffer)) {
      throw new TypeError("The BYOB request's buffer has been detached and so cannot be filled with an enqueued chunk");
    }
    readableByteStreamControllerInvalidateBYOBRequest(controller);
    firstPendingPullInto.buffer = transferArrayBuffer(firstPendingPullInto.buffer);
    if (firstPendingPullInto.readerType === 'none') {
      readableByteStreamControllerEnqueueDetachedPullIntoToQueue(controller, firstPendingPullInto);
    }
  }
  if (readableStreamHasDefaultReader(stream)) {
    // step 9
    readableByteStreamControllerProcessReadRequestsUsingQueue(controller);
    if (readableStreamGetNumReadRequests(stream) === 0) {
      readableByteStreamControllerEnqueueChunkToQueue(controller, transferredBuffer, byteOffset, byteLength);
    } else {
      if (controller.pendingPullIntos.length > 0) {
        readableByteStreamControllerShiftPendingPullInto(controller);
      }
      var transferredView = new Uint8Array(transferredBuffer, byteOffset, byteLength);
      readableStreamFulfillReadRequest(stream, transferredView, false);
    }
  } else if (readableStreamHasBYOBReader(stream)) {
    // step 10
    readableByteStreamControllerEnqueueChunkToQueue(controller, transferredBuffer, byteOffset, byteLength);
    var filledPullIntos = readableByteStreamControllerProcessPullIntoDescriptorsUsingQueue(controller);
    filledPullIntos.forEach(function (filledPullInto) {
      readableByteStreamControllerCommitPullIntoDescriptor(stream, filledPullInto);
    });
  } else {
    // step 11
    readableByteStreamControllerEnqueueChunkToQueue(controller, transferredBuffer, byteOffset, byteLength);
  }
  // step 12
  readableByteStreamControllerCallPullIfNeeded(controller);
}

/** #readable-byte-stream-controller-enqueue-chunk-to-queue */
function readableByteStreamControllerEnqueueChunkToQueue(controller, buffer, byteOffset, byteLength) {
  controller.queue.push({buffer: buffer, byteOffset: byteOffset, byteLength: byteLength});
  controller.queueTotalSize += byteLength;
}

/** #abstract-opdef-readablebytestreamcontrollerenqueueclonedchunktoqueue */
function readableByteStreamControllerEnqueueClonedChunkToQueue(controller, buffer, byteOffset, byteLength) {
  var clone;
  try {
    clone = buffer.slice(byteOffset, byteOffset + byteLength);
  } catch (e) {
    readableByteStreamControllerError(controller, e);
    throw e;
  }
  readableByteStreamControllerEnqueueChunkToQueue(controller, clone, 0, byteLength);
}

/** #abstract-opdef-readablebytestreamcontrollerenqueuedetachedpullintotoqueue */
function readableByteStreamControllerEnqueueDetachedPullIntoToQueue(controller, pullIntoDescriptor) {
  if (pullIntoDescriptor.bytesFilled > 0) {
    readableByteStreamControllerEnqueueClonedChunkToQueue(controller, pullIntoDescriptor.buffer,
        pullIntoDescriptor.byteOffset, pullIntoDescriptor.bytesFilled);
  }
  readableByteStreamControllerShiftPendingPullInto(controller);
}

/** #readable-byte-stream-controller-error */
function readableByteStreamControllerError(controller, e) {
  var stream = controller.stream;
  if (stream.state !== 'readable') {
    return;
  }
  readableByteStreamControllerClearPendingPullIntos(controller);
  resetQueue(controller);
  readableByteStreamControllerClearAlgorithms(controller);
  readableStreamError(stream, e);
}

/** #readable-byte-stream-controller-fill-head-pull-into-descriptor */
function readableByteStreamControllerFillHeadPullIntoDescriptor(controller, size, pullIntoDescriptor) {
  pullIntoDescriptor.bytesFilled += size;
}

/** #readable-byte-stream-controller-fill-pull-into-descriptor-from-queue */
function readableByteStreamControllerFillPullIntoDescriptorFromQueue(controller, pullIntoDescriptor) {
  // step 1-4
  var maxBytesToCopy = Math.min(controller.queueTotalSize,
      pullIntoDescriptor.byteLength - pullIntoDescriptor.bytesFilled);
  var maxBytesFilled = pullIntoDescriptor.bytesFilled + maxBytesToCopy;
  var totalBytesToCopyRemaining = maxBytesToCopy;
  var ready = false;
  // step 7-9: whole elements, at least the minimum fill.
  var remainderBytes = maxBytesFilled % pullIntoDescriptor.elementSize;
  var maxAlignedBytes = maxBytesFilled - remainderBytes;
  if (maxAlignedBytes >= pullIntoDescriptor.minimumFill) {
    totalBytesToCopyRemaining = maxAlignedBytes - pullIntoDescriptor.bytesFilled;
    ready = true;
  }
  // step 10-11: copy from the queue's head entries.
  var queue = controller.queue;
  while (totalBytesToCopyRemaining > 0) {
    var headOfQueue = queue[0];
    var bytesToCopy = Math.min(totalBytesToCopyRemaining, headOfQueue.byteLength);
    var destStart = pullIntoDescriptor.byteOffset + pullIntoDescriptor.bytesFilled;
    new Uint8Array(pullIntoDescriptor.buffer, destStart, bytesToCopy).set(
        new Uint8Array(headOfQueue.buffer, headOfQueue.byteOffset, bytesToCopy));
    if (headOfQueue.byteLength === bytesToCopy) {
      queue.shift();
    } else {
      headOfQueue.byteOffset += bytesToCopy;
      headOfQueue.byteLength -= bytesToCopy;
    }
    controller.queueTotalSize -= bytesToCopy;
    readableByteStreamControllerFillHeadPullIntoDescriptor(controller, bytesToCopy, pullIntoDescriptor);
    totalBytesToCopyRemaining -= bytesToCopy;
  }
  return ready;
}

/** #abstract-opdef-readablebytestreamcontrollerfillreadrequestfromqueue */
function readableByteStreamControllerFillReadRequestFromQueue(controller, readRequest) {
  var entry = controller.queue.shift();
  controller.queueTotalSize -= entry.byteLength;
  readableByteStreamControllerHandleQueueDrain(controller);
  readRequest.chunkSteps(new Uint8Array(entry.buffer, entry.byteOffset, entry.byteLength));
}

/** #abstract-opdef-readablebytestreamcontrollergetbyobrequest */
function readableByteStreamControllerGetBYOBRequest(controller) {
  if (controller.byobRequest === null && controller.pendingPullIntos.length > 0) {
    var first = controller.pendingPullIntos[0];
    var view = new Uint8Array(first.buffer, first.byteOffset + first.bytesFilled, first.byteLength - first.bytesFilled);
    var obj = Object.create(ReadableStreamBYOBRequest.prototype);
    controller.byobRequest = setSlot(obj, {
      kinds: ['ReadableStreamBYOBRequest'],
      self: obj,
      controller: controller,
      view: view
    });
  }
  return controller.byobRequest;
}

/** #readable-byte-stream-controller-get-desired-size */
function readableByteStreamControllerGetDesiredSize(controller) {
  var state = controller.stream.state;
  if (state === 'errored') {
    return null;
  }
  if (state === 'closed') {
    return 0;
  }
  return controller.strategyHWM - controller.queueTotalSize;
}

/** #readable-byte-stream-controller-handle-queue-drain */
function readableByteStreamControllerHandleQueueDrain(controller) {
  if (controller.queueTotalSize === 0 && controller.closeRequested) {
    readableByteStreamControllerClearAlgorithms(controller);
    readableStreamClose(controller.stream);
  } else {
    readableByteStreamControllerCallPullIfNeeded(controller);
  }
}

/** #readable-byte-stream-controller-invalidate-byob-request */
function readableByteStreamControllerInvalidateBYOBRequest(controller) {
  if (controller.byobRequest === null) {
    return;
  }
  controller.byobRequest.controller = undefined;
  controller.byobRequest.view = null;
  controller.byobRequest = null;
}

/** #readable-byte-stream-controller-process-pull-into-descriptors-using-queue */
function readableByteStreamControllerProcessPullIntoDescriptorsUsingQueue(controller) {
  var filledPullIntos = [];
  while (controller.pendingPullIntos.length > 0) {
    if (controller.queueTotalSize === 0) {
      break;
    }
    var pullIntoDescriptor = controller.pendingPullIntos[0];
    if (readableByteStreamControllerFillPullIntoDescriptorFromQueue(controller, pullIntoDescriptor)) {
      readableByteStreamControllerShiftPendingPullInto(controller);
      filledPullIntos.push(pullIntoDescriptor);
    }
  }
  return filledPullIntos;
}

/** #abstract-opdef-readablebytestreamcontrollerprocessreadrequestsusingqueue */
function readableByteStreamControllerProcessReadRequestsUsingQueue(controller) {
  var reader = controller.stream.reader;
  while (reader.readRequests.length > 0) {
    if (controller.queueTotalSize === 0) {
      return;
    }
    var readRequest = reader.readRequests.shift();
    readableByteStreamControllerFillReadRequestFromQueue(controller, readRequest);
  }
}

/** The element size and constructor of a view (the typed array constructors table; a DataView's are 1, DataView). */
function viewElementType(view) {
  for (var i = 0; i < TYPED_ARRAY_CONSTRUCTORS.length; i++) {
    var ctor = TYPED_ARRAY_CONSTRUCTORS[i];
    if (view instanceof ctor) {
      return {elementSize: ctor.BYTES_PER_ELEMENT, ctor: ctor};
    }
  }
  return {elementSize: 1, ctor: DataView};
}

/** The typed array constructors table's constructors this engine has. */
var TYPED_ARRAY_CONSTRUCTORS = ['Int8Array', 'Uint8Array', 'Uint8ClampedArray', 'Int16Array', 'Uint16Array',
  'Int32Array', 'Uint32Array', 'Float16Array', 'Float32Array', 'Float64Array', 'BigInt64Array', 'BigUint64Array']
    .filter(function (name) {
      return typeof global[name] === 'function';
    }).map(function (name) {
      return global[name];
    });

/** #readable-byte-stream-controller-pull-into */
function readableByteStreamControllerPullInto(controller, view, min, readIntoRequest) {
  var stream = controller.stream;
  // step 2-5
  var type = viewElementType(view);
  var elementSize = type.elementSize;
  var ctor = type.ctor;
  // step 6
  var minimumFill = min * elementSize;
  var byteOffset = view.byteOffset;
  var byteLength = view.byteLength;
  // step 11-13: the view's buffer is transferred (the reader gets it back filled).
  var buffer;
  try {
    buffer = transferArrayBuffer(view.buffer);
  } catch (e) {
    readIntoRequest.errorSteps(e);
    return;
  }
  // step 14
  var pullIntoDescriptor = {
    buffer: buffer,
    bufferByteLength: buffer.byteLength,
    byteOffset: byteOffset,
    byteLength: byteLength,
    bytesFilled: 0,
    minimumFill: minimumFill,
    elementSize: elementSize,
    viewConstructor: ctor,
    readerType: 'byob'
  };
  // step 15: behind other pending reads.
  if (controller.pendingPullIntos.length > 0) {
    controller.pendingPullIntos.push(pullIntoDescriptor);
    readableStreamAddReadIntoRequest(stream, readIntoRequest);
    return;
  }
  // step 16: a closed stream gives an empty view.
  if (stream.state === 'closed') {
    readIntoRequest.closeSteps(new ctor(pullIntoDescriptor.buffer, pullIntoDescriptor.byteOffset, 0));
    return;
  }
  // step 17: the queue may fill it at once.
  if (controller.queueTotalSize > 0) {
    if (readableByteStreamControllerFillPullIntoDescriptorFromQueue(controller, pullIntoDescriptor)) {
      var filledView = readableByteStreamControllerConvertPullIntoDescriptor(pullIntoDescriptor);
      readableByteStreamControllerHandleQueueDrain(controller);
      readIntoRequest.chunkSteps(filledView);
      return;
    }
    if (controller.closeRequested) {
      var e2 = new TypeError('Insufficient bytes to fill elements in the given buffer');
      readableByteStreamControllerError(controller, e2);
      readIntoRequest.errorSteps(e2);
      return;
    }
  }
  // step 18-20
  controller.pendingPullIntos.push(pullIntoDescriptor);
  readableStreamAddReadIntoRequest(stream, readIntoRequest);
  readableByteStreamControllerCallPullIfNeeded(controller);
}

/** #readable-byte-stream-controller-respond */
function readableByteStreamControllerRespond(controller, bytesWritten, what) {
  var firstDescriptor = controller.pendingPullIntos[0];
  var state = controller.stream.state;
  // step 4-5
  if (state === 'closed') {
    if (bytesWritten !== 0) {
      throw streamTypeError(what, 'bytesWritten must be 0 when calling respond() on a closed stream');
    }
  } else {
    if (bytesWritten === 0) {
      throw streamTypeError(what, 'bytesWritten must be greater than 0 when calling respond() on a readable stream');
    }
    if (firstDescriptor.bytesFilled + bytesWritten > firstDescriptor.byteLength) {
      throw new RangeError((what ? 'Failed to ' + what + ': ' : '') + 'bytesWritten out of range');
    }
  }
  // step 6-7
  firstDescriptor.buffer = transferArrayBuffer(firstDescriptor.buffer);
  readableByteStreamControllerRespondInternal(controller, bytesWritten);
}

/** #readable-byte-stream-controller-respond-in-closed-state */
function readableByteStreamControllerRespondInClosedState(controller, firstDescriptor) {
  if (firstDescriptor.readerType === 'none') {
    readableByteStreamControllerShiftPendingPullInto(controller);
  }
  var stream = controller.stream;
  // step 4: every waiting BYOB read is done.
  if (readableStreamHasBYOBReader(stream)) {
    var filledPullIntos = [];
    while (filledPullIntos.length < readableStreamGetNumReadIntoRequests(stream)) {
      filledPullIntos.push(readableByteStreamControllerShiftPendingPullInto(controller));
    }
    filledPullIntos.forEach(function (filledPullInto) {
      readableByteStreamControllerCommitPullIntoDescriptor(stream, filledPullInto);
    });
  }
}

/** #readable-byte-stream-controller-respond-in-readable-state */
function readableByteStreamControllerRespondInReadableState(controller, bytesWritten, pullIntoDescriptor) {
  readableByteStreamControllerFillHeadPullIntoDescriptor(controller, bytesWritten, pullIntoDescriptor);
  var filledPullIntos;
  // step 3: a pull-into whose reader was released goes to the queue.
  if (pullIntoDescriptor.readerType === 'none') {
    readableByteStreamControllerEnqueueDetachedPullIntoToQueue(controller, pullIntoDescriptor);
    filledPullIntos = readableByteStreamControllerProcessPullIntoDescriptorsUsingQueue(controller);
    filledPullIntos.forEach(function (filledPullInto) {
      readableByteStreamControllerCommitPullIntoDescriptor(controller.stream, filledPullInto);
    });
    return;
  }
  // step 4: not yet the minimum.
  if (pullIntoDescriptor.bytesFilled < pullIntoDescriptor.minimumFill) {
    return;
  }
  // step 5-7: a partial element's bytes go back to the queue.
  readableByteStreamControllerShiftPendingPullInto(controller);
  var remainderSize = pullIntoDescriptor.bytesFilled % pullIntoDescriptor.elementSize;
  if (remainderSize > 0) {
    var end = pullIntoDescriptor.byteOffset + pullIntoDescriptor.bytesFilled;
    readableByteStreamControllerEnqueueClonedChunkToQueue(controller, pullIntoDescriptor.buffer,
        end - remainderSize, remainderSize);
  }
  // step 8-11
  pullIntoDescriptor.bytesFilled -= remainderSize;
  filledPullIntos = readableByteStreamControllerProcessPullIntoDescriptorsUsingQueue(controller);
  readableByteStreamControllerCommitPullIntoDescriptor(controller.stream, pullIntoDescriptor);
  filledPullIntos.forEach(function (filledPullInto) {
    readableByteStreamControllerCommitPullIntoDescriptor(controller.stream, filledPullInto);
  });
}

/** #readable-byte-stream-controller-respond-internal */
function readableByteStreamControllerRespondInternal(controller, bytesWritten) {
  var firstDescriptor = controller.pendingPullIntos[0];
  readableByteStreamControllerInvalidateBYOBRequest(controller);
  if (controller.stream.state === 'closed') {
    readableByteStreamControllerRespondInClosedState(controller, firstDescriptor);
  } else {
    readableByteStreamControllerRespondInReadableState(controller, bytesWritten, firstDescriptor);
  }
  readableByteStreamControllerCallPullIfNeeded(controller);
}

/** #readable-byte-stream-controller-respond-with-new-view */
function readableByteStreamControllerRespondWithNewView(controller, view, what) {
  var firstDescriptor = controller.pendingPullIntos[0];
  var state = controller.stream.state;
  // step 4-5
  if (state === 'closed') {
    if (view.byteLength !== 0) {
      throw streamTypeError(what, "The view's length must be 0 when calling respondWithNewView() on a closed stream");
    }
  } else if (view.byteLength === 0) {
    throw streamTypeError(what, "The view's length must be greater than 0 when calling respondWithNewView() on a readable stream");
  }
  // step 6-8: the same region of the same buffer.
  var prefix = what ? 'Failed to ' + what + ': ' : '';
  if (firstDescriptor.byteOffset + firstDescriptor.bytesFilled !== view.byteOffset) {
    throw new RangeError(prefix + 'The region specified by view does not match byobRequest');
  }
  if (firstDescriptor.bufferByteLength !== view.buffer.byteLength) {
    throw new RangeError(prefix + 'The buffer of view has different capacity than byobRequest');
  }
  if (firstDescriptor.bytesFilled + view.byteLength > firstDescriptor.byteLength) {
    throw new RangeError(prefix + 'The region specified by view is larger than byobRequest');
  }
  // step 9-11
  var viewByteLength = view.byteLength;
  firstDescriptor.buffer = transferArrayBuffer(view.buffer);
  readableByteStreamControllerRespondInternal(controller, viewByteLength);
}

/** #readable-byte-stream-controller-shift-pending-pull-into */
function readableByteStreamControllerShiftPendingPullInto(controller) {
  return controller.pendingPullIntos.shift();
}

/** #readable-byte-stream-controller-should-call-pull */
function readableByteStreamControllerShouldCallPull(controller) {
  var stream = controller.stream;
  if (stream.state !== 'readable' || controller.closeRequested || !controller.started) {
    return false;
  }
  // step 5-6: a waiting read of either kind.
  if (readableStreamHasDefaultReader(stream) && readableStreamGetNumReadRequests(stream) > 0) {
    return true;
  }
  if (readableStreamHasBYOBReader(stream) && readableStreamGetNumReadIntoRequests(stream) > 0) {
    return true;
  }
  // step 7-9
  return readableByteStreamControllerGetDesiredSize(controller) > 0;
}

/** #set-up-readable-byte-stream-controller */
function setUpReadableByteStreamController(stream, controller, startAlgorithm, pullAlgorithm, cancelAlgorithm,
    highWaterMark, autoAllocateChunkSize) {
  // step 2-13
  controller.stream = stream;
  controller.pullAgain = false;
  controller.pulling = false;
  controller.byobRequest = null;
  resetQueue(controller);
  controller.closeRequested = false;
  controller.started = false;
  controller.strategyHWM = highWaterMark;
  controller.pullAlgorithm = pullAlgorithm;
  controller.cancelAlgorithm = cancelAlgorithm;
  controller.autoAllocateChunkSize = autoAllocateChunkSize;
  controller.pendingPullIntos = [];
  stream.controller = controller;
  // step 14-17
  var startResult = startAlgorithm();
  uponPromise(promiseResolvedWith(startResult), function () {
    controller.started = true;
    readableByteStreamControllerCallPullIfNeeded(controller);
  }, function (r) {
    readableByteStreamControllerError(controller, r);
  });
}

/** #set-up-readable-byte-stream-controller-from-underlying-source */
function setUpReadableByteStreamControllerFromUnderlyingSource(stream, underlyingSource, dict, highWaterMark, what) {
  var controller = newReadableByteStreamController();
  // step 2-7
  var source = underlyingSourceAlgorithms(underlyingSource, dict, controller);
  // step 8-9
  var autoAllocateChunkSize = dict.autoAllocateChunkSize;
  if (autoAllocateChunkSize === 0) {
    throw streamTypeError(what, 'autoAllocateChunkSize cannot be 0');
  }
  setUpReadableByteStreamController(stream, controller, source.start, source.pull, source.cancel,
      highWaterMark, autoAllocateChunkSize);
}

exposed.ReadableByteStreamController = ReadableByteStreamController;
exposed.ReadableStreamBYOBRequest = ReadableStreamBYOBRequest;
