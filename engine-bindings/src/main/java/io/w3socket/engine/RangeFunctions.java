package io.w3socket.engine;

import java.util.List;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.parser.Parser;

/**
 * The live ranges for the shim's range.js (DOM #interface-range): each Range object is an id of
 * {@link LiveRanges}, which {@link DomNodes} keeps following the tree; nodes cross as handles, the
 * DOM's {@code DOMException}s as they are. Loop thread only.
 */
final class RangeFunctions implements HostArea {
  private final DomNodes dom;

  RangeFunctions(DomNodes dom) {
    this.dom = dom;
  }

  @Override
  public void register(HostRegistry r) {
    LiveRanges ranges = dom.ranges();
    r.add("rangeCreate", a -> (double) ranges.create(dom.node(a.integer(0))));
    r.add(
        "rangeRelease",
        a -> {
          ranges.release(a.integer(0));
          return null;
        });
    r.add("rangeCount", a -> (double) ranges.count());
    // [start node, start offset, end node, end offset]
    r.add(
        "rangeBounds",
        a -> {
          LiveRanges.Bounds b = ranges.bounds(a.integer(0));
          return List.of(
              (double) dom.handle(b.startNode),
              (double) b.startOffset,
              (double) dom.handle(b.endNode),
              (double) b.endOffset);
        });
    r.add(
        "rangeSet",
        a -> {
          ranges.set(
              a.integer(0),
              dom.node(a.integer(1)),
              a.integer(2),
              dom.node(a.integer(3)),
              a.integer(4));
          return null;
        });
    // (id, start?, node, unsigned offset, what)
    r.add(
        "rangeSetBoundary",
        a -> {
          ranges.setBoundary(
              a.integer(0), a.bool(1), dom.node(a.integer(2)), (long) a.number(3), a.string(4));
          return null;
        });
    // (id, start?, node, after?, what)
    r.add(
        "rangeSetBoundaryBeside",
        a -> {
          ranges.setBoundaryBeside(
              a.integer(0), a.bool(1), dom.node(a.integer(2)), a.bool(3), a.string(4));
          return null;
        });
    r.add(
        "rangeSelectNode",
        a -> {
          ranges.selectNode(a.integer(0), dom.node(a.integer(1)));
          return null;
        });
    r.add(
        "rangeSelectNodeContents",
        a -> {
          ranges.selectNodeContents(a.integer(0), dom.node(a.integer(1)));
          return null;
        });
    r.add(
        "rangeCompareBoundaryPoints",
        a -> (double) ranges.compareBoundaryPoints(a.integer(0), a.integer(1), a.integer(2)));
    r.add(
        "rangeComparePoint",
        a ->
            (double) ranges.comparePoint(a.integer(0), dom.node(a.integer(1)), (long) a.number(2)));
    r.add(
        "rangeIsPointInRange",
        a -> ranges.isPointInRange(a.integer(0), dom.node(a.integer(1)), (long) a.number(2)));
    r.add("rangeIntersectsNode", a -> ranges.intersectsNode(a.integer(0), dom.node(a.integer(1))));
    r.add("rangeCommonAncestor", a -> (double) dom.handle(ranges.commonAncestor(a.integer(0))));
    // (node, new node, offset): #concept-text-split steps 7.2-7.5
    r.add(
        "rangesSplit",
        a -> {
          ranges.split(dom.node(a.integer(0)), dom.node(a.integer(1)), a.integer(2));
          return null;
        });
    // (node, next, length): #dom-node-normalize steps 6.1-6.4
    r.add(
        "rangesMerge",
        a -> {
          ranges.merge(dom.node(a.integer(0)), dom.node(a.integer(1)), a.integer(2));
          return null;
        });
    // [common ancestor, first partially contained child or -1, last or -1, contained children...]
    r.add(
        "rangePlan",
        a -> {
          List<Double> out = new java.util.ArrayList<>();
          for (Node n : ranges.plan(a.integer(0))) {
            out.add((double) dom.handle(n));
          }
          return out;
        });
    r.add(
        "rangeCollapsePoint",
        a -> {
          List<Object> p = ranges.collapsePoint(a.integer(0));
          return List.of((double) dom.handle((Node) p.get(0)), (double) (Integer) p.get(1));
        });
    r.add("rangePartialNonText", a -> ranges.partiallyContainsNonText(a.integer(0)));
    r.add("rangeText", a -> ranges.text(a.integer(0)));
    // The Selection API's (selection.js): its range, the checks and comparisons of its points.
    r.add(
        "rangeWatchSelection",
        a -> {
          ranges.watchSelection(a.integer(0));
          return null;
        });
    // (node, unsigned offset, what): #concept-range-bp-set steps 1-2, with Chromium's messages
    r.add(
        "rangeCheckPoint",
        a -> {
          LiveRanges.checkPoint(dom.node(a.integer(0)), (long) a.number(1), a.string(2));
          return null;
        });
    // (node, offset, node, offset): -1 before, 0 equal, 1 after, 2 in another root
    r.add(
        "rangePointOrder",
        a ->
            (double)
                LiveRanges.order(
                    dom.node(a.integer(0)), a.integer(1), dom.node(a.integer(2)), a.integer(3)));
    r.add(
        "rangeSelectionContains",
        a -> ranges.selectionContains(a.integer(0), dom.node(a.integer(1)), a.bool(2)));

    // (context element or -1, markup, node document)
    r.add(
        "rangeFragment",
        a -> {
          int f = contextualFragment(a.integer(0), a.string(1));
          dom.documents().created(f, a.integer(2));
          return (double) f;
        });
  }

  /**
   * HTML #dom-range-createcontextualfragment steps 4-7: the markup parsed as a fragment
   * (#concept-frag-parse-context) in the context of the element {@code context} (-1: a new body
   * element), its nodes in a new DocumentFragment; its scripts are not marked already started (step
   * 5), so they run when the fragment is inserted into a document.
   */
  private int contextualFragment(int context, String html) {
    Element e = context < 0 ? new Element("body") : dom.element(context);
    String base = context < 0 ? dom.document().location() : e.baseUri();
    List<Node> foreign = ForeignNames.parseFragment(html, e);
    List<Node> parsed = foreign != null ? foreign : Parser.parseFragment(html, e, base);
    DomNodes.Fragment f = new DomNodes.Fragment();
    for (Node n : parsed) {
      if (n.parentNode() != null) {
        n.remove();
      }
      f.appendChild(n);
    }
    for (Node n : f.childNodes().toArray(new Node[0])) {
      dom.parsed(n);
    }
    dom.parsedInto(f);
    return dom.handle(f);
  }
}
