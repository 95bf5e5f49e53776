// crypto-ec.js: ECDSA and ECDH (Web Crypto #ecdsa, #ecdh) on P-256, P-384 and P-521, over the
// host's SunEC (io.w3socket.engine.EcCrypto): keys in spki, pkcs8, jwk and raw (public) formats,
// signatures as r || s, ECDH's shared secret.

/** #ecdsa-operations-import-key "jwk": the alg of each curve's ECDSA key. */
var ECDSA_JWK_ALGS = {'P-256': 'ES256', 'P-384': 'ES384', 'P-521': 'ES512'};

/**
 * One of the two: its private and public usages, the JWK use its keys have, its own operations.
 */
function defineEc(name, privateUsages, publicUsages, use, registrations, operations) {
  var steps = {
    /** #ecdsa-operations-generate-key, #ecdh-operations-generate-key. */
    generateKey: function (normalized, extractable, usages) {
      checkPairUsages(usages, privateUsages, publicUsages);
      var curve = normalized.namedCurve;
      return cryptoJob('cryptoEcGenerate', [curve]).then(function (r) {
        return newKeyPair({name: name, namedCurve: curve}, extractable, usages, privateUsages,
            publicUsages, fromHostBytes(r[0]), fromHostBytes(r[1]));
      });
    },
    /** #ecdsa-operations-import-key, #ecdh-operations-import-key. */
    importKey: function (format, keyData, normalized, extractable, usages) {
      var curve = normalized.namedCurve;
      var algorithm = {name: name, namedCurve: curve};
      var type;
      var job;
      if (format === 'spki' || format === 'raw' || format === 'pkcs8') {
        type = format === 'pkcs8' ? 'private' : 'public';
        checkUsages(usages, type === 'private' ? privateUsages : publicUsages);
        job = cryptoJob('cryptoEcImport', [format, curve, toHostBytes(keyData)]);
      } else if (format === 'jwk') {
        type = keyData.d !== undefined ? 'private' : 'public';
        checkUsages(usages, type === 'private' ? privateUsages : publicUsages);
        checkJwk(keyData, 'EC', use, extractable, usages);
        if (jwkRequired(keyData, 'crv') !== curve) {
          throw jwkError('The JWK\'s "crv" member specifies a different curve than requested');
        }
        // ECDSA: the alg, if present, is the curve's (ECDH keys have none to check).
        if (name === 'ECDSA' && keyData.alg !== undefined && keyData.alg !== ECDSA_JWK_ALGS[curve]) {
          throw jwkAlgError();
        }
        var x = jwkBytes(keyData, 'x', true);
        var y = jwkBytes(keyData, 'y', true);
        var d = jwkBytes(keyData, 'd', false);
        job = cryptoJob('cryptoEcImportJwk', [curve, toHostBytes(x), toHostBytes(y),
          d === undefined ? null : toHostBytes(d)]);
      } else {
        throw unsupportedImportFormat();
      }
      if (type === 'private') {
        requireUsages(usages);
      }
      return job.then(function (r) {
        return newCryptoKey(type, extractable, algorithm, usages, fromHostBytes(r[0]));
      });
    },
    /** #ecdsa-operations-export-key, #ecdh-operations-export-key. */
    exportKey: function (format, key) {
      var info = exportKeyInfo(format, key);
      if (info !== null) {
        return info;
      }
      var curve = key.algorithm.namedCurve;
      if (format === 'raw') {
        requireKeyType(key, 'public');
        return cryptoJob('cryptoEcExport', ['raw', curve, toHostBytes(key.material), false])
            .then(jobBuffer);
      }
      var isPrivate = key.type === 'private';
      return cryptoJob('cryptoEcExport', ['jwk', curve, toHostBytes(key.material), isPrivate])
          .then(function (r) {
            return jwkObject({kty: 'EC', crv: curve, x: base64urlEncode(fromHostBytes(r[0])),
              y: base64urlEncode(fromHostBytes(r[1])),
              d: isPrivate ? base64urlEncode(fromHostBytes(r[2])) : undefined,
              key_ops: key.usages.slice(), ext: key.extractable});
          });
    }
  };
  Object.keys(operations).forEach(function (op) {
    steps[op] = operations[op];
  });
  registrations.generateKey = 'EcKeyGenParams';
  registrations.importKey = 'EcKeyImportParams';
  registrations.exportKey = null;
  defineAlgorithm(name, registrations, steps);
}

defineEc('ECDSA', ['sign'], ['verify'], 'sig', {sign: 'EcdsaParams', verify: 'EcdsaParams'}, {
  /** #ecdsa-operations-sign. */
  sign: function (normalized, key, data) {
    requireKeyType(key, 'private');
    return cryptoJob('cryptoEcdsaSign', [normalized.hash.name, toHostBytes(key.material),
      toHostBytes(data)]).then(jobBuffer);
  },
  /** #ecdsa-operations-verify. */
  verify: function (normalized, key, signature, data) {
    requireKeyType(key, 'public');
    return cryptoJob('cryptoEcdsaVerify', [normalized.hash.name, toHostBytes(key.material),
      toHostBytes(signature), toHostBytes(data)]).then(function (r) {
      return r[0] === true;
    });
  }
});

defineEc('ECDH', ['deriveKey', 'deriveBits'], [], 'enc', {deriveBits: 'EcdhKeyDeriveParams'}, {
  /** #ecdh-operations-derive-bits. */
  deriveBits: function (normalized, key, length) {
    var pub = derivationPublicKey(normalized, key, 'ECDH', 'EC key');
    return cryptoJob('cryptoEcdh', [toHostBytes(key.material), toHostBytes(pub.material)])
        .then(function (r) {
          var secret = jobBytes(r);
          return truncateSecret(secret, length, 'Length specified for ECDH key derivation is too '
              + 'large. Maximum allowed is ' + secret.length * 8 + ' bits');
        });
  }
});
