package io.w3socket.engine;

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
   * Holds every node after {@code script} in tree order out of the tree (and back what was held).
   */
  void parsedTo(Element script) {
    parsedAll();
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
  }

  /** The parser went on to the end: every held node is appended to its parent, deepest first. */
  void parsedAll() {
    if (held.isEmpty()) {
      return;
    }
    for (Held h : held) {
      for (Node n : h.children) {
        h.parent.appendChild(n);
      }
    }
    held.clear();
    dom.changed();
  }
}
