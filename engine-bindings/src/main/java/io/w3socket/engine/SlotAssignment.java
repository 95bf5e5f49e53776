package io.w3socket.engine;

import io.w3socket.engine.ShadowRoots.Root;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Slots and slottables (DOM #shadow-tree-slots, #light-tree-slotables): which slot of its parent's
 * shadow tree a host's child is assigned to, named (#find-a-slot) or manual
 * (#dom-htmlslotelement-assign), computed when asked; and, kept as the tree changes, each slot's
 * assigned nodes as last assigned (#assign-slotables), so that a change signals the slot
 * (#signal-a-slot-change): the shim takes the signal slots in its mutation observer microtask and
 * fires slotchange at them. The tree's changes reach it through {@link #inserted}, {@link #removed}
 * and {@link #attributeChanged}, which cost nothing while no shadow root exists. Loop thread only,
 * as the DOM.
 */
final class SlotAssignment {
  private final ShadowRoots shadows;

  /**
   * Each slot's assigned nodes (#slot-assigned-nodes), as last assigned; a slot without any is
   * absent.
   */
  private final Map<Element, List<Node>> assigned = new IdentityHashMap<>();

  /** Each assigned slottable's slot (#slotable-assigned-slot). */
  private final Map<Node, Element> assignedSlots = new IdentityHashMap<>();

  /** Each slot's manually assigned nodes (#slot-manually-assigned-nodes), in the order assigned. */
  private final Map<Element, List<Node>> manual = new IdentityHashMap<>();

  /** Each node's manual slot assignment (#slottable-manual-slot-assignment). */
  private final Map<Node, Element> manualSlots = new IdentityHashMap<>();

  /** DOM #signal-slots: slots whose assigned nodes changed, in the order signaled, each once. */
  private final List<Element> signalSlots = new ArrayList<>();

  SlotAssignment(ShadowRoots shadows) {
    this.shadows = shadows;
  }

  private boolean watching() {
    return shadows.any() || !assigned.isEmpty();
  }

  /** DOM #concept-slotable: an element or a Text node. */
  private static boolean isSlottable(Node n) {
    return n instanceof Element || n instanceof TextNode;
  }

  private static boolean isSlot(Node n) {
    return n instanceof Element && ((Element) n).nameIs("slot") && Namespaces.isHtml((Element) n);
  }

  /** A slottable's name (#slotable-name): its slot attribute's value; a Text node's is "". */
  private static String nameOf(Node slottable) {
    return slottable instanceof Element ? ((Element) slottable).attr("slot") : "";
  }

  /** The slots in the tree of {@code root} (its inclusive descendants), in tree order. */
  private static List<Element> slotsIn(Node root) {
    List<Element> out = new ArrayList<>();
    if (root instanceof Element) {
      for (Element e : ((Element) root).getElementsByTag("slot")) {
        if (isSlot(e)) {
          out.add(e);
        }
      }
    }
    return out;
  }

  /** The first slot of each name in the shadow tree (#find-a-slot's "first ... in tree order"). */
  private static Map<String, Element> firstSlots(Root root) {
    Map<String, Element> first = new HashMap<>();
    for (Element slot : slotsIn(root)) {
      first.putIfAbsent(slot.attr("name"), slot);
    }
    return first;
  }

  /**
   * #find-a-slot for a slottable (without the open flag: the shim hides closed trees' slots): in
   * its parent's shadow tree, the first slot in tree order whose name is the slottable's, or, where
   * that tree's slot assignment is manual, the slot it was assigned to; or null.
   */
  Element find(Node slottable) {
    if (!isSlottable(slottable) || !(slottable.parentNode() instanceof Element)) {
      return null;
    }
    Root root = shadows.of((Element) slottable.parentNode());
    if (root == null) {
      return null;
    }
    if (root.manual) {
      Element slot = manualSlots.get(slottable);
      return slot != null && slot.root() == root ? slot : null;
    }
    return firstSlots(root).get(nameOf(slottable));
  }

  /**
   * #find-slottables: the host's children assigned to the slot, in tree order (where the slot
   * assignment is manual, in the order assign() gave them).
   */
  List<Node> slottables(Element slot) {
    Node r = slot.root();
    if (!(r instanceof Root)) {
      return List.of();
    }
    Root root = (Root) r;
    List<Node> out = new ArrayList<>();
    if (root.manual) {
      for (Node n : manual.getOrDefault(slot, List.of())) {
        if (n.parentNode() == root.host) {
          out.add(n);
        }
      }
      return out;
    }
    Map<String, Element> first = firstSlots(root);
    for (Node child : root.host.childNodes()) {
      if (isSlottable(child) && first.get(nameOf(child)) == slot) {
        out.add(child);
      }
    }
    return out;
  }

  /**
   * #find-flattened-slottables: the slot's slottables (or, if none, its own slottable children), a
   * slot among them replaced by its own flattened slottables.
   */
  List<Node> flattened(Element slot) {
    if (!(slot.root() instanceof Root)) {
      return List.of();
    }
    List<Node> found = slottables(slot);
    if (found.isEmpty()) {
      for (Node child : slot.childNodes()) {
        if (isSlottable(child)) {
          found.add(child);
        }
      }
    }
    List<Node> flat = new ArrayList<>();
    for (Node n : found) {
      if (isSlot(n) && n.root() instanceof Root) {
        flat.addAll(flattened((Element) n));
      } else {
        flat.add(n);
      }
    }
    return flat;
  }

  /**
   * #assign-slotables: the slot's slottables found again; if they changed, the slot is signaled.
   */
  private void assignSlottables(Element slot) {
    setAssigned(slot, slottables(slot));
  }

  /** The slot's slottables are {@code now}; if they changed, the slot is signaled. */
  private void setAssigned(Element slot, List<Node> now) {
    List<Node> before = assigned.getOrDefault(slot, List.of());
    if (sameNodes(before, now)) {
      return;
    }
    for (Node n : before) {
      assignedSlots.remove(n, slot);
    }
    for (Node n : now) {
      assignedSlots.put(n, slot);
    }
    if (now.isEmpty()) {
      assigned.remove(slot);
    } else {
      assigned.put(slot, now);
    }
    signal(slot);
  }

  private static boolean sameNodes(List<Node> a, List<Node> b) {
    if (a.size() != b.size()) {
      return false;
    }
    for (int i = 0; i < a.size(); i++) {
      if (a.get(i) != b.get(i)) {
        return false;
      }
    }
    return true;
  }

  /** #assign-slotables-for-a-tree: every slot in the tree of {@code root}. */
  private void assignSlottablesForTree(Node root) {
    for (Element slot : slotsIn(root)) {
      assignSlottables(slot);
    }
  }

  /** #signal-a-slot-change: the slot joins the signal slots (once). */
  private void signal(Element slot) {
    for (Element s : signalSlots) {
      if (s == slot) {
        return;
      }
    }
    signalSlots.add(slot);
  }

  /**
   * A slot in a shadow tree without assigned nodes shows its children: a change there signals it.
   */
  private void fallbackChanged(Node parent) {
    if (isSlot(parent) && parent.root() instanceof Root && !assigned.containsKey(parent)) {
      signal((Element) parent);
    }
  }

  /**
   * #concept-node-insert steps 7.4-7.6 for {@code node}, now a child of {@code parent}: a named
   * shadow host's new child gets its slot (#assign-a-slot), a slot's fallback content changed, the
   * slots the node brought into a tree are assigned.
   */
  void inserted(Node parent, Node node) {
    if (!watching()) {
      return;
    }
    if (parent instanceof Element) {
      Root root = shadows.of((Element) parent);
      if (root != null && !root.manual) {
        Element slot = find(node);
        List<Node> before = slot == null ? null : assigned.get(slot);
        if (before != null && node.nextSibling() == null && !before.contains(node)) {
          // Appended: its slot's other slottables stay, before it in tree order.
          List<Node> now = new ArrayList<>(before);
          now.add(node);
          setAssigned(slot, now);
        } else if (slot != null) {
          assignSlottables(slot);
        }
      }
    }
    fallbackChanged(parent);
    if (!slotsIn(node).isEmpty()) {
      assignSlottablesForTree(node.root());
    }
  }

  /**
   * #concept-node-remove steps 8-13 for {@code node}, just removed from {@code parent}: its slot's
   * assigned nodes, the parent slot's fallback content, the slots it took out of the tree (their
   * assigned nodes become none) and those left behind.
   */
  void removed(Node parent, Node node) {
    if (!watching()) {
      return;
    }
    Element slot = assignedSlots.get(node);
    if (slot != null) {
      // Its slot's other slottables stay.
      List<Node> now = new ArrayList<>(assigned.getOrDefault(slot, List.of()));
      now.remove(node);
      setAssigned(slot, now);
    }
    fallbackChanged(parent);
    List<Element> slots = slotsIn(node);
    if (!slots.isEmpty()) {
      assignSlottablesForTree(parent.root());
      for (Element s : slots) {
        assignSlottables(s);
      }
    }
  }

  /**
   * #concept-node-replace-all's removals and insertions at once: a shadow host's slots assigned
   * again, a slot's fallback content changed, and the slots that left or came assigned again.
   */
  void childrenReplaced(Element parent, List<Node> old) {
    if (!watching()) {
      return;
    }
    Root shadow = shadows.of(parent);
    if (shadow != null) {
      assignSlottablesForTree(shadow);
    }
    if (!old.isEmpty() || parent.childNodeSize() > 0) {
      fallbackChanged(parent);
    }
    List<Element> left = new ArrayList<>();
    for (Node n : old) {
      left.addAll(slotsIn(n));
    }
    if (!left.isEmpty() || !slotsIn(parent).isEmpty()) {
      assignSlottablesForTree(parent.root());
      for (Element s : left) {
        assignSlottables(s);
      }
    }
  }

  /**
   * The attribute change steps of DOM #slotable-name (an element's slot attribute: its slot found
   * again) and #slot-name (a slot's name attribute: its tree's slots assigned again). Null is no
   * attribute; a change from none to "" or back is none.
   */
  void attributeChanged(Element e, String name, String old, String value) {
    if (!watching()
        || (old == null ? "" : old).equals(value == null ? "" : value)
        || !(name.equals("slot") || name.equals("name"))) {
      return;
    }
    if (name.equals("slot")) {
      Element was = assignedSlots.get(e);
      if (was != null) {
        assignSlottables(was);
      }
      Element slot = find(e);
      if (slot != null) {
        assignSlottables(slot);
      }
    } else if (isSlot(e) && e.root() instanceof Root) {
      assignSlottablesForTree(e.root());
    }
  }

  /**
   * #dom-htmlslotelement-assign: the nodes (each once, in order) become the slot's manually
   * assigned nodes, leaving any other slot's; then the slot's tree is assigned again.
   */
  void assignManually(Element slot, List<Node> nodes) {
    for (Node n : manual.getOrDefault(slot, List.of())) {
      manualSlots.remove(n, slot);
    }
    List<Node> set = new ArrayList<>();
    for (Node n : nodes) {
      if (set.contains(n)) {
        continue;
      }
      Element previous = manualSlots.get(n);
      if (previous != null) {
        manual.get(previous).remove(n);
      }
      manualSlots.put(n, slot);
      set.add(n);
    }
    manual.put(slot, set);
    assignSlottablesForTree(slot.root());
  }

  /**
   * The assignments of a parsed document's declarative shadow trees, taken as they are, unsignaled.
   */
  void assignParsed(Iterable<Root> roots) {
    for (Root root : roots) {
      assignSlottablesForTree(root);
    }
    signalSlots.clear();
  }

  boolean signaled() {
    return !signalSlots.isEmpty();
  }

  /** #notify-mutation-observers steps 3-4: the signal slots, emptied. */
  List<Element> takeSignaled() {
    List<Element> out = new ArrayList<>(signalSlots);
    signalSlots.clear();
    return out;
  }
}
