// css-namespace.js: the CSS namespace object (https://drafts.csswg.org/cssom/#namespacedef-css) with
// CSS.escape (#the-css.escape()-method). Not CSS.supports: without a CSS engine to parse property
// values here, it could not answer as a browser does.

/**
 * WebIDL #namespace-object: an ordinary object (its prototype Object.prototype, tagged "CSS"),
 * its operations enumerable properties.
 */
var CSS = {};
defineMethods(CSS, {
  /** CSSOM #dom-css-escape: ident serialized as an identifier. */
  escape: function (ident) {
    requireArgs(arguments, 1, "execute 'escape' on 'CSS'");
    if (hasSymbol && typeof ident === 'symbol') {
      throw new TypeError("Failed to execute 'escape' on 'CSS': Cannot convert a Symbol value to a string");
    }
    return serializeIdentifier(String(ident));
  }
});
setTag(CSS, 'CSS');

/**
 * CSSOM #serialize-an-identifier: each character as itself or escaped. Code units are enough: a
 * surrogate (paired or not) is at or above U+0080, which stays as it is.
 */
function serializeIdentifier(s) {
  var out = '';
  for (var i = 0; i < s.length; i++) {
    var c = s.charCodeAt(i);
    if (c === 0) {
      out += '\uFFFD'; // NULL: U+FFFD REPLACEMENT CHARACTER
    } else if ((c >= 0x1 && c <= 0x1F) || c === 0x7F || (i === 0 && c >= 0x30 && c <= 0x39)
        || (i === 1 && c >= 0x30 && c <= 0x39 && s.charCodeAt(0) === 0x2D)) {
      // A control character, a digit first, or second after "-": escaped as code point
      // (#escape-a-character-as-code-point: "\", its lowercase hex, a space).
      out += '\\' + c.toString(16) + ' ';
    } else if (i === 0 && c === 0x2D && s.length === 1) {
      out += '\\-'; // "-" alone: the escaped character
    } else if (c >= 0x80 || c === 0x2D || c === 0x5F || (c >= 0x30 && c <= 0x39)
        || (c >= 0x41 && c <= 0x5A) || (c >= 0x61 && c <= 0x7A)) {
      out += s.charAt(i);
    } else {
      out += '\\' + s.charAt(i); // #escape-a-character
    }
  }
  return out;
}

exposed.CSS = CSS;
