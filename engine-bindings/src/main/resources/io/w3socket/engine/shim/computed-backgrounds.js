// computed-backgrounds.js (lazy module effects): the computed values of the background longhands
// (CSS Backgrounds #backgrounds) for getComputedStyle (computed-style.js), as Chromium 156 writes
// them: each a list with an item for each layer of background-image (#layering: a shorter list
// repeated, a longer one cut), an item "initial" (a background shorthand's part left out) its
// initial value; an image's url() resolved, positions' keywords as percentages and offsets in px,
// a size of one value given auto for its height, a repeat of two values written as one where one
// says it.
//
// Not done: url() resolves against the document's base URL (Chromium: against the sheet a
// declaration came from, which the cascade does not keep).

/** CSS Values #position: the keywords' offsets, as percentages. */
var POSITION_PERCENT = {left: 0, top: 0, center: 50, right: 100, bottom: 100};

/** The layered longhands' initial values (CSS Backgrounds #backgrounds). */
var BACKGROUND_INITIAL = {'background-image': 'none', 'background-position-x': '0%', 'background-position-y': '0%',
  'background-size': 'auto', 'background-repeat': 'repeat', 'background-attachment': 'scroll',
  'background-origin': 'padding-box', 'background-clip': 'border-box'};

/** A layered background longhand's computed value, or null where an item does not parse. */
function backgroundValue(el, name, value) {
  var items = style.cssSplit(value, ',');
  if (items === null) {
    return null;
  }
  var computed = [];
  for (var i = 0; i < items.length; i++) {
    var item = items[i].trim();
    var v = item.toLowerCase() === 'initial' ? BACKGROUND_INITIAL[name] : backgroundItem(el, name, item);
    if (v === null) {
      return null;
    }
    computed.push(v);
  }
  if (name === 'background-image') {
    return computed.join(', ');
  }
  var layers = style.cssSplit(style.computedValue(el, 'background-image'), ',');
  var out = [];
  for (var l = 0; l < (layers === null ? 1 : layers.length); l++) {
    out.push(computed[l % computed.length]);
  }
  return out.join(', ');
}

/** One item of a layered background longhand, computed; null where it does not parse. */
function backgroundItem(el, name, item) {
  var lower = item.toLowerCase();
  switch (name) {
    case 'background-image':
      return lower === 'none' ? lower : /^url\(/i.test(item) ? resolvedUrl(item) : imageValue(el, item); // computed-images.js
    case 'background-position-x': case 'background-position-y':
      return positionOffset(el, style.valueParts(item));
    case 'background-size':
      var size = style.valueParts(lower);
      if (size.length === 1 && (size[0] === 'cover' || size[0] === 'contain')) {
        return size[0];
      }
      var lengths = size.map(function (s) {
        return s === 'auto' ? s : lengthPercentage(el, s);
      });
      if (lengths.length > 2 || lengths.indexOf(null) >= 0) {
        return null;
      }
      // #background-size: one value is the width, the height auto; auto for both is one auto
      return lengths.length === 1 || lengths[1] === 'auto' ? (lengths[0] === 'auto' ? 'auto' : lengths[0] + ' auto')
          : lengths.join(' ');
    case 'background-repeat':
      var repeat = style.valueParts(lower);
      if (repeat.length === 2) {
        // #background-repeat: the two-value forms that one keyword says
        return repeat[0] === repeat[1] ? repeat[0] : repeat.join(' ') === 'repeat no-repeat' ? 'repeat-x'
            : repeat.join(' ') === 'no-repeat repeat' ? 'repeat-y' : repeat.join(' ');
      }
      return lower;
    default:
      return lower;
  }
}

/**
 * A position's x or y part (a keyword, an offset, or a keyword and its offset) as an offset from
 * the top left: keywords as percentages, lengths in px, an offset from the right or bottom as the
 * percentage left (of a percentage) or a calc() (of a length), as Chromium writes it.
 */
function positionOffset(el, parts) {
  var keyword = parts[0].toLowerCase();
  var known = Object.prototype.hasOwnProperty.call(POSITION_PERCENT, keyword);
  if (parts.length === 1) {
    return known ? POSITION_PERCENT[keyword] + '%' : lengthPercentage(el, parts[0]);
  }
  var offset = parts.length === 2 && known ? lengthPercentage(el, parts[1]) : null;
  if (offset === null) {
    return null;
  }
  if (keyword === 'left' || keyword === 'top') {
    return offset;
  }
  return /%$/.test(offset) ? style.cssNumber(100 - parseFloat(offset)) + '%' : 'calc(100% - ' + offset + ')';
}

/** A length (in px) or a percentage, computed; a calc() as written; null for anything else. */
function lengthPercentage(el, part) {
  if (/^[+-]?(\d*\.\d+|\d+)%$/.test(part)) {
    return style.cssNumber(parseFloat(part)) + '%';
  }
  if (/^calc\(/i.test(part)) {
    return part;
  }
  return style.computeLength(part, /\dr?em$/i.test(part) ? parseFloat(style.computedValue(el, 'font-size')) : 16);
}

/**
 * CSS Values #urls: a url() computed, its URL parsed against the document's base URL and written
 * as a string (CSSOM #serialize-a-url); as written where it does not parse.
 */
function resolvedUrl(item) {
  var m = /^url\(\s*(?:"((?:[^"\\]|\\[\s\S])*)"|'((?:[^'\\]|\\[\s\S])*)'|([^"'\s)]*))\s*\)$/i.exec(item);
  if (m === null) {
    return item;
  }
  var text = (m[1] !== undefined ? m[1] : m[2] !== undefined ? m[2] : m[3]).replace(/\\([\s\S])/g, '$1');
  var parsed = parseUrl(text, documentBaseUrl());
  return parsed === null ? item : 'url("' + parsed.href.replace(/\\/g, '\\\\').replace(/"/g, '\\"') + '")';
}
