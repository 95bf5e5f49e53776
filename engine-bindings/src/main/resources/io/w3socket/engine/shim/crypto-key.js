// crypto-key.js: CryptoKey (Web Crypto #cryptokey-interface). Its [[handle]] is the key's
// material as bytes in the slot (raw bytes for a secret key, PKCS #8 for a private key, SPKI for
// a public one), which the host functions of io.w3socket.engine.SubtleCryptoFunctions take: no
// Java object stands behind a key, so nothing is kept after the page drops it.

/** #dfn-KeyUsage, in the enumeration's order (the order a key's usages are kept in, as Chromium). */
var KEY_USAGES = ['encrypt', 'decrypt', 'sign', 'verify', 'deriveKey', 'deriveBits', 'wrapKey',
  'unwrapKey'];

function CryptoKey() {
  throw new TypeError("Failed to construct 'CryptoKey': Illegal constructor");
}
// The members in Chromium 156's order: the attributes, then constructor.
CryptoKey.prototype = {};

/**
 * A new CryptoKey: {@code algorithm} is the [[algorithm]] internal slot's KeyAlgorithm (a plain
 * object of the shim's, never handed out), {@code usages} a list of KeyUsage values,
 * {@code material} the key's bytes.
 */
function newCryptoKey(type, extractable, algorithm, usages, material) {
  var key = Object.create(CryptoKey.prototype);
  setSlot(key, {
    kinds: ['CryptoKey'],
    type: type,
    extractable: extractable,
    algorithm: algorithm,
    algorithmCached: undefined,
    usages: normalizeUsages(usages),
    usagesCached: undefined,
    material: material
  });
  return key;
}

/** The slot of a CryptoKey, or null for anything else. */
function cryptoKeySlot(v) {
  var s = isObject(v) ? v[SLOT] : undefined;
  return s && s.kinds[s.kinds.length - 1] === 'CryptoKey' ? s : null;
}

/** #concept-usage-intersection's normalized value: each usage once, in KEY_USAGES order. */
function normalizeUsages(usages) {
  return KEY_USAGES.filter(function (u) {
    return usages.indexOf(u) >= 0;
  });
}

/**
 * A KeyAlgorithm as the ECMAScript object the algorithm attribute returns (WebIDL's conversion of
 * a dictionary: a new object, its members in the order they were set; a BigInteger a new
 * Uint8Array).
 */
function keyAlgorithmObject(algorithm) {
  var o = {};
  Object.keys(algorithm).forEach(function (k) {
    var v = algorithm[k];
    o[k] = v instanceof Uint8Array ? copyBytes(v) : isObject(v) ? keyAlgorithmObject(v) : v;
  });
  return o;
}

defineAccessor(CryptoKey.prototype, 'type', function () {
  return slotOf(this, 'CryptoKey').type;
});
defineAccessor(CryptoKey.prototype, 'extractable', function () {
  return slotOf(this, 'CryptoKey').extractable;
});
// #dfn-CryptoKey-algorithm: the cached ECMAScript object of [[algorithm]], the same each time
// (Chromium 156 makes a new one for each read).
defineAccessor(CryptoKey.prototype, 'algorithm', function () {
  var s = slotOf(this, 'CryptoKey');
  if (s.algorithmCached === undefined) {
    s.algorithmCached = keyAlgorithmObject(s.algorithm);
  }
  return s.algorithmCached;
});
// #dfn-CryptoKey-usages: the cached ECMAScript array of [[usages]] (Chromium: a new one each time).
defineAccessor(CryptoKey.prototype, 'usages', function () {
  var s = slotOf(this, 'CryptoKey');
  if (s.usagesCached === undefined) {
    s.usagesCached = s.usages.slice();
  }
  return s.usagesCached;
});
define(CryptoKey.prototype, 'constructor', CryptoKey);
setTag(CryptoKey.prototype, 'CryptoKey');
exposed.CryptoKey = CryptoKey;
