package io.w3socket.engine;

import io.w3socket.engine.spi.Realm;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;

/**
 * The nodes the HTML parser has not made yet when a parser-inserted script runs (HTML #parsing: the
 * tree holds what was parsed before the script's end tag, and the elements still open around it).
 * The page is parsed whole at the start; while one of its scripts runs, every node after the script
 * in tree order is held out of the tree, and put back where the parser would insert it: at the end
 * of the element it was a child of (#appropriate-place-for-inserting-a-node), after what the script
 * appended there. Loop thread only.
 */
final class UnparsedNodes {
  /** A parent and the children held out of it, deepest parent first. */
  private static final class Held {
    final Element parent;
    final List<Node> children;

    Held(Element parent, List<Node> children) {
      this.parent = parent;
      this.children = children;
    }
  }

  private final DomNodes dom;
  private final Deque<Held> held = new ArrayDeque<>();

  UnparsedNodes(DomNodes dom) {
    this.dom = dom;
  }

  /**
   * Holds every node after {@code script} in tree order out of the tree (and back what was held);
   * the nodes the parser made since the last call go to the page's mutation observers.
   */
  void parsedTo(Element script, Realm realm) {
    List<Node> before = heldRoots();
    putBack();
    Element node = script;
    for (Element parent = node.parent(); parent != null; parent = node.parent()) {
      List<Node> after = new ArrayList<>();
      for (Node n = node.nextSibling(); n != null; n = n.nextSibling()) {
        after.add(n);
      }
      for (Node n : after) {
        n.remove();
      }
      if (!after.isEmpty()) {
        held.addLast(new Held(parent, after));
      }
      node = parent;
    }
    dom.changed();
    inserted(before, realm);
  }

  /**
   * The parser went on to the end: every held node is appended to its parent, deepest first, and
   * goes to the page's mutation observers.
   */
  void parsedAll(Realm realm) {
    List<Node> before = heldRoots();
    putBack();
    inserted(before, realm);
  }

  private void putBack() {
    if (held.isEmpty()) {
      return;
    }
    for (Held h : held) {
      for (Node n : h.children) {
        h.parent.appendChild(n);
        // A shadow host's children the parser adds after a script gave it a shadow root.
        dom.slots().inserted(h.parent, n);
      }
    }
    held.clear();
    dom.changed();
  }

  /** The held nodes in tree order (deepest parent's first, as the later ones follow them). */
  private List<Node> heldRoots() {
    List<Node> roots = new ArrayList<>();
    for (Held h : held) {
      roots.addAll(h.children);
    }
    return roots;
  }

  /**
   * DOM #concept-node-insert for what the parser made: each node of {@code roots}' subtrees that is
   * in the document now, in tree order, is one childList record at its parent (the shim's
   * parserInserted; nothing when no observer is registered).
   */
  private void inserted(List<Node> roots, Realm realm) {
    StringBuilder handles = new StringBuilder();
    for (Node r : roots) {
      collect(r, handles);
      if (r.ownerDocument() != null) {
        dom.customElements().record(CustomElementCandidates.PARSED, r);
      }
    }
    if (handles.length() > 0) {
      realm.callEntry("parserInserted", handles.toString());
      // #scriptEndTag: a microtask checkpoint before the script runs delivers the records.
      realm.afterTask();
    }
  }

  private void collect(Node n, StringBuilder handles) {
    if (n.ownerDocument() == null) {
      return; // held again: the parser has not made it yet
    }
    if (n instanceof Element) {
      // #link-type-stylesheet: a link element the parser made connected fetches its style sheet
      dom.resources().linkConnected((Element) n);
    }
    if (handles.length() > 0) {
      handles.append(',');
    }
    handles.append(dom.handle(n));
    for (Node child : n.childNodes()) {
      collect(child, handles);
    }
  }
}
