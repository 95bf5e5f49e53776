package io.w3socket.engine;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Node's comparisons (node-comparison.js, NodeComparison): the page prints what headless Chromium
 * 156 printed for it, in both engines.
 */
class NodeComparisonTest {
  @TempDir Path dir;

  /**
   * compareDocumentPosition (its constants; preceding, following, containing, contained, two
   * detached nodes ordered one way and the same each time, attributes of one element and against
   * nodes, its TypeErrors), isEqualNode (clones, an attribute changed, an extra empty text, the
   * attributes' order not counting, doctypes, Attrs, fragments), and the namespace lookups (HTML,
   * SVG, a prefix bound by an xmlns: attribute, the xml and xmlns prefixes, a doctype, an Attr).
   */
  @ParameterizedTest
  @EnumSource(JsEngine.class)
  void comparisonsAndLookupsAsChromiumHasThem(JsEngine engine) throws Exception {
    Runs.assertPagePrints(
        dir,
        "compare.html",
        engine,
"""
<!DOCTYPE html><html><body><div id="a"><p id="p1">one<b id="b">bold</b></p><p id="p2" class="x" title="t">two</p></div>
<svg id="s"><g id="g"></g></svg>
<script>
function log() { console.log(Array.prototype.join.call(arguments, ' ')); }
var a = document.getElementById('a'), p1 = document.getElementById('p1'), p2 = document.getElementById('p2'), b = document.getElementById('b');
log(Node.DOCUMENT_POSITION_DISCONNECTED, Node.DOCUMENT_POSITION_PRECEDING, Node.DOCUMENT_POSITION_FOLLOWING, Node.DOCUMENT_POSITION_CONTAINS, Node.DOCUMENT_POSITION_CONTAINED_BY, Node.DOCUMENT_POSITION_IMPLEMENTATION_SPECIFIC, document.DOCUMENT_POSITION_FOLLOWING, Node.ENTITY_NODE, Node.NOTATION_NODE, Node.ENTITY_REFERENCE_NODE);
log(p1.compareDocumentPosition(p1), p1.compareDocumentPosition(p2), p2.compareDocumentPosition(p1), a.compareDocumentPosition(b), b.compareDocumentPosition(a), document.compareDocumentPosition(b), b.compareDocumentPosition(document), p1.firstChild.compareDocumentPosition(b.firstChild));
var d1 = document.createElement('div'), d2 = document.createElement('div');
var r1 = d1.compareDocumentPosition(d2), r2 = d2.compareDocumentPosition(d1);
log(r1 & 0x21, r2 & 0x21, (r1 & 6) !== (r2 & 6), (r1 & 6) === 2 || (r1 & 6) === 4, d1.compareDocumentPosition(d2) === r1);
var cls = p2.getAttributeNode('class'), title = p2.getAttributeNode('title');
log(cls.compareDocumentPosition(title), title.compareDocumentPosition(cls), p2.compareDocumentPosition(cls), cls.compareDocumentPosition(p2), cls.compareDocumentPosition(p1), p1.compareDocumentPosition(cls), a.compareDocumentPosition(cls), cls.compareDocumentPosition(a));
try { p1.compareDocumentPosition({}); } catch (e) { log(e.name, e.message); }
try { p1.compareDocumentPosition(); } catch (e) { log(e.name, e.message); }
var x = p2.cloneNode(true), y = p2.cloneNode(true);
log(x.isEqualNode(y), x.isEqualNode(p2), p1.isEqualNode(p2), x.isEqualNode(null), document.createTextNode('q').isEqualNode(document.createTextNode('q')), document.createComment('q').isEqualNode(document.createTextNode('q')));
y.setAttribute('title', 'u'); log(x.isEqualNode(y)); y.setAttribute('title', 't'); y.appendChild(document.createTextNode('')); log(x.isEqualNode(y), x.isEqualNode(x));
var e1 = document.createElement('span'); e1.setAttribute('a', '1'); e1.setAttribute('b', '2');
var e2 = document.createElement('span'); e2.setAttribute('b', '2'); e2.setAttribute('a', '1');
log(e1.isEqualNode(e2), document.doctype.isEqualNode(document.implementation.createDocumentType('html', '', '')), cls.isEqualNode(x.getAttributeNode('class')), cls.isEqualNode(title));
var f1 = document.createDocumentFragment(), f2 = document.createDocumentFragment(); f1.appendChild(document.createElement('i')); f2.appendChild(document.createElement('i'));
log(f1.isEqualNode(f2), f1.isEqualNode(document.createElement('i')));
try { p1.isEqualNode('x'); } catch (e) { log(e.name, e.message); }
var g = document.getElementById("g"); document.getElementById("s").setAttributeNS("http://www.w3.org/2000/xmlns/", "xmlns:foo", "urn:foo");
log(a.lookupNamespaceURI(null), a.lookupNamespaceURI(''), g.lookupNamespaceURI(null), g.lookupNamespaceURI('foo'), g.lookupPrefix('urn:foo'), a.lookupPrefix('http://www.w3.org/1999/xhtml'), a.isDefaultNamespace('http://www.w3.org/1999/xhtml'), a.isDefaultNamespace(''), document.lookupNamespaceURI(null), document.doctype.lookupNamespaceURI('xml'), a.lookupNamespaceURI('xml'), p1.firstChild.lookupNamespaceURI('xmlns'), cls.lookupNamespaceURI(null));
var n = document.createElementNS('urn:n', 'pre:thing');
log(n.lookupNamespaceURI('pre'), n.lookupPrefix('urn:n'), n.isDefaultNamespace('urn:n'), document.createDocumentFragment().lookupNamespaceURI(null));
</script></body></html>
""",
"""
1 2 4 8 16 32 4 6 12 5
0 4 2 20 10 20 10 4
33 33 true true true
36 34 20 10 2 4 20 10
TypeError Failed to execute 'compareDocumentPosition' on 'Node': parameter 1 is not of type 'Node'.
TypeError Failed to execute 'compareDocumentPosition' on 'Node': 1 argument required, but only 0 present.
true true false false true false
false
false true
true true true false
true false
TypeError Failed to execute 'isEqualNode' on 'Node': parameter 1 is not of type 'Node'.
http://www.w3.org/1999/xhtml http://www.w3.org/1999/xhtml http://www.w3.org/2000/svg urn:foo foo  true false http://www.w3.org/1999/xhtml  http://www.w3.org/XML/1998/namespace http://www.w3.org/2000/xmlns/ http://www.w3.org/1999/xhtml
urn:n pre false\s
""");
  }
}
