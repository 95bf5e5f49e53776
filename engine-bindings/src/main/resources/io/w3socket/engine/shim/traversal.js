// traversal.js: what NodeIterator and TreeWalker share (DOM #traversal): making one
// (createNodeIterator, createTreeWalker with their WebIDL conversions), its root, whatToShow,
// filter and "is active" flag, filtering a node (#concept-node-filter), and the tree as a
// traverser walks it, read through the host's handles. An Attr (dom-attr.js: no handle) may be a
// root or a walker's current node: it has no parent and no children.

/** NodeFilter's acceptNode results (DOM #interface-nodefilter). */
var FILTER_ACCEPT = 1;
var FILTER_REJECT = 2;
var FILTER_SKIP = 3;

/** Whether v is a Node: one of the tree's, or an Attr. */
function isTraversableNode(v) {
  return isNode(v) || isAttrObject(v);
}

/**
 * DOM #dom-document-createnodeiterator and #dom-document-createtreewalker, after their WebIDL
 * conversions (#es-overloads): root a Node, whatToShow an unsigned long (0xFFFFFFFF when left
 * out), filter a NodeFilter callback interface or null, in that order.
 */
function createTraverser(doc, args, kind) {
  slotOf(doc, 'Document');
  var what = "execute 'create" + kind + "' on 'Document'";
  requireArgs(args, 1, what);
  var root = args[0];
  if (!isTraversableNode(root)) {
    throw new TypeError('Failed to ' + what + ": parameter 1 is not of type 'Node'.");
  }
  var whatToShow = args[1] === undefined ? 0xFFFFFFFF : toUint32(args[1]);
  var filter = args[2] === undefined || args[2] === null ? null : args[2];
  // WebIDL #es-callback-interface: any object (a function too); its acceptNode is read when called.
  if (filter !== null && !isObject(filter)) {
    throw new TypeError('Failed to ' + what + ": parameter 3 is not of type 'Object'.");
  }
  return kind === 'NodeIterator' ? makeNodeIterator(root, whatToShow, filter)
      : makeTreeWalker(root, whatToShow, filter);
}

/** A traverser's slot: #concept-traversal-root, -whattoshow, -filter and -active. */
function traverserSlot(kind, root, whatToShow, filter) {
  return {kinds: [kind], root: root, whatToShow: whatToShow, filter: filter, active: false};
}

/** A traverser's attributes: root, whatToShow and filter. */
function defineTraverserAccessors(proto, kind) {
  ['root', 'whatToShow', 'filter'].forEach(function (name) {
    defineAccessor(proto, name, function () {
      return slotOf(this, kind)[name];
    });
  });
}

/** A node's nodeType: an Attr's slot has none. */
function traversalNodeType(node) {
  var type = node[SLOT].nodeType;
  return type === undefined ? 2 : type;
}

/**
 * DOM #concept-node-filter: node filtered within the traverser whose slot is s, for its method
 * what (the InvalidStateError names it, as Chromium 156 does).
 */
function filterNode(s, node, what) {
  // Step 1: a filter that calls its own traverser.
  if (s.active) {
    throw new DOMException('Failed to execute \'' + what + "' on '" + s.kinds[0]
        + "': Filter function can't be recursive", 'InvalidStateError');
  }
  // Steps 2-3: whatToShow's bit nodeType - 1.
  if ((s.whatToShow & (1 << (traversalNodeType(node) - 1))) === 0) {
    return FILTER_SKIP;
  }
  if (s.filter === null) {
    return FILTER_ACCEPT;
  }
  // Steps 5-7: WebIDL #call-a-user-objects-operation, its result an unsigned short; whatever it
  // throws propagates, the traverser no longer active.
  s.active = true;
  try {
    return toUnsignedShort(callAcceptNode(s.filter, node, what, s.kinds[0]));
  } finally {
    s.active = false;
  }
}

/**
 * WebIDL #call-a-user-objects-operation "acceptNode": a function is called itself (this
 * undefined); an object's acceptNode, read now, with the object as this.
 */
function callAcceptNode(filter, node, what, kind) {
  if (typeof filter === 'function') {
    return filter.call(undefined, node);
  }
  var op = filter.acceptNode;
  if (typeof op !== 'function') {
    throw new TypeError('Failed to execute \'' + what + "' on '" + kind
        + "': Failed to execute 'acceptNode' on 'NodeFilter': The provided callback is not callable.");
  }
  return op.call(filter, node);
}

// The tree (DOM #concept-tree) through the host's handles, one step a call (domSibling and
// domEndChild: no list of a node's children is made); each node's wrapper is nodeFor's.

/** A node's handle, or -1 for an Attr (outside the tree). */
function traversalHandle(node) {
  var h = node[SLOT].handle;
  return h === undefined ? -1 : h;
}

function treeParent(node) {
  var h = traversalHandle(node);
  return h < 0 ? null : nodeFor(host.domParent(h));
}

function treeFirstChild(node) {
  var h = traversalHandle(node);
  return h < 0 ? null : nodeFor(host.domEndChild(h, false));
}

function treeLastChild(node) {
  var h = traversalHandle(node);
  return h < 0 ? null : nodeFor(host.domEndChild(h, true));
}

function treeNextSibling(node) {
  return nodeFor(siblingHandle(traversalHandle(node), 1));
}

function treePreviousSibling(node) {
  return nodeFor(siblingHandle(traversalHandle(node), -1));
}

/** The handle of the sibling after (offset 1) or before (-1) the node of handle h, or -1. */
function siblingHandle(h, offset) {
  return h < 0 ? -1 : host.domSibling(h, offset);
}

/** The inclusive descendant of h last in tree order. */
function lastInclusiveDescendantHandle(h) {
  for (var c = host.domEndChild(h, true); c >= 0; c = host.domEndChild(h, true)) {
    h = c;
  }
  return h;
}
