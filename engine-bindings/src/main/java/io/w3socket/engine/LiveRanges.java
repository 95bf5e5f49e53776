package io.w3socket.engine;

import io.w3socket.DOMException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.DocumentType;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * The page's live ranges (DOM #concept-live-range): each Range object's start and end boundary
 * points, kept here so that every change of the tree, those made in Java only (innerHTML,
 * textContent, document.write) included, moves them as DOM says ({@link DomNodes} calls {@link
 * #inserted}, {@link #removing}, {@link #replacingAll} and {@link #dataReplaced}). The shim's Range
 * holds an id; {@link #release} forgets one whose object was collected. Also the boundary point
 * comparisons and a range's stringifier, on the tree. Loop thread only.
 */
final class LiveRanges {
  /** A live range's boundary points (#concept-range-start, #concept-range-end). */
  static final class Bounds {
    Node startNode;
    int startOffset;
    Node endNode;
    int endOffset;
  }

  private final Map<Integer, Bounds> ranges = new HashMap<>();
  private int next;

  /**
   * The id of the range of the page's selection (Selection API #dfn-selection; the shim's
   * selection.js), or -1: a change of the tree that moves its boundary points schedules a
   * selectionchange event (#selectionchange-event), which the loop asks for after the task ({@link
   * #takeSelectionMoved}).
   */
  private int selectionId = -1;

  /** The selection's range's boundary points before the change of the tree being made, or null. */
  private Bounds selectionBefore;

  private boolean selectionMoved;

  /** A new live range collapsed at (node, 0) (#dom-range-range, #dom-document-createrange). */
  int create(Node n) {
    Bounds b = new Bounds();
    b.startNode = n;
    b.endNode = n;
    int id = next++;
    ranges.put(id, b);
    return id;
  }

  Bounds bounds(int id) {
    Bounds b = ranges.get(id);
    if (b == null) {
      throw new IllegalArgumentException("no range " + id);
    }
    return b;
  }

  /** Forgets a range whose object is gone. */
  void release(int id) {
    ranges.remove(id);
    if (id == selectionId) {
      selectionId = -1;
    }
  }

  /**
   * The range (an id, or -1 for none) that is the selection's now (Selection API #dfn-selection).
   */
  void watchSelection(int id) {
    selectionId = ranges.containsKey(id) ? id : -1;
  }

  /**
   * Whether a change of the tree moved the selection's boundary points since the last call
   * (Selection API #selectionchange-event: "the associated range's boundary point is mutated").
   */
  boolean takeSelectionMoved() {
    boolean moved = selectionMoved;
    selectionMoved = false;
    return moved;
  }

  /** Before a change of the tree: the selection's boundary points as they are. */
  private void beforeChange() {
    Bounds b = selectionId < 0 ? null : ranges.get(selectionId);
    if (b == null) {
      selectionBefore = null;
      return;
    }
    if (selectionBefore == null) {
      selectionBefore = new Bounds();
    }
    selectionBefore.startNode = b.startNode;
    selectionBefore.startOffset = b.startOffset;
    selectionBefore.endNode = b.endNode;
    selectionBefore.endOffset = b.endOffset;
  }

  /** After a change of the tree: whether it moved the selection's boundary points. */
  private void afterChange() {
    Bounds a = selectionBefore;
    Bounds b = a == null || selectionId < 0 ? null : ranges.get(selectionId);
    if (b != null
        && (a.startNode != b.startNode
            || a.startOffset != b.startOffset
            || a.endNode != b.endNode
            || a.endOffset != b.endOffset)) {
      selectionMoved = true;
    }
  }

  /** How many live ranges there are. */
  int count() {
    return ranges.size();
  }

  /** Sets both boundary points as they are (the shim checked them). */
  void set(int id, Node startNode, int startOffset, Node endNode, int endOffset) {
    Bounds b = bounds(id);
    b.startNode = startNode;
    b.startOffset = startOffset;
    b.endNode = endNode;
    b.endOffset = endOffset;
  }

  /**
   * DOM #concept-range-bp-set: the range's start (or end) set to (node, offset), after its checks
   * (InvalidNodeTypeError for a doctype, IndexSizeError past the node's length, with Chromium's
   * messages); a point in another root than the range's, or after its end (before its start),
   * collapses the range there.
   *
   * @param what the operation, for the message ("'setStart' on 'Range'")
   */
  void setBoundary(int id, boolean start, Node node, long unsignedOffset, String what) {
    checkPoint(node, unsignedOffset, what);
    int offset = (int) unsignedOffset;
    Bounds b = bounds(id);
    boolean otherRoot = b.startNode.root() != node.root();
    if (start) {
      if (otherRoot || position(node, offset, b.endNode, b.endOffset) > 0) {
        b.endNode = node;
        b.endOffset = offset;
      }
      b.startNode = node;
      b.startOffset = offset;
    } else {
      if (otherRoot || position(node, offset, b.startNode, b.startOffset) < 0) {
        b.startNode = node;
        b.startOffset = offset;
      }
      b.endNode = node;
      b.endOffset = offset;
    }
  }

  /**
   * #concept-range-bp-set steps 1-2 (and #dom-range-comparepoint's, #dom-range-ispointinrange's): a
   * doctype is an InvalidNodeTypeError, an offset past the node's length an IndexSizeError.
   */
  static void checkPoint(Node node, long unsigned, String what) {
    if (node instanceof DocumentType) {
      throw new DOMException(
          "Failed to execute "
              + what
              + ": The node provided is of type '"
              + ((DocumentType) node).name()
              + "'.",
          "InvalidNodeTypeError");
    }
    int length = length(node);
    if (unsigned > length) {
      boolean data =
          node instanceof TextNode || node instanceof DataNode || node instanceof Comment;
      throw new DOMException(
          "Failed to execute "
              + what
              + ": "
              + (data
                  ? "The offset " + unsigned + " is larger than the node's length (" + length + ")."
                  : "There is no child at offset " + unsigned + "."),
          "IndexSizeError");
    }
  }

  /** DOM #concept-node-length: a doctype's is 0, character data's its data's, else its children. */
  static int length(Node n) {
    if (n instanceof DocumentType) {
      return 0;
    }
    String data = DomNodes.dataOf(n);
    return data != null ? data.length() : n.childNodeSize();
  }

  private static boolean isText(Node n) {
    return n instanceof TextNode || n instanceof DataNode;
  }

  /** Whether {@code a} is an inclusive ancestor of {@code n} (#concept-tree-inclusive-ancestor). */
  static boolean isInclusiveAncestor(Node a, Node n) {
    for (Node p = n; p != null; p = p.parentNode()) {
      if (p == a) {
        return true;
      }
    }
    return false;
  }

  /**
   * DOM #concept-range-bp-position of (a, aOffset) against (b, bOffset), both of one root: -1
   * before, 0 equal, 1 after.
   */
  static int position(Node a, int aOffset, Node b, int bOffset) {
    if (a == b) {
      return Integer.compare(aOffset, bOffset);
    }
    // Step 2: node A following node B: the opposite of B against A.
    if (treeOrder(a, b) > 0) {
      return -position(b, bOffset, a, aOffset);
    }
    // Step 3: node A an ancestor of node B: A's child that is B's inclusive ancestor.
    if (isInclusiveAncestor(a, b)) {
      Node child = b;
      while (child.parentNode() != a) {
        child = child.parentNode();
      }
      if (child.siblingIndex() < aOffset) {
        return 1;
      }
    }
    return -1;
  }

  /** DOM #concept-tree-order of two different nodes of one tree: -1 preceding, 1 following. */
  static int treeOrder(Node a, Node b) {
    List<Node> pa = ancestors(a);
    List<Node> pb = ancestors(b);
    int i = 0;
    while (i < pa.size() && i < pb.size() && pa.get(i) == pb.get(i)) {
      i++;
    }
    if (i == pa.size()) {
      return -1; // a is an ancestor of b: b follows it
    }
    if (i == pb.size()) {
      return 1;
    }
    return Integer.compare(pa.get(i).siblingIndex(), pb.get(i).siblingIndex());
  }

  /** The node's inclusive ancestors from its root down. */
  private static List<Node> ancestors(Node n) {
    ArrayList<Node> out = new ArrayList<>();
    for (Node p = n; p != null; p = p.parentNode()) {
      out.add(p);
    }
    Collections.reverse(out);
    return out;
  }

  /** DOM #concept-range-commonancestorcontainer. */
  Node commonAncestor(int id) {
    Bounds b = bounds(id);
    Node container = b.startNode;
    while (container != null && !isInclusiveAncestor(container, b.endNode)) {
      container = container.parentNode();
    }
    // Both ends are of one root (#concept-range-bp-set, and each change keeps them so); a parser
    // step that moves nodes outside DomNodes (a custom element set aside) could break that.
    return container == null ? b.startNode.root() : container;
  }

  /** DOM #dom-range-stringifier. */
  String text(int id) {
    Bounds b = bounds(id);
    if (b.startNode == b.endNode && isText(b.startNode)) {
      return DomNodes.dataOf(b.startNode).substring(b.startOffset, b.endOffset);
    }
    StringBuilder s = new StringBuilder();
    if (isText(b.startNode)) {
      s.append(DomNodes.dataOf(b.startNode).substring(b.startOffset));
    }
    // Step 4: the Text nodes contained in the range (#contained), in tree order.
    appendContainedText(commonAncestor(id), b, s);
    if (isText(b.endNode)) {
      s.append(DomNodes.dataOf(b.endNode), 0, b.endOffset);
    }
    return s.toString();
  }

  private static void appendContainedText(Node n, Bounds b, StringBuilder s) {
    for (Node c : n.childNodes()) {
      if (isText(c)) {
        if (position(c, 0, b.startNode, b.startOffset) > 0
            && position(c, length(c), b.endNode, b.endOffset) < 0) {
          s.append(DomNodes.dataOf(c));
        }
      } else {
        appendContainedText(c, b, s);
      }
    }
  }

  /**
   * DOM #concept-range-extract and #concept-range-clone steps 6-10: the common ancestor, its first
   * and last partially contained children (#partially-contained; null where the start node is an
   * inclusive ancestor of the end node, or the other way round) and its contained children
   * (#contained), in tree order.
   */
  List<Node> plan(int id) {
    Bounds b = bounds(id);
    Node ca = commonAncestor(id);
    List<Node> out = new ArrayList<>();
    out.add(ca);
    out.add(isInclusiveAncestor(b.startNode, b.endNode) ? null : childHolding(ca, b.startNode));
    out.add(isInclusiveAncestor(b.endNode, b.startNode) ? null : childHolding(ca, b.endNode));
    for (Node c : ca.childNodes()) {
      if (position(c, 0, b.startNode, b.startOffset) > 0
          && position(c, length(c), b.endNode, b.endOffset) < 0) {
        out.add(c);
      }
    }
    return out;
  }

  /** The child of ancestor that is an inclusive ancestor of n. */
  private static Node childHolding(Node ancestor, Node n) {
    Node c = n;
    while (c.parentNode() != ancestor) {
      c = c.parentNode();
    }
    return c;
  }

  /**
   * DOM #concept-range-extract steps 12-13 (#dom-range-deletecontents steps 5-6): where the range
   * collapses once its contents are gone, as [node, offset].
   */
  List<Object> collapsePoint(int id) {
    Bounds b = bounds(id);
    if (isInclusiveAncestor(b.startNode, b.endNode)) {
      return Arrays.asList(b.startNode, b.startOffset);
    }
    Node reference = b.startNode;
    while (reference.parentNode() != null
        && !isInclusiveAncestor(reference.parentNode(), b.endNode)) {
      reference = reference.parentNode();
    }
    return Arrays.asList(reference.parentNode(), reference.siblingIndex() + 1);
  }

  /**
   * #dom-range-surroundcontents step 1: whether a node that is no Text is partially contained (an
   * inclusive ancestor of one boundary's node and not of the other's).
   */
  boolean partiallyContainsNonText(int id) {
    Bounds b = bounds(id);
    return partialNonText(b.startNode, b.endNode) || partialNonText(b.endNode, b.startNode);
  }

  private static boolean partialNonText(Node from, Node other) {
    for (Node n = from; n != null; n = n.parentNode()) {
      if (!isInclusiveAncestor(n, other) && !isText(n)) {
        return true;
      }
    }
    return false;
  }

  /** Whether there are live ranges to update. */
  boolean any() {
    return !ranges.isEmpty();
  }

  /**
   * DOM #concept-node-insert steps 6.1-6.2: {@code count} nodes were inserted into parent at index:
   * boundary points in parent after index move on by count.
   */
  void inserted(Node parent, int index, int count) {
    beforeChange();
    insertedPoints(parent, index, count);
    afterChange();
  }

  private void insertedPoints(Node parent, int index, int count) {
    for (Bounds b : ranges.values()) {
      if (b.startNode == parent && b.startOffset > index) {
        b.startOffset += count;
      }
      if (b.endNode == parent && b.endOffset > index) {
        b.endOffset += count;
      }
    }
  }

  /**
   * DOM #concept-node-remove steps 4-7, before child leaves its parent: boundary points inside it
   * move to (parent, its index), those in parent after it back by one.
   */
  void removing(Node child) {
    beforeChange();
    removingPoints(child);
    afterChange();
  }

  private void removingPoints(Node child) {
    Node parent = child.parentNode();
    if (parent == null || ranges.isEmpty()) {
      return;
    }
    int index = child.siblingIndex();
    for (Bounds b : ranges.values()) {
      if (isInclusiveAncestor(child, b.startNode)) {
        b.startNode = parent;
        b.startOffset = index;
      }
      if (isInclusiveAncestor(child, b.endNode)) {
        b.endNode = parent;
        b.endOffset = index;
      }
      if (b.startNode == parent && b.startOffset > index) {
        b.startOffset--;
      }
      if (b.endNode == parent && b.endOffset > index) {
        b.endOffset--;
      }
    }
  }

  /**
   * DOM #concept-node-replace-all, before parent's children are replaced: each child's removal
   * (#concept-node-remove steps 4-7) leaves every boundary point in parent or below it at (parent,
   * 0), where the insertion that follows (at index 0) leaves it.
   */
  void replacingAll(Node parent) {
    beforeChange();
    replacingAllPoints(parent);
    afterChange();
  }

  private void replacingAllPoints(Node parent) {
    for (Bounds b : ranges.values()) {
      if (isInclusiveAncestor(parent, b.startNode)) {
        b.startNode = parent;
        b.startOffset = 0;
      }
      if (isInclusiveAncestor(parent, b.endNode)) {
        b.endNode = parent;
        b.endOffset = 0;
      }
    }
  }

  /**
   * DOM #concept-text-split steps 7.2-7.5, once newNode (node's data from offset on) was inserted
   * after node in its parent: boundary points in node past offset move into newNode, those in the
   * parent just after node move on by one.
   */
  void split(Node node, Node newNode, int offset) {
    beforeChange();
    splitPoints(node, newNode, offset);
    afterChange();
  }

  private void splitPoints(Node node, Node newNode, int offset) {
    Node parent = node.parentNode();
    int after = node.siblingIndex() + 1;
    for (Bounds b : ranges.values()) {
      if (b.startNode == node && b.startOffset > offset) {
        b.startNode = newNode;
        b.startOffset -= offset;
      }
      if (b.endNode == node && b.endOffset > offset) {
        b.endNode = newNode;
        b.endOffset -= offset;
      }
      if (b.startNode == parent && b.startOffset == after) {
        b.startOffset++;
      }
      if (b.endNode == parent && b.endOffset == after) {
        b.endOffset++;
      }
    }
  }

  /**
   * DOM #dom-node-normalize steps 6.1-6.4, for next, the Text node after node whose data was
   * appended to node's first {@code length} code units: boundary points in next, or in the parent
   * at next, move into node.
   */
  void merge(Node node, Node next, int length) {
    beforeChange();
    mergePoints(node, next, length);
    afterChange();
  }

  private void mergePoints(Node node, Node next, int length) {
    Node parent = next.parentNode();
    int at = next.siblingIndex();
    for (Bounds b : ranges.values()) {
      if (b.startNode == next) {
        b.startNode = node;
        b.startOffset += length;
      }
      if (b.endNode == next) {
        b.endNode = node;
        b.endOffset += length;
      }
      if (b.startNode == parent && b.startOffset == at) {
        b.startNode = node;
        b.startOffset = length;
      }
      if (b.endNode == parent && b.endOffset == at) {
        b.endNode = node;
        b.endOffset = length;
      }
    }
  }

  /**
   * DOM #concept-cd-replace steps 8-11: {@code count} code units of node's data from offset were
   * replaced by {@code added} ones.
   */
  void dataReplaced(Node node, int offset, int count, int added) {
    beforeChange();
    dataReplacedPoints(node, offset, count, added);
    afterChange();
  }

  private void dataReplacedPoints(Node node, int offset, int count, int added) {
    for (Bounds b : ranges.values()) {
      if (b.startNode == node && b.startOffset > offset && b.startOffset <= offset + count) {
        b.startOffset = offset;
      }
      if (b.endNode == node && b.endOffset > offset && b.endOffset <= offset + count) {
        b.endOffset = offset;
      }
      if (b.startNode == node && b.startOffset > offset + count) {
        b.startOffset += added - count;
      }
      if (b.endNode == node && b.endOffset > offset + count) {
        b.endOffset += added - count;
      }
    }
  }

  /**
   * #dom-range-setstartbefore, #dom-range-setstartafter, #dom-range-setendbefore,
   * #dom-range-setendafter: the boundary point set before or after node in its parent; a node
   * without a parent is an InvalidNodeTypeError.
   */
  void setBoundaryBeside(int id, boolean start, Node node, boolean after, String what) {
    Node parent = parentOf(node, what);
    setBoundary(id, start, parent, node.siblingIndex() + (after ? 1 : 0), what);
  }

  private static Node parentOf(Node node, String what) {
    Node parent = node.parentNode();
    if (parent == null) {
      throw new DOMException(
          "Failed to execute " + what + ": the given Node has no parent.", "InvalidNodeTypeError");
    }
    return parent;
  }

  /** DOM #concept-range-select: the range around node, in its parent. */
  void selectNode(int id, Node node) {
    Node parent = parentOf(node, "'selectNode' on 'Range'");
    int index = node.siblingIndex();
    set(id, parent, index, parent, index + 1);
  }

  /** DOM #dom-range-selectnodecontents. */
  void selectNodeContents(int id, Node node) {
    if (node instanceof DocumentType) {
      checkPoint(node, 0, "'selectNodeContents' on 'Range'");
    }
    set(id, node, 0, node, length(node));
  }

  /**
   * DOM #dom-range-compareboundarypoints steps 1-2 then the comparison: how (0 START_TO_START, 1
   * START_TO_END, 2 END_TO_END, 3 END_TO_START) against the source range.
   */
  int compareBoundaryPoints(int id, int how, int sourceId) {
    String what = "Failed to execute 'compareBoundaryPoints' on 'Range': ";
    if (how < 0 || how > 3) {
      throw new DOMException(
          what
              + "The comparison method provided must be one of 'START_TO_START', 'START_TO_END',"
              + " 'END_TO_END', or 'END_TO_START'.",
          "NotSupportedError");
    }
    Bounds t = bounds(id);
    Bounds s = bounds(sourceId);
    if (t.startNode.root() != s.startNode.root()) {
      throw new DOMException(
          what + "The source range is in a different document than this range.",
          "WrongDocumentError");
    }
    boolean thisStart = how == 0 || how == 3;
    boolean sourceStart = how == 0 || how == 1;
    return position(
        thisStart ? t.startNode : t.endNode,
        thisStart ? t.startOffset : t.endOffset,
        sourceStart ? s.startNode : s.endNode,
        sourceStart ? s.startOffset : s.endOffset);
  }

  /** DOM #dom-range-comparepoint. */
  int comparePoint(int id, Node node, long offset) {
    String what = "'comparePoint' on 'Range'";
    Bounds b = bounds(id);
    if (node.root() != b.startNode.root()) {
      throw new DOMException(
          "Failed to execute "
              + what
              + ": The node provided and the Range are not in the same tree.",
          "WrongDocumentError");
    }
    checkPoint(node, offset, what);
    if (position(node, (int) offset, b.startNode, b.startOffset) < 0) {
      return -1;
    }
    return position(node, (int) offset, b.endNode, b.endOffset) > 0 ? 1 : 0;
  }

  /** DOM #dom-range-ispointinrange. */
  boolean isPointInRange(int id, Node node, long offset) {
    Bounds b = bounds(id);
    if (node.root() != b.startNode.root()) {
      return false;
    }
    checkPoint(node, offset, "'isPointInRange' on 'Range'");
    return position(node, (int) offset, b.startNode, b.startOffset) >= 0
        && position(node, (int) offset, b.endNode, b.endOffset) <= 0;
  }

  /**
   * DOM #concept-range-bp-position of two boundary points (the Selection API's setBaseAndExtent and
   * extend compare an anchor and a focus): -1 before, 0 equal, 1 after, or 2 when the nodes' roots
   * differ (neither is before the other).
   */
  static int order(Node a, int aOffset, Node b, int bOffset) {
    return a.root() != b.root() ? 2 : position(a, aOffset, b, bOffset);
  }

  /**
   * Selection API #dom-selection-containsnode, for the selection's range id, as Chromium 156
   * answers it: the node is the boundary points (parent, index) and (parent, index + 1) around it,
   * so that a node without a parent (or of another tree than the range) is never contained; it is
   * when the range holds both points; it is not when the range ends before the first or starts
   * after the second; otherwise (the range and the node overlap) it is if partial containment is
   * allowed, or if it is Text. (Chromium first makes the range its visible positions' range, which
   * needs layout: here the range is taken as it is.)
   */
  boolean selectionContains(int id, Node node, boolean allowPartial) {
    Bounds b = bounds(id);
    Node parent = node.parentNode();
    if (parent == null || parent.root() != b.startNode.root()) {
      return false;
    }
    int index = node.siblingIndex();
    if (position(b.startNode, b.startOffset, parent, index) <= 0
        && position(parent, index + 1, b.endNode, b.endOffset) <= 0) {
      return true;
    }
    if (position(parent, index, b.endNode, b.endOffset) > 0
        || position(parent, index + 1, b.startNode, b.startOffset) < 0) {
      return false;
    }
    return allowPartial || isText(node);
  }

  /** DOM #dom-range-intersectsnode. */
  boolean intersectsNode(int id, Node node) {
    Bounds b = bounds(id);
    if (node.root() != b.startNode.root()) {
      return false;
    }
    Node parent = node.parentNode();
    if (parent == null) {
      return true;
    }
    int offset = node.siblingIndex();
    return position(parent, offset, b.endNode, b.endOffset) < 0
        && position(parent, offset + 1, b.startNode, b.startOffset) > 0;
  }
}
