package io.w3socket.engine;

import io.w3socket.DOMException;
import io.w3socket.engine.DomNodes.Fragment;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;

/**
 * Shadow trees (DOM #shadow-trees): the shadow root of each shadow host, a DocumentFragment kept
 * apart from the host's children, so that the host's children, queries and serialization never see
 * it, as DOM's node tree has it. What crosses it is here: the shadow-including root
 * (#concept-shadow-including-root), the host-including ancestors of pre-insertion validity and
 * retargeting; slot assignment is {@link SlotAssignment}'s. Loop thread only, as the DOM.
 */
final class ShadowRoots {
  /** DOM #interface-shadowroot: a DocumentFragment with a host, a mode and its flags. */
  static final class Root extends Fragment {
    final Element host;
    final boolean open;
    final boolean delegatesFocus;
    final boolean clonable;
    final boolean serializable;

    /** Whether its slot assignment is "manual" (#shadowroot-slot-assignment), else "named". */
    final boolean manual;

    Root(
        Element host,
        boolean open,
        boolean delegatesFocus,
        boolean clonable,
        boolean serializable,
        boolean manual) {
      this.host = host;
      this.open = open;
      this.delegatesFocus = delegatesFocus;
      this.clonable = clonable;
      this.serializable = serializable;
      this.manual = manual;
    }
  }

  /**
   * DOM #valid-shadow-host-name: the HTML elements other than custom ones that may host a shadow
   * root.
   */
  private static final Set<String> SHADOW_HOSTS =
      Set.of(
          "article",
          "aside",
          "blockquote",
          "body",
          "div",
          "footer",
          "h1",
          "h2",
          "h3",
          "h4",
          "h5",
          "h6",
          "header",
          "main",
          "nav",
          "p",
          "section",
          "span");

  private final Map<Element, Root> roots = new IdentityHashMap<>();

  /** The element's shadow root, or null if it is no shadow host. */
  Root of(Element host) {
    return roots.isEmpty() ? null : roots.get(host);
  }

  boolean any() {
    return !roots.isEmpty();
  }

  int count() {
    return roots.size();
  }

  Iterable<Root> all() {
    return roots.values();
  }

  /**
   * DOM #concept-attach-a-shadow-root (#dom-element-attachshadow), with Chromium 156's messages: an
   * HTML element with a valid shadow host name, not yet a host. (A custom element whose definition
   * disables shadow is the shim's check, before this.)
   */
  Root attach(
      Element host,
      boolean open,
      boolean delegatesFocus,
      boolean clonable,
      boolean serializable,
      boolean manual) {
    String what = "Failed to execute 'attachShadow' on 'Element': ";
    // Steps 1-2: the HTML namespace, and a valid shadow host name.
    if (!Namespaces.isHtml(host)
        || host instanceof Fragment
        || !(SHADOW_HOSTS.contains(host.normalName())
            || CustomElementNames.isValid(host.normalName()))) {
      throw new DOMException(
          what + "This element does not support attachShadow", "NotSupportedError");
    }
    // Step 4: already a shadow host (declarative shadow roots are not made here).
    if (roots.containsKey(host)) {
      throw new DOMException(
          what + "Shadow root cannot be created on a host which already hosts a shadow tree.",
          "NotSupportedError");
    }
    Root root = new Root(host, open, delegatesFocus, clonable, serializable, manual);
    roots.put(host, root);
    return root;
  }

  /** #concept-shadow-including-root: the root, and while that is a shadow root, its host's root. */
  static Node shadowIncludingRoot(Node n) {
    Node root = n.root();
    while (root instanceof Root) {
      root = ((Root) root).host.root();
    }
    return root;
  }

  /**
   * #concept-tree-host-including-inclusive-ancestor: whether {@code a} is {@code n} or one of its
   * ancestors, or (through a shadow root's host) a host-including inclusive ancestor of its root.
   * Here, where only shadow roots have hosts, it is #concept-shadow-including-inclusive-ancestor
   * too.
   */
  static boolean isHostIncludingInclusiveAncestor(Node a, Node n) {
    for (Node x = n; x != null; ) {
      if (x == a) {
        return true;
      }
      Node p = x.parentNode();
      x = p != null ? p : x instanceof Root ? ((Root) x).host : null;
    }
    return false;
  }

  /**
   * DOM #concept-retarget: {@code a} against {@code b} (null for an object that is no node): while
   * {@code a}'s root is a shadow root that is not a shadow-including inclusive ancestor of {@code
   * b}, {@code a} becomes that root's host.
   */
  static Node retarget(Node a, Node b) {
    for (Node root = a.root();
        root instanceof Root && (b == null || !isHostIncludingInclusiveAncestor(root, b));
        root = a.root()) {
      a = ((Root) root).host;
    }
    return a;
  }
}
