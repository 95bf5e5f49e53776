// computed-shorthands.js (lazy module style): shorthands for getComputedStyle (computed-style.js)
// both ways. Declared, each sets its longhands (declaredValue reads a longhand from them): font
// (CSS Fonts #font-prop), flex and flex-flow (CSS Flexbox #flex-property, #flex-flow-property),
// gap (CSS Box Alignment #gap-shorthand), place-items, place-content and place-self (#place-items-property
// and the others), outline (CSS UI #outline), list-style (CSS Lists #list-style-property),
// text-decoration (CSS Text Decoration #text-decoration-property), border-image (CSS Backgrounds
// #border-image), column-rule (CSS Multicol #column-rule). Read, each answers its longhands'
// computed values as Chromium 156 writes them, with those and border's (#border-shorthands) and its
// sides', widths', styles' and colors'. BLOCK_SHORTHANDS: the shorthands a declaration block keeps
// as their longhands (style.js), and how it writes them back.
//
// Not done: font's system font keywords (caption, menu...), which set nothing here; a place-*
// value of more than one word per axis (first baseline, safe center).

/** CSS Fonts #font-stretch-prop's keywords and the percentages they compute to. */
var FONT_STRETCH = {'ultra-condensed': '50%', 'extra-condensed': '62.5%', condensed: '75%',
  'semi-condensed': '87.5%', normal: '100%', 'semi-expanded': '112.5%', expanded: '125%',
  'extra-expanded': '150%', 'ultra-expanded': '200%'};

/** CSS Fonts #absolute-size-mapping, as Chromium 156 computes the keywords (medium 16px). */
var FONT_SIZE_KEYWORDS = {'xx-small': 9, 'x-small': 10, small: 13, medium: 16, large: 18, 'x-large': 24,
  'xx-large': 32, 'xxx-large': 48};

/** CSS Fonts #generic-font-families: written unquoted, in lower case. */
var GENERIC_FAMILIES = ' serif sans-serif monospace cursive fantasy system-ui ui-serif ui-sans-serif '
    + 'ui-monospace ui-rounded math emoji fangsong ';

var CSS_WIDE = /^(inherit|initial|unset|revert|revert-layer)$/i;

/**
 * CSS Fonts #font-prop: the longhands a font shorthand sets (those it leaves out reset to their
 * initial values), or null where it does not parse: style, variant, weight and stretch in any
 * order (normal for any of them), then a size, an optional / line-height and the families.
 */
function fontLonghands(v) {
  var out = {'font-style': 'normal', 'font-variant': 'normal', 'font-weight': 'normal', 'font-stretch': 'normal',
    'line-height': 'normal'};
  var parts = valueParts(v);
  var i = 0;
  for (; i < parts.length; i++) {
    var p = parts[i].toLowerCase();
    if (p === 'normal') {
      continue;
    } else if (p === 'italic' || p === 'oblique') {
      out['font-style'] = p;
      if (p === 'oblique' && /^[+-]?(\d*\.\d+|\d+)(deg|grad|rad|turn)$/.test(parts[i + 1] || '')) {
        out['font-style'] += ' ' + parts[++i].toLowerCase();
      }
    } else if (p === 'small-caps') {
      out['font-variant'] = p;
    } else if (/^(bold|bolder|lighter)$/.test(p) || /^(\d*\.\d+|\d+)$/.test(p)) {
      out['font-weight'] = p;
    } else if (Object.prototype.hasOwnProperty.call(FONT_STRETCH, p)) {
      out['font-stretch'] = p;
    } else {
      break;
    }
  }
  // the size, with the line height after a slash, in one part or up to three
  var rest = parts.slice(i).join(' ');
  var m = /^(\S+?)\s*(?:\/\s*(\S+))?\s+(\S[\s\S]*)$/.exec(rest);
  if (m === null || m[1].indexOf('/') >= 0) {
    return null;
  }
  out['font-size'] = m[1];
  if (m[2] !== undefined) {
    out['line-height'] = m[2];
  }
  out['font-family'] = m[3];
  return out;
}

/**
 * CSS Flexbox #flex-property's longhands: none, auto, or a grow factor and an optional shrink
 * factor, before or after a basis; an omitted factor is 1, an omitted basis 0%. Null where it does
 * not parse.
 */
function flexLonghands(v) {
  var keyword = v.trim().toLowerCase();
  if (keyword === 'none' || keyword === 'auto') {
    var factor = keyword === 'none' ? '0' : '1';
    return {'flex-grow': factor, 'flex-shrink': factor, 'flex-basis': 'auto'};
  }
  var parts = valueParts(v);
  var isNumber = function (p) {
    return p !== undefined && /^[+-]?(\d*\.\d+|\d+)(e[+-]?\d+)?$/i.test(p);
  };
  var out = {'flex-grow': null, 'flex-shrink': null, 'flex-basis': null};
  var i = 0;
  if (!isNumber(parts[0])) {
    out['flex-basis'] = parts[i++];
  }
  if (isNumber(parts[i])) {
    out['flex-grow'] = parts[i++];
    if (isNumber(parts[i])) {
      out['flex-shrink'] = parts[i++];
    }
  }
  if (out['flex-basis'] === null && i < parts.length) {
    out['flex-basis'] = parts[i++];
  }
  if (i < parts.length || parts.length === 0 || (out['flex-grow'] === null && out['flex-basis'] === null)) {
    return null;
  }
  return {'flex-grow': out['flex-grow'] || '1', 'flex-shrink': out['flex-shrink'] || '1',
    'flex-basis': out['flex-basis'] || (out['flex-grow'] === null ? 'auto' : '0%')};
}

/** CSS Flexbox #flex-flow-property: a direction and a wrap, either or both, in either order. */
function flexFlowLonghands(v) {
  var out = {'flex-direction': 'row', 'flex-wrap': 'nowrap'};
  valueParts(v).forEach(function (p) {
    out[/^(row|row-reverse|column|column-reverse)$/i.test(p) ? 'flex-direction' : 'flex-wrap'] = p;
  });
  return out;
}

/**
 * CSS UI #outline: a width, a style (auto too) and a color, any of them, in any order; those not
 * given are their initial values, or {@code missing} where given (a block's implicit 'initial', as
 * Chromium declares them).
 */
function outlineLonghands(v, missing) {
  return borderSideParts('outline', missing)(v);
}

/**
 * CSS Lists #list-style-property: a position, an image and a type, in any order; none sets
 * whichever of the image and the type the value does not.
 */
function listStyleLonghands(v, missing) {
  var out = {'list-style-position': missing || 'outside', 'list-style-image': null, 'list-style-type': null};
  var nones = 0;
  valueParts(v).forEach(function (p) {
    var lower = p.toLowerCase();
    if (lower === 'none') {
      nones++;
    } else if (lower === 'inside' || lower === 'outside') {
      out['list-style-position'] = lower;
    } else if (/^(url|(repeating-)?(linear|radial|conic)-gradient|image-set)\(/i.test(p)) {
      out['list-style-image'] = p;
    } else {
      out['list-style-type'] = p;
    }
  });
  if (nones > 0 && out['list-style-type'] === null) {
    out['list-style-type'] = 'none';
    nones--;
  }
  if (nones > 0 && out['list-style-image'] === null) {
    out['list-style-image'] = 'none';
  }
  out['list-style-image'] = out['list-style-image'] || missing || 'none';
  out['list-style-type'] = out['list-style-type'] || missing || 'disc';
  return out;
}

/**
 * CSS Text Decoration #text-decoration-property: lines (none, or any of underline, overline,
 * line-through, blink), a thickness, a style and a color, in any order; those not given as
 * outlineLonghands' are.
 */
function textDecorationLonghands(v, missing) {
  var out = {'text-decoration-line': missing || 'none', 'text-decoration-thickness': missing || 'auto',
    'text-decoration-style': missing || 'solid', 'text-decoration-color': missing || 'currentcolor'};
  var lines = [];
  valueParts(v).forEach(function (p) {
    var lower = p.toLowerCase();
    if (/^(underline|overline|line-through|blink)$/.test(lower)) {
      lines.push(lower);
    } else if (lower === 'none') {
      out['text-decoration-line'] = 'none';
    } else if (/^(solid|double|dotted|dashed|wavy)$/.test(lower)) {
      out['text-decoration-style'] = lower;
    } else if (lower === 'auto' || lower === 'from-font' || computeLength(p, 16) !== null || /%$/.test(p)) {
      out['text-decoration-thickness'] = p;
    } else {
      out['text-decoration-color'] = p;
    }
  });
  if (lines.length > 0) {
    out['text-decoration-line'] = lines.join(' ');
  }
  return out;
}

/** A shorthand of two longhands, one value for both or a value each (gap, place-*). */
function pairLonghands(first, second) {
  return function (v) {
    var parts = valueParts(v);
    var out = {};
    out[first] = parts[0];
    out[second] = parts[1] || parts[0];
    return parts.length > 2 ? null : out;
  };
}

/** CSS Backgrounds #background's longhands (background-position's two among them), Chromium's order. */
var BACKGROUND_LONGHANDS = ['background-image', 'background-position-x', 'background-position-y', 'background-size',
  'background-repeat', 'background-attachment', 'background-origin', 'background-clip', 'background-color'];

/** CSS Backgrounds #background: the keywords of a layer's repeat, attachment and boxes. */
var BACKGROUND_KEYWORDS = {repeat: ' repeat-x repeat-y repeat space round no-repeat ',
  attachment: ' scroll fixed local ', box: ' border-box padding-box content-box '};

/** CSS Values #position: its keywords. */
var POSITION_KEYWORD = /^(left|center|right|top|bottom)$/i;

/** CSS Values #position: whether a part is one of a position's (a keyword or a length-percentage). */
function isPositionPart(part) {
  return POSITION_KEYWORD.test(part) || /^[+-]?(\d*\.\d+|\d+)%$/.test(part)
      || /^calc\(/i.test(part) || computeLength(part, 16) !== null;
}

/** A layer's parts, with a slash outside parentheses a part of its own (position / size). */
function backgroundParts(layer) {
  var out = [];
  valueParts(layer).forEach(function (part) {
    (cssSplit(part, '/') || [part]).forEach(function (piece, i) {
      if (i > 0) {
        out.push('/');
      }
      if (piece !== '') {
        out.push(piece);
      }
    });
  });
  return out;
}

/**
 * CSS Values #position (background-position's <bg-position>): one to four parts as the x and y
 * parts as written ("left 5px", "center"): one value is x (or y, when top or bottom) with center
 * for the other; two are x then y unless the first is top or bottom or the second left or right;
 * three or four are keywords each followed by an offset or not. Null where it is not one.
 */
function positionLonghands(parts) {
  var lower = parts.map(function (p) {
    return p.toLowerCase();
  });
  var vertical = function (p) {
    return p === 'top' || p === 'bottom';
  };
  var horizontal = function (p) {
    return p === 'left' || p === 'right';
  };
  if (parts.length === 1) {
    return vertical(lower[0]) ? {x: 'center', y: parts[0]} : {x: parts[0], y: 'center'};
  }
  if (parts.length === 2) {
    return vertical(lower[0]) || horizontal(lower[1]) ? {x: parts[1], y: parts[0]} : {x: parts[0], y: parts[1]};
  }
  if (parts.length > 4 || !POSITION_KEYWORD.test(lower[0])) {
    return null;
  }
  // #position's three and four values: a keyword, its offset if the next part is not a keyword
  var groups = [];
  for (var i = 0; i < parts.length; i++) {
    if (POSITION_KEYWORD.test(lower[i])) {
      groups.push([parts[i]]);
    } else if (groups[groups.length - 1].length === 1 && lower[i - 1] !== 'center') {
      groups[groups.length - 1].push(parts[i]);
    } else {
      return null;
    }
  }
  if (groups.length !== 2) {
    return null;
  }
  var first = groups[0][0].toLowerCase();
  var second = groups[1][0].toLowerCase();
  var swap = vertical(first) || horizontal(second);
  return {x: groups[swap ? 1 : 0].join(' '), y: groups[swap ? 0 : 1].join(' ')};
}

/**
 * background-position's longhands from its value (a list of positions), or null where an item is
 * not one.
 */
function backgroundPositionLonghands(v) {
  var items = cssSplit(v, ',');
  var xs = [];
  var ys = [];
  for (var i = 0; items !== null && i < items.length; i++) {
    var xy = positionLonghands(valueParts(items[i]));
    if (xy === null) {
      return null;
    }
    xs.push(xy.x);
    ys.push(xy.y);
  }
  return items === null ? null : {'background-position-x': xs.join(', '), 'background-position-y': ys.join(', ')};
}

/**
 * CSS Backgrounds #background: the longhands from the shorthand's layers, each a list of the
 * layers' parts as written, a part a layer leaves out written "initial" (as Chromium writes them);
 * the color only the last layer's. Null where a layer does not parse.
 */
function backgroundLonghands(v) {
  var layers = cssSplit(v, ',');
  if (layers === null) {
    return null;
  }
  var lists = {};
  BACKGROUND_LONGHANDS.forEach(function (name) {
    lists[name] = [];
  });
  for (var l = 0; l < layers.length; l++) {
    var layer = backgroundLayer(backgroundParts(layers[l]), l === layers.length - 1);
    if (layer === null) {
      return null;
    }
    BACKGROUND_LONGHANDS.forEach(function (name) {
      if (name !== 'background-color') {
        lists[name].push(layer[name] === undefined ? 'initial' : layer[name]);
      }
    });
    if (l === layers.length - 1) {
      lists['background-color'].push(layer['background-color'] === undefined ? 'initial' : layer['background-color']);
    }
  }
  var out = {};
  BACKGROUND_LONGHANDS.forEach(function (name) {
    out[name] = lists[name].join(', ');
  });
  return out;
}

/** One layer of a background shorthand (#background's <bg-layer>, or <final-bg-layer>) by longhand, or null. */
function backgroundLayer(parts, final) {
  var out = {};
  var boxes = [];
  function keyword(kind, part) {
    return BACKGROUND_KEYWORDS[kind].indexOf(' ' + part.toLowerCase() + ' ') >= 0;
  }
  for (var i = 0; i < parts.length;) {
    var part = parts[i];
    var lower = part.toLowerCase();
    if (out['background-image'] === undefined
        && /^(none$|url\(|image\(|(-webkit-)?image-set\(|cross-fade\(|(repeating-)?(linear|radial|conic)-gradient\()/i.test(part)) {
      out['background-image'] = part;
      i++;
    } else if (out['background-position-x'] === undefined && isPositionPart(part)) {
      var position = [];
      while (i < parts.length && position.length < 4 && isPositionPart(parts[i])) {
        position.push(parts[i++]);
      }
      var xy = positionLonghands(position);
      if (xy === null) {
        return null;
      }
      out['background-position-x'] = xy.x;
      out['background-position-y'] = xy.y;
      if (parts[i] === '/') {
        // #background-size: after the position and a slash, cover, contain, or one or two sizes
        var size = [];
        for (i++; i < parts.length && size.length < 2 && (/^auto$/i.test(parts[i]) || (isPositionPart(parts[i])
            && !POSITION_KEYWORD.test(parts[i]))); i++) {
          size.push(parts[i]);
        }
        if (size.length === 0 && /^(cover|contain)$/i.test(parts[i] || '')) {
          size.push(parts[i++]);
        }
        if (size.length === 0) {
          return null;
        }
        out['background-size'] = size.join(' ');
      }
    } else if (out['background-repeat'] === undefined && keyword('repeat', part)) {
      // #background-repeat: repeat-x and repeat-y alone, the others one or two
      var repeat = [part];
      i++;
      if (!/^repeat-[xy]$/.test(lower) && i < parts.length && keyword('repeat', parts[i])
          && !/^repeat-[xy]$/i.test(parts[i])) {
        repeat.push(parts[i++]);
      }
      out['background-repeat'] = repeat.join(' ');
    } else if (out['background-attachment'] === undefined && keyword('attachment', part)) {
      out['background-attachment'] = part;
      i++;
    } else if (boxes.length < 2 && keyword('box', part)) {
      boxes.push(part);
      i++;
    } else if (final && out['background-color'] === undefined && (lower === 'currentcolor' || computeColor(part) !== null)) {
      out['background-color'] = part;
      i++;
    } else {
      return null;
    }
  }
  if (boxes.length > 0) {
    // #background: one box is the origin and the clip, two are the origin then the clip
    out['background-origin'] = boxes[0];
    out['background-clip'] = boxes[boxes.length - 1];
  }
  return out;
}

/** Each shorthand here, by name: its longhands, and them from its value (null where it does not parse). */
var SHORTHANDS = {
  background: [BACKGROUND_LONGHANDS, backgroundLonghands],
  'background-position': [['background-position-x', 'background-position-y'], backgroundPositionLonghands],
  font: [['font-style', 'font-variant', 'font-weight', 'font-stretch', 'font-size', 'line-height', 'font-family'],
    fontLonghands],
  flex: [['flex-grow', 'flex-shrink', 'flex-basis'], flexLonghands],
  'flex-flow': [['flex-direction', 'flex-wrap'], flexFlowLonghands],
  gap: [['row-gap', 'column-gap'], pairLonghands('row-gap', 'column-gap')],
  'place-items': [['align-items', 'justify-items'], pairLonghands('align-items', 'justify-items')],
  'place-content': [['align-content', 'justify-content'], pairLonghands('align-content', 'justify-content')],
  'place-self': [['align-self', 'justify-self'], pairLonghands('align-self', 'justify-self')],
  outline: [['outline-width', 'outline-style', 'outline-color'], outlineLonghands],
  'list-style': [['list-style-position', 'list-style-image', 'list-style-type'], listStyleLonghands],
  'text-decoration': [['text-decoration-line', 'text-decoration-thickness', 'text-decoration-style',
    'text-decoration-color'],
    textDecorationLonghands]
};

/** Each longhand's shorthands here, by longhand. */
var LONGHAND_SHORTHANDS = {};
Object.keys(SHORTHANDS).forEach(function (shorthand) {
  SHORTHANDS[shorthand][0].forEach(function (longhand) {
    (LONGHAND_SHORTHANDS[longhand] = LONGHAND_SHORTHANDS[longhand] || []).push(shorthand);
  });
});

/** CSS Backgrounds #border-image's longhands, and their initial values in the same order. */
var BORDER_IMAGE_LONGHANDS = ['border-image-source', 'border-image-slice', 'border-image-width',
  'border-image-outset', 'border-image-repeat'];
var BORDER_IMAGE_INITIAL = ['none', '100%', '1', '0', 'stretch'];

/**
 * CSS Backgrounds #border-image: a source, a slice [/ width [/ outset]] and a repeat, the source and
 * the repeat before or after the rest; those not given are their initial values; null where it
 * does not parse.
 */
function borderImageLonghands(v) {
  var groups = cssSplit(v, '/');
  if (groups === null || groups.length > 3) {
    return null;
  }
  var out = {};
  var parts = [[], [], []];
  groups.forEach(function (group, g) {
    valueParts(group).forEach(function (p) {
      var lower = p.toLowerCase();
      if (lower === 'none' || /^(url|image|image-set|(repeating-)?(linear|radial|conic)-gradient)\(/i.test(p)) {
        out['border-image-source'] = p;
      } else if (/^(stretch|repeat|round|space)$/.test(lower)) {
        out['border-image-repeat'] = out['border-image-repeat'] === undefined ? lower : out['border-image-repeat'] + ' ' + lower;
      } else {
        parts[g].push(p);
      }
    });
  });
  BORDER_IMAGE_LONGHANDS.forEach(function (longhand, i) {
    var given = i >= 1 && i <= 3 ? parts[i - 1] : [];
    if (given.length > 0) {
      out[longhand] = given.join(' ');
    } else if (out[longhand] === undefined) {
      out[longhand] = BORDER_IMAGE_INITIAL[i];
    }
  });
  return out;
}

/**
 * A border side's (or an outline's, a column rule's) width, style and color in any order, by
 * longhand (prefix-width and the others); those not given are their initial values, or
 * {@code missing} where given.
 */
function borderSideParts(prefix, missing) {
  return function (v) {
    var out = {};
    out[prefix + '-width'] = missing || 'medium';
    out[prefix + '-style'] = missing || 'none';
    out[prefix + '-color'] = missing || 'currentcolor';
    valueParts(v).forEach(function (p) {
      // computed-style.js; CSS UI #outline-style: an outline's style may be auto
      out[prefix + '-' + (prefix === 'outline' && p.toLowerCase() === 'auto' ? 'style' : borderPart(p))] = p;
    });
    return out;
  };
}

/**
 * The transition (CSS Transitions #transition-shorthand-property, with transition-behavior) and
 * animation (css-animations #animation, css-animations-2) longhands in Chromium's order, and those
 * the animation shorthand resets to their initial values (not lists).
 */
var TRANSITION_LONGHANDS = ['transition-behavior', 'transition-duration', 'transition-timing-function',
  'transition-delay', 'transition-property'];
var ANIMATION_LONGHANDS = ['animation-duration', 'animation-timing-function', 'animation-delay',
  'animation-iteration-count', 'animation-direction', 'animation-fill-mode', 'animation-play-state',
  'animation-name', 'animation-timeline', 'animation-range-start', 'animation-range-end'];
var MOTION_RESET = {'animation-timeline': 'auto', 'animation-range-start': 'normal', 'animation-range-end': 'normal'};

/** A transition or animation shorthand's longhands from its value: each a list of its items' parts. */
function motionLonghands(shorthand) {
  return function (v) {
    var items = cssSplit(v, ',');
    if (items === null) {
      return null;
    }
    var parsed = items.map(function (item) {
      return motionItem(shorthand, item); // computed-style.js
    });
    var out = {};
    (shorthand === 'transition' ? TRANSITION_LONGHANDS : ANIMATION_LONGHANDS).forEach(function (longhand) {
      var key = longhand.substring(shorthand.length + 1);
      out[longhand] = MOTION_RESET[longhand] || parsed.map(function (item) {
        return item[key];
      }).join(', ');
    });
    return out;
  };
}

/**
 * A transition or animation shorthand written from its longhands' lists (in its longhands' order):
 * an item for each property (or name), a list too short giving the item its initial value; '' where
 * an animation's timeline or range is not initial.
 */
function motionText(name, longhands, values) {
  var lists = {};
  for (var i = 0; i < longhands.length; i++) {
    if (MOTION_RESET[longhands[i]] !== undefined && values[i] !== MOTION_RESET[longhands[i]]) {
      return '';
    }
    lists[longhands[i].substring(name.length + 1)] = cssSplit(values[i], ',') || [values[i]];
  }
  var order = name === 'transition' ? ['property', 'duration', 'timing-function', 'delay', 'behavior']
    : ['duration', 'timing-function', 'delay', 'iteration-count', 'direction', 'fill-mode', 'play-state', 'name'];
  var initial = motionItem(name, name === 'transition' ? 'all' : 'none');
  var count = lists[name === 'transition' ? 'property' : 'name'].length;
  var items = [];
  for (var n = 0; n < count; n++) {
    items.push(order.map(function (key) {
      var list = lists[key];
      return n < list.length ? list[n] : initial[key];
    }).join(' '));
  }
  var value = items.join(', ');
  return specifiedValue(name, value) || value; // css-specified-values.js: without its defaults
}

/** CSS Fonts #font-prop's longhands in Chromium's order, and those font resets (to these values). */
var FONT_LONGHANDS = ['font-style', 'font-variant-caps', 'font-variant-ligatures', 'font-variant-numeric',
  'font-variant-east-asian', 'font-variant-alternates', 'font-size-adjust', 'font-language-override', 'font-kerning',
  'font-optical-sizing', 'font-feature-settings', 'font-variation-settings', 'font-variant-position',
  'font-variant-emoji', 'font-weight', 'font-stretch', 'font-size', 'line-height', 'font-family'];
var FONT_RESET = {'font-variant-ligatures': 'normal', 'font-variant-numeric': 'normal',
  'font-variant-east-asian': 'normal', 'font-variant-alternates': 'normal', 'font-size-adjust': 'none',
  'font-language-override': 'normal', 'font-kerning': 'auto', 'font-optical-sizing': 'auto',
  'font-feature-settings': 'normal', 'font-variation-settings': 'normal', 'font-variant-position': 'normal',
  'font-variant-emoji': 'normal'};

/** The font shorthand's longhands, fontLonghands' and the ones it resets; null for a system font. */
function fontBlockLonghands(v) {
  var given = fontLonghands(v);
  if (given === null) {
    return null;
  }
  var out = {};
  FONT_LONGHANDS.forEach(function (longhand) {
    out[longhand] = FONT_RESET[longhand] || given[longhand === 'font-variant-caps' ? 'font-variant' : longhand];
  });
  return out;
}

/**
 * The font shorthand written from its longhands (in FONT_LONGHANDS' order): '' where one it resets
 * is not initial, the caps are neither normal nor small-caps, or the stretch is not a keyword's.
 */
function fontText(values) {
  var v = {};
  FONT_LONGHANDS.forEach(function (longhand, i) {
    v[longhand] = values[i];
  });
  var stretch = v['font-stretch'];
  if (/%$/.test(stretch)) {
    stretch = Object.keys(FONT_STRETCH).filter(function (k) {
      return FONT_STRETCH[k] === stretch;
    })[0];
  }
  if (stretch === undefined || !/^(normal|small-caps)$/.test(v['font-variant-caps']) || Object.keys(FONT_RESET).some(function (k) {
    return v[k] !== FONT_RESET[k];
  })) {
    return '';
  }
  var value = [v['font-style'], v['font-variant-caps'], v['font-weight'], stretch,
    v['font-size'] + (v['line-height'] === 'normal' ? '' : ' / ' + v['line-height']), v['font-family']].join(' ');
  return specifiedValue('font', value) || value; // css-specified-values.js: its normal parts left out
}

/**
 * CSS Fonts #font-variant-prop's longhands in Chromium's order, each with its keywords; written
 * back in #font-variant-prop's order.
 */
var FONT_VARIANT_KEYWORDS = {
  'font-variant-ligatures': ' common-ligatures no-common-ligatures discretionary-ligatures no-discretionary-ligatures '
      + 'historical-ligatures no-historical-ligatures contextual no-contextual ',
  'font-variant-numeric': ' lining-nums oldstyle-nums proportional-nums tabular-nums diagonal-fractions '
      + 'stacked-fractions ordinal slashed-zero ',
  'font-variant-east-asian': ' jis78 jis83 jis90 jis04 simplified traditional full-width proportional-width ruby ',
  'font-variant-caps': ' small-caps all-small-caps petite-caps all-petite-caps unicase titling-caps ',
  'font-variant-alternates': ' historical-forms ',
  'font-variant-position': ' sub super ',
  'font-variant-emoji': ' text emoji unicode '
};
var FONT_VARIANT_ORDER = ['font-variant-ligatures', 'font-variant-caps', 'font-variant-alternates',
  'font-variant-numeric', 'font-variant-east-asian', 'font-variant-position', 'font-variant-emoji'];

/** The font-variant shorthand's longhands from its value: normal, none (no ligatures), or keywords; null where one is not its. */
function fontVariantLonghands(v) {
  var out = {};
  Object.keys(FONT_VARIANT_KEYWORDS).forEach(function (longhand) {
    out[longhand] = 'normal';
  });
  var parts = valueParts(v.toLowerCase());
  if (parts.length === 1 && (parts[0] === 'normal' || parts[0] === 'none')) {
    out['font-variant-ligatures'] = parts[0];
    return out;
  }
  for (var i = 0; i < parts.length; i++) {
    var longhand = Object.keys(FONT_VARIANT_KEYWORDS).filter(function (l) {
      return FONT_VARIANT_KEYWORDS[l].indexOf(' ' + parts[i] + ' ') >= 0;
    })[0];
    if (longhand === undefined) {
      return null; // a function of font-variant-alternates' (stylistic()...), not read here
    }
    out[longhand] = out[longhand] === 'normal' ? parts[i] : out[longhand] + ' ' + parts[i];
  }
  return out;
}

/** The font-variant shorthand from its longhands' values (in FONT_VARIANT_KEYWORDS' order). */
function fontVariantText(longhands, values) {
  var v = {};
  longhands.forEach(function (longhand, i) {
    v[longhand] = values[i];
  });
  var given = FONT_VARIANT_ORDER.filter(function (longhand) {
    return v[longhand] !== 'normal';
  });
  if (given.length === 0) {
    return 'normal';
  }
  if (v['font-variant-ligatures'] === 'none') {
    return given.length === 1 ? 'none' : ''; // none is not written with other keywords
  }
  return given.map(function (longhand) {
    return v[longhand];
  }).join(' ');
}

/**
 * The background shorthand from its longhands' lists (in BACKGROUND_LONGHANDS' order): each
 * layer's parts not 'initial' in Chromium's order (image, position / size, repeat, attachment,
 * origin, clip, the last layer's color); '' where the lists' lengths differ.
 */
function backgroundText(values) {
  var lists = values.map(function (v) {
    return cssSplit(v, ',') || [v];
  });
  var count = lists[0].length;
  if (lists.slice(0, 8).some(function (list) {
    return list.length !== count;
  }) || lists[8].length !== 1) {
    return '';
  }
  var layers = [];
  for (var n = 0; n < count; n++) {
    var part = function (i) {
      var item = lists[i][i === 8 ? 0 : n]; // one color, the last layer's
      return item === 'initial' ? null : item;
    };
    var position = part(1) !== null || part(2) !== null || part(3) !== null
      ? (part(1) || '0%') + ' ' + (part(2) || '0%') : null;
    var items = [part(0), position, part(3) === null ? null : '/ ' + part(3), part(4), part(5), part(6), part(7),
      n === count - 1 ? part(8) : null].filter(function (x) {
      return x !== null;
    });
    layers.push(items.length === 0 ? 'none' : items.join(' '));
  }
  return layers.join(', ');
}

/** A box shorthand's longhands (top, right, bottom, left order) from its one to four values. */
function boxParts(longhands) {
  return function (v) {
    var sides = boxSides(v); // computed-style.js
    return sides === null ? null : zipParts(longhands, sides);
  };
}

/** A shorthand of two longhands from one value for both or a value each. */
function pairParts(longhands) {
  return function (v) {
    var parts = valueParts(v);
    return parts.length > 2 ? null : zipParts(longhands, [parts[0], parts[1] || parts[0]]);
  };
}

/** The longhands given their values, in order. */
function zipParts(longhands, values) {
  var out = {};
  longhands.forEach(function (longhand, i) {
    out[longhand] = values[i];
  });
  return out;
}

/** Whether a grid line (CSS Grid #typedef-grid-row-start-grid-line) is a custom ident alone. */
function isGridIdent(line) {
  return /^-?[a-z_][\w-]*$/i.test(line) && !/^(auto|span)$/i.test(line);
}

/**
 * CSS Grid #placement-shorthands: grid-row, grid-column (start [/ end]) and grid-area (up to four
 * lines, row-start, column-start, row-end, column-end); a line left out is the one it pairs with
 * where that is a custom ident, else auto.
 */
function gridLines(count) {
  return function (v) {
    var lines = cssSplit(v, '/');
    if (lines === null || lines.length > count) {
      return null;
    }
    var pairOf = count === 2 ? [-1, 0] : [-1, 0, 0, 1];
    for (var i = lines.length; i < count; i++) {
      lines.push(isGridIdent(lines[pairOf[i]]) ? lines[pairOf[i]] : 'auto');
    }
    return lines;
  };
}

/** grid-row, grid-column or grid-area written as few lines as say them (in #placement-shorthands' order). */
function gridLinesText(lines) {
  var pairOf = lines.length === 2 ? [-1, 0] : [-1, 0, 0, 1];
  var n = lines.length;
  while (n > 1) {
    var pair = pairOf[n - 1];
    var implied = isGridIdent(lines[pair]) ? lines[pair] : 'auto';
    if (lines[n - 1] !== implied) {
      break;
    }
    n--;
  }
  return lines.slice(0, n).join(' / ');
}

/** CSS Sizing 4 #contain-intrinsic-size: one or two sizes, each [auto] and a length, or none. */
function containIntrinsicParts(v) {
  var tokens = valueParts(v);
  var sizes = [];
  for (var i = 0; i < tokens.length; i++) {
    sizes.push(tokens[i].toLowerCase() === 'auto' && i + 1 < tokens.length ? tokens[i] + ' ' + tokens[++i] : tokens[i]);
  }
  return sizes.length > 2 ? null
    : zipParts(['contain-intrinsic-width', 'contain-intrinsic-height'], [sizes[0], sizes[1] || sizes[0]]);
}

/** CSS Text Decoration #text-emphasis-property: a style (keywords or a string) and a color; those left out implicit. */
function textEmphasisParts(v) {
  var style = [];
  var color = [];
  valueParts(v).forEach(function (p) {
    (/^(none|filled|open|dot|circle|double-circle|triangle|sesame|["'])/i.test(p) ? style : color).push(p);
  });
  return {'text-emphasis-style': style.join(' ') || 'initial', 'text-emphasis-color': color.join(' ') || 'initial'};
}

/** CSS Multicol #columns: a width and a count, in either order (auto for one left out). */
function columnsParts(v) {
  var out = {'column-width': null, 'column-count': null, 'column-height': 'auto', 'column-wrap': 'auto'};
  var autos = 0;
  var parts = valueParts(v);
  for (var i = 0; i < parts.length; i++) {
    var p = parts[i];
    if (p.toLowerCase() === 'auto') {
      autos++;
    } else if (/^\d+$/.test(p) && out['column-count'] === null) {
      out['column-count'] = p;
    } else if (out['column-width'] === null) {
      out['column-width'] = p;
    } else {
      return null;
    }
  }
  out['column-width'] = out['column-width'] || 'auto';
  out['column-count'] = out['column-count'] || 'auto';
  return parts.length - autos > 2 ? null : out;
}

/** CSS Fonts #font-synthesis: none, or the kinds a user agent may synthesize (auto), the others none. */
var FONT_SYNTHESIS = ['font-synthesis-weight', 'font-synthesis-style', 'font-synthesis-small-caps'];
function fontSynthesisParts(v) {
  var kinds = valueParts(v.toLowerCase());
  return zipParts(FONT_SYNTHESIS, FONT_SYNTHESIS.map(function (longhand) {
    return kinds.indexOf(longhand.substring(15)) >= 0 ? 'auto' : 'none';
  }));
}

/**
 * CSS Text 4 #white-space-property: the keywords of white-space that set both white-space-collapse
 * and text-wrap-mode, and the pair each sets.
 */
var WHITE_SPACE = {normal: ['collapse', 'wrap'], pre: ['preserve', 'nowrap'], 'pre-wrap': ['preserve', 'wrap'],
  'pre-line': ['preserve-breaks', 'wrap'], nowrap: ['collapse', 'nowrap']};

/** white-space's longhands from its value: a keyword of WHITE_SPACE, or a collapse and (or) a wrap mode. */
function whiteSpaceParts(v) {
  var words = valueParts(v.toLowerCase());
  var pair = words.length === 1 && WHITE_SPACE[words[0]] ? WHITE_SPACE[words[0]] : ['collapse', 'wrap'];
  if (!(words.length === 1 && WHITE_SPACE[words[0]])) {
    for (var i = 0; i < words.length; i++) {
      pair[/^(wrap|nowrap)$/.test(words[i]) ? 1 : 0] = words[i];
    }
  }
  return {'white-space-collapse': pair[0], 'text-wrap-mode': pair[1]};
}

/** white-space from its longhands' values: its keyword for the pair where one is, else the parts not initial. */
function whiteSpaceText(collapse, mode) {
  var keyword = Object.keys(WHITE_SPACE).filter(function (k) {
    return WHITE_SPACE[k][0] === collapse && WHITE_SPACE[k][1] === mode;
  })[0];
  return keyword !== undefined ? keyword : mode === 'wrap' ? collapse : collapse + ' ' + mode;
}

/** Shorthands written from their longhands by a function of their values (SHORTHAND_TEXTS below). */
var SHORTHAND_TEXTS = {
  'contain-intrinsic-size': function (values) {
    return pairValue(values[0], values[1]); // computed-style.js
  },
  columns: function (values) {
    if (values[2] !== 'auto' || values[3] !== 'auto') {
      return '';
    }
    var kept = values.slice(0, 2).filter(function (v) {
      return v !== 'auto';
    });
    return kept.length === 0 ? 'auto' : kept.join(' ');
  },
  'white-space': function (values) {
    return whiteSpaceText(values[0], values[1]);
  },
  'font-synthesis': function (values) {
    var kinds = FONT_SYNTHESIS.filter(function (longhand, i) {
      return values[i] === 'auto';
    });
    return values.some(function (v) {
      return v !== 'auto' && v !== 'none';
    }) ? '' : kinds.length === 0 ? 'none' : kinds.map(function (longhand) {
      return longhand.substring(15);
    }).join(' ');
  }
};

/**
 * The shorthands a declaration block keeps as their longhands, as Chromium 156 keeps them, and
 * writes back from them (CSSOM #serialize-a-css-value of a shorthand), each {shape, longhands,
 * parts, implicit}: how it writes its longhands' values (box: one to four, as few as say them;
 * pair: one or two; all: each, in order; sides: each part once, the same on every side; border:
 * the sides' and an initial border-image's; image: border-image's; container: a name [/ type];
 * grid: lines as few as say them; text: SHORTHAND_TEXTS' function; motion, font, font-variant and background: motionText's,
 * fontText's and the others');
 * its longhands in Chromium's order; parts, a function giving the longhands from its value where
 * blockLonghand (computed-style.js) does not; implicit, where the parts a value leaves out are
 * declared 'initial' (as Chromium declares them for these) and left out when written;
 * wideLonghands, where a CSS-wide keyword (or a value wideValues matches) lists them in another
 * order.
 */
var BLOCK_SHORTHANDS = (function () {
  var out = {};
  function add(name, shape, longhands, parts, implicit) {
    out[name] = {shape: shape, longhands: longhands, parts: parts, implicit: implicit === true};
  }
  ['margin', 'padding', 'inset', 'border-width', 'border-style', 'border-color'].forEach(function (name) {
    var part = /^border-/.test(name) ? name.substring(7) : '';
    add(name, 'box', SIDES.map(function (side) {
      return name === 'inset' ? side : part === '' ? name + '-' + side : 'border-' + side + '-' + part;
    }));
  });
  add('border-radius', 'box', ['border-top-left-radius', 'border-top-right-radius', 'border-bottom-right-radius',
    'border-bottom-left-radius']);
  ['margin', 'padding', 'inset'].forEach(function (name) {
    ['block', 'inline'].forEach(function (axis) {
      add(name + '-' + axis, 'pair', [name + '-' + axis + '-start', name + '-' + axis + '-end']);
    });
  });
  var parts = ['width', 'style', 'color'];
  SIDES.forEach(function (side) {
    add('border-' + side, 'all', parts.map(function (part) {
      return 'border-' + side + '-' + part;
    }));
  });
  // CSS Backgrounds #border-shorthands: border also resets border-image
  add('border', 'border', [].concat.apply([], parts.map(function (part) {
    return SIDES.map(function (side) {
      return 'border-' + side + '-' + part;
    });
  })).concat(BORDER_IMAGE_LONGHANDS), function (v) {
    var declared = borderSideParts('border-top')(v);
    var longhands = {};
    SIDES.forEach(function (side) {
      parts.forEach(function (part) {
        longhands['border-' + side + '-' + part] = declared['border-top-' + part];
      });
    });
    BORDER_IMAGE_LONGHANDS.forEach(function (longhand, i) {
      longhands[longhand] = BORDER_IMAGE_INITIAL[i];
    });
    return longhands;
  });
  // a CSS-wide keyword sets them side by side (color, style, width), as Chromium 156 lists them
  out.border.wideLonghands = [].concat.apply([], SIDES.map(function (side) {
    return ['color', 'style', 'width'].map(function (part) {
      return 'border-' + side + '-' + part;
    });
  })).concat(BORDER_IMAGE_LONGHANDS);
  add('border-image', 'image', BORDER_IMAGE_LONGHANDS, borderImageLonghands);
  // CSS Logical #border-shorthands: an axis's two sides, each part once; a side's parts, implicit
  ['block', 'inline'].forEach(function (axis) {
    var ends = ['start', 'end'];
    add('border-' + axis, 'sides', [].concat.apply([], parts.map(function (part) {
      return ends.map(function (end) {
        return 'border-' + axis + '-' + end + '-' + part;
      });
    })));
    parts.forEach(function (part) {
      add('border-' + axis + '-' + part, 'pair', ends.map(function (end) {
        return 'border-' + axis + '-' + end + '-' + part;
      }));
    });
    ends.forEach(function (end) {
      var side = 'border-' + axis + '-' + end;
      add(side, 'all', parts.map(function (part) {
        return side + '-' + part;
      }), borderSideParts(side, 'initial'), true);
    });
  });
  // CSS Multicol #column-rule
  add('column-rule', 'all', ['column-rule-width', 'column-rule-style', 'column-rule-color'],
      borderSideParts('column-rule'));
  add('transition', 'motion', TRANSITION_LONGHANDS, motionLonghands('transition'));
  out.transition.wideLonghands = ['transition-property', 'transition-duration', 'transition-timing-function',
    'transition-delay', 'transition-behavior'];
  add('animation', 'motion', ANIMATION_LONGHANDS, motionLonghands('animation'));
  add('animation-range', 'pair', ['animation-range-start', 'animation-range-end']);
  add('font', 'font', FONT_LONGHANDS, fontBlockLonghands);
  out.font.wideLonghands = ['font-style', 'font-variant-ligatures', 'font-variant-caps', 'font-variant-numeric',
    'font-variant-east-asian', 'font-variant-alternates', 'font-variant-position', 'font-variant-emoji', 'font-weight',
    'font-stretch', 'font-size', 'line-height', 'font-family', 'font-optical-sizing', 'font-size-adjust', 'font-kerning',
    'font-feature-settings', 'font-variation-settings', 'font-language-override'];
  add('font-variant', 'font-variant', Object.keys(FONT_VARIANT_KEYWORDS), fontVariantLonghands);
  // normal and none list them as a CSS-wide keyword does
  out['font-variant'].wideLonghands = ['font-variant-ligatures', 'font-variant-caps', 'font-variant-numeric',
    'font-variant-east-asian', 'font-variant-alternates', 'font-variant-position', 'font-variant-emoji'];
  out['font-variant'].wideValues = /^(normal|none)$/i;
  add('background', 'background', BACKGROUND_LONGHANDS, backgroundLonghands);
  // CSS Scroll Snap #scroll-margin, #scroll-padding, and their logical pairs
  ['scroll-margin', 'scroll-padding'].forEach(function (name) {
    var sides = SIDES.map(function (side) {
      return name + '-' + side;
    });
    add(name, 'box', sides, boxParts(sides));
    ['block', 'inline'].forEach(function (axis) {
      var ends = [name + '-' + axis + '-start', name + '-' + axis + '-end'];
      add(name + '-' + axis, 'pair', ends, pairParts(ends));
    });
  });
  add('overscroll-behavior', 'pair', ['overscroll-behavior-x', 'overscroll-behavior-y'],
      pairParts(['overscroll-behavior-x', 'overscroll-behavior-y']));
  // CSS Grid #placement-shorthands, in Chromium's order
  ['row', 'column'].forEach(function (axis) {
    var ends = ['grid-' + axis + '-start', 'grid-' + axis + '-end'];
    add('grid-' + axis, 'grid', ends, function (v) {
      var lines = gridLines(2)(v);
      return lines === null ? null : zipParts(ends, lines);
    });
  });
  var area = ['grid-row-start', 'grid-column-start', 'grid-row-end', 'grid-column-end'];
  add('grid-area', 'grid', area, function (v) {
    var lines = gridLines(4)(v);
    return lines === null ? null : zipParts(area, lines);
  });
  // SVG 2 #MarkerShorthand: one marker for the three
  add('marker', 'sides', ['marker-start', 'marker-mid', 'marker-end'], function (v) {
    return zipParts(['marker-start', 'marker-mid', 'marker-end'], [v, v, v]);
  });
  add('contain-intrinsic-size', 'text', ['contain-intrinsic-width', 'contain-intrinsic-height'], containIntrinsicParts);
  add('text-emphasis', 'all', ['text-emphasis-style', 'text-emphasis-color'], textEmphasisParts, true);
  add('columns', 'text', ['column-width', 'column-count', 'column-height', 'column-wrap'], columnsParts);
  add('font-synthesis', 'text', FONT_SYNTHESIS, fontSynthesisParts);
  add('white-space', 'text', ['white-space-collapse', 'text-wrap-mode'], whiteSpaceParts);
  // CSS Text 4 #text-wrap: a wrap mode and a style, those left out implicit
  add('text-wrap', 'all', ['text-wrap-mode', 'text-wrap-style'], function (v) {
    var out = {'text-wrap-mode': 'initial', 'text-wrap-style': 'initial'};
    valueParts(v).forEach(function (p) {
      out[/^(wrap|nowrap)$/i.test(p) ? 'text-wrap-mode' : 'text-wrap-style'] = p;
    });
    return out;
  }, true);
  // CSS Conditional 5 #container-shorthand: a name, then / and a type
  add('container', 'container', ['container-name', 'container-type'], function (v) {
    var parts = cssSplit(v, '/');
    return parts === null || parts.length > 2 ? null
      : {'container-name': parts[0], 'container-type': parts.length === 2 ? parts[1] : 'normal'};
  });
  add('overflow', 'pair', ['overflow-x', 'overflow-y']);
  // SHORTHANDS' longhands, in their order
  ['gap', 'place-items', 'place-content', 'place-self'].forEach(function (name) {
    add(name, 'pair', SHORTHANDS[name][0]);
  });
  ['flex', 'flex-flow', 'background-position'].forEach(function (name) {
    add(name, 'all', SHORTHANDS[name][0]);
  });
  // in Chromium's order (CSS UI #outline: color, style, width), the parts a value leaves out implicit
  add('outline', 'all', ['outline-color', 'outline-style', 'outline-width'], function (v) {
    return outlineLonghands(v, 'initial');
  }, true);
  add('list-style', 'all', SHORTHANDS['list-style'][0], function (v) {
    return listStyleLonghands(v, 'initial');
  }, true);
  add('text-decoration', 'all', SHORTHANDS['text-decoration'][0], function (v) {
    return textDecorationLonghands(v, 'initial');
  }, true);
  return out;
})();

/**
 * The longhands of a shorthand of BLOCK_SHORTHANDS from its value, each its part of it (null where
 * the value gives it none), or null where the value does not parse.
 */
function blockParts(name, value) {
  var shorthand = BLOCK_SHORTHANDS[name];
  var out = {};
  if (CSS_WIDE.test(value)) {
    // CSS Cascade #shorthand: a CSS-wide keyword is each longhand's
    shorthand.longhands.forEach(function (longhand) {
      out[longhand] = value;
    });
    return out;
  }
  if (shorthand.parts !== undefined) {
    return shorthand.parts(value);
  }
  var one = [{name: name, value: value, important: false}];
  shorthand.longhands.forEach(function (longhand) {
    out[longhand] = blockLonghand(one, longhand).value; // computed-style.js
  });
  return out;
}

/**
 * A shorthand's value in a declaration block (style.js): as declared where its own declaration (one
 * kept whole: var(), a system font) is the last that sets each of its longhands; else written from
 * its longhands when each is set, with one importance and without var(); {value: null} when not;
 * undefined for a property that is not one of these shorthands.
 */
function blockShorthand(decls, name) {
  var shorthand = BLOCK_SHORTHANDS[name];
  if (shorthand === undefined) {
    return undefined;
  }
  var own = findDeclaration(decls, name);
  // where no shorthand is kept whole (var(), a system font), a longhand's declaration is its own
  var direct = decls.every(function (d) {
    return BLOCK_SHORTHANDS[d.name] === undefined;
  }) ? declarationMap(decls) : null; // style.js
  var found = shorthand.longhands.map(function (longhand) {
    if (direct !== null) {
      var d = direct[longhand] || null;
      return {declaration: d, value: d === null ? null : d.value};
    }
    return blockLonghand(decls, longhand);
  });
  if (own !== null && found.every(function (f) {
    return f.declaration === own || f.declaration === null; // kept whole (var(), a system font): nothing later sets its longhands
  })) {
    return {value: own.value, important: own.important};
  }
  var important = found[0].declaration === null ? null : found[0].declaration.important;
  // CSS Variables #variables-in-shorthands: longhands with var() write no shorthand
  if (!found.every(function (f) {
    return f.value !== null && f.value !== '' && f.declaration.important === important && !/var\(/i.test(f.value);
  })) {
    return {value: null};
  }
  return {value: shorthandText(name, found.map(function (f) {
    return f.value;
  })), important: important};
}

/**
 * A shorthand of BLOCK_SHORTHANDS written from its longhands' values, in its own canonical form
 * (css-specified-values.js: flex's three values, a border side without its initial parts); '' where
 * they make none.
 */
function shorthandText(name, values) {
  var key = name + ':' + values.join('\u0000');
  if (!(key in shorthandTexts)) {
    if (shorthandTextCount++ > 2000) {
      shorthandTexts = Object.create(null);
      shorthandTextCount = 0;
    }
    shorthandTexts[key] = composeShorthand(name, values);
  }
  return shorthandTexts[key];
}
var shorthandTexts = Object.create(null); // bounded as specifiedValue's cache (css-specified-values.js)
var shorthandTextCount = 0;

function composeShorthand(name, values) {
  var shorthand = BLOCK_SHORTHANDS[name];
  if (shorthand.implicit && values.some(function (v) {
    return v !== 'initial';
  })) {
    values = values.filter(function (v) {
      return v !== 'initial'; // an implicit part, left out (or one declared so: Chromium leaves it out too)
    });
  }
  var wide = values.filter(function (v) {
    return CSS_WIDE.test(v);
  });
  if (wide.length === values.length) {
    // CSSOM #serialize-a-css-value: one CSS-wide keyword of them all
    return values.every(function (v) {
      return v === values[0];
    }) ? values[0] : '';
  }
  if (wide.length > 0 && shorthand.shape !== 'sides' && shorthand.shape !== 'background') {
    return ''; // Chromium writes a logical border of both sides with an 'initial' part, a background without its
  }
  var value;
  switch (shorthand.shape) {
    case 'box':
      value = boxValue(values);
      break;
    case 'pair':
      value = pairValue(values[0], values[1]);
      break;
    case 'sides':
    case 'border':
      value = sidesValue(values.slice(0, 12), shorthand.shape === 'border' ? 4 : name === 'marker' ? 3 : 2);
      if (value === null || value === INITIAL_BORDER || (shorthand.shape === 'border'
          && values.slice(12).join(' ') !== BORDER_IMAGE_INITIAL.join(' '))) {
        return ''; // Chromium 156 writes none where every part is initial (the block writes them as longhands)
      }
      break;
    case 'motion':
      return motionText(name, shorthand.longhands, values);
    case 'font':
      return fontText(values);
    case 'font-variant':
      return fontVariantText(shorthand.longhands, values);
    case 'background':
      return backgroundText(values);
    case 'grid':
      return gridLinesText(values);
    case 'text':
      return SHORTHAND_TEXTS[name](values);
    case 'container':
      return values[1] === 'normal' ? values[0] : values[0] + ' / ' + values[1];
    case 'image':
      // as Chromium 156 writes it: the source alone where the rest is initial, else every part
      return values.slice(1).join(' ') === BORDER_IMAGE_INITIAL.slice(1).join(' ') ? values[0]
        : values[0] + ' ' + values[1] + ' / ' + values[2] + ' / ' + values[3] + ' ' + values[4];
    default:
      if (name === 'column-rule') {
        // as Chromium 156 writes it: its initial parts left out, the width where all are
        var kept = values.filter(function (v, i) {
          return v !== ['medium', 'none', 'currentcolor'][i];
        });
        return kept.length === 0 ? values[0] : kept.join(' ');
      }
      if (shorthand.implicit && /^border-/.test(name)) {
        return values.join(' '); // a logical side: Chromium 156 writes each part given, initial or not
      }
      if (name === 'text-wrap' && values.length === 2) {
        // CSS Text 4 #text-wrap: its initial mode and style left out, as Chromium 156 writes it
        var style = values[1] === 'auto' ? [] : [values[1]];
        return values[0] === 'wrap' && style.length > 0 ? style[0] : [values[0]].concat(style).join(' ');
      }
      value = name === 'background-position' ? zipLayers(values[0], values[1]) : values.join(' ');
      if (value === INITIAL_BORDER && /^border-(top|right|bottom|left)$/.test(name)) {
        return '';
      }
  }
  return specifiedValue(name, value) || value;
}

/** A border's width, style and color, each initial. */
var INITIAL_BORDER = 'medium none currentcolor';

/**
 * The value of a border shorthand whose longhands run part by part (widths, styles, colors), each
 * part's sides in a run: each part once where it is the same on every side, else null.
 */
function sidesValue(values, sides) {
  var out = [];
  for (var i = 0; i < values.length; i += sides) {
    for (var j = 1; j < sides; j++) {
      if (values[i + j] !== values[i]) {
        return null;
      }
    }
    out.push(values[i]);
  }
  return out.join(' ');
}

/** Two lists of layers' values (background-position-x and -y) as one of pairs: "0px 0px, center top". */
function zipLayers(xs, ys) {
  var x = cssSplit(xs, ',') || [xs];
  var y = cssSplit(ys, ',') || [ys];
  return x.map(function (item, i) {
    return item + ' ' + (y[i] === undefined ? y[y.length - 1] : y[i]);
  }).join(', ');
}

/**
 * A picker (declaredValue's) of one longhand from a shorthand's value: a CSS-wide keyword is each
 * longhand's; a value that does not parse sets nothing.
 */
function shorthandPicker(shorthand, longhand) {
  return function (v) {
    if (CSS_WIDE.test(v.trim())) {
      return v.trim();
    }
    var longhands = SHORTHANDS[shorthand][1](v);
    return longhands === null ? null : longhands[longhand];
  };
}

/**
 * CSS Fonts #font-family-prop's computed value as Chromium writes it: each family a generic
 * keyword in lower case, a name that is one identifier as it is, any other (words, a string) as
 * a string.
 */
function fontFamilyValue(value) {
  var families = cssSplit(value, ',');
  if (families === null) {
    return value;
  }
  return families.map(function (f) {
    var quoted = /^(["'])([\s\S]*)\1$/.exec(f);
    if (quoted === null && GENERIC_FAMILIES.indexOf(' ' + f.toLowerCase() + ' ') >= 0) {
      return f.toLowerCase();
    }
    var name = quoted !== null ? quoted[2].replace(/\\([\s\S])/g, '$1') : f.replace(/\s+/g, ' ');
    return /^-?[A-Za-z_\u0080-\uffff][\w\u0080-\uffff-]*$/.test(name) && !CSS_WIDE.test(name)
        && GENERIC_FAMILIES.indexOf(' ' + name.toLowerCase() + ' ') < 0 && name.toLowerCase() !== 'default'
      ? name : '"' + name.replace(/[\\"]/g, '\\$&') + '"';
  }).join(', ');
}

/**
 * CSS Fonts #font-size-prop's computed value in px: the absolute keywords, larger and smaller
 * (the parent's by 1.2, as Chromium scales), a percentage or em of the parent's; null for a value
 * that is none of those (a length is computeLength's).
 */
function fontSizeValue(value, parentPx) {
  var v = value.toLowerCase();
  if (Object.prototype.hasOwnProperty.call(FONT_SIZE_KEYWORDS, v)) {
    return FONT_SIZE_KEYWORDS[v] + 'px';
  }
  if (v === 'larger' || v === 'smaller') {
    return cssNumber(v === 'larger' ? parentPx * 1.2 : parentPx / 1.2) + 'px';
  }
  var percent = /^([+-]?(?:\d*\.\d+|\d+))%$/.exec(v);
  return percent === null ? null : cssNumber(Number(percent[1]) * parentPx / 100) + 'px';
}

/**
 * CSS Inline #line-height-property's computed value: normal and numbers as they are (a number
 * is inherited as a number), a length or percentage in px against the element's font size.
 */
function lineHeightValue(value, fontPx) {
  var percent = /^([+-]?(?:\d*\.\d+|\d+))%$/.exec(value);
  if (percent !== null) {
    return cssNumber(Number(percent[1]) * fontPx / 100) + 'px';
  }
  if (/^[+-]?(\d*\.\d+|\d+)$/.test(value)) {
    return cssNumber(Number(value));
  }
  return computeLength(value, fontPx) || value.toLowerCase();
}

/**
 * CSSOM #resolved-value of line-height: a number times the element's font size; normal and px as
 * they are.
 */
function resolvedLineHeight(el, value) {
  return /^[+-]?(\d*\.\d+|\d+)$/.test(value) ? cssNumber(Number(value) * parseFloat(computedValue(el, 'font-size'))) + 'px'
      : value;
}

/**
 * A shorthand's value read from its longhands' computed values, as Chromium 156 writes it; null
 * for a property that is not one of these; "" where the longhands have no value it can write.
 */
function shorthandValue(el, name) {
  function v(longhand) {
    return computedValue(el, longhand);
  }
  switch (name) {
    case 'background':
      // each layer: its image, repeat, attachment, position / size, origin and clip, the last
      // layer's after the color
      var layers = BACKGROUND_LONGHANDS.slice(0, 8).map(function (longhand) {
        return cssSplit(v(longhand), ',') || [v(longhand)];
      });
      return layers[0].map(function (image, i) {
        var part = function (l) {
          return layers[l][i % layers[l].length].trim();
        };
        return (i === layers[0].length - 1 ? v('background-color') + ' ' : '') + [image.trim(), part(4), part(5),
          part(1), part(2), '/', part(3), part(6), part(7)].join(' ');
      }).join(', ');
    case 'background-position':
      var xs = cssSplit(v('background-position-x'), ',');
      var ys = cssSplit(v('background-position-y'), ',');
      return xs.map(function (x, i) {
        return x.trim() + ' ' + ys[i].trim();
      }).join(', ');
    case 'white-space':
      return whiteSpaceText(v('white-space-collapse'), v('text-wrap-mode'));
    case 'font':
      var stretch = v('font-stretch');
      var stretchKeyword = Object.keys(FONT_STRETCH).filter(function (k) {
        return FONT_STRETCH[k] === stretch;
      })[0];
      if (stretchKeyword === undefined || !/^(normal|small-caps)$/.test(v('font-variant'))) {
        return '';
      }
      var lineHeight = resolvedLineHeight(el, v('line-height'));
      return [v('font-style'), v('font-variant'), v('font-weight') === '400' ? 'normal' : v('font-weight'),
        stretchKeyword].filter(function (x) {
        return x !== 'normal';
      }).concat([v('font-size') + (lineHeight === 'normal' ? '' : ' / ' + lineHeight), v('font-family')]).join(' ');
    case 'flex':
      return [v('flex-grow'), v('flex-shrink'), v('flex-basis')].join(' ');
    case 'flex-flow':
      return v('flex-direction') + ' ' + v('flex-wrap');
    case 'outline':
      return [v('outline-color'), v('outline-style'), v('outline-width')].join(' ');
    case 'text-decoration':
      // the style when not solid, the color when not the text's (currentcolor's), as Chromium writes it
      return [v('text-decoration-line')].concat(v('text-decoration-style') === 'solid' ? [] : [v('text-decoration-style')],
          v('text-decoration-color') === v('color') ? [] : [v('text-decoration-color')]).join(' ');
    case 'list-style':
      return [v('list-style-position'), v('list-style-image'), v('list-style-type')].join(' ');
    case 'place-items': case 'place-content': case 'place-self':
      var axis = name.substring(6);
      return pairValue(v('align-' + axis), v('justify-' + axis));
    case 'border-width': case 'border-style': case 'border-color':
      return boxValue(SIDES.map(function (side) {
        return v('border-' + side + name.substring(6));
      }));
    case 'border':
      var sides = SIDES.map(function (side) {
        return shorthandValue(el, 'border-' + side);
      });
      return sides.every(function (s) {
        return s === sides[0];
      }) ? sides[0] : '';
    default:
      var side = /^border-(top|right|bottom|left)$/.exec(name);
      return side === null ? null : ['width', 'style', 'color'].map(function (part) {
        return v(name + '-' + part);
      }).join(' ');
  }
}

/** A box shorthand's four values (top, right, bottom, left) written as few as say them. */
function boxValue(v) {
  return v[1] === v[3] ? (v[0] === v[2] ? (v[0] === v[1] ? v[0] : v[0] + ' ' + v[1])
      : v.slice(0, 3).join(' ')) : v.join(' ');
}
