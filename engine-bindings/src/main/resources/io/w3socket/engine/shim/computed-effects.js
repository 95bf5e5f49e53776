// computed-effects.js (lazy module effects): the computed values of shadows (CSS Backgrounds
// #box-shadow, CSS Text Decoration #text-shadow-property), transform as a matrix (CSS Transforms
// #serialization-of-the-computed-value) and the individual transforms (CSS Transforms 2
// #individual-transforms: translate, rotate, scale) for getComputedStyle (computed-style.js), as
// Chromium 156 writes them: lengths in px, angles in deg, a shadow's color first and its omitted
// lengths as 0px, a matrix's numbers to six significant digits.
//
// Not done: a percentage (or calc() with one) stays as written in translate; in transform it is
// of a box of size 0 (nothing is laid out here); rotate's axis forms are kept as written.

var style = loadModule('style');

/**
 * The computed value of one of the properties this module and computed-images.js compute
 * (computed-style.js asks for all but none), or null where the value does not parse.
 */
function effectValue(el, name, value) {
  switch (name) {
    case 'box-shadow': case 'text-shadow':
      return shadowValue(el, value, name === 'box-shadow');
    case 'translate':
      return translateValue(el, value);
    case 'rotate':
      return rotateValue(value);
    case 'scale':
      return scaleValue(value);
    case 'transform':
      return transformValue(el, value);
    case 'border-image-source':
      return backgroundItem(el, 'background-image', value); // computed-backgrounds.js: an image, as a layer's
    default:
      return backgroundValue(el, name, value); // computed-backgrounds.js
  }
}

/**
 * A box-shadow (spread true) or text-shadow value's computed value: each shadow's color
 * (currentcolor resolved), its offsets, blur and (a box's) spread in px, and inset; null where a
 * shadow does not parse.
 */
function shadowValue(el, value, spread) {
  if (value.trim().toLowerCase() === 'none') {
    return 'none';
  }
  var shadows = style.cssSplit(value, ',');
  if (shadows === null) {
    return null;
  }
  var emPx = parseFloat(style.computedValue(el, 'font-size'));
  var out = [];
  for (var i = 0; i < shadows.length; i++) {
    var lengths = [];
    var color = null;
    var inset = false;
    var parts = style.valueParts(shadows[i]);
    for (var j = 0; j < parts.length; j++) {
      var length = style.computeLength(parts[j], emPx);
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
    color = lower === 'currentcolor' ? style.computedValue(el, 'color') : style.computeColor(color);
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
  var parts = style.valueParts(value);
  if (parts.length === 1 && parts[0].toLowerCase() === 'none') {
    return 'none';
  }
  var emPx = parseFloat(style.computedValue(el, 'font-size'));
  var out = parts.map(function (p) {
    return /%$/.test(p) ? p : style.computeLength(p, emPx);
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
  var deg = style.angleDegrees(v);
  if (deg !== null) {
    return style.cssNumber(deg) + 'deg';
  }
  return v.toLowerCase() === 'none' ? 'none' : v;
}

/** scale's computed value: numbers (a percentage as its number), a z of 1 left out, then a y equal to x. */
function scaleValue(value) {
  var parts = style.valueParts(value);
  if (parts.length === 1 && parts[0].toLowerCase() === 'none') {
    return 'none';
  }
  var out = parts.map(function (p) {
    var m = /^([+-]?(?:\d*\.\d+|\d+)(?:e[+-]?\d+)?)(%?)$/i.exec(p);
    return m === null ? null : style.cssNumber(Number(m[1]) / (m[2] === '%' ? 100 : 1));
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

/**
 * transform's computed value (#serialization-of-the-computed-value): none, or the functions'
 * product as matrix() where it is a 2D matrix, else matrix3d(); null where a function does not
 * parse.
 */
function transformValue(el, value) {
  var v = value.trim();
  if (v.toLowerCase() === 'none') {
    return 'none';
  }
  var emPx = parseFloat(style.computedValue(el, 'font-size'));
  var m = identityMatrix();
  var re = /([a-z0-9]+)\(([^()]*)\)\s*/gi;
  var at = 0;
  for (var f = re.exec(v); f !== null && f.index === at; f = re.exec(v)) {
    var step = transformFunction(f[1].toLowerCase(), f[2].split(',').map(function (a) {
      return a.trim();
    }), emPx);
    if (step === null) {
      return null;
    }
    m = multiplyMatrices(m, step);
    at = re.lastIndex;
  }
  if (at !== v.length) {
    return null;
  }
  var is2d = [2, 3, 6, 7, 8, 9, 11, 14].every(function (i) {
    return m[i] === 0;
  }) && m[10] === 1 && m[15] === 1;
  var numbers = is2d ? [m[0], m[1], m[4], m[5], m[12], m[13]] : m;
  return (is2d ? 'matrix(' : 'matrix3d(') + numbers.map(matrixNumber).join(', ') + ')';
}

/**
 * A matrix entry as Chromium writes it: six significant digits as C's %g does (an exponent of two
 * digits or more below 1e-4 and from 1e6), no -0.
 */
function matrixNumber(x) {
  if (x === 0 || !isFinite(x)) {
    return x === 0 ? '0' : String(x);
  }
  var e = x.toExponential(5).split('e');
  var exponent = Number(e[1]);
  if (exponent < -4 || exponent >= 6) {
    var mantissa = e[0].replace(/\.?0+$/, '');
    return mantissa + 'e' + (exponent < 0 ? '-' : '+') + (Math.abs(exponent) < 10 ? '0' : '') + Math.abs(exponent);
  }
  return String(Number(x.toPrecision(6)));
}

/** The 4x4 identity, column-major (m[column * 4 + row]) as CSS Transforms' matrix3d(). */
function identityMatrix() {
  return [1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1];
}

function multiplyMatrices(a, b) {
  var out = [];
  for (var col = 0; col < 4; col++) {
    for (var row = 0; row < 4; row++) {
      var sum = 0;
      for (var k = 0; k < 4; k++) {
        sum += a[k * 4 + row] * b[col * 4 + k];
      }
      out[col * 4 + row] = sum;
    }
  }
  return out;
}

/** An angle in degrees (a unitless 0 too), or null. */
function transformAngle(a) {
  return /^[+-]?(?:0*\.0+|0+)(?:e[+-]?\d+)?$/i.test(a) ? 0 : style.angleDegrees(a);
}

/** The sine and cosine of an angle in degrees, exact at the multiples of 90 (as Chromium's are). */
function sinCosDegrees(deg) {
  var turn = ((deg % 360) + 360) % 360;
  if (turn % 90 === 0) {
    return [[0, 1], [1, 0], [0, -1], [-1, 0]][turn / 90];
  }
  var r = deg * Math.PI / 180;
  return [Math.sin(r), Math.cos(r)];
}

/** A length in px (a percentage of a box of size 0), or null. */
function transformLength(a, emPx) {
  if (/^[+-]?(\d*\.\d+|\d+)%$/.test(a)) {
    return 0;
  }
  var px = style.computeLength(a, emPx);
  return px === null ? null : parseFloat(px);
}

/** CSS Transforms #transform-functions (and 2's 3D ones): one function's matrix, or null. */
function transformFunction(name, args, emPx) {
  var n = args.map(Number);
  var m = identityMatrix();
  var numbers = args.every(function (a) {
    return /^[+-]?(\d*\.\d+|\d+)(e[+-]?\d+)?$/i.test(a);
  });
  var lengths = args.map(function (a) {
    return transformLength(a, emPx);
  });
  var anyLength = lengths.indexOf(null) < 0;
  switch (name) {
    case 'matrix':
      return numbers && n.length === 6 ? [n[0], n[1], 0, 0, n[2], n[3], 0, 0, 0, 0, 1, 0, n[4], n[5], 0, 1] : null;
    case 'matrix3d':
      return numbers && n.length === 16 ? n : null;
    case 'translate': case 'translatex': case 'translatey': case 'translatez': case 'translate3d':
      var count = {translate: [1, 2], translatex: [1, 1], translatey: [1, 1], translatez: [1, 1], translate3d: [3, 3]}[name];
      if (!anyLength || args.length < count[0] || args.length > count[1]) {
        return null;
      }
      var t = name === 'translatey' ? [0, lengths[0], 0] : name === 'translatez' ? [0, 0, lengths[0]]
          : [lengths[0], lengths[1] || 0, lengths[2] || 0];
      m[12] = t[0];
      m[13] = t[1];
      m[14] = t[2];
      return m;
    case 'scale': case 'scalex': case 'scaley': case 'scalez': case 'scale3d':
      var sc = args.map(function (a) {
        var p = /^([+-]?(?:\d*\.\d+|\d+))%$/.exec(a);
        return p !== null ? Number(p[1]) / 100 : /^[+-]?(\d*\.\d+|\d+)(e[+-]?\d+)?$/i.test(a) ? Number(a) : null;
      });
      var sizes = {scale: [1, 2], scalex: [1, 1], scaley: [1, 1], scalez: [1, 1], scale3d: [3, 3]}[name];
      if (sc.indexOf(null) >= 0 || args.length < sizes[0] || args.length > sizes[1]) {
        return null;
      }
      var s3 = name === 'scalex' ? [sc[0], 1, 1] : name === 'scaley' ? [1, sc[0], 1] : name === 'scalez' ? [1, 1, sc[0]]
          : name === 'scale' ? [sc[0], sc.length > 1 ? sc[1] : sc[0], 1] : sc;
      m[0] = s3[0];
      m[5] = s3[1];
      m[10] = s3[2];
      return m;
    case 'rotate': case 'rotatez': case 'rotatex': case 'rotatey': case 'rotate3d':
      var axis = name === 'rotatex' ? [1, 0, 0] : name === 'rotatey' ? [0, 1, 0] : name === 'rotate3d' ? n.slice(0, 3)
          : [0, 0, 1];
      var angle = transformAngle(args[args.length - 1]);
      if (angle === null || args.length !== (name === 'rotate3d' ? 4 : 1) || axis.some(isNaN)) {
        return null;
      }
      return rotationMatrix(axis, angle);
    case 'skew': case 'skewx': case 'skewy':
      var ax = transformAngle(args[0]);
      var ay = name === 'skew' && args.length > 1 ? transformAngle(args[1]) : 0;
      if (ax === null || ay === null || args.length > (name === 'skew' ? 2 : 1)) {
        return null;
      }
      var tan = function (deg) {
        var sc = sinCosDegrees(deg);
        return sc[0] / sc[1];
      };
      if (name === 'skewy') {
        m[1] = tan(ax);
      } else {
        m[4] = tan(ax);
        m[1] = tan(ay);
      }
      return m;
    case 'perspective':
      if (args.length !== 1) {
        return null;
      }
      if (args[0].toLowerCase() === 'none') {
        return m;
      }
      var d = transformLength(args[0], emPx);
      if (d === null || d < 0) {
        return null;
      }
      m[11] = -1 / Math.max(d, 1);
      return m;
    default:
      return null;
  }
}

/** CSS Transforms 2 #Rotate3dDefined: the rotation by angle (degrees) around an axis. */
function rotationMatrix(axis, angle) {
  var len = Math.sqrt(axis[0] * axis[0] + axis[1] * axis[1] + axis[2] * axis[2]);
  if (len === 0) {
    return identityMatrix();
  }
  var x = axis[0] / len;
  var y = axis[1] / len;
  var z = axis[2] / len;
  var sc = sinCosDegrees(angle);
  var s = sc[0];
  var c = sc[1];
  var t = 1 - c;
  return [t * x * x + c, t * x * y + s * z, t * x * z - s * y, 0,
    t * x * y - s * z, t * y * y + c, t * y * z + s * x, 0,
    t * x * z + s * y, t * y * z - s * x, t * z * z + c, 0,
    0, 0, 0, 1];
}
