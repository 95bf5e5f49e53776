package io.w3socket.engine;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeTraversor;

/**
 * The elements whose resource the tree's own changes may fetch, until the shim takes them: img
 * elements with a src or srcset attribute that a parser or a clone made, or that a made document's
 * tree brought into the page's (HTML #img-load: creation with a source and adoption are relevant
 * mutations, which update the image data; html-image-element.js skips those of another document),
 * and link elements a parse or a clone made or an insertion connected (#link-type-stylesheet: one
 * that becomes connected fetches its style sheet; html-link-element.js skips those not connected by
 * the time it takes them). A script's own change of an attribute is the shim's (its attribute hooks
 * in mutation-observer.js). Loop thread only, as the DOM.
 */
final class ResourceElements {
  private final List<Element> images = new ArrayList<>();
  private final List<Element> links = new ArrayList<>();

  /** A parse or a clone made {@code root}'s subtree: its img and link elements, in one walk. */
  void made(Node root) {
    NodeTraversor.traverse(
        (n, depth) -> {
          if (n instanceof Element) {
            addImage((Element) n);
            linkConnected((Element) n);
          }
        },
        root);
  }

  /**
   * A link element an insertion connected (DomNodes.insert walks the inserted subtree once, for its
   * scripts too) or a parse or clone made ({@link #made}).
   */
  void linkConnected(Element e) {
    if (isHtml(e, "link") && e.hasAttr("href") && e.hasAttr("rel")) {
      links.add(e);
    }
  }

  /** A made document's tree brought {@code root}'s subtree into the page's document. */
  void adopted(Node root) {
    if (root instanceof Element) {
      for (Element e : ((Element) root).getElementsByTag("img")) {
        addImage(e);
      }
    }
  }

  private void addImage(Element e) {
    if (isHtml(e, "img") && (e.hasAttr("src") || e.hasAttr("srcset"))) {
      images.add(e);
    }
  }

  private static boolean isHtml(Element e, String localName) {
    return Namespaces.isHtml(e) && localName.equals(Namespaces.localName(e));
  }

  boolean isEmpty() {
    return images.isEmpty() && links.isEmpty();
  }

  boolean hasImages() {
    return !images.isEmpty();
  }

  boolean hasLinks() {
    return !links.isEmpty();
  }

  /** The img elements recorded since the last call, oldest first. */
  List<Element> takeImages() {
    return take(images);
  }

  /** The link elements recorded since the last call, oldest first. */
  List<Element> takeLinks() {
    return take(links);
  }

  private static List<Element> take(List<Element> list) {
    List<Element> out = new ArrayList<>(list);
    list.clear();
    return out;
  }
}
