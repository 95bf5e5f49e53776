// idb-keys.js: IndexedDB keys (https://w3c.github.io/IndexedDB/#key-construct) and key paths
// (#key-path-construct): converting values to keys and back, comparing keys, evaluating and
// injecting key paths, and the structured clones records hold. The lazy module indexeddb
// (idb-*.js) holds the whole API; databases live in this realm's memory for the run.
//
// A key here: a number key is a number, a string key a string, an array key an Array of keys; a
// date key is a DateKey and a binary key a BinaryKey (its bytes, copied).

function DateKey(ms) {
  this.ms = ms;
}

function BinaryKey(bytes) {
  this.bytes = bytes;
}

/** #key-construct: the type order number < date < string < binary < array. */
function keyTypeRank(k) {
  if (typeof k === 'number') {
    return 1;
  }
  if (typeof k === 'string') {
    return 3;
  }
  if (k instanceof DateKey) {
    return 2;
  }
  if (k instanceof BinaryKey) {
    return 4;
  }
  return 5;
}

/** #compare-two-keys: -1, 0 or 1. */
function compareKeys(a, b) {
  var ta = keyTypeRank(a);
  var tb = keyTypeRank(b);
  if (ta !== tb) {
    return ta < tb ? -1 : 1;
  }
  switch (ta) {
    case 1:
    case 3:
      // Strings compare by code units, as JS's relational operators do.
      return a < b ? -1 : a > b ? 1 : 0;
    case 2:
      return a.ms < b.ms ? -1 : a.ms > b.ms ? 1 : 0;
    case 4: {
      var x = a.bytes;
      var y = b.bytes;
      var n = Math.min(x.length, y.length);
      for (var i = 0; i < n; i++) {
        if (x[i] !== y[i]) {
          return x[i] < y[i] ? -1 : 1;
        }
      }
      return x.length < y.length ? -1 : x.length > y.length ? 1 : 0;
    }
    default: {
      var m = Math.min(a.length, b.length);
      for (var j = 0; j < m; j++) {
        var c = compareKeys(a[j], b[j]);
        if (c !== 0) {
          return c;
        }
      }
      return a.length < b.length ? -1 : a.length > b.length ? 1 : 0;
    }
  }
}

/** The invalid result of #convert-a-value-to-a-key. */
var INVALID_KEY = {};

function isDateObject(v) {
  return Object.prototype.toString.call(v) === '[object Date]';
}

/** A buffer source's bytes (a copy), or null for anything else. */
function bufferSourceCopy(v) {
  if (isArrayBuffer(v)) {
    return isDetachedBuffer(v) ? INVALID_KEY : new Uint8Array(v.slice(0));
  }
  // A view (Nashorn's ArrayBuffer.isView does not know a DataView).
  if ((typeof ArrayBuffer === 'function' && ArrayBuffer.isView && ArrayBuffer.isView(v))
      || (typeof DataView === 'function' && v instanceof DataView)) {
    if (isDetachedBuffer(v.buffer)) {
      return INVALID_KEY;
    }
    return new Uint8Array(v.buffer.slice(v.byteOffset, v.byteOffset + v.byteLength));
  }
  return null;
}

function isDetachedBuffer(buffer) {
  return buffer.detached === true;
}

/**
 * #convert-a-value-to-a-key: a key, or INVALID_KEY; exceptions of getters propagate (step 3's
 * "ReturnIfAbrupt").
 */
function valueToKey(input, seen) {
  var t = typeof input;
  if (t === 'number') {
    // Number: NaN is invalid.
    return input !== input ? INVALID_KEY : input;
  }
  if (t === 'string') {
    return input;
  }
  if (!isObject(input) || t === 'function') {
    return INVALID_KEY;
  }
  seen = seen || [];
  // Step 2: an input already seen (a cycle) is invalid.
  if (seen.indexOf(input) >= 0) {
    return INVALID_KEY;
  }
  if (isDateObject(input)) {
    var ms = input.getTime();
    return ms !== ms ? INVALID_KEY : new DateKey(ms);
  }
  var bytes = bufferSourceCopy(input);
  if (bytes !== null) {
    return bytes === INVALID_KEY ? INVALID_KEY : new BinaryKey(bytes);
  }
  if (Array.isArray(input)) {
    var len = toLength(input.length);
    seen.push(input);
    var keys = [];
    for (var i = 0; i < len; i++) {
      // Array: a hole is invalid; each entry converts with seen.
      if (!Object.prototype.hasOwnProperty.call(input, i)) {
        return INVALID_KEY;
      }
      var key = valueToKey(input[i], seen);
      if (key === INVALID_KEY) {
        return INVALID_KEY;
      }
      keys.push(key);
    }
    return keys;
  }
  return INVALID_KEY;
}

/** #convert-a-value-to-a-multientry-key: an array's valid, distinct entries; else a key. */
function valueToMultiEntryKey(input) {
  if (!Array.isArray(input)) {
    return valueToKey(input);
  }
  var seen = [input];
  var keys = [];
  var len = toLength(input.length);
  for (var i = 0; i < len; i++) {
    if (Object.prototype.hasOwnProperty.call(input, i)) {
      var key = valueToKey(input[i], seen);
      if (key !== INVALID_KEY && !keys.some(function (k) {
        return compareKeys(k, key) === 0;
      })) {
        keys.push(key);
      }
    }
  }
  return keys;
}

function toLength(v) {
  var n = Number(v);
  if (n !== n || n <= 0) {
    return 0;
  }
  return Math.min(Math.floor(n), 9007199254740991);
}

/** #convert-a-key-to-a-value: a new Date, ArrayBuffer or Array for those keys. */
function keyToValue(key) {
  if (typeof key === 'number' || typeof key === 'string') {
    return key;
  }
  if (key instanceof DateKey) {
    return new Date(key.ms);
  }
  if (key instanceof BinaryKey) {
    return new Uint8Array(key.bytes).buffer;
  }
  var out = [];
  for (var i = 0; i < key.length; i++) {
    out.push(keyToValue(key[i]));
  }
  return out;
}

/** A key from an argument, or a DataError (Chromium's message) naming the operation. */
function requireKey(value, what) {
  var key = valueToKey(value);
  if (key === INVALID_KEY) {
    throw new DOMException('Failed to execute ' + what + ': The parameter is not a valid key.', 'DataError');
  }
  return key;
}

/** An identifier of a key path: ECMAScript's IdentifierName, Latin letters and beyond. */
var KEY_PATH_IDENTIFIER = /^[A-Za-z_$\u00aa-\uffff][A-Za-z0-9_$\u00aa-\uffff]*$/;

/** #valid-key-path for a string. */
function validStringKeyPath(s) {
  if (s === '') {
    return true;
  }
  var parts = s.split('.');
  for (var i = 0; i < parts.length; i++) {
    if (!KEY_PATH_IDENTIFIER.test(parts[i])) {
      return false;
    }
  }
  return true;
}

/**
 * The (DOMString or sequence<DOMString>) key path argument: an array of strings for an iterable
 * object, else a string; throws Chromium's SyntaxError for an invalid one (#valid-key-path).
 */
function toKeyPath(value, what, message) {
  var path;
  if (isObject(value) && hasSymbol && typeof value[Symbol.iterator] === 'function') {
    path = toSequence(value, 'execute ' + what).map(toDOMString);
  } else if (Array.isArray(value)) {
    path = value.map(toDOMString);
  } else {
    path = toDOMString(value);
  }
  var valid = typeof path === 'string' ? validStringKeyPath(path)
      : path.length > 0 && path.every(validStringKeyPath);
  if (!valid) {
    throw new DOMException('Failed to execute ' + what + ': '
        + (message || 'The keyPath argument contains an invalid key path.'), 'SyntaxError');
  }
  return path;
}

/** A key path as the keyPath attributes return it: a new Array for a list (Chromium's). */
function keyPathValue(path) {
  return typeof path === 'string' || path === null ? path : path.slice();
}

/** The failure result of #evaluate-a-key-path-on-a-value. */
var KEY_PATH_FAILURE = {};

/** #evaluate-a-key-path-on-a-value. */
function evaluateKeyPath(value, keyPath) {
  if (typeof keyPath !== 'string') {
    var result = [];
    for (var i = 0; i < keyPath.length; i++) {
      var key = evaluateKeyPath(value, keyPath[i]);
      if (key === KEY_PATH_FAILURE) {
        return KEY_PATH_FAILURE;
      }
      result.push(key);
    }
    return result;
  }
  if (keyPath === '') {
    return value;
  }
  var identifiers = keyPath.split('.');
  for (var j = 0; j < identifiers.length; j++) {
    var id = identifiers[j];
    if (typeof value === 'string' && id === 'length') {
      value = value.length;
    } else if (Array.isArray(value) && id === 'length') {
      value = toLength(value.length);
    } else if (isObject(value) && value[SLOT] && value[SLOT].kinds.indexOf('Blob') >= 0
        && (id === 'size' || id === 'type')) {
      value = value[id];
    } else if (isObject(value) && value[SLOT] && value[SLOT].kinds.indexOf('File') >= 0
        && (id === 'name' || id === 'lastModified')) {
      value = value[id];
    } else {
      if (!isObject(value) || !Object.prototype.hasOwnProperty.call(value, id)) {
        return KEY_PATH_FAILURE;
      }
      value = value[id];
    }
  }
  return value;
}

/**
 * #extract-a-key-from-a-value-using-a-key-path: a key, INVALID_KEY, or KEY_PATH_FAILURE.
 */
function extractKey(value, keyPath, multiEntry) {
  var r = evaluateKeyPath(value, keyPath);
  if (r === KEY_PATH_FAILURE) {
    return KEY_PATH_FAILURE;
  }
  return multiEntry ? valueToMultiEntryKey(r) : valueToKey(r);
}

/** #check-that-a-key-could-be-injected-into-a-value. */
function canInjectKey(value, keyPath) {
  var identifiers = keyPath.split('.');
  identifiers.pop();
  for (var i = 0; i < identifiers.length; i++) {
    if (!isObject(value)) {
      return false;
    }
    if (!Object.prototype.hasOwnProperty.call(value, identifiers[i])) {
      return true;
    }
    value = value[identifiers[i]];
  }
  return isObject(value);
}

/** #inject-a-key-into-a-value-using-a-key-path. */
function injectKey(value, key, keyPath) {
  var identifiers = keyPath.split('.');
  var last = identifiers.pop();
  for (var i = 0; i < identifiers.length; i++) {
    if (!Object.prototype.hasOwnProperty.call(value, identifiers[i])) {
      var o = {};
      define(value, identifiers[i], o);
      Object.defineProperty(value, identifiers[i], {enumerable: true});
      value = o;
    } else {
      value = value[identifiers[i]];
    }
  }
  Object.defineProperty(value, last, {value: keyToValue(key), writable: true, enumerable: true, configurable: true});
}

/**
 * structured-clone.js's serialize and deserialize: in the window's lazy module messaging, in a
 * worker's shim itself.
 */
function cloneFunctions() {
  return typeof serialize === 'function' ? {serialize: serialize, deserialize: deserialize}
      : loadModule('messaging');
}

/** The tokens of a value's structured serialization (HTML #structuredserialize). */
function idbSerialize(value, context) {
  return cloneFunctions().serialize(value, context);
}

/** A new value from tokens (HTML #structureddeserialize); each buffer a copy of its own. */
function idbDeserialize(tokens) {
  return cloneFunctions().deserialize(tokens, function (u8) {
    return new Uint8Array(u8);
  }, 0);
}
