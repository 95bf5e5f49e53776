// computed-images.js (lazy module effects): the computed value of background-image's gradients (CSS
// Images #gradients, CSS Images 4 #color-interpolation) for getComputedStyle (computed-style.js),
// as Chromium 156 writes them: colors computed, a linear gradient's default direction (to bottom,
// 180deg) left out and its angle in deg, a color space of interpolation left out where it is the
// default (srgb when every color is a legacy one, else oklab), stop positions in px, a stop with two
// positions written as two stops.
//
// Not done: a radial or conic gradient's shape and position stay as written (a url() is
// computed-backgrounds.js's).

/** One image of a background-image list computed: a gradient normalized; another image as written. */
function imageValue(el, layer) {
  var m = /^((?:repeating-)?(?:linear|radial|conic)-gradient)\(([\s\S]*)\)$/i.exec(layer);
  if (m === null) {
    return layer;
  }
  return gradientValue(el, m[1].toLowerCase(), m[2], parseFloat(style.computedValue(el, 'font-size'))) || layer;
}

/** CSS Color 4 #legacy-color-syntax: the color forms whose default interpolation space is srgb. */
var LEGACY_COLOR = /^(#|rgba?\(|hsla?\(|hwb\(|[a-z]+$)/i;

/** A gradient function's computed value, or null where it does not parse. */
function gradientValue(el, name, args, emPx) {
  var parts = style.cssSplit(args, ',');
  if (parts === null || parts.length < 2) {
    return null;
  }
  var linear = /linear/.test(name);
  var first = parts[0];
  var space = null;
  var stopsFrom = 0;
  var lead = [];
  if (style.computeColor(style.valueParts(first)[0]) === null && style.valueParts(first)[0].toLowerCase() !== 'currentcolor') {
    stopsFrom = 1;
    var words = style.valueParts(first);
    var inAt = words.map(function (w) {
      return w.toLowerCase();
    }).indexOf('in');
    if (inAt >= 0) {
      space = words.slice(inAt + 1).join(' ').toLowerCase();
      words = words.slice(0, inAt);
    }
    if (linear && words.length === 1 && /^[+-]?(\d*\.\d+|\d+)(deg|grad|rad|turn)$/i.test(words[0])) {
      var deg = rotateValue(words[0]); // computed-effects.js: in deg
      if (deg !== '180deg') {
        lead.push(deg);
      }
    } else if (linear && words.join(' ').toLowerCase() === 'to bottom') {
      // the default direction
    } else if (words.length > 0) {
      lead.push(words.join(' '));
    }
  }
  var legacy = true;
  var stops = [];
  for (var i = stopsFrom; i < parts.length; i++) {
    var p = style.valueParts(parts[i]);
    var colorText = p[0];
    var color = colorText.toLowerCase() === 'currentcolor' ? style.computedValue(el, 'color') : style.computeColor(colorText);
    var positions = p.slice(1).map(function (x) {
      return /%$/.test(x) ? x : style.computeLength(x, emPx);
    });
    if (color === null) {
      // a transition hint: a lone position
      var hint = p.length === 1 ? (/%$/.test(p[0]) ? p[0] : style.computeLength(p[0], emPx)) : null;
      if (hint === null) {
        return null;
      }
      stops.push(hint);
      continue;
    }
    if (positions.length > 2 || positions.indexOf(null) >= 0) {
      return null;
    }
    legacy = legacy && LEGACY_COLOR.test(colorText);
    if (positions.length === 0) {
      stops.push(color);
    }
    positions.forEach(function (position) {
      stops.push(color + ' ' + position);
    });
  }
  if (space !== null && space !== (legacy ? 'srgb' : 'oklab')) {
    lead.push('in ' + space);
  }
  var head = lead.join(' ');
  return name + '(' + (head === '' ? '' : head + ', ') + stops.join(', ') + ')';
}
