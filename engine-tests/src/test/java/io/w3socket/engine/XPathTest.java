package io.w3socket.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * XPath (DOM #interface-xpathevaluator, #interface-xpathexpression, #interface-xpathresult,
 * #mixin-xpathevaluatorbase) over the page's trees with the JDK's XPath 1.0 engine (XPathEngine,
 * XPathView, XPathSyntax): each page prints what headless Chromium 156 printed for it, in both
 * engines. The pages leave out where this host is known to differ (the README's gaps): the order of
 * unordered results, a number's string, an attribute's position among its element's, adjacent text
 * nodes, id() from a detached node.
 */
class XPathTest {
  @TempDir Path dir;

  /**
   * htmx 2's query for hx-on attributes at load (createExpression on a new XPathEvaluator, then
   * evaluate(elt) and iterateNext() in a loop) over the body, a subtree, the document, a detached
   * tree and after changes; the attributes of an element as a snapshot, Attr objects the element's
   * own; whole-name and case-insensitive attribute name tests.
   */
  @ParameterizedTest
  @EnumSource(JsEngine.class)
  void theHtmxHxOnQueryFindsTheElementsWithHxOnAttributes(JsEngine engine) throws Exception {
    assertChromiumLines(
        engine,
        "xpath-htmx.html",
        """
<!DOCTYPE html><html><head><title>hx</title></head><body><div id=a hx-on:click="go()" class=c>A<b id=b data-hx-on:htmx:after-swap="x">B</b></div><p id=p hx-on--after-request="z" @click="w" :class="v">P</p><section id=s hx-get="/x" hx-onclick="no"><span id=sp data-hx-on-load="y">S</span><em id=e onclick="nope" data-hx="x">E</em></section><svg><rect id=r hx-on:click="svg"/></svg><script>
function log() { console.log(Array.prototype.join.call(arguments, ' ')); }
var HX_ON_QUERY = new XPathEvaluator().createExpression('.//*[@*[ starts-with(name(), "hx-on:") or starts-with(name(), "data-hx-on:") or starts-with(name(), "hx-on-") or starts-with(name(), "data-hx-on-") ]]');
function find(elt) {
  var elements = [];
  var iter = HX_ON_QUERY.evaluate(elt);
  var node;
  while (node = iter.iterateNext()) elements.push(node.id);
  return iter.resultType + ' ' + elements.join(',');
}
log('body', find(document.body));
log('section', find(document.getElementById('s')));
log('document', find(document));
var fresh = document.createElement('div');
fresh.innerHTML = '<button id=f1 hx-on::after-request="a">f</button><i id=f2 hx-on-click="b"><u id=f3 data-hx-on:click="c"></u></i>';
log('detached', find(fresh));
document.body.appendChild(fresh);
log('inserted', find(document.body));
document.getElementById('p').removeAttribute('hx-on--after-request');
document.getElementById('e').setAttribute('hx-on:mouseover', 'm');
log('changed', find(document.body));
var attrs = document.evaluate('//p/@*', document, null, XPathResult.ORDERED_NODE_SNAPSHOT_TYPE, null);
var names = [];
for (var i = 0; i < attrs.snapshotLength; i++) names.push(attrs.snapshotItem(i).name + '=' + attrs.snapshotItem(i).value + (attrs.snapshotItem(i) === document.getElementById('p').getAttributeNode(attrs.snapshotItem(i).name)));
log('attributes', names.join(' '));
log(document.evaluate('count(//*[@*[starts-with(name(), "hx-on:")]])', document, null, 0, null).numberValue,
    document.evaluate('name(//*[@id="a"]/@*[starts-with(name(), "hx-on")])', document, null, 0, null).stringValue,
    document.evaluate('count(//*[@click])', document, null, 0, null).numberValue,
    document.evaluate('count(//*[@ID])', document, null, 0, null).numberValue);
</script></body></html>
""",
        """
body 4 a,b,p,sp,r
section 4 sp
document 4 a,b,p,sp,r
detached 4 f1,f2,f3
inserted 4 a,b,p,sp,r,f1,f2,f3
changed 4 a,b,sp,e,r,f1,f2,f3
attributes id=ptrue @click=wtrue :class=vtrue
4 hx-on:click 0 9
""");
  }

  /**
   * Each result type (DOM #interface-xpathresult) for a node set and for a number, a string and a
   * boolean: the accessors of the other types throw Chromium's TypeErrors, node sets of the scalar
   * types are converted, scalars are no node set; text, comment and attribute nodes as results, an
   * attribute and a text node as the context; an iterator invalidated by a change of the tree (an
   * InvalidStateError from iterateNext), a snapshot not.
   */
  @ParameterizedTest
  @EnumSource(JsEngine.class)
  void eachResultTypeSnapshotsAndIterators(JsEngine engine) throws Exception {
    assertChromiumLines(
        engine,
        "xpath-results.html",
        """
<!DOCTYPE html><html><head><title>types</title></head><body><ul id=list><li id=one class=item>one</li><li id=two class="item x">two</li><li id=three>three</li></ul><p id=p title="T">P<!--c--> text</p><script>
function log() { console.log(Array.prototype.join.call(arguments, ' ')); }
function desc(n) { if (n === null) return 'null'; if (n.nodeType === 2) return '@' + n.name + '=' + n.value; if (n.nodeType === 1) return n.nodeName + (n.id ? '#' + n.id : ''); return n.nodeName + ':' + JSON.stringify(n.nodeValue); }
function t(label, f) { try { log(label, f()); } catch (e) { log(label, 'threw', e.constructor === DOMException ? 'DOMException' : e.constructor.name, e.name, e.message); } }
var ACCESSORS = ['numberValue', 'stringValue', 'booleanValue', 'singleNodeValue', 'snapshotLength', 'invalidIteratorState'];
function show(r) {
  var out = ['type ' + r.resultType];
  ACCESSORS.forEach(function (k) { try { var v = r[k]; out.push(k + '=' + (v !== null && typeof v === 'object' ? desc(v) : v)); } catch (e) { out.push(k + ':' + e.name); } });
  try { var n, it = []; while ((n = r.iterateNext())) it.push(desc(n)); out.push('iterate=' + it.join(',')); } catch (e) { out.push('iterateNext:' + e.name); }
  try { var s = []; for (var i = 0; i < r.snapshotLength; i++) s.push(desc(r.snapshotItem(i))); out.push('snapshot=' + s.join(',') + ' past=' + r.snapshotItem(99)); } catch (e) { out.push('snapshotItem:' + e.name); }
  return out.join(' ');
}
var list = document.getElementById('list');
for (var type = 0; type <= 9; type++) {
  t('li ' + type, function () { return show(document.evaluate('li[@class]', list, null, type, null)); });
}
['count(//li)', 'string(//li[2])', '//li[3] = "three"', '"s"'].forEach(function (e) {
  for (var type = 0; type <= 4; type++) {
    t(e + ' ' + type, function () { return show(document.evaluate(e, document, null, type, null)); });
  }
});
t('type 10', function () { return show(document.evaluate('//li', document, null, 10)); });
t('type 65543', function () { return show(document.evaluate('//li', document, null, 65543)); });
t('empty first', function () { return show(document.evaluate('//nothing', document, null, 9)); });
t('text nodes', function () { return show(document.evaluate('//p/text()', document, null, 7)); });
t('comment', function () { return show(document.evaluate('//p/comment()', document, null, 9)); });
t('title attr', function () { return show(document.evaluate('//@title', document, null, 8)); });
t('attr context', function () { return desc(document.evaluate('..', document.getElementById('p').getAttributeNode('title'), null, 9).singleNodeValue); });
t('text context', function () { return document.evaluate('count(following-sibling::node())', document.getElementById('p').firstChild, null, 1).numberValue; });
t('document node', function () { return desc(document.evaluate('/', list, null, 9).singleNodeValue); });
var it = document.evaluate('//li', document, null, XPathResult.ORDERED_NODE_ITERATOR_TYPE, null);
var snap = document.evaluate('//li', document, null, XPathResult.ORDERED_NODE_SNAPSHOT_TYPE, null);
log('first', desc(it.iterateNext()), it.invalidIteratorState);
list.appendChild(document.createElement('li'));
t('after append', function () { return it.invalidIteratorState + ' ' + snap.snapshotLength + ' ' + desc(snap.snapshotItem(2)); });
t('iterateNext', function () { return it.iterateNext(); });
t('again', function () { return it.iterateNext(); });
var it2 = document.evaluate('//li', document, null, 4, null);
document.getElementById('one').setAttribute('data-x', '1');
t('after setAttribute', function () { return it2.invalidIteratorState; });
var it3 = document.evaluate('//li', document, null, 4, null);
document.getElementById('one').firstChild.data = 'uno';
t('after data', function () { return it3.invalidIteratorState; });
var it4 = document.evaluate('//li', document, null, 4, null);
document.createElement('div').appendChild(document.createElement('span'));
t('detached change', function () { return it4.invalidIteratorState; });
var it5 = document.evaluate('//li', document, null, 4, null);
document.evaluate('//li', document, null, 4, null); document.querySelector('li'); list.getAttribute('id');
t('reads only', function () { return it5.invalidIteratorState + ' ' + desc(it5.iterateNext()); });
t('snapshotItem()', function () { return snap.snapshotItem(); });
t('illegal XPathResult', function () { return new XPathResult(); });
t('getter on other', function () { return Object.getOwnPropertyDescriptor(XPathResult.prototype, 'resultType').get.call(list); });
t('constants', function () { return [XPathResult.ANY_TYPE, XPathResult.NUMBER_TYPE, XPathResult.STRING_TYPE, XPathResult.BOOLEAN_TYPE, XPathResult.UNORDERED_NODE_ITERATOR_TYPE, XPathResult.ORDERED_NODE_ITERATOR_TYPE, XPathResult.UNORDERED_NODE_SNAPSHOT_TYPE, XPathResult.ORDERED_NODE_SNAPSHOT_TYPE, XPathResult.ANY_UNORDERED_NODE_TYPE, XPathResult.FIRST_ORDERED_NODE_TYPE, snap.FIRST_ORDERED_NODE_TYPE].join(','); });
</script></body></html>
""",
        """
li 0 type 4 numberValue:TypeError stringValue:TypeError booleanValue:TypeError singleNodeValue:TypeError snapshotLength:TypeError invalidIteratorState=false iterate=LI#one,LI#two snapshotItem:TypeError
li 1 type 1 numberValue=NaN stringValue:TypeError booleanValue:TypeError singleNodeValue:TypeError snapshotLength:TypeError invalidIteratorState=false iterateNext:TypeError snapshotItem:TypeError
li 2 type 2 numberValue:TypeError stringValue=one booleanValue:TypeError singleNodeValue:TypeError snapshotLength:TypeError invalidIteratorState=false iterateNext:TypeError snapshotItem:TypeError
li 3 type 3 numberValue:TypeError stringValue:TypeError booleanValue=true singleNodeValue:TypeError snapshotLength:TypeError invalidIteratorState=false iterateNext:TypeError snapshotItem:TypeError
li 4 type 4 numberValue:TypeError stringValue:TypeError booleanValue:TypeError singleNodeValue:TypeError snapshotLength:TypeError invalidIteratorState=false iterate=LI#one,LI#two snapshotItem:TypeError
li 5 type 5 numberValue:TypeError stringValue:TypeError booleanValue:TypeError singleNodeValue:TypeError snapshotLength:TypeError invalidIteratorState=false iterate=LI#one,LI#two snapshotItem:TypeError
li 6 type 6 numberValue:TypeError stringValue:TypeError booleanValue:TypeError singleNodeValue:TypeError snapshotLength=2 invalidIteratorState=false iterateNext:TypeError snapshot=LI#one,LI#two past=null
li 7 type 7 numberValue:TypeError stringValue:TypeError booleanValue:TypeError singleNodeValue:TypeError snapshotLength=2 invalidIteratorState=false iterateNext:TypeError snapshot=LI#one,LI#two past=null
li 8 type 8 numberValue:TypeError stringValue:TypeError booleanValue:TypeError singleNodeValue=LI#one snapshotLength:TypeError invalidIteratorState=false iterateNext:TypeError snapshotItem:TypeError
li 9 type 9 numberValue:TypeError stringValue:TypeError booleanValue:TypeError singleNodeValue=LI#one snapshotLength:TypeError invalidIteratorState=false iterateNext:TypeError snapshotItem:TypeError
count(//li) 0 type 1 numberValue=3 stringValue:TypeError booleanValue:TypeError singleNodeValue:TypeError snapshotLength:TypeError invalidIteratorState=false iterateNext:TypeError snapshotItem:TypeError
count(//li) 1 type 1 numberValue=3 stringValue:TypeError booleanValue:TypeError singleNodeValue:TypeError snapshotLength:TypeError invalidIteratorState=false iterateNext:TypeError snapshotItem:TypeError
count(//li) 2 type 2 numberValue:TypeError stringValue=3 booleanValue:TypeError singleNodeValue:TypeError snapshotLength:TypeError invalidIteratorState=false iterateNext:TypeError snapshotItem:TypeError
count(//li) 3 type 3 numberValue:TypeError stringValue:TypeError booleanValue=true singleNodeValue:TypeError snapshotLength:TypeError invalidIteratorState=false iterateNext:TypeError snapshotItem:TypeError
count(//li) 4 threw TypeError TypeError Failed to execute 'evaluate' on 'Document': The result is not a node set, and therefore cannot be converted to the desired type.
string(//li[2]) 0 type 2 numberValue:TypeError stringValue=two booleanValue:TypeError singleNodeValue:TypeError snapshotLength:TypeError invalidIteratorState=false iterateNext:TypeError snapshotItem:TypeError
string(//li[2]) 1 type 1 numberValue=NaN stringValue:TypeError booleanValue:TypeError singleNodeValue:TypeError snapshotLength:TypeError invalidIteratorState=false iterateNext:TypeError snapshotItem:TypeError
string(//li[2]) 2 type 2 numberValue:TypeError stringValue=two booleanValue:TypeError singleNodeValue:TypeError snapshotLength:TypeError invalidIteratorState=false iterateNext:TypeError snapshotItem:TypeError
string(//li[2]) 3 type 3 numberValue:TypeError stringValue:TypeError booleanValue=true singleNodeValue:TypeError snapshotLength:TypeError invalidIteratorState=false iterateNext:TypeError snapshotItem:TypeError
string(//li[2]) 4 threw TypeError TypeError Failed to execute 'evaluate' on 'Document': The result is not a node set, and therefore cannot be converted to the desired type.
//li[3] = "three" 0 type 3 numberValue:TypeError stringValue:TypeError booleanValue=true singleNodeValue:TypeError snapshotLength:TypeError invalidIteratorState=false iterateNext:TypeError snapshotItem:TypeError
//li[3] = "three" 1 type 1 numberValue=1 stringValue:TypeError booleanValue:TypeError singleNodeValue:TypeError snapshotLength:TypeError invalidIteratorState=false iterateNext:TypeError snapshotItem:TypeError
//li[3] = "three" 2 type 2 numberValue:TypeError stringValue=true booleanValue:TypeError singleNodeValue:TypeError snapshotLength:TypeError invalidIteratorState=false iterateNext:TypeError snapshotItem:TypeError
//li[3] = "three" 3 type 3 numberValue:TypeError stringValue:TypeError booleanValue=true singleNodeValue:TypeError snapshotLength:TypeError invalidIteratorState=false iterateNext:TypeError snapshotItem:TypeError
//li[3] = "three" 4 threw TypeError TypeError Failed to execute 'evaluate' on 'Document': The result is not a node set, and therefore cannot be converted to the desired type.
"s" 0 type 2 numberValue:TypeError stringValue=s booleanValue:TypeError singleNodeValue:TypeError snapshotLength:TypeError invalidIteratorState=false iterateNext:TypeError snapshotItem:TypeError
"s" 1 type 1 numberValue=NaN stringValue:TypeError booleanValue:TypeError singleNodeValue:TypeError snapshotLength:TypeError invalidIteratorState=false iterateNext:TypeError snapshotItem:TypeError
"s" 2 type 2 numberValue:TypeError stringValue=s booleanValue:TypeError singleNodeValue:TypeError snapshotLength:TypeError invalidIteratorState=false iterateNext:TypeError snapshotItem:TypeError
"s" 3 type 3 numberValue:TypeError stringValue:TypeError booleanValue=true singleNodeValue:TypeError snapshotLength:TypeError invalidIteratorState=false iterateNext:TypeError snapshotItem:TypeError
"s" 4 threw TypeError TypeError Failed to execute 'evaluate' on 'Document': The result is not a node set, and therefore cannot be converted to the desired type.
type 10 type 4 numberValue:TypeError stringValue:TypeError booleanValue:TypeError singleNodeValue:TypeError snapshotLength:TypeError invalidIteratorState=false iterate=LI#one,LI#two,LI#three snapshotItem:TypeError
type 65543 type 7 numberValue:TypeError stringValue:TypeError booleanValue:TypeError singleNodeValue:TypeError snapshotLength=3 invalidIteratorState=false iterateNext:TypeError snapshot=LI#one,LI#two,LI#three past=null
empty first type 9 numberValue:TypeError stringValue:TypeError booleanValue:TypeError singleNodeValue=null snapshotLength:TypeError invalidIteratorState=false iterateNext:TypeError snapshotItem:TypeError
text nodes type 7 numberValue:TypeError stringValue:TypeError booleanValue:TypeError singleNodeValue:TypeError snapshotLength=2 invalidIteratorState=false iterateNext:TypeError snapshot=#text:"P",#text:" text" past=null
comment type 9 numberValue:TypeError stringValue:TypeError booleanValue:TypeError singleNodeValue=#comment:"c" snapshotLength:TypeError invalidIteratorState=false iterateNext:TypeError snapshotItem:TypeError
title attr type 8 numberValue:TypeError stringValue:TypeError booleanValue:TypeError singleNodeValue=@title=T snapshotLength:TypeError invalidIteratorState=false iterateNext:TypeError snapshotItem:TypeError
attr context P#p
text context 2
document node #document:null
first LI#one false
after append true 3 LI#three
iterateNext threw DOMException InvalidStateError Failed to execute 'iterateNext' on 'XPathResult': The document has mutated since the result was returned.
again threw DOMException InvalidStateError Failed to execute 'iterateNext' on 'XPathResult': The document has mutated since the result was returned.
after setAttribute true
after data true
detached change true
reads only false LI#one
snapshotItem() threw TypeError TypeError Failed to execute 'snapshotItem' on 'XPathResult': 1 argument required, but only 0 present.
illegal XPathResult threw TypeError TypeError Failed to construct 'XPathResult': Illegal constructor
getter on other threw TypeError TypeError Illegal invocation
constants 0,1,2,3,4,5,6,7,8,9,9
""");
  }

  /**
   * The core functions (string, number, boolean and node-set ones) and operators; unprefixed name
   * tests matching HTML elements only, ignoring case; namespace-uri(), name() and local-name() of
   * elements and attributes; variables; a resolver as a function or an object (called when the
   * expression is parsed), one that resolves nothing; the SyntaxError, NamespaceError,
   * NotSupportedError and TypeErrors with Chromium's messages, other engines' functions
   * (system-property) not reached; the interfaces' shape.
   */
  @ParameterizedTest
  @EnumSource(JsEngine.class)
  void functionsResolversAndErrors(JsEngine engine) throws Exception {
    assertChromiumLines(
        engine,
        "xpath-functions.html",
        """
<!DOCTYPE html><html><head><meta charset=utf-8><title>fn</title></head><body><div id=d lang=en class="a b">Hello <b>World</b></div><svg id=svg xmlns:xlink="http://www.w3.org/1999/xlink"><rect id=r width=10 height=20 xlink:href="#d"/><foreignObject><p id=in>in</p></foreignObject></svg><script>
function log() { console.log(Array.prototype.join.call(arguments, ' ')); }
function desc(n) { if (n === null) return 'null'; if (n.nodeType === 2) return '@' + n.name + '=' + n.value; if (n.nodeType === 1) return n.nodeName + (n.id ? '#' + n.id : ''); return n.nodeName + ':' + JSON.stringify(n.nodeValue); }
function t(label, f) { try { log(label, f()); } catch (e) { log(label, 'threw', e.constructor === DOMException ? 'DOMException' : e.constructor.name, e.name, e.message); } }
function v(expr, ctx, resolver) { var r = document.evaluate(expr, ctx || document, resolver || null, 0, null); return r.resultType === 1 ? r.numberValue : r.resultType === 2 ? JSON.stringify(r.stringValue) : r.resultType === 3 ? r.booleanValue : nodes(r); }
function nodes(r) { var out = [], n; while ((n = r.iterateNext())) out.push(desc(n)); return '[' + out.join(', ') + ']'; }
['concat("a", "b", 1, true())', 'string-length("héllo")', 'normalize-space("  a    b  ")', 'translate("hello", "el", "EL")', 'substring("12345", 2, 3)', 'substring("12345", 1.5, 2.6)',
 'substring-before("a/b/c", "/")', 'substring-after("a/b/c", "/")', 'contains(//div, "World")', 'starts-with(name(//*[@id="d"]), "d")', 'string(//div)', 'string(//div/@class)',
 'number("  42  ")', 'number("4e2")', 'number("-3.5")', 'floor(-1.5)', 'ceiling(1.2)', 'round(2.5)', 'round(-2.5)', '7 mod 3', '-7 mod 3', '10 div 4', '1 div 0', '-1 div 0', '0 div 0', 'sum(//rect/@*[name()="width" or name()="height"])',
 'boolean("")', 'boolean("0")', 'boolean(0)', 'boolean(//nothing)', 'not(true())', 'true() and false()', 'true() or false()', '1 < 2', '"10" > "9"', '1 = 1.0', '//li = "x"', 'count(//*)', 'last()', 'position()',
 '//div/b[last()]', '(//div | //b)[2]', 'id("d r")', 'id("r")/@width', 'lang("en")', 'name(//*[local-name()="rect"])', 'local-name(//*[local-name()="foreignObject"])', 'namespace-uri(//*[local-name()="rect"])', 'namespace-uri(//div)', 'name(//@*[name()="xlink:href"])', 'local-name(//@*[local-name()="href"])', 'namespace-uri(//@*[name()="xlink:href"])', 'count(//@*[namespace-uri()="http://www.w3.org/1999/xlink"])', 'string(position())', 'last() + position()', 'count(//b[position() = last()])',
 '//DIV/B', '//svg', '//rect', '//p', '//*[@ID="d"]', '//*[@id="r"]/@width', 'string(//*[@ID="r"]/@WIDTH)', '//div/text()', '$x', 'string-length($x)'].forEach(function (e) {
  t(e, function () { return v(e); });
});
var SVG = 'http://www.w3.org/2000/svg';
var calls = [];
t('function resolver', function () { return v('//s:svg/s:rect | //s:foreignObject', document, function (prefix) { calls.push(prefix); return SVG; }) + ' ' + calls.join(','); });
var resolver = {lookupNamespaceURI: function (prefix) { calls.push(this === resolver ? 'this' : 'other'); return prefix === 'x' ? 'http://www.w3.org/1999/xlink' : prefix === 'h' ? 'http://www.w3.org/1999/xhtml' : null; }};
calls = [];
t('object resolver', function () { return v('//@x:href', document, resolver) + ' ' + v('//h:DIV/h:b', document, resolver) + ' ' + calls.join(','); });
calls = [];
var expr = new XPathEvaluator().createExpression('count(//s:rect)', function (p) { calls.push(p); return SVG; });
t('resolved once', function () { return expr.evaluate(document, 1).numberValue + ' ' + expr.evaluate(document.body, 1).numberValue + ' ' + calls.join(','); });
t('no resolver', function () { return v('//s:rect'); });
t('resolver null', function () { return v('//s:rect', document, function () { return null; }); });
t('resolver undefined', function () { return v('//s:rect', document, function () {}); });
t('resolver no method', function () { return v('//s:rect', document, {}); });
t('resolver string', function () { return document.evaluate('//s:rect', document, 'x'); });
t('node resolver', function () { return v('//s:rect', document, document.createNSResolver(document.documentElement)); });
t('xml prefix', function () { return v('//@xml:lang'); });
t('createNSResolver', function () { var n = document.body; return (document.createNSResolver(n) === n) + ' ' + (new XPathEvaluator().createNSResolver(document) === document); });
t('createNSResolver null', function () { return document.createNSResolver(null); });
['//[', ')', '', 'foo()', 'COUNT(//b)', 'system-property("java.version")', 'x:foo()', 'count()', 'count(1, 2)', '1 +', '//div[', '"unterminated', '@', '..x', 'child::', 'bogus::div', '$', '1 ! 2', 'current()', 'document("x")'].forEach(function (e) {
  t('syntax ' + JSON.stringify(e), function () { return document.evaluate(e, document); });
});
t('createExpression syntax', function () { return document.createExpression('//['); });
t('evaluator syntax', function () { return new XPathEvaluator().createExpression('//['); });
t('evaluator evaluate syntax', function () { return new XPathEvaluator().evaluate('//[', document); });
t('evaluator namespace', function () { return new XPathEvaluator().evaluate('//q:x', document); });
t('expression type mismatch', function () { return document.createExpression('1').evaluate(document, 7); });
t('context null', function () { return document.evaluate('1', null); });
t('context missing', function () { return document.evaluate('1'); });
t('context fragment', function () { return document.evaluate('1', document.createDocumentFragment()); });
t('context doctype', function () { return document.evaluate('1', document.doctype); });
t('expression context', function () { return document.createExpression('1').evaluate({}); });
t('expression no args', function () { return document.createExpression('1').evaluate(); });
t('createExpression no args', function () { return document.createExpression(); });
t('evaluate this', function () { return Document.prototype.evaluate.call({}, '1', document); });
t('expression this', function () { return XPathExpression.prototype.evaluate.call({}, document); });
t('XPathEvaluator()', function () { return XPathEvaluator(); });
t('new XPathExpression', function () { return new XPathExpression(); });
t('shape', function () { var e = new XPathEvaluator(); var x = e.createExpression('.'); return [typeof XPathNSResolver, XPathEvaluator.length, x.evaluate(document) instanceof XPathResult, x instanceof XPathExpression, e.evaluate.length, e.createExpression.length, e.createNSResolver.length, x.evaluate.length, document.evaluate.length, document.createExpression.length, document.createNSResolver.length, Document.prototype.hasOwnProperty('evaluate'), 'evaluate' in XPathEvaluator.prototype].join(' '); });
</script></body></html>
""",
        """
concat("a", "b", 1, true()) "ab1true"
string-length("héllo") 5
normalize-space("  a    b  ") "a b"
translate("hello", "el", "EL") "hELLo"
substring("12345", 2, 3) "234"
substring("12345", 1.5, 2.6) "234"
substring-before("a/b/c", "/") "a"
substring-after("a/b/c", "/") "b/c"
contains(//div, "World") true
starts-with(name(//*[@id="d"]), "d") true
string(//div) "Hello World"
string(//div/@class) "a b"
number("  42  ") 42
number("4e2") NaN
number("-3.5") -3.5
floor(-1.5) -2
ceiling(1.2) 2
round(2.5) 3
round(-2.5) -2
7 mod 3 1
-7 mod 3 -1
10 div 4 2.5
1 div 0 Infinity
-1 div 0 -Infinity
0 div 0 NaN
sum(//rect/@*[name()="width" or name()="height"]) 0
boolean("") false
boolean("0") true
boolean(0) false
boolean(//nothing) false
not(true()) false
true() and false() false
true() or false() true
1 < 2 true
"10" > "9" true
1 = 1.0 true
//li = "x" false
count(//*) 12
last() 1
position() 1
//div/b[last()] [B]
(//div | //b)[2] [B]
id("d r") [DIV#d, rect#r]
id("r")/@width [@width=10]
lang("en") false
name(//*[local-name()="rect"]) "rect"
local-name(//*[local-name()="foreignObject"]) "foreignObject"
namespace-uri(//*[local-name()="rect"]) "http://www.w3.org/2000/svg"
namespace-uri(//div) "http://www.w3.org/1999/xhtml"
name(//@*[name()="xlink:href"]) "xlink:href"
local-name(//@*[local-name()="href"]) "href"
namespace-uri(//@*[name()="xlink:href"]) "http://www.w3.org/1999/xlink"
count(//@*[namespace-uri()="http://www.w3.org/1999/xlink"]) 1
string(position()) "1"
last() + position() 2
count(//b[position() = last()]) 1
//DIV/B [B]
//svg []
//rect []
//p [P#in]
//*[@ID="d"] [DIV#d]
//*[@id="r"]/@width [@width=10]
string(//*[@ID="r"]/@WIDTH) ""
//div/text() [#text:"Hello "]
$x ""
string-length($x) 0
function resolver [rect#r, foreignObject] s,s,s
object resolver [@xlink:href=#d] [B] this,this,this
resolved once 1 1 s
no resolver threw DOMException NamespaceError Failed to execute 'evaluate' on 'Document': The string '//s:rect' contains unresolvable namespaces.
resolver null threw DOMException NamespaceError Failed to execute 'evaluate' on 'Document': The string '//s:rect' contains unresolvable namespaces.
resolver undefined threw DOMException NamespaceError Failed to execute 'evaluate' on 'Document': The string '//s:rect' contains unresolvable namespaces.
resolver no method threw DOMException NamespaceError Failed to execute 'evaluate' on 'Document': The string '//s:rect' contains unresolvable namespaces.
resolver string threw TypeError TypeError Failed to execute 'evaluate' on 'Document': parameter 3 is not of type 'Object'.
node resolver threw DOMException NamespaceError Failed to execute 'evaluate' on 'Document': The string '//s:rect' contains unresolvable namespaces.
xml prefix threw DOMException NamespaceError Failed to execute 'evaluate' on 'Document': The string '//@xml:lang' contains unresolvable namespaces.
createNSResolver true true
createNSResolver null threw TypeError TypeError Failed to execute 'createNSResolver' on 'Document': parameter 1 is not of type 'Node'.
syntax "//[" threw DOMException SyntaxError Failed to execute 'evaluate' on 'Document': The string '//[' is not a valid XPath expression.
syntax ")" threw DOMException SyntaxError Failed to execute 'evaluate' on 'Document': The string ')' is not a valid XPath expression.
syntax "" threw DOMException SyntaxError Failed to execute 'evaluate' on 'Document': The string '' is not a valid XPath expression.
syntax "foo()" threw DOMException SyntaxError Failed to execute 'evaluate' on 'Document': The string 'foo()' is not a valid XPath expression.
syntax "COUNT(//b)" threw DOMException SyntaxError Failed to execute 'evaluate' on 'Document': The string 'COUNT(//b)' is not a valid XPath expression.
syntax "system-property(\\"java.version\\")" threw DOMException SyntaxError Failed to execute 'evaluate' on 'Document': The string 'system-property("java.version")' is not a valid XPath expression.
syntax "x:foo()" threw DOMException SyntaxError Failed to execute 'evaluate' on 'Document': The string 'x:foo()' is not a valid XPath expression.
syntax "count()" threw DOMException SyntaxError Failed to execute 'evaluate' on 'Document': The string 'count()' is not a valid XPath expression.
syntax "count(1, 2)" threw DOMException SyntaxError Failed to execute 'evaluate' on 'Document': The string 'count(1, 2)' is not a valid XPath expression.
syntax "1 +" threw DOMException SyntaxError Failed to execute 'evaluate' on 'Document': The string '1 +' is not a valid XPath expression.
syntax "//div[" threw DOMException SyntaxError Failed to execute 'evaluate' on 'Document': The string '//div[' is not a valid XPath expression.
syntax "\\"unterminated" threw DOMException SyntaxError Failed to execute 'evaluate' on 'Document': The string '"unterminated' is not a valid XPath expression.
syntax "@" threw DOMException SyntaxError Failed to execute 'evaluate' on 'Document': The string '@' is not a valid XPath expression.
syntax "..x" threw DOMException SyntaxError Failed to execute 'evaluate' on 'Document': The string '..x' is not a valid XPath expression.
syntax "child::" threw DOMException SyntaxError Failed to execute 'evaluate' on 'Document': The string 'child::' is not a valid XPath expression.
syntax "bogus::div" threw DOMException SyntaxError Failed to execute 'evaluate' on 'Document': The string 'bogus::div' is not a valid XPath expression.
syntax "$" threw DOMException SyntaxError Failed to execute 'evaluate' on 'Document': The string '$' is not a valid XPath expression.
syntax "1 ! 2" threw DOMException SyntaxError Failed to execute 'evaluate' on 'Document': The string '1 ! 2' is not a valid XPath expression.
syntax "current()" threw DOMException SyntaxError Failed to execute 'evaluate' on 'Document': The string 'current()' is not a valid XPath expression.
syntax "document(\\"x\\")" threw DOMException SyntaxError Failed to execute 'evaluate' on 'Document': The string 'document("x")' is not a valid XPath expression.
createExpression syntax threw DOMException SyntaxError Failed to execute 'createExpression' on 'Document': The string '//[' is not a valid XPath expression.
evaluator syntax threw DOMException SyntaxError Failed to execute 'createExpression' on 'XPathEvaluator': The string '//[' is not a valid XPath expression.
evaluator evaluate syntax threw DOMException SyntaxError Failed to execute 'evaluate' on 'XPathEvaluator': The string '//[' is not a valid XPath expression.
evaluator namespace threw DOMException NamespaceError Failed to execute 'evaluate' on 'XPathEvaluator': The string '//q:x' contains unresolvable namespaces.
expression type mismatch threw TypeError TypeError Failed to execute 'evaluate' on 'XPathExpression': The result is not a node set, and therefore cannot be converted to the desired type.
context null threw TypeError TypeError Failed to execute 'evaluate' on 'Document': parameter 2 is not of type 'Node'.
context missing threw TypeError TypeError Failed to execute 'evaluate' on 'Document': 2 arguments required, but only 1 present.
context fragment threw DOMException NotSupportedError Failed to execute 'evaluate' on 'Document': The node provided is '#document-fragment', which is not a valid context node type.
context doctype threw DOMException NotSupportedError Failed to execute 'evaluate' on 'Document': The node provided is 'html', which is not a valid context node type.
expression context threw TypeError TypeError Failed to execute 'evaluate' on 'XPathExpression': parameter 1 is not of type 'Node'.
expression no args threw TypeError TypeError Failed to execute 'evaluate' on 'XPathExpression': 1 argument required, but only 0 present.
createExpression no args threw TypeError TypeError Failed to execute 'createExpression' on 'Document': 1 argument required, but only 0 present.
evaluate this threw TypeError TypeError Illegal invocation
expression this threw TypeError TypeError Illegal invocation
XPathEvaluator() threw TypeError TypeError Failed to construct 'XPathEvaluator': Please use the 'new' operator, this DOM object constructor cannot be called as a function.
new XPathExpression threw TypeError TypeError Failed to construct 'XPathExpression': Illegal constructor
shape undefined 0 true true 2 1 1 1 2 1 1 true true
""");
  }

  /**
   * Expressions whose context node is in a template's contents, a detached element's subtree, a
   * lone text node, a DocumentFragment or an attribute: "/" and "//" go from the root of that tree
   * (an attribute's own self) as Chromium's do; a document DOMParser made, and id().
   */
  @ParameterizedTest
  @EnumSource(JsEngine.class)
  void templateContentsDetachedTreesAndOtherDocuments(JsEngine engine) throws Exception {
    assertChromiumLines(
        engine,
        "xpath-trees.html",
        """
<!DOCTYPE html><html><head><title>trees</title></head><body><p id=p hx-on:click="x">page</p><template id=t><li id=t1 hx-on:click="a">T<b>1</b></li><li id=t2>two<template id=inner><i id=deep>d</i></template></li><!--tc--></template><script>
function log() { console.log(Array.prototype.join.call(arguments, ' ')); }
function desc(n) { if (n === null) return 'null'; if (n.nodeType === 2) return '@' + n.name + '=' + n.value; if (n.nodeType === 1) return n.nodeName + (n.id ? '#' + n.id : ''); return n.nodeName + ':' + JSON.stringify(n.nodeValue); }
function snap(label, expr, ctx) { try { var r = document.evaluate(expr, ctx, null, 7, null); var out = []; for (var i = 0; i < r.snapshotLength; i++) out.push(desc(r.snapshotItem(i))); log(label, expr, '->', '[' + out.join(', ') + ']'); } catch (e) { log(label, expr, 'threw', e.name, e.message); } }
var content = document.getElementById('t').content;
var first = content.firstChild;
['.', '/', '/*', '//*', '//li', '//b/ancestor::node()', './/text()', '/node()', '//comment()', 'count(//*)', '//template', '//i', '//*[@*[starts-with(name(), "hx-on:")]]', '..', 'following-sibling::*'].forEach(function (e) { snap('content', e, first); });
snap('content', '//i', content.querySelector('#inner').content.firstChild);
snap('page', '//li', document);
snap('page', '//template/*', document);
snap('page', 'count(//*)', document.body);
var div = document.createElement('div');
div.innerHTML = '<section id=s><h1 id=h hx-on:click="h">H</h1><h2>two</h2></section>';
var h1 = div.querySelector('h1');
['.', '/', '/section', '//*', '//div', '//section', '//h1', 'ancestor::*', 'count(ancestor-or-self::node())', 'string(/)', '/section/h2', '//h2/preceding-sibling::*'].forEach(function (e) { snap('detached', e, h1); });
snap('detached', './/*[@*[starts-with(name(), "hx-on:")]]', div);
var lone = document.createTextNode('lone');
['.', '/', '//node()', 'string(.)'].forEach(function (e) { snap('text', e, lone); });
var frag = document.createDocumentFragment(); frag.appendChild(document.createElement('em')).appendChild(document.createTextNode('e'));
['/', '/em', '//em', '//text()'].forEach(function (e) { snap('fragment', e, frag.firstChild); });
snap('attr', '..', div.querySelector('h1').getAttributeNode('id'));
snap('attr', '/', div.querySelector('h1').getAttributeNode('id'));
var created = document.createAttribute('data-x');
snap('lone attr', '.', created);
document.body.appendChild(div);
snap('inserted', '//h1', document);
snap('inserted', '/', h1);
var parsed = new DOMParser().parseFromString('<p id=x>parsed <b>doc</b></p>', 'text/html');
snap('parsed', '//p', parsed);
snap('parsed', '/html/body/p/b', parsed.body);
snap('parsed', 'id("x")', parsed);
snap('parsed', 'id("p")', parsed);
snap('page', 'id("x")', document);
log('via page document', document.evaluate('string(//b)', parsed, null, 2, null).stringValue);
</script></body></html>
""",
        """
content . -> [LI#t1]
content / -> [#document-fragment:null]
content /* -> [LI#t1, LI#t2]
content //* -> [LI#t1, B, LI#t2, TEMPLATE#inner]
content //li -> [LI#t1, LI#t2]
content //b/ancestor::node() -> [#document-fragment:null, LI#t1]
content .//text() -> [#text:"T", #text:"1"]
content /node() -> [LI#t1, LI#t2, #comment:"tc"]
content //comment() -> [#comment:"tc"]
content count(//*) threw TypeError Failed to execute 'evaluate' on 'Document': The result is not a node set, and therefore cannot be converted to the desired type.
content //template -> [TEMPLATE#inner]
content //i -> []
content //*[@*[starts-with(name(), "hx-on:")]] -> [LI#t1]
content .. -> [#document-fragment:null]
content following-sibling::* -> [LI#t2]
content //i -> [I#deep]
page //li -> []
page //template/* -> []
page count(//*) threw TypeError Failed to execute 'evaluate' on 'Document': The result is not a node set, and therefore cannot be converted to the desired type.
detached . -> [H1#h]
detached / -> [DIV]
detached /section -> [SECTION#s]
detached //* -> [SECTION#s, H1#h, H2]
detached //div -> []
detached //section -> [SECTION#s]
detached //h1 -> [H1#h]
detached ancestor::* -> [DIV, SECTION#s]
detached count(ancestor-or-self::node()) threw TypeError Failed to execute 'evaluate' on 'Document': The result is not a node set, and therefore cannot be converted to the desired type.
detached string(/) threw TypeError Failed to execute 'evaluate' on 'Document': The result is not a node set, and therefore cannot be converted to the desired type.
detached /section/h2 -> [H2]
detached //h2/preceding-sibling::* -> [H1#h]
detached .//*[@*[starts-with(name(), "hx-on:")]] -> [H1#h]
text . -> [#text:"lone"]
text / -> [#text:"lone"]
text //node() -> []
text string(.) threw TypeError Failed to execute 'evaluate' on 'Document': The result is not a node set, and therefore cannot be converted to the desired type.
fragment / -> [#document-fragment:null]
fragment /em -> [EM]
fragment //em -> [EM]
fragment //text() -> [#text:"e"]
attr .. -> [H1#h]
attr / -> [@id=h]
lone attr . -> [@data-x=]
inserted //h1 -> [H1#h]
inserted / -> [#document:null]
parsed //p -> [P#x]
parsed /html/body/p/b -> [B]
parsed id("x") -> [P#x]
parsed id("p") -> []
page id("x") -> []
via page document doc
""");
  }

  private void assertChromiumLines(JsEngine engine, String name, String html, String expected)
      throws Exception {
    Path page = dir.resolve(name);
    Files.writeString(page, html);
    Runs.Outcome o = Runs.run(engine, b -> {}, c -> c.runPage(page, null));
    assertEquals(Runs.lines(expected), o.out(), o::toString);
    assertEquals(List.of(), o.result().errors(), o::toString);
  }
}
