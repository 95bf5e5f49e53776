// range.js: Range (DOM #interface-range), a live range: its boundary points are kept by the host
// (LiveRanges, under the id in its slot), which moves them as the tree changes (DOM
// #concept-live-range); the checks and comparisons on the tree are the host's too. A Range the
// page dropped is released through a FinalizationRegistry where the engine has one (GraalJS);
// Nashorn has none, so there the host keeps every Range's boundary points for the page's life.
// Also HTML's createContextualFragment (#dom-range-createcontextualfragment).

var rangeRegistry = typeof FinalizationRegistry === 'function'
    ? new FinalizationRegistry(function (id) {
      host.rangeRelease(id);
    }) : null;

/** DOM #dom-range-range: a live range collapsed at (the window's document, 0). */
function Range() {
  requireNew(this, Range, 'Range');
  initRange(this, document);
}
inherit(Range, AbstractRange);

/** Makes range (an object of Range.prototype) a new live range collapsed at (node, 0). */
function initRange(range, node) {
  var id = host.rangeCreate(slotOf(node, 'Node').handle);
  setSlot(range, {kinds: ['AbstractRange', 'Range'], id: id});
  if (rangeRegistry !== null) {
    rangeRegistry.register(range, id);
  }
  return range;
}

/** DOM #dom-document-createrange (document-range.js): a new live range at (doc, 0). */
function createRange(doc) {
  slotOf(doc, 'Document');
  return initRange(Object.create(Range.prototype), doc);
}

defineConstants(Range, {START_TO_START: 0, START_TO_END: 1, END_TO_END: 2, END_TO_START: 3});

function rangeId(range) {
  return slotOf(range, 'Range').id;
}

/**
 * Selection API #dfn-selection: the range id's boundary points were set through its own methods;
 * if it is the selection's range, the selection follows it (selection.js, once loaded), as
 * forwards (Chromium 156).
 */
function rangeMethodChanged(id) {
  var selection = loadedModules.selection;
  if (selection !== undefined && selection.selectionRangeChanged !== undefined) {
    selection.selectionRangeChanged(id);
  }
}

/** WebIDL: a Node argument, as its handle, or Chromium's TypeError. */
function rangeNodeArg(v, index, what) {
  if (!isNode(v)) {
    throw new TypeError('Failed to execute ' + what + ': parameter ' + index + " is not of type 'Node'.");
  }
  return v[SLOT].handle;
}

/** setStart and setEnd (#dom-range-setstart, #dom-range-setend: #concept-range-bp-set). */
function setRangeBoundary(range, args, start) {
  var id = rangeId(range);
  var what = start ? "'setStart' on 'Range'" : "'setEnd' on 'Range'";
  requireArgs(args, 2, 'execute ' + what);
  var node = rangeNodeArg(args[0], 1, what);
  host.rangeSetBoundary(id, start, node, toUint32(args[1]), what);
  rangeMethodChanged(id);
}

/** setStartBefore and the others: the boundary point beside node, in its parent. */
function setRangeBoundaryBeside(name, start, after) {
  return function (node) {
    var id = rangeId(this);
    var what = "'" + name + "' on 'Range'";
    requireArgs(arguments, 1, 'execute ' + what);
    host.rangeSetBoundaryBeside(id, start, rangeNodeArg(node, 1, what), after, what);
    rangeMethodChanged(id);
  };
}

defineAccessor(Range.prototype, 'commonAncestorContainer', function () {
  return nodeFor(host.rangeCommonAncestor(rangeId(this)));
});

defineMethods(Range.prototype, {
  setStart: function (node, offset) {
    setRangeBoundary(this, arguments, true);
  },
  setEnd: function (node, offset) {
    setRangeBoundary(this, arguments, false);
  },
  /** #dom-range-setstartbefore. */
  setStartBefore: setRangeBoundaryBeside('setStartBefore', true, false),
  /** #dom-range-setstartafter. */
  setStartAfter: setRangeBoundaryBeside('setStartAfter', true, true),
  /** #dom-range-setendbefore. */
  setEndBefore: setRangeBoundaryBeside('setEndBefore', false, false),
  /** #dom-range-setendafter. */
  setEndAfter: setRangeBoundaryBeside('setEndAfter', false, true),
  /** #dom-range-collapse: to the start if toStart (false when left out), else to the end. */
  collapse: function () {
    var id = rangeId(this);
    var b = host.rangeBounds(id);
    if (toBoolean(arguments[0])) {
      host.rangeSet(id, b[0], b[1], b[0], b[1]);
    } else {
      host.rangeSet(id, b[2], b[3], b[2], b[3]);
    }
    rangeMethodChanged(id);
  },
  /** #dom-range-selectnode (#concept-range-select). */
  selectNode: function (node) {
    var id = rangeId(this);
    requireArgs(arguments, 1, "execute 'selectNode' on 'Range'");
    host.rangeSelectNode(id, rangeNodeArg(node, 1, "'selectNode' on 'Range'"));
    rangeMethodChanged(id);
  },
  /** #dom-range-selectnodecontents. */
  selectNodeContents: function (node) {
    var id = rangeId(this);
    requireArgs(arguments, 1, "execute 'selectNodeContents' on 'Range'");
    host.rangeSelectNodeContents(id, rangeNodeArg(node, 1, "'selectNodeContents' on 'Range'"));
    rangeMethodChanged(id);
  },
  /**
   * #dom-range-compareboundarypoints: how an unsigned short, sourceRange a Range (WebIDL), then
   * NotSupportedError for a how that is none of the four, WrongDocumentError for another root.
   */
  compareBoundaryPoints: function (how, sourceRange) {
    var id = rangeId(this);
    var what = "'compareBoundaryPoints' on 'Range'";
    requireArgs(arguments, 2, 'execute ' + what);
    how = toUnsignedShort(how);
    var s = isObject(sourceRange) ? sourceRange[SLOT] : undefined;
    if (!s || s.kinds.indexOf('Range') < 0) {
      throw new TypeError('Failed to execute ' + what + ": parameter 2 is not of type 'Range'.");
    }
    return host.rangeCompareBoundaryPoints(id, how, s.id);
  },
  /** #dom-range-comparepoint: -1 before the range, 0 in it, 1 after it. */
  comparePoint: function (node, offset) {
    var id = rangeId(this);
    var what = "'comparePoint' on 'Range'";
    requireArgs(arguments, 2, 'execute ' + what);
    return host.rangeComparePoint(id, rangeNodeArg(node, 1, what), toUint32(offset));
  },
  /** #dom-range-ispointinrange. */
  isPointInRange: function (node, offset) {
    var id = rangeId(this);
    var what = "'isPointInRange' on 'Range'";
    requireArgs(arguments, 2, 'execute ' + what);
    return host.rangeIsPointInRange(id, rangeNodeArg(node, 1, what), toUint32(offset));
  },
  /** #dom-range-intersectsnode. */
  intersectsNode: function (node) {
    var id = rangeId(this);
    var what = "'intersectsNode' on 'Range'";
    requireArgs(arguments, 1, 'execute ' + what);
    return host.rangeIntersectsNode(id, rangeNodeArg(node, 1, what));
  },
  /** #dom-range-clonerange: a new live range with the same boundary points. */
  cloneRange: function () {
    var b = host.rangeBounds(rangeId(this));
    var copy = Object.create(Range.prototype);
    initRange(copy, nodeFor(b[0]));
    host.rangeSet(rangeId(copy), b[0], b[1], b[2], b[3]);
    return copy;
  },
  /** #dom-range-detach: does nothing. */
  detach: function () {
    rangeId(this);
  },
  /**
   * CSSOM View #dom-range-getclientrects: the boxes of the range's elements and text; the host
   * lays nothing out (as cssom-view.js's Element.getClientRects), so none: an empty list.
   */
  getClientRects: function () {
    rangeId(this);
    return loadModule('view').makeDOMRectList([]);
  },
  /** CSSOM View #dom-range-getboundingclientrect: no rectangles, a rectangle of zeros. */
  getBoundingClientRect: function () {
    rangeId(this);
    return loadModule('view').makeDOMRect(0, 0, 0, 0);
  },
  /** #dom-range-stringifier: the Text data in the range. */
  toString: function () {
    return host.rangeText(rangeId(this));
  },
  /**
   * HTML #dom-range-createcontextualfragment: the markup parsed with the start node's element (a
   * Text's or Comment's parent element) as context, a body element when there is none or it is an
   * html element; its scripts run when the fragment is inserted into a document.
   */
  createContextualFragment: function (string) {
    var id = rangeId(this);
    requireArgs(arguments, 1, "execute 'createContextualFragment' on 'Range'");
    string = toDOMString(string); // TrustedHTML or a string: here a string
    var node = nodeFor(host.rangeBounds(id)[0]);
    var element = null;
    var type = node[SLOT].nodeType;
    if (type === 1) {
      element = node;
    } else if (type === 3 || type === 8) {
      element = node.parentElement;
    }
    if (element !== null && element[SLOT].localName === 'html' && element[SLOT].namespace === HTML_NAMESPACE) {
      element = null;
    }
    // The fragment's node document is the start node's (#concept-frag-parse-context).
    var doc = type === 9 ? node : node.ownerDocument;
    return nodeFor(host.rangeFragment(element === null ? -1 : element[SLOT].handle, string,
        slotOf(doc, 'Node').handle));
  }
});
setTag(Range.prototype, 'Range');

exposed.Range = Range;
