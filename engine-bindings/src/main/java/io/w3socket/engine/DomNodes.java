package io.w3socket.engine;

import io.w3socket.DOMException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.DocumentType;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;
import org.jsoup.select.Evaluator;
import org.jsoup.select.NodeTraversor;

/**
 * The DOM operations the shim's Node, Element, Text and Document classes call, on the page's jsoup
 * tree (WHATWG DOM #nodes). Nodes cross the bridge as integer handles, each stable for the node's
 * life; the shim keeps one wrapper object per handle, so identity holds. Used only on the page's
 * loop thread, as is every mutable field here.
 */
final class DomNodes {
  static final String HIERARCHY_REQUEST_ERROR = "HierarchyRequestError";

  static final int ELEMENT_NODE = 1;
  static final int TEXT_NODE = 3;
  static final int COMMENT_NODE = 8;
  static final int DOCUMENT_NODE = 9;
  static final int DOCUMENT_TYPE_NODE = 10;
  static final int DOCUMENT_FRAGMENT_NODE = 11;

  /** The elements whose name attribute names them on the window (#dom-window-nameditem-filter). */
  private static final Set<String> NAME_EXPOSED = Set.of("embed", "form", "img", "object");

  /**
   * A DocumentFragment (DOM #interface-documentfragment): jsoup has none, so an element of its own
   * class that is never in a tree; inserting one inserts its children instead ({@link #insert}). A
   * shadow root is one too ({@link ShadowRoots.Root}).
   */
  static class Fragment extends Element {
    Fragment() {
      super("#document-fragment");
    }
  }

  private final Document doc;
  private final List<Node> handles = new ArrayList<>();
  private final Map<Node, Integer> handleOf = new IdentityHashMap<>();

  /**
   * Counts the tree's changes made through this class: the shim's live collections (HTMLCollection,
   * NodeList, NamedNodeMap) recompute their items only when it moved.
   */
  private int version;

  /** The document's currentScript, or null; loop thread. */
  private Element currentScript;

  /** Script elements whose "already started" flag is set (HTML #already-started). */
  private final Set<Element> startedScripts = Collections.newSetFromMap(new IdentityHashMap<>());

  /** The template elements' contents. */
  private final TemplateContents templates = new TemplateContents();

  /** The shadow roots of shadow hosts. */
  private final ShadowRoots shadows = new ShadowRoots();

  /** Their slots' assigned nodes, and the slots whose assigned nodes changed. */
  private final SlotAssignment slots = new SlotAssignment(shadows);

  /** What the tree's changes mean for custom elements. */
  private final CustomElementCandidates customElements = new CustomElementCandidates(this);

  /** What the tree's own changes do to details elements (their toggles, their name groups). */
  private final DetailsElements details = new DetailsElements(this);

  /** moveBefore's primitive (DOM #concept-node-move). */
  private final NodeMoves moves = new NodeMoves(this);

  /** The img and link elements whose resources the tree's own changes may fetch. */
  private final ResourceElements resources = new ResourceElements();

  /** The selectors strings queried lately, checked and rewritten. */
  private final ParsedSelectors selectors = new ParsedSelectors();

  /** The documents scripts made, and which of them each node belongs to. */
  private final ScriptDocuments documents = new ScriptDocuments(this);

  /** The live ranges (DOM #concept-live-range), which the tree's changes here move. */
  private final LiveRanges ranges = new LiveRanges();

  DomNodes(Document doc) {
    this.doc = doc;
    parsed(doc);
    declarativeShadowRoots(doc, null);
    for (ShadowRoots.Root root : shadows.all()) {
      details.made(root); // the parser's in declarative shadow roots: parsed(doc) had not seen them
      resources.made(root);
    }
    slots.assignParsed(shadows.all());
    // The parser's scripts run through the page loader, not through insertion.
    startedScripts.addAll(doc.getElementsByTag("script"));
  }

  Document document() {
    return doc;
  }

  ScriptDocuments documents() {
    return documents;
  }

  ShadowRoots shadows() {
    return shadows;
  }

  LiveRanges ranges() {
    return ranges;
  }

  SlotAssignment slots() {
    return slots;
  }

  CustomElementCandidates customElements() {
    return customElements;
  }

  DetailsElements details() {
    return details;
  }

  ResourceElements resources() {
    return resources;
  }

  NodeMoves moves() {
    return moves;
  }

  /**
   * The children of an element about to lose them all: those connected are disconnected; returned
   * where slot assignment needs them (a shadow root exists), else none.
   */
  List<Node> replacingChildren(Element e) {
    ranges.replacingAll(e); // #concept-node-replace-all's removals (#concept-node-remove steps 4-7)
    if (customElements.active() && isConnected(e)) {
      for (Node child : e.childNodes()) {
        customElements.record(CustomElementCandidates.DISCONNECTED, child);
      }
    }
    return shadows.any() ? new ArrayList<>(e.childNodes()) : List.of();
  }

  /**
   * After a replace all (#concept-node-replace-all) of the element's children: {@code old}, which
   * {@link #replacingChildren} returned, were removed and its children now inserted.
   */
  void replacedChildren(Element e, List<Node> old) {
    slots.childrenReplaced(e, old);
  }

  /** Nodes a fragment parse made for {@code e} and put in it: made, then connected if it is. */
  void parsedInto(Element e) {
    for (Node child : e.childNodes()) {
      details.inserted(child); // HTML #the-details-element:html-element-insertion-steps
    }
    if (!customElements.active()) {
      return;
    }
    boolean connected = isConnected(e);
    for (Node child : e.childNodes()) {
      customElements.record(CustomElementCandidates.CREATED, child);
      if (connected) {
        customElements.record(CustomElementCandidates.CONNECTED, child);
      }
    }
  }

  /** The change count the live collections compare against. */
  int version() {
    return version;
  }

  /**
   * Records a change of the tree (a node inserted, removed or changed, an attribute set, a
   * form-associated custom element upgraded, which makes it a listed element).
   */
  void changed() {
    version++;
  }

  int handle(Node n) {
    if (n == null) {
      return -1;
    }
    Integer h = handleOf.get(n);
    if (h == null) {
      h = handles.size();
      handles.add(n);
      handleOf.put(n, h);
    }
    return h;
  }

  Node node(int handle) {
    if (handle < 0 || handle >= handles.size()) {
      throw new IllegalArgumentException("no node " + handle);
    }
    return handles.get(handle);
  }

  Element element(int handle) {
    Node n = node(handle);
    if (!(n instanceof Element)) {
      throw new IllegalArgumentException("node " + handle + " is not an element");
    }
    return (Element) n;
  }

  private List<Integer> handles(List<? extends Node> nodes) {
    List<Integer> out = new ArrayList<>(nodes.size());
    for (Node n : nodes) {
      out.add(handle(n));
    }
    return out;
  }

  /**
   * [nodeType, nodeName] (#dom-node-nodetype, #dom-node-nodename); for an element then its
   * namespace (or null), local name and prefix (or null) (#dom-element-namespaceuri,
   * #dom-element-localname, #dom-element-prefix), then its on* attributes' names and values.
   */
  List<Object> info(int h) {
    Node n = node(h);
    if (n instanceof Document) {
      return List.of(DOCUMENT_NODE, nodeName(n));
    }
    if (n instanceof ShadowRoots.Root) {
      // A shadow root: "shadow", its mode's openness, delegatesFocus, clonable, serializable,
      // whether its slot assignment is manual.
      ShadowRoots.Root r = (ShadowRoots.Root) n;
      return List.of(
          DOCUMENT_FRAGMENT_NODE,
          nodeName(n),
          "shadow",
          r.open,
          r.delegatesFocus,
          r.clonable,
          r.serializable,
          r.manual);
    }
    if (n instanceof Fragment) {
      return List.of(DOCUMENT_FRAGMENT_NODE, nodeName(n));
    }
    if (n instanceof Element) {
      Element e = (Element) n;
      List<Object> info = new ArrayList<>(5);
      info.add(ELEMENT_NODE);
      info.add(nodeName(e));
      info.add(Namespaces.namespace(e));
      info.add(Namespaces.localName(e));
      info.add(Namespaces.prefix(e));
      addInlineHandlers(e, info);
      return info;
    }
    if (n instanceof Comment) {
      return List.of(COMMENT_NODE, nodeName(n));
    }
    if (n instanceof DocumentType) {
      return List.of(DOCUMENT_TYPE_NODE, nodeName(n));
    }
    return List.of(TEXT_NODE, nodeName(n));
  }

  /**
   * Adds the element's attributes whose names begin with "on", as name/value pairs: the shim keeps
   * those that are event handler content attributes (HTML #event-handler-content-attributes;
   * event-handlers.js).
   */
  private static void addInlineHandlers(Element e, List<Object> out) {
    for (Attribute a : onAttributes(e)) {
      out.add(a.getKey());
      out.add(a.getValue());
    }
  }

  /**
   * The element's attributes whose names begin with "on": those an event handler's may be among.
   */
  static List<Attribute> onAttributes(Element e) {
    List<Attribute> out = new ArrayList<>();
    for (Attribute a : e.attributes()) {
      if (a.getKey().startsWith("on")) {
        out.add(a);
      }
    }
    return out;
  }

  int documentHandle() {
    return handle(doc);
  }

  int parent(int h) {
    return handle(node(h).parentNode());
  }

  List<Integer> children(int h) {
    return handles(node(h).childNodes());
  }

  /** The node's next (offset 1) or previous (offset -1) sibling, or -1: one step of a traversal. */
  int sibling(int h, int offset) {
    Node n = node(h);
    return handle(offset > 0 ? n.nextSibling() : n.previousSibling());
  }

  /**
   * DOM #dom-nondocumenttypechildnode-nextelementsibling (offset 1) and
   * #dom-nondocumenttypechildnode-previouselementsibling (-1): the nearest sibling that is an
   * element, or -1. (Documents and fragments, jsoup Elements too, are never siblings.)
   */
  int elementSibling(int h, int offset) {
    Node n = node(h);
    do {
      n = offset > 0 ? n.nextSibling() : n.previousSibling();
    } while (n != null && !(n instanceof Element));
    return handle(n);
  }

  /** The node's first (or last) child, or -1, without the list of all its children. */
  int endChild(int h, boolean last) {
    Node n = node(h);
    int count = n.childNodeSize();
    return count == 0 ? -1 : handle(n.childNode(last ? count - 1 : 0));
  }

  int createElement(String localName) {
    return handle(new Element(localName.toLowerCase(Locale.ROOT)));
  }

  /** DOM #dom-document-createelementns ({@link Namespaces#createElementNS}). */
  int createElementNS(String namespace, String qualifiedName) {
    return handle(Namespaces.createElementNS(namespace, qualifiedName));
  }

  /** DOM #dom-domimplementation-createdocumenttype: a doctype, in no tree. */
  int createDoctype(String name, String publicId, String systemId) {
    return handle(new DocumentType(name, publicId, systemId));
  }

  /** A doctype's name, public ID and system ID (#concept-doctype-name and the rest). */
  List<String> doctype(int h) {
    DocumentType d = (DocumentType) node(h);
    return List.of(d.name(), d.publicId(), d.systemId());
  }

  int createFragment() {
    return handle(new Fragment());
  }

  /**
   * DOM #concept-node-clone: a copy of the node (with its descendants when deep), in no tree, of
   * {@code document} (a handle; -1: the node's own document, as cloneNode has it); a copied script
   * element keeps its "already started" flag (HTML's cloning steps for scripts). A document is not
   * cloned here: NotSupportedError.
   */
  int cloneNode(int h, boolean deep, int document) {
    Node n = node(h);
    if (n instanceof Document) {
      throw new DOMException(
          "Failed to execute 'cloneNode' on 'Node': a document cannot be cloned here.",
          "NotSupportedError");
    }
    Node copy = deep ? n.clone() : n.shallowClone();
    if (copy.parentNode() != null) {
      copy.remove(); // jsoup puts a deep clone under a shell document of its own: the copy has none
    }
    if (deep) {
      templates.cloned(n, copy);
    }
    if (shadows.any()) {
      cloneShadowRoots(n, copy, deep);
    }
    if (n instanceof Element) {
      Elements from = ((Element) n).getElementsByTag("script");
      Elements to = ((Element) copy).getElementsByTag("script");
      for (int i = 0; i < from.size() && i < to.size(); i++) {
        if (startedScripts.contains(from.get(i))) {
          startedScripts.add(to.get(i));
        }
      }
    }
    customElements.record(CustomElementCandidates.CREATED, copy);
    details.made(copy); // DOM #concept-node-clone: the copy's attributes are appended
    resources.made(copy);
    int c = handle(copy);
    // #concept-node-clone step 1: the copy's node document is the original's, or importNode's.
    documents.created(c, document >= 0 ? document : documents.ownerDocument(h));
    return c;
  }

  /**
   * #concept-node-clone step 7: a shadow host whose shadow root is clonable gets a copy of it, its
   * children cloned with their subtrees; with {@code deep}, so do the clone's descendants.
   */
  private void cloneShadowRoots(Node original, Node copy, boolean deep) {
    if (!(original instanceof Element)) {
      return;
    }
    List<Element> from = deep ? ((Element) original).getAllElements() : List.of((Element) original);
    List<Element> to = deep ? ((Element) copy).getAllElements() : List.of((Element) copy);
    for (int i = 0; i < from.size() && i < to.size(); i++) {
      ShadowRoots.Root r = shadows.of(from.get(i));
      if (r != null && r.clonable) {
        ShadowRoots.Root c =
            shadows.attach(to.get(i), r.open, r.delegatesFocus, true, r.serializable, r.manual);
        for (Node child : r.childNodes()) {
          Node cc = child.clone();
          c.appendChild(cc);
          templates.cloned(child, cc);
          cloneShadowRoots(child, cc, true);
        }
      }
    }
  }

  /**
   * A script element the parser made from written markup (DynamicMarkup): already started, as the
   * parser runs it, never an insertion.
   */
  void markParserInserted(Element script) {
    startedScripts.add(script);
  }

  /** The script elements under {@code e} never run (a fragment parse made them). */
  void markStarted(Element e) {
    for (Element s : e.getElementsByTag("script")) {
      if (s != e) {
        startedScripts.add(s);
      }
    }
  }

  /** #dom-template-content: the template element's contents, a DocumentFragment. */
  int templateContent(int h) {
    Element e = element(h);
    if (!TemplateContents.isTemplate(e)) {
      throw new IllegalArgumentException("node " + h + " is not a template");
    }
    return handle(templates.of(e));
  }

  /**
   * Nodes a parser just made (the HTML fragment parsing algorithm, document.write): the contents of
   * the templates among them move into their template contents.
   */
  void parsed(Node n) {
    ForeignNames.fix(n);
    dropTextareaNewlines(n);
    templates.adopt(n);
    details.made(n);
    resources.made(n);
  }

  /**
   * HTML #parsing-main-inhead's template start tag with a shadowrootmode attribute, as the page's
   * parser meets it (not a fragment parse's): a template whose parent element can host a shadow
   * root and hosts none yet becomes that element's declarative shadow root (mode, delegatesFocus,
   * clonable, serializable from its attributes), its contents the root's children; the template
   * element itself is not in the tree. Otherwise it stays a template. Also for a fragment parse
   * that allows declarative shadow roots (setHTMLUnsafe: {@code context}, whose own new children,
   * the fragment's top level, host none, as in Chromium).
   */
  void declarativeShadowRoots(Element scope, Element context) {
    for (Element t : new ArrayList<>(scope.getElementsByTag("template"))) {
      String mode = t.attr("shadowrootmode").toLowerCase(Locale.ROOT);
      Element host = t.parent();
      if (!TemplateContents.isTemplate(t)
          || !(mode.equals("open") || mode.equals("closed"))
          || host == null
          || host == context
          || host instanceof Document
          || shadows.of(host) != null) {
        continue;
      }
      ShadowRoots.Root root;
      try {
        root =
            shadows.attach(
                host,
                mode.equals("open"),
                t.hasAttr("shadowrootdelegatesfocus"),
                t.hasAttr("shadowrootclonable"),
                t.hasAttr("shadowrootserializable"),
                false);
      } catch (DOMException e) {
        continue; // not a valid shadow host: an ordinary template
      }
      for (Node n : new ArrayList<>(templates.of(t).childNodes())) {
        root.appendChild(n);
      }
      t.remove();
      declarativeShadowRoots(root, null);
    }
  }

  /**
   * HTML #parsing-main-inbody, a textarea start tag: a newline right after it is ignored, which
   * jsoup's parser keeps (it drops pre's).
   */
  private static void dropTextareaNewlines(Node root) {
    if (!(root instanceof Element)) {
      return;
    }
    for (Element t : ((Element) root).getElementsByTag("textarea")) {
      Node first = t.childNodeSize() > 0 ? t.childNode(0) : null;
      if (first instanceof TextNode && ((TextNode) first).getWholeText().startsWith("\n")) {
        TextNode text = (TextNode) first;
        text.text(text.getWholeText().substring(1));
      }
    }
  }

  /**
   * #dom-element-innerhtml step 3 for a template: the parsed nodes replace its contents; the
   * scripts among them never run (HTML #parsing-html-fragments).
   */
  void setTemplateHtml(Element template, String html) {
    ranges.replacingAll(templates.of(template)); // #concept-node-replace-all of its contents
    markStarted(templates.replace(template, html));
    changed();
  }

  int createText(String data) {
    return handle(new TextNode(data));
  }

  int createComment(String data) {
    return handle(new Comment(data));
  }

  /**
   * DOM #concept-node-ensure-pre-insertion-validity (or, {@code replacing}, #concept-node-replace
   * steps 1-6, where {@code ref} is the child replaced): throws the DOMException unless {@code c}
   * may be inserted into {@code p} before {@code ref} (-1: at the end), with Chromium 156's
   * messages.
   *
   * @param what the operation, for the message ("'appendChild' on 'Node'")
   */
  private void ensurePreInsertionValidity(Node p, Node c, int ref, String what, boolean replacing) {
    // Step 1: parent is not a Document, DocumentFragment or Element (jsoup's Document and our
    // fragments are Elements).
    if (!(p instanceof Element)) {
      throw insertFailure(
          what, HIERARCHY_REQUEST_ERROR, "This node type does not support this method.");
    }
    // Step 2: node is a host-including inclusive ancestor of parent (a shadow root's host counts).
    if (ShadowRoots.isHostIncludingInclusiveAncestor(c, p)) {
      throw insertFailure(
          what, HIERARCHY_REQUEST_ERROR, "The new child element contains the parent.");
    }
    // Step 3: child is not parent's child.
    Node child = ref < 0 ? null : node(ref);
    if (child != null && child.parentNode() != p) {
      throw insertFailure(
          what,
          "NotFoundError",
          replacing
              ? "The node to be replaced is not a child of this node."
              : "The node before which the new node is to be inserted is not a child of this"
                  + " node.");
    }
    // Step 4: node is not a DocumentFragment, DocumentType, Element or CharacterData node (a
    // document; the shim refuses an Attr, which has no node here).
    // Step 5: node is a Text node and parent a document, or a doctype and parent no document.
    boolean intoDocument = p instanceof Document;
    if (c instanceof Document
        || isText(c) && intoDocument
        || c instanceof DocumentType && !intoDocument) {
      throw insertFailure(
          what,
          HIERARCHY_REQUEST_ERROR,
          "Nodes of type '"
              + nodeName(c)
              + "' may not be inserted inside nodes of type '"
              + nodeName(p)
              + "'.");
    }
    if (intoDocument) {
      ensureDocumentChildren((Document) p, c, child, what, replacing);
    }
  }

  /**
   * Step 6 of #concept-node-ensure-pre-insertion-validity (and of #concept-node-replace): a
   * document keeps at most one element and one doctype, the doctype first, and no Text child.
   */
  private static void ensureDocumentChildren(
      Document p, Node c, Node child, String what, boolean replacing) {
    if (c instanceof Fragment) {
      int elements = 0;
      for (Node n : c.childNodes()) {
        if (isText(n)) {
          throw insertFailure(
              what,
              HIERARCHY_REQUEST_ERROR,
              "Nodes of type '#text' may not be inserted inside nodes of type '#document'.");
        }
        if (n instanceof Element) {
          elements++;
        }
      }
      if (elements > 1) {
        throw insertFailure(what, HIERARCHY_REQUEST_ERROR, "Only one element on document allowed.");
      }
      if (elements == 1) {
        ensureElementPlace(p, child, what, replacing);
      }
    } else if (c instanceof Element) {
      ensureElementPlace(p, child, what, replacing);
    } else if (c instanceof DocumentType) {
      // An element preceding child (replacing: child's preceding siblings; else child's, or with
      // no child, any element child); checked first, as Chromium reports it first.
      boolean elementBefore = false;
      for (Node n : p.childNodes()) {
        if (n == child) {
          break;
        }
        if (n instanceof Element) {
          elementBefore = true;
        }
      }
      if (elementBefore) {
        throw insertFailure(
            what, HIERARCHY_REQUEST_ERROR, "Can't insert a doctype after the root element.");
      }
      for (Node n : p.childNodes()) {
        if (n instanceof DocumentType && !(replacing && n == child)) {
          throw insertFailure(
              what, HIERARCHY_REQUEST_ERROR, "Only one doctype on document allowed.");
        }
      }
    }
  }

  /**
   * Step 6's element case: the document has no element child (replacing: none but child), child is
   * no doctype (unless replaced), and no doctype follows child.
   */
  static void ensureElementPlace(Document p, Node child, String what, boolean replacing) {
    for (Node n : p.childNodes()) {
      if (n instanceof Element && !(replacing && n == child)) {
        throw insertFailure(what, HIERARCHY_REQUEST_ERROR, "Only one element on document allowed.");
      }
    }
    if (child == null) {
      return;
    }
    boolean doctypeAtOrAfter = !replacing && child instanceof DocumentType;
    for (Node n = child.nextSibling(); n != null && !doctypeAtOrAfter; n = n.nextSibling()) {
      doctypeAtOrAfter = n instanceof DocumentType;
    }
    if (doctypeAtOrAfter) {
      throw insertFailure(
          what, HIERARCHY_REQUEST_ERROR, "Can't insert an element before a doctype.");
    }
  }

  /** A Text node of the DOM: jsoup's text, or a script's or style's data (info's TEXT_NODE). */
  static boolean isText(Node n) {
    return n instanceof TextNode || n instanceof DataNode;
  }

  /**
   * DOM #dom-node-nodename ({@link #info}'s, and pre-insertion validity's messages'): an element's
   * is its tagName (#dom-element-tagname).
   */
  static String nodeName(Node n) {
    if (n instanceof Document) {
      return "#document";
    }
    if (n instanceof Fragment) {
      return "#document-fragment";
    }
    if (n instanceof Element) {
      return Namespaces.htmlUppercasedQualifiedName((Element) n);
    }
    if (n instanceof DocumentType) {
      return ((DocumentType) n).name();
    }
    return n instanceof Comment ? "#comment" : "#text";
  }

  static DOMException insertFailure(String what, String name, String message) {
    return new DOMException("Failed to execute " + what + ": " + message, name);
  }

  /** #concept-node-replace steps 1-6 alone ({@link #ensurePreInsertionValidity}: replaceChild). */
  void checkReplace(int parent, int node, int child, String what) {
    ensurePreInsertionValidity(node(parent), node(node), child, what, true);
  }

  /** #concept-node-ensure-pre-insertion-validity alone (Range's insertNode). */
  void checkInsert(int parent, int node, int before, String what) {
    ensurePreInsertionValidity(node(parent), node(node), before, what, false);
  }

  /**
   * #concept-node-pre-insert: checks ({@link #ensurePreInsertionValidity}), then inserts.
   *
   * @param what the operation, for an exception's message ("'appendChild' on 'Node'")
   * @return the script elements the insertion connected that have not started: the caller runs them
   *     (HTML #prepare-the-script-element)
   */
  List<Integer> insert(int parent, int child, int before, String what) {
    Node p = node(parent);
    Node c = node(child);
    ensurePreInsertionValidity(p, c, before, what, false);
    Node ref = before < 0 ? null : node(before);
    if (ref == c) {
      ref = c.nextSibling();
    }
    // #concept-node-insert steps 1-4: a fragment's children, in order, leave it for the parent.
    List<Node> inserted = c instanceof Fragment ? new ArrayList<>(c.childNodes()) : List.of(c);
    // Step 7.1 adopts them: nodes a made document's tree brings into the page's document.
    boolean adopted =
        documents.any() && documents.nodeDocument(p) == doc && documents.nodeDocument(c) != doc;
    changed();
    for (Node n : inserted) {
      // #concept-node-insert step 7.1 adopts the node: a connected one is removed first.
      if (customElements.active() && n.parentNode() != null && isConnected(n)) {
        customElements.record(CustomElementCandidates.DISCONNECTED, n);
      }
      Node from = n.parentNode();
      if (from != null && ranges.any()) {
        ranges.removing(n); // #concept-node-remove steps 4-7 (a fragment's children's too)
      }
      n.remove();
      if (from != null) {
        slots.removed(from, n);
      }
      if (ref == null) {
        ((Element) p).appendChild(n);
      } else {
        ref.before(n);
      }
      slots.inserted(p, n);
      if (ranges.any()) {
        ranges.inserted(p, n.siblingIndex(), 1); // #concept-node-insert steps 6.1-6.2
      }
    }
    List<Integer> scripts = new ArrayList<>();
    for (Node n : inserted) {
      details.inserted(n); // HTML #the-details-element:html-element-insertion-steps
      if (adopted) {
        resources.adopted(n); // HTML #img-load: an img's adoption is a relevant mutation
      }
      if (customElements.active() && isConnected(n)) {
        customElements.record(CustomElementCandidates.CONNECTED, n);
      }
      if (n instanceof Element && isConnected(n)) {
        // One walk of the subtree: its scripts not yet started, and its links, which fetch their
        // style sheets once connected (HTML #link-type-stylesheet).
        NodeTraversor.traverse(
            (d, depth) -> {
              if (d instanceof Element) {
                Element e = (Element) d;
                if (e.normalName().equals("script")) {
                  if (startedScripts.add(e)) {
                    scripts.add(handle(e));
                  }
                } else {
                  resources.linkConnected(e);
                }
              }
            },
            n);
      }
    }
    return scripts;
  }

  /** #concept-node-pre-remove: a NotFoundError DOMException unless child is parent's child. */
  void remove(int parent, int child) {
    Node c = node(child);
    if (c.parentNode() != node(parent)) {
      throw new DOMException(
          "The node to be removed is not a child of this node.", "NotFoundError");
    }
    boolean connected = customElements.active() && isConnected(c);
    Node p = c.parentNode();
    if (ranges.any()) {
      ranges.removing(c); // #concept-node-remove steps 4-7
    }
    c.remove();
    slots.removed(p, c);
    changed();
    if (connected) {
      customElements.record(CustomElementCandidates.DISCONNECTED, c);
    }
  }

  /** DOM #connected: the node's shadow-including root is the page's document. */
  boolean isConnected(Node n) {
    return ShadowRoots.shadowIncludingRoot(n) == doc;
  }

  /** #dom-node-getrootnode: the node's root, or with {@code composed} its shadow-including root. */
  int rootNode(int h, boolean composed) {
    Node n = node(h);
    return handle(composed ? ShadowRoots.shadowIncludingRoot(n) : n.root());
  }

  /** #dom-element-attachshadow ({@link ShadowRoots#attach}): the new shadow root of the element. */
  int attachShadow(
      int h,
      boolean open,
      boolean delegatesFocus,
      boolean clonable,
      boolean serializable,
      boolean manual) {
    return handle(shadows.attach(element(h), open, delegatesFocus, clonable, serializable, manual));
  }

  /** The element's shadow root, closed ones too, or -1. */
  int shadowRoot(int h) {
    Node n = node(h);
    return n instanceof Element ? handle(shadows.of((Element) n)) : -1;
  }

  /** How many shadow roots there are (the page's declarative ones included). */
  int shadowRootCount() {
    return shadows.count();
  }

  /** A shadow root's host. */
  int shadowHost(int h) {
    return handle(((ShadowRoots.Root) node(h)).host);
  }

  /**
   * #concept-retarget ({@link ShadowRoots#retarget}): node {@code a} against node {@code b}, or
   * against an object that is no node when {@code b} is -1.
   */
  int retarget(int a, int b) {
    return handle(ShadowRoots.retarget(node(a), b < 0 ? null : node(b)));
  }

  /** #dom-slotable-assignedslot's slot (closed shadow roots' too: the shim hides those), or -1. */
  int assignedSlot(int h) {
    return shadows.any() ? handle(slots.find(node(h))) : -1;
  }

  /** #dom-htmlslotelement-assign: the slot's manually assigned nodes, by handle (numbers). */
  void assignSlot(int h, List<Object> nodes) {
    List<Node> list = new ArrayList<>(nodes.size());
    for (Object n : nodes) {
      list.add(node(((Number) n).intValue()));
    }
    slots.assignManually(element(h), list);
  }

  /**
   * The signal slots (#signal-slots), emptied, for the mutation observer microtask's slotchange.
   */
  List<Integer> takeSignaledSlots() {
    return handles(slots.takeSignaled());
  }

  /** #dom-slot-assignednodes: the slot's assigned nodes, flattened or not. */
  List<Integer> assignedNodes(int h, boolean flatten) {
    Element slot = element(h);
    return handles(flatten ? slots.flattened(slot) : slots.slottables(slot));
  }

  /** Text and Comment data (#concept-cd-data); a script's or style's text is a Text node. */
  String data(int h) {
    return dataOf(node(h));
  }

  /** A node's data ({@link #data(int)}), null for a node that is not character data. */
  static String dataOf(Node n) {
    if (n instanceof TextNode) {
      return ((TextNode) n).getWholeText();
    }
    if (n instanceof DataNode) {
      return ((DataNode) n).getWholeData();
    }
    if (n instanceof Comment) {
      return ((Comment) n).getData();
    }
    return null;
  }

  void setData(int h, String data) {
    Node n = node(h);
    changed();
    if (ranges.any()) {
      // #concept-cd-replace steps 8-11, offset 0 and count the old length
      // (#dom-characterdata-data).
      String old = data(h);
      ranges.dataReplaced(n, 0, old == null ? 0 : old.length(), data.length());
    }
    writeData(n, data);
  }

  /**
   * DOM #concept-cd-replace: {@code count} code units of the node's data from {@code offset}
   * replaced by {@code data} (the shim checked the offset and clamped the count: steps 2-3), live
   * ranges moved (steps 8-11).
   */
  void replaceData(int h, int offset, int count, String data) {
    Node n = node(h);
    String old = data(h);
    changed();
    ranges.dataReplaced(n, offset, count, data.length());
    writeData(n, old.substring(0, offset) + data + old.substring(offset + count));
  }

  private static void writeData(Node n, String data) {
    if (n instanceof TextNode) {
      ((TextNode) n).text(data);
    } else if (n instanceof DataNode) {
      ((DataNode) n).setWholeData(data);
    } else if (n instanceof Comment) {
      ((Comment) n).setData(data);
    }
  }

  /** #dom-node-textcontent: the concatenated Text data of the descendants, unnormalised. */
  String textContent(int h) {
    Node n = node(h);
    if (!(n instanceof Element)) {
      return data(h);
    }
    StringBuilder sb = new StringBuilder();
    appendText(n, sb);
    return sb.toString();
  }

  private static void appendText(Node n, StringBuilder sb) {
    for (Node c : n.childNodes()) {
      if (c instanceof TextNode) {
        sb.append(((TextNode) c).getWholeText());
      } else if (c instanceof DataNode) {
        sb.append(((DataNode) c).getWholeData());
      } else if (c instanceof Element) {
        appendText(c, sb);
      }
    }
  }

  /** #dom-node-textcontent setter: the children replaced by one Text node (none for ""). */
  void setTextContent(int h, String text) {
    Node n = node(h);
    if (!(n instanceof Element)) {
      setData(h, text);
      return;
    }
    Element e = (Element) n;
    changed();
    List<Node> old = replacingChildren(e);
    e.empty();
    if (!text.isEmpty()) {
      e.appendChild(new TextNode(text));
    }
    replacedChildren(e, old);
  }

  /** #dom-element-outerhtml: the node serialized (HTML #serializing-html-fragments). */
  String outerHtml(int h) {
    return serialized(node(h), true);
  }

  /** #dom-element-innerhtml: the element's children serialized. */
  String innerHtml(int h) {
    return serialized(element(h), false);
  }

  /**
   * HTML #dom-element-gethtml and #dom-shadowroot-gethtml: the children of an element or shadow
   * root serialized, with the shadow roots that are serializable (if {@code serializable}) or among
   * {@code roots} (handles) as declarative ones.
   */
  String getHtml(int h, boolean serializable, List<Object> roots) {
    Set<Node> chosen = Collections.newSetFromMap(new IdentityHashMap<>());
    for (Object r : roots) {
      chosen.add(node(((Number) r).intValue()));
    }
    return HtmlSerializer.children(
        element(h),
        templates::contentsIfAny,
        e -> {
          ShadowRoots.Root r = shadows.of(e);
          return r != null && ((serializable && r.serializable) || chosen.contains(r)) ? r : null;
        });
  }

  /** The node (or its children) serialized (HtmlSerializer), templates' contents included. */
  private String serialized(Node n, boolean outer) {
    return outer
        ? HtmlSerializer.node(n, templates::contentsIfAny)
        : HtmlSerializer.children(n, templates::contentsIfAny);
  }

  List<String> attributeNames(int h) {
    List<String> names = new ArrayList<>();
    element(h).attributes().forEach(a -> names.add(a.getKey()));
    return names;
  }

  /**
   * #concept-element-attributes-set-value for the attribute of that qualified name, which the shim
   * lowercased for an HTML element (#dom-element-setattribute step 2); checked as
   * #dom-element-setattribute step 1 ({@link #checkAttributeName}). Attribute names are matched
   * case-sensitively (#concept-element-attributes-get-by-name), where jsoup's attr() would ignore
   * case.
   */
  void setAttribute(int h, String name, String value) {
    checkAttributeName(name, "'setAttribute' on 'Element'");
    Element e = element(h);
    String old = slotAttribute(e, name);
    e.attributes().put(name, value);
    changed();
    slots.attributeChanged(e, name, old, value);
    if (name.equals("name")) {
      details.nameSet(e);
    }
  }

  /** The old value of an attribute slot assignment watches (slot, name), or null. */
  private String slotAttribute(Element e, String name) {
    return (name.equals("slot") || name.equals("name")) && e.attributes().hasKey(name)
        ? e.attributes().get(name)
        : null;
  }

  /** The value of the element's attribute of that qualified name (case-sensitive), or null. */
  String attribute(int h, String name) {
    Element e = element(h);
    return e.attributes().hasKey(name) ? e.attributes().get(name) : null;
  }

  void removeAttribute(int h, String name) {
    Element e = element(h);
    String old = slotAttribute(e, name);
    e.attributes().remove(name);
    changed();
    slots.attributeChanged(e, name, old, null);
  }

  /**
   * An InvalidCharacterError DOMException unless {@code name} is a valid attribute local name (DOM
   * #valid-attribute-local-name, which #dom-element-setattribute step 1 and
   * #dom-element-toggleattribute step 1 require): at least one character, none of them ASCII
   * whitespace, NULL, "/", "=" or ">". Chromium applies the same rule.
   *
   * @param what the operation, for the message ("'setAttribute' on 'Element'")
   */
  static void checkAttributeName(String name, String what) {
    boolean valid = !name.isEmpty();
    for (int i = 0; valid && i < name.length(); i++) {
      char c = name.charAt(i);
      // ASCII whitespace (Infra #ascii-whitespace): TAB, LF, FF, CR, SPACE.
      valid =
          c != '\t' && c != '\n' && c != '\f' && c != '\r' && c != ' ' && c != 0 && c != '/'
              && c != '=' && c != '>';
    }
    if (!valid) {
      throw new DOMException(
          "Failed to execute " + what + ": '" + name + "' is not a valid attribute name.",
          "InvalidCharacterError");
    }
  }

  /**
   * The states the selector uses ({@link SelectorStates}), after a SyntaxError DOMException when it
   * is not a valid selector (#scope-match-a-selectors-string step 2).
   *
   * @param what the operation, for the message ("'querySelector'")
   */
  List<String> checkSelector(String selector, String what) {
    return selectors.parse(selector, what).states();
  }

  /**
   * #dom-element-matches: whether the element matches the selector (jsoup's selectors, the state
   * pseudo-classes marked: {@link SelectorStates}).
   */
  boolean matches(int h, String selector, List<Object> marks) {
    SelectorStates.Rewritten r = selectors.parse(selector, "'matches'");
    return SelectorStates.marked(
        this,
        node(h),
        r,
        marks,
        () -> ((Element) node(h)).is(JsoupSelector.evaluator(r.selector())));
  }

  /**
   * #dom-element-closest: the element or its nearest ancestor element that matches, or -1 (a
   * fragment or the document is no element).
   */
  int closest(int h, String selector, List<Object> marks) {
    SelectorStates.Rewritten r = selectors.parse(selector, "'closest'");
    Evaluator s = JsoupSelector.evaluator(r.selector());
    return SelectorStates.marked(
        this,
        node(h),
        r,
        marks,
        () -> {
          for (Element e = (Element) node(h);
              e != null && !(e instanceof Fragment) && !(e instanceof Document);
              e = e.parent()) {
            if (e.is(s)) {
              return handle(e);
            }
          }
          return -1;
        });
  }

  /** #dom-parentnode-queryselectorall: matching descendants in tree order (jsoup's selectors). */
  List<Integer> query(int h, String selector, boolean all, List<Object> marks) {
    Node n = node(h);
    Element scope = n instanceof Document ? (Document) n : (Element) n;
    // The scope itself is not a descendant of itself. (A copy: jsoup's Elements.removeIf would
    // remove the element from the tree too.)
    SelectorStates.Rewritten r = selectors.parse(selector, "'querySelectorAll'");
    List<Element> found =
        SelectorStates.marked(
            this,
            scope,
            r,
            marks,
            () -> new ArrayList<>(scope.select(JsoupSelector.evaluator(r.selector()))));
    found.removeIf(e -> e == scope);
    if (!all && found.size() > 1) {
      return handles(found.subList(0, 1));
    }
    return handles(found);
  }

  /**
   * #concept-getelementsbytagname, a snapshot: "*" is every element; else those in the HTML
   * namespace whose qualified name is the name lowercased, and the others whose qualified name is
   * the name.
   */
  List<Integer> byTag(int h, String name) {
    Element scope = (Element) node(h);
    String lower = name.toLowerCase(Locale.ROOT);
    // A copy: jsoup's Elements.removeIf would remove the element from the tree too.
    List<Element> found =
        new ArrayList<>(
            name.equals("*")
                ? scope.getAllElements()
                : scope.getElementsByTag(lower)); // jsoup ignores case: checked below
    found.removeIf(
        e ->
            e == scope
                || (!name.equals("*") && !e.tagName().equals(Namespaces.isHtml(e) ? lower : name)));
    return handles(found);
  }

  /**
   * #concept-getelementsbytagnamens, a snapshot: the elements of the namespace (null: none; "*":
   * any) and local name ("*": any).
   */
  List<Integer> byTagNS(int h, String namespace, String localName) {
    Element scope = (Element) node(h);
    String ns = namespace == null || namespace.isEmpty() ? null : namespace;
    List<Element> out = new ArrayList<>();
    for (Element e : scope.getAllElements()) {
      if (e != scope
          && (localName.equals("*") || Namespaces.localName(e).equals(localName))
          && ("*".equals(ns) || java.util.Objects.equals(ns, Namespaces.namespace(e)))) {
        out.add(e);
      }
    }
    return handles(out);
  }

  /** #concept-getelementsbyclassname, a snapshot: elements having every class named. */
  List<Integer> byClass(int h, String classNames) {
    Element scope = (Element) node(h);
    List<Element> out = new ArrayList<>();
    String[] wanted = classNames.trim().split("[\\t\\n\\f\\r ]+");
    if (wanted.length == 0 || wanted[0].isEmpty()) {
      return List.of();
    }
    for (Element e : scope.getAllElements()) {
      if (e == scope) {
        continue;
      }
      boolean all = true;
      for (String c : wanted) {
        all &= e.hasClass(c);
      }
      if (all) {
        out.add(e);
      }
    }
    return handles(out);
  }

  /** A document's handle's document: the page's, or one a script made. */
  private Document documentOf(int h) {
    Node n = node(h);
    if (!(n instanceof Document)) {
      throw new IllegalArgumentException("node " + h + " is not a document");
    }
    return (Document) n;
  }

  /** #dom-document-documentelement of the document {@code d} (a handle). */
  int documentElement(int d) {
    Document document = documentOf(d);
    return handle(document.children().isEmpty() ? null : document.child(0));
  }

  /**
   * HTML #dom-document-head: the first head child of the html element, or null (jsoup's head()
   * would make one).
   */
  int head(int d) {
    return handle(htmlChild(documentOf(d), "head", null));
  }

  /**
   * HTML #dom-document-body: the first body or frameset child of the html element, or null (jsoup's
   * body() would make one).
   */
  int body(int d) {
    return handle(htmlChild(documentOf(d), "body", "frameset"));
  }

  /** The first child of the html element (the document element, if it is one) with either name. */
  private static Element htmlChild(Document d, String name, String other) {
    Element html = d.firstElementChild();
    if (html == null || !html.nameIs("html")) {
      return null;
    }
    for (Element e = html.firstElementChild(); e != null; e = e.nextElementSibling()) {
      if (e.nameIs(name) || (other != null && e.nameIs(other))) {
        return e;
      }
    }
    return null;
  }

  /** #dom-nonelementparentnode-getelementbyid in the document {@code d}. */
  int find(int d, String id) {
    return handle(documentOf(d).getElementById(id));
  }

  /**
   * HTML #named-access-on-the-window-object: the page document's named objects of that name, in
   * tree order: elements whose id it is, and embed, form, img and object elements whose name it is
   * (child navigables have no names here: no frames).
   */
  List<Integer> namedObjects(String name) {
    List<Integer> out = new ArrayList<>();
    if (name.isEmpty()) {
      return out;
    }
    for (Element e : doc.getAllElements()) {
      if (e instanceof Document) {
        continue;
      }
      boolean named =
          e.attributes().hasKey("id") && e.attributes().get("id").equals(name)
              || Namespaces.isHtml(e)
                  && NAME_EXPOSED.contains(e.normalName())
                  && e.attributes().hasKey("name")
                  && e.attributes().get("name").equals(name);
      if (named) {
        out.add(handle(e));
      }
    }
    return out;
  }

  /**
   * HTML #dom-document-getelementsbyname: the HTML elements of the document {@code d} whose name
   * attribute is {@code name}, in tree order.
   */
  List<Integer> byName(int d, String name) {
    List<Integer> out = new ArrayList<>();
    for (Element e : documentOf(d).getAllElements()) {
      if (!(e instanceof Document)
          && Namespaces.isHtml(e)
          && e.attributes().hasKey("name")
          && e.attributes().get("name").equals(name)) {
        out.add(handle(e));
      }
    }
    return out;
  }

  /** HTML #document.title of the document {@code d}. */
  String title(int d) {
    return documentOf(d).title();
  }

  /** Whether the document is in quirks mode (DOM #concept-document-quirks; the parser's choice). */
  boolean quirksMode(int d) {
    return documentOf(d).quirksMode() == Document.QuirksMode.quirks;
  }

  /**
   * The script element being run, for document.currentScript (HTML #dom-document-currentscript).
   */
  int currentScript() {
    return handle(currentScript);
  }

  /**
   * Makes {@code script} the document's currentScript while a classic script runs
   * (#execute-the-script-element), answering the one it replaces, to be put back after.
   */
  Element enterScript(Element script) {
    Element old = currentScript;
    currentScript = script;
    return old;
  }
}
