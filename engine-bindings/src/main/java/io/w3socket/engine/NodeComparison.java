package io.w3socket.engine;

import java.util.List;
import java.util.Objects;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.DocumentType;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;

/**
 * Two nodes compared, on the tree: their document position (DOM #dom-node-comparedocumentposition,
 * for nodes; the shim handles Attr) and their equality (#concept-node-equals). Stateless.
 */
final class NodeComparison {
  static final int DISCONNECTED = 0x01;
  static final int PRECEDING = 0x02;
  static final int FOLLOWING = 0x04;
  static final int CONTAINS = 0x08;
  static final int CONTAINED_BY = 0x10;
  static final int IMPLEMENTATION_SPECIFIC = 0x20;

  private NodeComparison() {}

  /**
   * #dom-node-comparedocumentposition steps 6-10 for node1 (other) against node2 (the reference):
   * where node1 is from node2. Of two trees, node1 precedes when its handle is the lower (an order
   * that holds for the pair while both live, as the standard asks).
   */
  static int position(Node node1, int handle1, Node node2, int handle2) {
    if (node1 == node2) {
      return 0;
    }
    if (node1.root() != node2.root()) {
      return DISCONNECTED
          | IMPLEMENTATION_SPECIFIC
          | (handle1 < handle2 ? PRECEDING : FOLLOWING); // step 6
    }
    if (LiveRanges.isInclusiveAncestor(node1, node2)) {
      return CONTAINS | PRECEDING; // step 7
    }
    if (LiveRanges.isInclusiveAncestor(node2, node1)) {
      return CONTAINED_BY | FOLLOWING; // step 8
    }
    return LiveRanges.treeOrder(node1, node2) < 0 ? PRECEDING : FOLLOWING; // steps 9-10
  }

  /** #concept-node-equals: the same kind, the same data and attributes, equal children. */
  static boolean equal(Node a, Node b) {
    int kind = kind(a);
    if (kind != kind(b)) {
      return false; // step 1: another node type
    }
    if (kind == DomNodes.ELEMENT_NODE) {
      Element x = (Element) a;
      Element y = (Element) b;
      if (!Objects.equals(Namespaces.namespace(x), Namespaces.namespace(y))
          || !Objects.equals(Namespaces.prefix(x), Namespaces.prefix(y))
          || !Namespaces.localName(x).equals(Namespaces.localName(y))
          || attributeCount(x) != attributeCount(y)) {
        return false;
      }
      // Step 3: each attribute has an equal one (an attribute's namespace is its name's prefix).
      for (Attribute attr : x.attributes()) {
        if (!y.hasAttr(attr.getKey()) || !y.attr(attr.getKey()).equals(attr.getValue())) {
          return false;
        }
      }
    } else if (kind == DomNodes.DOCUMENT_TYPE_NODE) {
      DocumentType x = (DocumentType) a;
      DocumentType y = (DocumentType) b;
      if (!x.name().equals(y.name())
          || !x.publicId().equals(y.publicId())
          || !x.systemId().equals(y.systemId())) {
        return false;
      }
    } else if (kind == DomNodes.TEXT_NODE || kind == DomNodes.COMMENT_NODE) {
      if (!Objects.equals(DomNodes.dataOf(a), DomNodes.dataOf(b))) {
        return false;
      }
    }
    // Steps 4-5: as many children, each equal to the other's at its index.
    List<Node> ca = a.childNodes();
    List<Node> cb = b.childNodes();
    if (ca.size() != cb.size()) {
      return false;
    }
    for (int i = 0; i < ca.size(); i++) {
      if (!equal(ca.get(i), cb.get(i))) {
        return false;
      }
    }
    return true;
  }

  /** #dom-node-nodetype of the node, as {@link DomNodes#info} gives it. */
  private static int kind(Node n) {
    if (n instanceof Document) {
      return DomNodes.DOCUMENT_NODE;
    }
    if (n instanceof DomNodes.Fragment) {
      return DomNodes.DOCUMENT_FRAGMENT_NODE;
    }
    if (n instanceof Element) {
      return DomNodes.ELEMENT_NODE;
    }
    if (n instanceof Comment) {
      return DomNodes.COMMENT_NODE;
    }
    return n instanceof DocumentType ? DomNodes.DOCUMENT_TYPE_NODE : DomNodes.TEXT_NODE;
  }

  /** The element's attributes (jsoup's iteration leaves out its internal ones). */
  private static int attributeCount(Element e) {
    int n = 0;
    for (Attribute ignored : e.attributes()) {
      n++;
    }
    return n;
  }
}
