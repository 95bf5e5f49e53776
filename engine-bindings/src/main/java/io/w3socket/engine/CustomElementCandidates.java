package io.w3socket.engine;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Attributes;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;

/**
 * What the tree's changes mean for custom elements (HTML #custom-elements), which the shim's
 * custom-elements.js turns into reactions: the elements whose local name a script defined that an
 * insertion connected (#concept-node-insert step 7.7: connectedCallback, or an upgrade), a removal
 * disconnected (#concept-node-remove step 15: disconnectedCallback), or a fragment parse or clone
 * made (#concept-create-element with the synchronous flag unset: an upgrade), or a move kept
 * connected (#concept-node-move: connectedMoveCallback), each in shadow-including tree order.
 * Nothing is recorded until a name is defined. Loop thread only, as the DOM.
 */
final class CustomElementCandidates {
  static final int CONNECTED = 1;
  static final int DISCONNECTED = 2;
  static final int CREATED = 3;

  /** The HTML parser made it and put it in the document (HTML #create-an-element-for-the-token). */
  static final int PARSED = 4;

  /** moveBefore moved it within the document (DOM #concept-node-move: connectedMoveCallback). */
  static final int MOVED = 5;

  private final DomNodes dom;
  private final Set<String> names = new HashSet<>();

  /** What happened since the shim last took it: kind, handle, kind, handle... */
  private final List<Integer> pending = new ArrayList<>();

  CustomElementCandidates(DomNodes dom) {
    this.dom = dom;
  }

  /** #dom-customelementregistry-define: a name elements can now be custom elements of. */
  void define(String name) {
    names.add(name);
  }

  /** Whether any name is defined: until then nothing is recorded. */
  boolean active() {
    return !names.isEmpty();
  }

  /** Records {@code kind} for the subtree of {@code root}, if any name is defined. */
  void record(int kind, Node root) {
    if (names.isEmpty()) {
      return;
    }
    for (Element e : candidates(root, null)) {
      pending.add(kind);
      pending.add(dom.handle(e));
    }
  }

  /** A parsed element set aside while its constructor runs: where it was, what it had. */
  private static final class Aside {
    final Element parent;
    final Node next;
    final Attributes attributes;
    final List<Node> children;

    Aside(Element parent, Node next, Attributes attributes, List<Node> children) {
      this.parent = parent;
      this.next = next;
      this.attributes = attributes;
      this.children = children;
    }
  }

  private final Map<Element, Aside> aside = new IdentityHashMap<>();

  /**
   * HTML #create-an-element-for-the-token with the synchronous custom elements flag: the
   * constructor of an element the parser makes runs before the element has its attributes and
   * children and before it is inserted. The page is parsed whole beforehand, so the element is
   * taken out of the tree and emptied while its constructor runs ({@link #restoreParsed} after).
   */
  void setParsedAside(Element e) {
    Aside a =
        new Aside(
            e.parent(), e.nextSibling(), e.attributes().clone(), new ArrayList<>(e.childNodes()));
    aside.put(e, a);
    e.clearAttributes();
    e.empty();
    e.remove();
    dom.changed();
  }

  /** The parsed element back in place, with its attributes and children. */
  void restoreParsed(Element e) {
    Aside a = aside.remove(e);
    if (a == null) {
      return;
    }
    e.clearAttributes();
    e.attributes().addAll(a.attributes);
    e.empty();
    e.appendChildren(a.children);
    if (e.parent() != null) {
      e.remove();
    }
    if (a.next != null && a.next.parent() == a.parent) {
      a.next.before(e);
    } else if (a.parent != null) {
      a.parent.appendChild(e);
    }
    dom.changed();
  }

  /** What was recorded since the last call: kind, handle, kind, handle... */
  List<Integer> take() {
    List<Integer> out = new ArrayList<>(pending);
    pending.clear();
    return out;
  }

  /**
   * The HTML elements among {@code root}'s shadow-including inclusive descendants, in
   * shadow-including tree order (#concept-shadow-including-tree-order), whose local name is {@code
   * name}, or (null) any defined name.
   */
  List<Element> candidates(Node root, String name) {
    List<Element> out = new ArrayList<>();
    collect(root, name, out);
    return out;
  }

  private void collect(Node n, String name, List<Element> out) {
    if (n instanceof Element && !(n instanceof DomNodes.Fragment)) {
      Element e = (Element) n;
      String local = e.normalName();
      if ((name == null ? names.contains(local) : name.equals(local)) && Namespaces.isHtml(e)) {
        out.add(e);
      }
      ShadowRoots.Root shadow = dom.shadows().of(e);
      if (shadow != null) {
        collect(shadow, name, out);
      }
    }
    for (Node child : n.childNodes()) {
      collect(child, name, out);
    }
  }
}
