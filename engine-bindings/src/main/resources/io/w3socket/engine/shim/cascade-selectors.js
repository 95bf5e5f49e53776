// cascade-selectors.js (lazy module css): the selectors of style rules as the cascade
// (cascade.js) needs them: split into complex selectors, each with its specificity (Selectors 4
// #specificity-rules) and what it selects across shadow trees (CSS Scoping's :host and
// ::slotted()), and matched against an element, the states it uses marked
// (dom-selector-states.js).

var CASCADE_WHAT = "'getComputedStyle' on 'Window'";

/** Whether a selector (a complex one) uses a state the shim computes (dom-selector-states.js). */
var statefulSelectors = {};
function isStateful(selector) {
  var known = statefulSelectors[selector];
  if (known === undefined) {
    try {
      known = host.domCheckSelector(selector, CASCADE_WHAT).length > 0;
    } catch (e) {
      known = false;
    }
    statefulSelectors[selector] = known;
  }
  return known;
}

/** An element's root (its document or shadow root), from the host, whatever a script redefined. */
function rootOf(el) {
  return nodeFor(host.domRootNode(elementHandle(el), false));
}

/**
 * The states' elements kept for one read of computed values (computed-style.js's readMemo: no
 * state changes during it), for selectorMarks.
 */
var statesKept = {read: null, kept: null};
function keptStates() {
  var read = loadModule('style').readMemo();
  if (statesKept.read !== read) {
    statesKept.read = read;
    statesKept.kept = read === null ? null : {};
  }
  return statesKept.kept;
}

/** Whether el matches a selector, the states it uses marked; false for one that does not parse. */
function matchesSelector(el, selector) {
  try {
    var marks = [];
    if (isStateful(selector)) {
      // :scope in a document's sheet is its root element (Selectors 4 #scope-pseudo); in a shadow
      // tree's, where it should match nothing, the element itself here.
      var root = rootOf(el);
      marks = selectorMarks(selector, CASCADE_WHAT, root.nodeType === 9 && root.documentElement ? root.documentElement
          : el, keptStates() || undefined);
    }
    return host.domMatches(elementHandle(el), selector, marks);
  } catch (e) {
    return false;
  }
}

/** The index after the parenthesis that closes the one at open (css-syntax.js's scan). */
function closingParen(text, open) {
  return Math.min(loadModule('style').cssScan(text, open + 1, ')').end + 1, text.length);
}

/** A selector list split at its top-level commas, each part trimmed. */
function complexSelectors(list) {
  var scan = loadModule('style').cssScan;
  var parts = [];
  for (var pos = 0; pos <= list.length; pos++) {
    var end = scan(list, pos, ',').end;
    parts.push(list.substring(pos, end).trim());
    pos = end;
  }
  return parts;
}

/** A name's characters (an escaped one included), matched from lastIndex. */
var SELECTOR_NAME = /(?:[\w\u0080-\uffff-]|\\[\s\S])*/g;

/** Selectors 4 #specificity-rules: the pseudo-elements written with one colon (CSS 2's). */
var LEGACY_PSEUDO_ELEMENTS = {before: 1, after: 1, 'first-line': 1, 'first-letter': 1};

/**
 * Selectors 4 #specificity-rules of a complex selector, as one number (A, B and C in three
 * digits each): ids; classes, attributes and pseudo-classes; types and pseudo-elements.
 * :is(), :not() and :has() count their most specific argument, :where() nothing, :nth-child(An+B
 * of S) one more than S; :host() and ::slotted() count themselves and their argument.
 */
function specificity(selector) {
  var a = 0;
  var b = 0;
  var c = 0;
  var i = 0;
  var n = selector.length;
  function name() {
    var start = i;
    SELECTOR_NAME.lastIndex = i;
    SELECTOR_NAME.exec(selector);
    i = Math.max(i, SELECTOR_NAME.lastIndex);
    return selector.substring(start, i).toLowerCase();
  }
  function argument() {
    var close = closingParen(selector, i);
    var arg = selector.substring(i + 1, close - 1);
    i = close;
    return arg;
  }
  function most(list) {
    return complexSelectors(list).reduce(function (m, s) {
      return Math.max(m, specificity(s));
    }, 0);
  }
  function add(value) {
    a += Math.floor(value / 1e6);
    b += Math.floor(value / 1e3) % 1e3;
    c += value % 1e3;
  }
  while (i < n) {
    var ch = selector.charAt(i);
    if (ch === '#') {
      i++;
      name();
      a++;
    } else if (ch === '.') {
      i++;
      name();
      b++;
    } else if (ch === '[') {
      i = selector.indexOf(']', i) + 1 || n;
      b++;
    } else if (ch === ':') {
      var element = selector.charAt(i + 1) === ':';
      i += element ? 2 : 1;
      var pseudo = name();
      var fn = selector.charAt(i) === '(';
      var arg = fn ? argument() : null;
      if (element || (!fn && LEGACY_PSEUDO_ELEMENTS[pseudo] === 1)) {
        c++;
        if (pseudo === 'slotted' && arg !== null) {
          add(most(arg));
        }
      } else if (pseudo === 'where') {
        // nothing
      } else if (fn && (pseudo === 'is' || pseudo === 'not' || pseudo === 'has' || pseudo === 'matches'
          || pseudo === '-webkit-any')) {
        add(most(arg));
      } else {
        b++;
        var of = fn && /^nth-(last-)?child$/.test(pseudo) ? /\s+of\s+(.*)$/i.exec(arg) : null;
        if (of !== null) {
          add(most(of[1]));
        } else if (fn && pseudo === 'host') {
          add(most(arg));
        }
      }
    } else if (ch === '*' || ch === '|') {
      i++;
    } else if (/[\w\u0080-\uffff\\-]/.test(ch)) {
      name();
      if (selector.charAt(i) === '|' && selector.charAt(i + 1) !== '=') {
        i++; // a namespace prefix: the type after it counts
      } else {
        c++;
      }
    } else {
      i++;
    }
  }
  return Math.min(a, 999) * 1e6 + Math.min(b, 999) * 1e3 + Math.min(c, 999);
}

/**
 * What a complex selector of a sheet selects (CSS Scoping #host-selector, #slotted-pseudo): kind
 * "host" (:host or :host(arg) alone: the shadow root's host), "in-host" (:host(arg) then a
 * descendant combinator: the rest, in the shadow tree under a host matching arg), "host-child"
 * (:host(arg) > one compound: a child of the shadow root), "slotted" (rest::slotted(arg): an
 * element assigned to a slot that matches rest), "never" (another use of :host), or "tree" (the
 * elements of the sheet's tree).
 */
function selectorShape(selector) {
  var shape = {text: selector, specificity: specificity(selector), kind: 'tree', arg: null, rest: null};
  var slotted = /::slotted\(/i.exec(selector);
  if (slotted !== null) {
    var open = slotted.index + slotted[0].length - 1;
    if (closingParen(selector, open) === selector.length) {
      shape.kind = 'slotted';
      shape.arg = selector.substring(open + 1, selector.length - 1).trim();
      shape.rest = selector.substring(0, slotted.index).trim();
    } else {
      shape.kind = 'never';
    }
    return shape;
  }
  var hostAt = /(^|[^\w-]):host(?![\w-])/i.exec(selector);
  if (hostAt === null) {
    return shape;
  }
  shape.kind = 'never';
  if (hostAt.index !== 0 || hostAt[1] !== '') {
    return shape;
  }
  var after = 5;
  if (selector.charAt(after) === '(') {
    var close = closingParen(selector, after);
    shape.arg = selector.substring(after + 1, close - 1).trim();
    after = close;
  }
  var rest = selector.substring(after);
  var child = /^ ?> ?(.*)$/.exec(rest);
  if (rest === '') {
    shape.kind = 'host';
  } else if (/^ [^>+~ ]/.test(rest)) {
    shape.kind = 'in-host';
    shape.rest = rest.substring(1);
  } else if (child !== null && !/[ >+~]/.test(child[1].replace(/\([^)]*\)|\[[^\]]*\]/g, ''))) {
    shape.kind = 'host-child';
    shape.rest = child[1];
  }
  return shape;
}

var shapes = {};
function shapeOf(selector) {
  var s = shapes[selector];
  if (s === undefined) {
    s = shapes[selector] = selectorShape(selector);
  }
  return s;
}

/** Whether matching a shape needs states marked: its selector's, or those of :host()'s and ::slotted()'s parts. */
function shapeIsStateful(shape) {
  return shape.kind === 'tree' ? isStateful(shape.text)
      : (shape.arg !== null && isStateful(shape.arg)) || (shape.rest !== null && shape.rest !== '' && isStateful(shape.rest));
}

/** Whether el (an element of root's tree, its host, or one assigned to its slot) is what shape selects. */
function shapeMatches(el, root, shape) {
  switch (shape.kind) {
    case 'tree':
      return matchesSelector(el, shape.text);
    case 'host':
      return shape.arg === null || matchesSelector(el, shape.arg);
    case 'in-host':
    case 'host-child':
      return (shape.kind === 'in-host' || nodeFor(host.domParent(elementHandle(el))) === root) && matchesSelector(el, shape.rest)
          && (shape.arg === null || matchesSelector(nodeFor(host.domShadowHost(root[SLOT].handle)), shape.arg));
    case 'slotted':
      var slot = nodeFor(host.domAssignedSlot(elementHandle(el)));
      return (shape.rest === '' || matchesSelector(slot, shape.rest)) && matchesSelector(el, shape.arg);
    default:
      return false;
  }
}
