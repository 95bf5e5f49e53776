package io.w3socket.engine;

import java.util.Set;
import java.util.function.Function;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.DocumentType;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.nodes.XmlDeclaration;

/**
 * HTML #serialising-html-fragments, for innerHTML and outerHTML: what the standard writes, where
 * jsoup's own serializer differs (it writes a boolean attribute without its value, `disabled` for
 * `disabled=""`, and escapes the text a script put into a script element). A template's contents
 * are serialized in place of its children ({@code contents}); for getHTML, a shadow host's shadow
 * root as a declarative one ({@code shadows}: the root to write for a host, or null). Stateless.
 */
final class HtmlSerializer {
  /** HTML #void-elements, and the obsolete ones the serializer also writes without an end tag. */
  private static final Set<String> VOID =
      Set.of(
          "area",
          "base",
          "basefont",
          "bgsound",
          "br",
          "col",
          "embed",
          "frame",
          "hr",
          "img",
          "input",
          "keygen",
          "link",
          "meta",
          "param",
          "source",
          "track",
          "wbr");

  /** The elements whose text is written as it is (step 3.3 of the text case; scripting is on). */
  private static final Set<String> RAW_TEXT =
      Set.of("style", "script", "xmp", "iframe", "noembed", "noframes", "plaintext", "noscript");

  private HtmlSerializer() {}

  /** The node's children serialized (#html-fragment-serialisation-algorithm). */
  static String children(Node node, Function<Element, Node> contents) {
    return children(node, contents, e -> null);
  }

  /**
   * The node's children serialized, a shadow host's shadow root that {@code shadows} gives first,
   * as a declarative shadow root (#html-fragment-serialisation-algorithm step 4, for getHTML).
   */
  static String children(
      Node node, Function<Element, Node> contents, Function<Element, ShadowRoots.Root> shadows) {
    StringBuilder out = new StringBuilder();
    serializeChildren(node, contents, shadows, out);
    return out.toString();
  }

  /**
   * The node itself serialized, as the only child of a fictional parent (#dom-element-outerhtml).
   */
  static String node(Node node, Function<Element, Node> contents) {
    StringBuilder out = new StringBuilder();
    serialize(node, node.parentNode(), contents, e -> null, out);
    return out.toString();
  }

  private static void serializeChildren(
      Node node,
      Function<Element, Node> contents,
      Function<Element, ShadowRoots.Root> shadows,
      StringBuilder out) {
    if (node instanceof Element && !(node instanceof ShadowRoots.Root)) {
      ShadowRoots.Root shadow = shadows.apply((Element) node);
      if (shadow != null) {
        // Step 4.3: a template start tag with the root's mode and flags, its children, the end tag.
        out.append("<template shadowrootmode=\"").append(shadow.open ? "open" : "closed");
        out.append('"');
        if (shadow.delegatesFocus) {
          out.append(" shadowrootdelegatesfocus=\"\"");
        }
        if (shadow.serializable) {
          out.append(" shadowrootserializable=\"\"");
        }
        if (shadow.clonable) {
          out.append(" shadowrootclonable=\"\"");
        }
        out.append('>');
        serializeChildren(shadow, contents, shadows, out);
        out.append("</template>");
      }
    }
    Node parent = node instanceof Element ? contentsOf((Element) node, contents) : node;
    for (Node child : parent.childNodes()) {
      serialize(child, node, contents, shadows, out);
    }
  }

  /** A template's contents (its children are not serialized), else the element itself. */
  private static Node contentsOf(Element e, Function<Element, Node> contents) {
    Node c = isHtml(e) && e.normalName().equals("template") ? contents.apply(e) : null;
    return c != null ? c : e;
  }

  private static boolean isHtml(Element e) {
    return Namespaces.HTML.equals(e.tag().namespace());
  }

  private static void serialize(
      Node node,
      Node parent,
      Function<Element, Node> contents,
      Function<Element, ShadowRoots.Root> shadows,
      StringBuilder out) {
    if (node instanceof Element) {
      Element e = (Element) node;
      // Step 3.2 (element): the local name for HTML, SVG and MathML elements, else the qualified
      // name; jsoup keeps either as the tag's name.
      String tag = e.tagName();
      out.append('<').append(tag);
      for (Attribute a : e.attributes()) {
        // The attribute's serialized name: jsoup keeps it as written (xlink:href, xmlns:...).
        out.append(' ').append(a.getKey()).append("=\"");
        escape(a.getValue(), true, out);
        out.append('"');
      }
      out.append('>');
      if (isHtml(e) && VOID.contains(e.normalName())) {
        return;
      }
      serializeChildren(e, contents, shadows, out);
      out.append("</").append(tag).append('>');
    } else if (node instanceof DataNode) {
      out.append(((DataNode) node).getWholeData());
    } else if (node instanceof TextNode) {
      String text = ((TextNode) node).getWholeText();
      if (parent instanceof Element
          && isHtml((Element) parent)
          && RAW_TEXT.contains(((Element) parent).normalName())) {
        out.append(text);
      } else {
        escape(text, false, out);
      }
    } else if (node instanceof Comment) {
      out.append("<!--").append(((Comment) node).getData()).append("-->");
    } else if (node instanceof DocumentType) {
      out.append("<!DOCTYPE ").append(((DocumentType) node).name()).append('>');
    } else if (node instanceof XmlDeclaration) {
      XmlDeclaration pi = (XmlDeclaration) node;
      out.append("<?").append(pi.name()).append(' ').append(pi.getWholeDeclaration()).append('>');
    }
  }

  /**
   * HTML #escapingString: "&", no-break spaces, and in attribute mode '"', else "<" and ">" (and
   * "<" and ">" in attribute values too, as Chromium 156 writes them).
   */
  private static void escape(String s, boolean attributeMode, StringBuilder out) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&':
          out.append("&amp;");
          break;
        case '\u00a0':
          out.append("&nbsp;");
          break;
        case '"':
          out.append(attributeMode ? "&quot;" : "\"");
          break;
        case '<':
          out.append("&lt;");
          break;
        case '>':
          out.append("&gt;");
          break;
        default:
          out.append(c);
      }
    }
  }
}
