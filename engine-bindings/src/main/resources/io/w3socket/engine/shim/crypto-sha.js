// crypto-sha.js: SHA-1, SHA-256, SHA-384 and SHA-512 (Web Crypto #sha), digest only; the hashes
// the other algorithms name.

/** #sha-operations-digest: on the host's MessageDigest. */
var SHA_STEPS = {
  digest: function (normalized, data) {
    return cryptoJob('cryptoDigest', [normalized.name, toHostBytes(data)]).then(jobBuffer);
  }
};
['SHA-1', 'SHA-256', 'SHA-384', 'SHA-512'].forEach(function (name) {
  // #sha-registration
  defineAlgorithm(name, {digest: null}, SHA_STEPS);
});

/** The block size in bits of a SHA hash (HMAC's default key length, #hmac-operations-generate-key). */
function hashBlockBits(hash) {
  return hash.name === 'SHA-384' || hash.name === 'SHA-512' ? 1024 : 512;
}

/** The suffix of a JWK alg for a hash: "1" (SHA-1), "256", "384", "512". */
function hashJwkSuffix(hash) {
  return hash.name.substring(4);
}

/** A secret key's random bytes (the key generation step) for {@code bits} bits. */
function randomKeyBytes(bits) {
  return cryptoJob('cryptoRandom', [Math.ceil(bits / 8)]).then(function (r) {
    return maskKeyBits(jobBytes(r), bits);
  });
}

/** The first {@code bits} bits of {@code bytes} (the last byte's extra bits cleared). */
function maskKeyBits(bytes, bits) {
  var out = bytes.subarray(0, Math.ceil(bits / 8));
  if (bits % 8 !== 0) {
    out[out.length - 1] &= (0xFF << (8 - bits % 8)) & 0xFF;
  }
  return copyBytes(out);
}

/** "Unsupported import key format for algorithm", a NotSupportedError as Chromium words it. */
function unsupportedImportFormat() {
  return new DOMException('Unsupported import key format for algorithm', 'NotSupportedError');
}

function unsupportedExportFormat() {
  return new DOMException('Unsupported export key format for algorithm', 'NotSupportedError');
}

/** A secret key's export (e.g. #hmac-operations-export-key): raw, or a JWK of {@code members}. */
function exportSecretKey(format, key, alg) {
  if (format === 'raw') {
    return copyBytes(key.material).buffer;
  }
  if (format === 'jwk') {
    return jwkObject({kty: 'oct', k: base64urlEncode(key.material), alg: alg,
      key_ops: key.usages.slice(), ext: key.extractable});
  }
  throw unsupportedExportFormat();
}
