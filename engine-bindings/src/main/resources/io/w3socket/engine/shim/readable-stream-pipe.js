// readable-stream-pipe.js: ReadableStream's pipeTo and pipeThrough
// (https://streams.spec.whatwg.org/#rs-pipe-to, #rs-pipe-through) and ReadableStreamPipeTo
// (#readable-stream-pipe-to).

/** The StreamPipeOptions dictionary: preventAbort, preventCancel, preventClose, signal. */
function toStreamPipeOptions(options, what) {
  var d = {preventAbort: false, preventCancel: false, preventClose: false, signal: undefined};
  if (options === undefined || options === null) {
    return d;
  }
  if (!isObject(options)) {
    throw streamTypeError(what, "The provided value is not of type 'StreamPipeOptions'.");
  }
  d.preventAbort = toBoolean(options.preventAbort);
  d.preventCancel = toBoolean(options.preventCancel);
  d.preventClose = toBoolean(options.preventClose);
  var signal = options.signal;
  if (signal !== undefined) {
    if (!isObject(signal) || !signal[SLOT] || signal[SLOT].kinds.indexOf('AbortSignal') < 0) {
      throw streamTypeError(what,
          "Failed to read the 'signal' property from 'StreamPipeOptions': Failed to convert value to 'AbortSignal'.");
    }
    d.signal = signal;
  }
  return d;
}

/** #rs-pipe-through (ReadableStream.prototype.pipeThrough, defined in readable-stream.js in the IDL's order) */
function pipeThrough(transform) {
  var stream = slotOf(this, 'ReadableStream');
  var what = "execute 'pipeThrough' on 'ReadableStream'";
  requireArgs(arguments, 1, what);
  // The ReadableWritablePair dictionary: readable, then writable, both required.
  if (!isObject(transform)) {
    throw streamTypeError(what, "The provided value is not of type 'ReadableWritablePair'.");
  }
  var readable = pairMember(transform, 'readable', 'ReadableStream', what);
  var writable = pairMember(transform, 'writable', 'WritableStream', what);
  var options = toStreamPipeOptions(arguments[1], what);
  // step 1-2
  if (isReadableStreamLocked(stream)) {
    throw streamTypeError(what, 'Cannot pipe a locked stream');
  }
  if (isWritableStreamLocked(writable)) {
    throw streamTypeError(what, 'Cannot pipe to a locked stream');
  }
  // step 3-6
  var promise = readableStreamPipeTo(stream, writable, options.preventClose, options.preventAbort,
      options.preventCancel, options.signal);
  setPromiseIsHandledToTrue(promise);
  return readable.self;
}

/** #rs-pipe-to (ReadableStream.prototype.pipeTo) */
function pipeTo(destination) {
  var what = "execute 'pipeTo' on 'ReadableStream'";
  var stream = recordOf(this, 'ReadableStream');
  if (!stream) {
    return promiseRejectedWith(streamTypeError(what, 'Illegal invocation'));
  }
  var dest;
  var options;
  try {
    requireArgs(arguments, 1, what);
    dest = recordOf(destination, 'WritableStream');
    if (!dest) {
      throw streamTypeError(what, "parameter 1 is not of type 'WritableStream'.");
    }
    options = toStreamPipeOptions(arguments[1], what);
  } catch (e) {
    return promiseRejectedWith(e);
  }
  // step 1-2
  if (isReadableStreamLocked(stream)) {
    return promiseRejectedWith(streamTypeError(what, 'Cannot pipe a locked stream'));
  }
  if (isWritableStreamLocked(dest)) {
    return promiseRejectedWith(streamTypeError(what, 'Cannot pipe to a locked stream'));
  }
  // step 3-4
  return readableStreamPipeTo(stream, dest, options.preventClose, options.preventAbort, options.preventCancel,
      options.signal);
}

function pairMember(pair, name, kind, what) {
  var v = pair[name];
  if (v === undefined) {
    throw streamTypeError(what, "Failed to read the '" + name + "' property from 'ReadableWritablePair': "
        + 'Required member is undefined.');
  }
  var r = recordOf(v, kind);
  if (!r) {
    throw streamTypeError(what, "Failed to read the '" + name + "' property from 'ReadableWritablePair': "
        + "Failed to convert value to '" + kind + "'.");
  }
  return r;
}

/** #readable-stream-pipe-to */
function readableStreamPipeTo(source, dest, preventClose, preventAbort, preventCancel, signal) {
  // step 5-6: a default reader (the user agent's choice, also for a byte stream) and a writer.
  var reader = acquireReadableStreamDefaultReader(source);
  var writer = acquireWritableStreamDefaultWriter(dest);
  // step 7-9
  source.disturbed = true;
  var shuttingDown = false;
  var promise = newPromise();
  // The promise of the last write, so that shutting down waits for the writes of every read chunk.
  var currentWrite = promiseResolvedWith(undefined);
  var abortAlgorithm;

  // step 10: the signal's abort shuts down with its reason.
  if (signal !== undefined) {
    abortAlgorithm = function () {
      var error = signal[SLOT].reason;
      var actions = [];
      if (!preventAbort) {
        actions.push(function () {
          return dest.state === 'writable' ? writableStreamAbort(dest, error) : promiseResolvedWith(undefined);
        });
      }
      if (!preventCancel) {
        actions.push(function () {
          return source.state === 'readable' ? readableStreamCancel(source, error) : promiseResolvedWith(undefined);
        });
      }
      shutdownWithAnAction(function () {
        return StreamPromise.all(actions.map(function (action) {
          return action();
        }));
      }, true, error);
    };
    if (signal[SLOT].aborted) {
      abortAlgorithm();
      return promise.promise;
    }
    signal[SLOT].algorithms.push(abortAlgorithm);
  }

  // step 11's loop: wait while the writer has backpressure, read a chunk, write it.
  function pipeStep() {
    if (shuttingDown) {
      return promiseResolvedWith(true);
    }
    return uponPromise(writer.readyPromise.promise, function () {
      if (shuttingDown) {
        return true;
      }
      var step = newPromise();
      readableStreamDefaultReaderRead(reader, {
        chunkSteps: function (chunk) {
          currentWrite = uponPromise(writableStreamDefaultWriterWrite(writer, chunk), undefined, function () {});
          step.resolve(false);
        },
        closeSteps: function () {
          step.resolve(true);
        },
        errorSteps: step.reject
      });
      return step.promise;
    });
  }
  function pipeLoop() {
    uponPromise(pipeStep(), function (done) {
      if (!done) {
        pipeLoop();
      }
    }, function () {});
  }

  // Errors must be propagated forward (step 11's first condition).
  function sourceErrored(storedError) {
    if (!preventAbort) {
      shutdownWithAnAction(function () {
        return writableStreamAbort(dest, storedError);
      }, true, storedError);
    } else {
      shutdown(true, storedError);
    }
  }
  // Errors must be propagated backward.
  function destErrored(storedError) {
    if (!preventCancel) {
      shutdownWithAnAction(function () {
        return readableStreamCancel(source, storedError);
      }, true, storedError);
    } else {
      shutdown(true, storedError);
    }
  }
  // Closing must be propagated forward.
  function sourceClosed() {
    if (!preventClose) {
      shutdownWithAnAction(function () {
        return writableStreamDefaultWriterCloseWithErrorPropagation(writer);
      }, false);
    } else {
      shutdown(false);
    }
  }
  // Closing must be propagated backward.
  function destClosed() {
    var destClosedError = new TypeError('the destination writable stream closed before all data could be piped to it');
    if (!preventCancel) {
      shutdownWithAnAction(function () {
        return readableStreamCancel(source, destClosedError);
      }, true, destClosedError);
    } else {
      shutdown(true, destClosedError);
    }
  }

  /** Waits until every chunk read has been written (the writes' promises settled). */
  function waitForWrites() {
    var oldCurrentWrite = currentWrite;
    return uponPromise(currentWrite, function () {
      return oldCurrentWrite !== currentWrite ? waitForWrites() : undefined;
    });
  }

  /** "Shutdown with an action": once; the writes finish, then the action, then finalize. */
  function shutdownWithAnAction(action, hasError, originalError) {
    if (shuttingDown) {
      return;
    }
    shuttingDown = true;
    function doTheRest() {
      var p;
      try {
        p = promiseResolvedWith(action());
      } catch (e) {
        p = promiseRejectedWith(e);
      }
      uponPromise(p, function () {
        finalize(hasError, originalError);
      }, function (newError) {
        finalize(true, newError);
      });
    }
    if (dest.state === 'writable' && !writableStreamCloseQueuedOrInFlight(dest)) {
      uponPromise(waitForWrites(), doTheRest);
    } else {
      doTheRest();
    }
  }

  /** "Shutdown": once; the writes finish, then finalize. */
  function shutdown(hasError, error) {
    if (shuttingDown) {
      return;
    }
    shuttingDown = true;
    if (dest.state === 'writable' && !writableStreamCloseQueuedOrInFlight(dest)) {
      uponPromise(waitForWrites(), function () {
        finalize(hasError, error);
      });
    } else {
      finalize(hasError, error);
    }
  }

  /** "Finalize": both locks released, the abort algorithm removed, the promise settled. */
  function finalize(hasError, error) {
    writableStreamDefaultWriterRelease(writer);
    readableStreamDefaultReaderRelease(reader);
    if (signal !== undefined) {
      var algorithms = signal[SLOT].algorithms;
      var i = algorithms.indexOf(abortAlgorithm);
      if (i >= 0) {
        algorithms.splice(i, 1);
      }
    }
    if (hasError) {
      promise.reject(error);
    } else {
      promise.resolve(undefined);
    }
  }

  // The conditions as they are now, in the standard's order, then as they become true.
  if (source.state === 'errored') {
    sourceErrored(source.storedError);
  } else if (dest.state === 'errored') {
    destErrored(dest.storedError);
  } else if (source.state === 'closed') {
    sourceClosed();
  } else if (writableStreamCloseQueuedOrInFlight(dest) || dest.state === 'closed') {
    destClosed();
  }
  uponPromise(reader.closedPromise.promise, function () {
    if (!shuttingDown) {
      sourceClosed();
    }
  }, function (e) {
    if (!shuttingDown) {
      sourceErrored(e);
    }
  });
  uponPromise(writer.closedPromise.promise, undefined, function (e) {
    if (!shuttingDown) {
      destErrored(e);
    }
  });
  pipeLoop();
  return promise.promise;
}
