package io.w3socket.engine;

import io.w3socket.engine.DomNodes.Fragment;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.parser.Parser;

/**
 * The template contents of template elements (HTML #template-contents): a DocumentFragment per
 * template, holding what the parser put inside the element, never the element's children. jsoup
 * parses a template's contents as its children; {@link #adopt} moves them into the fragment after
 * each parse. Serializing writes them in place of the element's children (HtmlSerializer, HTML
 * #serialising-html-fragments step 3), and a deep clone copies them (#the-template-element's
 * cloning steps). Loop thread only, as the DOM.
 */
final class TemplateContents {
  private final Map<Element, Fragment> contents = new IdentityHashMap<>();

  /**
   * #dom-template-content: the template's contents, an empty fragment for a template made by a
   * script.
   */
  Fragment of(Element template) {
    return contents.computeIfAbsent(template, t -> new Fragment());
  }

  static boolean isTemplate(Node n) {
    return n instanceof Element
        && !(n instanceof Fragment)
        && ((Element) n).nameIs("template")
        && Namespaces.isHtml((Element) n);
  }

  /**
   * The templates the parser just made under {@code root} (itself included): each one's children
   * leave it for its contents, nested templates' too.
   */
  void adopt(Node root) {
    if (!(root instanceof Element)) {
      return;
    }
    for (Element t : ((Element) root).getElementsByTag("template")) {
      if (isTemplate(t) && t.childNodeSize() > 0) {
        Fragment f = of(t);
        for (Node child : new ArrayList<>(t.childNodes())) {
          f.appendChild(child);
        }
        adopt(f);
      }
    }
  }

  /**
   * HTML #parsing-html-fragments with a template as the context, for its innerHTML: the nodes
   * replace the template's contents (#dom-element-innerhtml step 3).
   */
  Fragment replace(Element template, String html) {
    Fragment f = of(template);
    f.empty();
    for (Node n : Parser.parseFragment(html, template, template.baseUri())) {
      f.appendChild(n);
      ForeignNames.fix(n);
    }
    adopt(f);
    return f;
  }

  /**
   * The cloning steps for the templates of a deep clone: each copy's contents are a deep copy of
   * its original's (templates in both trees match in document order, as a clone keeps it).
   */
  void cloned(Node original, Node copy) {
    if (contents.isEmpty() || !(original instanceof Element)) {
      return;
    }
    List<Element> from = ((Element) original).getElementsByTag("template");
    List<Element> to = ((Element) copy).getElementsByTag("template");
    for (int i = 0; i < from.size() && i < to.size(); i++) {
      Fragment f = contents.get(from.get(i));
      if (f != null && f.childNodeSize() > 0) {
        Fragment c = of(to.get(i));
        for (Node n : f.childNodes()) {
          Node child = n.clone();
          c.appendChild(child);
          cloned(n, child);
        }
      }
    }
  }

  /** The template's contents if it has any, else null (HtmlSerializer). */
  Fragment contentsIfAny(Element template) {
    return contents.get(template);
  }
}
