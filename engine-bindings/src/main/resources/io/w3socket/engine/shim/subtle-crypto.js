// subtle-crypto.js: SubtleCrypto (Web Crypto #subtlecrypto-interface): the twelve methods' steps,
// and the bridge to the host's crypto thread (io.w3socket.engine.SubtleCryptoFunctions): a host
// function starts a job and returns its id, the result comes back in a task (entry point
// cryptoDone). Every method returns a promise; every error rejects it (#SubtleCrypto-Exceptions,
// WebIDL's conversion errors included), with Chromium 156's messages: "Failed to execute 'encrypt'
// on 'SubtleCrypto': ..." for the arguments and the algorithm, bare for the steps run in parallel.

function SubtleCrypto() {
  throw new TypeError("Failed to construct 'SubtleCrypto': Illegal constructor");
}
// The members in Chromium 156's order: the methods (set up below, sorted), then constructor.
SubtleCrypto.prototype = {};
/** #Crypto-attribute-subtle: the one SubtleCrypto of the realm (platform.js's getter returns it). */
var subtleCrypto = Object.create(SubtleCrypto.prototype);
setSlot(subtleCrypto, {kinds: ['SubtleCrypto']});

/** The realm's SubtleCrypto, for platform.js's crypto.subtle. */
function theSubtleCrypto() {
  return subtleCrypto;
}

/** Jobs started and not yet done, by id: their resolve and reject. */
var cryptoJobs = {};

/** The number of jobs started, so that inParallel knows whether steps started one. */
var cryptoJobsStarted = 0;

var jsonStringify = JSON.stringify;
var jsonParse = JSON.parse;

/**
 * Starts host function {@code name} with {@code args} on the crypto thread; the promise resolves
 * with its results (an array; bytes as the host gives them: see fromHostBytes) or rejects with the
 * DOMException it failed with.
 */
function cryptoJob(name, args) {
  cryptoJobsStarted++;
  return new Promise(function (resolve, reject) {
    var id = callHost(name, args);
    cryptoJobs[id] = {resolve: resolve, reject: reject};
  });
}

/** host[name](...args) (the host's functions are not ECMAScript functions: no apply). */
function callHost(name, a) {
  switch (a.length) {
    case 0: return host[name]();
    case 1: return host[name](a[0]);
    case 2: return host[name](a[0], a[1]);
    case 3: return host[name](a[0], a[1], a[2]);
    case 4: return host[name](a[0], a[1], a[2], a[3]);
    case 5: return host[name](a[0], a[1], a[2], a[3], a[4]);
    case 6: return host[name](a[0], a[1], a[2], a[3], a[4], a[5]);
    default: return host[name](a[0], a[1], a[2], a[3], a[4], a[5], a[6]);
  }
}

/** Entry point: job {@code id} is done; its promise settles ("queue a global task"). */
function cryptoDone(id) {
  var job = cryptoJobs[id];
  delete cryptoJobs[id];
  var r = host.cryptoResult(id);
  if (job === undefined || r === null || r === undefined) {
    return;
  }
  var values = [];
  for (var i = 1; i < r.length; i++) {
    values.push(r[i]);
  }
  if (r[0] === true) {
    job.resolve(values);
  } else {
    job.reject(new DOMException(values[1], values[0]));
  }
}

/** A job's bytes result as a new ArrayBuffer. */
function jobBuffer(r) {
  return fromHostBytes(r[0]).buffer;
}

/** A job's bytes result as a Uint8Array. */
function jobBytes(r) {
  return fromHostBytes(r[0]);
}

/**
 * The steps a method performs "in parallel": run now, but the promise settles in a task after the
 * crypto thread had its turn, so results come in call order; steps that start no job of their
 * own (importing a raw key, a key's usage error) go through an empty one.
 */
function inParallel(steps) {
  var before = cryptoJobsStarted;
  var result;
  var failed = false;
  try {
    result = steps();
  } catch (e) {
    failed = true;
    result = e;
  }
  if (!failed && cryptoJobsStarted !== before) {
    return Promise.resolve(result);
  }
  return cryptoJob('cryptoPass', []).then(function () {
    if (failed) {
      throw result;
    }
    return result;
  });
}

/**
 * A method's frame: {@code this} must be the SubtleCrypto, {@code count} arguments are required,
 * and anything thrown becomes the rejection of the promise returned (#SubtleCrypto-Exceptions).
 */
function subtleMethod(self, method, args, count, steps) {
  var what = subtleWhat(method);
  try {
    var s = isObject(self) ? self[SLOT] : undefined;
    if (!s || s.kinds[0] !== 'SubtleCrypto') {
      throw new TypeError(what + 'Illegal invocation');
    }
    requireCount(args.length, count, "execute '" + method + "' on 'SubtleCrypto'");
    return steps(what);
  } catch (e) {
    return Promise.reject(e);
  }
}

/** WebIDL's CryptoKey argument: its slot, or a TypeError. */
function cryptoKeyArg(v, index, what) {
  var s = cryptoKeySlot(v);
  if (s === null) {
    throw new TypeError(what + 'parameter ' + index + " is not of type 'CryptoKey'.");
  }
  return s;
}

/** WebIDL's BufferSource argument: a copy of its bytes (get a copy of the buffer source). */
function bufferSourceArg(v, method) {
  return copyBytes(bufferSourceBytes(v, "execute '" + method + "' on 'SubtleCrypto'"));
}

var KEY_FORMATS = ['raw', 'spki', 'pkcs8', 'jwk'];

/** #dfn-KeyFormat, with Chromium's message for another value. */
function keyFormatArg(v, what) {
  var s = toDOMString(v);
  if (KEY_FORMATS.indexOf(s) < 0) {
    throw new TypeError(what + 'Invalid keyFormat argument: ' + s);
  }
  return s;
}

/** sequence<KeyUsage>, with Chromium's messages. */
function keyUsagesArg(v, what) {
  var list;
  if (Array.isArray(v)) {
    list = v;
  } else if (isObject(v) && hasSymbol && typeof v[Symbol.iterator] === 'function') {
    // WebIDL #es-sequence: the values of its iterator.
    list = [];
    var it = v[Symbol.iterator]();
    for (var step = it.next(); !step.done; step = it.next()) {
      list.push(step.value);
    }
  } else {
    throw new TypeError(what + 'The provided value cannot be converted to a sequence.');
  }
  var out = [];
  for (var i = 0; i < list.length; i++) {
    var u = toDOMString(list[i]);
    if (KEY_USAGES.indexOf(u) < 0) {
      throw new TypeError(what + 'Invalid keyUsages argument');
    }
    out.push(u);
  }
  return out;
}

/** The operations of the algorithm named by a normalized algorithm or a key's [[algorithm]]. */
function algorithmSteps(algorithm) {
  return cryptoAlgorithms[algorithm.name];
}

/**
 * E.g. #SubtleCrypto-method-encrypt steps 9-10: the key is for the algorithm, and its usages hold
 * {@code usage}, else an InvalidAccessError.
 */
function checkKeyFor(normalized, key, usage) {
  if (normalized.name !== key.algorithm.name) {
    throw new DOMException('key.algorithm does not match that of operation', 'InvalidAccessError');
  }
  if (key.usages.indexOf(usage) < 0) {
    throw new DOMException('key.usages does not permit this operation', 'InvalidAccessError');
  }
}

/**
 * An algorithm's key-creating steps' first checks: each usage is one of {@code allowed}, else a
 * SyntaxError (e.g. #aes-ctr-operations-generate-key step 1).
 */
function checkUsages(usages, allowed) {
  for (var i = 0; i < usages.length; i++) {
    if (allowed.indexOf(usages[i]) < 0) {
      throw new DOMException('Cannot create a key using the specified key usages.', 'SyntaxError');
    }
  }
}

/**
 * E.g. #SubtleCrypto-method-importKey step 11: a secret or private key with no usages is a
 * SyntaxError. (Checked by each algorithm before its work, so that a refused key is not made.)
 */
function requireUsages(usages) {
  if (usages.length === 0) {
    throw new DOMException('Usages cannot be empty when creating a key.', 'SyntaxError');
  }
}

/** #SubtleCrypto-method-exportKey steps 5-6, the wrapKey steps 13-14 likewise. */
function checkExportable(key, what) {
  var steps = supportedAlgorithms.exportKey[key.algorithm.name];
  if (steps === undefined) {
    throw new DOMException(what + key.algorithm.name + ': Unsupported operation: exportKey',
        'NotSupportedError');
  }
  if (!key.extractable) {
    throw new DOMException(what + 'key is not extractable', 'InvalidAccessError');
  }
}

/**
 * #SubtleCrypto-method-wrapKey steps 2-3 (unwrapKey's likewise): the algorithm for {@code op}, or,
 * if it has no such operation, for {@code fallback}. Where both fail, Chromium reports the first
 * unless the second failed for another reason than being unsupported.
 */
function normalizeWrapAlgorithm(alg, op, fallback, what) {
  try {
    return normalizeAlgorithm(alg, op, what);
  } catch (e) {
    try {
      return normalizeAlgorithm(alg, fallback, what);
    } catch (e2) {
      throw e2 instanceof DOMException && e2.name === 'NotSupportedError' ? e : e2;
    }
  }
}

/** The import key operation, then #SubtleCrypto-method-importKey step 11 for what it made. */
function importKeyWith(normalized, format, keyData, extractable, usages) {
  return algorithmSteps(normalized).importKey(format, keyData, normalized, extractable, usages);
}

defineMethods(SubtleCrypto.prototype, {
  /** #SubtleCrypto-method-decrypt. */
  decrypt: function (algorithm, key, data) {
    return subtleCipher(this, 'decrypt', arguments);
  },
  /** #SubtleCrypto-method-deriveBits (length: optional unsigned long?, null by default). */
  deriveBits: function (algorithm, baseKey) {
    var args = arguments;
    return subtleMethod(this, 'deriveBits', args, 2, function (what) {
      var k = cryptoKeyArg(args[1], 2, what);
      var length = args[2] === undefined || args[2] === null ? null : toUint32(args[2]);
      var normalized = normalizeAlgorithm(args[0], 'deriveBits', what);
      return inParallel(function () {
        checkKeyFor(normalized, k, 'deriveBits');
        return algorithmSteps(normalized).deriveBits(normalized, k, length);
      });
    });
  },
  /** #SubtleCrypto-method-deriveKey. */
  deriveKey: function (algorithm, baseKey, derivedKeyType, extractable, keyUsages) {
    var args = arguments;
    return subtleMethod(this, 'deriveKey', args, 5, function (what) {
      var k = cryptoKeyArg(args[1], 2, what);
      var usages = keyUsagesArg(args[4], what);
      var extractable = toBoolean(args[3]);
      var normalized = normalizeAlgorithm(args[0], 'deriveBits', what);
      var importAlg = normalizeAlgorithm(args[2], 'importKey', what);
      var lengthAlg = normalizeAlgorithm(args[2], 'get key length', what);
      return inParallel(function () {
        checkKeyFor(normalized, k, 'deriveKey');
        var length = algorithmSteps(lengthAlg).getKeyLength(lengthAlg);
        return Promise.resolve(algorithmSteps(normalized).deriveBits(normalized, k, length))
            .then(function (bits) {
              return importKeyWith(importAlg, 'raw', new Uint8Array(bits), extractable, usages);
            });
      });
    });
  },
  /** #SubtleCrypto-method-digest. */
  digest: function (algorithm, data) {
    var args = arguments;
    return subtleMethod(this, 'digest', args, 2, function (what) {
      var bytes = bufferSourceArg(args[1], 'digest');
      var normalized = normalizeAlgorithm(args[0], 'digest', what);
      return inParallel(function () {
        return algorithmSteps(normalized).digest(normalized, bytes);
      });
    });
  },
  /** #SubtleCrypto-method-encrypt. */
  encrypt: function (algorithm, key, data) {
    return subtleCipher(this, 'encrypt', arguments);
  },
  /** #SubtleCrypto-method-exportKey. */
  exportKey: function (format, key) {
    var args = arguments;
    return subtleMethod(this, 'exportKey', args, 2, function (what) {
      var k = cryptoKeyArg(args[1], 2, what);
      var fmt = keyFormatArg(args[0], what);
      // Steps 5-6, which Chromium takes before returning the promise.
      checkExportable(k, what);
      return inParallel(function () {
        return exportKeyData(fmt, k);
      });
    });
  },
  /** #SubtleCrypto-method-generateKey. */
  generateKey: function (algorithm, extractable, keyUsages) {
    var args = arguments;
    return subtleMethod(this, 'generateKey', args, 3, function (what) {
      var usages = keyUsagesArg(args[2], what);
      var normalized = normalizeAlgorithm(args[0], 'generateKey', what);
      var extractable = toBoolean(args[1]);
      return inParallel(function () {
        return algorithmSteps(normalized).generateKey(normalized, extractable, usages);
      });
    });
  },
  /** #SubtleCrypto-method-importKey. */
  importKey: function (format, keyData, algorithm, extractable, keyUsages) {
    var args = arguments;
    return subtleMethod(this, 'importKey', args, 5, function (what) {
      var fmt = keyFormatArg(args[0], what);
      var usages = keyUsagesArg(args[4], what);
      var extractable = toBoolean(args[3]);
      var data;
      if (fmt === 'jwk') {
        data = toJsonWebKey(args[1], what);
      } else if (isArrayBuffer(args[1]) || isView(args[1])) {
        data = copyBytes(bufferSourceBytes(args[1]));
      } else {
        throw new TypeError(what + 'Key data must be a BufferSource for non-JWK formats');
      }
      var normalized = normalizeAlgorithm(args[2], 'importKey', what);
      return inParallel(function () {
        return importKeyWith(normalized, fmt, data, extractable, usages);
      });
    });
  },
  /** #SubtleCrypto-method-sign. */
  sign: function (algorithm, key, data) {
    return subtleCipher(this, 'sign', arguments);
  },
  /** #SubtleCrypto-method-unwrapKey. */
  unwrapKey: function (format, wrappedKey, unwrappingKey, unwrapAlgorithm, unwrappedKeyAlgorithm,
      extractable, keyUsages) {
    var args = arguments;
    return subtleMethod(this, 'unwrapKey', args, 7, function (what) {
      var wrapped = bufferSourceArg(args[1], 'unwrapKey');
      var unwrapping = cryptoKeyArg(args[2], 3, what);
      var fmt = keyFormatArg(args[0], what);
      var usages = keyUsagesArg(args[6], what);
      var extractable = toBoolean(args[5]);
      var normalized = normalizeWrapAlgorithm(args[3], 'unwrapKey', 'decrypt', what);
      var importAlg = normalizeAlgorithm(args[4], 'importKey', what);
      return inParallel(function () {
        checkKeyFor(normalized, unwrapping, 'unwrapKey');
        var steps = algorithmSteps(normalized);
        return Promise.resolve(steps.unwrapKey ? steps.unwrapKey(normalized, unwrapping, wrapped)
            : steps.decrypt(normalized, unwrapping, wrapped)).then(function (key) {
          var bytes = new Uint8Array(key);
          var data = bytes;
          if (fmt === 'jwk') {
            // Step 14: the bytes are a JWK's JSON text, else a DataError.
            var parsed;
            try {
              parsed = jsonParse(utf8Decode(bytes));
            } catch (e) {
              parsed = null;
            }
            if (!isObject(parsed) || Array.isArray(parsed)) {
              throw new DOMException('JWK input could not be parsed to a JSON dictionary', 'DataError');
            }
            data = toJsonWebKey(parsed, '');
          }
          return importKeyWith(importAlg, fmt, data, extractable, usages);
        });
      });
    });
  },
  /** #SubtleCrypto-method-verify. */
  verify: function (algorithm, key, signature, data) {
    var args = arguments;
    return subtleMethod(this, 'verify', args, 4, function (what) {
      var k = cryptoKeyArg(args[1], 2, what);
      var signature = bufferSourceArg(args[2], 'verify');
      var data = bufferSourceArg(args[3], 'verify');
      var normalized = normalizeAlgorithm(args[0], 'verify', what);
      return inParallel(function () {
        checkKeyFor(normalized, k, 'verify');
        return algorithmSteps(normalized).verify(normalized, k, signature, data);
      });
    });
  },
  /** #SubtleCrypto-method-wrapKey. */
  wrapKey: function (format, key, wrappingKey, wrapAlgorithm) {
    var args = arguments;
    return subtleMethod(this, 'wrapKey', args, 4, function (what) {
      var k = cryptoKeyArg(args[1], 2, what);
      var wrapping = cryptoKeyArg(args[2], 3, what);
      var fmt = keyFormatArg(args[0], what);
      var normalized = normalizeWrapAlgorithm(args[3], 'wrapKey', 'encrypt', what);
      return inParallel(function () {
        // Steps 11-14: the wrapping key's algorithm and usage; the key exportable.
        checkKeyFor(normalized, wrapping, 'wrapKey');
        checkExportable(k, '');
        return Promise.resolve(exportKeyData(fmt, k)).then(function (exported) {
          // Step 16: a JWK is wrapped as its JSON text's UTF-8 bytes.
          var bytes = fmt === 'jwk' ? utf8Encode(jsonStringify(exported)) : new Uint8Array(exported);
          var steps = algorithmSteps(normalized);
          return steps.wrapKey ? steps.wrapKey(normalized, wrapping, bytes)
              : steps.encrypt(normalized, wrapping, bytes);
        });
      });
    });
  }
});
define(SubtleCrypto.prototype, 'constructor', SubtleCrypto);
setTag(SubtleCrypto.prototype, 'SubtleCrypto');

/** encrypt, decrypt and sign: the same steps but for the operation's name. */
function subtleCipher(self, op, args) {
  return subtleMethod(self, op, args, 3, function (what) {
    var k = cryptoKeyArg(args[1], 2, what);
    var data = bufferSourceArg(args[2], op);
    var normalized = normalizeAlgorithm(args[0], op, what);
    return inParallel(function () {
      checkKeyFor(normalized, k, op);
      return algorithmSteps(normalized)[op](normalized, k, data);
    });
  });
}

/** The export key operation of the key's algorithm: an ArrayBuffer, or a JsonWebKey object. */
function exportKeyData(format, key) {
  return algorithmSteps(key.algorithm).exportKey(format, key);
}

exposed.SubtleCrypto = SubtleCrypto;
