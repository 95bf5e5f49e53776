// crypto-aes.js: AES-CTR, AES-CBC, AES-GCM and AES-KW (Web Crypto #aes-ctr, #aes-cbc, #aes-gcm,
// #aes-kw): keys of 128, 192 or 256 bits (Chromium 156 refuses 192), and the modes on the host's
// Cipher (io.w3socket.engine.SymmetricCrypto).

/** The AES key lengths the standard allows (e.g. #aes-ctr-operations-generate-key step 2). */
var AES_LENGTHS = [128, 192, 256];

/**
 * One AES algorithm: {@code suffix} names its JWK alg ("A128" + suffix), {@code usages} its key
 * usages, {@code registrations} its operations' dictionaries, {@code modes} its own operations
 * (encrypt and decrypt, or wrapKey and unwrapKey).
 */
function defineAes(name, suffix, usages, registrations, modes) {
  var steps = {
    /** E.g. #aes-ctr-operations-generate-key. */
    generateKey: function (normalized, extractable, keyUsages) {
      checkUsages(keyUsages, usages);
      checkAesLength(normalized.length, 'OperationError');
      requireUsages(keyUsages);
      return randomKeyBytes(normalized.length).then(function (bytes) {
        return newCryptoKey('secret', extractable, {name: name, length: normalized.length},
            keyUsages, bytes);
      });
    },
    /** E.g. #aes-ctr-operations-import-key. */
    importKey: function (format, keyData, normalized, extractable, keyUsages) {
      checkUsages(keyUsages, usages);
      var data;
      if (format === 'raw') {
        data = keyData;
        checkAesLength(data.length * 8, 'DataError');
      } else if (format === 'jwk') {
        checkJwk(keyData, 'oct', 'enc', extractable, keyUsages);
        data = jwkBytes(keyData, 'k', true);
        if (keyData.alg !== undefined) {
          var m = /^A(128|192|256)(.*)$/.exec(keyData.alg);
          if (m === null || m[2] !== suffix) {
            throw jwkAlgError();
          }
          if (Number(m[1]) !== data.length * 8) {
            throw jwkError('The JWK "k" member did not include the right length of key data for the '
                + 'given algorithm.');
          }
        }
        checkAesLength(data.length * 8, 'DataError');
      } else {
        throw unsupportedImportFormat();
      }
      requireUsages(keyUsages);
      return newCryptoKey('secret', extractable, {name: name, length: data.length * 8}, keyUsages,
          data);
    },
    /** E.g. #aes-ctr-operations-export-key. */
    exportKey: function (format, key) {
      return exportSecretKey(format, key, 'A' + key.algorithm.length + suffix);
    },
    /** E.g. #aes-ctr-operations-get-key-length. */
    getKeyLength: function (normalized) {
      checkAesLength(normalized.length, 'OperationError');
      return normalized.length;
    }
  };
  Object.keys(modes).forEach(function (op) {
    steps[op] = modes[op];
  });
  registrations.generateKey = 'AesKeyGenParams';
  registrations.importKey = null;
  registrations.exportKey = null;
  registrations['get key length'] = 'AesDerivedKeyParams';
  defineAlgorithm(name, registrations, steps);
}

function checkAesLength(bits, errorName) {
  if (AES_LENGTHS.indexOf(bits) < 0) {
    throw new DOMException(errorName === 'DataError' ? 'AES key data must be 128, 192 or 256 bits'
        : 'AES key length must be 128, 192 or 256 bits', errorName);
  }
}

/** #aes-ctr-operations-encrypt and decrypt (the same operation). */
function aesCtr(normalized, key, data) {
  return cryptoJob('cryptoAesCtr', [toHostBytes(key.material), toHostBytes(normalized.counter),
    normalized.length, toHostBytes(data)]).then(jobBuffer);
}
defineAes('AES-CTR', 'CTR', ['encrypt', 'decrypt', 'wrapKey', 'unwrapKey'],
    {encrypt: 'AesCtrParams', decrypt: 'AesCtrParams'}, {encrypt: aesCtr, decrypt: aesCtr});

/** #aes-cbc-operations-encrypt and decrypt: PKCS #7 padding. */
function aesCbc(encrypt) {
  return function (normalized, key, data) {
    return cryptoJob('cryptoAesCbc', [encrypt, toHostBytes(key.material),
      toHostBytes(normalized.iv), toHostBytes(data)]).then(jobBuffer);
  };
}
defineAes('AES-CBC', 'CBC', ['encrypt', 'decrypt', 'wrapKey', 'unwrapKey'],
    {encrypt: 'AesCbcParams', decrypt: 'AesCbcParams'},
    {encrypt: aesCbc(true), decrypt: aesCbc(false)});

/** #aes-gcm-operations-encrypt and decrypt: tagLength 128 when absent. */
function aesGcm(encrypt) {
  return function (normalized, key, data) {
    var tagLength = normalized.tagLength === undefined ? 128 : normalized.tagLength;
    var additional = normalized.additionalData === undefined ? new Uint8Array(0)
        : normalized.additionalData;
    return cryptoJob('cryptoAesGcm', [encrypt, toHostBytes(key.material),
      toHostBytes(normalized.iv), toHostBytes(data), toHostBytes(additional), tagLength])
        .then(jobBuffer);
  };
}
defineAes('AES-GCM', 'GCM', ['encrypt', 'decrypt', 'wrapKey', 'unwrapKey'],
    {encrypt: 'AeadParams', decrypt: 'AeadParams'},
    {encrypt: aesGcm(true), decrypt: aesGcm(false)});

/** #aes-kw-operations-wrap-key and unwrap-key: RFC 3394. */
function aesKw(wrap) {
  return function (normalized, key, data) {
    return cryptoJob('cryptoAesKw', [wrap, toHostBytes(key.material), toHostBytes(data)])
        .then(jobBuffer);
  };
}
defineAes('AES-KW', 'KW', ['wrapKey', 'unwrapKey'], {wrapKey: null, unwrapKey: null},
    {wrapKey: aesKw(true), unwrapKey: aesKw(false)});
