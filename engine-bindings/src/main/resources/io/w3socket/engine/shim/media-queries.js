// media-queries.js: parsing, evaluating and serializing a media query list (Media Queries Level 4,
// https://drafts.csswg.org/mediaqueries-4/#mq-syntax; CSSOM #serialize-a-media-query-list) against
// this host's one fixed device: a screen of VIEWPORT's size with no pointing device, as headless
// Chromium 156 answers (its plain headless mode: `(hover: none)`, `(pointer: none)`).
//
// Not done: calc() and other math functions in a feature's value (Chromium evaluates them; here
// the feature is unknown and false), and the features Chromium 156 does not know either.

/** The keyword features: each one's values, the first being this device's (null: none matches). */
var MQ_KEYWORD_FEATURES = {
  'orientation': null, // computed from the viewport below
  'scan': [null, 'interlace', 'progressive'],
  'update': ['fast', 'none', 'slow'],
  'overflow-block': ['scroll', 'none', 'paged'],
  'overflow-inline': ['scroll', 'none'],
  'hover': ['none', 'hover'],
  'any-hover': ['none', 'hover'],
  'pointer': ['none', 'coarse', 'fine'],
  'any-pointer': ['none', 'coarse', 'fine'],
  'prefers-color-scheme': ['light', 'dark'],
  'prefers-reduced-motion': ['no-preference', 'reduce'],
  'prefers-reduced-transparency': ['no-preference', 'reduce'],
  'prefers-contrast': ['no-preference', 'less', 'more', 'custom'],
  'forced-colors': ['none', 'active'],
  'display-mode': ['browser', 'fullscreen', 'standalone', 'minimal-ui', 'picture-in-picture',
    'window-controls-overlay', 'borderless', 'tabbed'],
  'dynamic-range': ['standard', 'high'],
  'color-gamut': ['srgb', 'p3', 'rec2020'],
  'scripting': ['enabled', 'none', 'initial-only'],
  'device-posture': ['continuous', 'folded']
};

/** The range features: each one's value type and this device's value. */
function mqRangeFeature(name) {
  switch (name) {
    case 'width': return {type: 'length', value: VIEWPORT.width};
    case 'height': return {type: 'length', value: VIEWPORT.height};
    case 'device-width': return {type: 'length', value: VIEWPORT.screenWidth};
    case 'device-height': return {type: 'length', value: VIEWPORT.screenHeight};
    case 'aspect-ratio': return {type: 'ratio', value: [VIEWPORT.width, VIEWPORT.height]};
    case 'device-aspect-ratio':
      return {type: 'ratio', value: [VIEWPORT.screenWidth, VIEWPORT.screenHeight]};
    case 'resolution': return {type: 'resolution', value: VIEWPORT.pixelRatio};
    case '-webkit-device-pixel-ratio': return {type: 'number', value: VIEWPORT.pixelRatio};
    case 'color': return {type: 'integer', value: 8};
    case 'color-index': return {type: 'integer', value: 0};
    case 'monochrome': return {type: 'integer', value: 0};
    case 'grid': return {type: 'boolean', value: 0};
    default: return null;
  }
}

/** Absolute lengths in CSS pixels (CSS Values #absolute-lengths), and the font-relative ones at 16px. */
var MQ_LENGTH_UNITS = {px: 1, cm: 96 / 2.54, mm: 96 / 25.4, q: 96 / 101.6, 'in': 96, pt: 4 / 3,
  pc: 16, em: 16, rem: 16, ex: 8, rex: 8, ch: 8, rch: 8, ic: 16, ric: 16, lh: 16, rlh: 16};
var MQ_RESOLUTION_UNITS = {dppx: 1, x: 1, dpi: 1 / 96, dpcm: 2.54 / 96};

/**
 * CSS Syntax #tokenization, as much as media queries need: idents, functions, numbers,
 * dimensions and percentages (with their source text), strings, whitespace, and single
 * characters; comments are dropped.
 */
function mqTokens(text) {
  var tokens = [];
  var i = 0;
  var IDENT_START = /[A-Za-z_\u0080-\uFFFF]/;
  var IDENT_CHAR = /[A-Za-z0-9_\-\u0080-\uFFFF]/;
  function startsIdent(at) {
    var c = text.charAt(at);
    return IDENT_START.test(c) || (c === '-' && (IDENT_START.test(text.charAt(at + 1))
        || text.charAt(at + 1) === '-'));
  }
  function ident() {
    var start = i;
    while (i < text.length && IDENT_CHAR.test(text.charAt(i))) {
      i++;
    }
    return text.substring(start, i);
  }
  while (i < text.length) {
    var start = i;
    var c = text.charAt(i);
    var rest = text.substring(i);
    var num = /^[+-]?(\d*\.\d+|\d+)([eE][+-]?\d+)?/.exec(rest);
    if (c === '/' && text.charAt(i + 1) === '*') {
      var end = text.indexOf('*/', i + 2);
      i = end < 0 ? text.length : end + 2;
    } else if (/[ \t\n\r\f]/.test(c)) {
      while (i < text.length && /[ \t\n\r\f]/.test(text.charAt(i))) {
        i++;
      }
      tokens.push({type: 'space', start: start});
    } else if (num) {
      i += num[0].length;
      var t = {type: 'number', value: Number(num[0]), integer: !/[.eE]/.test(num[0]), start: start};
      if (text.charAt(i) === '%') {
        i++;
        t.type = 'percentage';
      } else if (startsIdent(i)) {
        t.type = 'dimension';
        t.unit = ident().toLowerCase();
      }
      t.end = i;
      tokens.push(t);
    } else if (startsIdent(i)) {
      var name = ident();
      if (text.charAt(i) === '(') {
        i++;
        tokens.push({type: 'function', value: name.toLowerCase(), start: start});
      } else {
        tokens.push({type: 'ident', value: name.toLowerCase(), start: start});
      }
    } else if (c === '"' || c === "'") {
      i++;
      while (i < text.length && text.charAt(i) !== c) {
        i += text.charAt(i) === '\\' ? 2 : 1;
      }
      i++;
      tokens.push({type: 'string', start: start});
    } else {
      i++;
      tokens.push({type: 'delim', value: c, start: start});
    }
    tokens[tokens.length - 1].end = i;
  }
  return tokens;
}

/** The tokens split at top-level commas (CSS Syntax #parse-a-comma-separated-list-of-component-values). */
function mqSplitAtCommas(tokens) {
  var parts = [[]];
  var depth = 0;
  tokens.forEach(function (t) {
    if (t.type === 'function' || (t.type === 'delim' && (t.value === '(' || t.value === '['
        || t.value === '{'))) {
      depth++;
    } else if (t.type === 'delim' && (t.value === ')' || t.value === ']' || t.value === '}')) {
      depth = Math.max(0, depth - 1);
    }
    if (depth === 0 && t.type === 'delim' && t.value === ',') {
      parts.push([]);
    } else {
      parts[parts.length - 1].push(t);
    }
  });
  return parts;
}

/** A number as CSS serializes it (CSSOM #serialize-a-css-component-value). */
function mqNumber(n) {
  return String(n);
}

/**
 * #mq-syntax: one media query from its tokens (whitespace kept), or null where it is invalid
 * (CSSOM: it then serializes as "not all" and never matches).
 */
function parseMediaQuery(tokens, text) {
  var p = {tokens: tokens, at: 0, text: text};
  skipSpace(p);
  if (p.at === tokens.length) {
    return null; // an empty query of a list
  }
  var q = null;
  var start = p.at;
  var first = tokens[p.at];
  if (first.type === 'ident') {
    // [ not | only ]? <media-type> [ and <media-condition-without-or> ]?
    var modifier = null;
    if (first.value === 'not' || first.value === 'only') {
      modifier = first.value;
      p.at++;
      skipSpace(p);
    }
    var type = tokens[p.at];
    if (type && type.type === 'ident' && ['not', 'only', 'and', 'or', 'layer'].indexOf(type.value) < 0) {
      p.at++;
      q = {modifier: modifier, type: type.value, condition: null};
      skipSpace(p);
      if (p.at < tokens.length) {
        if (!isIdent(tokens[p.at], 'and') || !isSpace(tokens[p.at + 1])) {
          return null;
        }
        p.at++;
        q.condition = parseCondition(p, false);
        if (q.condition === null) {
          return null;
        }
      }
    } else if (modifier === 'not') {
      p.at = start; // "not (...)": a condition
    } else {
      return null;
    }
  }
  if (q === null) {
    q = {modifier: null, type: null, condition: parseCondition(p, true)};
    if (q.condition === null) {
      return null;
    }
  }
  skipSpace(p);
  return p.at === tokens.length ? q : null;
}

function skipSpace(p) {
  while (p.at < p.tokens.length && p.tokens[p.at].type === 'space') {
    p.at++;
  }
}

function isSpace(t) {
  return t !== undefined && t.type === 'space';
}

function isIdent(t, value) {
  return t !== undefined && t.type === 'ident' && t.value === value;
}

function isDelim(t, value) {
  return t !== undefined && t.type === 'delim' && t.value === value;
}

/**
 * <media-condition> (or <media-condition-without-or>): not <in-parens>, or <in-parens> followed by
 * only ands or only ors; each keyword followed by whitespace.
 */
function parseCondition(p, orAllowed) {
  skipSpace(p);
  if (isIdent(p.tokens[p.at], 'not')) {
    if (!isSpace(p.tokens[p.at + 1])) {
      return null;
    }
    p.at++;
    skipSpace(p);
    var operand = parseInParens(p);
    return operand === null ? null : {op: 'not', operands: [operand]};
  }
  var first = parseInParens(p);
  if (first === null) {
    return null;
  }
  var c = {op: null, operands: [first]};
  for (;;) {
    var save = p.at;
    skipSpace(p);
    var t = p.tokens[p.at];
    var op = isIdent(t, 'and') ? 'and' : isIdent(t, 'or') && orAllowed ? 'or' : null;
    if (op === null || (c.op !== null && c.op !== op) || !isSpace(p.tokens[p.at + 1])) {
      p.at = save;
      return c;
    }
    p.at++;
    skipSpace(p);
    var next = parseInParens(p);
    if (next === null) {
      return null;
    }
    c.op = op;
    c.operands.push(next);
  }
}

/** The index of the token closing the block that opens at tokens[open], or tokens.length. */
function mqBlockEnd(tokens, open) {
  var depth = 0;
  for (var i = open; i < tokens.length; i++) {
    var t = tokens[i];
    if (t.type === 'function' || isDelim(t, '(') || isDelim(t, '[') || isDelim(t, '{')) {
      depth++;
    } else if (isDelim(t, ')') || isDelim(t, ']') || isDelim(t, '}')) {
      if (--depth === 0) {
        return i;
      }
    }
  }
  return tokens.length;
}

/**
 * <media-in-parens>: ( <media-condition> ), ( <media-feature> ), or <general-enclosed> (a function
 * or a parenthesized block that is neither: unknown, serialized as written).
 */
function parseInParens(p) {
  var t = p.tokens[p.at];
  if (t === undefined || !(t.type === 'function' || isDelim(t, '('))) {
    return null;
  }
  var close = mqBlockEnd(p.tokens, p.at);
  var inner = p.tokens.slice(p.at + 1, close);
  var raw = p.text.substring(t.start, close < p.tokens.length ? p.tokens[close].end : p.text.length);
  p.at = Math.min(close + 1, p.tokens.length);
  if (t.type === 'function') {
    return {op: 'unknown', text: raw};
  }
  var feature = parseFeature(inner);
  if (feature !== null) {
    return feature;
  }
  var sub = {tokens: inner, at: 0, text: p.text};
  var c = parseCondition(sub, true);
  if (c !== null) {
    skipSpace(sub);
    if (sub.at === inner.length) {
      return {op: 'parens', operands: [c]};
    }
  }
  return {op: 'unknown', text: raw};
}

/** A feature's value: <number>, <dimension>, <ident> or <ratio>; null if none is there. */
function parseFeatureValue(tokens) {
  var v = tokens.filter(function (t) {
    return t.type !== 'space';
  });
  if (v.length === 1 && (v[0].type === 'number' || v[0].type === 'dimension' || v[0].type === 'ident')) {
    return v[0].type === 'ident' ? {kind: 'ident', value: v[0].value}
        : {kind: v[0].type, value: v[0].value, unit: v[0].unit, integer: v[0].integer};
  }
  if (v.length === 3 && v[0].type === 'number' && isDelim(v[1], '/') && v[2].type === 'number') {
    return {kind: 'ratio', value: [v[0].value, v[2].value]};
  }
  return null;
}

var MQ_COMPARISONS = ['<=', '>=', '<', '>', '='];

/** The comparison operators in a feature's tokens, at their indices: '<' '=' are one '<='. */
function mqSplitComparisons(tokens) {
  var parts = [[]];
  var ops = [];
  for (var i = 0; i < tokens.length; i++) {
    var t = tokens[i];
    if (isDelim(t, '<') || isDelim(t, '>') || isDelim(t, '=')) {
      var op = t.value;
      if (op !== '=' && isDelim(tokens[i + 1], '=')) {
        op += '=';
        i++;
      }
      ops.push(op);
      parts.push([]);
    } else {
      parts[parts.length - 1].push(t);
    }
  }
  return {parts: parts, ops: ops};
}

/** <media-feature>: plain, boolean or range; null if the tokens are none of them. */
function parseFeature(tokens) {
  var nonSpace = tokens.filter(function (t) {
    return t.type !== 'space';
  });
  if (nonSpace.length === 0 || nonSpace.some(function (t) {
    return t.type === 'function' || isDelim(t, '(');
  })) {
    return null; // a nested block: a condition, or general-enclosed
  }
  if (nonSpace.length === 1 && nonSpace[0].type === 'ident') {
    return mqFeature(nonSpace[0].value, null, null, false); // <mf-boolean>
  }
  var colon = -1;
  for (var i = 0; i < tokens.length; i++) {
    if (isDelim(tokens[i], ':')) {
      colon = i;
      break;
    }
  }
  if (colon >= 0) { // <mf-plain>
    var name = tokens.slice(0, colon).filter(function (t) {
      return t.type !== 'space';
    });
    var value = parseFeatureValue(tokens.slice(colon + 1));
    if (name.length !== 1 || name[0].type !== 'ident' || value === null) {
      return null;
    }
    var prefix = /^(min|max)-/.exec(name[0].value);
    return prefix ? mqFeature(name[0].value.substring(4), prefix[1] === 'min' ? '>=' : '<=', value, true)
        : mqFeature(name[0].value, '=', value, false);
  }
  var split = mqSplitComparisons(tokens);
  if (split.ops.length === 1) { // name op value, or value op name
    var a = split.parts[0].filter(function (t) {
      return t.type !== 'space';
    });
    if (a.length === 1 && a[0].type === 'ident') {
      var v = parseFeatureValue(split.parts[1]);
      return v === null ? null : mqRange(a[0].value, [{op: split.ops[0], value: v}]);
    }
    var b = split.parts[1].filter(function (t) {
      return t.type !== 'space';
    });
    var left = parseFeatureValue(split.parts[0]);
    return b.length === 1 && b[0].type === 'ident' && left !== null
        ? mqRange(b[0].value, [{op: mqFlip(split.ops[0]), value: left, before: true}]) : null;
  }
  if (split.ops.length === 2) { // value < name < value, or with >
    var lt = /</.test(split.ops[0]) && /</.test(split.ops[1]);
    var gt = />/.test(split.ops[0]) && />/.test(split.ops[1]);
    var mid = split.parts[1].filter(function (t) {
      return t.type !== 'space';
    });
    var low = parseFeatureValue(split.parts[0]);
    var high = parseFeatureValue(split.parts[2]);
    if (!(lt || gt) || mid.length !== 1 || mid[0].type !== 'ident' || low === null || high === null) {
      return null;
    }
    return mqRange(mid[0].value, [{op: mqFlip(split.ops[0]), value: low, before: true},
      {op: split.ops[1], value: high}]);
  }
  return null;
}

/** The operator that compares the other way round (value < name is name > value). */
function mqFlip(op) {
  return op.replace(/[<>]/, function (c) {
    return c === '<' ? '>' : '<';
  });
}

function mqRange(name, comparisons) {
  var f = mqFeature(name, null, null, false);
  f.range = comparisons;
  return f;
}

/**
 * A media feature, as #mq-features defines it: its name, and for a plain feature its comparison
 * (min- and max- prefixes are >= and <=) and value.
 */
function mqFeature(name, op, value, prefixed) {
  return {op: 'feature', name: name, compare: op, value: value, prefixed: prefixed, range: null};
}

/** A feature's value as a number in the feature's units, or NaN where it is not of its type. */
function mqValueOf(value, type) {
  switch (type) {
    case 'length':
      if (value.kind === 'number' && value.value === 0) {
        return 0;
      }
      if (value.kind !== 'dimension') {
        return NaN;
      }
      if (/^(vw|vh|vi|vb|vmin|vmax|svw|svh|lvw|lvh|dvw|dvh)$/.test(value.unit)) {
        var w = VIEWPORT.width / 100;
        var h = VIEWPORT.height / 100;
        var u = value.unit.replace(/^[sld]/, '');
        return value.value * (u === 'vh' || u === 'vb' ? h : u === 'vmin' ? Math.min(w, h)
            : u === 'vmax' ? Math.max(w, h) : w);
      }
      return Object.prototype.hasOwnProperty.call(MQ_LENGTH_UNITS, value.unit)
          ? value.value * MQ_LENGTH_UNITS[value.unit] : NaN;
    case 'resolution':
      return value.kind === 'dimension' && Object.prototype.hasOwnProperty.call(MQ_RESOLUTION_UNITS, value.unit)
          && value.value >= 0 ? value.value * MQ_RESOLUTION_UNITS[value.unit] : NaN;
    case 'number':
      return value.kind === 'number' ? value.value : NaN;
    case 'integer':
    case 'boolean':
      return value.kind === 'number' && value.integer && value.value >= 0
          && (type === 'integer' || value.value <= 1) ? value.value : NaN;
    case 'ratio':
      if (value.kind === 'number' && value.value >= 0) {
        return value.value;
      }
      return value.kind === 'ratio' && value.value[0] >= 0 && value.value[1] >= 0
          ? value.value[0] / value.value[1] : NaN;
    default:
      return NaN;
  }
}

/**
 * #evaluating: a feature's result, true, false or 'unknown' (a feature this device does not know,
 * or a value not of the feature's type).
 */
function evaluateFeature(f) {
  var name = f.name;
  if (/^-webkit-(min|max)-device-pixel-ratio$/.test(name) && f.compare === '=') {
    f = {name: '-webkit-device-pixel-ratio', compare: name.charAt(9) === 'i' ? '>=' : '<=',
      value: f.value, range: null};
    name = f.name;
  }
  if (Object.prototype.hasOwnProperty.call(MQ_KEYWORD_FEATURES, name)) {
    if (f.range !== null || f.prefixed) {
      return 'unknown';
    }
    var values = name === 'orientation' ? (VIEWPORT.height >= VIEWPORT.width
        ? ['portrait', 'landscape'] : ['landscape', 'portrait']) : MQ_KEYWORD_FEATURES[name];
    var current = values[0];
    if (f.value === null) {
      // #mq-boolean-context: true for any value but none (and no-preference, which the
      // preference features define as their false one).
      return current !== null && current !== 'none' && current !== 'no-preference';
    }
    if (f.value.kind !== 'ident' || values.indexOf(f.value.value) < 0) {
      return 'unknown';
    }
    return f.value.value === current;
  }
  var feature = mqRangeFeature(name);
  if (feature === null) {
    return 'unknown';
  }
  var have = feature.type === 'ratio' ? feature.value[0] / feature.value[1] : feature.value;
  if (f.value === null && f.range === null) {
    return f.prefixed ? 'unknown' : have !== 0; // #mq-boolean-context
  }
  var comparisons = f.range !== null ? f.range : [{op: f.compare, value: f.value}];
  var result = true;
  for (var i = 0; i < comparisons.length; i++) {
    var want = mqValueOf(comparisons[i].value, feature.type);
    if (want !== want) {
      return 'unknown';
    }
    result = result && mqCompare(have, comparisons[i].op, want, feature.type);
  }
  return result;
}

function mqCompare(have, op, want, type) {
  // Ratios compare as their quotients (800/600 is 4/3 within a float's rounding); resolutions
  // within a thousandth of a dppx, as Chromium's (37.8dpcm is 1dppx).
  var eq = type === 'ratio' ? Math.abs(have - want) < 1e-9
      : type === 'resolution' ? Math.abs(have - want) < 1e-3 : have === want;
  switch (op) {
    case '=': return eq;
    case '<': return have < want && !eq;
    case '<=': return have < want || eq;
    case '>': return have > want && !eq;
    default: return have > want || eq;
  }
}

/** #evaluating a condition, with Kleene's three-valued logic for unknown. */
function evaluateCondition(c) {
  switch (c.op) {
    case 'feature': return evaluateFeature(c);
    case 'unknown': return 'unknown';
    case 'parens': return evaluateCondition(c.operands[0]);
    case 'not': {
      var v = evaluateCondition(c.operands[0]);
      return v === 'unknown' ? v : !v;
    }
    default: {
      var and = c.op !== 'or';
      var result = and;
      for (var i = 0; i < c.operands.length; i++) {
        var r = evaluateCondition(c.operands[i]);
        if (r === !and) {
          return r;
        }
        if (r === 'unknown') {
          result = 'unknown';
        }
      }
      return result;
    }
  }
}

/** Whether one parsed query matches this device (unknown is false at the top level). */
function mediaQueryMatches(q) {
  if (q === null) {
    return false;
  }
  var typeMatches = q.type === null || q.type === 'all' || q.type === 'screen';
  var result = typeMatches && (q.condition === null || evaluateCondition(q.condition) === true);
  if (q.modifier === 'not') {
    // A "not" query is false where its condition is unknown, as is any unknown.
    return !(typeMatches && (q.condition === null || evaluateCondition(q.condition) !== false));
  }
  return result;
}

function serializeFeatureValue(v) {
  switch (v.kind) {
    case 'ident': return v.value;
    case 'ratio': return mqNumber(v.value[0]) + ' / ' + mqNumber(v.value[1]);
    case 'dimension': return mqNumber(v.value) + v.unit;
    default: return mqNumber(v.value);
  }
}

/** A value as Chromium writes a ratio feature's: a lone number n as "n / 1". */
function serializeValueFor(name, v) {
  return /aspect-ratio$/.test(name) && v.kind === 'number' ? mqNumber(v.value) + ' / 1'
      : serializeFeatureValue(v);
}

function serializeCondition(c) {
  switch (c.op) {
    case 'unknown': return c.text;
    case 'parens': return '(' + serializeCondition(c.operands[0]) + ')';
    case 'not': return 'not ' + serializeCondition(c.operands[0]);
    case 'feature': {
      if (c.range !== null) {
        var out = '';
        c.range.forEach(function (r) {
          if (r.before) {
            out += serializeValueFor(c.name, r.value) + ' ' + mqFlip(r.op) + ' ';
          }
        });
        out += c.name;
        c.range.forEach(function (r) {
          if (!r.before) {
            out += ' ' + r.op + ' ' + serializeValueFor(c.name, r.value);
          }
        });
        return '(' + out + ')';
      }
      var name = c.prefixed ? (c.compare === '>=' ? 'min-' : 'max-') + c.name : c.name;
      return '(' + name + (c.value === null ? '' : ': ' + serializeValueFor(c.name, c.value)) + ')';
    }
    default:
      return c.operands.map(serializeCondition).join(' ' + (c.op || '') + ' ');
  }
}

/** CSSOM #serialize-a-media-query. */
function serializeMediaQuery(q) {
  if (q === null) {
    return 'not all';
  }
  var parts = [];
  if (q.modifier !== null) {
    parts.push(q.modifier);
  }
  if (q.type !== null && !(q.type === 'all' && q.modifier === null && q.condition !== null)) {
    parts.push(q.type);
  }
  if (q.condition !== null) {
    if (parts.length > 0) {
      parts.push('and');
    }
    parts.push(serializeCondition(q.condition));
  }
  return parts.join(' ');
}

/**
 * CSSOM #parse-a-media-query-list: the text's queries, each parsed or null. An empty (or all
 * whitespace) text is the empty list, which matches.
 */
function parseMediaQueryList(text) {
  var tokens = mqTokens(text);
  if (tokens.every(function (t) {
    return t.type === 'space';
  })) {
    return [];
  }
  return mqSplitAtCommas(tokens).map(function (part) {
    return parseMediaQuery(part, text);
  });
}

/** CSSOM #serialize-a-media-query-list. */
function serializeMediaQueryList(list) {
  return list.map(serializeMediaQuery).join(', ');
}

/** A media query list matches if it is empty or any of its queries does (#mq-list). */
function mediaQueryListMatches(list) {
  return list.length === 0 || list.some(mediaQueryMatches);
}
