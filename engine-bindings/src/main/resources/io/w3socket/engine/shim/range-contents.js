// range-contents.js: what a Range does to the nodes in it (DOM #interface-range): deleteContents,
// extractContents (#concept-range-extract), cloneContents (#concept-range-clone), insertNode
// (#concept-range-insert) and surroundContents, through the shim's own insert, remove, clone and
// character data operations, so that mutation observers, custom element reactions and the live
// ranges see each step. Chromium 156 processes a range's start side, then its end side, then the
// children between them (the standard: the start side, the children, the end side): the records
// come in Chromium's order, the result is the standard's.

function isCharacterDataNode(node) {
  var t = node[SLOT].nodeType;
  return t === 3 || t === 8;
}

/** DOM #concept-node-length. */
function rangeNodeLength(node) {
  var s = node[SLOT];
  return s.nodeType === 10 ? 0 : s.nodeType === 3 || s.nodeType === 8 ? host.domData(s.handle).length
      : host.domChildren(s.handle).length;
}

/** A live range from (startNode, startOffset) to (endNode, endOffset), for the steps below. */
function subrange(startNode, startOffset, endNode, endOffset) {
  var id = host.rangeCreate(startNode[SLOT].handle);
  host.rangeSet(id, startNode[SLOT].handle, startOffset, endNode[SLOT].handle, endOffset);
  return id;
}

/** A clone of the character data node with the data from start to end. */
function cloneCharacterData(node, start, end) {
  var c = node.cloneNode(false);
  c.data = host.domData(node[SLOT].handle).substring(start, end);
  return c;
}

/**
 * #concept-range-extract (mode 'extract'), #concept-range-clone ('clone') and
 * #dom-range-deletecontents ('delete': the extraction without a fragment or its doctype check) of
 * the live range id: the fragment, or null for 'delete'.
 */
function processRangeContents(id, mode, what) {
  var b = host.rangeBounds(id);
  var start = nodeFor(b[0]);
  var end = nodeFor(b[2]);
  var so = b[1];
  var eo = b[3];
  // Step 1: the fragment's node document is the start node's.
  var fragment = mode === 'delete' ? null
      : (start[SLOT].nodeType === 9 ? start : start.ownerDocument).createDocumentFragment();
  if (b[0] === b[2] && so === eo) {
    return fragment;
  }
  // Step 5: within one character data node.
  if (b[0] === b[2] && isCharacterDataNode(start)) {
    if (mode !== 'delete') {
      fragment.appendChild(cloneCharacterData(start, so, eo));
    }
    if (mode !== 'clone') {
      replaceCharacterData(start, so, eo - so, '', what);
    }
    return fragment;
  }
  var plan = host.rangePlan(id);
  var first = nodeFor(plan[1]);
  var last = nodeFor(plan[2]);
  var contained = nodesFor(plan.slice(3));
  // Step 11: a doctype among the contained children.
  if (mode !== 'delete') {
    for (var i = 0; i < contained.length; i++) {
      if (contained[i][SLOT].nodeType === 10) {
        throw new DOMException(mode === 'clone' ? 'Failed to execute ' + what + ": Nodes of type '"
            + contained[i].nodeName + "' may not be inserted inside nodes of type '#document-fragment'."
            : 'Failed to execute ' + what + ': The Range contains a doctype node.', 'HierarchyRequestError');
      }
    }
  }
  // Steps 12-13: where the range collapses.
  var collapse = mode === 'clone' ? null : host.rangeCollapsePoint(id);
  var firstClone = null;
  var lastClone = null;
  // Steps 14-15: the first partially contained child.
  if (first !== null && isCharacterDataNode(first)) {
    var length = rangeNodeLength(start);
    firstClone = mode === 'delete' ? null : cloneCharacterData(start, so, length);
    if (mode !== 'clone') {
      replaceCharacterData(start, so, length - so, '', what);
    }
  } else if (first !== null) {
    firstClone = mode === 'delete' ? null : first.cloneNode(false);
    var sub = subrange(start, so, first, rangeNodeLength(first));
    try {
      var subFragment = processRangeContents(sub, mode, what);
      if (firstClone !== null) {
        firstClone.appendChild(subFragment);
      }
    } finally {
      host.rangeRelease(sub);
    }
  }
  // Steps 17-18 (Chromium: before step 16): the last partially contained child.
  if (last !== null && isCharacterDataNode(last)) {
    lastClone = mode === 'delete' ? null : cloneCharacterData(end, 0, eo);
    if (mode !== 'clone') {
      replaceCharacterData(end, 0, eo, '', what);
    }
  } else if (last !== null) {
    lastClone = mode === 'delete' ? null : last.cloneNode(false);
    var subEnd = subrange(last, 0, end, eo);
    try {
      var endFragment = processRangeContents(subEnd, mode, what);
      if (lastClone !== null) {
        lastClone.appendChild(endFragment);
      }
    } finally {
      host.rangeRelease(subEnd);
    }
  }
  if (firstClone !== null) {
    fragment.appendChild(firstClone);
  }
  if (lastClone !== null) {
    fragment.appendChild(lastClone);
  }
  // Step 16: the contained children, moved (cloned with their descendants, or removed).
  for (var j = 0; j < contained.length; j++) {
    var child = contained[j];
    if (mode === 'delete') {
      removeNode(child.parentNode, child, true);
    } else {
      fragment.insertBefore(mode === 'clone' ? child.cloneNode(true) : child, lastClone);
    }
  }
  // Step 19: the range collapsed.
  if (collapse !== null) {
    host.rangeSet(id, collapse[0], collapse[1], collapse[0], collapse[1]);
  }
  return fragment;
}

/** DOM #concept-range-insert of node into the range id. */
function insertIntoRange(id, node, what) {
  var b = host.rangeBounds(id);
  var start = nodeFor(b[0]);
  var type = start[SLOT].nodeType;
  // Step 1.
  if (start === node) {
    throw new DOMException('Failed to execute ' + what
        + ': Unable to insert a node into a Range starting from the node itself.', 'HierarchyRequestError');
  }
  if (type === 8) {
    throw new DOMException('Failed to execute ' + what + ": Nodes of type '" + node.nodeName
        + "' may not be inserted inside nodes of type '#comment'.", 'HierarchyRequestError');
  }
  if (type === 3 && start.parentNode === null) {
    throw new DOMException('Failed to execute ' + what
        + ": This operation would split a text node, but there's no parent into which to insert.",
        'HierarchyRequestError');
  }
  // Steps 2-5: the reference node and the parent.
  var reference = type === 3 ? start : start.childNodes.item(b[1]);
  var parent = reference === null ? start : reference.parentNode;
  // Step 6.
  if (node[SLOT].nodeType === 9) {
    throw new DOMException('Failed to execute ' + what + ": Nodes of type '#document' may not be inserted"
        + " inside nodes of type '" + parent.nodeName + "'.", 'HierarchyRequestError');
  }
  host.domCheckInsert(parent[SLOT].handle, node[SLOT].handle,
      reference === null ? -1 : reference[SLOT].handle, what);
  // Step 7: a Text start node is split.
  if (type === 3) {
    reference = start.splitText(b[1]);
  }
  // Step 8.
  if (node === reference) {
    reference = node.nextSibling;
  }
  // Step 9.
  if (node.parentNode !== null) {
    removeNode(node.parentNode, node, true);
  }
  // Steps 10-11.
  var newOffset = reference === null ? rangeNodeLength(parent) : host.domChildren(parent[SLOT].handle)
      .indexOf(reference[SLOT].handle);
  newOffset += node[SLOT].nodeType === 11 ? rangeNodeLength(node) : 1;
  // Step 12.
  insertNode(parent, node, reference, what);
  // Step 13.
  var now = host.rangeBounds(id);
  if (now[0] === now[2] && now[1] === now[3]) {
    host.rangeSet(id, now[0], now[1], parent[SLOT].handle, newOffset);
    rangeMethodChanged(id);
  }
}

defineMethods(Range.prototype, {
  /** #dom-range-deletecontents. */
  deleteContents: function () {
    var id = rangeId(this);
    processRangeContents(id, 'delete', "'deleteContents' on 'Range'");
    rangeMethodChanged(id);
  },
  /** #dom-range-extractcontents. */
  extractContents: function () {
    var id = rangeId(this);
    var fragment = processRangeContents(id, 'extract', "'extractContents' on 'Range'");
    rangeMethodChanged(id);
    return fragment;
  },
  /** #dom-range-clonecontents. */
  cloneContents: function () {
    return processRangeContents(rangeId(this), 'clone', "'cloneContents' on 'Range'");
  },
  /** #dom-range-insertnode. */
  insertNode: function (node) {
    var id = rangeId(this);
    var what = "'insertNode' on 'Range'";
    requireArgs(arguments, 1, 'execute ' + what);
    rangeNodeArg(node, 1, what);
    insertIntoRange(id, node, what);
  },
  /** #dom-range-surroundcontents. */
  surroundContents: function (newParent) {
    var id = rangeId(this);
    var what = "'surroundContents' on 'Range'";
    requireArgs(arguments, 1, 'execute ' + what);
    rangeNodeArg(newParent, 1, what);
    // Step 1.
    if (host.rangePartialNonText(id)) {
      throw new DOMException('Failed to execute ' + what
          + ': The Range has partially selected a non-Text node.', 'InvalidStateError');
    }
    // Step 2.
    var t = newParent[SLOT].nodeType;
    if (t === 9 || t === 10 || t === 11) {
      throw new DOMException('Failed to execute ' + what + ": The node provided is of type '"
          + newParent.nodeName + "'.", 'InvalidNodeTypeError');
    }
    // Steps 3-7.
    var fragment = processRangeContents(id, 'extract', what);
    if (newParent.firstChild !== null) {
      replacingAll(newParent, function () {
        host.domSetTextContent(newParent[SLOT].handle, '');
      });
    }
    insertIntoRange(id, newParent, what);
    newParent.appendChild(fragment);
    host.rangeSelectNode(id, newParent[SLOT].handle);
    rangeMethodChanged(id);
  }
});
