// crypto-jwk.js: the JsonWebKey dictionary (Web Crypto #JsonWebKey-dictionary, RFC 7517) for the
// algorithms' "jwk" import and export: base64url (RFC 7515 §2, without padding), the dictionary's
// conversion, and the checks every import makes of kty, use, key_ops and ext, with Chromium 156's
// messages.

/** The JsonWebKey members in the order a dictionary converts to an object (lexicographic). */
var JWK_STRING_MEMBERS = ['alg', 'crv', 'd', 'dp', 'dq', 'e', 'k', 'kty', 'n', 'p', 'q', 'qi',
  'use', 'x', 'y'];

/** RFC 7515 §2's base64url encoding, without padding. */
function base64urlEncode(bytes) {
  return btoa(bytesToBinary(bytes)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** The bytes of a base64url string without padding, or null when it is not one. */
function base64urlDecode(s) {
  if (/[^A-Za-z0-9_-]/.test(s) || s.length % 4 === 1) {
    return null;
  }
  return binaryToBytes(atob(s.replace(/-/g, '+').replace(/_/g, '/')));
}

/**
 * WebIDL's conversion of keyData to a JsonWebKey (#SubtleCrypto-method-importKey step 2): the
 * members present, strings converted, key_ops a sequence of strings, ext a boolean.
 */
function toJsonWebKey(v, what) {
  if (!isObject(v) || isArrayBuffer(v) || isView(v)) {
    throw new TypeError(what + 'Key data must be an object for JWK import');
  }
  var jwk = {};
  JWK_STRING_MEMBERS.forEach(function (m) {
    if (v[m] !== undefined) {
      jwk[m] = toDOMString(v[m]);
    }
  });
  if (v.ext !== undefined) {
    jwk.ext = toBoolean(v.ext);
  }
  if (v.key_ops !== undefined) {
    if (!isObject(v.key_ops)) {
      throw new TypeError(what + 'The provided value cannot be converted to a sequence.');
    }
    jwk.key_ops = Array.prototype.map.call(v.key_ops, toDOMString);
  }
  if (v.oth !== undefined) {
    jwk.oth = v.oth;
  }
  return jwk;
}

function jwkError(message) {
  return new DOMException(message, 'DataError');
}

/** A member the key type requires, or a DataError. */
function jwkRequired(jwk, member) {
  if (jwk[member] === undefined) {
    throw jwkError('The required JWK member "' + member + '" was missing');
  }
  return jwk[member];
}

/** A base64url member's bytes (absent: undefined, unless required), or a DataError. */
function jwkBytes(jwk, member, required) {
  if (!required && jwk[member] === undefined) {
    return undefined;
  }
  var bytes = base64urlDecode(jwkRequired(jwk, member));
  if (bytes === null) {
    throw jwkError('The JWK member "' + member + '" could not be base64url decoded or contained padding');
  }
  return bytes;
}

/**
 * The checks each algorithm's JWK import makes (e.g. #aes-ctr-operations-import-key, "jwk"): kty
 * is {@code kty}; use, if present and usages are requested, is {@code use}; key_ops, if present,
 * holds every requested usage; ext, if false, is not asked to be extractable.
 */
function checkJwk(jwk, kty, use, extractable, usages) {
  var type = jwkRequired(jwk, 'kty');
  if (type !== kty) {
    throw jwkError('The JWK "kty" member was not "' + kty + '"');
  }
  if (jwk.ext === false && extractable) {
    throw jwkError('The "ext" member of the JWK dictionary is inconsistent what that specified by the Web Crypto call');
  }
  if (jwk.key_ops !== undefined) {
    usages.forEach(function (u) {
      if (jwk.key_ops.indexOf(u) < 0) {
        throw jwkError('The JWK "key_ops" member was inconsistent with that specified by the Web Crypto call. '
            + 'The JWK usage must be a superset of those requested');
      }
    });
  }
  if (jwk.use !== undefined && usages.length > 0 && jwk.use !== use) {
    throw jwkError('The JWK "use" member was inconsistent with that specified by the Web Crypto call. '
        + 'The JWK usage must be a superset of those requested');
  }
}

/** A DataError for an alg member the key's algorithm does not match. */
function jwkAlgError() {
  return jwkError('The JWK "alg" member was inconsistent with that specified by the Web Crypto call');
}

/** An exported JsonWebKey: the members given, as an object in lexicographic member order. */
function jwkObject(members) {
  var out = {};
  Object.keys(members).sort().forEach(function (k) {
    if (members[k] !== undefined) {
      out[k] = members[k];
    }
  });
  return out;
}
