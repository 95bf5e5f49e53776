// crypto-okp.js: Ed25519 and X25519 (Web Crypto #ed25519, #x25519) over the host's EdDSA and XDH
// (io.w3socket.engine.OkpCrypto): keys in raw (public), spki, pkcs8 and jwk (kty "OKP") formats,
// Ed25519 signatures, X25519's shared secret.

/** One of the two: private and public usages, the JWK use, its own operations. */
function defineOkp(name, privateUsages, publicUsages, use, registrations, operations) {
  var steps = {
    /** #ed25519-operations-generate-key, #x25519-operations-generate-key. */
    generateKey: function (normalized, extractable, usages) {
      checkPairUsages(usages, privateUsages, publicUsages);
      return cryptoJob('cryptoOkpGenerate', [name]).then(function (r) {
        return newKeyPair({name: name}, extractable, usages, privateUsages, publicUsages,
            fromHostBytes(r[0]), fromHostBytes(r[1]));
      });
    },
    /** #ed25519-operations-import-key, #x25519-operations-import-key. */
    importKey: function (format, keyData, normalized, extractable, usages) {
      var type;
      var job;
      if (format === 'spki' || format === 'raw' || format === 'pkcs8') {
        type = format === 'pkcs8' ? 'private' : 'public';
        checkUsages(usages, type === 'private' ? privateUsages : publicUsages);
        if (format === 'raw' && keyData.length !== 32) {
          throw new DOMException(name + ' key data must be 256 bits', 'DataError');
        }
        job = cryptoJob('cryptoOkpImport', [name, format, toHostBytes(keyData)]);
      } else if (format === 'jwk') {
        type = keyData.d !== undefined ? 'private' : 'public';
        checkUsages(usages, type === 'private' ? privateUsages : publicUsages);
        checkJwk(keyData, 'OKP', use, extractable, usages);
        if (jwkRequired(keyData, 'crv') !== name) {
          throw jwkError('The JWK\'s "crv" member specifies a different curve than requested');
        }
        // Ed25519: an alg, if present, is "Ed25519" or "EdDSA" (#ed25519-operations-import-key).
        if (name === 'Ed25519' && keyData.alg !== undefined && keyData.alg !== 'Ed25519'
            && keyData.alg !== 'EdDSA') {
          throw jwkAlgError();
        }
        var x = jwkBytes(keyData, 'x', true);
        checkOkpLength('x', x);
        var d = jwkBytes(keyData, 'd', false);
        if (d !== undefined) {
          checkOkpLength('d', d);
        }
        job = cryptoJob('cryptoOkpImportJwk', [name, toHostBytes(x),
          d === undefined ? null : toHostBytes(d)]);
      } else {
        throw unsupportedImportFormat();
      }
      if (type === 'private') {
        requireUsages(usages);
      }
      return job.then(function (r) {
        return newCryptoKey(type, extractable, {name: name}, usages, fromHostBytes(r[0]));
      });
    },
    /** #ed25519-operations-export-key, #x25519-operations-export-key. */
    exportKey: function (format, key) {
      var info = exportKeyInfo(format, key);
      if (info !== null) {
        return info;
      }
      if (format === 'raw') {
        requireKeyType(key, 'public');
        return cryptoJob('cryptoOkpExport', [name, toHostBytes(key.material), false])
            .then(jobBuffer);
      }
      var isPrivate = key.type === 'private';
      return cryptoJob('cryptoOkpExport', [name, toHostBytes(key.material), isPrivate])
          .then(function (r) {
            return jwkObject({kty: 'OKP', crv: name, alg: name === 'Ed25519' ? 'Ed25519' : undefined,
              x: base64urlEncode(fromHostBytes(r[0])),
              d: isPrivate ? base64urlEncode(fromHostBytes(r[1])) : undefined,
              key_ops: key.usages.slice(), ext: key.extractable});
          });
    }
  };
  Object.keys(operations).forEach(function (op) {
    steps[op] = operations[op];
  });
  registrations.generateKey = null;
  registrations.importKey = null;
  registrations.exportKey = null;
  defineAlgorithm(name, registrations, steps);
}

/** A JWK's x or d of 32 bytes, else Chromium's DataError. */
function checkOkpLength(member, bytes) {
  if (bytes.length !== 32) {
    throw jwkError('The JWK\'s "' + member + '" member defines an octet string of length '
        + bytes.length + ' bytes but should be 32');
  }
}

defineOkp('Ed25519', ['sign'], ['verify'], 'sig', {sign: null, verify: null}, {
  /** #ed25519-operations-sign: RFC 8032's Ed25519 (deterministic). */
  sign: function (normalized, key, data) {
    requireKeyType(key, 'private');
    return cryptoJob('cryptoEd25519Sign', [toHostBytes(key.material), toHostBytes(data)])
        .then(jobBuffer);
  },
  /** #ed25519-operations-verify: a signature of another length is false. */
  verify: function (normalized, key, signature, data) {
    requireKeyType(key, 'public');
    return cryptoJob('cryptoEd25519Verify', [toHostBytes(key.material), toHostBytes(signature),
      toHostBytes(data)]).then(function (r) {
      return r[0] === true;
    });
  }
});

defineOkp('X25519', ['deriveKey', 'deriveBits'], [], 'enc', {deriveBits: 'EcdhKeyDeriveParams'}, {
  /** #x25519-operations-derive-bits: an all-zero secret (a small-order point) fails. */
  deriveBits: function (normalized, key, length) {
    var pub = derivationPublicKey(normalized, key, 'X25519', 'key');
    return cryptoJob('cryptoX25519', [toHostBytes(key.material), toHostBytes(pub.material)])
        .then(function (r) {
          return truncateSecret(jobBytes(r), length, 'The length provided for X25519 is too large.');
        });
  }
});
