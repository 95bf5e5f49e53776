// dom-node.js: Node, CharacterData, Text and Comment (https://dom.spec.whatwg.org/#interface-node)
// over the host's jsoup tree. Each node is a handle; nodeFor() keeps one wrapper per handle.
// childNodes is a live NodeList (dom-collections.js).

var nodes = {};

function Node() {
  throw new TypeError('Illegal constructor');
}
inherit(Node, EventTarget);
var NODE_TYPES = {ELEMENT_NODE: 1, ATTRIBUTE_NODE: 2, TEXT_NODE: 3, CDATA_SECTION_NODE: 4,
  ENTITY_REFERENCE_NODE: 5, ENTITY_NODE: 6, PROCESSING_INSTRUCTION_NODE: 7, COMMENT_NODE: 8,
  DOCUMENT_NODE: 9, DOCUMENT_TYPE_NODE: 10, DOCUMENT_FRAGMENT_NODE: 11, NOTATION_NODE: 12};
defineConstants(Node, NODE_TYPES);

function CharacterData() {
  throw new TypeError('Illegal constructor');
}
inherit(CharacterData, Node);

/** #dom-text-text: new Text(data) makes a detached Text node. */
function Text() {
  requireNew(this, Text, 'Text');
  return nodeFor(host.domCreate('text', arguments[0] === undefined ? '' : toDOMString(arguments[0])));
}
inherit(Text, CharacterData);

function Comment() {
  requireNew(this, Comment, 'Comment');
  return nodeFor(host.domCreate('comment', arguments[0] === undefined ? '' : toDOMString(arguments[0])));
}
inherit(Comment, CharacterData);

/** DOM #interface-documenttype: a doctype node (ChildNode's methods: dom-element.js). */
function DocumentType() {
  illegalConstructor(this, DocumentType);
}
inherit(DocumentType, Node);
['name', 'publicId', 'systemId'].forEach(function (name, i) {
  defineAccessor(DocumentType.prototype, name, function () {
    return host.domDoctype(slotOf(this, 'DocumentType').handle)[i];
  });
});
setTag(DocumentType.prototype, 'DocumentType');

/** The one wrapper of a node handle, or null for -1. */
function nodeFor(handle) {
  if (handle === null || handle < 0) {
    return null;
  }
  var n = nodes[handle];
  if (!n) {
    var info = host.domInfo(handle);
    var type = info[0];
    var proto = type === 1 ? elementPrototype(info[2], info[3])
        : type === 3 ? Text.prototype
        : type === 8 ? Comment.prototype : type === 9 ? Document.prototype
        : type === 11 ? (info.length > 2 ? ShadowRoot.prototype : DocumentFragment.prototype)
        : type === 10 ? DocumentType.prototype
        : Node.prototype;
    n = wrapNode(Object.create(proto), handle, info);
    if (proto === HTMLFormElement.prototype) {
      n = nodes[handle] = formWithNamedProperties(n);
    }
  }
  return n;
}

/**
 * Makes {@code n} the wrapper of the node (nodeFor's, or a custom element's constructor's own
 * object: custom-element-reactions.js), given its info (DomNodes.info).
 */
function wrapNode(n, handle, info) {
  var type = info[0];
  var s = initTarget(n, ['EventTarget', 'Node', type === 1 ? 'Element' : type === 9 ? 'Document'
      : type === 11 ? 'DocumentFragment' : type === 10 ? 'DocumentType' : 'CharacterData']);
  s.handle = handle;
  s.nodeType = type;
  s.nodeName = info[1];
  if (type !== 9) {
    s.eventParent = nodeEventParent(handle);
  }
  if (type === 11 && info.length > 2) { // a shadow root's info says so (DomNodes.info)
    initShadowRootSlot(s, info);
  }
  nodes[handle] = n;
  if (type === 1) {
    // DOM #concept-element-namespace, #concept-element-local-name, #concept-element-namespace-prefix.
    s.namespace = info[2];
    s.localName = info[3];
    s.prefix = info[4];
    setInlineHandlers(n, info);
  }
  return n;
}

/**
 * HTML #event-handler-content-attributes: an element's event handler content attributes
 * (event-handlers.js) are its event handlers, in the listener list ahead of any a script adds
 * (scripts reach the element only through this wrapper, made now); a body is compiled when the
 * handler is first run or read (event-target.js currentHandler), and one that does not compile is
 * reported then. A body element's window-reflecting ones are the window's, set once when the page
 * is parsed (setBodyHandlers), not each time a wrapper is made.
 */
function setInlineHandlers(el, info) {
  // info: the node's type, name, namespace, local name and prefix, then the on* attributes' names
  // and values (DomNodes.info). GlobalEventHandlers are HTML, SVG and MathML elements' only.
  if (info[2] !== HTML_NAMESPACE && info[2] !== SVG_NAMESPACE && info[2] !== MATHML_NAMESPACE) {
    return;
  }
  var body = info[1] === 'BODY';
  for (var i = ELEMENT_INFO_ATTRIBUTES; i + 1 < info.length; i += 2) {
    var name = info[i];
    if (isHandlerAttribute(name) && !(body && isBodyWindowHandler(name))) {
      el[name] = new RawHandler(info[i + 1], false);
    }
  }
}

/**
 * The page's body element's window-reflecting handler content attributes (HTML
 * #window-reflecting-body-element-event-handler-set, WindowEventHandlers) become the window's
 * handlers, as when the parser creates the body element (the runner calls this then).
 */
function setBodyHandlers() {
  var body = roots()[2];
  var info = body === null || body < 0 ? [] : host.domInfo(body);
  for (var i = ELEMENT_INFO_ATTRIBUTES; i + 1 < info.length; i += 2) {
    if (isBodyWindowHandler(info[i])) {
      global[info[i]] = new RawHandler(info[i + 1], info[i] === 'onerror');
    }
  }
}

/**
 * HTML #event-handler-attributes, the attribute change steps, after a script set or removed one of
 * an element's attributes (name lowercased; value null when removed): a handler content attribute
 * set makes the handler's value its raw uncompiled body, compiled when the handler is first run or
 * read; removed, it deactivates the handler. A body element's window-reflecting ones are the
 * window's (#window-reflecting-body-element-event-handler-set).
 */
function handlerAttributeChanged(el, name, value) {
  if (name === 'checked' || name === 'value' || name === 'type') {
    controlAttributeChanged(el, name, value); // a control's state follows them (form-controls.js)
  }
  // The name first: most attribute changes are no handler's and need not ask the host the tag.
  var windows = isBodyWindowHandler(name) && host.domTagName(el[SLOT].handle) === 'BODY';
  if (windows || isHandlerAttribute(name)) {
    (windows ? global : el)[name] =
        value === null ? null : new RawHandler(value, windows && name === 'onerror');
  }
}

/**
 * DOM #get-the-parent for a node other than a document (a shadow root's: shadow-root.js): its
 * assigned slot, else its parent node, or null.
 */
function nodeEventParent(handle) {
  return function () {
    // A slottable assigned to a slot has the slot (#concept-node-get-the-parent; shadow-root.js).
    var slot = shadowsMayExist() ? host.domAssignedSlot(handle) : -1;
    return nodeFor(slot >= 0 ? slot : host.domParent(handle));
  };
}

function nodesFor(handles) {
  var out = [];
  for (var i = 0; i < handles.length; i++) {
    out.push(nodeFor(handles[i]));
  }
  return out;
}

/** Whether v is one of this realm's nodes. */
/** Whether v is an element's wrapper (any namespace's). */
function isElementNode(v) {
  return isObject(v) && isObject(v[SLOT]) && v[SLOT].kinds.indexOf('Element') >= 0;
}

function isNode(v) {
  return isObject(v) && !!v[SLOT] && v[SLOT].kinds.indexOf('Node') >= 0;
}

function handleOf(node, what) {
  if (!isNode(node)) {
    throw new TypeError('Failed to execute ' + what + ": parameter is not of type 'Node'.");
  }
  return node[SLOT].handle;
}

/**
 * handleOf for the node an insertion inserts: an Attr (a Node the host's tree has no place for) is
 * #concept-node-ensure-pre-insertion-validity's step 4 HierarchyRequestError, or step 1's when
 * the parent cannot have children, with Chromium's messages; the host checks the rest.
 */
function insertedHandle(parent, node, what) {
  if (isAttrObject(node)) {
    var p = slotOf(parent, 'Node');
    throw new DOMException('Failed to execute ' + what + ': ' + (p.nodeType === 1 || p.nodeType === 9
        || p.nodeType === 11 ? "Nodes of type '" + node.name + "' may not be inserted inside nodes of type '"
        + p.nodeName + "'." : 'This node type does not support this method.'), 'HierarchyRequestError');
  }
  return handleOf(node, what);
}

/**
 * #concept-node-pre-insert, then the scripts it connected are prepared (HTML). The mutation records
 * (mutation-observer.js): a node moved from another parent is removed from it first
 * (#concept-node-adopt); a fragment's children leave it (a record at the fragment); then the nodes
 * inserted, unless {@code combined} takes them for one record of its own (replaceChild,
 * replaceChildren).
 */
function insertNode(parent, node, before, what, combined) {
  var p = slotOf(parent, 'Node').handle;
  var c = insertedHandle(parent, node, what);
  var b = before === null || before === undefined ? -1 : handleOf(before, what);
  var watched = mutationsObserved();
  var fragment = watched && node[SLOT].nodeType === 11;
  var nodes = null;
  var from = null;
  if (watched) {
    if (fragment) {
      nodes = Array.prototype.slice.call(node.childNodes);
    } else {
      nodes = [node];
      var old = node.parentNode;
      from = old === null ? null : {parent: old, previous: node.previousSibling, next: node.nextSibling};
    }
  }
  // #concept-node-adopt removes the node from its parent first: a focused element in it loses the
  // focus (HTML #focus-fixup-rule), with blur and focusout as Chromium 156 fires them (focus.js),
  // once the insertion is known to be valid.
  if (focusedElement !== null && node.parentNode !== null && node.contains(focusedElement)) {
    host.domCheckInsert(p, c, b, what);
    blurIfRemoving(node, true);
  }
  var moved = nodeIteratorsPreInsert(node); // the NodeIterators (document-traversal.js)
  // Java checks the pre-insertion validity and throws its DOMException.
  var scripts = host.domInsert(p, c, b, what);
  nodeIteratorsMoved(moved);
  queueSignaledSlots();
  if (watched) {
    if (from !== null) {
      keepRemovedObserved(from.parent, node);
      queueTreeRecord(from.parent, [], [node], from.previous, from.next);
    }
    if (fragment) {
      queueTreeRecord(node, [], nodes, null, null);
    }
    if (combined) {
      combined.nodes = nodes;
    } else if (nodes.length > 0) {
      queueTreeRecord(parent, nodes, [], nodes[0].previousSibling, nodes[nodes.length - 1].nextSibling);
    }
  }
  for (var i = 0; i < scripts.length; i++) {
    host.domRunScript(scripts[i]);
  }
  return node;
}

defineAccessor(Node.prototype, 'nodeType', function () {
  return slotOf(this, 'Node').nodeType;
});
defineAccessor(Node.prototype, 'nodeName', function () {
  return slotOf(this, 'Node').nodeName;
});
defineAccessor(Node.prototype, 'parentNode', function () {
  return nodeFor(host.domParent(slotOf(this, 'Node').handle));
});
defineAccessor(Node.prototype, 'parentElement', function () {
  var p = this.parentNode;
  return p !== null && p.nodeType === 1 ? p : null;
});
/**
 * #dom-node-childnodes: [SameObject], live; brought current as it is read, so that an index read
 * on it right away (node.childNodes[i]) finds a child added since (dom-collections.js).
 */
defineAccessor(Node.prototype, 'childNodes', function () {
  var s = slotOf(this, 'Node');
  if (!s.childNodes) {
    s.childNodes = liveNodes(function () {
      return nodesFor(host.domChildren(s.handle));
    });
  } else {
    itemsOf(s.childNodes, 'NodeList');
  }
  return s.childNodes;
});
defineAccessor(Node.prototype, 'firstChild', function () {
  return nodeFor(host.domEndChild(slotOf(this, 'Node').handle, false));
});
defineAccessor(Node.prototype, 'lastChild', function () {
  return nodeFor(host.domEndChild(slotOf(this, 'Node').handle, true));
});
/** The next (offset 1) or previous (-1) sibling: one host call, not the parent's child list. */
function sibling(node, offset) {
  return nodeFor(host.domSibling(slotOf(node, 'Node').handle, offset));
}
defineAccessor(Node.prototype, 'nextSibling', function () {
  return sibling(this, 1);
});
defineAccessor(Node.prototype, 'previousSibling', function () {
  return sibling(this, -1);
});
/** DOM #dom-node-ownerdocument: the node document (ScriptDocuments), null for a document. */
defineAccessor(Node.prototype, 'ownerDocument', function () {
  return nodeFor(host.domOwnerDocument(slotOf(this, 'Node').handle));
});
/** DOM #dom-node-baseuri: the node document's base URL (the page's: location.js). */
defineAccessor(Node.prototype, 'baseURI', function () {
  slotOf(this, 'Node');
  return documentBaseUrl();
});
/** DOM #connected: the node's root is a document (the page's, or one a script made). */
defineAccessor(Node.prototype, 'isConnected', function () {
  return host.domConnected(slotOf(this, 'Node').handle);
});
defineAccessor(Node.prototype, 'textContent', function () {
  var s = slotOf(this, 'Node');
  return s.nodeType === 9 ? null : host.domTextContent(s.handle);
}, function (v) {
  var s = slotOf(this, 'Node');
  if (s.nodeType === 1 || s.nodeType === 11) {
    blurIfRemoving(this, false);
    // A connected element prints its new text, as before (the page's visible output).
    replacingAll(this, function () {
      host.domSetText(s.handle, v === null ? '' : toDOMString(v));
    });
  } else if (s.nodeType !== 9) {
    hostSetData(s.handle, v === null ? '' : toDOMString(v));
  }
});
defineAccessor(Node.prototype, 'nodeValue', function () {
  var s = slotOf(this, 'Node');
  return s.nodeType === 3 || s.nodeType === 8 ? host.domData(s.handle) : null;
}, function (v) {
  var s = slotOf(this, 'Node');
  if (s.nodeType === 3 || s.nodeType === 8) {
    hostSetData(s.handle, v === null ? '' : toDOMString(v));
  }
});
/**
 * #concept-node-remove of child from parent (removeChild's checks in Java): the focus leaves it,
 * and, unless the caller queues a record of its own, its mutation record.
 */
function removeNode(parent, child, record) {
  var p = slotOf(parent, 'Node').handle;
  var c = handleOf(child, "'removeChild' on 'Node'");
  blurIfRemoving(child, true, parent);
  var watched = mutationsObserved() && child.parentNode === parent;
  var previous = watched ? child.previousSibling : null;
  var next = watched ? child.nextSibling : null;
  nodeIteratorsPreRemove(parent, child); // #concept-node-remove step 4 (document-traversal.js)
  if (showingPopoverCount > 0 && child.parentNode === parent) {
    popoversIfRemoving(child, true); // HTML's popover removing steps (popover.js)
  }
  host.domRemove(p, c);
  queueSignaledSlots();
  if (watched) {
    keepRemovedObserved(parent, child);
    if (record) {
      queueTreeRecord(parent, [], [child], previous, next);
    }
  }
}

/** #converting-nodes-into-a-node: strings become Text nodes; more than one node, a fragment of them. */
function nodesIntoNode(args) {
  var nodes = [];
  for (var i = 0; i < args.length; i++) {
    var n = args[i];
    nodes.push(isNode(n) ? n : document.createTextNode(toDOMString(n)));
  }
  if (nodes.length === 1) {
    return nodes[0];
  }
  var fragment = document.createDocumentFragment();
  for (var j = 0; j < nodes.length; j++) {
    fragment.appendChild(nodes[j]);
  }
  return fragment;
}

/** The first sibling of node's in the direction (nextSibling or previousSibling) not among nodes. */
function viableSibling(node, direction, nodes) {
  var s = node[direction];
  while (s !== null && Array.prototype.indexOf.call(nodes, s) >= 0) {
    s = s[direction];
  }
  return s;
}

/** ChildNode (DOM #interface-childnode): before, after, replaceWith, and remove. */
var childNodeMethods = {
  /** #dom-childnode-before. */
  before: function () {
    var parent = this.parentNode;
    if (parent !== null) {
      var previous = viableSibling(this, 'previousSibling', arguments);
      var node = nodesIntoNode(arguments);
      insertNode(parent, node, previous === null ? parent.firstChild : previous.nextSibling, "'before'");
    }
  },
  /** #dom-childnode-after. */
  after: function () {
    var parent = this.parentNode;
    if (parent !== null) {
      var next = viableSibling(this, 'nextSibling', arguments);
      insertNode(parent, nodesIntoNode(arguments), next, "'after'");
    }
  },
  /** #dom-childnode-replacewith. */
  replaceWith: function () {
    var parent = this.parentNode;
    if (parent !== null) {
      var next = viableSibling(this, 'nextSibling', arguments);
      var node = nodesIntoNode(arguments);
      if (this.parentNode === parent) {
        parent.replaceChild(node, this);
      } else {
        insertNode(parent, node, next, "'replaceWith'");
      }
    }
  },
  /** #dom-childnode-remove. */
  remove: function () {
    var p = this.parentNode;
    if (p !== null) {
      p.removeChild(this);
    }
  }
};

defineMethods(Node.prototype, {
  /** #dom-node-getrootnode: the root, or with composed the shadow-including root. */
  getRootNode: function (options) {
    var h = slotOf(this, 'Node').handle;
    var composed = isObject(options) ? toBoolean(options.composed) : false;
    return nodeFor(host.domRootNode(h, composed));
  },
  isSameNode: function (other) {
    return this === other;
  },
  appendChild: function (node) {
    requireArgs(arguments, 1, "execute 'appendChild' on 'Node'");
    return insertNode(this, node, null, "'appendChild' on 'Node'");
  },
  insertBefore: function (node, child) {
    requireArgs(arguments, 2, "execute 'insertBefore' on 'Node'");
    return insertNode(this, node, child, "'insertBefore' on 'Node'");
  },
  removeChild: function (child) {
    requireArgs(arguments, 1, "execute 'removeChild' on 'Node'");
    removeNode(this, child, true);
    return child;
  },
  /**
   * #concept-node-replace: after its checks (steps 1-6, the host's, an Attr's here), child is removed (step 11),
   * then node inserted before child's next sibling (or node's, if that is it: steps 7-8, 13), so
   * that live ranges move as the standard orders it; one mutation record of both, with child's
   * previous sibling and that reference child.
   */
  replaceChild: function (node, child) {
    var what = "'replaceChild' on 'Node'";
    requireArgs(arguments, 2, 'execute ' + what);
    host.domCheckReplace(slotOf(this, 'Node').handle, insertedHandle(this, node, what), handleOf(child, what),
        what);
    var watched = mutationsObserved();
    var previous = watched ? child.previousSibling : null;
    var next = child.nextSibling;
    if (next === node) {
      next = node.nextSibling;
    }
    var combined = {nodes: []};
    if (node !== child) {
      removeNode(this, child, false);
    }
    insertNode(this, node, next, what, combined);
    if (watched) {
      queueTreeRecord(this, combined.nodes, [child], previous, next);
    }
    return child;
  },
  /** #dom-node-clonenode: a copy (deep: with its descendants), without listeners or handlers set by script. */
  cloneNode: function () {
    var deep = toBoolean(arguments[0]);
    var copy = nodeFor(host.domClone(slotOf(this, 'Node').handle, deep));
    cloneControlState(this, copy, deep);
    return copy;
  },
  hasChildNodes: function () {
    return host.domChildren(slotOf(this, 'Node').handle).length > 0;
  },
  contains: function (other) {
    for (var n = other; isObject(n); n = n.parentNode) {
      if (n === this) {
        return true;
      }
    }
    return false;
  }
});
setTag(Node.prototype, 'Node');

defineAccessor(CharacterData.prototype, 'data', function () {
  return host.domData(slotOf(this, 'CharacterData').handle);
}, function (v) {
  hostSetData(slotOf(this, 'CharacterData').handle, v === null ? '' : toDOMString(v));
});
defineAccessor(CharacterData.prototype, 'length', function () {
  return host.domData(slotOf(this, 'CharacterData').handle).length;
});
/** #dom-text-wholetext: the data of the contiguous Text nodes around this one, in tree order. */
defineAccessor(Text.prototype, 'wholeText', function () {
  slotOf(this, 'CharacterData');
  var first = this;
  while (first.previousSibling !== null && first.previousSibling.nodeType === 3) {
    first = first.previousSibling;
  }
  var out = '';
  for (var n = first; n !== null && n.nodeType === 3; n = n.nextSibling) {
    out += n.data;
  }
  return out;
});
setTag(Text.prototype, 'Text');
setTag(Comment.prototype, 'Comment');

exposed.Node = Node;
exposed.CharacterData = CharacterData;
exposed.Text = Text;
exposed.Comment = Comment;
exposed.DocumentType = DocumentType;
