// computed-shorthands.js (lazy module style): shorthands for getComputedStyle (computed-style.js)
// both ways. Declared, each sets its longhands (declaredValue reads a longhand from them): font
// (CSS Fonts #font-prop), flex and flex-flow (CSS Flexbox #flex-property, #flex-flow-property),
// gap (CSS Box Alignment #gap-shorthand), place-items, place-content and place-self (#place-items-property
// and the others), outline (CSS UI #outline), list-style (CSS Lists #list-style-property),
// text-decoration (CSS Text Decoration #text-decoration-property). Read, each
// answers its longhands' computed values as Chromium 156 writes them, with those and border's
// (#border-shorthands) and its sides', widths', styles' and colors'.
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

/** CSS UI #outline: a width, a style and a color, any of them, in any order. */
function outlineLonghands(v) {
  var out = {'outline-width': 'medium', 'outline-style': 'none', 'outline-color': 'currentcolor'};
  valueParts(v).forEach(function (p) {
    out['outline-' + (p.toLowerCase() === 'auto' ? 'style' : borderPart(p))] = p;
  });
  return out;
}

/**
 * CSS Lists #list-style-property: a position, an image and a type, in any order; none sets
 * whichever of the image and the type the value does not.
 */
function listStyleLonghands(v) {
  var out = {'list-style-position': 'outside', 'list-style-image': null, 'list-style-type': null};
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
  out['list-style-image'] = out['list-style-image'] || 'none';
  out['list-style-type'] = out['list-style-type'] || 'disc';
  return out;
}

/**
 * CSS Text Decoration #text-decoration-property: lines (none, or any of underline, overline,
 * line-through, blink), a style and a color, in any order (a thickness is read and left: its
 * longhand is not given here).
 */
function textDecorationLonghands(v) {
  var out = {'text-decoration-line': 'none', 'text-decoration-style': 'solid',
    'text-decoration-color': 'currentcolor'};
  var lines = [];
  valueParts(v).forEach(function (p) {
    var lower = p.toLowerCase();
    if (/^(underline|overline|line-through|blink)$/.test(lower)) {
      lines.push(lower);
    } else if (/^(solid|double|dotted|dashed|wavy)$/.test(lower)) {
      out['text-decoration-style'] = lower;
    } else if (lower !== 'none' && lower !== 'auto' && lower !== 'from-font' && computeLength(p, 16) === null
        && !/%$/.test(p)) {
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
  'text-decoration': [['text-decoration-line', 'text-decoration-style', 'text-decoration-color'],
    textDecorationLonghands]
};

/** Each longhand's shorthands here, by longhand. */
var LONGHAND_SHORTHANDS = {};
Object.keys(SHORTHANDS).forEach(function (shorthand) {
  SHORTHANDS[shorthand][0].forEach(function (longhand) {
    (LONGHAND_SHORTHANDS[longhand] = LONGHAND_SHORTHANDS[longhand] || []).push(shorthand);
  });
});

/**
 * The shorthands a declaration block writes back from their longhands (CSSOM
 * #serialize-a-css-value of a shorthand), each with its longhands and how it writes their values:
 * box (one to four values, as few as say them), pair (one or two), or all (each, in order).
 */
var BLOCK_SHORTHANDS = (function () {
  var out = {};
  ['margin', 'padding', 'inset', 'border-width', 'border-style', 'border-color'].forEach(function (name) {
    var part = /^border-/.test(name) ? name.substring(7) : '';
    out[name] = ['box', SIDES.map(function (side) {
      return name === 'inset' ? side : part === '' ? name + '-' + side : 'border-' + side + '-' + part;
    })];
  });
  out['border-radius'] = ['box', ['border-top-left-radius', 'border-top-right-radius', 'border-bottom-right-radius',
    'border-bottom-left-radius']];
  ['margin', 'padding', 'inset'].forEach(function (name) {
    ['block', 'inline'].forEach(function (axis) {
      out[name + '-' + axis] = ['pair', [name + '-' + axis + '-start', name + '-' + axis + '-end']];
    });
  });
  SIDES.forEach(function (side) {
    out['border-' + side] = ['all', ['width', 'style', 'color'].map(function (part) {
      return 'border-' + side + '-' + part;
    })];
  });
  out.overflow = ['pair', ['overflow-x', 'overflow-y']];
  // SHORTHANDS' longhands, in their order
  ['gap', 'place-items', 'place-content', 'place-self'].forEach(function (name) {
    out[name] = ['pair', SHORTHANDS[name][0]];
  });
  ['flex', 'flex-flow', 'background-position'].forEach(function (name) {
    out[name] = ['all', SHORTHANDS[name][0]];
  });
  return out;
})();

/**
 * A shorthand's value in a declaration block kept as written (style.js): as declared where its own
 * declaration is the last that sets each of its longhands; else written from its longhands when
 * each is set, with one importance and without var() (border only as declared); {value: null} when not; undefined
 * for a property that is not one of these shorthands.
 */
function blockShorthand(decls, name) {
  var shape = BLOCK_SHORTHANDS[name];
  if (shape === undefined && name !== 'border') {
    return undefined;
  }
  var own = findDeclaration(decls, name);
  var longhands = name === 'border' ? ['top', 'right', 'bottom', 'left'].reduce(function (all, side) {
    return all.concat(BLOCK_SHORTHANDS['border-' + side][1]);
  }, []) : shape[1];
  var found = longhands.map(function (longhand) {
    return blockLonghand(decls, longhand);
  });
  if (own !== null && found.every(function (f) {
    return f.declaration === own;
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
  if (name === 'border') {
    return {value: null}; // Chromium writes it only with border-image's longhands too, which are not kept
  }
  return {value: shorthandText(name, found.map(function (f) {
    return f.value;
  })), important: important};
}

/**
 * A shorthand of BLOCK_SHORTHANDS written from its longhands' values, in its own canonical form
 * (css-specified-values.js: flex's three values, a border side without its initial parts).
 */
function shorthandText(name, values) {
  if (values.some(function (v) {
    return CSS_WIDE.test(v);
  })) {
    // CSSOM #serialize-a-css-value: one CSS-wide keyword of them all, else none
    return values.every(function (v) {
      return v === values[0];
    }) ? values[0] : '';
  }
  var shape = BLOCK_SHORTHANDS[name];
  var value = shape[0] === 'box' ? boxValue(values) : shape[0] === 'pair' ? pairValue(values[0], values[1])
      : name === 'background-position' ? zipLayers(values[0], values[1]) : values.join(' ');
  return specifiedValue(name, value) || value;
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
