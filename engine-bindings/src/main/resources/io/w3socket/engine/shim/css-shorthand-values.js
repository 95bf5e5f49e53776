// css-shorthand-values.js (lazy module style): the canonical text of the shorthands (and lists)
// whose parts Chromium 156 writes in an order or form of its own (CSSOM #serialize-a-css-value:
// the shortest form): a box's sides as few as say them, flex's three values, background, outline,
// list-style, flex-flow, transition and animation in their longhands' order without the initial
// parts Chromium leaves out (border's, text-decoration's, flex-flow's, font's normal keywords,
// transition's), a position horizontal part first with each axis given (center center), a
// background size's height (100% auto), a counter's value (section 0), font families quoted as
// Chromium quotes them. Each takes the canonical text of its components (css-component-values.js).

/** The shorthands of four sides (or corners) written in their shortest form (CSS Box #margin-shorthand). */
var BOX_SHORTHANDS = /^(margin|padding|inset|border-width|border-style|border-color|scroll-margin|scroll-padding)$/;

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

/**
 * CSS Flexbox #flex-property: none | [<flex-grow> <flex-shrink>? || <flex-basis>], as its three
 * values, as Chromium writes them; null when it is not that (a shrink apart from its grow, a third
 * number that is not a zero basis).
 */
function flexValue(nodes) {
  var parts = nodes.filter(function (x) {
    return x.t !== 'ws';
  });
  if (parts.length === 1 && parts[0].t === 'ident' && /^(none|auto)$/i.test(parts[0].value)) {
    return /^none$/i.test(parts[0].value) ? '0 0 auto' : '1 1 auto';
  }
  var grow = null;
  var shrink = null;
  var basis = null;
  for (var i = 0; i < parts.length; i++) {
    var x = parts[i];
    if (x.t === 'number' && grow === null) {
      grow = specifiedNumber(x.n);
    } else if (x.t === 'number' && shrink === null && parts[i - 1].t === 'number') {
      shrink = specifiedNumber(x.n);
    } else if (x.t === 'number' && x.n === 0 && basis === null) {
      basis = '0px'; // a unitless zero basis after the numbers (#flex-flex-basis)
    } else if (x.t !== 'number' && basis === null) {
      basis = writeComponent(x, {property: 'flex-basis', keepCase: null, zero: 'px'});
    } else {
      return null;
    }
  }
  return (grow || '1') + ' ' + (shrink || '1') + ' ' + (basis === null ? '0%' : basis);
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
    if (parts.behavior !== 'normal') {
      out.push(parts.behavior);
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
    // a zero is the size (a weight is 1 to 1000)
    var size = x.t === 'dimension' || x.t === 'percentage' || x.t === 'function' || (x.t === 'number' && x.n === 0)
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
    } else if (!/^reversed\(/.test(parts[i])) {
      // (a reversed() counter without a value counts down from its items' number: CSS Lists
      // #counter-reset)
      out.push(name === 'counter-increment' ? '1' : '0');
    }
  }
  return out.join(' ');
}

/** CSS Values #position's list (background-position) or an origin, each item as positionText writes it. */
function positionsValue(nodes, ctx) {
  return listItems(writeComponents(nodes, ctx)).map(function (item) {
    return positionText(valueParts(item), /-origin$/.test(ctx.property));
  }).join(', ');
}

/** A box shorthand's one to four sides, as few as say them (null for more than four). */
function boxSidesValue(nodes, ctx) {
  var sides = boxSides(writtenParts(nodes, ctx).join(' ')); // computed-style.js
  return sides === null ? null : boxValue(sides); // computed-shorthands.js
}

/**
 * The writers of the properties whose values Chromium writes in a form of its own, each of the
 * value's components and their context ({property, keepCase, zero, fontFamily}); a value it
 * cannot write is null (invalid).
 */
var VALUE_WRITERS = {
  'box-shadow': writeShadows,
  'text-shadow': writeShadows,
  flex: flexValue,
  'font-family': fontFamilies,
  font: fontValue,
  transition: function (nodes, ctx) {
    return motionValue('transition', writeComponents(nodes, ctx));
  },
  animation: function (nodes, ctx) {
    return motionValue('animation', writeComponents(nodes, ctx));
  },
  'background-size': function (nodes, ctx) {
    return listItems(writeComponents(nodes, ctx)).map(function (item) {
      // CSS Backgrounds #background-size: one size is the width, the height auto
      var size = valueParts(item);
      return size.length === 1 && !/^(cover|contain|auto|initial)$/.test(size[0]) ? size[0] + ' auto'
          : size.length === 2 && size[0] === 'auto' && size[1] === 'auto' ? 'auto' : item;
    }).join(', ');
  },
  'aspect-ratio': function (nodes, ctx) {
    // CSS Sizing 4 #aspect-ratio: a <ratio> of one number is that number / 1 (#ratio), auto first
    var ratio = writeComponents(nodes, ctx);
    var auto = / auto$/.test(ratio) ? 'auto ' + ratio.replace(/ auto$/, '') : ratio;
    return /^(auto )?[^ \/]+$/.test(auto) && auto !== 'auto' ? auto + ' / 1' : auto;
  },
  'flex-flow': function (nodes, ctx) {
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
  },
  'border-radius': function (nodes, ctx) {
    // CSS Backgrounds #border-radius: each half's corners as few as say them
    return writeComponents(nodes, ctx).split(' / ').map(function (half) {
      var corners = boxSides(half);
      return corners === null ? half : boxValue(corners);
    }).join(' / ');
  }
};
['counter-reset', 'counter-set', 'counter-increment'].forEach(function (name) {
  VALUE_WRITERS[name] = function (nodes, ctx) {
    return countersText(name, valueParts(writeComponents(nodes, ctx)));
  };
});
['gap', 'overflow', 'translate'].forEach(function (name) {
  VALUE_WRITERS[name] = function (nodes, ctx) {
    // a pair whose second is the first (or translate's 0px y) as one
    var pair = writtenParts(nodes, ctx);
    if (pair.length === 2 && name === 'translate' && pair[1] === '0px') {
      pair.pop();
    }
    return pair.length === 2 ? pairValue(pair[0], pair[1]) : pair.join(' '); // computed-style.js
  };
});
Object.keys(PART_ORDER).forEach(function (name) {
  VALUE_WRITERS[name] = function (nodes, ctx) {
    return PART_ORDER[name](writeComponents(nodes, ctx));
  };
});
