package io.w3socket.engine;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;

/**
 * The img elements with a src or srcset attribute that a parser or a clone made, or that a made
 * document's tree brought into the page's (HTML #img-load: creation with a source and adoption are
 * relevant mutations, which update the image data), in order, until the shim takes them
 * (html-image-element.js skips those of another document); a script's own change of src or srcset
 * is the shim's (its attribute hooks in mutation-observer.js). Loop thread only, as the DOM.
 */
final class MadeImages {
  private final List<Element> made = new ArrayList<>();

  /** The img elements under {@code root} (itself included) that have a src or srcset attribute. */
  void made(Node root) {
    if (!(root instanceof Element)) {
      return;
    }
    for (Element e : ((Element) root).getElementsByTag("img")) {
      if (Namespaces.isHtml(e)
          && "img".equals(Namespaces.localName(e))
          && (e.hasAttr("src") || e.hasAttr("srcset"))) {
        made.add(e);
      }
    }
  }

  boolean isEmpty() {
    return made.isEmpty();
  }

  /** Those made since the last call, oldest first. */
  List<Element> take() {
    List<Element> out = new ArrayList<>(made);
    made.clear();
    return out;
  }
}
