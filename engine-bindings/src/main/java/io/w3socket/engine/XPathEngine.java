package io.w3socket.engine;

import io.w3socket.DOMException;
import io.w3socket.engine.spi.HostError;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.namespace.NamespaceContext;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathEvaluationResult;
import javax.xml.xpath.XPathExpression;
import javax.xml.xpath.XPathExpressionException;
import javax.xml.xpath.XPathFactory;
import javax.xml.xpath.XPathFactoryConfigurationException;
import javax.xml.xpath.XPathNodes;
import org.jsoup.nodes.Node;

/**
 * XPath 1.0 (W3C XPath 1.0) for XPathExpression's evaluate (DOM #dom-xpathexpression-evaluate) with
 * the JDK's own engine (javax.xml.xpath, its default implementation, not one a class path
 * provides), over {@link XPathView}'s W3C DOM of the page's trees. The engine runs with secure
 * processing on and no function resolver, and XPathSyntax lets only the core functions through, so
 * no expression calls an extension function or reaches outside the tree; a variable is the empty
 * string, as in Chromium. Compiled expressions are kept (the last 64) by their text and namespace
 * bindings. Loop thread only.
 */
final class XPathEngine {
  /** DOM #interface-xpathresult's result types (ANY_TYPE is 0). */
  static final int NUMBER_TYPE = 1;

  static final int STRING_TYPE = 2;
  static final int BOOLEAN_TYPE = 3;
  static final int UNORDERED_NODE_ITERATOR_TYPE = 4;
  static final int FIRST_ORDERED_NODE_TYPE = 9;

  private static final int KEPT = 64;

  /** A namespace no node has (engineNamespace). */
  private static final String UNMATCHED_NAMESPACE = "urn:x-w3socket:unmatched-namespace";

  /** The JDK's limits on an expression's size, lifted where the JDK lets them be (Java 18+). */
  private static final String[] LIMITS = {
    "jdk.xml.xpathExprGrpLimit", "jdk.xml.xpathExprOpLimit", "jdk.xml.xpathTotalOpLimit"
  };

  private final DomNodes dom;
  private final XPathView view;
  private final XPathFactory factory;

  private final Map<String, XPathExpression> compiled =
      new LinkedHashMap<>(16, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, XPathExpression> eldest) {
          return size() > KEPT;
        }
      };

  XPathEngine(DomNodes dom) {
    this.dom = dom;
    this.view = new XPathView(dom);
    this.factory = XPathFactory.newDefaultInstance();
    try {
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    } catch (XPathFactoryConfigurationException e) {
      throw new IllegalStateException(e);
    }
    liftLimits(factory);
  }

  /**
   * XPathFactory.setProperty (Java 18+) for each limit, "0" being none: Chromium has none. Java 17
   * keeps them (an expression of more than 100 operators or 10 nested groups does not compile).
   */
  private static void liftLimits(XPathFactory factory) {
    try {
      Method set = XPathFactory.class.getMethod("setProperty", String.class, String.class);
      for (String limit : LIMITS) {
        set.invoke(factory, limit, "0");
      }
    } catch (ReflectiveOperationException | RuntimeException e) {
      // Java 17, or an engine without them: the JDK's limits stay.
    }
  }

  XPathView view() {
    return view;
  }

  /**
   * Parses {@code expression} (#dom-xpathevaluatorbase-createexpression): with no {@code bindings}
   * yet, the prefixes it uses (each use) for the caller to resolve, if it uses any; else it is
   * compiled with those bindings (prefix, namespace, ...) and nothing is returned.
   *
   * @param what the operation, for the messages ("execute 'evaluate' on 'Document'")
   */
  List<String> parse(String expression, List<String> bindings, String what) {
    XPathSyntax syntax = read(expression, what);
    if (bindings == null && !syntax.prefixes().isEmpty()) {
      return syntax.prefixes();
    }
    compile(expression, bindings == null ? List.of() : bindings, null, what);
    return List.of();
  }

  /**
   * #dom-xpathexpression-evaluate: the expression (parsed with those bindings) evaluated with the
   * context node, converted to the result type asked for (DOM Level 3 XPath's conversions, as
   * Chromium makes them; a type not in the list is ANY_TYPE): [result type, value], or for a node
   * set the result type then its nodes in document order, each a handle followed by null or, for an
   * attribute, its name (the handle its element's; -1 for the context attribute of no element).
   */
  List<Object> evaluate(
      String expression, List<String> bindings, org.w3c.dom.Node context, int type, String what) {
    XPathExpression x = compile(expression, bindings, root(context), what);
    try {
      switch (type) {
        case NUMBER_TYPE:
          return List.of((double) type, x.evaluate(context, XPathConstants.NUMBER));
        case STRING_TYPE:
          return List.of((double) type, x.evaluate(context, XPathConstants.STRING));
        case BOOLEAN_TYPE:
          return List.of((double) type, x.evaluate(context, XPathConstants.BOOLEAN));
        default:
          return any(x.evaluateExpression(context, XPathEvaluationResult.class), type, what);
      }
    } catch (XPathExpressionException e) {
      throw new DOMException(
          "Failed to " + what + ": Type conversion failed while evaluating the expression.",
          DOMException.SYNTAX_ERROR);
    }
  }

  private List<Object> any(XPathEvaluationResult<?> r, int type, String what) {
    boolean nodeType = type >= UNORDERED_NODE_ITERATOR_TYPE && type <= FIRST_ORDERED_NODE_TYPE;
    double nodesType = nodeType ? type : UNORDERED_NODE_ITERATOR_TYPE;
    switch (r.type()) {
      case NODESET:
        return nodes(nodesType, (XPathNodes) r.value());
      case NODE:
        return nodes(nodesType, List.of((org.w3c.dom.Node) r.value()));
      default:
        break;
    }
    if (nodeType) {
      throw HostError.typeError(
          "Failed to "
              + what
              + ": The result is not a node set, and therefore cannot be converted to the desired"
              + " type.");
    }
    switch (r.type()) {
      case NUMBER:
        return List.of((double) NUMBER_TYPE, ((Number) r.value()).doubleValue());
      case BOOLEAN:
        return List.of((double) BOOLEAN_TYPE, r.value());
      default:
        return List.of((double) STRING_TYPE, String.valueOf(r.value()));
    }
  }

  /**
   * The result type, then the nodes' handles, each followed by null or, for an attribute, its name
   * (the handle its element's). The W3C DOM keeps an element's attributes in the order of their
   * names: each element's among the nodes are put back in the element's order, Chromium's.
   */
  private List<Object> nodes(double type, Iterable<org.w3c.dom.Node> list) {
    List<Object> out = new ArrayList<>();
    out.add(type);
    Node element = null;
    List<String> names = new ArrayList<>();
    for (org.w3c.dom.Node n : list) {
      Node owner = null;
      if (n.getNodeType() == org.w3c.dom.Node.ATTRIBUTE_NODE) {
        org.w3c.dom.Element e = ((org.w3c.dom.Attr) n).getOwnerElement();
        owner = e == null ? null : XPathView.source(e);
      }
      if (owner != element || owner == null) {
        addAttributes(out, element, names);
      }
      element = owner;
      if (n.getNodeType() == org.w3c.dom.Node.ATTRIBUTE_NODE) {
        names.add(n.getNodeName());
        continue;
      }
      Node source = XPathView.source(n);
      if (source != null) {
        out.add((double) dom.handle(source));
        out.add(null);
      }
    }
    addAttributes(out, element, names);
    return out;
  }

  /** Adds the element's attributes of those names (-1 for none: the lone context attribute). */
  private void addAttributes(List<Object> out, Node element, List<String> names) {
    if (names.isEmpty()) {
      return;
    }
    if (element != null) {
      List<String> order = new ArrayList<>();
      element.attributes().forEach(a -> order.add(a.getKey()));
      names.sort(Comparator.comparingInt(order::indexOf));
    }
    double handle = element == null ? -1 : dom.handle(element);
    for (String name : names) {
      out.add(handle);
      out.add(name);
    }
    names.clear();
  }

  private static XPathSyntax read(String expression, String what) {
    try {
      return XPathSyntax.read(expression);
    } catch (XPathSyntax.Invalid e) {
      throw notValid(expression, what);
    }
  }

  /** The expression compiled for the engine with those bindings, kept for the next time. */
  private XPathExpression compile(
      String expression, List<String> bindings, String root, String what) {
    String key = root + '\u0000' + expression + '\u0000' + String.join("\u0000", bindings);
    XPathExpression x = compiled.get(key);
    if (x != null) {
      return x;
    }
    XPathSyntax syntax = read(expression, what);
    Map<String, String> namespaces = new HashMap<>();
    for (int i = 0; i + 1 < bindings.size(); i += 2) {
      namespaces.putIfAbsent(bindings.get(i), engineNamespace(bindings.get(i + 1)));
    }
    String html = syntax.unusedPrefix("h");
    XPath xpath = factory.newXPath();
    xpath.setNamespaceContext(new Bindings(namespaces, html));
    // Chromium's variables are unbound: each reads as the empty string.
    xpath.setXPathVariableResolver(name -> "");
    try {
      x = xpath.compile(syntax.rewrite(html, namespaces, root));
    } catch (XPathExpressionException e) {
      throw notValid(expression, what);
    }
    compiled.put(key, x);
    return x;
  }

  /**
   * A resolved namespace as the engine can take it: one that does not begin with an ASCII letter
   * (the empty string, "5") it cannot (the empty string is no namespace to it, and it reads others
   * as tokens of the expression); those are no element's or attribute's namespace here, so one that
   * is no node's stands for them.
   */
  private static String engineNamespace(String namespace) {
    char c = namespace.isEmpty() ? '0' : namespace.charAt(0);
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ? namespace : UNMATCHED_NAMESPACE;
  }

  /**
   * Where an absolute location path starts from the context node (DOM Level 3 XPath's evaluation,
   * as Chromium's): a connected node's document, else the root of its tree, its topmost ancestor;
   * an attribute's its own self, having no parent in the DOM. The engine's "/" is the root of the
   * tree when that is a document or fragment (null); else a relative path selects it.
   */
  private static String root(org.w3c.dom.Node context) {
    if (context.getNodeType() == org.w3c.dom.Node.ATTRIBUTE_NODE) {
      return "self::node()";
    }
    org.w3c.dom.Node root = context;
    while (root.getParentNode() != null) {
      root = root.getParentNode();
    }
    short type = root.getNodeType();
    return type == org.w3c.dom.Node.DOCUMENT_NODE || type == org.w3c.dom.Node.DOCUMENT_FRAGMENT_NODE
        ? null
        : "ancestor-or-self::node()[last()]";
  }

  private static DOMException notValid(String expression, String what) {
    return new DOMException(
        "Failed to " + what + ": The string '" + expression + "' is not a valid XPath expression.",
        DOMException.SYNTAX_ERROR);
  }

  /** The resolver's namespaces, and the prefix of the HTML namespace the rewrite uses. */
  private static final class Bindings implements NamespaceContext {
    private final Map<String, String> namespaces;
    private final String html;

    Bindings(Map<String, String> namespaces, String html) {
      this.namespaces = namespaces;
      this.html = html;
    }

    @Override
    public String getNamespaceURI(String prefix) {
      if (prefix.equals(html)) {
        return Namespaces.HTML;
      }
      String ns = namespaces.get(prefix);
      return ns == null ? XMLConstants.NULL_NS_URI : ns;
    }

    @Override
    public String getPrefix(String namespaceURI) {
      return null;
    }

    @Override
    public Iterator<String> getPrefixes(String namespaceURI) {
      return Collections.emptyIterator();
    }
  }
}
