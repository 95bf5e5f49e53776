package io.w3socket.engine;

import io.w3socket.DOMException;
import java.util.Locale;
import org.jsoup.nodes.Element;
import org.jsoup.parser.ParseSettings;
import org.jsoup.parser.Parser;
import org.jsoup.parser.Tag;

/**
 * Elements' and attributes' namespaces (DOM #concept-element-namespace, Infra #namespaces) on the
 * jsoup tree: an element's namespace is its jsoup {@link Tag}'s (the null namespace kept as ""),
 * its qualified name the tag's name, split at the first ":" into prefix and local name.
 */
final class Namespaces {
  static final String HTML = Parser.NamespaceHtml;
  static final String SVG = Parser.NamespaceSvg;
  static final String MATHML = Parser.NamespaceMathml;
  static final String XML = "http://www.w3.org/XML/1998/namespace";
  static final String XMLNS = "http://www.w3.org/2000/xmlns/";

  private Namespaces() {}

  /** DOM #concept-element-namespace: the element's namespace, or null. */
  static String namespace(Element e) {
    String ns = e.tag().namespace();
    return ns == null || ns.isEmpty() ? null : ns;
  }

  static boolean isHtml(Element e) {
    return HTML.equals(e.tag().namespace());
  }

  /** DOM #concept-element-local-name. */
  static String localName(Element e) {
    return e.tag().localName();
  }

  /** DOM #concept-element-namespace-prefix, or null. */
  static String prefix(Element e) {
    String p = e.tag().prefix();
    return p == null || p.isEmpty() ? null : p;
  }

  /**
   * DOM #element-html-uppercased-qualified-name (tagName and nodeName): the qualified name,
   * uppercased for an element in the HTML namespace (this is an HTML document), else as it is.
   */
  static String htmlUppercasedQualifiedName(Element e) {
    String q = e.tagName();
    return isHtml(e) ? q.toUpperCase(Locale.ROOT) : q;
  }

  /**
   * DOM #dom-document-createelementns (#internal-createelementns-steps): an element of the
   * namespace and qualified name, after #validate-and-extract; no custom elements here.
   */
  static Element createElementNS(String namespace, String qualifiedName) {
    String[] extracted =
        validateAndExtract(namespace, qualifiedName, "'createElementNS' on 'Document'", true);
    String ns = extracted[0] == null ? "" : extracted[0];
    String name = extracted[1] == null ? extracted[2] : extracted[1] + ":" + extracted[2];
    // An HTML element takes jsoup's HTML tag (a void element serializes without an end tag); any
    // other a tag of its own, so no flag the parser set on a shared tag applies to it.
    Tag tag =
        ns.equals(HTML) ? Tag.valueOf(name, HTML, ParseSettings.preserveCase) : new Tag(name, ns);
    return new Element(tag, "");
  }

  /**
   * DOM #validate-and-extract: {namespace, prefix, localName}, or the DOMException Chromium 156
   * throws (its messages).
   *
   * @param what the operation, for the message ("'createElementNS' on 'Document'")
   * @param element whether the name is an element's (#valid-element-local-name) or an attribute's
   *     (#valid-attribute-local-name)
   */
  static String[] validateAndExtract(
      String namespace, String qualifiedName, String what, boolean element) {
    // Step 1: the empty string is the null namespace.
    if (namespace != null && namespace.isEmpty()) {
      namespace = null;
    }
    String failed = "Failed to execute " + what + ": ";
    if (qualifiedName.isEmpty()) {
      throw new DOMException(
          failed + "The qualified name provided is empty.", "InvalidCharacterError");
    }
    // Steps 2-4: strictly split on ":", prefix the first part and local name the second (Chromium
    // 156 drops any third part: "a:b:c" is "a:b").
    String prefix = null;
    String localName = qualifiedName;
    int colon = qualifiedName.indexOf(':');
    if (colon >= 0) {
      prefix = qualifiedName.substring(0, colon);
      int next = qualifiedName.indexOf(':', colon + 1);
      localName = qualifiedName.substring(colon + 1, next < 0 ? qualifiedName.length() : next);
      if (prefix.isEmpty()) {
        throw new DOMException(
            failed
                + "The qualified name provided ('"
                + qualifiedName
                + "') has an empty namespace prefix.",
            "InvalidCharacterError");
      }
      if (localName.isEmpty()) {
        throw new DOMException(
            failed
                + "The qualified name provided ('"
                + qualifiedName
                + "') has an empty local name.",
            "InvalidCharacterError");
      }
      // Step 4.4: #valid-namespace-prefix.
      checkCharacters(qualifiedName, prefix, 0, failed);
    }
    // Steps 5-6: #valid-element-local-name or #valid-attribute-local-name.
    checkCharacters(qualifiedName, localName, element ? 1 : 2, failed);
    String notValid =
        element
            ? failed
                + "The namespace URI provided ('"
                + (namespace == null ? "" : namespace)
                + "') is not valid for the qualified name provided ('"
                + qualifiedName
                + "')."
            : failed
                + "'"
                + (namespace == null ? "" : namespace)
                + "' is an invalid namespace for attributes.";
    // Step 7: a prefix without a namespace.
    // Step 8: the prefix xml only in the XML namespace.
    // Step 9: xmlns (the name or the prefix) only in the XMLNS namespace.
    // Step 10: the XMLNS namespace only for xmlns (the name or the prefix).
    boolean xmlns = "xmlns".equals(qualifiedName) || "xmlns".equals(prefix);
    if ((prefix != null && namespace == null)
        || ("xml".equals(prefix) && !XML.equals(namespace))
        || (xmlns && !XMLNS.equals(namespace))
        || (XMLNS.equals(namespace) && !xmlns)) {
      throw new DOMException(notValid, "NamespaceError");
    }
    return new String[] {namespace, prefix, localName};
  }

  /**
   * An InvalidCharacterError naming the first character of {@code part} that its rule does not
   * allow: 0, #valid-namespace-prefix (none of ASCII whitespace, NULL, "/", ">"); 1,
   * #valid-element-local-name; 2, #valid-attribute-local-name (nor "=").
   */
  private static void checkCharacters(String qualifiedName, String part, int rule, String failed) {
    boolean alphaFirst = isAsciiAlpha(part.charAt(0));
    for (int i = 0; i < part.length(); i++) {
      char c = part.charAt(i);
      boolean ok;
      if (rule == 1 && !alphaFirst) {
        // #valid-element-local-name step 3: ":", "_" or a non-ASCII code point first, then ASCII
        // alphanumerics, "-", ".", ":", "_" or non-ASCII code points.
        ok =
            c == ':'
                || c == '_'
                || c >= 0x80
                || (i > 0 && (isAsciiAlpha(c) || (c >= '0' && c <= '9') || c == '-' || c == '.'));
      } else {
        ok =
            c != '\t'
                && c != '\n'
                && c != '\f'
                && c != '\r'
                && c != ' '
                && c != 0
                && c != '/'
                && c != '>'
                && (rule != 2 || c != '=');
      }
      if (!ok) {
        throw new DOMException(
            failed
                + "The qualified name provided ('"
                + qualifiedName
                + "') contains the invalid character '"
                + c
                + "'.",
            "InvalidCharacterError");
      }
    }
  }

  private static boolean isAsciiAlpha(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }
}
