// readable-stream-iteration.js: ReadableStream's async iteration (https://streams.spec.whatwg.org/#rs-asynciterator,
// WebIDL #es-asynchronous-iterator-prototype-object) where the engine has Symbol.asyncIterator,
// and ReadableStream.from (#rs-from, #readable-stream-from-iterable).

var hasAsyncIterator = hasSymbol && typeof Symbol.asyncIterator === 'symbol';

/** "end of iteration" (WebIDL #end-of-iteration). */
var END_OF_ITERATION = {};

/** %AsyncIteratorPrototype%, from an async generator's prototype chain (a string: Nashorn cannot parse it). */
var asyncIteratorPrototype = (function () {
  try {
    var gen = Function('return async function* () {}')();
    return Object.getPrototypeOf(Object.getPrototypeOf(gen.prototype));
  } catch (e) {
    return Object.prototype;
  }
})();

/** The ReadableStream AsyncIterator prototype object (WebIDL #es-asynchronous-iterator-prototype-object). */
var readableStreamAsyncIteratorPrototype = Object.create(asyncIteratorPrototype);

defineMethods(readableStreamAsyncIteratorPrototype, {
  /** WebIDL #es-asynchronous-iterator-prototype-object next: one read at a time, in order. */
  next: function () {
    var it = this === null || this === undefined ? undefined : this[SLOT];
    if (!it || it.kinds[0] !== 'ReadableStream AsyncIterator') {
      return promiseRejectedWith(new TypeError('Illegal invocation'));
    }
    function nextSteps() {
      if (it.isFinished) {
        return promiseResolvedWith({done: true, value: undefined});
      }
      var nextPromise = readableStreamAsyncIteratorNext(it);
      return uponPromise(nextPromise, function (next) {
        it.ongoingPromise = null;
        if (next === END_OF_ITERATION) {
          it.isFinished = true;
          return {done: true, value: undefined};
        }
        return {done: false, value: next};
      }, function (reason) {
        it.ongoingPromise = null;
        it.isFinished = true;
        throw reason;
      });
    }
    it.ongoingPromise = it.ongoingPromise !== null ? uponPromise(it.ongoingPromise, nextSteps, nextSteps) : nextSteps();
    return it.ongoingPromise;
  },
  /** WebIDL #es-asynchronous-iterator-prototype-object return: after the reads begun before it. */
  'return': function (value) {
    var it = this === null || this === undefined ? undefined : this[SLOT];
    if (!it || it.kinds[0] !== 'ReadableStream AsyncIterator') {
      return promiseRejectedWith(new TypeError('Illegal invocation'));
    }
    function returnSteps() {
      if (it.isFinished) {
        return promiseResolvedWith({done: true, value: value});
      }
      it.isFinished = true;
      return readableStreamAsyncIteratorReturn(it, value);
    }
    var after = it.ongoingPromise !== null ? uponPromise(it.ongoingPromise, returnSteps, returnSteps) : returnSteps();
    return uponPromise(after, function () {
      return {done: true, value: value};
    });
  }
});
setTag(readableStreamAsyncIteratorPrototype, 'ReadableStream AsyncIterator');

/** The ReadableStreamIteratorOptions dictionary's preventCancel. */
function iteratorPreventCancel(options, what) {
  if (options === undefined || options === null) {
    return false;
  }
  if (!isObject(options)) {
    throw streamTypeError(what, "The provided value is not of type 'ReadableStreamIteratorOptions'.");
  }
  return toBoolean(options.preventCancel);
}

/** #rs-get-iterator: the asynchronous iterator initialization steps. */
function readableStreamValues() {
  var options = arguments[0]; // optional: the length stays 0
  var stream = slotOf(this, 'ReadableStream');
  var what = "execute 'values' on 'ReadableStream'";
  var preventCancel = iteratorPreventCancel(options, what);
  var reader = acquireReadableStreamDefaultReader(stream, what);
  var obj = Object.create(readableStreamAsyncIteratorPrototype);
  setSlot(obj, {
    kinds: ['ReadableStream AsyncIterator'],
    reader: reader,
    preventCancel: preventCancel,
    ongoingPromise: null,
    isFinished: false
  });
  return obj;
}

/** #rs-asynciterator-prototype-next: the next iteration result. */
function readableStreamAsyncIteratorNext(it) {
  var reader = it.reader;
  var promise = newPromise();
  readableStreamDefaultReaderRead(reader, {
    chunkSteps: function (chunk) {
      promise.resolve(chunk);
    },
    closeSteps: function () {
      readableStreamDefaultReaderRelease(reader);
      promise.resolve(END_OF_ITERATION);
    },
    errorSteps: function (e) {
      readableStreamDefaultReaderRelease(reader);
      promise.reject(e);
    }
  });
  return promise.promise;
}

/** #rs-asynciterator-prototype-return: cancels unless preventCancel, and releases the reader. */
function readableStreamAsyncIteratorReturn(it, arg) {
  var reader = it.reader;
  if (!it.preventCancel) {
    var result = readableStreamReaderGenericCancel(reader, arg);
    readableStreamDefaultReaderRelease(reader);
    return result;
  }
  readableStreamDefaultReaderRelease(reader);
  return promiseResolvedWith(undefined);
}

if (hasAsyncIterator) {
  defineMethods(ReadableStream.prototype, {values: readableStreamValues});
  // WebIDL #es-asynchronous-iterable: @@asyncIterator is the same function as values.
  Object.defineProperty(ReadableStream.prototype, Symbol.asyncIterator,
      {value: readableStreamValues, writable: true, enumerable: false, configurable: true});
}
// The function's name (it is called values in browsers).
try {
  Object.defineProperty(readableStreamValues, 'name', {value: 'values', configurable: true});
} catch (ignored) {
  // an engine whose function names cannot be redefined
}

/** ES GetIterator(obj, async): the async iterator, or the sync one made async (CreateAsyncFromSyncIterator). */
function getAsyncIterator(obj, what) {
  var method = hasAsyncIterator && obj !== null && obj !== undefined ? obj[Symbol.asyncIterator] : undefined;
  if (method === undefined || method === null) {
    var syncMethod = hasSymbol && Symbol.iterator && obj !== null && obj !== undefined ? obj[Symbol.iterator] : undefined;
    if (syncMethod === undefined || syncMethod === null) {
      if (Array.isArray(obj)) {
        return asyncFromSyncIterator(arrayIteratorRecord(obj));
      }
      throw streamTypeError(what, 'The provided value is not async iterable.');
    }
    return asyncFromSyncIterator(iteratorFromMethod(obj, syncMethod, what));
  }
  return iteratorFromMethod(obj, method, what);
}

/** ES GetIteratorFromMethod. */
function iteratorFromMethod(obj, method, what) {
  if (typeof method !== 'function') {
    throw streamTypeError(what, 'The provided value is not async iterable.');
  }
  var iterator = method.call(obj);
  if (!isObject(iterator)) {
    throw new TypeError('Result of the Symbol.asyncIterator method is not an object');
  }
  return {iterator: iterator, nextMethod: iterator.next};
}

/** An iterator record over an array's elements (engines without Symbol.iterator). */
function arrayIteratorRecord(array) {
  var i = 0;
  var iterator = {
    next: function () {
      return i < array.length ? {value: array[i++], done: false} : {done: true, value: undefined};
    }
  };
  return {iterator: iterator, nextMethod: iterator.next};
}

/** ES CreateAsyncFromSyncIterator: next and return give promises of results whose values are awaited. */
function asyncFromSyncIterator(syncRecord) {
  function continuation(result) {
    if (!isObject(result)) {
      throw new TypeError('Iterator result ' + String(result) + ' is not an object');
    }
    var done = !!result.done;
    return uponPromise(promiseResolvedWith(result.value), function (v) {
      return {value: v, done: done};
    });
  }
  var iterator = {
    next: function (v) {
      try {
        return continuation(syncRecord.nextMethod.call(syncRecord.iterator, v));
      } catch (e) {
        return promiseRejectedWith(e);
      }
    },
    'return': function (v) {
      try {
        var ret = syncRecord.iterator['return'];
        if (ret === undefined || ret === null) {
          return promiseResolvedWith({value: v, done: true});
        }
        return continuation(ret.call(syncRecord.iterator, v));
      } catch (e) {
        return promiseRejectedWith(e);
      }
    }
  };
  return {iterator: iterator, nextMethod: iterator.next};
}

/** #readable-stream-from-iterable */
function readableStreamFromIterable(asyncIterable, what) {
  var stream;
  // step 2
  var iteratorRecord = getAsyncIterator(asyncIterable, what);
  // step 3
  function startAlgorithm() {
    return undefined;
  }
  // step 4: each pull takes the iterator's next result.
  function pullAlgorithm() {
    var nextResult;
    try {
      nextResult = iteratorRecord.nextMethod.call(iteratorRecord.iterator);
    } catch (e) {
      return promiseRejectedWith(e);
    }
    return uponPromise(promiseResolvedWith(nextResult), function (iterResult) {
      if (!isObject(iterResult)) {
        throw new TypeError('The promise returned by the iterator.next() method must fulfill with an object');
      }
      if (iterResult.done) {
        readableStreamDefaultControllerClose(stream.controller);
      } else {
        readableStreamDefaultControllerEnqueue(stream.controller, iterResult.value);
      }
    });
  }
  // step 5: canceling calls the iterator's return.
  function cancelAlgorithm(reason) {
    var iterator = iteratorRecord.iterator;
    var returnResult;
    try {
      var returnMethod = iterator['return'];
      if (returnMethod === undefined || returnMethod === null) {
        return promiseResolvedWith(undefined);
      }
      if (typeof returnMethod !== 'function') {
        throw new TypeError('The iterator.return is not a function');
      }
      returnResult = returnMethod.call(iterator, reason);
    } catch (e) {
      return promiseRejectedWith(e);
    }
    return uponPromise(promiseResolvedWith(returnResult), function (iterResult) {
      if (!isObject(iterResult)) {
        throw new TypeError('The promise returned by the iterator.return() method must fulfill with an object');
      }
      return undefined;
    });
  }
  // step 6-7
  stream = createReadableStream(startAlgorithm, pullAlgorithm, cancelAlgorithm, 0);
  return stream;
}

defineMethods(ReadableStream, {
  /** #rs-from */
  from: function (asyncIterable) {
    var what = "execute 'from' on 'ReadableStream'";
    requireArgs(arguments, 1, what);
    return readableStreamFromIterable(asyncIterable, what).self;
  }
});
