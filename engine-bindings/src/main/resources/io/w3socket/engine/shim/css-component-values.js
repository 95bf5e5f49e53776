// css-component-values.js (lazy module style): a value's component values (CSS Syntax
// #parse-a-list-of-component-values, here on text whose comments are gone and whitespace
// collapsed) and their canonical text, as CSSOM #serialize-a-css-component-value and headless
// Chromium 156 write a specified value: numbers to six significant digits (1e-07, 0.333333),
// units, keywords and function names in lower case (names a page chose keep theirs), strings and
// url()s in double quotes (#serialize-a-string, #serialize-a-url), sRGB colors as rgb() (CSS Color
// 4 #serializing-sRGB-values; a named color stays a keyword), commas followed by one space, "/"
// between spaces, a zero where a length goes as 0px (0deg in a rotation), calc() simplified (CSS
// Values 4 #calc-simplification, #sort-a-calculations-children), shadows with their color first
// and inset last. css-specified-values.js says which properties take which.

/**
 * Six significant digits, as Chromium writes a specified number (printf's %g): 1e-07, 1.23457e+06,
 * an exact tie rounded to the even digit as printf rounds it (-0.1953125 is -0.195312).
 */
function specifiedNumber(n) {
  if (n === 0 || !isFinite(n)) {
    return n === 0 ? '0' : String(n);
  }
  if (n % 1 === 0 && n < 1e6 && n > -1e6) {
    return String(n); // an integer of six digits or fewer, as it is
  }
  var exp = n.toExponential(5); // d.ddddde±x, a tie rounded up
  var long = Math.abs(n).toExponential(20);
  if (/^\d\.\d{4}[02468]50{14}e/.test(long)) {
    exp = (n < 0 ? '-' : '') + long.substring(0, 7) + long.substring(long.indexOf('e'));
  }
  var e = Number(exp.substring(exp.indexOf('e') + 1));
  if (e < -4 || e >= 6) {
    var mantissa = exp.substring(0, exp.indexOf('e')).replace(/\.?0+$/, '');
    return mantissa + 'e' + (e < 0 ? '-' : '+') + (Math.abs(e) < 10 ? '0' : '') + Math.abs(e);
  }
  return String(Number(exp));
}

/** CSSOM #serialize-a-string. */
function serializeCssString(s) {
  var out = '"';
  for (var i = 0; i < s.length; i++) {
    var c = s.charCodeAt(i);
    if (c === 0) {
      out += '\ufffd';
    } else if ((c >= 1 && c <= 0x1f) || c === 0x7f) {
      out += '\\' + c.toString(16) + ' ';
    } else if (c === 0x22 || c === 0x5c) {
      out += '\\' + s.charAt(i);
    } else {
      out += s.charAt(i);
    }
  }
  return out + '"';
}

/** CSS Syntax #consume-an-escaped-code-point, from the character after the backslash: {text, end}. */
function cssEscape(text, i) {
  var m = /^[0-9a-fA-F]{1,6}/.exec(text.substring(i, i + 6));
  if (m === null) {
    return {text: i < text.length ? text.charAt(i) : '\ufffd', end: i + 1};
  }
  var code = parseInt(m[0], 16);
  var end = i + m[0].length;
  if (/[ \t\n]/.test(text.charAt(end))) {
    end++;
  }
  var valid = code !== 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff);
  return {text: valid ? (code < 0x10000 ? String.fromCharCode(code)
      : String.fromCharCode(0xd800 + ((code - 0x10000) >> 10), 0xdc00 + ((code - 0x10000) & 0x3ff))) : '\ufffd', end: end};
}

var NUMBER_START = /^[+-]?(?:\d*\.\d+|\d+)(?:[eE][+-]?\d+)?/;

/** CSS Syntax #ident-start-code-point, by code. */
function isNameStartCode(c) {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 95 || c >= 0x80;
}

/** CSS Syntax #ident-code-point, by code. */
function isNameCode(c) {
  return isNameStartCode(c) || (c >= 48 && c <= 57) || c === 45;
}

/** A name (CSS Syntax #consume-a-name) from i, escapes decoded: {text, end}. */
function cssNameAt(text, i) {
  var from = i;
  var out = '';
  while (i < text.length) {
    var c = text.charCodeAt(i);
    if (c === 92 && i + 1 < text.length && text.charAt(i + 1) !== '\n') {
      out += text.substring(from, i);
      var esc = cssEscape(text, i + 1);
      out += esc.text;
      i = esc.end;
      from = i;
    } else if (isNameCode(c)) {
      i++;
    } else {
      break;
    }
  }
  return {text: out + text.substring(from, i), end: i};
}

/** CSS Syntax #would-start-an-identifier at i. */
function startsIdent(text, i) {
  var c = text.charCodeAt(i);
  if (c === 45) {
    var d = text.charCodeAt(i + 1);
    return d === 45 || isNameStartCode(d) || (d === 92 && text.charAt(i + 2) !== '\n');
  }
  return isNameStartCode(c) || (c === 92 && i + 1 < text.length && text.charAt(i + 1) !== '\n');
}

/**
 * The component values of text (CSS Syntax #parse-a-list-of-component-values), as nodes:
 * {t: 'ws'|'ident'|'function'|'number'|'percentage'|'dimension'|'string'|'url'|'hash'|'delim'|'block', ...};
 * null where a string or bracket is left open or closed unopened (the value is then kept as written).
 */
function cssComponents(text) {
  var pos = 0;
  function list(close) {
    var out = [];
    while (pos < text.length) {
      var c = text.charAt(pos);
      if (c === close) {
        pos++;
        return out;
      }
      if (c === ')' || c === ']' || c === '}') {
        return null;
      }
      var node = one(c);
      if (node === null) {
        return null;
      }
      out.push(node);
    }
    return close === null ? out : null;
  }
  function one(c) {
    if (c === ' ') {
      pos++;
      return {t: 'ws'};
    }
    if (c === '"' || c === "'") {
      var s = '';
      pos++;
      while (pos < text.length && text.charAt(pos) !== c) {
        if (text.charAt(pos) === '\\') {
          if (text.charAt(pos + 1) === '\n') {
            pos += 2;
            continue;
          }
          var esc = cssEscape(text, pos + 1);
          s += esc.text;
          pos = esc.end;
        } else {
          s += text.charAt(pos++);
        }
      }
      if (pos >= text.length) {
        return null;
      }
      pos++;
      return {t: 'string', value: s};
    }
    var code = text.charCodeAt(pos);
    var number = (code >= 48 && code <= 57) || code === 46 || code === 43 || code === 45
        ? NUMBER_START.exec(text.substring(pos, pos + 64)) : null;
    if (number !== null) {
      pos += number[0].length;
      var n = Number(number[0]);
      if (text.charAt(pos) === '%') {
        pos++;
        return {t: 'percentage', n: n};
      }
      if (startsIdent(text, pos)) {
        var unit = cssNameAt(text, pos);
        pos = unit.end;
        return {t: 'dimension', n: n, unit: unit.text.toLowerCase()};
      }
      return {t: 'number', n: n, integer: /^[+-]?\d+$/.test(number[0])};
    }
    if (startsIdent(text, pos)) {
      var name = cssNameAt(text, pos);
      pos = name.end;
      if (text.charAt(pos) !== '(') {
        return {t: 'ident', value: name.text};
      }
      pos++;
      var lower = name.text.toLowerCase();
      if (lower === 'url' && !/^ ?["']/.test(text.substring(pos, pos + 2))) {
        var end = text.indexOf(')', pos);
        if (end < 0) {
          return null;
        }
        var raw = text.substring(pos, end).trim();
        pos = end + 1;
        return /["'(\s]/.test(raw) ? null : {t: 'url', value: raw.replace(/\\(.)/g, '$1')};
      }
      var args = list(')');
      return args === null ? null : {t: 'function', name: name.text, args: args};
    }
    if (c === '#' && pos + 1 < text.length && (isNameCode(text.charCodeAt(pos + 1)) || text.charAt(pos + 1) === '\\')) {
      var hash = cssNameAt(text, pos + 1);
      pos = hash.end;
      return {t: 'hash', value: hash.text};
    }
    if (c === '(' || c === '[' || c === '{') {
      pos++;
      var inner = list(c === '(' ? ')' : c === '[' ? ']' : '}');
      return inner === null ? null : {t: 'block', open: c, children: inner};
    }
    pos++;
    return {t: 'delim', value: c};
  }
  return list(null);
}

/** The CSS-wide keywords and the keywords of the properties whose other names keep their case. */
var KEPT_CASE_KEYWORDS = {};
('inherit initial unset revert revert-layer none auto normal all span serif sans-serif monospace '
    + 'cursive fantasy system-ui ui-serif ui-sans-serif ui-monospace ui-rounded math emoji fangsong '
    + 'italic oblique bold bolder lighter small-caps caption icon menu message-box small-caption '
    + 'status-bar xx-small x-small small medium large x-large xx-large xxx-large larger smaller '
    + 'ultra-condensed extra-condensed condensed semi-condensed semi-expanded expanded '
    + 'extra-expanded ultra-expanded ease linear ease-in ease-out ease-in-out step-start step-end '
    + 'infinite reverse alternate alternate-reverse forwards backwards both running paused '
    + 'auto-fill auto-fit min-content max-content fit-content subgrid masonry dense row column '
    + 'disc circle square decimal decimal-leading-zero lower-roman upper-roman lower-alpha '
    + 'upper-alpha lower-latin upper-latin lower-greek inside outside').split(' ').forEach(function (k) {
  KEPT_CASE_KEYWORDS[k] = true;
});

/** Functions whose identifiers are names (an attribute's, a counter's, an environment variable's). */
var NAME_FUNCTIONS = /^(attr|counter|counters|env|local|format|element|selector)$/;

/** The canonical units of CSS Values 4 #calc-simplification, and each compatible unit in them. */
var CANONICAL_UNIT = {cm: ['px', 96 / 2.54], mm: ['px', 96 / 25.4], q: ['px', 96 / 101.6], 'in': ['px', 96],
  pt: ['px', 4 / 3], pc: ['px', 16], ms: ['s', 0.001], grad: ['deg', 0.9], rad: ['deg', 180 / Math.PI],
  turn: ['deg', 360], khz: ['hz', 1000], dpi: ['dppx', 1 / 96], dpcm: ['dppx', 2.54 / 96], x: ['dppx', 1]};

/**
 * A calc() (or min()/max()) of sums and of products and quotients by numbers, as its sum: {unit:
 * coefficient} ('' for a number); null for anything else (a product of two dimensions, another
 * function), whose text is then written term by term.
 */
function calcSum(nodes) {
  var items = nodes.filter(function (x) {
    return x.t !== 'ws';
  });
  var p = 0;
  function operator(a, b) {
    var x = items[p];
    return x !== undefined && x.t === 'delim' && (x.value === a || x.value === b) ? items[p++].value : null;
  }
  function sum() {
    var left = product();
    var op;
    while (left !== null && (op = operator('+', '-')) !== null) {
      var minus = op === '-';
      var right = product();
      if (right === null) {
        return null;
      }
      Object.keys(right).forEach(function (u) {
        left[u] = (left[u] || 0) + (minus ? -right[u] : right[u]);
      });
    }
    return left;
  }
  function scalar(s) {
    var keys = Object.keys(s);
    return keys.length === 1 && keys[0] === '' ? s[''] : null;
  }
  function product() {
    var left = term();
    var op;
    while (left !== null && (op = operator('*', '/')) !== null) {
      var divide = op === '/';
      var right = term();
      if (right === null) {
        return null;
      }
      var k = scalar(right);
      if (divide ? k === null || k === 0 : k === null && scalar(left) === null) {
        return null;
      }
      if (!divide && k === null) {
        k = scalar(left);
        left = right;
      }
      var scaled = {};
      for (var u in left) {
        scaled[u] = divide ? left[u] / k : left[u] * k;
      }
      left = scaled;
    }
    return left;
  }
  function term() {
    var node = items[p++];
    if (node === undefined) {
      return null;
    }
    if ((node.t === 'block' && node.open === '(') || (node.t === 'function' && /^calc$/i.test(node.name))) {
      return calcSum(node.children || node.args);
    }
    var out = {};
    if (node.t === 'number') {
      out[''] = node.n;
    } else if (node.t === 'percentage') {
      out['%'] = node.n;
    } else if (node.t === 'dimension') {
      var canonical = CANONICAL_UNIT[node.unit];
      out[canonical ? canonical[0] : node.unit] = canonical ? node.n * canonical[1] : node.n;
    } else {
      return null;
    }
    return out;
  }
  var result = sum();
  return result !== null && p === items.length ? result : null;
}

/** #sort-a-calculations-children and #serialize-a-calculation-tree of a sum: calc(2% + 3em - 1px). */
function calcText(sum) {
  var units = Object.keys(sum).sort(function (a, b) {
    var rank = function (u) {
      return u === '' ? 0 : u === '%' ? 1 : 2;
    };
    return rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0);
  });
  var out = '';
  units.forEach(function (u, i) {
    var n = sum[u];
    var text = specifiedNumber(Math.abs(n)) + u;
    out += i === 0 ? (n < 0 ? '-' : '') + text : (n < 0 ? ' - ' : ' + ') + text;
  });
  return 'calc(' + out + ')';
}

/** min() or max() whose arguments are all one unit: calc() of the one they pick, else null. */
function minMaxText(name, args) {
  var sums = commaItems(args).map(calcSum);
  var unit = null;
  var values = [];
  for (var i = 0; i < sums.length; i++) {
    var keys = sums[i] === null ? [] : Object.keys(sums[i]);
    if (keys.length !== 1 || (unit !== null && keys[0] !== unit)) {
      return null;
    }
    unit = keys[0];
    values.push(sums[i][unit]);
  }
  var picked = {};
  picked[unit] = name === 'min' ? Math.min.apply(null, values) : Math.max.apply(null, values);
  return calcText(picked);
}

/** CSS Transforms' function names with an axis, as Chromium writes them (in any case when parsed). */
var AXIS_FUNCTION = {};
['translateX', 'translateY', 'translateZ', 'scaleX', 'scaleY', 'scaleZ', 'rotateX', 'rotateY', 'rotateZ',
  'skewX', 'skewY'].forEach(function (f) {
  AXIS_FUNCTION[f.toLowerCase()] = f;
});

/** The functions (transforms, filters, basic shapes, clip's rect()) whose zero arguments are lengths, or angles. */
var ZERO_PX_FUNCTIONS = /^(translate|translatex|translatey|translatez|translate3d|perspective|blur|rect|inset|xywh|polygon|circle|ellipse)$/;
var ZERO_DEG_FUNCTIONS = /^(rotate|rotatex|rotatey|rotatez|skew|skewx|skewy)$/;

/**
 * Writes component values canonically. ctx: {property, keepCase, zero ('px', 'deg' or null),
 * fontFamily (a family list, where a one-identifier string loses its quotes)}.
 */
function writeComponents(nodes, ctx) {
  var out = '';
  var pendingSpace = false;
  nodes.forEach(function (node) {
    if (node.t === 'ws') {
      pendingSpace = out !== '';
      return;
    }
    if (node.t === 'delim' && node.value === ',') {
      out += ', ';
      pendingSpace = false;
      return;
    }
    if (node.t === 'delim' && node.value === '/') {
      out += out === '' ? '/ ' : / $/.test(out) ? '/ ' : ' / ';
      pendingSpace = false;
      return;
    }
    var text = writeComponent(node, ctx);
    if (pendingSpace && !/ $/.test(out)) {
      out += ' ';
    }
    pendingSpace = false;
    out += text;
  });
  return out.replace(/ $/, '');
}

function writeComponent(node, ctx) {
  switch (node.t) {
    case 'number':
      return node.n === 0 && ctx.zero !== null ? '0' + ctx.zero : specifiedNumber(node.n);
    case 'percentage':
      return specifiedNumber(node.n) + '%';
    case 'dimension':
      return specifiedNumber(node.n) + node.unit;
    case 'string':
      return ctx.fontFamily && /^-?[A-Za-z_\u0080-\uffff][\w\u0080-\uffff-]*$/.test(node.value)
          && !Object.prototype.hasOwnProperty.call(KEPT_CASE_KEYWORDS, node.value.toLowerCase())
          && !/^default$/i.test(node.value) ? node.value : serializeCssString(node.value);
    case 'url':
      return 'url(' + serializeCssString(node.value) + ')';
    case 'hash':
      var color = /^([0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})$/i.test(node.value) ? computeColor('#' + node.value) : null;
      return color !== null ? color : '#' + node.value;
    case 'ident':
      return writeIdent(node.value, ctx);
    case 'delim':
      return node.value;
    case 'block':
      var close = node.open === '(' ? ')' : node.open === '[' ? ']' : '}';
      // a grid's line names, [a b], keep their case
      return node.open + writeComponents(node.children, node.open === '[' ? {property: ctx.property, keepCase: 'all',
        zero: null} : ctx) + close;
    default:
      return writeFunction(node, ctx);
  }
}

function writeIdent(value, ctx) {
  var lower = value.toLowerCase();
  if (ctx.keepCase === 'all') {
    return value;
  }
  if (ctx.keepCase === 'names' && !Object.prototype.hasOwnProperty.call(KEPT_CASE_KEYWORDS, lower)
      && !(/^transition/.test(ctx.property) && isSupportedProperty(lower))) {
    return value;
  }
  return lower;
}

function writeFunction(node, ctx) {
  var name = node.name.toLowerCase();
  if (name === 'url') {
    var s = node.args.filter(function (x) {
      return x.t !== 'ws';
    });
    if (s.length === 1 && s[0].t === 'string') {
      return 'url(' + serializeCssString(s[0].value) + ')';
    }
  }
  var inner = {property: ctx.property, keepCase: NAME_FUNCTIONS.test(name) ? 'all' : ctx.keepCase,
    zero: ZERO_PX_FUNCTIONS.test(name) ? 'px' : ZERO_DEG_FUNCTIONS.test(name) ? 'deg' : null, fontFamily: false};
  if (name === 'calc') {
    var sum = calcSum(node.args);
    if (sum !== null && Object.keys(sum).length > 0) {
      return calcText(sum);
    }
  }
  if (name === 'min' || name === 'max') {
    var picked = minMaxText(name, node.args);
    if (picked !== null) {
      return picked;
    }
  }
  name = AXIS_FUNCTION[name] || name;
  var args = name === 'drop-shadow' ? writeShadows(node.args, inner) : writeComponents(node.args, inner);
  var text = name + '(' + args + ')';
  if (/^(rgba?|hsla?|hwb)$/.test(name)) {
    var color = computeColor(text);
    return color !== null ? color : text;
  }
  return text;
}

/** The components between top-level commas, whitespace left out. */
function commaItems(nodes) {
  var items = [[]];
  nodes.forEach(function (x) {
    if (x.t === 'delim' && x.value === ',') {
      items.push([]);
    } else if (x.t !== 'ws') {
      items[items.length - 1].push(x);
    }
  });
  return items;
}

/** CSS Backgrounds #box-shadow and #text-shadow as Chromium writes them: each shadow's color, lengths, inset. */
function writeShadows(nodes, ctx) {
  return commaItems(nodes).map(function (parts) {
    var color = [];
    var lengths = [];
    var inset = [];
    parts.forEach(function (x) {
      if (x.t === 'ident' && /^inset$/i.test(x.value)) {
        inset.push(x);
      } else if (x.t === 'number' || x.t === 'dimension' || (x.t === 'function' && /^(calc|min|max|clamp)$/i.test(x.name))) {
        lengths.push(x);
      } else {
        color.push(x);
      }
    });
    return color.concat(lengths, inset).map(function (x) {
      return writeComponent(x, {property: ctx.property, keepCase: null, zero: 'px'});
    }).join(' ');
  }).join(', ');
}
