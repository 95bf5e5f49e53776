// crypto-asymmetric.js: what the key pair algorithms (crypto-ec.js, crypto-okp.js, crypto-rsa.js)
// share: the key pair a generateKey makes (#keypair), the key type checks of their operations,
// and the usages each half of a pair may have.

/**
 * #keypair: a CryptoKeyPair dictionary as an object (members in lexicographic order, as Chromium
 * converts it). The public key is always extractable; each half gets the usages it may have.
 */
function newKeyPair(algorithm, extractable, usages, privateUsages, publicUsages, spki, pkcs8) {
  return {
    privateKey: newCryptoKey('private', extractable, algorithm, intersectUsages(usages, privateUsages),
        pkcs8),
    publicKey: newCryptoKey('public', true, algorithm, intersectUsages(usages, publicUsages), spki)
  };
}

/** #concept-usage-intersection. */
function intersectUsages(a, b) {
  return a.filter(function (u) {
    return b.indexOf(u) >= 0;
  });
}

/**
 * generateKey's first steps for a key pair (e.g. #ecdsa-operations-generate-key step 1): each
 * usage allowed for one half, and the private half with some (#SubtleCrypto-method-generateKey
 * step 9, checked before the work).
 */
function checkPairUsages(usages, privateUsages, publicUsages) {
  checkUsages(usages, privateUsages.concat(publicUsages));
  requireUsages(intersectUsages(usages, privateUsages));
}

/** E.g. #ecdsa-operations-sign step 1: the key is of {@code type}, else an InvalidAccessError. */
function requireKeyType(key, type) {
  if (key.type !== type) {
    throw new DOMException('The key is not of the expected type', 'InvalidAccessError');
  }
}

/**
 * The "spki" and "pkcs8" exports of a key pair algorithm (e.g. #ecdsa-operations-export-key):
 * the key's material itself, for a key of the right type; null for another format.
 */
function exportKeyInfo(format, key) {
  if (format === 'spki' || format === 'pkcs8') {
    requireKeyType(key, format === 'spki' ? 'public' : 'private');
    return copyBytes(key.material).buffer;
  }
  return null;
}

/**
 * The public key of an ECDH or X25519 derivation (#ecdh-operations-derive-bits steps 1-4): a
 * public key of the same algorithm (and curve), with Chromium's messages.
 */
function derivationPublicKey(normalized, key, what, publicWord) {
  requireKeyType(key, 'private');
  var pub = cryptoKeySlot(normalized['public']);
  if (pub.type !== 'public') {
    throw new DOMException('The public parameter for ' + what + ' key derivation is not a public '
        + publicWord, 'InvalidAccessError');
  }
  if (pub.algorithm.name !== key.algorithm.name) {
    throw new DOMException('The public parameter for ' + what + ' key derivation must be for '
        + key.algorithm.name, 'InvalidAccessError');
  }
  if (pub.algorithm.namedCurve !== key.algorithm.namedCurve) {
    throw new DOMException('The public parameter for ' + what
        + ' key derivation is for a different named curve', 'InvalidAccessError');
  }
  return pub;
}

/**
 * The derived bits of a shared secret (#ecdh-operations-derive-bits steps 8-9): all of it for a
 * null length, else its first {@code length} bits; a longer length is an OperationError.
 */
function truncateSecret(secret, length, tooLarge) {
  if (length === null) {
    return secret.buffer;
  }
  if (length > secret.length * 8) {
    throw new DOMException(tooLarge, 'OperationError');
  }
  return maskKeyBits(secret, length).buffer;
}
