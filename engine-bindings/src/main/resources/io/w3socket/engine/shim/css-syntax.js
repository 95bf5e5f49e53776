// css-syntax.js (lazy module style): the rule structure of CSS Syntax Level 3
// (https://drafts.csswg.org/css-syntax-3/) that style sheets need: #parse-a-stylesheet's list of
// rules (#consume-a-list-of-rules: at-rules with a prelude and a block or a semicolon, qualified
// rules with a prelude and a block; comments, strings, escapes and nested brackets skipped over;
// a block left open at the end closes there) and #parse-a-rule (insertRule's: exactly one rule).
// Preludes are kept as text with comments removed and whitespace collapsed; blocks as their text.

/**
 * The characters cssScan, cssSplit and cssSelector look at (by code: true); the others pass as
 * they are, a run of them copied whole (GraalJS's interpreter pays per character; a regular
 * expression searched from an index costs Nashorn the whole text each time).
 */
var CSS_SPECIAL = [];
'\t\n\f\r /"\'\\()[]{};,:>+~'.split('').forEach(function (c) {
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

/** The block's text from pos (just after its {) to its matching } or the end: {end, text}. */
function cssBlock(text, pos) {
  var r = cssScan(text, pos, '}');
  return {end: r.end + 1, text: r.text};
}

/**
 * #consume-a-list-of-rules: {at: name or null, prelude, block (text, or null after a semicolon)}
 * for each rule; a qualified rule the end interrupts before its block is dropped, as are the
 * top level's CDO and CDC.
 */
function cssRuleList(text) {
  var rules = [];
  var pos = 0;
  for (;;) {
    pos = cssSkip(text, pos);
    if (pos >= text.length) {
      return rules;
    }
    if (text.substring(pos, pos + 4) === '<!--' || text.substring(pos, pos + 3) === '-->') {
      pos += text.charAt(pos) === '<' ? 4 : 3;
      continue;
    }
    var rule = cssConsumeRule(text, pos);
    pos = rule.end;
    if (rule.rule !== null) {
      rules.push(rule.rule);
    }
  }
}

/** Past whitespace and comments. */
function cssSkip(text, pos) {
  for (;;) {
    var c = text.charAt(pos);
    if (c === ' ' || c === '\t' || c === '\n' || c === '\r' || c === '\f') {
      pos++;
    } else if (c === '/' && text.charAt(pos + 1) === '*') {
      var close = text.indexOf('*/', pos + 2);
      pos = close < 0 ? text.length : close + 2;
    } else {
      return pos;
    }
  }
}

/** One rule at pos: {rule (null when dropped), end}. */
function cssConsumeRule(text, pos) {
  if (text.charAt(pos) === '@') {
    var name = /^@(-?(?:[A-Za-z_-]|[^\x00-\x7f])(?:[\w-]|[^\x00-\x7f])*)/.exec(text.substring(pos));
    var at = name === null ? '' : name[1].toLowerCase();
    var prelude = cssScan(text, pos + (name === null ? 1 : name[0].length), ';{');
    if (prelude.end >= text.length || text.charAt(prelude.end) === ';') {
      return {rule: {at: at, prelude: prelude.text, block: null}, end: prelude.end + 1};
    }
    var block = cssBlock(text, prelude.end + 1);
    return {rule: {at: at, prelude: prelude.text, block: block.text}, end: block.end};
  }
  var qualified = cssScan(text, pos, '{');
  if (qualified.end >= text.length) {
    return {rule: null, end: text.length};
  }
  var body = cssBlock(text, qualified.end + 1);
  return {rule: {at: null, prelude: qualified.text, block: body.text}, end: body.end};
}

/**
 * #consume-block-contents of a style rule's block (or a group rule's nested in one: CSS Nesting
 * #nested-style-rule): {declarations: text} for each run of declarations and the rules between
 * them (cssConsumeRule's). What starts with a name and a colon is a declaration unless its value
 * holds a {} block at the top level (a custom property's may: #consume-declaration), which makes
 * it a rule (a:hover { ... }).
 */
function cssBlockContents(text) {
  if (text.indexOf('{') < 0) {
    return text === '' ? [] : [{declarations: text}]; // declarations only: no rule has a block
  }
  var out = [];
  var run = '';
  var pos = 0;
  for (;;) {
    pos = cssSkip(text, pos);
    if (pos >= text.length) {
      break;
    }
    if (text.charAt(pos) === ';') {
      pos++;
      continue;
    }
    var declaration = text.charAt(pos) !== '@' && declarationAt(text, pos);
    if (declaration) {
      var end = cssScan(text, pos, ';').end;
      run += (run === '' ? '' : '; ') + text.substring(pos, end);
      pos = end + 1;
      continue;
    }
    var stop = text.charAt(pos) === '@' ? null : cssScan(text, pos, ';{').end;
    if (stop !== null && text.charAt(stop) !== '{') {
      pos = stop + 1; // #consume-qualified-rule, nested: a semicolon first makes it a bad declaration
      continue;
    }
    if (run !== '') {
      out.push({declarations: run});
      run = '';
    }
    var rule = cssConsumeRule(text, pos);
    pos = rule.end;
    if (rule.rule !== null) {
      out.push(rule.rule);
    }
  }
  if (run !== '') {
    out.push({declarations: run});
  }
  return out;
}

/** Whether a declaration starts at pos (cssBlockContents). */
function declarationAt(text, pos) {
  var name = /^(-?[A-Za-z_\u0080-\uffff-][\w\u0080-\uffff-]*)\s*:/.exec(text.substring(pos, pos + 256));
  if (name === null) {
    return false;
  }
  if (name[1].substring(0, 2) === '--') {
    return true;
  }
  var start = pos + name[0].length;
  var value = text.substring(start, cssScan(text, start, ';').end);
  return cssScan(value, 0, '{').end >= value.length;
}

/** #parse-a-rule: the one rule of text, or null if there is none or more than one. */
function cssOneRule(text) {
  var pos = cssSkip(text, 0);
  if (pos >= text.length) {
    return null;
  }
  var r = cssConsumeRule(text, pos);
  return r.rule !== null && cssSkip(text, r.end) >= text.length ? r.rule : null;
}
