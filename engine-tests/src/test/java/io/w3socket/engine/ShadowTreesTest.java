package io.w3socket.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Shadow trees (DOM #shadow-trees; ShadowRoots, SlotAssignment, shadow-root.js): attachShadow and its errors, a
 * shadow root's members and innerHTML, what the document's queries, serialization and contains() do
 * not see, getRootNode's composed option, isConnected, named slots' assigned nodes and a
 * slottable's assignedSlot, a closed root hidden from shadowRoot, events retargeted to the host
 * outside the tree, a non-composed event stopping at the shadow root, composedPath, a slotted
 * node's event passing its slot, a clonable root cloned with its host; slotchange and manual slot
 * assignment (SlotAssignment). The page prints what headless Chromium 156 printed for it, in both
 * engines (one page: GraalJS).
 */
class ShadowTreesTest {
  @TempDir Path dir;

  @ParameterizedTest
  @EnumSource(JsEngine.class)
  void shadowTreesAsChromiumHasThem(JsEngine engine) throws Exception {
    Path page = dir.resolve("shadow.html");
    Files.writeString(
        page,
"""
<!DOCTYPE html><html><body><div id=host><span slot=a id=s1>one</span><b id=s2>two</b>text</div><p id=p></p><script>
function log() { console.log(Array.prototype.join.call(arguments, ' ')); }
var host = document.getElementById('host');
var root = host.attachShadow({mode: 'open'});
log(root instanceof ShadowRoot, root instanceof DocumentFragment, root.nodeType, root.nodeName, root.mode, root.host === host, host.shadowRoot === root, root.delegatesFocus, root.slotAssignment, root.clonable, root.serializable);
log(root.constructor === ShadowRoot, root.parentNode, root.isConnected, root.getRootNode() === root, root.ownerDocument === document);
root.innerHTML = '<h2 id=title>Title</h2><slot name=a></slot><slot id=def></slot>';
log(JSON.stringify(root.innerHTML), root.childNodes.length, root.getElementById('title').textContent, root.querySelector('slot').name);
var title = root.getElementById('title');
log(title.isConnected, title.getRootNode() === root, title.getRootNode({composed: true}) === document, document.getElementById('title'), document.querySelectorAll('slot').length, host.innerHTML.length, document.body.contains(title));
var slots = root.querySelectorAll('slot');
log(slots[0] instanceof HTMLSlotElement, slots[0].assignedNodes().map(function (n) { return n.id; }).join(), slots[1].assignedNodes().map(function (n) { return n.nodeName; }).join(), slots[1].assignedElements().length, slots[1].assignedNodes({flatten: true}).length);
log(document.getElementById('s1').assignedSlot === slots[0], document.getElementById('s1').slot, host.lastChild.assignedSlot === slots[1], title.assignedSlot);
try { host.attachShadow({mode: 'open'}); } catch (e) { log(e.name, e.message); }
try { document.createElement('img').attachShadow({mode: 'open'}); } catch (e) { log(e.name, e.message); }
try { document.getElementById('p').attachShadow({}); } catch (e) { log(e.name, e.message); }
try { document.getElementById('p').attachShadow({mode: 'x'}); } catch (e) { log(e.name, e.message); }
try { document.getElementById('p').attachShadow(); } catch (e) { log(e.name, e.message); }
try { root.appendChild(document.body); } catch (e) { log(e.name, e.message); }
var closedRoot = document.getElementById('p').attachShadow({mode: 'closed'});
log(document.getElementById('p').shadowRoot, closedRoot.mode, document.createElement('my-el').attachShadow({mode: 'open', delegatesFocus: true}).delegatesFocus);
var inner = document.createElement('button'); inner.id = 'inner'; root.appendChild(inner);
host.addEventListener('x', function (e) { log('host x', e.target.id, e.composedPath().length, e.eventPhase); });
document.body.addEventListener('x', function (e) { log('body x', e.target.id); });
root.addEventListener('x', function (e) { log('root x', e.target.id, e.currentTarget === root, e.eventPhase); });
inner.addEventListener('x', function (e) { log('inner x', e.target.id); });
inner.dispatchEvent(new Event('x', {bubbles: true}));
inner.dispatchEvent(new Event('x', {bubbles: true, composed: true}));
document.addEventListener('x', function (e) { log('doc capture', e.target.id, e.eventPhase); }, true);
var ev = new Event('y', {bubbles: true, composed: true});
document.body.addEventListener('y', function (e) { log('path', e.composedPath().map(function (t) { return t.nodeName || (t === window ? 'window' : '?'); }).join(' ')); });
inner.dispatchEvent(ev); log('after', ev.target && ev.target.id, ev.composedPath().length);
slots[0].addEventListener('z', function (e) { log('slot z', e.target.id, e.currentTarget.name); });
root.addEventListener('z', function (e) { log('root z', e.target.id); });
host.addEventListener('z', function (e) { log('host z', e.target.id, e.composedPath().map(function (t) { return t.nodeName || '?'; }).join(' ')); });
document.getElementById('s1').dispatchEvent(new Event('z', {bubbles: true}));
var c = host.cloneNode(true); log(c.shadowRoot, JSON.stringify(host.outerHTML));
inner.addEventListener('click', function (e) { log('click', e.composed, e.target.id); });
document.addEventListener('click', function (e) { log('doc click', e.target.id); });
inner.click();
var t2 = document.createElement('div'); var r2 = t2.attachShadow({mode: 'open', clonable: true}); r2.innerHTML = '<i>c</i>'; var c2 = t2.cloneNode(false); log('clonable', c2.shadowRoot && c2.shadowRoot.innerHTML, c2.shadowRoot && c2.shadowRoot.clonable);
log(['mode', 'host', 'innerHTML', 'activeElement', 'clonable', 'delegatesFocus', 'serializable', 'slotAssignment', 'onslotchange'].every(function (n) { return n in ShadowRoot.prototype; }), ShadowRoot.prototype instanceof DocumentFragment, ['name', 'assignedNodes', 'assignedElements'].every(function (n) { return n in HTMLSlotElement.prototype; }));
log(typeof Element.prototype.attachShadow, 'shadowRoot' in Element.prototype, 'assignedSlot' in Text.prototype, 'slot' in Element.prototype);
</script></body></html>
""");
    Runs.Outcome o = Runs.run(engine, b -> {}, c -> c.runPage(page, null));
    String expected =
"""
true true 11 #document-fragment open true true false named false false
true  true true true
"<h2 id=\\"title\\">Title</h2><slot name=\\"a\\"></slot><slot id=\\"def\\"></slot>" 3 Title a
true true true  0 55 false
true s1 B,#text 1 2
true a true\s
NotSupportedError Failed to execute 'attachShadow' on 'Element': Shadow root cannot be created on a host which already hosts a shadow tree.
NotSupportedError Failed to execute 'attachShadow' on 'Element': This element does not support attachShadow
TypeError Failed to execute 'attachShadow' on 'Element': Failed to read the 'mode' property from 'ShadowRootInit': Required member is undefined.
TypeError Failed to execute 'attachShadow' on 'Element': Failed to read the 'mode' property from 'ShadowRootInit': The provided value 'x' is not a valid enum value of type ShadowRootMode.
TypeError Failed to execute 'attachShadow' on 'Element': 1 argument required, but only 0 present.
HierarchyRequestError Failed to execute 'appendChild' on 'Node': The new child element contains the parent.
 closed true
inner x inner
root x inner true 3
inner x inner
root x inner true 3
host x host 7 2
body x host
path BUTTON #document-fragment DIV BODY HTML #document window
after host 0
slot z s1 a
root z s1
host z s1 SPAN SLOT #document-fragment DIV BODY HTML #document ?
 "<div id=\\"host\\"><span slot=\\"a\\" id=\\"s1\\">one</span><b id=\\"s2\\">two</b>text</div>"
click true inner
doc click host
clonable <i>c</i> true
true true true
function true true true
""";
    assertEquals(Runs.lines(expected), o.out(), o::toString);
    assertEquals(List.of(), o.result().errors(), o::toString);
  }

  /**
   * Declarative shadow roots (HTML #parsing-main-inhead, a template start tag with
   * shadowrootmode): the page's parser makes a template's contents its parent's shadow root
   * (open, closed, clonable, nested), the template element left out of the tree; a second one on
   * the same host stays a template; a slot shows the light children. Also NonDocumentTypeChildNode's
   * element siblings.
   */
  @ParameterizedTest
  @EnumSource(JsEngine.class)
  void declarativeShadowRootsAsChromiumHasThem(JsEngine engine) throws Exception {
    Path page = dir.resolve("declarative.html");
    Files.writeString(
        page,
"""
<!DOCTYPE html><html><body>
<div id=card><template shadowrootmode="open" shadowrootclonable><style>p { color: red; }</style><p>Shadow <slot></slot></p><span id=inner><template shadowrootmode="open"><b>nested</b></template></span></template>light</div>
<p id=para><template shadowrootmode="closed"><em>closed</em></template></p>
<section id=twice><template shadowrootmode="open">first</template></section>
<script>
function log() { console.log(Array.prototype.join.call(arguments, ' ')); }
var card = document.getElementById('card');
log(!!card.shadowRoot, card.shadowRoot && card.shadowRoot.mode, card.shadowRoot.clonable, JSON.stringify(card.innerHTML));
log(JSON.stringify(card.shadowRoot.innerHTML));
log(card.shadowRoot.querySelector('slot').assignedNodes().map(function (n) { return n.textContent; }).join());
var inner = card.shadowRoot.getElementById('inner');
log(inner.shadowRoot && JSON.stringify(inner.shadowRoot.innerHTML));
log(document.getElementById('para').shadowRoot, JSON.stringify(document.getElementById('para').innerHTML));
log(document.querySelectorAll('template').length, document.getElementById('para').nextElementSibling.tagName, document.getElementById('para').previousElementSibling.id);
var t = document.getElementById('twice'); log(t.shadowRoot && JSON.stringify(t.shadowRoot.innerHTML), JSON.stringify(t.innerHTML));
card.shadowRoot.querySelector('p').addEventListener('click', function (e) { log('click', e.target.id, e.composedPath().length); });
document.addEventListener('click', function (e) { log('doc click', e.target.id); });
card.shadowRoot.querySelector('p').click();
</script></body></html>
""");
    Runs.Outcome o = Runs.run(engine, b -> {}, c -> c.runPage(page, null));
    String expected =
"""
true open true "light"
"<style>p { color: red; }</style><p>Shadow <slot></slot></p><span id=\\"inner\\"></span>"
light
"<b>nested</b>"
 ""
0 SECTION card
"first" ""
click  7
doc click card
""";
    assertEquals(Runs.lines(expected), o.out(), o::toString);
    assertEquals(List.of(), o.result().errors(), o::toString);
  }

  /**
   * slotchange (DOM #signal-a-slot-change, SlotAssignment): fired in the mutation observer
   * microtask, after the observers' callbacks and before later promise jobs, at each slot whose
   * assigned nodes changed (slots inserted, a host's child inserted, a slot attribute changed, even
   * there and back, a slot renamed, fallback content changed; not at a removed slot's tree), and
   * manual slot assignment (#dom-htmlslotelement-assign): assignment order, a node moving between
   * slots, a node that is no child of the host, the TypeError for what is no Element or Text.
   */
  @ParameterizedTest
  @EnumSource(JsEngine.class)
  void slotChangeAndManualAssignmentAsChromiumHasThem(JsEngine engine) throws Exception {
    Runs.assertPagePrints(
        dir,
        "slotchange.html",
        engine,
"""
<!DOCTYPE html><html><body><div id=h1><span id=a>a</span><span id=b slot=x>b</span></div><script>
function log() { console.log(Array.prototype.join.call(arguments, ' ')); }
function names(ns) { return ns.map(function (n) { return n.id || n.nodeName; }).join(','); }
var h1 = document.getElementById('h1');
var root = h1.attachShadow({mode: 'open'});
root.addEventListener('slotchange', function (e) {
  log('slotchange', e.target.name || '(default)', e.bubbles, e.composed, e.cancelable, e.eventPhase, names(e.target.assignedNodes()), e.composedPath().length);
});
h1.addEventListener('slotchange', function (e) { log('host heard', e.target.id); });
var mo = new MutationObserver(function () { log('mutation observer'); });
mo.observe(h1, {childList: true});
var s1 = document.createElement('slot');
var s2 = document.createElement('slot'); s2.name = 'x';
root.append(s1, s2);
log('appended slots');
Promise.resolve().then(function () { log('promise after append'); });
setTimeout(function () {
  log('--- task 2');
  var c = document.createElement('i'); c.id = 'c';
  h1.appendChild(c);
  Promise.resolve().then(function () { log('promise after child'); });
  setTimeout(step3, 0);
}, 0);
function step3() {
  log('--- task 3: slot attr');
  document.getElementById('a').slot = 'x';
  setTimeout(step4, 0);
}
function step4() {
  log('--- task 4: A B A');
  var c = document.getElementById('c');
  c.slot = 'x'; c.slot = '';
  setTimeout(step5, 0);
}
function step5() {
  log('--- task 5: slot name, fallback');
  s2.name = 'y';
  s1.appendChild(document.createTextNode('fallback'));
  var s3 = document.createElement('slot'); s3.name = 'z'; root.appendChild(s3);
  s3.appendChild(document.createTextNode('fb'));
  setTimeout(step6, 0);
}
function step6() {
  log('--- task 6: remove slot');
  s1.remove();
  log('removed s1', names(s1.assignedNodes()));
  setTimeout(step7, 0);
}
function step7() {
  log('--- task 7: manual');
  var h2 = document.createElement('div');
  h2.innerHTML = '<p id=p1>1</p><p id=p2>2</p>';
  document.body.appendChild(h2);
  var r2 = h2.attachShadow({mode: 'open', slotAssignment: 'manual'});
  log('mode', r2.slotAssignment);
  r2.addEventListener('slotchange', function (e) { log('manual slotchange', e.target.id, names(e.target.assignedNodes())); });
  var m1 = document.createElement('slot'); m1.id = 'm1';
  var m2 = document.createElement('slot'); m2.id = 'm2';
  r2.append(m1, m2);
  log('assigned before', names(m1.assignedNodes()), document.getElementById('p1').assignedSlot);
  m1.assign(document.getElementById('p2'), document.getElementById('p1'));
  log('assigned', names(m1.assignedNodes()), document.getElementById('p1').assignedSlot.id);
  m2.assign(document.getElementById('p1'));
  log('moved', names(m1.assignedNodes()), names(m2.assignedNodes()));
  try { m1.assign(document.body); log('assign body ok', names(m1.assignedNodes())); } catch (e) { log(e.name, e.message); }
  try { m1.assign('x'); } catch (e) { log(e.name, e.message); }
  log('assignedElements', names(m1.assignedElements()));
  setTimeout(function () { log('end'); }, 0);
}
</script></body></html>
""",
"""
appended slots
slotchange (default) true false false 3 a 2
slotchange x true false false 3 b 2
promise after append
--- task 2
mutation observer
slotchange (default) true false false 3 a,c 2
promise after child
--- task 3: slot attr
slotchange (default) true false false 3 c 2
slotchange x true false false 3 a,b 2
--- task 4: A B A
slotchange (default) true false false 3 c 2
slotchange x true false false 3 a,b 2
--- task 5: slot name, fallback
slotchange y true false false 3  2
slotchange z true false false 3  2
--- task 6: remove slot
removed s1\s
--- task 7: manual
mode manual
assigned before \s
assigned p2,p1 m1
moved p2 p1
assign body ok\s
TypeError Failed to execute 'assign' on 'HTMLSlotElement': The provided value is not of type '(Element or Text)'.
assignedElements\s
manual slotchange m1\s
manual slotchange m2 p1
end
""");
  }

  /**
   * slotchange where the tree changes otherwise: a custom element's shadow root made while the
   * parser has not yet added its children, a slot slotted into another shadow tree's slot (the
   * event passes the outer slot; an onslotchange content attribute), a host's innerHTML and
   * textContent, 3,000 children appended one by one (one event). Chromium's lines, and the text
   * the page runner prints for innerHTML and textContent (GraalJS: Reflect.construct).
   */
  @Test
  void slotChangeAcrossParsingNestingAndReplacement() throws Exception {
    Runs.assertPagePrints(
        dir,
        "slotchange-more.html",
        JsEngine.GRAALJS,
"""
<!DOCTYPE html><html><head><script>
function log() { console.log(Array.prototype.join.call(arguments, ' ')); }
function names(ns) { return ns.length > 5 ? ns.length + " nodes" : ns.map(function (n) { return n.id || n.nodeName; }).join(","); }
function XCard() { return Reflect.construct(HTMLElement, [], XCard); }
XCard.prototype = Object.create(HTMLElement.prototype);
XCard.prototype.constructor = XCard;
XCard.prototype.connectedCallback = function () {
  if (this.shadowRoot) { return; }
  var r = this.attachShadow({mode: 'open'});
  r.innerHTML = '<slot id=inner></slot>';
  var self = this;
  r.addEventListener('slotchange', function (e) { log('card', self.id, 'slotchange', e.target.id, names(e.target.assignedNodes())); });
};
Object.setPrototypeOf(XCard, HTMLElement);
customElements.define('x-card', XCard);
</script></head><body>
<x-card id=c1><b id=b1>one</b><b id=b2>two</b></x-card>
<script>var c1 = document.getElementById("c1"); log("parsed c1", names(c1.shadowRoot.getElementById("inner").assignedNodes()));</script>
<div id=outer></div>
<script>
var outer = document.getElementById('outer');
var oroot = outer.attachShadow({mode: 'closed'});
oroot.innerHTML = '<x-card id=c2><slot id=mid onslotchange="log(\\'handler attr\\', event.target.id)"></slot></x-card>';
oroot.addEventListener('slotchange', function (e) { log('outer root heard', e.target.id, e.composedPath().map(function (n) { return n.id || n.nodeName; }).join('>')); });
Promise.resolve().then(function () {
  log('--- nested');
  var i = document.createElement('i'); i.id = 'i1';
  outer.appendChild(i);
  return null;
}).then(function () { return null; }).then(function () {
  log('--- host innerHTML');
  c1.innerHTML = '<u id=u1>u</u>';
  return null;
}).then(function () { return null; }).then(function () {
  log('--- host textContent');
  c1.textContent = '';
  return null;
}).then(function () { return null; }).then(function () {
  log('--- remove child');
  outer.removeChild(document.getElementById('i1'));
  setTimeout(function () {
    log('--- many');
    var list = document.createElement('x-card'); list.id = 'list';
    document.body.appendChild(list);
    for (var k = 0; k < 3000; k++) { var li = document.createElement('p'); li.textContent = 'm' + k; list.appendChild(li); }
    log('appended 3000');
    setTimeout(function () { log('end'); }, 0);
  }, 0);
});
</script></body></html>
""",
"""
card c1 slotchange inner b1,b2
parsed c1 b1,b2
card c2 slotchange inner mid
--- nested
handler attr mid
card c2 slotchange mid i1
outer root heard mid mid>inner>#document-fragment>c2>#document-fragment
--- host innerHTML
u
card c1 slotchange inner u1
--- host textContent

card c1 slotchange inner\s
--- remove child
handler attr mid
card c2 slotchange mid\s
outer root heard mid mid>inner>#document-fragment>c2>#document-fragment
--- many
appended 3000
card list slotchange inner 3000 nodes
end
""");
  }

  /**
   * HTML's parsing and serialization APIs for declarative shadow roots (dom-parsing.js): getHTML
   * with serializableShadowRoots and shadowRoots (a closed root too, nested), its TypeErrors,
   * setHTMLUnsafe on an element (a template at the fragment's top level stays one), a template and
   * a shadow root, and Document.parseHTMLUnsafe.
   */
  @ParameterizedTest
  @EnumSource(JsEngine.class)
  void declarativeShadowRootsThroughGetHtmlAndSetHtmlUnsafe(JsEngine engine) throws Exception {
    Runs.assertPagePrints(
        dir,
        "get-html.html",
        engine,
"""
<!DOCTYPE html><html><body>
<div id="h"><p>light</p></div>
<script>
function log() { console.log(Array.prototype.join.call(arguments, ' ')); }
var h = document.getElementById('h');
var r = h.attachShadow({mode: 'open', serializable: true, delegatesFocus: true, clonable: true});
r.innerHTML = '<slot></slot><span>in</span>';
var inner = r.querySelector('span').attachShadow({mode: 'closed'});
inner.innerHTML = '<b>deep</b>';
log(h.innerHTML);
log(h.getHTML());
log(h.getHTML({serializableShadowRoots: true}));
log(h.getHTML({serializableShadowRoots: true, shadowRoots: [inner]}));
log(document.body.getHTML({serializableShadowRoots: true}).replace(/\\s+/g, ' ').slice(0, 200));
log(r.getHTML(), r.getHTML({shadowRoots: [inner]}));
try { h.getHTML(5); } catch (e) { log(e.name, e.message); }
try { h.getHTML({shadowRoots: [h]}); } catch (e) { log(e.name, e.message); }
var d = document.createElement('div');
d.setHTMLUnsafe('<x-y><template shadowrootmode="open" shadowrootserializable><i>s</i><slot></slot></template>text</x-y><template shadowrootmode="closed"></template>');
log(d.firstChild.shadowRoot !== null, d.firstChild.shadowRoot.innerHTML, d.firstChild.shadowRoot.serializable, d.innerHTML, d.children.length);
log(d.getHTML({serializableShadowRoots: true}));
var doc = Document.parseHTMLUnsafe('<div id=a><template shadowrootmode=open><b>x</b></template></div>');
log(doc instanceof Document, doc.URL, doc.getElementById('a').shadowRoot.innerHTML, doc.body.getHTML({serializableShadowRoots: true}));
var t = document.createElement('template'); t.setHTMLUnsafe('<p>c</p>'); log(t.content.childNodes.length, t.childNodes.length);
r.setHTMLUnsafe('<em>new</em>'); log(r.innerHTML);
log(typeof Element.prototype.setHTMLUnsafe, typeof ShadowRoot.prototype.getHTML, typeof Document.parseHTMLUnsafe);
</script></body></html>
""",
"""
<p>light</p>
<p>light</p>
<template shadowrootmode="open" shadowrootdelegatesfocus="" shadowrootserializable="" shadowrootclonable=""><slot></slot><span>in</span></template><p>light</p>
<template shadowrootmode="open" shadowrootdelegatesfocus="" shadowrootserializable="" shadowrootclonable=""><slot></slot><span><template shadowrootmode="closed"><b>deep</b></template>in</span></template><p>light</p>
 <div id="h"><template shadowrootmode="open" shadowrootdelegatesfocus="" shadowrootserializable="" shadowrootclonable=""><slot></slot><span>in</span></template><p>light</p></div> <script> function log
<slot></slot><span>in</span> <slot></slot><span><template shadowrootmode="closed"><b>deep</b></template>in</span>
TypeError Failed to execute 'getHTML' on 'Element': The provided value is not of type 'GetHTMLOptions'.
TypeError Failed to execute 'getHTML' on 'Element': Failed to read the 'shadowRoots' property from 'GetHTMLOptions': Failed to convert value to 'ShadowRoot'.
true <i>s</i><slot></slot> true <x-y>text</x-y><template shadowrootmode="closed"></template> 2
<x-y><template shadowrootmode="open" shadowrootserializable=""><i>s</i><slot></slot></template>text</x-y><template shadowrootmode="closed"></template>
true about:blank <b>x</b> <div id="a"></div>
1 0
<em>new</em>
function function function
""");
  }
}
