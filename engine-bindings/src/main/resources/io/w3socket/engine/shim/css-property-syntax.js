// css-property-syntax.js (lazy module propertysyntax): registered custom properties' syntax strings
// (https://drafts.css-houdini.org/css-properties-values-api/#syntax-strings) and their values
// computed by it (#calculation-of-computed-values), as Chromium 156 writes them: for @property
// (css-property-rule.js), CSS.registerProperty and getComputedStyle (computed-style.js).
//
// Not done: lengths in units other than px, absolute ones, em and rem (vw, ch...) do not parse;
// a <color> of currentcolor stays the keyword.

var style = loadModule('style');

/** #supported-names: the data type names a syntax component may take. */
var SYNTAX_TYPES = ' length number percentage length-percentage color image url integer angle time resolution '
    + 'transform-function custom-ident transform-list string ';

/** A CSS identifier (no escapes), as a syntax's literal or a <custom-ident>. */
var SYNTAX_IDENT = /^-?[A-Za-z_\u0080-\uffff][\w\u0080-\uffff-]*$/;
var CSS_WIDE_KEYWORD = /^(inherit|initial|unset|revert|revert-layer|default)$/i;

/**
 * #parse-syntax: a syntax string's components ({type or ident, multiplier}), '*' for the
 * universal syntax, or null where it is not a valid syntax.
 */
function parsePropertySyntax(text) {
  var s = text.replace(/^[\t\n\f\r ]+|[\t\n\f\r ]+$/g, '');
  if (s === '*') {
    return '*';
  }
  if (s === '') {
    return null;
  }
  var components = [];
  var parts = s.split('|');
  for (var i = 0; i < parts.length; i++) {
    var m = /^[\t\n\f\r ]*(?:<([a-z-]+)>|([^\s<>|+#]+))([+#]?)[\t\n\f\r ]*$/.exec(parts[i]);
    if (m === null) {
      return null;
    }
    if (m[1] !== undefined) {
      if (SYNTAX_TYPES.indexOf(' ' + m[1] + ' ') < 0 || (m[1] === 'transform-list' && m[3] !== '')) {
        return null;
      }
      components.push({type: m[1], ident: null, multiplier: m[3]});
    } else {
      if (!SYNTAX_IDENT.test(m[2]) || CSS_WIDE_KEYWORD.test(m[2])) {
        return null;
      }
      components.push({type: null, ident: m[2], multiplier: m[3]});
    }
  }
  return components;
}

/**
 * A value's computed value by a parsed syntax, or null where it does not match it: the first
 * component that matches wins; a + component's values are space-separated, a # one's
 * comma-separated. Without an element (an initial value), a length relative to a font does not
 * compute (#computationally-independent) and answers undefined.
 */
function computeBySyntax(el, syntax, value) {
  var v = value.replace(/^[\t\n\f\r ]+|[\t\n\f\r ]+$/g, '');
  if (syntax === '*') {
    return v;
  }
  var dependent = false;
  for (var i = 0; i < syntax.length; i++) {
    var c = syntax[i];
    var items = c.multiplier === '+' ? style.valueParts(v) : c.multiplier === '#' ? style.cssSplit(v, ',') : [v];
    if (items === null || items.length === 0) {
      continue;
    }
    var out = [];
    for (var j = 0; j < items.length; j++) {
      var item = items[j].replace(/^\s+|\s+$/g, '');
      var computed = c.ident !== null ? (item === c.ident ? item : null) : computeSyntaxType(el, c.type, item);
      if (computed === undefined) {
        dependent = true;
      }
      if (typeof computed !== 'string') {
        out = null;
        break;
      }
      out.push(computed);
    }
    if (out !== null) {
      return out.join(c.multiplier === '#' ? ', ' : ' ');
    }
  }
  return dependent ? undefined : null;
}

var RESOLUTION_DPPX = {dppx: 1, x: 1, dpi: 1 / 96, dpcm: 2.54 / 96};
var SYNTAX_NUMBER = '[+-]?(?:\\d*\\.\\d+|\\d+)(?:e[+-]?\\d+)?';

/** One value of a data type, computed; null where it is not one; undefined for a font-relative length without an element. */
function computeSyntaxType(el, type, v) {
  var unit = new RegExp('^(' + SYNTAX_NUMBER + ')([a-z%]*)$', 'i').exec(v);
  switch (type) {
    case 'length-percentage':
      if (unit !== null && unit[2] === '%') {
        return style.cssNumber(Number(unit[1])) + '%';
      }
      return computeSyntaxType(el, 'length', v);
    case 'length':
      if (/\d(r?em|r?ex|r?ch|r?lh|r?cap|r?ic)\b/i.test(v)) {
        if (el === null) {
          return undefined; // #computationally-independent: it needs a font size
        }
        return style.computeLength(v, parseFloat(style.computedValue(el, 'font-size')));
      }
      return unit !== null && unit[2] === '%' ? null : style.computeLength(v, 16);
    case 'number':
      return unit !== null && unit[2] === '' ? style.cssNumber(Number(unit[1])) : null;
    case 'integer':
      return /^[+-]?\d+$/.test(v) ? String(Number(v)) : null;
    case 'percentage':
      return unit !== null && unit[2] === '%' ? style.cssNumber(Number(unit[1])) + '%' : null;
    case 'color':
      return v.toLowerCase() === 'currentcolor' ? 'currentcolor' : style.computeColor(v);
    case 'angle':
      var deg = style.angleDegrees(v);
      return deg === null ? null : style.cssNumber(deg) + 'deg';
    case 'time':
      return style.computeTime(v);
    case 'resolution':
      var dppx = unit === null ? undefined : RESOLUTION_DPPX[unit[2].toLowerCase()];
      return dppx === undefined ? null : style.cssNumber(Number(unit[1]) * dppx) + 'dppx';
    case 'custom-ident':
      return SYNTAX_IDENT.test(v) && !CSS_WIDE_KEYWORD.test(v) ? v : null;
    case 'string':
      var str = /^(["'])([\s\S]*)\1$/.exec(v);
      return str === null ? null : '"' + str[2].replace(/\\([\s\S])/g, '$1').replace(/[\\"]/g, '\\$&') + '"';
    case 'url':
      return /^url\([\s\S]*\)$/i.test(v) ? v : null;
    case 'image':
      return /^(url|(repeating-)?(linear|radial|conic)-gradient|image-set|cross-fade)\([\s\S]*\)$/i.test(v) ? v : null;
    case 'transform-function':
      return /^[a-z][a-z0-9-]*\([^()]*\)$/i.test(v) ? v : null;
    case 'transform-list':
      var fns = style.valueParts(v);
      return fns.length > 0 && fns.every(function (f) {
        return /^[a-z][a-z0-9-]*\([^()]*\)$/i.test(f);
      }) ? fns.join(' ') : null;
    default:
      return null;
  }
}
