// document-traversal.js: Document's createNodeIterator and createTreeWalker (DOM #traversal), which
// load the lazy module traversal (traversal.js, node-filter.js, node-iterator.js, tree-walker.js),
// and the hooks through which the DOM's removals reach the live NodeIterators
// (#nodeiterator-pre-removing-steps): nothing is computed before a page has made one.

/**
 * The live NodeIterators' slots (node-iterator.js adds them), each held through a WeakRef where
 * the engine has one (so an iterator the page dropped is not kept), or null before the first.
 */
var nodeIteratorRefs = null;
var WeakRefConstructor = typeof WeakRef === 'function' ? WeakRef : null;
var weakRefDeref = WeakRefConstructor === null ? null : WeakRefConstructor.prototype.deref;

defineMethods(Document.prototype, {
  /** DOM #dom-document-createnodeiterator. */
  createNodeIterator: function (root) {
    return loadModule('traversal').createTraverser(this, arguments, 'NodeIterator');
  },
  /** DOM #dom-document-createtreewalker. */
  createTreeWalker: function (root) {
    return loadModule('traversal').createTraverser(this, arguments, 'TreeWalker');
  }
});

/**
 * DOM #concept-node-remove step 4: before child leaves parent (or, child null, before each of
 * parent's children does, in tree order: #concept-node-replace-all), the NodeIterator pre-removing
 * steps. A child that is not parent's (the removal throws) changes nothing.
 */
function nodeIteratorsPreRemove(parent, child) {
  if (nodeIteratorRefs !== null) {
    loadModule('traversal').iteratorsPreRemove(parent, child);
  }
}

/**
 * Before node is inserted (#concept-node-insert, which removes it from its old parent first, or
 * a fragment's children from it): what the NodeIterator pre-removing steps will make of each
 * iterator, for nodeIteratorsMoved once the host inserted it (an insertion that throws removes
 * nothing); null when there is nothing to do.
 */
function nodeIteratorsPreInsert(node) {
  return nodeIteratorRefs === null ? null : loadModule('traversal').iteratorsPreInsert(node);
}

function nodeIteratorsMoved(moved) {
  if (moved !== null) {
    loadModule('traversal').iteratorsMoved(moved);
  }
}
