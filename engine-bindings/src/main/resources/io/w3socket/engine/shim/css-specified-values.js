// css-specified-values.js (lazy module style): a declaration's value as a declaration block keeps
// it (CSSOM #serialize-a-css-value): in canonical form (css-component-values.js, and
// css-shorthand-values.js for the shorthands), or null when the value is invalid for the property
// (its declaration dropped, #parse-a-css-value): a number without a unit where only a length may
// go (standards mode; in quirks mode it is px, HTML #the-unitless-length-quirk), a negative length
// or percentage where none may go, not a color where only a color may go, a font family list with
// an unquoted number, a part a box's side, a border, an outline or a filter does not take.
//
// A value of one keyword must be one the property takes (css-keywords.js: display: bogus is
// dropped), and a property whose grammar is one keyword takes no more (position: absolute fixed).
//
// Not done: the rest of each property's grammar (display: block bogus is kept); a value with var()
// stays as written (CSS Variables #variables-in-shorthands: Chromium keeps it too). A deviation from
// Chromium 156, where the standard's round trip (#serialize-a-css-value: the shortest serialization
// that parses back to the same longhands) says otherwise: a transition's 0s duration before a delay
// is kept ("opacity 0s 1s"; Chromium writes "opacity 1s", which parses back as a duration).

/**
 * The properties whose values hold names a page chose (custom identifiers, family names), which
 * keep their case; their keywords (above) are lowercased. will-change keeps every name as written,
 * as Chromium does; transition's property names are lowercased when they are properties.
 */
var KEPT_CASE = /^(font|font-family|animation|animation-name|transition|transition-property|counter-(reset|increment|set)|grid|grid-area|grid-(row|column)(-start|-end)?|grid-template(-rows|-columns|-areas)?|will-change|view-transition-(name|class)|container|container-name|anchor-name|anchor-scope|position-anchor|timeline-scope|(scroll|view)-timeline(-name)?|page|font-palette|list-style|list-style-type)$/;

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

var specifiedCache = Object.create(null);
var specifiedCacheSize = 0;
var quirksDocument = null;

/**
 * A declaration's value as the block keeps it: canonical, or null when it is invalid for the
 * property. name is a supported property's name in lower case (or a custom property's).
 */
function specifiedValue(name, value) {
  var key = name + ':' + value;
  if (key in specifiedCache) {
    return specifiedCache[key];
  }
  if (name === 'unicode-range') {
    return value.split(',').map(unicodeRangeText).join(', ');
  }
  if (name.substring(0, 2) === '--' || /var\(/i.test(value)) {
    return value; // a custom property's tokens as written
  }
  if (specifiedCacheSize > 4000) {
    specifiedCache = Object.create(null);
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
  var traits = propertyTraits(name);
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
  if (!keywordsValid(name, top)) {
    return null;
  }
  var quirks = false;
  for (var i = 0; i < top.length; i++) {
    var x = top[i];
    if (x.t === 'number' && x.n !== 0 && traits.lengthOnly) {
      if (!inQuirksMode() || !traits.quirky) {
        return null; // #the-unitless-length-quirk applies only in quirks mode
      }
      quirks = true;
    }
    if ((x.t === 'dimension' || x.t === 'percentage' || x.t === 'number') && x.n < 0 && traits.nonNegative) {
      return null;
    }
  }
  if (quirks) {
    nodes = nodes.map(function (x) {
      return x.t === 'number' && x.n !== 0 ? {t: 'dimension', n: x.n, unit: 'px'} : x;
    });
  }
  if (!partsValid(traits.parts, top)) {
    return null;
  }
  if (traits.colorOnly && !isColorValue(nodes)) {
    return null;
  }
  if (traits.colors > 0 && (top.length > traits.colors || !top.every(function (x) {
    return isColorValue([x]);
  }))) {
    return null; // CSS Backgrounds #border-color: one to four colors (CSS Logical: one or two)
  }
  if ((name === 'z-index' || name === 'order') && top.length === 1 && top[0].t === 'number' && !top[0].integer) {
    return null; // an <integer>
  }
  if (traits.opacity) {
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
  var ctx = {property: name, keepCase: traits.keepCase,
    zero: traits.zero, fontFamily: name === 'font-family' || name === 'font'};
  var writer = VALUE_WRITERS[name] || (traits.positions ? positionsValue : traits.box ? boxSidesValue : null);
  return writer !== null ? writer(nodes, ctx) : writeComponents(nodes, ctx); // css-shorthand-values.js
}

/**
 * Whether a value's keywords are the property's (css-keywords.js, as Chromium 156 takes them): a
 * value of one keyword (not a dashed ident, which names something a page defined) must be one of
 * them; a property that takes one keyword only takes no value of several.
 */
function keywordsValid(name, top) {
  var words = propertyKeywords(name);
  if (words === undefined) {
    return true;
  }
  if (top.length === 1 && top[0].t === 'ident' && top[0].value.substring(0, 2) !== '--') {
    var k = ' ' + top[0].value.toLowerCase() + ' ';
    return words.indexOf(k) >= 0 || (words.indexOf(' <color> ') >= 0 && isColorValue(top));
  }
  return top.length === 1 || ONE_KEYWORD_SET[name] !== true || !top.every(function (x) {
    return x.t === 'ident';
  });
}

/** A property's keywords (' a b '), or undefined for one css-keywords.js does not list. */
function propertyKeywords(name) {
  if (keywordsByName === null) {
    keywordsByName = {};
    for (var i = 0; i < KEYWORD_LINES.length; i += 2) {
      var words = ' ' + KEYWORD_LINES[i] + ' ';
      KEYWORD_LINES[i + 1].split(' ').forEach(function (property) {
        keywordsByName[property] = words;
      });
    }
    ONE_KEYWORD.split(' ').forEach(function (property) {
      ONE_KEYWORD_SET[property] = true;
    });
  }
  return Object.prototype.hasOwnProperty.call(keywordsByName, name) ? keywordsByName[name] : undefined;
}
var keywordsByName = null;
var ONE_KEYWORD_SET = {};

/** A length, percentage, number (a zero, or any in quirks mode) or math function, as a value's part. */
function isLengthPart(x) {
  return x.t === 'dimension' || x.t === 'percentage' || x.t === 'number'
      || (x.t === 'function' && /^(calc|min|max|clamp)$/i.test(x.name));
}

/** CSS Filter Effects #typedef-filter-function, and url() (#FilterProperty). */
var FILTER_FUNCTIONS = /^(blur|brightness|contrast|drop-shadow|grayscale|hue-rotate|invert|opacity|saturate|sepia|url)$/i;

/** What canonicalValue asks of a property's name, found once for each name. */
function propertyTraits(name) {
  if (Object.prototype.hasOwnProperty.call(traitsByName, name)) {
    return traitsByName[name];
  }
  var sidesOfColor = /^border(-block|-inline)?-color$/.exec(name);
  var t = {
    lengthOnly: LENGTH_ONLY.test(name),
    quirky: QUIRKY_LENGTH.test(name),
    nonNegative: NON_NEGATIVE.test(name),
    colorOnly: COLOR_ONLY.test(name),
    colors: sidesOfColor ? (sidesOfColor[1] ? 2 : 4) : 0, // CSS Backgrounds #border-color: one to four colors
    opacity: name === 'opacity' || /-opacity$/.test(name),
    keepCase: name === 'will-change' ? 'all' : KEPT_CASE.test(name) ? 'names' : null,
    zero: ZERO_LENGTH.test(name) ? 'px' : null,
    positions: POSITIONS.test(name),
    box: BOX_SHORTHANDS.test(name),
    parts: /^(margin|inset)(-(top|right|bottom|left|block|inline)(-(start|end))?)?$|^(top|right|bottom|left)$/.test(name)
      ? 'side' : /^padding(-(top|right|bottom|left|block|inline)(-(start|end))?)?$/.test(name) ? 'padding'
      : /^(border(-(top|right|bottom|left|block|inline)(-(start|end))?)?|outline)$/.test(name) ? 'border'
      : name === 'filter' || name === 'backdrop-filter' ? 'filter' : null
  };
  traitsByName[name] = t;
  return t;
}
var traitsByName = {};

/**
 * Whether each top-level part of a value is one the property's grammar has, for the properties
 * whose parts are checked (the rest of a grammar is not: display: bogus is kept): a box's sides
 * (CSS Box #margin-physical, #padding-physical, CSS Position #insets) lengths or auto; a border's
 * or an outline's (CSS Backgrounds #border-shorthands, CSS UI #outline) a width, a style or a color;
 * a filter's (CSS Filter Effects #FilterProperty) its functions or none. So the hacks of old sheets
 * for another engine (1px \9, alpha(opacity=65)) are dropped, as Chromium drops them.
 */
function partsValid(kind, top) {
  if (kind === 'side') {
    return top.every(function (x) {
      return isLengthPart(x) || (x.t === 'ident' && /^auto$/i.test(x.value));
    });
  }
  if (kind === 'padding') {
    return top.every(isLengthPart);
  }
  if (kind === 'border') {
    return top.length <= 3 && top.every(function (x) {
      return isLengthPart(x) || isColorValue([x])
          || (x.t === 'ident' && (/^(thin|medium|thick|auto)$/i.test(x.value)
              || BORDER_STYLES.indexOf(' ' + x.value.toLowerCase() + ' ') >= 0)); // computed-style.js
    });
  }
  if (kind === 'filter') {
    return (top.length === 1 && top[0].t === 'ident' && /^none$/i.test(top[0].value)) || top.every(function (x) {
      return x.t === 'url' || (x.t === 'function' && FILTER_FUNCTIONS.test(x.name));
    });
  }
  return true;
}

/**
 * One range of CSS Fonts #unicode-range-desc (CSS Syntax #urange) as Chromium 156 writes it: its
 * hex digits in upper case without leading zeros, a wildcard range (U+4??) as its first and last
 * code points; as written when it is not one.
 */
function unicodeRangeText(range) {
  var m = /^u\+([0-9a-f?]{1,6})(?:-([0-9a-f]{1,6}))?$/i.exec(range.trim());
  if (m === null || (m[2] !== undefined && m[1].indexOf('?') >= 0)) {
    return range.trim();
  }
  var hex = function (digits) {
    return parseInt(digits, 16).toString(16).toUpperCase();
  };
  if (m[1].indexOf('?') >= 0) {
    return 'U+' + hex(m[1].replace(/\?/g, '0')) + '-' + hex(m[1].replace(/\?/g, 'F'));
  }
  return 'U+' + hex(m[1]) + (m[2] === undefined ? '' : '-' + hex(m[2]));
}
