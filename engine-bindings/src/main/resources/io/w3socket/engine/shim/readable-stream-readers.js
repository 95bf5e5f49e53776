// readable-stream-readers.js: ReadableStreamDefaultReader and ReadableStreamBYOBReader
// (https://streams.spec.whatwg.org/#default-reader-class, #byob-reader-class, the
// ReadableStreamGenericReader mixin #generic-reader-mixin) and the reader abstract operations
// (#rs-reader-abstract-ops).

/** #default-reader-constructor */
function ReadableStreamDefaultReader(stream) {
  requireNew(this, ReadableStreamDefaultReader, 'ReadableStreamDefaultReader');
  var what = "construct 'ReadableStreamDefaultReader'";
  requireArgs(arguments, 1, what);
  var s = readableStreamArgument(stream, what);
  // step 1: ? SetUpReadableStreamDefaultReader(this, stream).
  setUpReadableStreamDefaultReader(newReaderRecord(this, false), s, what);
}

/** #byob-reader-constructor */
function ReadableStreamBYOBReader(stream) {
  requireNew(this, ReadableStreamBYOBReader, 'ReadableStreamBYOBReader');
  var what = "construct 'ReadableStreamBYOBReader'";
  requireArgs(arguments, 1, what);
  var s = readableStreamArgument(stream, what);
  // step 1: ? SetUpReadableStreamBYOBReader(this, stream).
  setUpReadableStreamBYOBReader(newReaderRecord(this, true), s, what);
}

function readableStreamArgument(stream, what) {
  var s = isObject(stream) ? stream[SLOT] : undefined;
  if (!s || s.kinds[0] !== 'ReadableStream') {
    throw streamTypeError(what, "parameter 1 is not of type 'ReadableStream'.");
  }
  return s;
}

/** A reader's record (#generic-reader-internal-slots), its slots unset until it is set up. */
function newReaderRecord(obj, byob) {
  return setSlot(obj, {
    kinds: [byob ? 'ReadableStreamBYOBReader' : 'ReadableStreamDefaultReader'],
    self: obj,
    byob: byob,
    closedPromise: undefined,
    stream: undefined,
    readRequests: [],
    readIntoRequests: []
  });
}

/** The mixin's members (#generic-reader-prototype), on both readers' prototypes. */
function defineGenericReaderMembers(proto, name) {
  defineAccessor(proto, 'closed', function () {
    // #generic-reader-closed
    var reader = this === null || this === undefined ? undefined : this[SLOT];
    if (!reader || reader.kinds[0] !== name) {
      return promiseRejectedWith(new TypeError('Illegal invocation'));
    }
    return reader.closedPromise.promise;
  });
  defineMethods(proto, {
    /** #generic-reader-cancel */
    cancel: function () {
      var reason = arguments[0]; // optional: the length stays 0
      var reader = this === null || this === undefined ? undefined : this[SLOT];
      if (!reader || reader.kinds[0] !== name) {
        return promiseRejectedWith(streamTypeError("execute 'cancel' on '" + name + "'", 'Illegal invocation'));
      }
      // step 1: a released reader cannot cancel.
      if (reader.stream === undefined) {
        return promiseRejectedWith(streamTypeError("execute 'cancel' on '" + name + "'",
            'This readable stream reader has been released and cannot be used to cancel its previous owner stream'));
      }
      // step 2
      return readableStreamReaderGenericCancel(reader, reason);
    }
  });
}

defineMethods(ReadableStreamDefaultReader.prototype, {
  /** #default-reader-read */
  read: function () {
    var reader = this === null || this === undefined ? undefined : this[SLOT];
    var what = "execute 'read' on 'ReadableStreamDefaultReader'";
    if (!reader || reader.kinds[0] !== 'ReadableStreamDefaultReader') {
      return promiseRejectedWith(streamTypeError(what, 'Illegal invocation'));
    }
    // step 1
    if (reader.stream === undefined) {
      return promiseRejectedWith(streamTypeError(what,
          'This readable stream reader has been released and cannot be used to read from its previous owner stream'));
    }
    // step 2-5
    var promise = newPromise();
    readableStreamDefaultReaderRead(reader, {
      chunkSteps: function (chunk) {
        promise.resolve({done: false, value: chunk});
      },
      closeSteps: function () {
        promise.resolve({done: true, value: undefined});
      },
      errorSteps: function (e) {
        promise.reject(e);
      }
    });
    return promise.promise;
  },
  /** #default-reader-release-lock */
  releaseLock: function () {
    var reader = slotOf(this, 'ReadableStreamDefaultReader');
    if (reader.stream === undefined) {
      return;
    }
    readableStreamDefaultReaderRelease(reader);
  }
});
defineGenericReaderMembers(ReadableStreamDefaultReader.prototype, 'ReadableStreamDefaultReader');
setTag(ReadableStreamDefaultReader.prototype, 'ReadableStreamDefaultReader');

defineMethods(ReadableStreamBYOBReader.prototype, {
  /** #byob-reader-read */
  read: function (view) {
    var reader = this === null || this === undefined ? undefined : this[SLOT];
    var what = "execute 'read' on 'ReadableStreamBYOBReader'";
    if (!reader || reader.kinds[0] !== 'ReadableStreamBYOBReader') {
      return promiseRejectedWith(streamTypeError(what, 'Illegal invocation'));
    }
    var min;
    try {
      requireArgs(arguments, 1, what);
      if (!isView(view)) {
        throw streamTypeError(what, "parameter 1 is not of type 'ArrayBufferView'.");
      }
      min = byobReaderReadOptions(arguments[1], what);
    } catch (e) {
      return promiseRejectedWith(e);
    }
    // step 1-3: an empty or detached view cannot be read into.
    if (view.byteLength === 0) {
      return promiseRejectedWith(streamTypeError(what,
          'This readable stream reader cannot be used to read as the view has byte length equal to 0'));
    }
    if (view.buffer.byteLength === 0) {
      return promiseRejectedWith(streamTypeError(what,
          "This readable stream reader cannot be used to read as the viewed array buffer has a byte length equal to 0"));
    }
    if (isDetachedBuffer(view.buffer)) {
      return promiseRejectedWith(streamTypeError(what, 'The ArrayBuffer is detached'));
    }
    // step 4: min is at least 1.
    if (min === 0) {
      return promiseRejectedWith(streamTypeError(what, 'min cannot be 0'));
    }
    // step 5-6: at most the view's length (in elements for a typed array, bytes for a DataView).
    var length = view instanceof DataView ? view.byteLength : view.length;
    if (min > length) {
      return promiseRejectedWith(new RangeError('Failed to ' + what + ": min cannot be larger than view's length"));
    }
    // step 7
    if (reader.stream === undefined) {
      return promiseRejectedWith(streamTypeError(what,
          'This readable stream reader has been released and cannot be used to read from its previous owner stream'));
    }
    // step 8-10
    var promise = newPromise();
    readableStreamBYOBReaderRead(reader, view, min, {
      chunkSteps: function (chunk) {
        promise.resolve({done: false, value: chunk});
      },
      closeSteps: function (chunk) {
        promise.resolve({done: true, value: chunk});
      },
      errorSteps: function (e) {
        promise.reject(e);
      }
    });
    return promise.promise;
  },
  /** #byob-reader-release-lock */
  releaseLock: function () {
    var reader = slotOf(this, 'ReadableStreamBYOBReader');
    if (reader.stream === undefined) {
      return;
    }
    readableStreamBYOBReaderRelease(reader);
  }
});
defineGenericReaderMembers(ReadableStreamBYOBReader.prototype, 'ReadableStreamBYOBReader');
setTag(ReadableStreamBYOBReader.prototype, 'ReadableStreamBYOBReader');

/** The ReadableStreamBYOBReaderReadOptions dictionary's min ([EnforceRange] unsigned long long, default 1). */
function byobReaderReadOptions(options, what) {
  if (options === undefined || options === null) {
    return 1;
  }
  if (!isObject(options)) {
    throw streamTypeError(what, "The provided value is not of type 'ReadableStreamBYOBReaderReadOptions'.");
  }
  var min = options.min;
  return min === undefined ? 1 : toEnforcedUnsignedLongLong(min, what, 'min', 'ReadableStreamBYOBReaderReadOptions');
}

/** #acquire-readable-stream-byob-reader */
function acquireReadableStreamBYOBReader(stream, what) {
  var reader = newReaderRecord(Object.create(ReadableStreamBYOBReader.prototype), true);
  setUpReadableStreamBYOBReader(reader, stream, what);
  return reader;
}

/** #acquire-readable-stream-reader */
function acquireReadableStreamDefaultReader(stream, what) {
  var reader = newReaderRecord(Object.create(ReadableStreamDefaultReader.prototype), false);
  setUpReadableStreamDefaultReader(reader, stream, what);
  return reader;
}

/** #readable-stream-reader-generic-cancel */
function readableStreamReaderGenericCancel(reader, reason) {
  return readableStreamCancel(reader.stream, reason);
}

/** #readable-stream-reader-generic-initialize */
function readableStreamReaderGenericInitialize(reader, stream) {
  // step 1-2
  reader.stream = stream;
  stream.reader = reader;
  // step 3-5: the closed promise follows the stream's state.
  if (stream.state === 'readable') {
    reader.closedPromise = newPromise();
  } else if (stream.state === 'closed') {
    reader.closedPromise = resolvedDeferred();
  } else {
    reader.closedPromise = rejectedDeferred(stream.storedError);
  }
}

/** #readable-stream-reader-generic-release */
function readableStreamReaderGenericRelease(reader) {
  var stream = reader.stream;
  var e = new TypeError("This readable stream reader has been released and cannot be used to monitor the stream's state");
  // step 4-5
  if (stream.state === 'readable') {
    reader.closedPromise.reject(e);
  } else {
    reader.closedPromise = rejectedDeferred(e);
  }
  // step 6
  setPromiseIsHandledToTrue(reader.closedPromise.promise);
  // step 7-9
  controllerReleaseSteps(stream.controller);
  stream.reader = undefined;
  reader.stream = undefined;
}

/** #abstract-opdef-readablestreambyobreadererrorreadintorequests */
function readableStreamBYOBReaderErrorReadIntoRequests(reader, e) {
  var readIntoRequests = reader.readIntoRequests;
  reader.readIntoRequests = [];
  readIntoRequests.forEach(function (r) {
    r.errorSteps(e);
  });
}

/** #readable-stream-byob-reader-read */
function readableStreamBYOBReaderRead(reader, view, min, readIntoRequest) {
  var stream = reader.stream;
  // step 3
  stream.disturbed = true;
  // step 4-5
  if (stream.state === 'errored') {
    readIntoRequest.errorSteps(stream.storedError);
  } else {
    readableByteStreamControllerPullInto(stream.controller, view, min, readIntoRequest);
  }
}

/** #abstract-opdef-readablestreambyobreaderrelease */
function readableStreamBYOBReaderRelease(reader) {
  readableStreamReaderGenericRelease(reader);
  readableStreamBYOBReaderErrorReadIntoRequests(reader,
      new TypeError('This readable stream reader has been released and cannot be used to read from its previous owner stream'));
}

/** #abstract-opdef-readablestreamdefaultreadererrorreadrequests */
function readableStreamDefaultReaderErrorReadRequests(reader, e) {
  var readRequests = reader.readRequests;
  reader.readRequests = [];
  readRequests.forEach(function (r) {
    r.errorSteps(e);
  });
}

/** #readable-stream-default-reader-read */
function readableStreamDefaultReaderRead(reader, readRequest) {
  var stream = reader.stream;
  // step 3
  stream.disturbed = true;
  // step 4-6
  if (stream.state === 'closed') {
    readRequest.closeSteps();
  } else if (stream.state === 'errored') {
    readRequest.errorSteps(stream.storedError);
  } else {
    controllerPullSteps(stream.controller, readRequest);
  }
}

/** #abstract-opdef-readablestreamdefaultreaderrelease */
function readableStreamDefaultReaderRelease(reader) {
  readableStreamReaderGenericRelease(reader);
  readableStreamDefaultReaderErrorReadRequests(reader,
      new TypeError('This readable stream reader has been released and cannot be used to read from its previous owner stream'));
}

/** #set-up-readable-stream-byob-reader */
function setUpReadableStreamBYOBReader(reader, stream, what) {
  // step 1-2
  if (isReadableStreamLocked(stream)) {
    throw streamTypeError(what,
        'ReadableStreamBYOBReader constructor can only accept readable streams that are not yet locked to a reader');
  }
  if (!stream.controller.byte) {
    throw streamTypeError(what, 'Cannot use a BYOB reader with a non-byte stream');
  }
  // step 3-4
  readableStreamReaderGenericInitialize(reader, stream);
  reader.readIntoRequests = [];
}

/** #set-up-readable-stream-default-reader */
function setUpReadableStreamDefaultReader(reader, stream, what) {
  // step 1
  if (isReadableStreamLocked(stream)) {
    throw streamTypeError(what,
        'ReadableStreamDefaultReader constructor can only accept readable streams that are not yet locked to a reader');
  }
  // step 2-3
  readableStreamReaderGenericInitialize(reader, stream);
  reader.readRequests = [];
}

exposed.ReadableStreamDefaultReader = ReadableStreamDefaultReader;
exposed.ReadableStreamBYOBReader = ReadableStreamBYOBReader;
