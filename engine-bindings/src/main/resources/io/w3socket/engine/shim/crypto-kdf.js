// crypto-kdf.js: PBKDF2 and HKDF (Web Crypto #pbkdf2, #hkdf): their keys (raw, never extractable)
// and derive bits, on the host (io.w3socket.engine.SymmetricCrypto, over its Mac; PBKDF2's
// iterations run on the crypto thread, not the event loop's).

var KDF_USAGES = ['deriveKey', 'deriveBits'];

/** #pbkdf2-operations-import-key, #hkdf-operations-import-key: the same steps but for the name. */
function kdfImportKey(name) {
  return function (format, keyData, normalized, extractable, usages) {
    // 1. Only raw.
    if (format !== 'raw') {
      throw unsupportedImportFormat();
    }
    // 2. Only deriveKey and deriveBits.
    checkUsages(usages, KDF_USAGES);
    // 3. Never extractable.
    if (extractable) {
      throw new DOMException('KDF keys must set extractable=false', 'SyntaxError');
    }
    requireUsages(usages);
    return newCryptoKey('secret', false, {name: name}, usages, keyData);
  };
}

/** #pbkdf2-operations-get-key-length, #hkdf-operations-get-key-length. */
function kdfKeyLength() {
  return null;
}

defineAlgorithm('PBKDF2', {
  // #pbkdf2-registration
  deriveBits: 'Pbkdf2Params', importKey: null, 'get key length': null
}, {
  /** #pbkdf2-operations-derive-bits. */
  deriveBits: function (normalized, key, length) {
    // 1. A length, a multiple of 8.
    if (length === null) {
      throw new DOMException('No length was specified for the PBKDF2 Derive Bits operation.',
          'OperationError');
    }
    if (length % 8 !== 0) {
      throw new DOMException('Length for PBKDF2 key derivation must be a multiple of 8 bits.',
          'OperationError');
    }
    // 2. At least one iteration.
    if (normalized.iterations === 0) {
      throw new DOMException('PBKDF2 requires iterations > 0', 'OperationError');
    }
    return cryptoJob('cryptoPbkdf2', [normalized.hash.name, toHostBytes(key.material),
      toHostBytes(normalized.salt), normalized.iterations, length]).then(jobBuffer);
  },
  importKey: kdfImportKey('PBKDF2'),
  getKeyLength: kdfKeyLength
});

defineAlgorithm('HKDF', {
  // #hkdf-registration
  deriveBits: 'HkdfParams', importKey: null, 'get key length': null
}, {
  /** #hkdf-operations-derive-bits. */
  deriveBits: function (normalized, key, length) {
    // 1. A length, a multiple of 8 (at most 255 hash lengths: checked on the host).
    if (length === null) {
      throw new DOMException('No length was specified for the HKDF Derive Bits operation.',
          'OperationError');
    }
    if (length % 8 !== 0) {
      throw new DOMException('The length provided for HKDF is not a multiple of 8 bits.',
          'OperationError');
    }
    return cryptoJob('cryptoHkdf', [normalized.hash.name, toHostBytes(key.material),
      toHostBytes(normalized.salt), toHostBytes(normalized.info), length]).then(jobBuffer);
  },
  importKey: kdfImportKey('HKDF'),
  getKeyLength: kdfKeyLength
});
