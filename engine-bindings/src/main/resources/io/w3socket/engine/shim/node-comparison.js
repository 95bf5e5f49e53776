// node-comparison.js: Node's comparisons and namespace lookups (DOM #interface-node):
// compareDocumentPosition with its DOCUMENT_POSITION_* constants, isEqualNode, lookupPrefix,
// lookupNamespaceURI and isDefaultNamespace (and #locate-a-namespace, which XPath's resolver uses
// too). Tree positions and node equality are the host's (io.w3socket.engine.NodeComparison); the
// Attr cases are here, as Attr is no tree node in this host.

var DOCUMENT_POSITION = {DOCUMENT_POSITION_DISCONNECTED: 0x01, DOCUMENT_POSITION_PRECEDING: 0x02,
  DOCUMENT_POSITION_FOLLOWING: 0x04, DOCUMENT_POSITION_CONTAINS: 0x08,
  DOCUMENT_POSITION_CONTAINED_BY: 0x10, DOCUMENT_POSITION_IMPLEMENTATION_SPECIFIC: 0x20};
defineConstants(Node, DOCUMENT_POSITION);

/** A Node or an Attr (Attr is no tree node here: isNode does not answer for it), else a TypeError. */
function requireNodeArgument(v, what) {
  if (!isNode(v) && !isAttrObject(v)) {
    throw new TypeError('Failed to execute ' + what + ": parameter 1 is not of type 'Node'.");
  }
  return v;
}

function requireThisNode(self) {
  if (!isNode(self) && !isAttrObject(self)) {
    throw new TypeError('Illegal invocation');
  }
  return self;
}

/** Where an object stands among disconnected ones: a node's handle, an Attr's own number after them. */
var nextAttrOrder = 0x40000000;
function disconnectedOrder(v) {
  if (isNode(v)) {
    return v[SLOT].handle;
  }
  if (v[SLOT].order === undefined) {
    v[SLOT].order = nextAttrOrder++;
  }
  return v[SLOT].order;
}

/** DOM #locate-a-namespace of node for prefix. */
function locateNamespace(node, prefix) {
  if (isAttrObject(node)) {
    var owner = node[SLOT].element;
    return owner === null ? null : locateNamespace(owner, prefix);
  }
  var s = node[SLOT];
  if (s.nodeType === 9) {
    var root = node.documentElement;
    return root === null ? null : locateNamespace(root, prefix);
  }
  if (s.nodeType === 10 || s.nodeType === 11) {
    return null;
  }
  if (s.nodeType !== 1) {
    var parent = node.parentElement;
    return parent === null ? null : locateNamespace(parent, prefix);
  }
  // Element steps 1-2.
  if (prefix === 'xml') {
    return 'http://www.w3.org/XML/1998/namespace';
  }
  if (prefix === 'xmlns') {
    return 'http://www.w3.org/2000/xmlns/';
  }
  if (s.namespace !== null && s.prefix === prefix) {
    return s.namespace;
  }
  // Step 3: a namespace declaration (only a foreign element's attributes are in the XMLNS namespace:
  // HTML #adjust-foreign-attributes).
  if (s.namespace !== HTML_NAMESPACE) {
    var value = host.domAttribute(s.handle, prefix === null ? 'xmlns' : 'xmlns:' + prefix);
    if (value !== null) {
      return value === '' ? null : value;
    }
  }
  var up = node.parentElement;
  return up === null ? null : locateNamespace(up, prefix);
}

/**
 * DOM #locate-a-namespace-prefix, from node (#dom-node-lookupprefix's dispatch: a document's
 * element, an Attr's element, another node's parent element): the prefix namespace is bound to.
 */
function locateNamespacePrefix(node, namespace) {
  var el = isAttrObject(node) ? node[SLOT].element
      : node.nodeType === 9 ? node.documentElement
      : node.nodeType === 10 || node.nodeType === 11 ? null
      : node.nodeType === 1 ? node : node.parentElement;
  for (; el !== null; el = el.parentElement) {
    var s = el[SLOT];
    if (s.namespace === namespace && s.prefix !== null) {
      return s.prefix; // step 1
    }
    if (s.namespace !== HTML_NAMESPACE) {
      // Step 2: its first xmlns: attribute of that value (a foreign element's, as in locateNamespace).
      var names = host.domAttributeNames(s.handle);
      for (var i = 0; i < names.length; i++) {
        if (names[i].indexOf('xmlns:') === 0 && host.domAttribute(s.handle, names[i]) === namespace) {
          return names[i].substring(6);
        }
      }
    }
  }
  return null;
}

defineMethods(Node.prototype, {
  /** #dom-node-comparedocumentposition: where other is from this, as DOCUMENT_POSITION_* bits. */
  compareDocumentPosition: function (other) {
    var what = "'compareDocumentPosition' on 'Node'";
    requireArgs(arguments, 1, 'execute ' + what);
    requireNodeArgument(other, what);
    requireThisNode(this);
    // Steps 1-5: an Attr stands for its element, and two attributes of one element are ordered.
    if (this === other) {
      return 0;
    }
    var node1 = other;
    var node2 = this;
    var attr1 = null;
    var attr2 = null;
    if (isAttrObject(node1)) {
      attr1 = node1;
      node1 = attr1[SLOT].element;
    }
    if (isAttrObject(node2)) {
      attr2 = node2;
      node2 = attr2[SLOT].element;
      if (attr1 !== null && node1 !== null && node2 === node1) {
        var names = host.domAttributeNames(node2[SLOT].handle);
        for (var i = 0; i < names.length; i++) {
          if (names[i] === attr1[SLOT].name) {
            return 0x20 | 0x02;
          }
          if (names[i] === attr2[SLOT].name) {
            return 0x20 | 0x04;
          }
        }
      }
    }
    // Step 6: in no tree, or in two.
    if (node1 === null || node2 === null) {
      return 0x01 | 0x20 | (disconnectedOrder(other) < disconnectedOrder(this) ? 0x02 : 0x04);
    }
    // Steps 7-8 for an attribute of node2 against its element, or the other way.
    if (node1 === node2) {
      return attr2 !== null ? 0x08 | 0x02 : 0x10 | 0x04;
    }
    var r = host.domDocumentPosition(node1[SLOT].handle, node2[SLOT].handle);
    // Steps 7-8 hold only for a node, not an attribute of it (which still precedes or follows).
    if (attr1 !== null) {
      r &= ~0x08;
    }
    if (attr2 !== null) {
      r &= ~0x10;
    }
    return r;
  },
  /** #dom-node-isequalnode: otherNode equals this (#concept-node-equals). */
  isEqualNode: function (otherNode) {
    var what = "'isEqualNode' on 'Node'";
    requireArgs(arguments, 1, 'execute ' + what);
    requireThisNode(this);
    if (otherNode === null) {
      return false;
    }
    requireNodeArgument(otherNode, what);
    if (isAttrObject(this) || isAttrObject(otherNode)) {
      // An Attr equals an Attr of the same namespace, local name and value.
      return isAttrObject(this) && isAttrObject(otherNode) && this.namespaceURI === otherNode.namespaceURI
          && this.localName === otherNode.localName && this.value === otherNode.value;
    }
    return host.domIsEqualNode(slotOf(this, 'Node').handle, otherNode[SLOT].handle);
  },
  /** #dom-node-lookupprefix. */
  lookupPrefix: function (namespace) {
    var ns = namespace === null || namespace === undefined ? '' : toDOMString(namespace);
    return ns === '' ? null : locateNamespacePrefix(requireThisNode(this), ns);
  },
  /** #dom-node-lookupnamespaceuri. */
  lookupNamespaceURI: function (prefix) {
    var p = prefix === null || prefix === undefined ? null : toDOMString(prefix);
    return locateNamespace(requireThisNode(this), p === '' ? null : p);
  },
  /** #dom-node-isdefaultnamespace. */
  isDefaultNamespace: function (namespace) {
    var ns = namespace === null || namespace === undefined ? null : toDOMString(namespace);
    return locateNamespace(requireThisNode(this), null) === (ns === '' ? null : ns);
  }
});
