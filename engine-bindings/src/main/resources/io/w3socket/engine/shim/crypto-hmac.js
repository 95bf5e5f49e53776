// crypto-hmac.js: HMAC (Web Crypto #hmac): keys, sign and verify on the host's Mac.

var HMAC_USAGES = ['sign', 'verify'];

defineAlgorithm('HMAC', {
  // #hmac-registration
  sign: null, verify: null, generateKey: 'HmacKeyGenParams', importKey: 'HmacImportParams',
  exportKey: null, 'get key length': 'HmacImportParams'
}, {
  /** #hmac-operations-sign. */
  sign: function (normalized, key, data) {
    return cryptoJob('cryptoHmacSign', [key.algorithm.hash.name, toHostBytes(key.material),
      toHostBytes(data)]).then(jobBuffer);
  },
  /** #hmac-operations-verify: compared in constant time on the host. */
  verify: function (normalized, key, signature, data) {
    return cryptoJob('cryptoHmacVerify', [key.algorithm.hash.name, toHostBytes(key.material),
      toHostBytes(signature), toHostBytes(data)]).then(function (r) {
      return r[0] === true;
    });
  },
  /** #hmac-operations-generate-key. */
  generateKey: function (normalized, extractable, usages) {
    // 1. Only sign and verify.
    checkUsages(usages, HMAC_USAGES);
    // 2. The hash's block size, or the length given, which must not be zero.
    var length = normalized.length === undefined ? hashBlockBits(normalized.hash) : normalized.length;
    if (length === 0) {
      throw new DOMException('HMAC key length must not be zero', 'OperationError');
    }
    requireUsages(usages);
    return randomKeyBytes(length).then(function (bytes) {
      return newCryptoKey('secret', extractable,
          {name: 'HMAC', hash: {name: normalized.hash.name}, length: length}, usages, bytes);
    });
  },
  /** #hmac-operations-import-key. */
  importKey: function (format, keyData, normalized, extractable, usages) {
    // 2. Only sign and verify.
    checkUsages(usages, HMAC_USAGES);
    var hash = normalized.hash;
    var data;
    if (format === 'raw') {
      data = keyData;
    } else if (format === 'jwk') {
      // 3, "jwk": kty "oct", k, the alg of the hash, use "sig", key_ops and ext.
      checkJwk(keyData, 'oct', 'sig', extractable, usages);
      data = jwkBytes(keyData, 'k', true);
      if (keyData.alg !== undefined && keyData.alg !== 'HS' + hashJwkSuffix(hash)) {
        throw jwkAlgError();
      }
    } else {
      throw unsupportedImportFormat();
    }
    // 5-6. Not empty; a length given drops at most the last byte's trailing bits.
    var length = data.length * 8;
    if (length === 0) {
      throw new DOMException('HMAC key data must not be empty', 'DataError');
    }
    if (normalized.length !== undefined) {
      if (normalized.length > length || normalized.length <= length - 8) {
        throw new DOMException('The optional HMAC key length must be shorter than the key data, '
            + 'and by no more than 7 bits.', 'DataError');
      }
      length = normalized.length;
    }
    requireUsages(usages);
    return newCryptoKey('secret', extractable, {name: 'HMAC', hash: {name: hash.name},
      length: length}, usages, maskKeyBits(data, length));
  },
  /** #hmac-operations-export-key. */
  exportKey: function (format, key) {
    return exportSecretKey(format, key, 'HS' + hashJwkSuffix(key.algorithm.hash));
  },
  /** #hmac-operations-get-key-length. */
  getKeyLength: function (normalized) {
    if (normalized.length === undefined) {
      return hashBlockBits(normalized.hash);
    }
    if (normalized.length === 0) {
      throw new TypeError('HMAC key length must not be zero');
    }
    return normalized.length;
  }
});
