package io.w3socket.engine;

import java.util.IdentityHashMap;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.DocumentType;
import org.jsoup.nodes.Node;

/**
 * Documents other than the page's, made by a script: DOMImplementation's createHTMLDocument and
 * DOMParser's parseFromString for HTML. Each is a jsoup document of its own whose nodes share the
 * page's handle table ({@link DomNodes}); none has a browsing context, so its scripts never run and
 * nothing in it is the page's output. A node's node document (DOM #concept-node-document) is the
 * document at its root, else the document whose create method made its tree (recorded here for
 * those of a made document), else the page's. Loop thread only, as the DOM.
 */
final class ScriptDocuments {
  private final DomNodes dom;

  /** The made document whose create method made a node (the page's are not recorded). */
  private final Map<Node, Document> madeBy = new IdentityHashMap<>();

  /** Whether a script made a document: until then every node's is the page's. */
  private boolean any;

  ScriptDocuments(DomNodes dom) {
    this.dom = dom;
  }

  /**
   * HTML #dom-domimplementation-createhtmldocument: a doctype "html", then html with head (holding
   * a title of the text given, unless none is) and body; its URL about:blank.
   */
  int createHtml(String title) {
    any = true;
    Document d = Document.createShell("about:blank");
    d.prependChild(new DocumentType("html", "", ""));
    if (title != null) {
      d.head().appendElement("title").text(title);
    }
    return dom.handle(d);
  }

  /**
   * HTML #dom-domparser-parsefromstring for "text/html": the string parsed as a document of the
   * page's URL (its scripts are never run: it has no browsing context); with {@code declarative}
   * (#dom-parsehtmlunsafe), its declarative shadow roots attached.
   */
  int parseHtml(String html, String baseUri, boolean declarative) {
    any = true;
    Document d = Jsoup.parse(html, baseUri);
    dom.parsed(d);
    if (declarative) {
      dom.declarativeShadowRoots(d, null);
    }
    return dom.handle(d);
  }

  /** Records that a made document's create method made the node. */
  void created(int node, int document) {
    Node d = dom.node(document);
    if (d instanceof Document && d != dom.document()) {
      madeBy.put(dom.node(node), (Document) d);
    }
  }

  /** DOM #dom-node-ownerdocument: the node's node document (null for a document). */
  int ownerDocument(int h) {
    Node n = dom.node(h);
    return n instanceof Document ? -1 : dom.handle(nodeDocument(n));
  }

  /** DOM #concept-node-document: a document's is itself. */
  Document nodeDocument(Node n) {
    Node root = n.root();
    if (root instanceof Document) {
      return (Document) root;
    }
    Document made = madeBy.get(root);
    return made != null ? made : dom.document();
  }

  /** Whether a script has made a document (createHTMLDocument, DOMParser). */
  boolean any() {
    return any;
  }

  /**
   * Whether the node's shadow-including root is a document, the page's or a made one (DOM
   * #connected).
   */
  boolean connected(int h) {
    return ShadowRoots.shadowIncludingRoot(dom.node(h)) instanceof Document;
  }
}
