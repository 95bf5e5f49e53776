// crypto-rsa.js: RSASSA-PKCS1-v1_5, RSA-PSS and RSA-OAEP (Web Crypto #rsassa-pkcs1, #rsa-pss,
// #rsa-oaep) over the host's SunRsaSign and SunJCE (io.w3socket.engine.RsaCrypto): keys in spki,
// pkcs8 and jwk formats, generated on the crypto thread (a 4096-bit key takes seconds).

/**
 * One of the three: its private and public usages, the JWK use, the JWK alg for each hash, its own
 * operations and their dictionaries.
 */
function defineRsa(name, privateUsages, publicUsages, use, jwkAlgs, registrations, operations) {
  var steps = {
    /** E.g. #rsassa-pkcs1-operations-generate-key. */
    generateKey: function (normalized, extractable, usages) {
      // 1. The usages; 2. the parameters Chromium takes (checked again on the host); then the
      // private key's usages (#SubtleCrypto-method-generateKey step 9).
      checkUsages(usages, privateUsages.concat(publicUsages));
      var bits = normalized.modulusLength;
      if (bits % 8 !== 0 || bits < 256 || bits > 8192) {
        throw new DOMException('The modulus length must be a multiple of 8 bits and >= 256 and '
            + '<= 8192', 'OperationError');
      }
      var e = normalized.publicExponent;
      var value = 0;
      for (var i = 0; i < e.length && value <= 65537; i++) {
        value = value * 256 + e[i];
      }
      if (value !== 3 && value !== 65537) {
        throw new DOMException('The "publicExponent" must be either 3 or 65537', 'OperationError');
      }
      requireUsages(intersectUsages(usages, privateUsages));
      return cryptoJob('cryptoRsaGenerate', [normalized.modulusLength,
        toHostBytes(normalized.publicExponent)]).then(function (r) {
        return newKeyPair(rsaAlgorithm(name, normalized.hash, r[2], fromHostBytes(r[3])),
            extractable, usages, privateUsages, publicUsages, fromHostBytes(r[0]),
            fromHostBytes(r[1]));
      });
    },
    /** E.g. #rsassa-pkcs1-operations-import-key. */
    importKey: function (format, keyData, normalized, extractable, usages) {
      var type;
      var job;
      if (format === 'spki' || format === 'pkcs8') {
        type = format === 'pkcs8' ? 'private' : 'public';
        checkUsages(usages, type === 'private' ? privateUsages : publicUsages);
        job = cryptoJob('cryptoRsaImport', [format, toHostBytes(keyData)]);
      } else if (format === 'jwk') {
        type = keyData.d !== undefined ? 'private' : 'public';
        checkUsages(usages, type === 'private' ? privateUsages : publicUsages);
        checkJwk(keyData, 'RSA', use, extractable, usages);
        if (keyData.alg !== undefined && keyData.alg !== jwkAlgs[normalized.hash.name]) {
          throw jwkAlgError();
        }
        var members = type === 'private' ? ['n', 'e', 'd', 'p', 'q', 'dp', 'dq', 'qi'] : ['n', 'e'];
        // The members' base64url text, each checked here (the host decodes them again).
        job = cryptoJob('cryptoRsaImportJwk', [members.map(function (m) {
          jwkBytes(keyData, m, true);
          return keyData[m];
        })]);
      } else {
        throw unsupportedImportFormat();
      }
      if (type === 'private') {
        requireUsages(usages);
      }
      return job.then(function (r) {
        return newCryptoKey(type, extractable,
            rsaAlgorithm(name, normalized.hash, r[1], fromHostBytes(r[2])), usages,
            fromHostBytes(r[0]));
      });
    },
    /** E.g. #rsassa-pkcs1-operations-export-key. */
    exportKey: function (format, key) {
      var info = exportKeyInfo(format, key);
      if (info !== null) {
        return info;
      }
      if (format !== 'jwk') {
        throw unsupportedExportFormat();
      }
      var isPrivate = key.type === 'private';
      return cryptoJob('cryptoRsaExportJwk', [toHostBytes(key.material), isPrivate])
          .then(function (r) {
            var jwk = {kty: 'RSA', alg: jwkAlgs[key.algorithm.hash.name],
              key_ops: key.usages.slice(), ext: key.extractable};
            ['n', 'e', 'd', 'p', 'q', 'dp', 'dq', 'qi'].forEach(function (m, i) {
              if (i < r.length) {
                jwk[m] = base64urlEncode(fromHostBytes(r[i]));
              }
            });
            return jwkObject(jwk);
          });
    }
  };
  Object.keys(operations).forEach(function (op) {
    steps[op] = operations[op];
  });
  registrations.generateKey = 'RsaHashedKeyGenParams';
  registrations.importKey = 'RsaHashedImportParams';
  registrations.exportKey = null;
  defineAlgorithm(name, registrations, steps);
}

/** #RsaHashedKeyAlgorithm-dictionary, its members in Chromium's order. */
function rsaAlgorithm(name, hash, modulusLength, publicExponent) {
  return {name: name, hash: {name: hash.name}, modulusLength: modulusLength,
    publicExponent: publicExponent};
}

/** The JWK alg of each hash (e.g. #rsassa-pkcs1-operations-export-key). */
function rsaJwkAlgs(prefix, sha1) {
  return {'SHA-1': sha1, 'SHA-256': prefix + '256', 'SHA-384': prefix + '384',
    'SHA-512': prefix + '512'};
}

/** RSASSA-PKCS1-v1_5 and RSA-PSS sign and verify (scheme "PKCS1" or "PSS"). */
function rsaSignatures(scheme) {
  return {
    sign: function (normalized, key, data) {
      requireKeyType(key, 'private');
      return cryptoJob('cryptoRsaSign', [scheme, key.algorithm.hash.name,
        toHostBytes(key.material), toHostBytes(data), scheme === 'PSS' ? normalized.saltLength : 0])
          .then(jobBuffer);
    },
    verify: function (normalized, key, signature, data) {
      requireKeyType(key, 'public');
      return cryptoJob('cryptoRsaVerify', [scheme, key.algorithm.hash.name,
        toHostBytes(key.material), toHostBytes(signature), toHostBytes(data),
        scheme === 'PSS' ? normalized.saltLength : 0]).then(function (r) {
        return r[0] === true;
      });
    }
  };
}

// #rsassa-pkcs1-operations-sign and verify.
defineRsa('RSASSA-PKCS1-v1_5', ['sign'], ['verify'], 'sig', rsaJwkAlgs('RS', 'RS1'),
    {sign: null, verify: null}, rsaSignatures('PKCS1'));
// #rsa-pss-operations-sign and verify.
defineRsa('RSA-PSS', ['sign'], ['verify'], 'sig', rsaJwkAlgs('PS', 'PS1'),
    {sign: 'RsaPssParams', verify: 'RsaPssParams'}, rsaSignatures('PSS'));

/** #rsa-oaep-operations-encrypt and decrypt: the label empty when absent. */
function rsaOaep(encrypt) {
  return function (normalized, key, data) {
    requireKeyType(key, encrypt ? 'public' : 'private');
    var label = normalized.label === undefined ? new Uint8Array(0) : normalized.label;
    return cryptoJob('cryptoRsaOaep', [encrypt, key.algorithm.hash.name, toHostBytes(key.material),
      toHostBytes(data), toHostBytes(label)]).then(jobBuffer);
  };
}
defineRsa('RSA-OAEP', ['decrypt', 'unwrapKey'], ['encrypt', 'wrapKey'], 'enc',
    rsaJwkAlgs('RSA-OAEP-', 'RSA-OAEP'), {encrypt: 'RsaOaepParams', decrypt: 'RsaOaepParams'},
    {encrypt: rsaOaep(true), decrypt: rsaOaep(false)});
