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

/** Each shorthand here, by name: its longhands, and them from its value (null where it does not parse). */
var SHORTHANDS = {
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
