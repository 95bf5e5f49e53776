// dom-fragment.js: DocumentFragment (https://dom.spec.whatwg.org/#interface-documentfragment): a
// node of the host's that is never in the tree; inserting it inserts its children (DomNodes.insert),
// leaving it empty. ParentNode's members and getElementById, not Element's.

/** #dom-documentfragment-documentfragment: new DocumentFragment() is an empty one. */
function DocumentFragment() {
  requireNew(this, DocumentFragment, 'DocumentFragment');
  return nodeFor(host.domCreate('fragment', ''));
}
inherit(DocumentFragment, Node);
defineMethods(DocumentFragment.prototype, {
  querySelector: parentNodeMethods.querySelector,
  querySelectorAll: parentNodeMethods.querySelectorAll,
  append: parentNodeMethods.append,
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
    slotOf(this, 'Document');
    return nodeFor(host.domCreate('fragment', ''));
  }
});

exposed.DocumentFragment = DocumentFragment;
