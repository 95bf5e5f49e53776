// base64.js: atob and btoa (https://html.spec.whatwg.org/#atob), on Infra's forgiving-base64
// (https://infra.spec.whatwg.org/#forgiving-base64).

var BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** #dom-btoa: each code unit must be Latin-1, else InvalidCharacterError. */
function btoa(data) {
  requireArgs(arguments, 1, "execute 'btoa' on 'Window'");
  var s = toDOMString(data);
  var out = [];
  for (var i = 0; i < s.length; i += 3) {
    var n = 0;
    for (var j = 0; j < 3; j++) {
      var c = i + j < s.length ? s.charCodeAt(i + j) : 0;
      if (c > 0xFF) {
        throw new DOMException("Failed to execute 'btoa' on 'Window': The string to be encoded contains "
            + 'characters outside of the Latin1 range.', 'InvalidCharacterError');
      }
      n = (n << 8) | c;
    }
    var chars = Math.min(s.length - i, 3) + 1;
    for (var k = 0; k < 4; k++) {
      out.push(k < chars ? BASE64.charAt((n >> (18 - 6 * k)) & 63) : '=');
    }
  }
  return out.join('');
}

/** #dom-atob: forgiving-base64 decode; failure is an InvalidCharacterError. */
function atob(data) {
  requireArgs(arguments, 1, "execute 'atob' on 'Window'");
  // 1. Remove all ASCII whitespace.
  var s = toDOMString(data).replace(/[\t\n\f\r ]/g, '');
  // 2. If the length divides by 4, remove one or two trailing '='.
  if (s.length % 4 === 0) {
    s = s.replace(/==?$/, '');
  }
  // 3.-4. A remainder of 1, or a character outside the alphabet, is failure.
  if (s.length % 4 === 1 || /[^A-Za-z0-9+\/]/.test(s)) {
    throw new DOMException("Failed to execute 'atob' on 'Window': The string to be decoded is not correctly encoded.",
        'InvalidCharacterError');
  }
  var out = [];
  var buffer = 0;
  var bits = 0;
  for (var i = 0; i < s.length; i++) {
    buffer = ((buffer << 6) | BASE64.indexOf(s.charAt(i))) & 0xFFFFFF;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out.push(String.fromCharCode((buffer >> bits) & 0xFF));
    }
  }
  return out.join('');
}

exposed.atob = atob;
exposed.btoa = btoa;
