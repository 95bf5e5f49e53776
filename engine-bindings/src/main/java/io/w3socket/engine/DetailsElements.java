package io.w3socket.engine;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;

/**
 * What the tree's own changes do to details elements (HTML #the-details-element), which the shim's
 * html-details-element.js turns into toggle events: a parse or a clone that makes one with an open
 * attribute runs its details notification task steps (#details-notification-task-steps: the
 * attribute was appended); the parser inserting one into a tree whose details name group already
 * has an open member closes it, and so does an insertion
 * (#ensure-details-exclusivity-by-closing-the-given-element-if-needed, the details element's HTML
 * element insertion steps). A script's own change of open or name is the shim's (its attribute
 * hooks in mutation-observer.js). Loop thread only, as the DOM.
 */
final class DetailsElements {
  private final DomNodes dom;

  /**
   * Whether a details element with a name attribute was made or given one: until then no insertion
   * can close one, and inserting looks at nothing.
   */
  private boolean named;

  /** The toggles to queue, in order: "o" and a handle (made open), "c" and a handle (closed). */
  private final StringBuilder pending = new StringBuilder();

  DetailsElements(DomNodes dom) {
    this.dom = dom;
  }

  static boolean isDetails(Node n) {
    return n instanceof Element
        && Namespaces.isHtml((Element) n)
        && "details".equals(Namespaces.localName((Element) n));
  }

  /**
   * The details elements a parser or a clone just made under {@code root} (itself included), in
   * tree order (the parse's tree or the copy's): each with an open attribute has its toggle task
   * queued ("closed" to "open"); one whose name group has an open member before it in its tree is
   * closed, as it would be when the parser (or the clone's appending) inserted it after that one.
   */
  void made(Node root) {
    if (!(root instanceof Element)) {
      return;
    }
    for (Element e : ((Element) root).getElementsByTag("details")) {
      if (!isDetails(e)) {
        continue;
      }
      named |= e.hasAttr("name");
      if (e.hasAttr("open")) {
        record('o', e);
        if (groupName(e) != null && openMember(e, true) != null) {
          close(e);
        }
      }
    }
  }

  /**
   * #the-details-element:html-element-insertion-steps for {@code node}'s inclusive descendants, in
   * tree order: an open one closes if its name group has another open member.
   */
  void inserted(Node node) {
    if (!named || !(node instanceof Element)) {
      return;
    }
    for (Element e : ((Element) node).getElementsByTag("details")) {
      if (isDetails(e)
          && e.hasAttr("open")
          && groupName(e) != null
          && openMember(e, false) != null) {
        close(e);
      }
    }
  }

  /**
   * A script set a name attribute: on a details element, insertions look for groups from now on.
   */
  void nameSet(Element e) {
    named |= isDetails(e);
  }

  /**
   * #details-name-group: the first member of {@code e}'s group other than {@code e}, in tree order,
   * that has an open attribute (only those before {@code e} with {@code before}), or null; none if
   * e has no name or an empty one.
   */
  Element openMember(Element e, boolean before) {
    String name = groupName(e);
    if (name == null) {
      return null;
    }
    Node root = e.root();
    if (!(root instanceof Element)) {
      return null;
    }
    for (Element other : ((Element) root).getElementsByTag("details")) {
      if (other == e) {
        if (before) {
          return null;
        }
        continue;
      }
      if (isDetails(other) && other.hasAttr("open") && name.equals(other.attr("name"))) {
        return other;
      }
    }
    return null;
  }

  /** What was recorded since the last call ("o12,c13": opened, closed), or "". */
  String take() {
    if (pending.length() == 0) {
      return ""; // after every task: nothing made
    }
    String out = pending.toString();
    pending.setLength(0);
    return out;
  }

  /** The name attribute, if there is one and it is not the empty string, else null. */
  private static String groupName(Element e) {
    String name = e.hasAttr("name") ? e.attr("name") : "";
    return name.isEmpty() ? null : name;
  }

  /** #concept-element-attributes-remove of the open attribute, and its toggle. */
  private void close(Element e) {
    e.removeAttr("open");
    dom.changed();
    record('c', e);
  }

  private void record(char kind, Element e) {
    if (pending.length() > 0) {
      pending.append(',');
    }
    pending.append(kind).append(dom.handle(e));
  }
}
