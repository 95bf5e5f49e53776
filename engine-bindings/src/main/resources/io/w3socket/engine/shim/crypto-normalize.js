// crypto-normalize.js: Web Crypto's algorithm normalization (#algorithm-normalization): the
// supportedAlgorithms registry each crypto-*.js algorithm file fills with defineAlgorithm, the
// parameter dictionaries, and normalizeAlgorithm. Errors carry Chromium 156's words ("AeadParams:
// iv: Not a BufferSource"); its dictionary names are used in them (AeadParams is the standard's
// AesGcmParams).

/** #algorithm-normalization-internal: op → {registered name → dictionary name, or null}. */
var supportedAlgorithms = {};

/** Each registered algorithm's operations (its crypto-*.js file's object), by name. */
var cryptoAlgorithms = {};

/**
 * #algorithm-normalization-define-an-algorithm for each operation of {@code registrations}
 * (op → the parameters' dictionary name, null for none); {@code operations} holds its steps.
 */
function defineAlgorithm(name, registrations, operations) {
  Object.keys(registrations).forEach(function (op) {
    if (!supportedAlgorithms[op]) {
      supportedAlgorithms[op] = {};
    }
    supportedAlgorithms[op][name] = registrations[op];
  });
  cryptoAlgorithms[name] = operations;
}

/**
 * The parameter dictionaries (#dfn-Algorithm's descendants): each member's name, type and whether
 * it is required, in the order Chromium reads them; all inherit Algorithm's name.
 */
var CRYPTO_DICTIONARIES = {
  // #aes-gcm-params
  AeadParams: [['iv', 'BufferSource', true], ['additionalData', 'BufferSource'],
    ['tagLength', 'octet']],
  // #aes-cbc-params
  AesCbcParams: [['iv', 'BufferSource', true]],
  // #aes-ctr-params
  AesCtrParams: [['counter', 'BufferSource', true], ['length', 'octet', true]],
  // #aes-keygen-params
  AesKeyGenParams: [['length', 'unsigned short', true]],
  // #aes-derivedkey-params
  AesDerivedKeyParams: [['length', 'unsigned short', true]],
  // #hmac-importparams
  HmacImportParams: [['hash', 'hash', true], ['length', 'unsigned long']],
  // #hmac-keygen-params
  HmacKeyGenParams: [['hash', 'hash', true], ['length', 'unsigned long']],
  // #pbkdf2-params
  Pbkdf2Params: [['salt', 'BufferSource', true], ['iterations', 'unsigned long', true],
    ['hash', 'hash', true]],
  // #hkdf-params
  HkdfParams: [['hash', 'hash', true], ['salt', 'BufferSource', true],
    ['info', 'BufferSource', true]],
  // #EcKeyGenParams-dictionary, #EcKeyImportParams-dictionary
  EcKeyGenParams: [['namedCurve', 'namedCurve', true]],
  EcKeyImportParams: [['namedCurve', 'namedCurve', true]],
  // #EcdsaParams-dictionary
  EcdsaParams: [['hash', 'hash', true]],
  // #dh-EcdhKeyDeriveParams
  EcdhKeyDeriveParams: [['public', 'CryptoKey', true]],
  // #RsaHashedKeyGenParams-dictionary (and #RsaKeyGenParams-dictionary's members)
  RsaHashedKeyGenParams: [['modulusLength', 'unsigned long', true],
    ['publicExponent', 'BigInteger', true], ['hash', 'hash', true]],
  // #RsaHashedImportParams-dictionary
  RsaHashedImportParams: [['hash', 'hash', true]],
  // #RsaPssParams-dictionary
  RsaPssParams: [['saltLength', 'unsigned long', true]],
  // #rsa-oaep-params
  RsaOaepParams: [['label', 'BufferSource']]
};

/** The curves Chromium recognizes in EcKeyGenParams and EcKeyImportParams (#dfn-NamedCurve). */
var NAMED_CURVES = ['P-256', 'P-384', 'P-521'];

/** "Failed to execute 'digest' on 'SubtleCrypto': ", the prefix of a method's own errors. */
function subtleWhat(method) {
  return "Failed to execute '" + method + "' on 'SubtleCrypto': ";
}

/**
 * #algorithm-normalization-normalize-an-algorithm: {@code alg} (an AlgorithmIdentifier) for
 * operation {@code op}, as a new dictionary whose name is the registered name and whose members are
 * converted (BufferSources copied, hashes normalized for "digest"). Errors are thrown, their
 * messages after {@code prefix}.
 */
function normalizeAlgorithm(alg, op, prefix) {
  // 1. A DOMString is the dictionary {name: alg}. (WebIDL's (object or DOMString): anything else
  // that is not an object converts to a string.)
  if (!isObject(alg)) {
    return normalizeAlgorithm({name: toDOMString(alg)}, op, prefix);
  }
  // 2.1-2.3. registeredAlgorithms, and the Algorithm dictionary's required name.
  var registered = supportedAlgorithms[op] || {};
  var name = alg.name;
  if (name === undefined) {
    throw new TypeError(prefix + 'Algorithm: name: Missing or not a string');
  }
  name = toDOMString(name);
  // 2.4-2.5. A case-insensitive match of a registered name, or a NotSupportedError.
  var algName = registeredName(registered, name);
  if (algName === null) {
    var known = registeredName(cryptoAlgorithms, name);
    throw new DOMException(prefix + (known === null ? 'Algorithm: Unrecognized name'
        : known + ': Unsupported operation: ' + op), 'NotSupportedError');
  }
  var dictionary = registered[algName];
  // 2.6-2.7. The desired type's members; the name is the registered one.
  var normalized = {name: algName};
  if (dictionary !== null) {
    CRYPTO_DICTIONARIES[dictionary].forEach(function (member) {
      var v = alg[member[0]];
      if (v === undefined) {
        if (member[2]) {
          throw new TypeError(prefix + dictionary + ': ' + member[0] + ': '
              + MISSING_MESSAGES[member[1]]);
        }
        return;
      }
      normalized[member[0]] = convertCryptoMember(v, member[1], prefix + dictionary + ': '
          + member[0] + ': ', prefix + dictionary + ': ');
    });
  }
  return normalized;
}

/** Chromium's message for a required member that is missing, by the member's type. */
var MISSING_MESSAGES = {
  'BufferSource': 'Missing required property',
  'octet': 'Missing required property',
  'unsigned short': 'Missing required property',
  'unsigned long': 'Missing required property',
  'hash': 'Missing or not an AlgorithmIdentifier',
  'namedCurve': 'Missing or not a string',
  'BigInteger': 'Missing or not a Uint8Array',
  'CryptoKey': 'Missing required property'
};

/** The key in {@code table} that is a case-insensitive match for {@code name}, or null. */
function registeredName(table, name) {
  var lower = name.toLowerCase();
  for (var k in table) {
    if (Object.prototype.hasOwnProperty.call(table, k) && k.toLowerCase() === lower) {
      return k;
    }
  }
  return null;
}

/**
 * One dictionary member's WebIDL conversion and #algorithm-normalization-normalize-an-algorithm
 * step 2.10's treatment: a BufferSource's bytes copied, a HashAlgorithmIdentifier normalized for
 * "digest", [EnforceRange] integers.
 */
function convertCryptoMember(v, type, prefix, dictionaryPrefix) {
  switch (type) {
    case 'BufferSource':
      if (!isArrayBuffer(v) && !isView(v)) {
        throw new TypeError(prefix + 'Not a BufferSource');
      }
      return copyBytes(bufferSourceBytes(v));
    case 'octet':
      return enforceRange(v, 255, prefix);
    case 'unsigned short':
      return enforceRange(v, 65535, prefix);
    case 'unsigned long':
      return enforceRange(v, 4294967295, prefix);
    case 'hash':
      if (!isObject(v) && typeof v !== 'string') {
        throw new TypeError(prefix + 'Missing or not an AlgorithmIdentifier');
      }
      return normalizeAlgorithm(v, 'digest', prefix);
    case 'namedCurve':
      if (typeof v !== 'string') {
        throw new TypeError(prefix + 'Missing or not a string');
      }
      // Chromium refuses a curve it does not know here (the standard: in the operation's steps).
      if (NAMED_CURVES.indexOf(v) < 0) {
        throw new DOMException(dictionaryPrefix + 'Unrecognized namedCurve', 'NotSupportedError');
      }
      return v;
    case 'BigInteger':
      if (!(v instanceof Uint8Array)) {
        throw new TypeError(prefix + 'Missing or not a Uint8Array');
      }
      return copyBytes(v);
    case 'CryptoKey':
      if (cryptoKeySlot(v) === null) {
        throw new TypeError(prefix + 'Must be a CryptoKey');
      }
      return v;
    default:
      throw new Error('unknown member type ' + type);
  }
}

/** WebIDL #es-integer-types with [EnforceRange], in Chromium's words. */
function enforceRange(v, max, prefix) {
  var x = Number(v);
  if (!isFinite(x)) {
    throw new TypeError(prefix + 'Is not a number');
  }
  x = x < 0 ? Math.ceil(x) : Math.floor(x);
  if (x < 0 || x > max) {
    throw new TypeError(prefix + 'Outside of numeric range');
  }
  return x;
}
