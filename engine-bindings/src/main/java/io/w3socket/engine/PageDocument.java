package io.w3socket.engine;

import io.w3socket.WhatwgUrl;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;

/**
 * The page's document, parsed by jsoup (an HTML5 parser): the scripts to run in document order, the
 * elements {@code document.getElementById} returns (by handle) and the element a click hits.
 */
final class PageDocument {
  /** A classic or module script of the page: inline text or a {@code src} reference. */
  static final class Script {
    final Element element;
    final String inline;
    final String src;

    /** The 1-based line of the page the inline text starts on. */
    final int line;

    /** Whether the script is inside the body (it runs after the body's onload is set). */
    final boolean inBody;

    /** Whether it is a module script ({@code type=module}, HTML #the-script-element). */
    final boolean module;

    /** Whether it is an import map ({@code type=importmap}, HTML #the-script-element). */
    final boolean importMap;

    /**
     * Whether a classic script has {@code nomodule}: a browser that runs module scripts skips it
     * (HTML #prepare-the-script-element).
     */
    final boolean noModule;

    /**
     * Whether it runs once the page is parsed (HTML #the-script-element: an external classic script
     * with defer and without async; a module script, inline or not: an async one too here, where a
     * browser may run it as soon as its modules are fetched).
     */
    final boolean deferred;

    Script(Element element, String inline, String src, int line, boolean inBody, String kind) {
      this.element = element;
      this.inline = inline;
      this.src = src;
      this.line = line;
      this.inBody = inBody;
      this.module = kind.equals("module");
      this.importMap = kind.equals("importmap");
      this.noModule = kind.equals("classic") && element.hasAttr("nomodule");
      this.deferred =
          module || (src != null && element.hasAttr("defer") && !element.hasAttr("async"));
    }
  }

  /** Where a click goes: an element, and a link's {@code javascript:} URL to run after it. */
  static final class ClickTarget {
    final int handle;
    final String javascriptUrl;

    ClickTarget(int handle, String javascriptUrl) {
      this.handle = handle;
      this.javascriptUrl = javascriptUrl;
    }
  }

  private final Document doc;

  /** The node handles shared with the DOM the shim builds on this tree. */
  private final DomNodes nodes;

  /** document.write and its insertion point. */
  private final DynamicMarkup markup;

  /**
   * baseUrl's last answer, the tree's change count and the document URL it is for (loop thread).
   */
  private String base;

  private int baseVersion = -1;
  private String baseFor;

  private PageDocument(Document doc) {
    this.doc = doc;
    this.nodes = new DomNodes(doc);
    this.markup = new DynamicMarkup(doc, nodes);
  }

  DomNodes nodes() {
    return nodes;
  }

  DynamicMarkup markup() {
    return markup;
  }

  /** Parses an HTML page, keeping source positions for error line numbers. */
  static PageDocument parse(String html, String baseUri) {
    Parser parser = Parser.htmlParser().setTrackPosition(true);
    Document doc = Jsoup.parse(html, baseUri, parser);
    moveTrailingWhitespaceIntoBody(doc);
    return new PageDocument(doc);
  }

  /**
   * HTML #the-after-after-body-insertion-mode: whitespace after {@code </html>} is processed as in
   * body, so appended to the body (to its last text node, #insert-a-character); jsoup leaves it a
   * child of the document.
   */
  private static void moveTrailingWhitespaceIntoBody(Document doc) {
    Element body = doc.body();
    Element html = doc.selectFirst("html");
    if (body == null || html == null || html.parent() != doc) {
      return;
    }
    for (Node n = html.nextSibling(); n != null; ) {
      Node next = n.nextSibling();
      if (n instanceof TextNode && ((TextNode) n).isBlank()) {
        Node last = body.childNodeSize() == 0 ? null : body.childNode(body.childNodeSize() - 1);
        if (last instanceof TextNode) {
          ((TextNode) last).text(((TextNode) last).getWholeText() + ((TextNode) n).getWholeText());
          n.remove();
        } else {
          body.appendChild(n);
        }
      }
      n = next;
    }
  }

  /** An empty document, for scripts run without a page. */
  static PageDocument empty(String baseUri) {
    return new PageDocument(Document.createShell(baseUri));
  }

  /**
   * The page's classic and module scripts and import maps in document order (HTML
   * #the-script-element: JavaScript MIME types, {@code module} and {@code importmap}; other types
   * are data blocks).
   */
  List<Script> scripts() {
    List<Script> out = new ArrayList<>();
    for (Element e : doc.getElementsByTag("script")) {
      String type = e.attr("type").trim();
      String kind =
          type.equalsIgnoreCase("module")
              ? "module"
              : type.equalsIgnoreCase("importmap")
                  ? "importmap"
                  : isClassicJavaScript(type) ? "classic" : null;
      if (kind == null) {
        continue;
      }
      boolean inBody = doc.body() != null && e.parents().contains(doc.body());
      if (e.hasAttr("src")) {
        out.add(new Script(e, null, e.attr("src"), 0, inBody, kind));
        continue;
      }
      int line = 1;
      for (Node child : e.childNodes()) {
        if (child instanceof DataNode && child.sourceRange().isTracked()) {
          line = child.sourceRange().start().lineNumber();
          break;
        }
      }
      out.add(new Script(e, e.data(), null, line, inBody, kind));
    }
    return out;
  }

  /**
   * HTML #document-base-url: the frozen base URL of the first base element with an href in the tree
   * (its href parsed against the document's URL, #frozen-base-url), else the document's URL
   * (#fallback-base-url).
   *
   * @param documentUrl the document's URL now
   * @return the base URL
   */
  String baseUrl(String documentUrl) {
    // Asked by every URL a script resolves (fetch, href, a socket): the tree is searched again
    // only after it changed (the change count the live collections use) or the document's URL did.
    if (baseVersion != nodes.version() || !documentUrl.equals(baseFor)) {
      base = findBaseUrl(documentUrl);
      baseVersion = nodes.version();
      baseFor = documentUrl;
    }
    return base;
  }

  private String findBaseUrl(String documentUrl) {
    Element element = doc.selectFirst("base[href]");
    if (element != null) {
      try {
        return WhatwgUrl.parse(element.attr("href"), documentUrl).href();
      } catch (IllegalArgumentException e) {
        // #frozen-base-url step 3: a failure is the fallback base URL.
      }
    }
    return documentUrl;
  }

  /** Whether the body element has an attribute whose name begins with "on" (a handler's, maybe). */
  boolean bodyHasHandlerAttributes() {
    Element body = doc.body();
    return body != null && !DomNodes.onAttributes(body).isEmpty();
  }

  static boolean isClassicJavaScript(String type) {
    String t = type.trim().toLowerCase(Locale.ROOT);
    int semi = t.indexOf(';');
    if (semi >= 0) {
      t = t.substring(0, semi).trim();
    }
    return t.isEmpty()
        || t.equals("text/javascript")
        || t.equals("application/javascript")
        || t.equals("text/ecmascript")
        || t.equals("application/ecmascript")
        || t.equals("text/jscript")
        || t.equals("application/x-javascript")
        || t.equals("text/x-javascript");
  }

  /**
   * Finds the element labelled {@code text} (its text or {@code value}) that a click goes to: of
   * the innermost labelled elements (one that holds another labelled element is only its frame, as
   * Playwright's text selectors take the smallest element too), the first in document order that a
   * click does something for — it or an ancestor has an {@code onclick} attribute, or it is in a
   * {@code javascript:} link — else the first, whose listeners a script may have added.
   *
   * @return the target, or null when no element matches
   */
  ClickTarget clickTarget(String text) {
    String wanted = normalize(text);
    List<Element> innermost = new ArrayList<>();
    for (Element e : doc.getAllElements()) {
      if (e == doc) {
        continue; // jsoup's Document is an Element too; its text is the whole page's
      }
      boolean labelled =
          normalize(e.text()).equals(wanted)
              || (e.hasAttr("value") && normalize(e.attr("value")).equals(wanted));
      if (labelled) {
        // In document order an element comes before its descendants: a labelled one inside the
        // last kept one replaces it.
        int last = innermost.size() - 1;
        if (last >= 0 && e.parents().contains(innermost.get(last))) {
          innermost.set(last, e);
        } else {
          innermost.add(e);
        }
      }
    }
    for (Element e : innermost) {
      String js = javascriptUrl(e);
      if (js != null || hasOnclick(e)) {
        return new ClickTarget(handle(e), js);
      }
    }
    return innermost.isEmpty() ? null : new ClickTarget(handle(innermost.get(0)), null);
  }

  /**
   * The script of the link a click on {@code e} activates, if that is a {@code javascript:} URL:
   * HTML #activation-behaviour — the click's activation target is the nearest element on its path
   * that has one, here an {@code a} with an {@code href} (#the-a-element).
   */
  private static String javascriptUrl(Element e) {
    for (Element n = e; n != null; n = n.parent()) {
      if (n.tagName().equals("a") && n.hasAttr("href")) {
        String href = n.attr("href").trim();
        return href.regionMatches(true, 0, "javascript:", 0, 11) ? href.substring(11) : null;
      }
    }
    return null;
  }

  private static boolean hasOnclick(Element e) {
    for (Element n = e; n != null; n = n.parent()) {
      if (n.hasAttr("onclick")) {
        return true;
      }
    }
    return false;
  }

  private static String normalize(String s) {
    return s.trim().replaceAll("\\s+", " ");
  }

  private int handle(Element e) {
    return nodes.handle(e);
  }

  private Element element(int handle) {
    return nodes.element(handle);
  }

  String attribute(int handle, String name) {
    return nodes.attribute(handle, name);
  }

  /** DOM #dom-element-tagname: the HTML-uppercased qualified name. */
  String tagName(int handle) {
    return Namespaces.htmlUppercasedQualifiedName(element(handle));
  }

  String text(int handle) {
    return element(handle).text();
  }

  /** Sets the text content; returns the element's new text if it is in the document, else null. */
  String setText(int handle, String text) {
    Element e = element(handle);
    nodes.setTextContent(handle, text);
    return nodes.isConnected(e) && shown(e) ? e.text() : null;
  }

  /**
   * Whether an element's text is part of what a page shows: not that of a style sheet, a script, a
   * template or the document's head (HTML #hidden-elements: display none), which a script changes
   * without the page showing anything.
   */
  private static boolean shown(Element e) {
    for (Element a = e; a != null; a = a.parent()) {
      if (Namespaces.isHtml(a)) {
        switch (Namespaces.localName(a)) {
          case "head":
          case "style":
          case "script":
          case "template":
          case "title":
            return false;
          default:
            break;
        }
      }
    }
    return true;
  }

  String html(int handle) {
    return nodes.innerHtml(handle);
  }

  /**
   * Replaces the children with parsed HTML; returns the element's new text if it is in the
   * document, else null. With {@code declarative} (HTML #dom-element-sethtmlunsafe), the parse's
   * templates with a shadowrootmode become declarative shadow roots.
   */
  String setHtml(int handle, String html, boolean declarative) {
    Element e = element(handle);
    if (TemplateContents.isTemplate(e)) {
      nodes.setTemplateHtml(e, html);
      return null; // a template's contents are not its text
    }
    // HTML #parsing-html-fragments: an SVG or MathML context parses foreign content; a shadow
    // root's context is its host (#dom-shadowroot-innerhtml).
    Element context = e instanceof ShadowRoots.Root ? ((ShadowRoots.Root) e).host : e;
    List<Node> old = nodes.replacingChildren(e);
    List<Node> foreign = ForeignNames.parseFragment(html, context);
    if (foreign == null && context != e) {
      e.empty();
      e.appendChildren(Parser.parseFragment(html, context, context.baseUri()));
    } else if (foreign == null) {
      e.html(html);
    } else {
      e.empty();
      e.appendChildren(foreign);
    }
    for (Node n : new ArrayList<>(e.childNodes())) {
      nodes.parsed(n);
    }
    if (declarative) {
      nodes.declarativeShadowRoots(e, e);
    }
    // HTML #parsing-html-fragments: the scripts a fragment parse makes are already started.
    nodes.markStarted(e);
    nodes.changed();
    nodes.replacedChildren(e, old);
    nodes.parsedInto(e);
    // A shadow root's text is no element's: not printed.
    return context == e && nodes.isConnected(e) && shown(e) ? e.text() : null;
  }
}
