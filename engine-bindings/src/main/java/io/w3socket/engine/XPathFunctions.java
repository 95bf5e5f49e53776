package io.w3socket.engine;

import org.jsoup.nodes.Element;

/**
 * XPath for the shim's xpath-*.js (DOM #interface-xpathevaluator, #interface-xpathexpression):
 * parsing and evaluating expressions with the JDK's engine ({@link XPathEngine}), made when a page
 * first uses one, over the page's DOM ({@link DomNodes}); nodes cross as handles. Loop thread.
 */
final class XPathFunctions implements HostArea {
  private final DomNodes dom;
  private XPathEngine engine;

  XPathFunctions(DomNodes dom) {
    this.dom = dom;
  }

  @Override
  public void register(HostRegistry r) {
    // (expression, bindings or null, what): the prefixes to resolve, or [] once compiled.
    r.add(
        "xpathParse",
        a -> engine().parse(a.string(0), a.isNull(1) ? null : a.strings(1), a.string(2)));
    // (expression, bindings, context handle, attribute name or null, its value, type, what).
    r.add(
        "xpathEvaluate",
        a -> {
          XPathEngine e = engine();
          String attribute = a.stringOrNull(3);
          int handle = a.integer(2);
          org.w3c.dom.Node context =
              handle < 0
                  ? e.view().loneAttribute(attribute, a.string(4))
                  : attribute != null
                      ? e.view().attribute((Element) dom.node(handle), attribute)
                      : e.view().node(dom.node(handle));
          return e.evaluate(a.string(0), a.strings(1), context, a.integer(5), a.string(6));
        });
  }

  private XPathEngine engine() {
    if (engine == null) {
      engine = new XPathEngine(dom);
    }
    return engine;
  }
}
