// dom-fragment.js: DocumentFragment (https://dom.spec.whatwg.org/#interface-documentfragment): a
// node of the host's that is never in the tree; inserting it inserts its children (DomNodes.insert),
// leaving it empty. ParentNode's members and getElementById, not Element's. And the document's
// methods that make nodes to insert: createDocumentFragment, importNode, adoptNode.

/** #dom-documentfragment-documentfragment: new DocumentFragment() is an empty one. */
function DocumentFragment() {
  requireNew(this, DocumentFragment, 'DocumentFragment');
  return nodeFor(host.domCreate('fragment', ''));
}
inherit(DocumentFragment, Node);
defineMethods(DocumentFragment.prototype, {
  querySelector: parentNodeMethods.querySelector,
  querySelectorAll: parentNodeMethods.querySelectorAll,
  prepend: parentNodeMethods.prepend,
  append: parentNodeMethods.append,
  replaceChildren: parentNodeMethods.replaceChildren,
  moveBefore: parentNodeMethods.moveBefore,
  /** #dom-nonelementparentnode-getelementbyid: the first descendant element with that id. */
  getElementById: function (id) {
    var h = slotOf(this, 'DocumentFragment').handle;
    requireArgs(arguments, 1, "execute 'getElementById' on 'DocumentFragment'");
    id = toDOMString(id);
    var found = nodesFor(host.domQuery(h, '[id]', true)).filter(function (n) {
      return n.id === id;
    });
    return found.length ? found[0] : null;
  }
});
defineParentNodeAccessors(DocumentFragment.prototype);
setTag(DocumentFragment.prototype, 'DocumentFragment');

defineMethods(Document.prototype, {
  /** #dom-document-createdocumentfragment. */
  createDocumentFragment: function () {
    return nodeFor(host.domCreate('fragment', '', slotOf(this, 'Document').handle));
  },
  /** #dom-document-importnode: a copy (deep: with its descendants); not of a document. */
  importNode: function (node) {
    slotOf(this, 'Document');
    nodeToTakeIn(arguments, 'importNode', 'The node provided is a document, which may not be imported.');
    // #dom-document-importnode step 2: a clone whose document is this one.
    var deep = toBoolean(arguments[1]);
    var copy = nodeFor(host.domClone(slotOf(node, 'Node').handle, deep, slotOf(this, 'Document').handle));
    cloneControlState(node, copy, deep);
    return copy;
  },
  /**
   * #dom-document-adoptnode: adopting is leaving its parent (a node's document follows its root:
   * io.w3socket.engine.ScriptDocuments).
   */
  adoptNode: function (node) {
    slotOf(this, 'Document');
    nodeToTakeIn(arguments, 'adoptNode', "The node provided is of type '#document', which may not be adopted.");
    if (node.parentNode !== null) {
      node.parentNode.removeChild(node);
    }
    return node;
  }
});

/** importNode's and adoptNode's argument checks: one argument, a node, not a document. */
function nodeToTakeIn(args, method, documentMessage) {
  var what = "execute '" + method + "' on 'Document'";
  requireArgs(args, 1, what);
  if (!isNode(args[0])) {
    throw new TypeError('Failed to ' + what + ": parameter 1 is not of type 'Node'.");
  }
  if (args[0][SLOT].nodeType === 9) {
    throw new DOMException('Failed to ' + what + ': ' + documentMessage, 'NotSupportedError');
  }
}

exposed.DocumentFragment = DocumentFragment;
