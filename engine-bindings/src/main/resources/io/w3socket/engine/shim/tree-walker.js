// tree-walker.js: TreeWalker (https://dom.spec.whatwg.org/#interface-treewalker): moves its current
// node about its root's subtree (the filtered view of it: FILTER_REJECT leaves a node's subtree
// out, FILTER_SKIP only the node). The current node may be set anywhere, outside the root too.

function TreeWalker() {
  illegalConstructor(this, TreeWalker);
}

/** DOM #dom-document-createtreewalker steps 1-5: current is root. */
function makeTreeWalker(root, whatToShow, filter) {
  var w = Object.create(TreeWalker.prototype);
  setSlot(w, traverserSlot('TreeWalker', root, whatToShow, filter)).current = root;
  return w;
}

defineTraverserAccessors(TreeWalker.prototype, 'TreeWalker');
/** DOM #dom-treewalker-currentnode: any Node. */
defineAccessor(TreeWalker.prototype, 'currentNode', function () {
  return slotOf(this, 'TreeWalker').current;
}, function (v) {
  var s = slotOf(this, 'TreeWalker');
  if (!isTraversableNode(v)) {
    throw new TypeError("Failed to set the 'currentNode' property on 'TreeWalker': Failed to convert value to 'Node'.");
  }
  s.current = v;
});

/** The walker's current becomes node, which is returned. */
function walkTo(s, node) {
  s.current = node;
  return node;
}

defineMethods(TreeWalker.prototype, {
  /** DOM #dom-treewalker-parentnode. */
  parentNode: function () {
    var s = slotOf(this, 'TreeWalker');
    var node = s.current;
    while (node !== null && node !== s.root) {
      node = treeParent(node);
      if (node !== null && filterNode(s, node, 'parentNode') === FILTER_ACCEPT) {
        return walkTo(s, node);
      }
    }
    return null;
  },
  firstChild: function () {
    return traverseChildren(slotOf(this, 'TreeWalker'), true);
  },
  lastChild: function () {
    return traverseChildren(slotOf(this, 'TreeWalker'), false);
  },
  previousSibling: function () {
    return traverseSiblings(slotOf(this, 'TreeWalker'), false);
  },
  nextSibling: function () {
    return traverseSiblings(slotOf(this, 'TreeWalker'), true);
  },
  /** DOM #dom-treewalker-previousnode. */
  previousNode: function () {
    var s = slotOf(this, 'TreeWalker');
    var node = s.current;
    while (node !== s.root) {
      var sibling = treePreviousSibling(node);
      while (sibling !== null) {
        node = sibling;
        var result = filterNode(s, node, 'previousNode');
        var child;
        while (result !== FILTER_REJECT && (child = treeLastChild(node)) !== null) {
          node = child;
          result = filterNode(s, node, 'previousNode');
        }
        if (result === FILTER_ACCEPT) {
          return walkTo(s, node);
        }
        sibling = treePreviousSibling(node);
      }
      var parent = treeParent(node);
      if (node === s.root || parent === null) {
        return null;
      }
      node = parent;
      if (filterNode(s, node, 'previousNode') === FILTER_ACCEPT) {
        return walkTo(s, node);
      }
    }
    return null;
  },
  /** DOM #dom-treewalker-nextnode. */
  nextNode: function () {
    var s = slotOf(this, 'TreeWalker');
    var node = s.current;
    var result = FILTER_ACCEPT;
    for (;;) {
      var child;
      while (result !== FILTER_REJECT && (child = treeFirstChild(node)) !== null) {
        node = child;
        result = filterNode(s, node, 'nextNode');
        if (result === FILTER_ACCEPT) {
          return walkTo(s, node);
        }
      }
      var sibling = null;
      for (var temporary = node; temporary !== null; temporary = treeParent(temporary)) {
        if (temporary === s.root) {
          return null;
        }
        sibling = treeNextSibling(temporary);
        if (sibling !== null) {
          break;
        }
      }
      if (sibling === null) {
        return null;
      }
      node = sibling;
      result = filterNode(s, node, 'nextNode');
      if (result === FILTER_ACCEPT) {
        return walkTo(s, node);
      }
    }
  }
});
setTag(TreeWalker.prototype, 'TreeWalker');

/** DOM #concept-traverse-children: first (or last) child in the walker's filtered view. */
function traverseChildren(s, first) {
  var what = first ? 'firstChild' : 'lastChild';
  var node = first ? treeFirstChild(s.current) : treeLastChild(s.current);
  while (node !== null) {
    var result = filterNode(s, node, what);
    if (result === FILTER_ACCEPT) {
      return walkTo(s, node);
    }
    if (result === FILTER_SKIP) {
      var child = first ? treeFirstChild(node) : treeLastChild(node);
      if (child !== null) {
        node = child;
        continue;
      }
    }
    while (node !== null) {
      var sibling = first ? treeNextSibling(node) : treePreviousSibling(node);
      if (sibling !== null) {
        node = sibling;
        break;
      }
      var parent = treeParent(node);
      if (parent === null || parent === s.root || parent === s.current) {
        return null;
      }
      node = parent;
    }
  }
  return null;
}

/** DOM #concept-traverse-siblings: next (or previous) sibling in the walker's filtered view. */
function traverseSiblings(s, next) {
  var what = next ? 'nextSibling' : 'previousSibling';
  var node = s.current;
  if (node === s.root) {
    return null;
  }
  for (;;) {
    var sibling = next ? treeNextSibling(node) : treePreviousSibling(node);
    while (sibling !== null) {
      node = sibling;
      var result = filterNode(s, node, what);
      if (result === FILTER_ACCEPT) {
        return walkTo(s, node);
      }
      sibling = next ? treeFirstChild(node) : treeLastChild(node);
      if (result === FILTER_REJECT || sibling === null) {
        sibling = next ? treeNextSibling(node) : treePreviousSibling(node);
      }
    }
    node = treeParent(node);
    if (node === null || node === s.root) {
      return null;
    }
    if (filterNode(s, node, what) === FILTER_ACCEPT) {
      return null;
    }
  }
}

exposed.TreeWalker = TreeWalker;
