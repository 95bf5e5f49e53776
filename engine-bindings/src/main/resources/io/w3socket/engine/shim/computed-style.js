// computed-style.js: getComputedStyle() (CSSOM #dom-window-getcomputedstyle), a read-only, live
// CSSStyleDeclaration (style.js's interface) of an element's computed values, for a page with no
// style sheets and no layout. Each value comes from the element's style attribute, else from its
// parent for an inherited property (CSS Cascade #inheriting), else from a small user-agent sheet
// (the display of each HTML element, the hidden attribute, bold and italic elements, the body's
// margin: HTML #rendering), else the property's initial value, the values written as headless
// Chromium 156 writes them (colors as rgb(), lengths in px, times in s).
//
// Not done: style sheets; layout, so a width or height is its computed value ("auto"), not the used
// one Chromium answers for a rendered element; the properties missing from COMPUTED_INITIAL (their
// value is "") and every shorthand but margin, padding, inset, gap and overflow; values other than colors, lengths,
// times and keywords stay as written; pseudo-elements (the second argument) give the element's own
// style.

/** The longhands given, with their initial values (CSS's, as Chromium 156 writes them) and '*' for inherited ones. */
var COMPUTED_INITIAL = {
  'accent-color': 'auto *', 'align-content': 'normal', 'align-items': 'normal',
  'align-self': 'auto', 'animation-delay': '0s', 'animation-direction': 'normal',
  'animation-duration': '0s', 'animation-fill-mode': 'none', 'animation-iteration-count': '1',
  'animation-name': 'none', 'animation-play-state': 'running',
  'animation-timing-function': 'ease', 'appearance': 'none', 'aspect-ratio': 'auto',
  'background-attachment': 'scroll', 'background-clip': 'border-box',
  'background-color': 'rgba(0, 0, 0, 0)', 'background-image': 'none',
  'background-origin': 'padding-box', 'background-repeat': 'repeat', 'background-size': 'auto',
  'border-bottom-color': 'currentcolor', 'border-bottom-style': 'none',
  'border-bottom-width': 'medium', 'border-collapse': 'separate *',
  'border-left-color': 'currentcolor', 'border-left-style': 'none', 'border-left-width': 'medium',
  'border-right-color': 'currentcolor', 'border-right-style': 'none',
  'border-right-width': 'medium', 'border-top-color': 'currentcolor', 'border-top-style': 'none',
  'border-top-width': 'medium', 'bottom': 'auto', 'box-shadow': 'none', 'box-sizing': 'content-box',
  'caret-color': 'currentcolor *', 'clear': 'none', 'clip': 'auto', 'color': 'rgb(0, 0, 0) *',
  'color-scheme': 'normal *', 'column-gap': 'normal', 'contain': 'none', 'content': 'normal',
  'counter-increment': 'none', 'counter-reset': 'none', 'cursor': 'auto *',
  'direction': 'ltr *', 'display': 'inline', 'empty-cells': 'show *', 'filter': 'none',
  'flex-basis': 'auto', 'flex-direction': 'row', 'flex-grow': '0', 'flex-shrink': '1',
  'flex-wrap': 'nowrap', 'float': 'none', 'font-family': '"Times New Roman" *',
  'font-size': '16px *', 'font-stretch': '100% *', 'font-style': 'normal *',
  'font-variant': 'normal *', 'font-weight': '400 *', 'height': 'auto', 'hyphens': 'manual *',
  'isolation': 'auto', 'justify-content': 'normal', 'justify-items': 'normal',
  'justify-self': 'auto', 'left': 'auto', 'letter-spacing': 'normal *',
  'line-height': 'normal *', 'list-style-image': 'none *', 'list-style-position': 'outside *',
  'list-style-type': 'disc *', 'margin-bottom': '0px', 'margin-left': '0px',
  'margin-right': '0px', 'margin-top': '0px', 'max-height': 'none', 'max-width': 'none',
  'min-height': '0px', 'min-width': '0px', 'mix-blend-mode': 'normal', 'object-fit': 'fill',
  'opacity': '1', 'order': '0', 'outline-color': 'currentcolor', 'outline-offset': '0px',
  'outline-style': 'none', 'outline-width': 'medium', 'overflow-wrap': 'normal *',
  'overflow-x': 'visible', 'overflow-y': 'visible', 'padding-bottom': '0px',
  'padding-left': '0px', 'padding-right': '0px', 'padding-top': '0px',
  'pointer-events': 'auto *', 'position': 'static', 'quotes': 'auto *', 'resize': 'none',
  'right': 'auto', 'row-gap': 'normal', 'scroll-behavior': 'auto', 'tab-size': '8 *',
  'table-layout': 'auto', 'text-align': 'start *', 'text-decoration-line': 'none',
  'text-indent': '0px *', 'text-overflow': 'clip', 'text-shadow': 'none *',
  'text-transform': 'none *', 'top': 'auto', 'touch-action': 'auto', 'transform': 'none',
  'transition-delay': '0s', 'transition-duration': '0s', 'transition-property': 'all',
  'transition-timing-function': 'ease', 'unicode-bidi': 'normal', 'user-select': 'auto',
  'vertical-align': 'baseline', 'visibility': 'visible *', 'white-space': 'normal *',
  'width': 'auto', 'will-change': 'auto', 'word-break': 'normal *', 'word-spacing': '0px *',
  'writing-mode': 'horizontal-tb *', 'z-index': 'auto'
};
var COMPUTED_NAMES = Object.keys(COMPUTED_INITIAL).sort();

/** HTML #rendering: the elements the user-agent sheet gives a display other than inline. */
var UA_DISPLAY = {
  block: 'html body address blockquote center dialog div figure figcaption footer form header '
      + 'hr legend listing main p plaintext pre search xmp article aside h1 h2 h3 h4 h5 h6 hgroup '
      + 'nav section dir dd dl dt menu ol ul fieldset details summary optgroup',
  none: 'area base basefont datalist head link meta noembed noframes param rp script style '
      + 'template title',
  'list-item': 'li', table: 'table', 'table-caption': 'caption', 'table-column-group': 'colgroup',
  'table-column': 'col', 'table-header-group': 'thead', 'table-row-group': 'tbody',
  'table-footer-group': 'tfoot', 'table-row': 'tr', 'table-cell': 'td th',
  'inline-block': 'button input select textarea meter progress marquee', ruby: 'ruby',
  'ruby-text': 'rt'
};
var UA_DISPLAY_OF = {};
Object.keys(UA_DISPLAY).forEach(function (display) {
  UA_DISPLAY[display].split(' ').forEach(function (tag) {
    UA_DISPLAY_OF[tag] = display;
  });
});
/** HTML #bidi-rendering: the elements the user-agent sheet isolates. */
var UA_ISOLATE = ' address blockquote center div figure figcaption footer form header hr legend '
    + 'listing main p plaintext pre search summary xmp article aside h1 h2 h3 h4 h5 h6 hgroup nav '
    + 'section table caption colgroup col thead tbody tfoot tr td th dir dd dl dt menu ol ul li bdi '
    + 'output ';
var UA_BOLD = ' b strong th h1 h2 h3 h4 h5 h6 ';
var UA_ITALIC = ' i em cite var dfn address ';

/** CSS Color 4 #named-colors, each followed by its hex value. */
var NAMED_COLORS = ('aliceblue f0f8ff antiquewhite faebd7 aqua 00ffff aquamarine 7fffd4 azure f0ffff '
    + 'beige f5f5dc bisque ffe4c4 black 000000 blanchedalmond ffebcd blue 0000ff blueviolet 8a2be2 '
    + 'brown a52a2a burlywood deb887 cadetblue 5f9ea0 chartreuse 7fff00 chocolate d2691e coral '
    + 'ff7f50 cornflowerblue 6495ed cornsilk fff8dc crimson dc143c cyan 00ffff darkblue 00008b '
    + 'darkcyan 008b8b darkgoldenrod b8860b darkgray a9a9a9 darkgreen 006400 darkgrey a9a9a9 '
    + 'darkkhaki bdb76b darkmagenta 8b008b darkolivegreen 556b2f darkorange ff8c00 darkorchid '
    + '9932cc darkred 8b0000 darksalmon e9967a darkseagreen 8fbc8f darkslateblue 483d8b '
    + 'darkslategray 2f4f4f darkslategrey 2f4f4f darkturquoise 00ced1 darkviolet 9400d3 deeppink '
    + 'ff1493 deepskyblue 00bfff dimgray 696969 dimgrey 696969 dodgerblue 1e90ff firebrick b22222 '
    + 'floralwhite fffaf0 forestgreen 228b22 fuchsia ff00ff gainsboro dcdcdc ghostwhite f8f8ff gold '
    + 'ffd700 goldenrod daa520 gray 808080 green 008000 greenyellow adff2f grey 808080 honeydew '
    + 'f0fff0 hotpink ff69b4 indianred cd5c5c indigo 4b0082 ivory fffff0 khaki f0e68c lavender '
    + 'e6e6fa lavenderblush fff0f5 lawngreen 7cfc00 lemonchiffon fffacd lightblue add8e6 lightcoral '
    + 'f08080 lightcyan e0ffff lightgoldenrodyellow fafad2 lightgray d3d3d3 lightgreen 90ee90 '
    + 'lightgrey d3d3d3 lightpink ffb6c1 lightsalmon ffa07a lightseagreen 20b2aa lightskyblue '
    + '87cefa lightslategray 778899 lightslategrey 778899 lightsteelblue b0c4de lightyellow ffffe0 '
    + 'lime 00ff00 limegreen 32cd32 linen faf0e6 magenta ff00ff maroon 800000 mediumaquamarine '
    + '66cdaa mediumblue 0000cd mediumorchid ba55d3 mediumpurple 9370db mediumseagreen 3cb371 '
    + 'mediumslateblue 7b68ee mediumspringgreen 00fa9a mediumturquoise 48d1cc mediumvioletred '
    + 'c71585 midnightblue 191970 mintcream f5fffa mistyrose ffe4e1 moccasin ffe4b5 navajowhite '
    + 'ffdead navy 000080 oldlace fdf5e6 olive 808000 olivedrab 6b8e23 orange ffa500 orangered '
    + 'ff4500 orchid da70d6 palegoldenrod eee8aa palegreen 98fb98 paleturquoise afeeee '
    + 'palevioletred db7093 papayawhip ffefd5 peru cd853f pink ffc0cb plum dda0dd powderblue '
    + 'b0e0e6 purple 800080 rebeccapurple 663399 red ff0000 rosybrown bc8f8f royalblue 4169e1 '
    + 'saddlebrown 8b4513 salmon fa8072 sandybrown f4a460 seagreen 2e8b57 seashell fff5ee sienna '
    + 'a0522d silver c0c0c0 skyblue 87ceeb slateblue 6a5acd slategray 708090 slategrey 708090 snow '
    + 'fffafa springgreen 00ff7f steelblue 4682b4 tan d2b48c teal 008080 thistle d8bfd8 tomato '
    + 'ff6347 turquoise 40e0d0 violet ee82ee wheat f5deb3 white ffffff whitesmoke f5f5f5 yellow '
    + 'ffff00 yellowgreen 9acd32').split(' ');
var NAMED_COLOR = {};
for (var nc = 0; nc < NAMED_COLORS.length; nc += 2) {
  NAMED_COLOR[NAMED_COLORS[nc]] = NAMED_COLORS[nc + 1];
}

/** CSS Color 4 #serializing-sRGB-values: rgb() when opaque, else rgba() with alpha to 3 decimals. */
function serializeRgb(r, g, b, a) {
  var c = [r, g, b].map(function (x) {
    return Math.round(Math.max(0, Math.min(255, x)));
  }).join(', ');
  if (a >= 1) {
    return 'rgb(' + c + ')';
  }
  return 'rgba(' + c + ', ' + String(Math.round(Math.max(0, a) * 1000) / 1000) + ')';
}

/** A color's computed value (hex, named, rgb()/rgba(), transparent), or null for another value. */
function computeColor(value, currentColor) {
  var v = value.toLowerCase();
  if (v === 'currentcolor') {
    return currentColor;
  }
  if (v === 'transparent') {
    return 'rgba(0, 0, 0, 0)';
  }
  var hex = Object.prototype.hasOwnProperty.call(NAMED_COLOR, v) ? NAMED_COLOR[v]
      : /^#([0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})$/.test(v) ? v.substring(1) : null;
  if (hex !== null) {
    if (hex.length <= 4) {
      hex = hex.replace(/./g, '$&$&');
    }
    var n = function (i) {
      return parseInt(hex.substring(i, i + 2), 16);
    };
    return serializeRgb(n(0), n(2), n(4), hex.length === 8 ? n(6) / 255 : 1);
  }
  var m = /^rgba?\((.*)\)$/.exec(v);
  if (m) {
    var parts = m[1].split(/\s*[,/]\s*|\s+/);
    if (parts.length === 3 || parts.length === 4) {
      var channel = function (p, max) {
        return /%$/.test(p) ? parseFloat(p) * max / 100 : parseFloat(p);
      };
      var rgb = [channel(parts[0], 255), channel(parts[1], 255), channel(parts[2], 255)];
      var alpha = parts.length === 4 ? channel(parts[3], 1) : 1;
      if (rgb.concat([alpha]).every(function (x) {
        return x === x;
      })) {
        return serializeRgb(rgb[0], rgb[1], rgb[2], alpha);
      }
    }
  }
  return null;
}

var ABSOLUTE_PX = {px: 1, pt: 4 / 3, pc: 16, 'in': 96, cm: 96 / 2.54, mm: 96 / 25.4, q: 96 / 101.6};

/** A number as Chromium writes a computed length or time: at most 4 decimals, no trailing zeros. */
function cssNumber(n) {
  return String(Math.round(n * 10000) / 10000);
}

/** A length's computed value in px, relative lengths against the font sizes given; null if none. */
function computeLength(value, emPx) {
  var m = /^([+-]?(?:\d*\.\d+|\d+)(?:e[+-]?\d+)?)([a-z]*)$/i.exec(value);
  if (!m) {
    return null;
  }
  var n = Number(m[1]);
  var unit = m[2].toLowerCase();
  var px = unit === '' ? (n === 0 ? 0 : null) : unit === 'em' ? n * emPx : unit === 'rem' ? n * 16
      : Object.prototype.hasOwnProperty.call(ABSOLUTE_PX, unit) ? n * ABSOLUTE_PX[unit] : null;
  return px === null ? null : cssNumber(px) + 'px';
}

/** A time's computed value in seconds (CSS Values #time). */
function computeTime(value) {
  var m = /^([+-]?(?:\d*\.\d+|\d+))(s|ms)$/i.exec(value);
  return m ? cssNumber(Number(m[1]) / (m[2].toLowerCase() === 'ms' ? 1000 : 1)) + 's' : null;
}

/** The four sides a margin or padding shorthand sets, in top, right, bottom, left order. */
function boxSides(value) {
  var v = value.split(' ');
  if (v.length < 1 || v.length > 4) {
    return null;
  }
  return [v[0], v[1] || v[0], v[2] || v[0], v[3] || v[1] || v[0]];
}
var SIDES = ['top', 'right', 'bottom', 'left'];

/** The element's declared value of a longhand (its style attribute, margin/padding expanded). */
function declaredValue(decls, name) {
  var own = findDeclaration(decls, name);
  var m = /^(margin|padding)-(top|right|bottom|left)$/.exec(name);
  if (m) {
    var shorthand = findDeclaration(decls, m[1]);
    if (shorthand !== null && (own === null || decls.indexOf(shorthand) > decls.indexOf(own))) {
      var sides = boxSides(shorthand.value);
      return sides === null ? null : sides[SIDES.indexOf(m[2])];
    }
  }
  var border = /^border-(top|right|bottom|left)-(width|style|color)$/.exec(name);
  if (border) {
    return borderValue(decls, own, border[1], border[2]);
  }
  if (name === 'overflow-x' || name === 'overflow-y') {
    var overflow = findDeclaration(decls, 'overflow');
    if (overflow !== null && (own === null || decls.indexOf(overflow) > decls.indexOf(own))) {
      var xy = overflow.value.split(' ');
      return name === 'overflow-x' ? xy[0] : xy[1] || xy[0];
    }
  }
  return own === null ? null : own.value;
}

var nodeParent = Object.getOwnPropertyDescriptor(Node.prototype, 'parentNode').get;
var nodeConnected = Object.getOwnPropertyDescriptor(Node.prototype, 'isConnected').get;

var BORDER_STYLES = ' none hidden dotted dashed solid double groove ridge inset outset ';

/** Which of a border's width, style and color one value of a border shorthand is. */
function borderPart(v) {
  return BORDER_STYLES.indexOf(' ' + v.toLowerCase() + ' ') >= 0 ? 'style'
      : /^(thin|medium|thick)$/i.test(v) || computeLength(v, 16) !== null ? 'width' : 'color';
}

/**
 * A border longhand's declared value: the last of it, border-SIDE, border-PART (one to four
 * sides) and border (CSS Backgrounds #the-border-shorthands) set; a shorthand's part left out is
 * its initial value.
 */
function borderValue(decls, own, side, part) {
  var best = own;
  var value = own === null ? null : own.value;
  function consider(d, v) {
    if (d !== null && (best === null || decls.indexOf(d) > decls.indexOf(best))) {
      best = d;
      value = v;
    }
  }
  function fromShorthand(d) {
    if (d === null) {
      return null;
    }
    var found = null;
    d.value.split(' ').forEach(function (v) {
      if (borderPart(v) === part) {
        found = v;
      }
    });
    return found !== null ? found : COMPUTED_INITIAL['border-' + side + '-' + part].replace(/ \*$/, '');
  }
  var sides = findDeclaration(decls, 'border-' + part);
  consider(sides, sides === null ? null : (boxSides(sides.value) || [])[SIDES.indexOf(side)] || null);
  var whole = findDeclaration(decls, 'border');
  consider(whole, fromShorthand(whole));
  var one = findDeclaration(decls, 'border-' + side);
  consider(one, fromShorthand(one));
  return value;
}

/** The parent element whose values an element inherits (CSS Cascade #inheriting), or null. */
function inheritParent(el) {
  var p = nodeParent.call(el);
  return isElementNode(p) ? p : null;
}

/** The user-agent sheet's value of a property for an element, or null. */
function userAgentValue(el, name) {
  var h = elementHandle(el);
  var namespace = el[SLOT].namespace;
  if (namespace !== HTML_NAMESPACE) {
    // HTML #rendering's sheets are for the HTML namespace; MathML Core #user-agent-stylesheet
    // gives math "math" ("block math" with display="block") and its other elements "block math",
    // as Chromium 156 computes; an SVG element has the initial values.
    if (namespace !== MATHML_NAMESPACE || name !== 'display') {
      return null;
    }
    var display = host.domAttribute(h, 'display');
    return el[SLOT].localName === 'math' && (display === null || display.toLowerCase() !== 'block') ? 'math'
        : 'block math';
  }
  var tag = el[SLOT].localName;
  switch (name) {
    case 'display':
      return host.domAttribute(h, 'hidden') !== null ? 'none' : UA_DISPLAY_OF[tag] || null;
    case 'font-weight':
      return UA_BOLD.indexOf(' ' + tag + ' ') >= 0 ? '700' : null;
    case 'font-style':
      return UA_ITALIC.indexOf(' ' + tag + ' ') >= 0 ? 'italic' : null;
    case 'margin-top': case 'margin-right': case 'margin-bottom': case 'margin-left':
      return tag === 'body' ? '8px' : null;
    case 'unicode-bidi':
      return UA_ISOLATE.indexOf(' ' + tag + ' ') >= 0 ? 'isolate' : null;
    default:
      return null;
  }
}

/** CSS Display #blockify: the display of a flex or grid container's child. */
function blockify(display) {
  return display === 'inline' || display === 'inline-block' || display === 'list-item' ? 'block'
      : /^inline-/.test(display) ? display.substring(7) : display;
}

/**
 * #resolved-value of a property for a connected element: the cascade of its style attribute and
 * the user-agent sheet, inheritance, then the value computed.
 */
function computedValue(el, name) {
  var custom = name.substring(0, 2) === '--';
  var initial = custom ? null : COMPUTED_INITIAL[name];
  if (!custom && initial === undefined) {
    return '';
  }
  var inherited = custom || / \*$/.test(initial);
  var parent = inheritParent(el);
  var declared = declaredValue(declarationsFor(el), name);
  var keyword = declared === null ? null : declared.toLowerCase();
  if (name === 'caret-color' && (declared === null || keyword === 'auto' || keyword === 'inherit'
      || keyword === 'unset' || keyword === 'initial')) {
    return computedValue(el, 'color'); // auto, inherited as auto, is the element's own color
  }
  if (declared === null && !custom) {
    declared = userAgentValue(el, name);
    keyword = declared;
  }
  if (keyword === 'inherit' || (keyword === 'unset' && inherited)
      || (declared === null && inherited && parent !== null)) {
    return parent === null ? (custom ? '' : initial.replace(/ \*$/, '')) : computedValue(parent, name);
  }
  if (custom) {
    // CSS Variables #guaranteed-invalid: initial (or nothing) is no value.
    return declared === null || keyword === 'initial' ? '' : declared;
  }
  if (declared === null && /^min-(width|height)$/.test(name) && parent !== null
      && /^(inline-)?(flex|grid)$/.test(computedValue(parent, 'display'))) {
    return 'auto'; // CSS Flexbox #min-size-auto: a flex or grid item's automatic minimum size
  }
  var value = declared === null || keyword === 'initial' || keyword === 'unset'
      ? initial.replace(/ \*$/, '') : declared;
  return computeDeclared(el, name, value, parent);
}

/** A declared (or initial) value made computed, as far as this module knows the property's type. */
function computeDeclared(el, name, value, parent) {
  if (/color$/.test(name)) {
    var currentColor = name === 'color' ? (parent === null ? 'rgb(0, 0, 0)' : computedValue(parent, 'color'))
        : computedValue(el, 'color');
    if (value === 'auto' && name === 'caret-color') {
      return currentColor;
    }
    return computeColor(value, currentColor) || value;
  }
  if (name === 'opacity' && /^[+-]?(\d*\.\d+|\d+)$/.test(value)) {
    return cssNumber(Math.max(0, Math.min(1, Number(value))));
  }
  if (/(duration|delay)$/.test(name)) {
    return value.split(/\s*,\s*/).map(function (t) {
      return computeTime(t) || t;
    }).join(', ');
  }
  if (name === 'display' && parent !== null && /^(inline-)?(flex|grid)$/.test(computedValue(parent, 'display'))) {
    return blockify(value.toLowerCase());
  }
  var side = /^(border-(?:top|right|bottom|left)|outline)-width$/.exec(name);
  if (side && /^(none|hidden)$/.test(computedValue(el, side[1] + '-style'))) {
    return '0px'; // CSS Backgrounds #border-width: absolute 0 when the style is none or hidden
  }
  if (side && /^(thin|medium|thick)$/i.test(value)) {
    return {thin: '1px', medium: '3px', thick: '5px'}[value.toLowerCase()];
  }
  if (!LENGTH_PROPERTY.test(name)) {
    return /^[a-z-]+$/i.test(value) ? value.toLowerCase() : value;
  }
  var emPx = name === 'font-size' ? (parent === null ? 16 : parseFloat(computedValue(parent, 'font-size')))
      : parseFloat(computedValue(el, 'font-size'));
  var length = computeLength(value, emPx);
  if (length !== null) {
    return length;
  }
  return /^[a-z-]+$/i.test(value) ? value.toLowerCase() : value;
}

/** The properties whose values are lengths (or keywords), computed to px. */
var LENGTH_PROPERTY = new RegExp('^(margin-|padding-|border-.*-width|outline-width|outline-offset|'
    + '(min-|max-)?(width|height)$|top|right|bottom|left|font-size|letter-spacing|word-spacing|'
    + 'text-indent|flex-basis|column-gap|row-gap)');

/** The names a computed style lists: the longhands given here, then the custom properties set. */
function computedNames(el) {
  if (!nodeConnected.call(el)) {
    return [];
  }
  var custom = [];
  for (var e = el; e !== null; e = inheritParent(e)) {
    declarationsFor(e).forEach(function (d) {
      if (d.name.substring(0, 2) === '--' && custom.indexOf(d.name) < 0) {
        custom.push(d.name);
      }
    });
  }
  return COMPUTED_NAMES.concat(custom.sort());
}

/** The computed value a getComputedStyle declaration answers ("" for an element not connected). */
function computedStyleValue(el, name) {
  if (!nodeConnected.call(el)) {
    return '';
  }
  var m = /^(margin|padding|inset)$/.exec(name);
  if (m) {
    var v = SIDES.map(function (side) {
      return computedValue(el, m[1] === 'inset' ? side : m[1] + '-' + side);
    });
    return v[1] === v[3] ? (v[0] === v[2] ? (v[0] === v[1] ? v[0] : v[0] + ' ' + v[1])
        : v.slice(0, 3).join(' ')) : v.join(' ');
  }
  var pair = name === 'overflow' ? ['overflow-x', 'overflow-y'] : name === 'gap' ? ['row-gap', 'column-gap']
      : null;
  if (pair !== null) {
    var x = computedValue(el, pair[0]);
    var y = computedValue(el, pair[1]);
    return x === y ? x : x + ' ' + y;
  }
  return computedValue(el, name);
}

/** #dom-window-getcomputedstyle: a new live, read-only declaration of the element's computed values. */
function getComputedStyle(elt) {
  requireArgs(arguments, 1, "execute 'getComputedStyle' on 'Window'");
  if (!isElementNode(elt)) {
    throw new TypeError("Failed to execute 'getComputedStyle' on 'Window': parameter 1 is not of type 'Element'.");
  }
  if (arguments.length > 1 && arguments[1] !== undefined && arguments[1] !== null) {
    toDOMString(arguments[1]);
  }
  var style = makeIndexed(CSSStyleDeclaration.prototype, 'CSSStyleDeclaration', function () {
    return computedNames(elt);
  }, true);
  style[SLOT].element = elt;
  style[SLOT].computed = true;
  return style;
}

exposed.getComputedStyle = getComputedStyle;
