// queue-with-sizes.js: the Streams Standard's queue-with-sizes (https://streams.spec.whatwg.org/#queue-with-sizes),
// queuing-strategy helpers (#qs-abstract-ops), promise helpers (WebIDL #a-new-promise) and the
// miscellaneous abstract operations (#misc-abstract-ops) the streams files share.

/** The realm's Promise and its then, taken when the module loads (a page's replacement is not used). */
var StreamPromise = Promise;
var promiseThen = Promise.prototype.then;

/** WebIDL #a-new-promise: a promise with its resolving functions; settled says whether either ran. */
function newPromise() {
  var d = {settled: false};
  d.promise = new StreamPromise(function (resolve, reject) {
    d.resolve = function (v) {
      if (!d.settled) {
        d.settled = true;
        resolve(v);
      }
    };
    d.reject = function (e) {
      if (!d.settled) {
        d.settled = true;
        reject(e);
      }
    };
  });
  return d;
}

/** WebIDL #a-promise-resolved-with. */
function promiseResolvedWith(v) {
  return StreamPromise.resolve(v);
}

/** WebIDL #a-promise-rejected-with. */
function promiseRejectedWith(e) {
  return StreamPromise.reject(e);
}

/** WebIDL #dfn-perform-steps-once-promise-is-settled ("react"): a new promise from the steps. */
function uponPromise(p, onFulfilled, onRejected) {
  return promiseThen.call(p, onFulfilled, onRejected);
}

/** WebIDL #mark-a-promise-as-handled. */
function setPromiseIsHandledToTrue(p) {
  promiseThen.call(p, undefined, function () {});
}

/** A deferred whose promise is already rejected with e and marked as handled. */
function rejectedDeferred(e) {
  var d = newPromise();
  d.reject(e);
  setPromiseIsHandledToTrue(d.promise);
  return d;
}

/** A deferred whose promise is already resolved with undefined. */
function resolvedDeferred() {
  var d = newPromise();
  d.resolve(undefined);
  return d;
}

/** A callback's result as WebIDL converts a Promise-returning callback's: exceptions reject. */
function invokeAsPromise(fn, thisArg, args) {
  try {
    return promiseResolvedWith(fn.apply(thisArg, args));
  } catch (e) {
    return promiseRejectedWith(e);
  }
}

/** Whether v is a promise of this realm (the "other specifications" wrappers' test). */
function isPromise(v) {
  return v instanceof StreamPromise;
}

/** #is-non-negative-number */
function isNonNegativeNumber(v) {
  return typeof v === 'number' && v === v && v >= 0;
}

/** #dequeue-value */
function dequeueValue(container) {
  var pair = container.queue.shift();
  container.queueTotalSize -= pair.size;
  // step 5: rounding errors must not make the total negative.
  if (container.queueTotalSize < 0) {
    container.queueTotalSize = 0;
  }
  return pair.value;
}

/** #enqueue-value-with-size */
function enqueueValueWithSize(container, value, size, what) {
  // step 2: a size that is not a non-negative number is a RangeError.
  if (!isNonNegativeNumber(size) || size === Infinity) {
    throw new RangeError((what ? 'Failed to execute ' + what + ': ' : '')
        + 'The return value of a queuing strategy\'s size function must be a finite, non-NaN, '
        + 'non-negative number');
  }
  container.queue.push({value: value, size: size});
  container.queueTotalSize += size;
}

/** #peek-queue-value */
function peekQueueValue(container) {
  return container.queue[0].value;
}

/** #reset-queue */
function resetQueue(container) {
  container.queue = [];
  container.queueTotalSize = 0;
}

/** #validate-and-normalize-high-water-mark, as ExtractHighWaterMark uses it. */
function extractHighWaterMark(strategy, defaultHWM, what) {
  // #extract-high-water-mark step 1: an absent highWaterMark is the default.
  if (strategy.highWaterMark === undefined) {
    return defaultHWM;
  }
  var hwm = strategy.highWaterMark;
  // step 3: NaN or negative is a RangeError.
  if (hwm !== hwm || hwm < 0) {
    throw new RangeError('Failed to ' + what + ": A queuing strategy's highWaterMark property "
        + 'must be a nonnegative, non-NaN number');
  }
  return hwm;
}

/** #make-size-algorithm-from-size-function (ExtractSizeAlgorithm): 1 without a size function. */
function extractSizeAlgorithm(strategy) {
  var size = strategy.size;
  if (size === undefined) {
    return function () {
      return 1;
    };
  }
  // The callback is invoked with an undefined this value.
  return function (chunk) {
    return Number(size.call(undefined, chunk));
  };
}

/**
 * The QueuingStrategy dictionary (#qs-api) from the constructor's strategy argument: highWaterMark
 * (unrestricted double) then size (a callback), read in that order.
 */
function toQueuingStrategy(v, what) {
  var d = {highWaterMark: undefined, size: undefined};
  if (v === undefined || v === null) {
    return d;
  }
  if (!isObject(v)) {
    throw new TypeError('Failed to ' + what + ": The provided value is not of type 'QueuingStrategy'.");
  }
  var hwm = v.highWaterMark;
  if (hwm !== undefined) {
    d.highWaterMark = Number(hwm);
  }
  var size = v.size;
  if (size !== undefined) {
    if (typeof size !== 'function') {
      throw new TypeError('Failed to ' + what + ": A queuing strategy's size property must be a function");
    }
    d.size = size;
  }
  return d;
}

/** A callback member of a dictionary: undefined, or a function (else a TypeError naming it). */
function callbackMember(obj, name, dictName, what) {
  var v = obj[name];
  if (v !== undefined && typeof v !== 'function') {
    throw new TypeError('Failed to ' + what + ': ' + dictName + '.' + name
        + ' must be a function or undefined');
  }
  return v;
}

/** ES2024 TransferArrayBuffer where the engine has ArrayBuffer.prototype.transfer; else a copy. */
function transferArrayBuffer(buffer) {
  if (isDetachedBuffer(buffer)) {
    throw new TypeError('The ArrayBuffer is detached');
  }
  if (typeof buffer.transfer === 'function') {
    return buffer.transfer();
  }
  // An engine that cannot detach (Nashorn) hands on a copy; the original stays usable.
  return buffer.slice(0);
}

/** ES2024 IsDetachedBuffer, where the engine tells (GraalJS); an engine without it never detaches. */
function isDetachedBuffer(buffer) {
  return buffer.detached === true;
}

/** #abstract-opdef-cloneasuint8array */
function cloneAsUint8Array(view) {
  var buffer = view.buffer.slice(view.byteOffset, view.byteOffset + view.byteLength);
  return new Uint8Array(buffer);
}

/** #abstract-opdef-structuredclone: StructuredDeserialize(StructuredSerialize(v)). */
function streamsStructuredClone(v) {
  return structuredClone(v);
}

/** WebIDL #es-unsigned-long-long with [EnforceRange]. */
function toEnforcedUnsignedLongLong(v, what, member, dict) {
  var x = Number(v);
  if (!isFinite(x)) {
    throw new TypeError('Failed to ' + what + ": Failed to read the '" + member + "' property from '"
        + dict + "': Value is not of type 'unsigned long long'.");
  }
  x = x < 0 ? Math.ceil(x) : Math.floor(x);
  if (x < 0 || x > 9007199254740991) {
    throw new TypeError('Failed to ' + what + ": Failed to read the '" + member + "' property from '"
        + dict + "': Value is outside the 'unsigned long long' value range.");
  }
  return x;
}
