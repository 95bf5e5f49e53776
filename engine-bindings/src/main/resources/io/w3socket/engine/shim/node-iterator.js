// node-iterator.js: NodeIterator (https://dom.spec.whatwg.org/#interface-nodeiterator): the nodes
// of its root's subtree in tree order, one step at a time from its reference, and the
// NodeIterator pre-removing steps that keep the reference in the tree when the DOM removes it
// (document-traversal.js's hooks, called where dom-node.js, dom-element.js and
// mutation-observer.js remove nodes).

function NodeIterator() {
  illegalConstructor(this, NodeIterator);
}

/** DOM #dom-document-createnodeiterator steps 1-6: reference (root, before); registered as live. */
function makeNodeIterator(root, whatToShow, filter) {
  var it = Object.create(NodeIterator.prototype);
  var s = setSlot(it, traverserSlot('NodeIterator', root, whatToShow, filter));
  s.reference = {node: root, before: true};
  s.candidate = null;
  if (nodeIteratorRefs === null) {
    nodeIteratorRefs = [];
  }
  nodeIteratorRefs.push(WeakRefConstructor === null ? s : new WeakRefConstructor(s));
  return it;
}

defineTraverserAccessors(NodeIterator.prototype, 'NodeIterator');
defineAccessor(NodeIterator.prototype, 'referenceNode', function () {
  return slotOf(this, 'NodeIterator').reference.node;
});
defineAccessor(NodeIterator.prototype, 'pointerBeforeReferenceNode', function () {
  return slotOf(this, 'NodeIterator').reference.before;
});
defineMethods(NodeIterator.prototype, {
  nextNode: function () {
    return traverseIterator(slotOf(this, 'NodeIterator'), true);
  },
  previousNode: function () {
    return traverseIterator(slotOf(this, 'NodeIterator'), false);
  },
  /** DOM #dom-nodeiterator-detach: does nothing. */
  detach: function () {
    slotOf(this, 'NodeIterator');
  }
});
setTag(NodeIterator.prototype, 'NodeIterator');

/**
 * DOM #concept-nodeiterator-traverse: from the candidate reference (the pre-removing steps move it
 * too, should the filter remove it), the next (or previous) node in the iterator collection (root's
 * inclusive descendants) the filter accepts becomes the reference.
 */
function traverseIterator(s, next) {
  var what = next ? 'nextNode' : 'previousNode';
  var candidate = s.reference;
  var result = null;
  for (;;) {
    if (next) {
      var following = candidate.before ? candidate.node : followingInRoot(s.root, candidate.node);
      if (following === null) {
        break;
      }
      candidate = {node: following, before: false};
    } else {
      var preceding = candidate.before ? precedingInRoot(s.root, candidate.node) : candidate.node;
      if (preceding === null) {
        break;
      }
      candidate = {node: preceding, before: true};
    }
    var node = candidate.node;
    s.candidate = candidate;
    var filterResult;
    try {
      filterResult = filterNode(s, node, what);
    } catch (e) {
      s.candidate = null;
      throw e;
    }
    // The filter may have removed the candidate (the pre-removing steps moved it). A call of this
    // iterator's own that reached no filter (so threw no InvalidStateError) ended with no candidate:
    // this one goes on from its own (Chromium 156 crashes there).
    candidate = s.candidate === null ? candidate : s.candidate;
    if (filterResult === FILTER_ACCEPT) {
      s.reference = candidate;
      result = node;
      break;
    }
  }
  s.candidate = null;
  return result;
}

/** The first node following node in tree order that is an inclusive descendant of root, or null. */
function followingInRoot(root, node) {
  var child = treeFirstChild(node);
  if (child !== null) {
    return child;
  }
  for (var n = node; n !== null && n !== root; n = treeParent(n)) {
    var sibling = treeNextSibling(n);
    if (sibling !== null) {
      return sibling;
    }
  }
  return null;
}

/** The first node preceding node in tree order that is an inclusive descendant of root, or null. */
function precedingInRoot(root, node) {
  if (node === root) {
    return null;
  }
  var sibling = treePreviousSibling(node);
  return sibling === null ? treeParent(node) : nodeFor(lastInclusiveDescendantHandle(traversalHandle(sibling)));
}

/** The live iterators' slots, those the engine collected dropped from the list. */
function liveIterators() {
  var live = [];
  var kept = [];
  for (var i = 0; i < nodeIteratorRefs.length; i++) {
    var ref = nodeIteratorRefs[i];
    var s = WeakRefConstructor === null ? ref : weakRefDeref.call(ref);
    if (s !== undefined) {
      live.push(s);
      kept.push(ref);
    }
  }
  nodeIteratorRefs = kept;
  return live;
}

/**
 * DOM #concept-node-remove step 4 for child leaving parent, or (child null) for each of parent's
 * children in tree order (#concept-node-replace-all removes them one after another: each finds
 * the ones before it gone).
 */
function iteratorsPreRemove(parent, child) {
  var p = traversalHandle(parent);
  var removed;
  if (child === null) {
    removed = p < 0 ? [] : host.domChildren(p);
  } else if (isNode(child) && host.domParent(traversalHandle(child)) === p && p >= 0) {
    removed = [traversalHandle(child)];
  } else {
    return; // not parent's child: removeChild throws, nothing is removed
  }
  var moved = iteratorsAfterRemoving(removed);
  iteratorsMoved(moved);
}

/**
 * Before node is inserted: a fragment's children leave it one after another
 * (#concept-node-insert step 4), another node leaves its parent (#concept-node-adopt step 2).
 */
function iteratorsPreInsert(node) {
  var h = isNode(node) ? traversalHandle(node) : -1;
  if (h < 0) {
    return null;
  }
  if (node[SLOT].nodeType === 11) {
    return iteratorsAfterRemoving(host.domChildren(h));
  }
  return host.domParent(h) < 0 ? null : iteratorsAfterRemoving([h]);
}

/** Each iterator's reference and candidate reference once the nodes (handles) are removed. */
function iteratorsAfterRemoving(removed) {
  var moved = [];
  if (removed.length === 0) {
    return moved;
  }
  var live = liveIterators();
  for (var i = 0; i < live.length; i++) {
    var s = live[i];
    var reference = s.reference;
    var candidate = s.candidate;
    for (var j = 0; j < removed.length; j++) {
      reference = adjustPointer(s, reference, removed[j], j > 0);
      candidate = candidate === null ? null : adjustPointer(s, candidate, removed[j], j > 0);
    }
    if (reference !== s.reference || candidate !== s.candidate) {
      moved.push({slot: s, reference: reference, candidate: candidate});
    }
  }
  return moved;
}

function iteratorsMoved(moved) {
  for (var i = 0; i < moved.length; i++) {
    moved[i].slot.reference = moved[i].reference;
    moved[i].slot.candidate = moved[i].candidate;
  }
}

/**
 * DOM #nodeiterator-pre-removing-steps, "adjust a node pointer": pointer of the iterator whose
 * slot is s, before the node of handle removed leaves its parent (previousGone: its previous
 * siblings left before it, in the same replacement).
 */
function adjustPointer(s, pointer, removed, previousGone) {
  // Step 1: only a node inside root whose subtree holds the pointer's node moves the pointer. The
  // pointer's node is an inclusive descendant of root: the removed node is then an ancestor of
  // it below root.
  var rootHandle = traversalHandle(s.root);
  var below = false;
  for (var h = traversalHandle(pointer.node); h >= 0 && h !== rootHandle; h = host.domParent(h)) {
    if (h === removed) {
      below = true;
    }
  }
  if (!below || h !== rootHandle) {
    return pointer;
  }
  // Step 2: pointing before it, the pointer moves to the first node following it (outside it)
  // in root.
  if (pointer.before) {
    for (var n = removed; n !== rootHandle; n = host.domParent(n)) {
      var next = siblingHandle(n, 1);
      if (next >= 0) {
        return {node: nodeFor(next), before: true};
      }
    }
  }
  // Steps 3-4: otherwise to after the node preceding it: its previous sibling's last inclusive
  // descendant, or its parent.
  var previous = previousGone ? -1 : siblingHandle(removed, -1);
  return {node: nodeFor(previous < 0 ? host.domParent(removed) : lastInclusiveDescendantHandle(previous)),
    before: false};
}

exposed.NodeIterator = NodeIterator;
