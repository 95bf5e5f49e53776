package io.w3socket.engine;

import static io.w3socket.engine.DomNodes.HIERARCHY_REQUEST_ERROR;
import static io.w3socket.engine.DomNodes.insertFailure;

import io.w3socket.engine.DomNodes.Fragment;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;

/**
 * DOM #concept-node-move, the primitive of ParentNode's moveBefore (#dom-parentnode-movebefore): a
 * node moves within its shadow-including root without the removing and insertion steps, so no
 * script runs and nothing is torn down or set up again (a focused element stays focused; a custom
 * element gets connectedMoveCallback, recorded here for the shim as {@link
 * CustomElementCandidates#MOVED}). The checks and their messages are Chromium 156's; the shim
 * (dom-element.js) queues the two mutation records and runs the NodeIterators' pre-remove steps.
 * Loop thread only, as the DOM.
 */
final class NodeMoves {
  /** Chromium's message for steps 1 and 4. */
  private static final String INVALID_HIERARCHY =
      "State-preserving atomic move cannot be performed on nodes participating in an invalid"
          + " hierarchy.";

  private final DomNodes dom;

  NodeMoves(DomNodes dom) {
    this.dom = dom;
  }

  /**
   * Moves {@code node} into {@code parent} before {@code before} (-1: at the end).
   *
   * @param what the operation, for an exception's message ("'moveBefore' on 'Element'")
   */
  void move(int parent, int node, int before, String what) {
    Node p = dom.node(parent);
    Node n = dom.node(node);
    Node child = before < 0 ? null : dom.node(before);
    // Step 1: another shadow-including root (so a move never connects or disconnects).
    if (ShadowRoots.shadowIncludingRoot(p) != ShadowRoots.shadowIncludingRoot(n)) {
      throw insertFailure(what, HIERARCHY_REQUEST_ERROR, INVALID_HIERARCHY);
    }
    // Step 2: node is a host-including inclusive ancestor of newParent.
    if (ShadowRoots.isHostIncludingInclusiveAncestor(n, p)) {
      throw insertFailure(
          what, HIERARCHY_REQUEST_ERROR, "The new child element contains the parent.");
    }
    // Step 3: child is not newParent's child.
    if (child != null && child.parentNode() != p) {
      throw insertFailure(
          what,
          "NotFoundError",
          "The node before which the new node is to be inserted is not a child of this node.");
    }
    // Step 4: node is neither an Element nor CharacterData (jsoup's documents and our fragments
    // are Elements too).
    boolean element = n instanceof Element && !(n instanceof Document || n instanceof Fragment);
    if (!element && !DomNodes.isText(n) && !(n instanceof Comment)) {
      throw insertFailure(what, HIERARCHY_REQUEST_ERROR, INVALID_HIERARCHY);
    }
    // Steps 5, 6: a Text into a document; an element into a document that has one, before its
    // doctype or before a node a doctype follows.
    if (p instanceof Document && DomNodes.isText(n)) {
      throw insertFailure(
          what,
          HIERARCHY_REQUEST_ERROR,
          "Nodes of type '#text' may not be inserted inside nodes of type '#document'.");
    }
    if (p instanceof Document && element) {
      DomNodes.ensureElementPlace((Document) p, child, what, false);
    }
    // Steps 7-17: the removal's bookkeeping (live ranges, slots), then the insertion's.
    LiveRanges ranges = dom.ranges();
    Node oldParent = n.parentNode();
    if (ranges.any()) {
      ranges.removing(n);
    }
    n.remove();
    dom.slots().removed(oldParent, n);
    if (child == null) {
      ((Element) p).appendChild(n);
    } else {
      child.before(n);
    }
    dom.slots().inserted(p, n);
    if (ranges.any()) {
      ranges.inserted(p, n.siblingIndex(), 1);
    }
    dom.changed();
    // Step 25: connectedMoveCallback for the custom elements of a move within the document.
    if (dom.customElements().active() && dom.isConnected(p)) {
      dom.customElements().record(CustomElementCandidates.MOVED, n);
    }
  }
}
