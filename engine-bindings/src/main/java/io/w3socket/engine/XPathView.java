package io.w3socket.engine;

import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.jsoup.helper.W3CDom;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.DocumentType;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;

/**
 * The page's jsoup trees as the W3C DOM the JDK's XPath engine reads (XPathEngine), each W3C node
 * holding its jsoup node as user data under {@link W3CDom#SourceProperty}, as jsoup's W3CDom does.
 * A tree is converted whole, from its root (DOM #concept-tree-root): a document, a template's
 * contents or another DocumentFragment, or a detached element or node, so that "/" and "//" from
 * any of its nodes see what Chromium's do; each at most once per change of the trees (the change
 * count the live collections use, {@link DomNodes#version()}).
 *
 * <p>The conversion is this class's own rather than W3CDom's, which renames attributes that are not
 * XML names ("@click" becomes "_click"), adds xmlns declarations for prefixed attribute names,
 * marks no ID attributes (so id() finds nothing) and makes a DocumentFragment an element. Here:
 *
 * <ul>
 *   <li>Elements keep their namespace (HTML, SVG, MathML or none) and qualified name, so name(),
 *       local-name() and namespace-uri() answer as in Chromium; XPathSyntax makes an unprefixed
 *       name test one of the HTML namespace.
 *   <li>Attributes keep their names as they are, in no namespace (DOM Level 1 nodes: the engine
 *       takes the whole name as the local name, so "hx-on:click" is not a "click"); on an element
 *       not in the HTML namespace, those HTML #adjust-foreign-attributes puts in a namespace are in
 *       it (xlink:*, xml:*, xmlns and xmlns:* by their prefix, as dom-attr.js has them). The engine
 *       takes an attribute named xmlns or xmlns:* for a namespace declaration and leaves it off the
 *       attribute axis.
 *   <li>Text (a script's or style's too), CDATA and comments are the same nodes; the document's
 *       doctype, which Chromium's child axis has, is a processing instruction in its place (the
 *       engine has no doctype nodes).
 *   <li>In a document, the first element of each ID is marked as an ID attribute, for id().
 * </ul>
 *
 * Loop thread only, as the DOM.
 */
final class XPathView {
  private static final String SOURCE = W3CDom.SourceProperty;
  private static final String XLINK = "http://www.w3.org/1999/xlink";

  private final DomNodes dom;
  private final DocumentBuilder builder;
  private final Map<Node, Tree> trees = new IdentityHashMap<>();
  private int version;

  /** One converted tree: its W3C nodes by their jsoup nodes. */
  private static final class Tree {
    final Map<Node, org.w3c.dom.Node> nodes = new IdentityHashMap<>();
  }

  XPathView(DomNodes dom) {
    this.dom = dom;
    this.version = dom.version() - 1;
    DocumentBuilderFactory f = DocumentBuilderFactory.newDefaultInstance();
    f.setNamespaceAware(true);
    try {
      this.builder = f.newDocumentBuilder();
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The W3C node of a jsoup node, its whole tree converted if it has changed. */
  org.w3c.dom.Node node(Node n) {
    if (dom.version() != version) {
      trees.clear();
      version = dom.version();
    }
    return trees.computeIfAbsent(n.root(), this::convert).nodes.get(n);
  }

  /** The W3C node of the element's attribute of that (qualified) name. */
  org.w3c.dom.Node attribute(Element e, String name) {
    return ((org.w3c.dom.Element) node(e)).getAttributeNode(name);
  }

  /** An attribute of no element, alone in its tree. */
  org.w3c.dom.Node loneAttribute(String name, String value) {
    org.w3c.dom.Document d = newDocument();
    org.w3c.dom.Attr a = d.createAttribute(name);
    a.setValue(value);
    return a;
  }

  /** The jsoup node a W3C node of this view was made from, or null. */
  static Node source(org.w3c.dom.Node w) {
    return (Node) w.getUserData(SOURCE);
  }

  private org.w3c.dom.Document newDocument() {
    org.w3c.dom.Document d = builder.newDocument();
    // The names are HTML's, not all XML names (HTML #attribute-name-state): taken as they are.
    d.setStrictErrorChecking(false);
    return d;
  }

  private Tree convert(Node root) {
    Tree tree = new Tree();
    org.w3c.dom.Document d = newDocument();
    root.traverse(new Builder(d, tree, root instanceof Document ? new HashSet<>() : null));
    return tree;
  }

  /** Appends each jsoup node's W3C node to its parent's, in tree order. */
  private static final class Builder implements NodeVisitor {
    private final org.w3c.dom.Document doc;
    private final Tree tree;
    private final Set<String> ids;
    private org.w3c.dom.Node parent;

    /** {@code ids}: the IDs seen so far, in a document; null elsewhere (no IDs marked). */
    Builder(org.w3c.dom.Document doc, Tree tree, Set<String> ids) {
      this.doc = doc;
      this.tree = tree;
      this.ids = ids;
    }

    @Override
    public void head(Node n, int depth) {
      org.w3c.dom.Node w = make(n);
      if (w == null) {
        return;
      }
      w.setUserData(SOURCE, n, null);
      tree.nodes.put(n, w);
      if (parent != null) {
        parent.appendChild(w);
      }
      if (n instanceof Element) {
        parent = w; // its children follow (a jsoup Document and fragment are elements too)
      }
    }

    @Override
    public void tail(Node n, int depth) {
      if (n instanceof Element) {
        parent = parent.getParentNode();
      }
    }

    private org.w3c.dom.Node make(Node n) {
      if (n instanceof Document) {
        return doc;
      }
      if (n instanceof DomNodes.Fragment) {
        return doc.createDocumentFragment();
      }
      if (n instanceof Element) {
        return element((Element) n);
      }
      if (n instanceof TextNode) {
        return doc.createTextNode(((TextNode) n).getWholeText());
      }
      if (n instanceof DataNode) {
        return doc.createTextNode(((DataNode) n).getWholeData());
      }
      if (n instanceof Comment) {
        return doc.createComment(((Comment) n).getData());
      }
      if (n instanceof DocumentType && n.parentNode() instanceof Document) {
        return doc.createProcessingInstruction(((DocumentType) n).name(), "");
      }
      return null;
    }

    private org.w3c.dom.Element element(Element e) {
      org.w3c.dom.Element w = doc.createElementNS(Namespaces.namespace(e), e.tagName());
      boolean html = Namespaces.isHtml(e);
      for (Attribute a : e.attributes()) {
        String name = a.getKey();
        String namespace = html ? null : foreignAttributeNamespace(name);
        if (namespace == null) {
          w.setAttribute(name, a.getValue());
        } else {
          w.setAttributeNS(namespace, name, a.getValue());
        }
        // DOM #concept-id, for id(): the first element in tree order with that ID.
        if (ids != null && name.equals("id") && !a.getValue().isEmpty() && ids.add(a.getValue())) {
          w.setIdAttribute(name, true);
        }
      }
      return w;
    }
  }

  /**
   * The namespace HTML #adjust-foreign-attributes gives an attribute of a foreign element, by its
   * prefix (as dom-attr.js's attributeNamespace), or null.
   */
  private static String foreignAttributeNamespace(String name) {
    if (name.equals("xmlns") || name.startsWith("xmlns:")) {
      return Namespaces.XMLNS;
    }
    if (name.startsWith("xlink:")) {
      return XLINK;
    }
    return name.startsWith("xml:") ? Namespaces.XML : null;
  }
}
