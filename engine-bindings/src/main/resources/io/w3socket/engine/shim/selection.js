// selection.js (lazy module selection): the page's selection and its Selection object (Selection
// API https://w3c.github.io/selection-api/#selection-interface), which getSelection() on Window and
// Document gives (document-selection.js). The selection is one live Range of the range module
// (range.js), shared with getRangeAt and addRange's caller, or none; and a direction. A change of
// the selection schedules a selectionchange event at the document: an operation here at once; a
// change through the range's own methods (range.js tells rangeMethodChanged) too; a change of the
// tree that moves the range's boundary points (io.w3socket.engine.LiveRanges watches the range)
// after the task. Nothing is laid out here: toString is the range's text, containsNode compares
// the range as it is, and modify moves nothing (Chromium 156 answers all three from its layout).

function Selection() {
  illegalConstructor(this, Selection);
}

/** The document's selection object (#dfn-selection), made when first asked for. */
var theSelection = null;

/** The selection's range (a Range), or null when the selection is empty (#dfn-empty). */
var selectionRange = null;

/** Whether the selection's direction is backwards (#dfn-direction); else forwards. */
var selectionBackward = false;

/** The selection's range when the selection made it and getRangeAt has not given it out, or null. */
var unexposedRange = null;

/** The anchor and focus as last seen, [node, offset, node, offset] (handles), or null. */
var selectionPoints = null;

/** The document's has scheduled selectionchange event (#dfn-has-scheduled-selectionchange-event). */
var selectionChangeScheduled = false;

/** Selection API #dom-document-getselection: the page's document's one Selection. */
function documentSelection() {
  if (theSelection === null) {
    theSelection = Object.create(Selection.prototype);
    setSlot(theSelection, {kinds: ['Selection']});
  }
  return theSelection;
}

function rangeModule() {
  return loadModule('range');
}

/**
 * Whether node is in the selection's document: the document is its shadow-including root (the
 * steps' "document associated with this is a shadow-including inclusive ancestor of node").
 */
function inSelectionDocument(handle) {
  return host.domRootNode(handle, true) === document[SLOT].handle;
}

/**
 * The selection's range, or null when it is empty; a range whose tree left the document (a shadow
 * tree whose host was removed) leaves the selection empty, as Chromium 156 clears it.
 */
function associatedRange() {
  if (selectionRange !== null && shadowsMayExist()
      && !inSelectionDocument(host.rangeBounds(selectionRange[SLOT].id)[0])) {
    associate(null, false);
  }
  return selectionRange;
}

/**
 * #dfn-anchor and #dfn-focus: [anchor node, offset, focus node, offset] (handles), the range's
 * start then its end when forwards, the other way round when backwards; null when empty.
 */
function anchorAndFocus() {
  var r = associatedRange();
  if (r === null) {
    return null;
  }
  var b = host.rangeBounds(r[SLOT].id);
  return selectionBackward ? [b[2], b[3], b[0], b[1]] : b;
}

function samePoints(a, b) {
  return a === null || b === null ? a === b
      : a[0] === b[0] && a[1] === b[1] && a[2] === b[2] && a[3] === b[3];
}

/**
 * Sets the selection's range (null: the selection becomes empty) and direction; a selection that
 * is not where it was schedules a selectionchange event (#selectionchange-event; Chromium 156
 * schedules none for a selection set to what it was).
 */
function associate(range, backward) {
  if (unexposedRange !== null && unexposedRange !== range) {
    // No script can reach it: the host forgets its boundary points now (Nashorn has no
    // FinalizationRegistry to tell it later; range.js).
    host.rangeRelease(unexposedRange[SLOT].id);
  }
  unexposedRange = null;
  selectionRange = range;
  selectionBackward = backward;
  host.rangeWatchSelection(range === null ? -1 : range[SLOT].id);
  noteSelectionChange();
}

function noteSelectionChange() {
  var now = anchorAndFocus();
  if (!samePoints(now, selectionPoints)) {
    selectionPoints = now;
    scheduleSelectionChange();
  }
}

/**
 * #dfn-schedule-a-selectionchange-event at the document: one task until it runs, which fires
 * selectionchange (#dfn-fire-a-selectionchange-event: it does not bubble and cannot be canceled),
 * one listener per step so that microtasks run after each (callback-steps.js).
 */
function scheduleSelectionChange() {
  if (selectionChangeScheduled) {
    return;
  }
  selectionChangeScheduled = true;
  queueTask(function () {
    selectionChangeScheduled = false;
    var steps = new StepSeries();
    steps.add([function () {
      return beginDispatch(document, trustedEvent(new Event('selectionchange')));
    }]);
    return steps;
  });
}

/**
 * range.js: the range id's boundary points were set through its own methods. If it is the
 * selection's range, the selection follows it (#dfn-selection: the same range stays associated)
 * as forwards, from the range's start to its end (Chromium 156; the standard keeps the direction);
 * a range set outside the document leaves the selection empty (Chromium 156).
 */
function selectionRangeChanged(id) {
  if (selectionRange === null || selectionRange[SLOT].id !== id) {
    return;
  }
  selectionBackward = false;
  if (!inSelectionDocument(host.rangeBounds(id)[0])) {
    associate(null, false);
  } else {
    noteSelectionChange();
  }
}

/**
 * The host, after a task whose changes of the tree moved the selection's range (#selectionchange-event:
 * "the associated range's boundary point is mutated").
 */
function selectionMoved() {
  selectionPoints = anchorAndFocus();
  scheduleSelectionChange();
}

/**
 * Makes a new live range from (startNode, startOffset) to (endNode, endOffset) (handles) the
 * selection's, one no script holds until getRangeAt gives it.
 */
function associateNew(startNode, startOffset, endNode, endOffset, backward) {
  var r = rangeModule().createRange(document);
  host.rangeSet(r[SLOT].id, startNode, startOffset, endNode, endOffset);
  associate(r, backward);
  unexposedRange = r;
}

/** WebIDL: a Node argument (null too if nullable, undefined being null then), as its handle or -1. */
function selectionNodeArg(v, index, method, nullable) {
  if (nullable && (v === null || v === undefined)) {
    return -1;
  }
  if (!isNode(v)) {
    throw new TypeError('Failed to execute ' + method + ': parameter ' + index + " is not of type 'Node'.");
  }
  return v[SLOT].handle;
}

/** WebIDL: a Range argument, or Chromium's TypeError. */
function selectionRangeArg(v, method) {
  if (!isObject(v) || !isObject(v[SLOT]) || v[SLOT].kinds.indexOf('Range') < 0) {
    throw new TypeError('Failed to execute ' + method + ": parameter 1 is not of type 'Range'.");
  }
  return v;
}

/**
 * #dom-selection-collapse and #dom-selection-setposition: null empties the selection; an offset
 * past the node's length is an IndexSizeError (a doctype an InvalidNodeTypeError: the range's
 * checks, Chromium's messages); a node of another document leaves the selection as it is; else a
 * new range collapsed at (node, offset). Chromium 156 has the caret directionless.
 */
function collapseSelection(self, args, name) {
  slotOf(self, 'Selection');
  var method = "'" + name + "' on 'Selection'";
  requireArgs(args, 1, 'execute ' + method);
  var node = selectionNodeArg(args[0], 1, method, true);
  if (node < 0) {
    associate(null, false);
    return;
  }
  var offset = toUint32(args[1]);
  host.rangeCheckPoint(node, offset, method);
  if (inSelectionDocument(node)) {
    associateNew(node, offset, node, offset, false);
  }
}

/** #dom-selection-collapsetostart, #dom-selection-collapsetoend: InvalidStateError when empty. */
function collapseSelectionTo(self, start, name) {
  slotOf(self, 'Selection');
  var r = associatedRange();
  if (r === null) {
    throw new DOMException("Failed to execute '" + name + "' on 'Selection': there is no selection.",
        'InvalidStateError');
  }
  var b = host.rangeBounds(r[SLOT].id);
  var i = start ? 0 : 2;
  associateNew(b[i], b[i + 1], b[i], b[i + 1], false);
}

/** #dom-selection-removeallranges, #dom-selection-empty: the selection becomes empty. */
function emptySelection(self) {
  slotOf(self, 'Selection');
  associate(null, false);
}

/** The shadow-including parent step of a node: its parent, or a shadow root's host. */
function shadowIncludingParent(node) {
  var parent = node.parentNode;
  return parent !== null ? parent : isShadowRootNode(node) ? node.host : null;
}

function isShadowRootNode(node) {
  return node[SLOT].kinds.indexOf('ShadowRoot') >= 0;
}

/** DOM #concept-shadow-including-inclusive-ancestor: whether a is b or one of its ancestors. */
function isShadowIncludingInclusiveAncestor(a, b) {
  for (var n = b; n !== null; n = shadowIncludingParent(n)) {
    if (n === a) {
      return true;
    }
  }
  return false;
}

/**
 * #dom-selection-getcomposedranges steps 2-3 for one boundary point: out of each shadow tree that
 * holds none of shadowRoots, to the point before (or after, for the end) its host.
 */
function composedPoint(node, offset, shadowRoots, end) {
  for (;;) {
    var root = nodeFor(host.domRootNode(node[SLOT].handle, false));
    if (!isShadowRootNode(root) || shadowRoots.some(function (s) {
      return isShadowIncludingInclusiveAncestor(root, s);
    })) {
      return [node, offset];
    }
    var shadowHost = root.host;
    var parent = shadowHost.parentNode;
    if (parent === null) {
      return [node, offset];
    }
    offset = host.domChildren(parent[SLOT].handle).indexOf(shadowHost[SLOT].handle) + (end ? 1 : 0);
    node = parent;
  }
}

/** GetComposedRangesOptions (WebIDL dictionary): its shadowRoots, a sequence<ShadowRoot>. */
function composedRangesShadowRoots(options) {
  var what = "execute 'getComposedRanges' on 'Selection'";
  if (options === undefined || options === null) {
    return [];
  }
  if (!isObject(options)) {
    throw new TypeError('Failed to ' + what + ": The provided value is not of type 'GetComposedRangesOptions'.");
  }
  var v = options.shadowRoots;
  if (v === undefined) {
    return [];
  }
  var read = what + ": Failed to read the 'shadowRoots' property from 'GetComposedRangesOptions'";
  var list = null;
  if (Array.isArray(v)) {
    list = v;
  } else if (isObject(v) && hasSymbol && Symbol.iterator && typeof v[Symbol.iterator] === 'function') {
    list = iterate(v, read);
  }
  if (list === null) {
    throw new TypeError('Failed to ' + read + ': The provided value cannot be converted to a sequence.');
  }
  for (var i = 0; i < list.length; i++) {
    if (!isNode(list[i]) || !isShadowRootNode(list[i])) {
      throw new TypeError('Failed to ' + read + ": Failed to convert value to 'ShadowRoot'.");
    }
  }
  return list;
}

/** The attributes' anchor and focus: #dom-selection-anchornode and the others. */
function selectionPoint(self, i) {
  slotOf(self, 'Selection');
  var p = anchorAndFocus();
  return i % 2 === 0 ? (p === null ? null : nodeFor(p[i])) : (p === null ? 0 : p[i]);
}

/** #dom-selection-iscollapsed: the anchor and the focus are the same (both null too). */
function selectionCollapsed(p) {
  return p === null || (p[0] === p[2] && p[1] === p[3]);
}

/** Accessors of the anchor and focus: names[i] reads selectionPoint's i-th (node, offset, node, offset). */
function definePointAccessors(names) {
  names.forEach(function (name, i) {
    defineAccessor(Selection.prototype, name, function () {
      return selectionPoint(this, i);
    });
  });
}

definePointAccessors(['anchorNode', 'anchorOffset', 'focusNode', 'focusOffset']);
defineAccessor(Selection.prototype, 'isCollapsed', function () {
  slotOf(this, 'Selection');
  return selectionCollapsed(anchorAndFocus());
});
/** #dom-selection-rangecount: 0 when empty, else 1. */
defineAccessor(Selection.prototype, 'rangeCount', function () {
  slotOf(this, 'Selection');
  return associatedRange() === null ? 0 : 1;
});
/** #dom-selection-type: "None" when empty, "Caret" when the range is collapsed, else "Range". */
defineAccessor(Selection.prototype, 'type', function () {
  slotOf(this, 'Selection');
  var p = anchorAndFocus();
  return p === null ? 'None' : selectionCollapsed(p) ? 'Caret' : 'Range';
});
/**
 * #dom-selection-direction: "none" when empty or directionless, else "forward" or "backward"; a
 * collapsed selection is directionless in Chromium 156, whichever way it was made.
 */
defineAccessor(Selection.prototype, 'direction', function () {
  slotOf(this, 'Selection');
  var p = anchorAndFocus();
  return selectionCollapsed(p) ? 'none' : selectionBackward ? 'backward' : 'forward';
});
// Chromium 156's older names of the anchor and the focus (WebKit's base and extent).
definePointAccessors(['baseNode', 'baseOffset', 'extentNode', 'extentOffset']);

defineMethods(Selection.prototype, {
  /**
   * #dom-selection-addrange: a range of another document is ignored; one of this document not in
   * it (detached) too, with Chromium 156's warning; so is a second range (the selection has one
   * at most, as Chromium has it); else the range itself becomes the selection's, forwards.
   */
  addRange: function (range) {
    slotOf(this, 'Selection');
    var method = "'addRange' on 'Selection'";
    requireArgs(arguments, 1, 'execute ' + method);
    selectionRangeArg(range, method);
    var start = nodeFor(host.rangeBounds(range[SLOT].id)[0]);
    if ((start[SLOT].nodeType === 9 ? start : start.ownerDocument) !== document) {
      return;
    }
    if (!inSelectionDocument(start[SLOT].handle)) {
      console.warn("addRange(): The given range isn't in document.");
      return;
    }
    if (associatedRange() === null) {
      associate(range, false);
    }
  },
  collapse: function (node, offset) {
    collapseSelection(this, arguments, 'collapse');
  },
  collapseToEnd: function () {
    collapseSelectionTo(this, false, 'collapseToEnd');
  },
  collapseToStart: function () {
    collapseSelectionTo(this, true, 'collapseToStart');
  },
  /** #dom-selection-containsnode (LiveRanges.selectionContains: Chromium 156's comparisons). */
  containsNode: function (node, allowPartialContainment) {
    slotOf(this, 'Selection');
    var method = "'containsNode' on 'Selection'";
    requireArgs(arguments, 1, 'execute ' + method);
    var h = selectionNodeArg(node, 1, method, false);
    var r = associatedRange();
    return r !== null && host.rangeSelectionContains(r[SLOT].id, h, toBoolean(allowPartialContainment));
  },
  /**
   * #dom-selection-deletefromdocument: the range's deleteContents (#dom-range-deletecontents), the
   * same range staying the selection's.
   */
  deleteFromDocument: function () {
    slotOf(this, 'Selection');
    var r = associatedRange();
    if (r !== null) {
      var m = rangeModule();
      var id = r[SLOT].id;
      m.processRangeContents(id, 'delete', "'deleteFromDocument' on 'Selection'");
      m.rangeMethodChanged(id);
    }
  },
  empty: function () {
    emptySelection(this);
  },
  /**
   * #dom-selection-extend: a node of another document is ignored; an empty selection is an
   * InvalidStateError; then the offset's checks; the new range runs from the anchor to (node,
   * offset), backwards when that is before the anchor (collapsed there when it is in another
   * tree).
   */
  extend: function (node, offset) {
    slotOf(this, 'Selection');
    var method = "'extend' on 'Selection'";
    requireArgs(arguments, 1, 'execute ' + method);
    var h = selectionNodeArg(node, 1, method, false);
    offset = toUint32(offset);
    if (!inSelectionDocument(h)) {
      return;
    }
    var p = anchorAndFocus();
    if (p === null) {
      throw new DOMException('Failed to execute ' + method
          + ": This Selection object doesn't have any Ranges.", 'InvalidStateError');
    }
    host.rangeCheckPoint(h, offset, method);
    var order = host.rangePointOrder(p[0], p[1], h, offset);
    if (order === 2) {
      associateNew(h, offset, h, offset, false);
    } else if (order <= 0) {
      associateNew(p[0], p[1], h, offset, false);
    } else {
      associateNew(h, offset, p[0], p[1], true);
    }
  },
  /**
   * #dom-selection-getcomposedranges: a new StaticRange of the range, its points moved out of the
   * shadow trees that hold none of the options' shadowRoots; none when empty. (Chromium 156 takes
   * a GetComposedRangesOptions dictionary only.)
   */
  getComposedRanges: function () {
    slotOf(this, 'Selection');
    var shadowRoots = composedRangesShadowRoots(arguments[0]);
    var r = associatedRange();
    if (r === null) {
      return [];
    }
    var b = host.rangeBounds(r[SLOT].id);
    var start = composedPoint(nodeFor(b[0]), b[1], shadowRoots, false);
    var end = composedPoint(nodeFor(b[2]), b[3], shadowRoots, true);
    return [new (rangeModule().StaticRange)({startContainer: start[0], startOffset: start[1],
      endContainer: end[0], endOffset: end[1]})];
  },
  /** #dom-selection-getrangeat: the range itself (not a copy); IndexSizeError unless index 0 of one. */
  getRangeAt: function (index) {
    slotOf(this, 'Selection');
    requireArgs(arguments, 1, "execute 'getRangeAt' on 'Selection'");
    var i = toUint32(index);
    var r = associatedRange();
    if (i !== 0 || r === null) {
      throw new DOMException("Failed to execute 'getRangeAt' on 'Selection': " + i + ' is not a valid index.',
          'IndexSizeError');
    }
    unexposedRange = null;
    return r;
  },
  /**
   * #dom-selection-modify: moving or extending the selection by a granularity needs the layout's
   * visual positions (Chromium 156 moves by rendered characters, words, lines), which this host
   * has none of: the arguments are converted and nothing moves.
   */
  modify: function (alter, direction, granularity) {
    slotOf(this, 'Selection');
    for (var i = 0; i < 3 && i < arguments.length; i++) {
      if (arguments[i] !== undefined) {
        toDOMString(arguments[i]);
      }
    }
  },
  removeAllRanges: function () {
    emptySelection(this);
  },
  /** #dom-selection-removerange: the selection's own range empties it; another is NotFoundError. */
  removeRange: function (range) {
    slotOf(this, 'Selection');
    var method = "'removeRange' on 'Selection'";
    requireArgs(arguments, 1, 'execute ' + method);
    selectionRangeArg(range, method);
    if (range !== associatedRange()) {
      throw new DOMException('Failed to execute ' + method + ': Range not found.', 'NotFoundError');
    }
    associate(null, false);
  },
  /**
   * #dom-selection-selectallchildren: a doctype is an InvalidNodeTypeError; a node of another
   * document is ignored; else a new range from (node, 0) to (node, its number of children),
   * forwards.
   */
  selectAllChildren: function (node) {
    slotOf(this, 'Selection');
    var method = "'selectAllChildren' on 'Selection'";
    requireArgs(arguments, 1, 'execute ' + method);
    var h = selectionNodeArg(node, 1, method, false);
    if (node[SLOT].nodeType === 10) {
      host.rangeCheckPoint(h, 0, method);
    }
    if (inSelectionDocument(h)) {
      associateNew(h, 0, h, host.domChildren(h).length, false);
    }
  },
  /**
   * #dom-selection-setbaseandextent: Chromium 156 takes null nodes: a null anchor node empties the
   * selection, a null focus node is the anchor. Then the offsets' checks; a node of another
   * document leaves the selection as it is; else a new range between the anchor and the focus,
   * backwards when the focus is before the anchor.
   */
  setBaseAndExtent: function (anchorNode, anchorOffset, focusNode, focusOffset) {
    slotOf(this, 'Selection');
    var method = "'setBaseAndExtent' on 'Selection'";
    requireArgs(arguments, 4, 'execute ' + method);
    var a = selectionNodeArg(anchorNode, 1, method, true);
    var ao = toUint32(anchorOffset);
    var f = selectionNodeArg(focusNode, 3, method, true);
    var fo = toUint32(focusOffset);
    if (a < 0) {
      associate(null, false);
      return;
    }
    if (f < 0) {
      f = a;
      fo = ao;
    }
    host.rangeCheckPoint(a, ao, method);
    host.rangeCheckPoint(f, fo, method);
    if (!inSelectionDocument(a) || !inSelectionDocument(f)) {
      return;
    }
    var order = host.rangePointOrder(a, ao, f, fo);
    if (order === 1) {
      associateNew(f, fo, a, ao, true);
    } else if (order === 2) {
      // In other trees: set the start to the focus, then the end to the anchor, which collapses
      // the range at the anchor (DOM #concept-range-bp-set).
      associateNew(a, ao, a, ao, false);
    } else {
      associateNew(a, ao, f, fo, false);
    }
  },
  setPosition: function (node, offset) {
    collapseSelection(this, arguments, 'setPosition');
  },
  /**
   * #dom-selection-stringifier: the range's text (#dom-range-stringifier). Chromium 156 gives the
   * rendered text (line breaks between blocks, nothing of hidden elements or scripts): no layout
   * here.
   */
  toString: function () {
    slotOf(this, 'Selection');
    var r = associatedRange();
    return r === null ? '' : host.rangeText(r[SLOT].id);
  }
});
setTag(Selection.prototype, 'Selection');

exposed.Selection = Selection;
