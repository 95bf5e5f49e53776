// computed-effects.js (lazy module style): the computed values of shadows (CSS Backgrounds
// #box-shadow, CSS Text Decoration #text-shadow-property) and the individual transforms (CSS
// Transforms 2 #individual-transforms: translate, rotate, scale) for getComputedStyle
// (computed-style.js), as Chromium 156 writes them: lengths in px, angles in deg, a shadow's color
// first and its omitted lengths as 0px.
//
// Not done: a percentage or calc() with one stays as written; rotate's axis forms are kept as
// written.

/**
 * A box-shadow (spread true) or text-shadow value's computed value: each shadow's color
 * (currentcolor resolved), its offsets, blur and (a box's) spread in px, and inset; null where a
 * shadow does not parse.
 */
function shadowValue(el, value, spread) {
  if (value.trim().toLowerCase() === 'none') {
    return 'none';
  }
  var shadows = cssSplit(value, ',');
  if (shadows === null) {
    return null;
  }
  var emPx = parseFloat(computedValue(el, 'font-size'));
  var out = [];
  for (var i = 0; i < shadows.length; i++) {
    var lengths = [];
    var color = null;
    var inset = false;
    var parts = valueParts(shadows[i]);
    for (var j = 0; j < parts.length; j++) {
      var length = computeLength(parts[j], emPx);
      if (length !== null) {
        lengths.push(length);
      } else if (spread && parts[j].toLowerCase() === 'inset') {
        inset = true;
      } else {
        color = parts[j];
      }
    }
    if (lengths.length < 2 || lengths.length > (spread ? 4 : 3)) {
      return null;
    }
    while (lengths.length < (spread ? 4 : 3)) {
      lengths.push('0px');
    }
    var lower = color === null ? 'currentcolor' : color.toLowerCase();
    color = lower === 'currentcolor' ? computedValue(el, 'color') : computeColor(color);
    if (color === null) {
      return null;
    }
    out.push(color + ' ' + lengths.join(' ') + (inset ? ' inset' : ''));
  }
  return out.join(', ');
}

/**
 * translate's computed value: its lengths in px (percentages as written), a z of 0 left out, then
 * a y of 0 left out.
 */
function translateValue(el, value) {
  var parts = valueParts(value);
  if (parts.length === 1 && parts[0].toLowerCase() === 'none') {
    return 'none';
  }
  var emPx = parseFloat(computedValue(el, 'font-size'));
  var out = parts.map(function (p) {
    return /%$/.test(p) ? p : computeLength(p, emPx);
  });
  if (out.length > 3 || out.indexOf(null) >= 0) {
    return null;
  }
  if (out.length === 3 && out[2] === '0px') {
    out.pop();
  }
  if (out.length === 2 && (out[1] === '0px' || out[1] === '0%')) {
    out.pop();
  }
  return out.join(' ');
}

/** rotate's computed value: an angle alone in deg; an axis and an angle as written. */
function rotateValue(value) {
  var v = value.trim();
  var angle = /^([+-]?(?:\d*\.\d+|\d+)(?:e[+-]?\d+)?)(deg|grad|rad|turn)$/i.exec(v);
  if (angle !== null) {
    return cssNumber(Number(angle[1]) * {deg: 1, grad: 0.9, rad: 180 / Math.PI, turn: 360}[angle[2].toLowerCase()])
        + 'deg';
  }
  return v.toLowerCase() === 'none' ? 'none' : v;
}

/** scale's computed value: numbers (a percentage as its number), a z of 1 left out, then a y equal to x. */
function scaleValue(value) {
  var parts = valueParts(value);
  if (parts.length === 1 && parts[0].toLowerCase() === 'none') {
    return 'none';
  }
  var out = parts.map(function (p) {
    var m = /^([+-]?(?:\d*\.\d+|\d+)(?:e[+-]?\d+)?)(%?)$/i.exec(p);
    return m === null ? null : cssNumber(Number(m[1]) / (m[2] === '%' ? 100 : 1));
  });
  if (out.length > 3 || out.indexOf(null) >= 0) {
    return null;
  }
  if (out.length === 3 && out[2] === '1') {
    out.pop();
  }
  if (out.length === 2 && out[1] === out[0]) {
    out.pop();
  }
  return out.join(' ');
}
