package io.w3socket.engine;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Attributes;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.parser.Parser;
import org.jsoup.parser.Tag;

/**
 * What the HTML parser does to the names of foreign elements (HTML #parsing-main-inforeign) that
 * jsoup 1.21.2 leaves undone. jsoup puts svg and math subtrees in their namespaces, but keeps the
 * source's case of their tag and attribute names where the tokenizer lowercases them (HTML
 * #tag-name-state, #attribute-name-state) before the tables adjust some. Also the fragment parsing
 * of innerHTML with an SVG or MathML context element, which jsoup parses as HTML.
 */
final class ForeignNames {
  private ForeignNames() {}

  /** HTML #parsing-main-inforeign, "adjust SVG tag name": the lowercased names' proper case. */
  private static final Map<String, String> SVG_TAG_NAMES =
      byLowerCase(
          "altGlyph altGlyphDef altGlyphItem animateColor animateMotion animateTransform clipPath"
              + " feBlend feColorMatrix feComponentTransfer feComposite feConvolveMatrix"
              + " feDiffuseLighting feDisplacementMap feDistantLight feDropShadow feFlood feFuncA"
              + " feFuncB feFuncG feFuncR feGaussianBlur feImage feMerge feMergeNode feMorphology"
              + " feOffset fePointLight feSpecularLighting feSpotLight feTile feTurbulence"
              + " foreignObject glyphRef linearGradient radialGradient textPath");

  /** HTML #adjust-svg-attributes. */
  private static final Map<String, String> SVG_ATTRIBUTES =
      byLowerCase(
          "attributeName attributeType baseFrequency baseProfile calcMode clipPathUnits"
              + " diffuseConstant edgeMode filterUnits glyphRef gradientTransform gradientUnits"
              + " kernelMatrix kernelUnitLength keyPoints keySplines keyTimes lengthAdjust"
              + " limitingConeAngle markerHeight markerUnits markerWidth maskContentUnits maskUnits"
              + " numOctaves pathLength patternContentUnits patternTransform patternUnits pointsAtX"
              + " pointsAtY pointsAtZ preserveAlpha preserveAspectRatio primitiveUnits refX refY"
              + " repeatCount repeatDur requiredExtensions requiredFeatures specularConstant"
              + " specularExponent spreadMethod startOffset stdDeviation stitchTiles surfaceScale"
              + " systemLanguage tableValues targetX targetY textLength viewBox viewTarget"
              + " xChannelSelector yChannelSelector zoomAndPan");

  private static Map<String, String> byLowerCase(String names) {
    Map<String, String> m = new HashMap<>();
    for (String n : names.split(" ")) {
      m.put(n.toLowerCase(Locale.ROOT), n);
    }
    return m;
  }

  /**
   * The names of the foreign elements the parser just made under {@code root} (itself included) as
   * the standard's parser gives them: tag names lowercased, then adjusted for SVG; attribute names
   * lowercased, then adjusted (#adjust-svg-attributes, #adjust-mathml-attributes); each such
   * element gets a tag of its own, without jsoup's self-closing mark.
   */
  static void fix(Node root) {
    if (!(root instanceof Element)) {
      return;
    }
    for (Element e : ((Element) root).getAllElements()) {
      String ns = e.tag().namespace();
      boolean svg = Namespaces.SVG.equals(ns);
      if (svg || Namespaces.MATHML.equals(ns)) {
        String lower = e.tagName().toLowerCase(Locale.ROOT);
        String name = svg ? SVG_TAG_NAMES.getOrDefault(lower, lower) : lower;
        e.tag(new Tag(name, ns));
        fixAttributes(e, svg);
      }
    }
  }

  private static void fixAttributes(Element e, boolean svg) {
    Attributes as = e.attributes();
    if (as.isEmpty()) {
      return;
    }
    List<String[]> adjusted = new ArrayList<>();
    boolean changed = false;
    for (Attribute a : as) {
      String lower = a.getKey().toLowerCase(Locale.ROOT);
      String key =
          svg
              ? SVG_ATTRIBUTES.getOrDefault(lower, lower)
              : lower.equals("definitionurl") ? "definitionURL" : lower;
      changed |= !key.equals(a.getKey());
      adjusted.add(new String[] {key, a.getValue()});
    }
    if (!changed) {
      return;
    }
    // The tokenizer drops an attribute whose name an earlier one has (#attribute-name-state).
    for (Attribute a : as.asList()) {
      as.remove(a.getKey());
    }
    for (String[] kv : adjusted) {
      if (!as.hasKey(kv[0])) {
        as.put(kv[0], kv[1]);
      }
    }
  }

  /**
   * HTML #parsing-html-fragments for a context element in the SVG or MathML namespace that is not
   * an integration point (#html-integration-point, #mathml-text-integration-point): the adjusted
   * current node is foreign, so the markup is parsed as the children of an svg or math element, as
   * jsoup does in a body. Null for any other context (jsoup's own fragment parsing).
   */
  static List<Node> parseFragment(String html, Element context) {
    String ns = context.tag().namespace();
    String local = context.tag().localName();
    String wrapper;
    if (Namespaces.SVG.equals(ns)
        && !local.equals("foreignObject")
        && !local.equals("desc")
        && !local.equals("title")) {
      wrapper = "svg";
    } else if (Namespaces.MATHML.equals(ns)
        && !List.of("mi", "mo", "mn", "ms", "mtext", "annotation-xml").contains(local)) {
      wrapper = "math";
    } else {
      return null;
    }
    List<Node> parsed =
        Parser.parseFragment("<" + wrapper + ">" + html, new Element("body"), context.baseUri());
    List<Node> out = new ArrayList<>();
    for (int i = 0; i < parsed.size(); i++) {
      Node n = parsed.get(i);
      if (i == 0 && n instanceof Element && ((Element) n).tagName().equals(wrapper)) {
        out.addAll(n.childNodes());
      } else {
        out.add(n);
      }
    }
    for (Node n : out) {
      n.remove();
    }
    return out;
  }
}
