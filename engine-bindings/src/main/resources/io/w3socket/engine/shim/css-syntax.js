// css-syntax.js (lazy module style): the rule structure of CSS Syntax Level 3
// (https://drafts.csswg.org/css-syntax-3/) that style sheets need, parsed by the host
// (io.w3socket.engine.CssRuleSyntax): #parse-a-stylesheet's list of rules, a style rule's block
// contents and #parse-a-rule (insertRule's: exactly one rule). Preludes are kept as text with
// comments removed and whitespace collapsed; blocks as their text. cssScan reads what is inside a
// prelude or a value the same way (a selector list, a shorthand's parts).

/**
 * The characters cssScan and cssSplit (style.js) look at (by code: true); the others pass as they
 * are, a run of them copied whole (GraalJS's interpreter pays per character; a regular expression
 * searched from an index costs Nashorn the whole text each time).
 */
var CSS_SPECIAL = [];
'\t\n\f\r /"\'\\()[]{};,'.split('').forEach(function (c) {
  CSS_SPECIAL[c.charCodeAt(0)] = true;
});

/** The index of the first character from i on that CSS_SPECIAL has (text's length if none). */
function cssPlainEnd(text, i) {
  var n = text.length;
  while (i < n && CSS_SPECIAL[text.charCodeAt(i)] !== true) {
    i++;
  }
  return i;
}

/**
 * Scans text from pos to the first top-level character of stops (outside comments, strings and
 * brackets) or the end: {end, text}, text being what was passed over, comments removed and
 * whitespace runs collapsed to one space (strings kept as written).
 */
function cssScan(text, pos, stops) {
  var out = '';
  var depth = [];
  var space = false;
  for (var i = pos; i < text.length; i++) {
    var special = cssPlainEnd(text, i);
    if (special > i) {
      if (space) {
        out += out === '' ? '' : ' ';
        space = false;
      }
      out += text.substring(i, special);
      i = special;
      if (i >= text.length) {
        break;
      }
    }
    var c = text.charAt(i);
    if (c === '/' && text.charAt(i + 1) === '*') {
      var close = text.indexOf('*/', i + 2);
      i = close < 0 ? text.length : close + 1;
      continue;
    }
    if (depth.length === 0 && stops.indexOf(c) >= 0) {
      return {end: i, text: out};
    }
    if (c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\f') {
      space = true;
      continue;
    }
    if (space) {
      out += out === '' ? '' : ' ';
      space = false;
    }
    if (c === '"' || c === "'") {
      var j = i + 1;
      while (j < text.length && text.charAt(j) !== c && text.charAt(j) !== '\n') {
        j += text.charAt(j) === '\\' ? 2 : 1;
      }
      out += text.substring(i, Math.min(j + 1, text.length));
      i = j;
      continue;
    }
    if (c === '\\') {
      out += text.substring(i, i + 2);
      i++;
      continue;
    }
    if (c === '(' || c === '[' || c === '{') {
      depth.push(c === '(' ? ')' : c === '[' ? ']' : '}');
    } else if (depth.length > 0 && c === depth[depth.length - 1]) {
      depth.pop();
    }
    out += c;
  }
  return {end: text.length, text: out};
}

/**
 * An item list from the host (io.w3socket.engine.CssRuleSyntax, three values an item) as objects:
 * {at: name or null, prelude, block (text, or null after a semicolon)} for a rule,
 * {declarations: text} for a run of declarations.
 */
function cssItems(flat) {
  var out = [];
  for (var i = 0; i < flat.length; i += 3) {
    out.push(flat[i + 1] === null ? {declarations: flat[i + 2]}
        : {at: flat[i], prelude: flat[i + 1], block: flat[i + 2]});
  }
  return out;
}

/**
 * #consume-a-list-of-rules: a rule for each; a qualified rule the end interrupts before its block
 * is dropped, as are the top level's CDO and CDC.
 */
function cssRuleList(text) {
  return cssItems(host.cssRuleList(text));
}

/**
 * #consume-block-contents of a style rule's block (or a group rule's nested in one: CSS Nesting
 * #nested-style-rule): each run of declarations and the rules between them.
 */
function cssBlockContents(text) {
  if (text.indexOf('{') < 0) {
    return text === '' ? [] : [{declarations: text}]; // declarations only: no rule has a block
  }
  return cssItems(host.cssBlockContents(text));
}

/** #parse-a-rule: the one rule of text, or null if there is none or more than one. */
function cssOneRule(text) {
  var items = cssItems(host.cssOneRule(text));
  return items.length === 0 ? null : items[0];
}
