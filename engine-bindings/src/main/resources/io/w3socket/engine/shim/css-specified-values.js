// css-specified-values.js (lazy module style): a declaration's value as a declaration block keeps
// it, for CSSOM #serialize-a-css-value: the value parsed into component values (CSS Syntax
// #tokenization, here on text whose comments are gone and whitespace collapsed) and written back
// in canonical form, as headless Chromium 156 writes a specified value: numbers to six
// significant digits (1e-07, 0.333333), units and keywords in lower case (a name a page chose, a
// font family's, an animation's, a counter's, keeps its case), strings and url()s in double quotes
// (#serialize-a-string, #serialize-a-url), sRGB colors as rgb() (CSS Color 4
// #serializing-sRGB-values; a named color stays a keyword), commas followed by one space, "/"
// between spaces, a zero where a length goes as 0px (0deg in a rotation), calc() simplified
// (CSS Values 4 #calc-simplification, #sort-a-calculations-children), shadows with their color
// first and inset last, some shorthands in their shortest form (a box's sides, gap and overflow
// pairs, flex's three values). A value is invalid (its declaration dropped, #parse-a-css-value)
// when it is a number without a unit where only a length may go (standards mode), a negative
// length or percentage where none may go, not a color where only a color may go, or a font family
// list with an unquoted number.
//
// Shorthands whose parts may come in any order are written in their longhands' order, as Chromium
// writes them (background, outline, list-style, flex-flow, transition, animation), without the
// initial parts Chromium leaves out (border's, text-decoration's, flex-flow's, font's normal
// keywords, transition's); a position horizontal part first, each axis given (center center); a
// background size's height (100% auto); a counter's value (section 0).
//
// Not done: the other properties' grammars (display: bogus is kept); a value with var() stays as
// written (CSS Variables #variables-in-shorthands: Chromium keeps it too). Deviations from Chromium
// 156, where the standard's round trip (#serialize-a-css-value: the shortest serialization that
// parses back to the same longhands) says otherwise: a border of only initial parts is "none"
// (Chromium: ""), a transition's 0s duration before a delay is kept ("opacity 0s 1s"; Chromium
// writes "opacity 1s", which parses back as a duration).

/** Six significant digits, as Chromium writes a specified number (printf's %g): 1e-07, 1.23457e+06. */
function specifiedNumber(n) {
  if (n === 0 || !isFinite(n)) {
    return n === 0 ? '0' : String(n);
  }
  var exp = n.toExponential(5); // d.ddddde±x
  var e = Number(exp.substring(exp.indexOf('e') + 1));
  if (e < -4 || e >= 6) {
    var mantissa = exp.substring(0, exp.indexOf('e')).replace(/\.?0+$/, '');
    return mantissa + 'e' + (e < 0 ? '-' : '+') + (Math.abs(e) < 10 ? '0' : '') + Math.abs(e);
  }
  return String(Number(n.toPrecision(6)));
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
var NAME_CHAR = /[A-Za-z0-9_\-\u0080-\uffff]/;

/** A name (CSS Syntax #consume-a-name) from i, escapes decoded: {text, end}. */
function cssNameAt(text, i) {
  var out = '';
  while (i < text.length) {
    var c = text.charAt(i);
    if (c === '\\' && text.charAt(i + 1) !== '\n' && i + 1 < text.length) {
      var esc = cssEscape(text, i + 1);
      out += esc.text;
      i = esc.end;
    } else if (NAME_CHAR.test(c)) {
      out += c;
      i++;
    } else {
      break;
    }
  }
  return {text: out, end: i};
}

/** CSS Syntax #would-start-an-identifier at i. */
function startsIdent(text, i) {
  var c = text.charAt(i);
  if (c === '-') {
    var d = text.charAt(i + 1);
    return d === '-' || /[A-Za-z_\u0080-\uffff]/.test(d) || (d === '\\' && text.charAt(i + 2) !== '\n');
  }
  return /[A-Za-z_\u0080-\uffff]/.test(c) || (c === '\\' && text.charAt(i + 1) !== '\n' && i + 1 < text.length);
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
    var number = /[0-9.+-]/.test(c) ? NUMBER_START.exec(text.substring(pos, pos + 64)) : null;
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
    if (c === '#' && pos + 1 < text.length && (NAME_CHAR.test(text.charAt(pos + 1)) || text.charAt(pos + 1) === '\\')) {
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

/**
 * The properties whose values hold names a page chose (custom identifiers, family names), which
 * keep their case; their keywords (above) are lowercased. will-change keeps every name as written,
 * as Chromium does; transition's property names are lowercased when they are properties.
 */
var KEPT_CASE = /^(font|font-family|animation|animation-name|transition|transition-property|counter-(reset|increment|set)|grid|grid-area|grid-(row|column)(-start|-end)?|grid-template(-rows|-columns|-areas)?|will-change|view-transition-(name|class)|container|container-name|anchor-name|anchor-scope|position-anchor|timeline-scope|(scroll|view)-timeline(-name)?|page|font-palette|list-style|list-style-type)$/;

/** Functions whose identifiers are names (an attribute's, a counter's, an environment variable's). */
var NAME_FUNCTIONS = /^(attr|counter|counters|env|local|format|element|selector)$/;

/** The properties where a unitless zero is a length (CSS Values 4 #lengths): written 0px. */
var ZERO_LENGTH = /^((margin|padding|inset|scroll-margin|scroll-padding)(-.*)?|top|right|bottom|left|(min-|max-)?(width|height|block-size|inline-size)|border(-(top|right|bottom|left|block|inline)(-(start|end))?)?(-width)?|.*-radius|gap|row-gap|column-gap|grid(-row|-column)?-gap|outline|outline-width|outline-offset|flex-basis|font-size|letter-spacing|word-spacing|text-indent|(transform|perspective)-origin|perspective|background|mask|(background|mask|object)-position(-x|-y)?|(background|mask)-size|box-shadow|text-shadow|column-width|column-rule(-width)?|border-spacing|text-underline-offset|text-decoration-thickness|vertical-align|translate|shape-margin|offset-distance|-webkit-text-stroke-width)$/;

/** The properties that take only lengths and percentages (and keywords): a bare non-zero number is invalid. */
var LENGTH_ONLY = /^((margin|padding|inset|scroll-margin|scroll-padding)(-(top|right|bottom|left|block|inline)(-(start|end))?)?|top|right|bottom|left|(min-|max-)?(width|height|block-size|inline-size)|border(-(top|right|bottom|left|block|inline)(-(start|end))?)?-width|border(-(top|bottom)-(left|right)|-(start|end)-(start|end))?-radius|gap|row-gap|column-gap|outline-width|outline-offset|flex-basis|font-size|letter-spacing|word-spacing|text-indent)$/;

/** HTML #the-unitless-length-quirk's properties: in quirks mode a bare number is that many px. */
var QUIRKY_LENGTH = /^(background-position|border-spacing|border(-(top|right|bottom|left))?-width|bottom|clip|font-size|height|left|letter-spacing|margin(-(top|right|bottom|left))?|(max|min)-(height|width)|padding(-(top|right|bottom|left))?|right|text-indent|top|vertical-align|width|word-spacing)$/;

/** The properties that take no negative length or percentage (CSS Box, Sizing, Fonts, Backgrounds). */
var NON_NEGATIVE = /^(padding(-.*)?|(min-|max-)?(width|height|block-size|inline-size)|border(-(top|right|bottom|left|block|inline)(-(start|end))?)?-width|.*-radius|gap|row-gap|column-gap|outline-width|flex-basis|font-size|flex-grow|flex-shrink)$/;

/** The properties that are one color (CSS Color 4 #typedef-color and the properties that take it). */
var COLOR_ONLY = /^(color|background-color|border-(top|right|bottom|left|(block|inline)-(start|end))-color|outline-color|text-decoration-color|caret-color|column-rule-color|flood-color|lighting-color|stop-color|text-emphasis-color|-webkit-text-fill-color|-webkit-text-stroke-color|-webkit-tap-highlight-color)$/;

/** CSS Color 4 #css-system-colors, with the deprecated ones (#deprecated-system-colors). */
var SYSTEM_COLORS = (' accentcolor accentcolortext activetext buttonborder buttonface buttontext canvas '
    + 'canvastext field fieldtext graytext highlight highlighttext linktext mark marktext selecteditem '
    + 'selecteditemtext visitedtext activeborder activecaption appworkspace background buttonhighlight '
    + 'buttonshadow captiontext inactiveborder inactivecaption inactivecaptiontext infobackground '
    + 'infotext menu menutext scrollbar threeddarkshadow threedface threedhighlight threedlightshadow '
    + 'threedshadow window windowframe windowtext '
    // Chromium 156's own color keywords, which sheets written for it use
    + '-webkit-focus-ring-color -webkit-link -webkit-activelink -webkit-text ');

/** Whether the components are one color (a keyword, a hash, a color function). */
function isColorValue(nodes) {
  var n = nodes.filter(function (x) {
    return x.t !== 'ws';
  });
  if (n.length !== 1) {
    return false;
  }
  var v = n[0];
  if (v.t === 'ident') {
    var k = v.value.toLowerCase();
    return Object.prototype.hasOwnProperty.call(NAMED_COLOR, k) || k === 'transparent' || k === 'currentcolor'
        || SYSTEM_COLORS.indexOf(' ' + k + ' ') >= 0 || CSS_WIDE.test(k);
  }
  if (v.t === 'hash') {
    return /^([0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})$/i.test(v.value);
  }
  return v.t === 'function' && /^(rgba?|hsla?|hwb|lab|lch|oklab|oklch|color|color-mix|light-dark|contrast-color|device-cmyk)$/i
      .test(v.name);
}

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

/** The shorthands of four sides (or corners) written in their shortest form (CSS Box #margin-shorthand). */
var BOX_SHORTHANDS = /^(margin|padding|inset|border-width|border-style|border-color|scroll-margin|scroll-padding)$/;

/** Four values' shortest form: top [right [bottom [left]]]. */
function shortestSides(v) {
  if (v.length < 1 || v.length > 4) {
    return v;
  }
  var s = [v[0], v[1] || v[0], v[2] || v[0], v[3] || v[1] || v[0]];
  return s[3] !== s[1] ? s : s[2] !== s[0] ? s.slice(0, 3) : s[1] !== s[0] ? s.slice(0, 2) : s.slice(0, 1);
}

/** A value's top-level parts, each written. */
function writtenParts(nodes, ctx) {
  var parts = [];
  nodes.forEach(function (x) {
    if (x.t !== 'ws') {
      parts.push(writeComponent(x, ctx));
    }
  });
  return parts;
}

/** CSS Flexbox #flex-property: its three values, as Chromium writes them. */
function flexValue(nodes) {
  var parts = nodes.filter(function (x) {
    return x.t !== 'ws';
  });
  if (parts.length === 1 && parts[0].t === 'ident') {
    var k = parts[0].value.toLowerCase();
    return k === 'none' ? '0 0 auto' : k === 'auto' ? '1 1 auto' : k;
  }
  var numbers = [];
  var basis = null;
  for (var i = 0; i < parts.length; i++) {
    var x = parts[i];
    if (x.t === 'number' && numbers.length < 2 && !(numbers.length === 1 && basis !== null)) {
      numbers.push(specifiedNumber(x.n));
    } else if (basis === null && x.t === 'number' && x.n === 0) {
      basis = '0px';
    } else if (basis === null && numbers.length !== 1) {
      basis = writeComponent(x, {property: 'flex-basis', keepCase: null, zero: 'px'});
    } else {
      return null;
    }
  }
  return (numbers[0] || '1') + ' ' + (numbers[1] || '1') + ' ' + (basis === null ? '0%' : basis);
}

var specifiedCache = {};
var specifiedCacheSize = 0;
var quirksDocument = null;

/**
 * A declaration's value as the block keeps it: canonical, or null when it is invalid for the
 * property. name is a supported property's name in lower case (or a custom property's).
 */
function specifiedValue(name, value) {
  if (name.substring(0, 2) === '--' || name === 'unicode-range' || /var\(/i.test(value)) {
    return value; // a custom property's tokens, @font-face's ranges (CSS Syntax #urange) as written
  }
  var key = name + ':' + value;
  if (Object.prototype.hasOwnProperty.call(specifiedCache, key)) {
    return specifiedCache[key];
  }
  if (specifiedCacheSize > 4000) {
    specifiedCache = {};
    specifiedCacheSize = 0;
  }
  var out = canonicalValue(name, value);
  specifiedCache[key] = out;
  specifiedCacheSize++;
  return out;
}

function inQuirksMode() {
  if (quirksDocument === null) {
    quirksDocument = typeof document !== 'undefined' && document.compatMode === 'BackCompat';
  }
  return quirksDocument;
}

function canonicalValue(name, value) {
  var nodes = cssComponents(value);
  if (nodes === null) {
    return value;
  }
  var top = nodes.filter(function (x) {
    return x.t !== 'ws';
  });
  if (top.length === 1 && top[0].t === 'ident' && CSS_WIDE.test(top[0].value)) {
    return top[0].value.toLowerCase();
  }
  var quirks = false;
  for (var i = 0; i < top.length; i++) {
    var x = top[i];
    if (x.t === 'number' && x.n !== 0 && LENGTH_ONLY.test(name)) {
      if (!inQuirksMode() || !QUIRKY_LENGTH.test(name)) {
        return null; // #the-unitless-length-quirk applies only in quirks mode
      }
      quirks = true;
    }
    if ((x.t === 'dimension' || x.t === 'percentage' || x.t === 'number') && x.n < 0 && NON_NEGATIVE.test(name)) {
      return null;
    }
  }
  if (quirks) {
    nodes = nodes.map(function (x) {
      return x.t === 'number' && x.n !== 0 ? {t: 'dimension', n: x.n, unit: 'px'} : x;
    });
  }
  if (!partsValid(name, top)) {
    return null;
  }
  if (COLOR_ONLY.test(name) && !isColorValue(nodes)) {
    return null;
  }
  var sidesOfColor = /^border(-block|-inline)?-color$/.exec(name);
  if (sidesOfColor && (top.length > (sidesOfColor[1] ? 2 : 4) || !top.every(function (x) {
    return isColorValue([x]);
  }))) {
    return null; // CSS Backgrounds #border-color: one to four colors (CSS Logical: one or two)
  }
  if ((name === 'z-index' || name === 'order') && top.length === 1 && top[0].t === 'number' && !top[0].integer) {
    return null; // an <integer>
  }
  if (name === 'opacity' || /-opacity$/.test(name)) {
    if (top.length !== 1 || (top[0].t !== 'number' && top[0].t !== 'percentage' && top[0].t !== 'function')) {
      return null;
    }
    if (top[0].t === 'percentage') {
      return specifiedNumber(top[0].n / 100);
    }
  }
  if (name === 'font-family' && top.some(function (x) {
    return x.t === 'number' || x.t === 'dimension' || x.t === 'percentage';
  })) {
    return null;
  }
  var keep = KEPT_CASE.exec(name);
  var ctx = {property: name, keepCase: name === 'will-change' ? 'all' : keep ? 'names' : null,
    zero: ZERO_LENGTH.test(name) ? 'px' : null, fontFamily: name === 'font-family' || name === 'font'};
  if (name === 'box-shadow' || name === 'text-shadow') {
    return writeShadows(nodes, ctx);
  }
  if (name === 'flex') {
    return flexValue(nodes);
  }
  if (name === 'font-family') {
    return fontFamilies(nodes, ctx);
  }
  if (name === 'font') {
    return fontValue(nodes, ctx);
  }
  var ordered = PART_ORDER[name];
  if (ordered !== undefined) {
    return ordered(writeComponents(nodes, ctx));
  }
  if (POSITIONS.test(name)) {
    return listItems(writeComponents(nodes, ctx)).map(function (item) {
      return positionText(valueParts(item), /-origin$/.test(name));
    }).join(', ');
  }
  if (name === 'background-size' || name === 'mask-size') {
    return listItems(writeComponents(nodes, ctx)).map(function (item) {
      // CSS Backgrounds #background-size: one size is the width, the height auto
      var size = valueParts(item);
      return size.length === 1 && !/^(cover|contain|auto)$/.test(size[0]) ? size[0] + ' auto'
          : size.length === 2 && size[0] === 'auto' && size[1] === 'auto' ? 'auto' : item;
    }).join(', ');
  }
  if (/^counter-(reset|set|increment)$/.test(name)) {
    return countersText(name, valueParts(writeComponents(nodes, ctx)));
  }
  if (name === 'aspect-ratio') {
    // CSS Sizing 4 #aspect-ratio: a <ratio> of one number is that number / 1 (#ratio)
    // (auto first, as Chromium writes it)
    var ratio = writeComponents(nodes, ctx);
    var auto = / auto$/.test(ratio) ? 'auto ' + ratio.replace(/ auto$/, '') : ratio;
    return /^(auto )?[^ \/]+$/.test(auto) && auto !== 'auto' ? auto + ' / 1' : auto;
  }
  if (name === 'flex-flow') {
    // CSS Flexbox #flex-flow-property: the direction, then the wrap, each left out when initial
    var flow = valueParts(writeComponents(nodes, ctx));
    var direction = flow.filter(function (p) {
      return /^(row|row-reverse|column|column-reverse)$/.test(p);
    });
    var wrap = flow.filter(function (p) {
      return /^(nowrap|wrap|wrap-reverse)$/.test(p);
    });
    var kept = direction.filter(function (p) {
      return p !== 'row';
    }).concat(wrap.filter(function (p) {
      return p !== 'nowrap';
    }));
    return kept.length > 0 ? kept.join(' ') : direction.concat(wrap)[0];
  }
  if (name === 'transition' || name === 'animation') {
    return motionValue(name, writeComponents(nodes, ctx));
  }
  if (BOX_SHORTHANDS.test(name)) {
    var sides = writtenParts(nodes, ctx);
    return sides.length > 4 ? null : shortestSides(sides).join(' ');
  }
  if (name === 'gap' || name === 'overflow' || name === 'translate') {
    var pair = writtenParts(nodes, ctx);
    if (pair.length === 2 && (pair[1] === pair[0] || (name === 'translate' && pair[1] === '0px'))) {
      pair.pop();
    }
    return pair.join(' ');
  }
  if (name === 'border-radius') {
    return writeComponents(nodes, ctx).split(' / ').map(function (half) {
      return shortestSides(half.split(' ')).join(' ');
    }).join(' / ');
  }
  return writeComponents(nodes, ctx);
}

/**
 * A transition (CSS Transitions #transition-shorthand-property) or animation (css-animations
 * #animation) shorthand as Chromium writes it: a transition item without its initial parts (a
 * duration kept before a delay), an animation item's eight parts in the longhands' order, its
 * duration auto when left out.
 */
function motionValue(name, text) {
  var items = cssSplit(text, ',');
  if (items === null) {
    return text;
  }
  return items.map(function (item) {
    var parts = motionItem(name, item); // computed-style.js
    if (name === 'animation') {
      // css-animations-2 #animation-duration: auto when left out
      var timed = valueParts(item).some(function (p) {
        return computeTime(p) !== null || p === 'auto';
      });
      return [timed ? parts.duration : 'auto', parts['timing-function'], parts.delay, parts['iteration-count'],
        parts.direction, parts['fill-mode'], parts['play-state'], parts.name].join(' ');
    }
    var out = [];
    if (parts.property !== 'all') {
      out.push(parts.property);
    }
    if (parts.duration !== '0s' || parts.delay !== '0s') {
      out.push(parts.duration);
    }
    if (parts['timing-function'] !== 'ease') {
      out.push(parts['timing-function']);
    }
    if (parts.delay !== '0s') {
      out.push(parts.delay);
    }
    return out.length === 0 ? 'all' : out.join(' ');
  }).join(', ');
}

/**
 * CSS Fonts #font-family-prop as Chromium writes it: a family of several identifiers as one
 * string, a string that is one identifier (not a generic family's) as that identifier.
 */
function fontFamilies(nodes, ctx) {
  return commaItems(nodes).map(function (f) {
    if (f.length > 1 && f.every(function (x) {
      return x.t === 'ident';
    })) {
      return serializeCssString(f.map(function (x) {
        return x.value;
      }).join(' '));
    }
    return f.map(function (x) {
      return writeComponent(x, ctx);
    }).join(' ');
  }).join(', ');
}

/** The font shorthand (CSS Fonts #font-prop): its normal keywords before the size left out, its families as above. */
function fontValue(nodes, ctx) {
  var out = [];
  for (var i = 0; i < nodes.length; i++) {
    var x = nodes[i];
    if (x.t === 'ws') {
      continue;
    }
    var size = x.t === 'dimension' || x.t === 'percentage' || x.t === 'function'
        || (x.t === 'ident' && /^(xx?x?-small|xx?x?-large|small|medium|large|larger|smaller)$/i.test(x.value));
    if (!size) {
      if (!(x.t === 'ident' && /^normal$/i.test(x.value))) {
        out.push(writeComponent(x, ctx));
      }
      continue;
    }
    out.push(writeComponent(x, {property: 'font-size', keepCase: null, zero: 'px'}));
    var rest = nodes.slice(i + 1);
    var j = 0;
    while (j < rest.length && rest[j].t === 'ws') {
      j++;
    }
    if (j < rest.length && rest[j].t === 'delim' && rest[j].value === '/') {
      j++;
      while (j < rest.length && rest[j].t === 'ws') {
        j++;
      }
      out.push('/', writeComponent(rest[j] || {t: 'ws'}, {property: 'line-height', keepCase: null, zero: null}));
      j++;
    }
    out.push(fontFamilies(rest.slice(j), ctx));
    return out.join(' ');
  }
  return out.length === 1 ? out[0] : null; // a system font's keyword alone
}

/**
 * The shorthands whose parts Chromium writes in its longhands' order (and, where it does, without
 * their initial values), each a function of the canonical text.
 */
var PART_ORDER = {
  outline: function (text) {
    // CSS UI #outline: color, style, width
    var parts = valueParts(text);
    var order = {color: 0, style: 1, width: 2};
    return parts.map(function (p, i) {
      var kind = /^auto$/i.test(p) ? 'style' : borderPart(p); // computed-style.js
      return {p: p, rank: order[kind] * 10 + i};
    }).sort(function (a, b) {
      return a.rank - b.rank;
    }).map(function (x) {
      return x.p;
    }).join(' ');
  },
  'list-style': function (text) {
    // CSS Lists #list-style-property: position, image, type (a none is the image's when a type is given)
    var parts = valueParts(text);
    var position = parts.filter(function (p) {
      return /^(inside|outside)$/.test(p);
    });
    var image = parts.filter(function (p) {
      return /^(url|image|(repeating-)?(linear|radial|conic)-gradient)\(/.test(p);
    });
    var rest = parts.filter(function (p) {
      return position.indexOf(p) < 0 && image.indexOf(p) < 0;
    });
    if (image.length === 0 && rest.length === 2 && rest.indexOf('none') >= 0) {
      image = ['none'];
      rest.splice(rest.indexOf('none'), 1);
    }
    return position.concat(image, rest).join(' ');
  },
  'text-decoration': function (text) {
    // CSS Text Decoration #text-decoration-property: its initial style, color and thickness left out
    var parts = valueParts(text);
    var kept = parts.filter(function (p) {
      return !/^(solid|currentcolor|auto)$/.test(p);
    });
    return kept.length === 0 ? parts[0] : kept.join(' ');
  },
  background: function (text) {
    var layers = cssSplit(text, ',');
    return layers === null ? text : layers.map(backgroundLayerText).join(', ');
  }
};
['border', 'border-top', 'border-right', 'border-bottom', 'border-left', 'border-block', 'border-inline',
  'border-block-start', 'border-block-end', 'border-inline-start', 'border-inline-end'].forEach(function (b) {
  // CSS Backgrounds #border-shorthands: width, style, color, each left out when initial
  PART_ORDER[b] = function (text) {
    var parts = valueParts(text);
    var kept = parts.filter(function (p) {
      return !/^(medium|none|currentcolor)$/.test(p);
    });
    return kept.length === 0 ? 'none' : kept.join(' ');
  };
});

/**
 * One layer of the background shorthand (CSS Backgrounds #background) in its longhands' order:
 * image, position (of two parts) and size, repeat, attachment, origin and clip (one box given is
 * both), the color last.
 */
function backgroundLayerText(layer) {
  var parts = valueParts(layer);
  var image = [];
  var position = [];
  var repeat = [];
  var attachment = [];
  var boxes = [];
  var color = [];
  function keyword(kind, part) {
    return BACKGROUND_KEYWORDS[kind].indexOf(' ' + part + ' ') >= 0; // computed-shorthands.js
  }
  for (var i = 0; i < parts.length; i++) {
    var part = parts[i];
    if (/^(none$|url\(|image\(|(-webkit-)?image-set\(|cross-fade\(|(repeating-)?(linear|radial|conic)-gradient\()/.test(part)) {
      image.push(part);
    } else if (isPositionPart(part) && position.length === 0) {
      while (i < parts.length && isPositionPart(parts[i])) {
        position.push(parts[i++]);
      }
      if (position.length === 1) {
        position = /^(top|bottom)$/.test(position[0]) ? ['center', position[0]] : [position[0], 'center'];
      }
      if (parts[i] === '/') {
        position.push('/');
        for (i++; i < parts.length && (parts[i] === 'auto' || /^(cover|contain)$/.test(parts[i])
            || (isPositionPart(parts[i]) && !POSITION_KEYWORD.test(parts[i]))); i++) {
          position.push(parts[i]);
        }
      }
      i--;
    } else if (keyword('repeat', part)) {
      repeat.push(part);
    } else if (keyword('attachment', part)) {
      attachment.push(part);
    } else if (keyword('box', part) || part === 'text') {
      boxes.push(part);
    } else {
      color.push(part);
    }
  }
  if (boxes.length === 1) {
    boxes.push(boxes[0]);
  }
  return image.concat(position, repeat, attachment, boxes, color).join(' ');
}

/** The properties that take a position (CSS Values #position), or a list of them, or an origin. */
var POSITIONS = /^((background|mask|object)-position|(transform|perspective)-origin)$/;

/** A list value's comma-separated items, as written. */
function listItems(text) {
  return cssSplit(text, ',') || [text];
}

/**
 * CSS Values #position as Chromium writes it: the horizontal part first, a single keyword or
 * offset with center for the other axis, a keyword's offset after it; an origin's z after them.
 */
function positionText(parts, origin) {
  var z = origin && parts.length === 3 ? parts.pop() : null;
  var vertical = function (p) {
    return p === 'top' || p === 'bottom';
  };
  var horizontal = function (p) {
    return p === 'left' || p === 'right';
  };
  var groups;
  if (parts.length === 1) {
    groups = vertical(parts[0]) ? [['center'], parts] : [parts, ['center']];
  } else if (parts.length === 2) {
    groups = [[parts[0]], [parts[1]]];
  } else if (parts.length === 3) {
    groups = POSITION_KEYWORD.test(parts[1]) ? [[parts[0]], parts.slice(1)] : [parts.slice(0, 2), [parts[2]]];
  } else if (parts.length === 4) {
    groups = [parts.slice(0, 2), parts.slice(2)];
  } else {
    return parts.join(' ');
  }
  if (vertical(groups[0][0]) || horizontal(groups[1][0])) {
    groups.reverse();
  }
  return groups[0].concat(groups[1], z === null ? [] : [z]).join(' ');
}

/**
 * CSS Lists #counter-properties: each counter's name with its value, the default (0 to reset or
 * set, 1 to increment) written when left out.
 */
function countersText(name, parts) {
  if (parts.length === 1 && parts[0] === 'none') {
    return 'none';
  }
  var out = [];
  for (var i = 0; i < parts.length; i++) {
    out.push(parts[i]);
    if (/^[+-]?\d+$/.test(parts[i + 1] || '')) {
      out.push(parts[++i]);
    } else {
      out.push(name === 'counter-increment' ? '1' : '0');
    }
  }
  return out.join(' ');
}

/** A length, percentage, number (a zero, or any in quirks mode) or math function, as a value's part. */
function isLengthPart(x) {
  return x.t === 'dimension' || x.t === 'percentage' || x.t === 'number'
      || (x.t === 'function' && /^(calc|min|max|clamp)$/i.test(x.name));
}

/** CSS Filter Effects #typedef-filter-function, and url() (#FilterProperty). */
var FILTER_FUNCTIONS = /^(blur|brightness|contrast|drop-shadow|grayscale|hue-rotate|invert|opacity|saturate|sepia|url)$/i;

/**
 * Whether each top-level part of a value is one the property's grammar has, for the properties
 * whose parts are checked (the rest of a grammar is not: display: bogus is kept): a box's sides
 * (CSS Box #margin-physical, #padding-physical, CSS Position #insets) lengths or auto; a border's
 * or an outline's (CSS Backgrounds #border-shorthands, CSS UI #outline) a width, a style or a color;
 * a filter's (CSS Filter Effects #FilterProperty) its functions or none. So the hacks of old sheets
 * for another engine (1px \9, alpha(opacity=65)) are dropped, as Chromium drops them.
 */
function partsValid(name, top) {
  if (/^(margin|inset)(-(top|right|bottom|left|block|inline)(-(start|end))?)?$|^(top|right|bottom|left)$/.test(name)) {
    return top.every(function (x) {
      return isLengthPart(x) || (x.t === 'ident' && /^auto$/i.test(x.value));
    });
  }
  if (/^padding(-(top|right|bottom|left|block|inline)(-(start|end))?)?$/.test(name)) {
    return top.every(isLengthPart);
  }
  if (/^(border(-(top|right|bottom|left|block|inline)(-(start|end))?)?|outline)$/.test(name)) {
    return top.length <= 3 && top.every(function (x) {
      return isLengthPart(x) || isColorValue([x])
          || (x.t === 'ident' && (/^(thin|medium|thick|auto)$/i.test(x.value)
              || BORDER_STYLES.indexOf(' ' + x.value.toLowerCase() + ' ') >= 0)); // computed-style.js
    });
  }
  if (name === 'filter' || name === 'backdrop-filter') {
    return (top.length === 1 && top[0].t === 'ident' && /^none$/i.test(top[0].value)) || top.every(function (x) {
      return x.t === 'url' || (x.t === 'function' && FILTER_FUNCTIONS.test(x.name));
    });
  }
  return true;
}
