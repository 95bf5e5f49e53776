// css-colors.js (lazy module style): the computed values of colors (CSS Color 4,
// https://drafts.csswg.org/css-color-4/) for getComputedStyle (computed-style.js), as headless
// Chromium 156 writes them.

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

/**
 * CSS Color 4 #serializing-sRGB-values: rgb() when opaque, else rgba(). The alpha is kept as a
 * byte, as Chromium keeps it, and written with two decimals where they give the byte back, else
 * three (#serializing-alpha-values).
 */
function serializeRgb(r, g, b, a) {
  var c = [r, g, b].map(function (x) {
    return Math.round(Math.max(0, Math.min(255, x)));
  }).join(', ');
  var alphaByte = Math.round(Math.max(0, Math.min(1, a)) * 255);
  if (alphaByte === 255) {
    return 'rgb(' + c + ')';
  }
  var alpha = Math.round(alphaByte / 255 * 100) / 100;
  if (Math.round(alpha * 255) !== alphaByte) {
    alpha = Math.round(alphaByte / 255 * 1000) / 1000;
  }
  return 'rgba(' + c + ', ' + String(alpha) + ')';
}

/**
 * A color's computed value (CSS Color 4 #resolving-color-values): hex, named, transparent, rgb(),
 * hsl() and hwb() as rgb(); lab(), lch(), oklab(), oklch() and color() normalized; null for
 * another value (color-mix(), relative colors, system colors), which stays as written.
 */
function computeColor(value) {
  var v = value.toLowerCase();
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
  var m = /^(rgba?|hsla?|hwb|lab|lch|oklab|oklch|color)\((.*)\)$/.exec(v);
  var args = m === null ? null : colorArguments(m[2], m[1] === 'color');
  if (args === null) {
    return null;
  }
  switch (m[1]) {
    case 'rgb':
    case 'rgba':
      return rgbColor(args);
    case 'hsl':
    case 'hsla':
    case 'hwb':
      return m[1] === 'hwb' ? hwbColor(args) : hslColor(args);
    case 'color':
      return predefinedColor(args);
    default:
      return labColor(m[1], args);
  }
}

/**
 * A color function's arguments (#color-syntax): three components, then an alpha or null, space
 * separated with "/" before the alpha, or comma separated (legacy rgb() and hsl()); for color(),
 * the color space first. Null when malformed.
 */
function colorArguments(text, predefined) {
  var out = {space: null, c: null, alpha: null, legacy: false};
  if (!predefined && text.indexOf(',') >= 0) {
    out.legacy = true;
    out.c = text.split(',').map(function (p) {
      return p.trim();
    });
    if (out.c.length === 4) {
      out.alpha = out.c.pop();
    }
  } else {
    var slash = text.split('/');
    if (slash.length > 2) {
      return null;
    }
    out.c = valueParts(slash[0].trim());
    out.alpha = slash.length === 2 ? slash[1].trim() : null;
    if (predefined) {
      out.space = out.c.shift();
    }
  }
  var ok = out.c.length === 3 && out.c.concat(out.alpha === null ? [] : [out.alpha]).every(function (p) {
    return /^([+-]?(\d*\.\d+|\d+)(e[+-]?\d+)?(%|deg|grad|rad|turn)?|none)$/.test(p);
  });
  return ok ? out : null;
}

/** A component as a number: a percentage of hundred (scaled to full), an angle in degrees; none is 0. */
function colorNumber(p, full) {
  if (p === 'none') {
    return 0;
  }
  var unit = /[a-z%]*$/.exec(p)[0];
  return unit === '%' ? parseFloat(p) * full / 100 : unit === '' ? parseFloat(p) : angleDegrees(p);
}

/** CSS Values 4 #angles: the degrees in each unit. */
var DEGREES_PER_UNIT = {deg: 1, grad: 0.9, rad: 180 / Math.PI, turn: 360};

/** CSS Values 4 #angles: an angle (a number and deg, grad, rad or turn, in any case) in degrees, or null. */
function angleDegrees(text) {
  var m = /^([+-]?(?:\d*\.\d+|\d+)(?:e[+-]?\d+)?)(deg|grad|rad|turn)$/i.exec(text);
  return m === null ? null : Number(m[1]) * DEGREES_PER_UNIT[m[2].toLowerCase()];
}

/** An alpha component: a number or a percentage, clamped to [0, 1]; 1 when left out. */
function colorAlpha(args) {
  return args.alpha === null ? 1 : Math.max(0, Math.min(1, colorNumber(args.alpha, 1)));
}

function rgbColor(args) {
  return serializeRgb(colorNumber(args.c[0], 255), colorNumber(args.c[1], 255), colorNumber(args.c[2], 255),
      colorAlpha(args));
}

/** #hsl-to-rgb: hue in degrees, saturation and lightness in [0, 1]; channels in [0, 255]. */
function hslToRgb(hue, sat, light) {
  var h = ((hue % 360) + 360) % 360;
  return [0, 8, 4].map(function (n) {
    var k = (n + h / 30) % 12;
    var a = sat * Math.min(light, 1 - light);
    return 255 * (light - a * Math.max(-1, Math.min(k - 3, 9 - k, 1)));
  });
}

/** #the-hsl-notation, as rgb() (#serializing-sRGB-values). */
function hslColor(args) {
  var rgb = hslToRgb(colorNumber(args.c[0], 0), Math.max(0, colorNumber(args.c[1], 100)) / 100,
      colorNumber(args.c[2], 100) / 100);
  return serializeRgb(rgb[0], rgb[1], rgb[2], colorAlpha(args));
}

/** #the-hwb-notation (#hwb-to-rgb), as rgb(). */
function hwbColor(args) {
  var white = colorNumber(args.c[1], 100) / 100;
  var black = colorNumber(args.c[2], 100) / 100;
  var rgb;
  if (white + black >= 1) {
    var gray = 255 * white / (white + black);
    rgb = [gray, gray, gray];
  } else {
    rgb = hslToRgb(colorNumber(args.c[0], 0), 1, 0.5).map(function (x) {
      return x * (1 - white - black) + 255 * white;
    });
  }
  return serializeRgb(rgb[0], rgb[1], rgb[2], colorAlpha(args));
}

/** A component as #serializing-lab-lch writes it: none, or a number to six significant digits. */
function colorComponent(p, value) {
  return p === 'none' ? 'none' : String(Number(value.toPrecision(6)));
}

/** The alpha part of a serialized color: nothing when opaque. */
function alphaSuffix(args) {
  var a = colorAlpha(args);
  return a === 1 ? '' : ' / ' + colorComponent(args.alpha, a);
}

/**
 * #serializing-lab-lch and #serializing-oklab-oklch: numbers, a percentage as its share of the
 * component's reference range (lightness 100 or 1; a and b 125 or 0.4; chroma 150 or 0.4),
 * lightness clamped to it, chroma to non-negative, hue in degrees in [0, 360).
 */
function labColor(fn, args) {
  var ok = fn.substring(0, 2) === 'ok';
  var lightnessFull = ok ? 1 : 100;
  var polar = /ch$/.test(fn);
  var second = polar ? (ok ? 0.4 : 150) : (ok ? 0.4 : 125);
  var l = Math.max(0, Math.min(lightnessFull, colorNumber(args.c[0], lightnessFull)));
  var c2 = colorNumber(args.c[1], second);
  var c3 = polar ? ((colorNumber(args.c[2], 0) % 360) + 360) % 360 : colorNumber(args.c[2], second);
  return fn + '(' + [colorComponent(args.c[0], l), colorComponent(args.c[1], polar ? Math.max(0, c2) : c2),
    colorComponent(args.c[2], c3)].join(' ') + alphaSuffix(args) + ')';
}

/** #predefined: color(space c1 c2 c3), percentages as shares of 1, xyz as xyz-d65. */
var PREDEFINED_SPACES = ['srgb', 'srgb-linear', 'display-p3', 'a98-rgb', 'prophoto-rgb', 'rec2020', 'xyz',
  'xyz-d50', 'xyz-d65'];
function predefinedColor(args) {
  if (PREDEFINED_SPACES.indexOf(args.space) < 0) {
    return null;
  }
  return 'color(' + (args.space === 'xyz' ? 'xyz-d65' : args.space) + ' ' + args.c.map(function (p) {
    return colorComponent(p, colorNumber(p, 1));
  }).join(' ') + alphaSuffix(args) + ')';
}
