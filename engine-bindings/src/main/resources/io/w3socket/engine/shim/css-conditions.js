// css-conditions.js (lazy module css): whether a style sheet's conditions hold now, for the
// cascade (cascade.js): a media query list (Media Queries, through media-queries.js) and an
// @supports condition (css-conditional #at-supports).

/** Whether each media query list's text (by text) matches this host's one device (mediaMatches). */
var mediaTextMatches = Object.create(null);

/** #evaluate-a-media-query-list of a MediaList; an empty one matches. */
function mediaMatches(list) {
  var text = mediaText(list);
  var matches = mediaTextMatches[text];
  if (matches === undefined) {
    var view = loadModule('view');
    matches = mediaTextMatches[text] = text === '' || view.mediaQueryListMatches(view.parseMediaQueryList(text));
  }
  return matches;
}

/**
 * css-conditional #at-supports: whether a condition holds. A declaration holds when this host
 * knows its property (its value is not checked); selector() when the selector parses; anything
 * else in parentheses (#typedef-supports-in-parens's general-enclosed) does not; a condition that
 * does not parse holds nowhere.
 */
function supportsHolds(text) {
  var p = {text: text, i: 0};
  var v = supportsCondition(p);
  supportsSpace(p);
  return v === true && p.i === text.length;
}

function supportsSpace(p) {
  while (p.i < p.text.length && /\s/.test(p.text.charAt(p.i))) {
    p.i++;
  }
}

/** The keyword (not, and, or) at p, followed by whitespace, consumed; else false. */
function supportsKeyword(p, keyword) {
  supportsSpace(p);
  var word = p.text.substring(p.i, p.i + keyword.length);
  if (word.toLowerCase() === keyword && /\s/.test(p.text.charAt(p.i + keyword.length))) {
    p.i += keyword.length;
    return true;
  }
  return false;
}

/** #typedef-supports-condition: true, false, or null when it does not parse. */
function supportsCondition(p) {
  if (supportsKeyword(p, 'not')) {
    var v = supportsInParens(p);
    return v === null ? null : !v;
  }
  var value = supportsInParens(p);
  if (value === null) {
    return null;
  }
  var start = p.i;
  var op = supportsKeyword(p, 'and') ? 'and' : supportsKeyword(p, 'or') ? 'or' : null;
  if (op === null) {
    p.i = start;
    return value;
  }
  do {
    var next = supportsInParens(p);
    if (next === null) {
      return null;
    }
    value = op === 'and' ? value && next : value || next;
    start = p.i;
  } while (supportsKeyword(p, op));
  p.i = start;
  return value;
}

/** #typedef-supports-in-parens: a condition or a declaration in parentheses, or a function. */
function supportsInParens(p) {
  supportsSpace(p);
  var fn = /^([\w-]*)\(/.exec(p.text.substring(p.i));
  if (fn === null) {
    return null;
  }
  var open = p.i + fn[1].length;
  var close = closingParen(p.text, open);
  if (p.text.charAt(close - 1) !== ')') {
    return null;
  }
  var inner = p.text.substring(open + 1, close - 1);
  p.i = close;
  if (fn[1] !== '') {
    // #typedef-supports-selector-fn; other functions are general-enclosed.
    return fn[1].toLowerCase() === 'selector' && cssSelector(inner.trim(), false) !== null;
  }
  var nested = {text: inner, i: 0};
  var v = supportsCondition(nested);
  supportsSpace(nested);
  if (v !== null && nested.i === inner.length) {
    return v;
  }
  var decl = /^\s*([\w-]+)\s*:\s*(\S[\s\S]*)$/.exec(inner);
  return decl !== null && loadModule('style').isSupportedProperty(decl[1].toLowerCase());
}
