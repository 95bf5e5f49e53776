// computed-style.js: getComputedStyle() (CSSOM #dom-window-getcomputedstyle), a read-only, live
// CSSStyleDeclaration (style.js's interface) of an element's computed values, for a page with no
// layout. Each value comes from the element's cascaded declarations (its style attribute and the
// page's style sheets: cascade.js), a shorthand's or a logical property's (CSS Logical #box, for
// horizontal-tb ltr) included, with var() substituted (CSS Variables #substitute-a-var), else
// from the user-agent sheet (user-agent.css: HTML #rendering, with Chromium's form controls;
// userAgentValue), else from its parent in the flat tree for an inherited property (CSS Cascade
// #inheriting, CSS Scoping #flat-tree), else the property's initial value (medium's font size
// 13px for monospace text, as in Chromium), the values written as headless Chromium 156 writes them
// (colors as css-colors.js computes them, lengths in px with calc() resolved, times in s, font
// weights as numbers). A value is kept with its element until the tree or a sheet changes.
//
// Shorthands: margin, padding, inset, border and its parts, border-radius, transition, animation,
// overflow and the logical ones here; background, background-position, font, flex, flex-flow, gap,
// place-*, outline, list-style and text-decoration in computed-shorthands.js. Shadows, transforms,
// gradients and the background longhands' lists are the lazy module effects' (computed-effects.js,
// computed-images.js, computed-backgrounds.js); registered
// custom properties' syntaxes the lazy module propertysyntax's (css-property-syntax.js).
//
// Not done: layout, so a width or height is its computed value ("auto"), not the used one Chromium
// answers for a rendered element, and a percentage stays as written; the properties missing from
// COMPUTED_INITIAL (their value is "") and the other shorthands; values other than colors,
// lengths, times, font families and keywords stay as written; pseudo-elements (the second
// argument) give the element's own style.

/** The longhands given, with their initial values (CSS's, as Chromium 156 writes them) and '*' for inherited ones. */
var COMPUTED_INITIAL = {
  'accent-color': 'auto *', 'align-content': 'normal', 'align-items': 'normal',
  'align-self': 'auto', 'animation-delay': '0s', 'animation-direction': 'normal',
  'animation-duration': '0s', 'animation-fill-mode': 'none', 'animation-iteration-count': '1',
  'animation-name': 'none', 'animation-play-state': 'running',
  'animation-timing-function': 'ease', 'appearance': 'none', 'aspect-ratio': 'auto',
  'background-attachment': 'scroll', 'background-clip': 'border-box',
  'background-color': 'rgba(0, 0, 0, 0)', 'background-image': 'none',
  'background-origin': 'padding-box', 'background-position-x': '0%', 'background-position-y': '0%',
  'background-repeat': 'repeat', 'background-size': 'auto',
  'border-bottom-color': 'currentcolor', 'border-bottom-style': 'none',
  'border-bottom-left-radius': '0px', 'border-bottom-right-radius': '0px',
  'border-bottom-width': 'medium', 'border-collapse': 'separate *',
  'border-left-color': 'currentcolor', 'border-left-style': 'none', 'border-left-width': 'medium',
  'border-right-color': 'currentcolor', 'border-right-style': 'none',
  'border-right-width': 'medium', 'border-top-color': 'currentcolor', 'border-top-style': 'none',
  'border-top-left-radius': '0px', 'border-top-right-radius': '0px',
  'border-top-width': 'medium', 'border-image-outset': '0', 'border-image-repeat': 'stretch',
  'border-image-slice': '100%', 'border-image-source': 'none', 'border-image-width': '1', 'bottom': 'auto',
  'box-shadow': 'none', 'box-sizing': 'content-box',
  'caret-color': 'currentcolor *', 'clear': 'none', 'clip': 'auto', 'color': 'rgb(0, 0, 0) *',
  'color-scheme': 'normal *', 'column-gap': 'normal', 'column-rule-color': 'currentcolor',
  'column-rule-style': 'none', 'column-rule-width': 'medium', 'contain': 'none', 'content': 'normal',
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
  'right': 'auto', 'rotate': 'none', 'row-gap': 'normal', 'scale': 'none', 'scroll-behavior': 'auto', 'tab-size': '8 *',
  'table-layout': 'auto', 'text-align': 'start *', 'text-decoration-color': 'currentcolor', 'text-decoration-line': 'none',
  'text-decoration-style': 'solid', 'text-decoration-thickness': 'auto',
  'text-indent': '0px *', 'text-overflow': 'clip', 'text-shadow': 'none *',
  'text-transform': 'none *', 'top': 'auto', 'touch-action': 'auto', 'transform': 'none',
  'transition-behavior': 'normal', 'transition-delay': '0s', 'transition-duration': '0s', 'transition-property': 'all',
  'transition-timing-function': 'ease', 'translate': 'none', 'unicode-bidi': 'normal', 'user-select': 'auto',
  'vertical-align': 'baseline', 'visibility': 'visible *', 'white-space-collapse': 'collapse *',
  'text-wrap-mode': 'wrap *', 'text-wrap-style': 'auto *',
  'width': 'auto', 'will-change': 'auto', 'word-break': 'normal *', 'word-spacing': '0px *',
  'writing-mode': 'horizontal-tb *', 'z-index': 'auto'
};
var COMPUTED_NAMES = Object.keys(COMPUTED_INITIAL).sort();

var ABSOLUTE_PX = {px: 1, pt: 4 / 3, pc: 16, 'in': 96, cm: 96 / 2.54, mm: 96 / 25.4, q: 96 / 101.6};

/** A number as Chromium writes a computed length or time: at most 4 decimals, no trailing zeros. */
function cssNumber(n) {
  return String(Math.round(n * 10000) / 10000);
}

/** A length's computed value in px, relative lengths against the font sizes given; null if none. */
function computeLength(value, emPx) {
  if (/^calc\(/i.test(value)) {
    var calc = calcLength(value, emPx);
    return calc === null ? null : cssNumber(calc) + 'px';
  }
  var m = /^([+-]?(?:\d*\.\d+|\d+)(?:e[+-]?\d+)?)([a-z]*)$/i.exec(value);
  if (!m) {
    return null;
  }
  var px = lengthPx(Number(m[1]), m[2].toLowerCase(), emPx);
  return px === null ? null : cssNumber(px) + 'px';
}

/** n of a unit in px (unitless only for 0), or null for a unit this does not resolve. */
function lengthPx(n, unit, emPx) {
  return unit === '' ? (n === 0 ? 0 : null) : unit === 'em' ? n * emPx : unit === 'rem' ? n * 16
      : Object.prototype.hasOwnProperty.call(ABSOLUTE_PX, unit) ? n * ABSOLUTE_PX[unit] : null;
}

/**
 * CSS Values 4 #calc-func of lengths and numbers, resolved to px (#calc-computed-value): sums,
 * products and quotients, nested parentheses and calc(); null for anything else (a percentage,
 * which needs layout, another function, a type mismatch), whose text then stays as written.
 */
function calcLength(value, emPx) {
  var tokens = value.toLowerCase().match(/calc\(|[()*\/]|[+-]?(?:\d*\.\d+|\d+)(?:e[+-]?\d+)?[a-z%]*|[+-]|\S/g) || [];
  var p = 0;
  // A term is {n, length}: a number (length false) or a length in px.
  function sum() {
    var left = product();
    while (left !== null && (tokens[p] === '+' || tokens[p] === '-')) {
      var op = tokens[p++];
      var right = product();
      if (right === null || right.length !== left.length) {
        return null;
      }
      left = {n: op === '+' ? left.n + right.n : left.n - right.n, length: left.length};
    }
    return left;
  }
  function product() {
    var left = unit();
    while (left !== null && (tokens[p] === '*' || tokens[p] === '/')) {
      var op = tokens[p++];
      var right = unit();
      if (right === null || (op === '*' && left.length && right.length) || (op === '/' && (right.length || right.n === 0))) {
        return null;
      }
      left = {n: op === '*' ? left.n * right.n : left.n / right.n, length: left.length || right.length};
    }
    return left;
  }
  function unit() {
    var t = tokens[p++];
    if (t === '(' || t === 'calc(') {
      var inner = sum();
      return inner !== null && tokens[p++] === ')' ? inner : null;
    }
    var m = t === undefined ? null : /^([+-]?(?:\d*\.\d+|\d+)(?:e[+-]?\d+)?)([a-z%]*)$/.exec(t);
    if (m === null) {
      return null;
    }
    if (m[2] === '') {
      return {n: Number(m[1]), length: false};
    }
    var px = lengthPx(Number(m[1]), m[2], emPx);
    return px === null ? null : {n: px, length: true};
  }
  var result = sum();
  return result !== null && result.length && p === tokens.length ? result.n : null;
}

/** A time's computed value in seconds (CSS Values #time). */
function computeTime(value) {
  var m = /^([+-]?(?:\d*\.\d+|\d+))(s|ms)$/i.exec(value);
  return m ? cssNumber(Number(m[1]) / (m[2].toLowerCase() === 'ms' ? 1000 : 1)) + 's' : null;
}

/** A value's space-separated components, a function's arguments (calc(1px + 2px)) kept whole. */
function valueParts(value) {
  return (cssSplit(value, ' ') || value.split(' ')).filter(function (part) {
    return part !== '';
  });
}

/** The four sides a margin or padding shorthand sets, in top, right, bottom, left order. */
function boxSides(value) {
  var v = valueParts(value);
  if (v.length < 1 || v.length > 4) {
    return null;
  }
  return [v[0], v[1] || v[0], v[2] || v[0], v[3] || v[1] || v[0]];
}
var SIDES = ['top', 'right', 'bottom', 'left'];

/**
 * CSS Logical #box: the logical side of each physical one, for the only writing mode here
 * (horizontal-tb, ltr: the inline axis runs left to right, the block axis top to bottom).
 */
var LOGICAL_SIDE = {left: ['inline', 'start'], right: ['inline', 'end'], top: ['block', 'start'],
  bottom: ['block', 'end']};

/**
 * The element's declared value of a longhand: of its cascaded declarations that set it (itself,
 * a shorthand of it, or a logical property of the same side or corner: CSS Logical #box), the one
 * that comes last, which is the one that won (cascade.js puts each property where it won).
 * A custom property's value is as declared (computeValue substitutes its var()).
 */
function declaredValue(el, decls, name) {
  return lastSetting(decls, name, function (d) {
    return substitutedValue(el, d);
  }, true).value;
}

/**
 * A longhand's value in a declaration block (style.js), for CSSOM
 * #dom-cssstyledeclaration-getpropertyvalue and -getpropertypriority: of the block's
 * declarations that set it (itself or a shorthand of it; a logical property is a property of its
 * own there), the last, its part of a shorthand's value picked; a shorthand whose value has a
 * var() leaves its longhands "" (CSS Variables #variables-in-shorthands: pending substitution).
 * {value: null} when none sets it.
 */
function blockLonghand(decls, name) {
  return lastSetting(decls, name, function (d) {
    return d.name !== name && /var\(/i.test(d.value) ? '' : d.value;
  }, false);
}

/**
 * The last of the declarations that set a longhand, {declaration, value} (value null when none
 * does or its shorthand's value gives the longhand none); logical says whether the physical and
 * logical properties of a side or corner set each other (a cascaded list: CSS Logical #box).
 */
function lastSetting(decls, name, valueOf, logical) {
  var best = null;
  var value = null;
  function consider(property, pick) {
    // the later declaration, unless only the earlier is important (a block's, and the cascade's
    // order, where the important ones come after)
    var d = findDeclaration(decls, property);
    if (d !== null && (best === null || (d.important && !best.important)
        || (d.important === best.important && decls.indexOf(d) > decls.indexOf(best)))) {
      best = d;
      var v = valueOf(d);
      // a CSS-wide keyword in a shorthand is each longhand's (CSS Cascade #shorthand)
      value = pick === undefined || v === '' ? v : CSS_WIDE.test(v.trim()) ? v.trim() : pick(v);
    }
  }
  consider(name);
  var box = /^(margin|padding)-(top|right|bottom|left)$/.exec(name) || /^()(top|right|bottom|left)$/.exec(name);
  if (box) {
    var prefix = box[1] === '' ? 'inset' : box[1];
    var logicalSide = LOGICAL_SIDE[box[2]];
    consider(prefix, sidePicker(box[2]));
    if (logical) {
      consider(prefix + '-' + logicalSide[0] + '-' + logicalSide[1]);
      consider(prefix + '-' + logicalSide[0], pairPicker(logicalSide[1]));
    }
  }
  var logicalBox = /^(margin|padding|inset)-(block|inline)-(start|end)$/.exec(name);
  if (logicalBox && !logical) {
    consider(logicalBox[1] + '-' + logicalBox[2], pairPicker(logicalBox[3]));
  }
  var corner = /^border-(top|bottom)-(left|right)-radius$/.exec(name);
  if (corner) {
    // The shorthand's values run top-left, top-right, bottom-right, bottom-left, as box sides do.
    consider('border-radius', sidePicker(SIDES[['top left', 'top right', 'bottom right', 'bottom left']
        .indexOf(corner[1] + ' ' + corner[2])]));
    if (logical) {
      consider('border-' + LOGICAL_SIDE[corner[1]][1] + '-' + LOGICAL_SIDE[corner[2]][1] + '-radius');
    }
  }
  var border = /^border-(top|right|bottom|left)-(width|style|color)$/.exec(name);
  if (border) {
    var side = border[1];
    var part = border[2];
    var axis = LOGICAL_SIDE[side];
    var parts = borderPartPicker(side, part);
    consider('border-' + part, sidePicker(side));
    consider('border', parts);
    consider('border-' + side, parts);
    if (logical) {
      consider('border-' + axis[0] + '-' + axis[1] + '-' + part);
      consider('border-' + axis[0] + '-' + part, pairPicker(axis[1]));
      consider('border-' + axis[0] + '-' + axis[1], parts);
      consider('border-' + axis[0], parts);
    }
  }
  var logicalBorder = /^border-(block|inline)-(start|end)-(width|style|color)$/.exec(name);
  if (logicalBorder && !logical) {
    var edgeParts = borderPartPicker(logicalBorder[1] === 'block' ? 'top' : 'left', logicalBorder[3]);
    consider('border-' + logicalBorder[1] + '-' + logicalBorder[3], pairPicker(logicalBorder[2]));
    consider('border-' + logicalBorder[1] + '-' + logicalBorder[2], edgeParts);
    consider('border-' + logicalBorder[1], edgeParts);
  }
  var image = BORDER_IMAGE_LONGHANDS.indexOf(name); // computed-shorthands.js
  if (image >= 0) {
    // CSS Backgrounds #border-shorthands: border resets border-image
    consider('border', function () {
      return BORDER_IMAGE_INITIAL[image];
    });
    consider('border-image', function (v) {
      var longhands = borderImageLonghands(v);
      return longhands === null ? null : longhands[name];
    });
  }
  if (name === 'white-space-collapse' || name === 'text-wrap-mode') {
    // white-space kept whole (var()): its part
    consider('white-space', function (v) {
      return whiteSpaceParts(v)[name]; // computed-shorthands.js
    });
  }
  if (name === 'font-variant') {
    // a block keeps font and font-variant as their longhands (computed-shorthands.js); the cascade's
    // font-variant is the caps'
    consider('font-variant-caps');
  }
  if (/^column-rule-(width|style|color)$/.test(name)) {
    consider('column-rule', function (v) {
      return borderSideParts('column-rule')(v)[name];
    });
  }
  var motion = /^(transition|animation)-(.+)$/.exec(name);
  if (motion) {
    consider(motion[1], motionPicker(motion[1], motion[2]));
  }
  (LONGHAND_SHORTHANDS[name] || []).forEach(function (shorthand) {
    consider(shorthand, shorthandPicker(shorthand, name)); // computed-shorthands.js
  });
  if (name === 'overflow-x' || name === 'overflow-y') {
    consider('overflow', function (v) {
      var xy = valueParts(v);
      return name === 'overflow-x' ? xy[0] : xy[1] || xy[0];
    });
  }
  return {declaration: best, value: value};
}

/** The timing function keywords (CSS Easing #easing-functions). */
var TIMING_KEYWORDS = ' ease linear ease-in ease-out ease-in-out step-start step-end ';
/** css-animations #animation's keywords other than a name's, by longhand. */
var ANIMATION_KEYWORDS = {direction: ' normal reverse alternate alternate-reverse ',
  'fill-mode': ' none forwards backwards both ', 'play-state': ' running paused '};

/**
 * A transition (CSS Transitions #transition-shorthand-property) or animation (css-animations
 * #animation) shorthand's value for one longhand: each comma-separated item's, joined as a list.
 */
function motionPicker(shorthand, longhand) {
  return function (v) {
    if (MOTION_RESET[shorthand + '-' + longhand] !== undefined) {
      return MOTION_RESET[shorthand + '-' + longhand]; // computed-shorthands.js: reset, not listed
    }
    var items = cssSplit(v, ',');
    return items === null ? null : items.map(function (item) {
      return motionItem(shorthand, item)[longhand];
    }).join(', ');
  };
}

/**
 * One item of a transition or animation shorthand, by longhand: its first time the duration, its
 * second the delay; a timing function; for an animation, an iteration count and the keywords of
 * the longhands not yet given (#animation: before the name); what is left, the property or name.
 */
function motionItem(shorthand, item) {
  var out = shorthand === 'transition' ? {property: 'all', duration: '0s', 'timing-function': 'ease', delay: '0s',
    behavior: 'normal'}
      : {name: 'none', duration: '0s', 'timing-function': 'ease', delay: '0s', 'iteration-count': '1',
        direction: 'normal', 'fill-mode': 'none', 'play-state': 'running'};
  var times = 0;
  var given = {};
  valueParts(item).forEach(function (part) {
    var lower = part.toLowerCase();
    if ((computeTime(part) !== null || (shorthand === 'animation' && lower === 'auto' && times === 0)) && times < 2) {
      out[times++ === 0 ? 'duration' : 'delay'] = part;
      return;
    }
    if (TIMING_KEYWORDS.indexOf(' ' + lower + ' ') >= 0 || /^(cubic-bezier|steps|linear)\(/.test(lower)) {
      out['timing-function'] = part;
      return;
    }
    if (shorthand === 'transition' && (lower === 'normal' || lower === 'allow-discrete')) {
      out.behavior = lower; // CSS Transitions 2 #transition-behavior-property
      return;
    }
    if (shorthand === 'animation') {
      if (!given.count && (lower === 'infinite' || /^(\d*\.\d+|\d+)$/.test(part))) {
        out['iteration-count'] = part;
        given.count = true;
        return;
      }
      var keyword = Object.keys(ANIMATION_KEYWORDS).filter(function (k) {
        return !given[k] && ANIMATION_KEYWORDS[k].indexOf(' ' + lower + ' ') >= 0;
      })[0];
      if (keyword !== undefined) {
        out[keyword] = part;
        given[keyword] = true;
        return;
      }
    }
    out[shorthand === 'transition' ? 'property' : 'name'] = part;
  });
  return out;
}

/**
 * CSS Easing's serialization of a timing function: keywords lowercased, cubic-bezier()'s numbers
 * and steps()'s count as numbers, steps()'s default position (end, jump-end) left out.
 */
function easingValue(value) {
  return (cssSplit(value, ',') || [value]).map(function (f) {
    var m = /^(cubic-bezier|steps)\((.*)\)$/i.exec(f);
    if (m === null) {
      return /^[a-z-]+$/i.test(f) ? f.toLowerCase() : f;
    }
    var args = m[2].split(',').map(function (a) {
      return a.trim().toLowerCase();
    });
    if (m[1].toLowerCase() === 'steps') {
      return 'steps(' + args[0] + (args[1] === undefined || args[1] === 'end' || args[1] === 'jump-end' ? ''
          : ', ' + args[1]) + ')';
    }
    return 'cubic-bezier(' + args.map(function (a) {
      return cssNumber(Number(a));
    }).join(', ') + ')';
  }).join(', ');
}

/** A box shorthand's value (one to four) for a side (or null when it has more). */
function sidePicker(side) {
  return function (v) {
    var sides = boxSides(v);
    return sides === null ? null : sides[SIDES.indexOf(side)];
  };
}

/** A logical pair shorthand's value (one or two: start, end) for an edge. */
function pairPicker(edge) {
  return function (v) {
    var pair = valueParts(v);
    return pair.length > 2 ? null : edge === 'start' ? pair[0] : pair[1] || pair[0];
  };
}

/** A border shorthand's value for a part; a part it leaves out is that part's initial value. */
function borderPartPicker(side, part) {
  return function (v) {
    return borderSideParts('border-' + side)(v)['border-' + side + '-' + part]; // computed-shorthands.js
  };
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
 * The element whose values an element inherits (CSS Cascade #inheriting), its parent in the flat
 * tree (CSS Scoping #flat-tree): the slot it is assigned to, else its parent element, or the host
 * of the shadow root it is a child of; null for the root element.
 */
function inheritParent(el) {
  if (shadowsMayExist()) {
    var slot = host.domAssignedSlot(elementHandle(el));
    if (slot >= 0) {
      return nodeFor(slot);
    }
  }
  var p = nodeParent.call(el);
  if (p !== null && p[SLOT].kinds.indexOf('ShadowRoot') >= 0) {
    return nodeFor(host.domShadowHost(p[SLOT].handle));
  }
  return isElementNode(p) ? p : null;
}

/**
 * The declarations that apply to an element, in ascending precedence, each property once: its
 * style attribute's, and the style sheets' (cascade.js) on a page that has a style or link element
 * or a shadow tree (the css module loads then); each element's once in a read of a value.
 */
var cascadeMemo = null;
/** A read's key for the values kept (computedValue): the tree's and the sheets' versions. */
var readKey = '';
/** Whether the read cascaded a rule whose selector uses a state (cascade.js). */
var readUsedState = false;
var sheetsSeen = {version: -1, any: false};
function cascadeOf(el) {
  var h = elementHandle(el);
  if (cascadeMemo !== null && cascadeMemo[h] !== undefined) {
    return cascadeMemo[h];
  }
  var version = host.domVersion();
  if (sheetsSeen.version !== version) {
    sheetsSeen.version = version;
    sheetsSeen.any = loadedModules.css !== undefined || shadowsMayExist()
        || document.querySelector('style, link') !== null;
  }
  var decls = sheetsSeen.any ? loadModule('css').cascadedDeclarations(el) : declarationsFor(el);
  readUsedState = readUsedState || decls.usesState === true;
  if (cascadeMemo !== null) {
    cascadeMemo[h] = decls;
  }
  return decls;
}

/** The memo of the read of computed values under way (withCascadeMemo), else null. */
function readMemo() {
  return cascadeMemo;
}

/** Runs read with the cascade of each element it reads taken once (cascadeMemo). */
function withCascadeMemo(read) {
  if (cascadeMemo !== null) {
    return read();
  }
  cascadeMemo = {};
  readKey = host.domVersion() + ' ' + styleSheetsVersion;
  readUsedState = false;
  try {
    return read();
  } finally {
    cascadeMemo = null;
  }
}

/** The custom properties (by element handle and name) whose var() references are being substituted. */
var substituting = {};

/**
 * A declaration's value with var() substituted (CSS Variables #substitute-a-var; a shorthand's
 * before it is expanded: #variables-in-shorthands); one invalid at computed-value time is "unset",
 * for each longhand of a shorthand too (#invalid-at-computed-value-time). A custom property's
 * value is left as declared.
 */
function substitutedValue(el, d) {
  if (d.name.substring(0, 2) === '--' || !/var\(/i.test(d.value)) {
    return d.value;
  }
  var v = substituteVars(el, d.name, d.value);
  return v === null ? 'unset' : v;
}

/**
 * CSS Variables #substitute-a-var: the value with each var() replaced by its custom property's
 * computed value, or by its fallback (substituted too) where that is the guaranteed-invalid value;
 * null when neither is there, or a custom property refers to itself (#cycles): the declaration is
 * then invalid at computed-value time.
 */
function substituteVars(el, name, value) {
  var key = elementHandle(el) + ' ' + name;
  if (substituting[key]) {
    return null;
  }
  substituting[key] = true;
  try {
    return substitutedText(el, value);
  } finally {
    delete substituting[key];
  }
}

/** The text with each var() substituted (substituteVars), or null. */
function substitutedText(el, value) {
  var out = '';
  var from = 0;
  var re = /(^|[^\w-])var\(/gi;
  for (var m = re.exec(value); m !== null; m = re.exec(value)) {
    var open = m.index + m[0].length - 1;
    var close = Math.min(cssScan(value, open + 1, ')').end + 1, value.length);
    var inner = value.substring(open + 1, close - 1);
    var comma = cssScan(inner, 0, ',').end;
    var ref = inner.substring(0, comma).trim();
    var v = ref.substring(0, 2) === '--' ? computedValue(el, ref) : '';
    if (v === '') {
      v = comma < inner.length ? substitutedText(el, inner.substring(comma + 1).trim()) : null;
      if (v === null) {
        return null;
      }
    }
    out += value.substring(from, open - 3) + v;
    from = close;
    re.lastIndex = close;
  }
  return out + value.substring(from);
}

/**
 * The user-agent sheet's declared value of a property for an element, or null: an HTML element's
 * from user-agent.css (userAgentDeclarations); MathML Core #user-agent-stylesheet gives math
 * "math" ("block math" with display="block") and its other elements "block math", as Chromium 156
 * computes; an SVG element has the initial values.
 */
function userAgentValue(el, name) {
  var namespace = el[SLOT].namespace;
  if (namespace === HTML_NAMESPACE) {
    return declaredValue(el, userAgentDeclarations(el), name);
  }
  if (namespace !== MATHML_NAMESPACE || name !== 'display') {
    return null;
  }
  var display = host.domAttribute(elementHandle(el), 'display');
  return el[SLOT].localName === 'math' && (display === null || display.toLowerCase() !== 'block') ? 'math'
      : 'block math';
}

/**
 * Whether no declaration (an author's or the user agent's, inherit aside) sets the font size of the
 * element or of an element it inherits from: its size is then medium's.
 */
function fontSizeIsDefault(el) {
  var kept = keptValues(el);
  var known = kept.values[' default font size'];
  if (known === undefined) {
    var declared = declaredValue(el, cascadeOf(el), 'font-size');
    if (declared === null) {
      declared = userAgentValue(el, 'font-size');
    }
    var parent = inheritParent(el);
    known = (declared === null || declared.toLowerCase() === 'inherit') && (parent === null || fontSizeIsDefault(parent));
    if (!readUsedState) {
      kept.values[' default font size'] = known;
    }
  }
  return known;
}

/** The user-agent sheet's declaration blocks (by rule), from the host, and each one parsed once. */
var userAgentBlocks = null;
var userAgentParsed = [];

/** The elements whose disabled state a user-agent rule reads (HTML #concept-fe-disabled). */
var DISABLEABLE_TAGS = ' BUTTON INPUT SELECT TEXTAREA OPTGROUP OPTION FIELDSET ';

/**
 * The declarations of the user-agent sheet's rules that an HTML element matches (the host's
 * io.w3socket.engine.UserAgentStyles), each property once where its last rule put it; kept as its
 * values are.
 */
function userAgentDeclarations(el) {
  var kept = keptValues(el);
  var decls = kept.values[' user agent'];
  if (decls === undefined) {
    if (userAgentBlocks === null) {
      userAgentBlocks = host.cssUserAgentBlocks();
    }
    var disabled = DISABLEABLE_TAGS.indexOf(' ' + tagOf(el) + ' ') >= 0 && isActuallyDisabled(el);
    var rules = host.domUserAgentRules(elementHandle(el), disabled);
    var at = Object.create(null);
    var all = [];
    for (var i = 0; i < rules.length; i++) {
      var r = rules[i];
      if (userAgentParsed[r] === undefined) {
        userAgentParsed[r] = parseDeclarations(userAgentBlocks[r]);
      }
      userAgentParsed[r].forEach(function (d) {
        if (at[d.name] !== undefined) {
          all[at[d.name]] = null;
        }
        at[d.name] = all.length;
        all.push(d);
      });
    }
    decls = kept.values[' user agent'] = all.filter(function (d) {
      return d !== null;
    });
  }
  return decls;
}

/** CSS Display #blockify: the display of a flex or grid container's child. */
function blockify(display) {
  return display === 'inline' || display === 'inline-block' || display === 'list-item' ? 'block'
      : /^inline-/.test(display) ? display.substring(7) : display;
}

/**
 * #resolved-value of a property for a connected element, kept with the element until the tree or
 * a sheet changes (a value whose read cascaded a rule that uses a state, such as :focus, is not
 * kept).
 */
function computedValue(el, name) {
  var kept = keptValues(el);
  var value = kept.values[name];
  if (value === undefined) {
    value = computeValue(el, name);
    if (!readUsedState) {
      kept.values[name] = value;
    }
  }
  return value;
}

/** The values kept with an element for the read's key (computedValue, customNames). */
function keptValues(el) {
  var s = el[SLOT];
  if (!s.computedValues || s.computedValues.key !== readKey) {
    s.computedValues = {key: readKey, values: {}};
  }
  return s.computedValues;
}

/**
 * A property's value: the cascade of the element's declarations and the user-agent sheet,
 * inheritance, then the value computed.
 */
function computeValue(el, name) {
  var custom = name.substring(0, 2) === '--';
  if (custom) {
    return computeCustomValue(el, name);
  }
  var initial = COMPUTED_INITIAL[name];
  if (initial === undefined) {
    return '';
  }
  var inherited = / \*$/.test(initial);
  var parent = inheritParent(el);
  var declared = declaredValue(el, cascadeOf(el), name);
  var keyword = declared === null ? null : declared.toLowerCase();
  if (name === 'caret-color' && (declared === null || keyword === 'auto' || keyword === 'inherit'
      || keyword === 'unset' || keyword === 'initial')) {
    return computedValue(el, 'color'); // auto, inherited as auto, is the element's own color
  }
  if (declared === null) {
    declared = userAgentValue(el, name);
    keyword = declared === null ? null : declared.toLowerCase();
  }
  if (name === 'font-size' && fontSizeIsDefault(el)) {
    // CSS Fonts #font-size-prop: medium, which Chromium makes its default fixed size (13px) for an
    // element whose family is monospace alone
    return computedValue(el, 'font-family') === 'monospace' ? '13px' : '16px';
  }
  if (keyword === 'inherit' || (keyword === 'unset' && inherited)
      || (declared === null && inherited && parent !== null)) {
    return parent === null ? initial.replace(/ \*$/, '') : computedValue(parent, name);
  }
  if (declared === null && /^min-(width|height)$/.test(name) && parent !== null
      && /^(inline-)?(flex|grid)$/.test(computedValue(parent, 'display'))) {
    return 'auto'; // CSS Flexbox #min-size-auto: a flex or grid item's automatic minimum size
  }
  var value = declared === null || keyword === 'initial' || keyword === 'unset'
      ? initial.replace(/ \*$/, '') : declared;
  return computeDeclared(el, name, value, parent);
}

/**
 * A custom property's value (CSS Variables #defining-variables): its declared value with var()
 * substituted, inherited where none is declared. A registered one (css-property-rule.js) inherits
 * only if registered so, and has its syntax's computed value, its initial value where it has none
 * or one that does not match the syntax (css-properties-values-api #calculation-of-computed-values).
 */
function computeCustomValue(el, name) {
  var registration = loadedModules.css === undefined ? null : loadModule('css').registeredProperty(name);
  var inherited = registration === null || registration.inherits;
  var initial = registration === null || registration.initial === null ? '' : registration.initial;
  var parent = inheritParent(el);
  var declared = declaredValue(el, cascadeOf(el), name);
  if (declared !== null && /var\(/i.test(declared)) {
    declared = substituteVars(el, name, declared);
    if (declared === null) {
      // css-variables #invalid-at-computed-value-time: the guaranteed-invalid value, or for a
      // registered property, unset
      if (registration === null) {
        return '';
      }
      declared = 'unset';
    }
  }
  var keyword = declared === null ? null : declared.trim().toLowerCase();
  var computed = null;
  if (registration !== null && declared !== null && !/^(inherit|initial|unset)$/.test(keyword)) {
    computed = loadModule('propertysyntax').computeBySyntax(el, registration.syntax, declared);
    if (typeof computed !== 'string') {
      keyword = 'unset'; // not of its syntax: invalid at computed-value time
    }
  }
  if (keyword === 'inherit' || (keyword === 'unset' && inherited) || (declared === null && inherited)) {
    return parent === null ? initial : computedValue(parent, name);
  }
  if (declared === null || keyword === 'initial' || keyword === 'unset') {
    return initial; // CSS Variables #guaranteed-invalid: for an unregistered one, nothing
  }
  return registration === null ? declared.trim() : computed;
}

/** The properties the lazy module effects computes (their initial value, none, is computed). */
var EFFECT_PROPERTIES = ' box-shadow text-shadow translate rotate scale transform border-image-source ';

/** The background longhands whose values are lists of layers (computed-backgrounds.js). */
var BACKGROUND_LAYERED = ' background-image background-position-x background-position-y background-size '
    + 'background-repeat background-attachment background-origin background-clip ';

/** A declared (or initial) value made computed, as far as this module knows the property's type. */
function computeDeclared(el, name, value, parent) {
  if (/color$/.test(name)) {
    var lower = value.toLowerCase();
    if (lower === 'currentcolor' || (lower === 'auto' && name === 'caret-color')) {
      // CSS Color 4 #currentcolor-color: color's own value; for color itself, the parent's
      return name === 'color' ? (parent === null ? 'rgb(0, 0, 0)' : computedValue(parent, 'color'))
          : computedValue(el, 'color');
    }
    return computeColor(value) || value;
  }
  if (name === 'font-weight') {
    var weight = fontWeight(value, parent);
    if (weight !== null) {
      return weight;
    }
  }
  if (name === 'opacity' && /^[+-]?(\d*\.\d+|\d+)%?$/.test(value)) {
    // CSS Color 4 #transparency: a number, or a percentage of 1, clamped to [0, 1].
    var opacity = parseFloat(value) / (/%$/.test(value) ? 100 : 1);
    return cssNumber(Math.max(0, Math.min(1, opacity)));
  }
  if (/timing-function$/.test(name)) {
    return easingValue(value);
  }
  if (/(duration|delay)$/.test(name)) {
    return value.split(/\s*,\s*/).map(function (t) {
      // css-animations-2 #animation-duration: auto computes to 0s (Chromium 156: no timeline here)
      return computeTime(t) || (t === 'auto' ? '0s' : t);
    }).join(', ');
  }
  if (name === 'display' && parent !== null && /^(inline-)?(flex|grid)$/.test(computedValue(parent, 'display'))) {
    return blockify(value.toLowerCase());
  }
  var side = /^(border-(?:top|right|bottom|left)|outline|column-rule)-width$/.exec(name);
  if (side && /^border-/.test(side[1]) && /^(none|hidden)$/.test(computedValue(el, side[1] + '-style'))) {
    // CSS Backgrounds #border-width: absolute 0 when the style is none or hidden (an outline's and a
    // column rule's width stay: Chromium 156 keeps them)
    return '0px';
  }
  if (side && /^(thin|medium|thick)$/i.test(value)) {
    return {thin: '1px', medium: '3px', thick: '5px'}[value.toLowerCase()];
  }
  // the lazy module effects (computed-effects.js, computed-images.js, computed-backgrounds.js):
  // shadows, transforms, images, and the background longhands where not one layer's initial value
  var layered = BACKGROUND_LAYERED.indexOf(' ' + name + ' ') >= 0 && (value !== COMPUTED_INITIAL[name]
      || (name !== 'background-image' && computedValue(el, 'background-image').indexOf(',') >= 0));
  if (layered || (EFFECT_PROPERTIES.indexOf(' ' + name + ' ') >= 0 && value.toLowerCase() !== 'none')) {
    var effect = loadModule('effects').effectValue(el, name, value);
    if (effect !== null) {
      return effect;
    }
  }
  // computed-shorthands.js: the font longhands' values
  if (name === 'font-family') {
    return fontFamilyValue(value);
  }
  if (name === 'font-stretch' && Object.prototype.hasOwnProperty.call(FONT_STRETCH, value.toLowerCase())) {
    return FONT_STRETCH[value.toLowerCase()];
  }
  if (name === 'line-height') {
    return lineHeightValue(value, parseFloat(computedValue(el, 'font-size')));
  }
  if (name === 'font-size') {
    var size = fontSizeValue(value, parent === null ? 16 : parseFloat(computedValue(parent, 'font-size')));
    if (size !== null) {
      return size;
    }
  }
  if (!LENGTH_PROPERTY.test(name)) {
    return /^[a-z-]+$/i.test(value) ? value.toLowerCase() : value;
  }
  // An em is the element's font size (its parent's, for font-size), read only for a length in em.
  var emPx = !/\dem\b/i.test(value) ? 16
      : name === 'font-size' ? (parent === null ? 16 : parseFloat(computedValue(parent, 'font-size')))
      : parseFloat(computedValue(el, 'font-size'));
  var length = computeLength(value, emPx);
  if (length !== null) {
    return length;
  }
  return /^[a-z-]+$/i.test(value) ? value.toLowerCase() : value;
}

/**
 * CSS Fonts #font-weight-prop's computed value, a number: normal 400, bold 700, bolder and lighter
 * from the parent's weight (#relative-weights); null for another value.
 */
function fontWeight(value, parent) {
  var v = value.toLowerCase();
  if (v === 'normal' || v === 'bold') {
    return v === 'bold' ? '700' : '400';
  }
  if (v === 'bolder' || v === 'lighter') {
    var w = parent === null ? 400 : Number(computedValue(parent, 'font-weight'));
    return String(v === 'bolder' ? (w < 350 ? 400 : w < 550 ? 700 : w < 900 ? 900 : w)
        : (w < 100 ? w : w < 550 ? 100 : w < 750 ? 400 : 700));
  }
  return /^(\d*\.\d+|\d+)$/.test(v) ? cssNumber(Number(v)) : null;
}

/** The properties whose values are lengths (or keywords), computed to px. */
var LENGTH_PROPERTY = new RegExp('^(margin-|padding-|border-.*-width|border-.*-radius|outline-width|outline-offset|'
    + '(min-|max-)?(width|height)$|top|right|bottom|left|font-size|letter-spacing|word-spacing|'
    + 'text-indent|flex-basis|column-gap|row-gap|vertical-align|column-rule-width|text-decoration-thickness)');

/** The names a computed style lists: the longhands given here, then the custom properties set. */
function computedNames(el) {
  if (!nodeConnected.call(el)) {
    return [];
  }
  return withCascadeMemo(function () {
    var custom = customNames(el);
    return custom.length === 0 ? COMPUTED_NAMES : COMPUTED_NAMES.concat(custom);
  });
}

/**
 * The custom properties declared on the element or on an element it inherits from, sorted; kept
 * as its values are (computedValue).
 */
function customNames(el) {
  var kept = keptValues(el);
  var names = kept.values[' custom'];
  if (names === undefined) {
    var parent = inheritParent(el);
    // the registered properties with an initial value (css-property-rule.js) are listed everywhere
    names = parent !== null ? customNames(parent)
        : loadedModules.css === undefined ? [] : loadModule('css').registeredNames().sort();
    var own = [];
    cascadeOf(el).forEach(function (d) {
      if (d.name.substring(0, 2) === '--' && names.indexOf(d.name) < 0) {
        own.push(d.name);
      }
    });
    if (own.length > 0) {
      names = names.concat(own).sort();
    }
    if (!readUsedState) {
      kept.values[' custom'] = names;
    }
  }
  return names;
}

/** The computed value a getComputedStyle declaration answers ("" for an element not connected). */
function computedStyleValue(el, name) {
  if (!nodeConnected.call(el)) {
    return '';
  }
  return withCascadeMemo(function () {
    return connectedStyleValue(el, name);
  });
}

function connectedStyleValue(el, name) {
  if (name === 'line-height') {
    return resolvedLineHeight(el, computedValue(el, name));
  }
  var shorthand = shorthandValue(el, name); // computed-shorthands.js
  if (shorthand !== null) {
    return shorthand;
  }
  var m = /^(margin|padding|inset|border-radius)$/.exec(name);
  if (m) {
    var v = (m[1] === 'border-radius' ? RADII : SIDES).map(function (side) {
      return computedValue(el, m[1] === 'inset' ? side : m[1] === 'border-radius' ? side : m[1] + '-' + side);
    });
    return boxValue(v);
  }
  var physical = physicalOf(name);
  if (physical !== null) {
    return physical.length === 1 ? computedValue(el, physical[0])
        : pairValue(computedValue(el, physical[0]), computedValue(el, physical[1]));
  }
  var pair = name === 'overflow' ? ['overflow-x', 'overflow-y'] : name === 'gap' ? ['row-gap', 'column-gap']
      : null;
  if (pair !== null) {
    return pairValue(computedValue(el, pair[0]), computedValue(el, pair[1]));
  }
  return computedValue(el, name);
}

function pairValue(x, y) {
  return x === y ? x : x + ' ' + y;
}

/** The corners border-radius sets, in its order. */
var RADII = ['border-top-left-radius', 'border-top-right-radius', 'border-bottom-right-radius',
  'border-bottom-left-radius'];

/**
 * CSS Logical #box: the physical longhands a logical property reads (horizontal-tb, ltr), one
 * for a longhand, two (start, end) for a pair shorthand; null for a property that is not one.
 */
function physicalOf(name) {
  var m = /^(margin|padding|inset|border)-(inline|block)(?:-(start|end))?(-width|-style|-color)?$/.exec(name);
  if (m !== null) {
    var physical = (m[3] ? [m[3]] : ['start', 'end']).map(function (edge) {
      var side = Object.keys(LOGICAL_SIDE).filter(function (s) {
        return LOGICAL_SIDE[s][0] === m[2] && LOGICAL_SIDE[s][1] === edge;
      })[0];
      return m[1] === 'inset' ? side : m[1] + '-' + side + (m[4] || '');
    });
    return m[1] === 'border' && !m[4] ? null : physical;
  }
  var corner = /^border-(start|end)-(start|end)-radius$/.exec(name);
  return corner === null ? null
      : ['border-' + (corner[1] === 'start' ? 'top' : 'bottom') + '-' + (corner[2] === 'start' ? 'left' : 'right')
        + '-radius'];
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
