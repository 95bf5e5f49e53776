package io.w3socket.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * DOM #traversal (the lazy module traversal: traversal.js, node-filter.js, node-iterator.js,
 * tree-walker.js; document-traversal.js): NodeFilter's constants, createNodeIterator and
 * createTreeWalker with their argument conversions, whatToShow masks, filters (functions, objects
 * with acceptNode, skip and reject, return values converted to unsigned short), exceptions from a
 * filter, the InvalidStateError of a filter that re-enters its traverser, every TreeWalker move
 * (with currentNode outside the root), the NodeIterator pre-removing steps (the reference node or
 * an ancestor removed by removeChild, remove, innerHTML, textContent, replaceChildren, a move, a
 * fragment's insertion, the filter itself; nothing for a removal that throws), walks over template
 * contents as lit-html makes them, and an Attr as root. The page prints what headless Chromium 156
 * printed for it, in both engines (Nashorn has no Symbol.toStringTag). The cases where Chromium
 * leaves the standard's pre-removing steps are left out (engine-bindings README).
 */
class TraversalTest {
  @TempDir Path dir;

  @ParameterizedTest
  @EnumSource(JsEngine.class)
  void iteratorsAndWalkersAsChromiumHasThem(JsEngine engine) throws Exception {
    Path page = dir.resolve("traversal.html");
    Files.writeString(
        page,
        """
<!DOCTYPE html><html><head><meta charset=utf-8><title>t</title></head><body><div id=root><p id=a>alpha<b id=b>bold</b><!--c1--></p><p id=c><i id=i>it</i>text2</p><ul id=u><li id=l1>1</li><li id=l2>2</li></ul></div><template id=tpl><div class=card><!--?lit$1$--><h2><!--?lit$1$-->title</h2><p class="x">body<!--?lit$1$--></p></div><!--tail--></template><script>
function log() { console.log(Array.prototype.join.call(arguments, ' ')); }
function t(label, f) { try { log(label, f()); } catch (e) { log(label, e.name + ': ' + e.message); } }
function nm(n) { return n === null ? 'null' : n === undefined ? 'undefined' : n.nodeType === 1 ? n.nodeName.toLowerCase() + (n.id ? '#' + n.id : '') : n.nodeType === 3 ? JSON.stringify(n.data) : n.nodeType === 8 ? '<!--' + n.data + '-->' : n.nodeName; }
function all(it, step) { var out = []; for (var n = it[step](); n !== null; n = it[step]()) { out.push(nm(n)); } return out.join(' '); }
var root = document.getElementById('root');
// The interfaces.
log(typeof NodeFilter, typeof NodeIterator, typeof TreeWalker, NodeFilter.length, NodeFilter.name);
log(['FILTER_ACCEPT', 'FILTER_REJECT', 'FILTER_SKIP', 'SHOW_ALL', 'SHOW_ELEMENT', 'SHOW_ATTRIBUTE', 'SHOW_TEXT', 'SHOW_CDATA_SECTION', 'SHOW_ENTITY_REFERENCE', 'SHOW_ENTITY', 'SHOW_PROCESSING_INSTRUCTION', 'SHOW_COMMENT', 'SHOW_DOCUMENT', 'SHOW_DOCUMENT_TYPE', 'SHOW_DOCUMENT_FRAGMENT', 'SHOW_NOTATION'].map(function (k) { return k + '=' + NodeFilter[k]; }).join(' '));
log(Object.getOwnPropertyNames(NodeIterator.prototype).sort().join(), Object.getOwnPropertyNames(TreeWalker.prototype).sort().join());
t('NodeFilter()', function () { return NodeFilter(); });
t('new NodeIterator', function () { return new NodeIterator(); });
t('new TreeWalker', function () { return new TreeWalker(); });
t('getter on {}', function () { return Object.getOwnPropertyDescriptor(NodeIterator.prototype, 'referenceNode').get.call({}); });
t('method on {}', function () { return TreeWalker.prototype.nextNode.call(document.createNodeIterator(document)); });
var it0 = document.createNodeIterator(root);
log(String(it0), String(document.createTreeWalker(root)), it0.root === root, nm(it0.referenceNode), it0.pointerBeforeReferenceNode, it0.whatToShow, String(it0.filter), String(it0.detach()));
// WebIDL conversions of the arguments.
t('no argument', function () { return document.createNodeIterator(); });
t('not a node', function () { return document.createTreeWalker({}); });
t('filter not an object', function () { return document.createTreeWalker(root, 1, 'x'); });
t('whatToShow', function () { return [document.createTreeWalker(root, -1).whatToShow, document.createTreeWalker(root, 2.5e10).whatToShow, document.createTreeWalker(root, undefined).whatToShow, document.createTreeWalker(root, null).whatToShow, document.createTreeWalker(root, '129').whatToShow, document.createNodeIterator(root, NaN).whatToShow].join(); });
t('filter kept', function () { var f = {acceptNode: null}; return [document.createTreeWalker(root, 1, f).filter === f, document.createTreeWalker(root, 1, undefined).filter, document.createNodeIterator(root, 1, null).filter].join(); });
// NodeIterator in both directions, with whatToShow masks.
log('all', all(document.createNodeIterator(root), 'nextNode'));
log('elements', all(document.createNodeIterator(root, NodeFilter.SHOW_ELEMENT), 'nextNode'));
log('text+comments', all(document.createNodeIterator(root, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_COMMENT), 'nextNode'));
log('document elements', all(document.createNodeIterator(document, 1), 'nextNode'));
log('document, doctype', all(document.createNodeIterator(document, NodeFilter.SHOW_DOCUMENT | NodeFilter.SHOW_DOCUMENT_TYPE), 'nextNode'));
var it1 = document.createNodeIterator(root, NodeFilter.SHOW_ELEMENT);
log('back and forth', nm(it1.nextNode()), nm(it1.nextNode()), nm(it1.nextNode()), nm(it1.previousNode()), it1.pointerBeforeReferenceNode, nm(it1.previousNode()), nm(it1.nextNode()), it1.pointerBeforeReferenceNode);
while (it1.nextNode()) {}
log('at the end', nm(it1.referenceNode), it1.pointerBeforeReferenceNode, all(it1, 'previousNode'), nm(it1.referenceNode), it1.pointerBeforeReferenceNode);
// Filters: a function, an object with acceptNode, skip and reject, other return values.
var seen = [];
log('function filter', all(document.createNodeIterator(root, 1, function (n) { seen.push(nm(n)); return n.nodeName === 'P' ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_SKIP; }), 'nextNode'), '| saw', seen.join(' '));
var self = null;
var obj = {acceptNode: function (n) { self = this; return n.nodeName === 'LI' ? 1 : 3; }};
log('object filter', all(document.createNodeIterator(root, 1, obj), 'nextNode'), self === obj);
log('iterator reject is skip', all(document.createNodeIterator(root, 1, function (n) { return n.id === 'c' ? 2 : 1; }), 'nextNode'));
log('walker reject skips the subtree', all(document.createTreeWalker(root, 1, function (n) { return n.id === 'c' ? 2 : 1; }), 'nextNode'));
log('walker skip keeps the subtree', all(document.createTreeWalker(root, 1, function (n) { return n.id === 'c' ? 3 : 1; }), 'nextNode'));
log('return values', all(document.createTreeWalker(root, 1, function (n) { return n.id === 'a' ? 'x' : n.id === 'c' ? 65537 : n.id === 'u' ? 4 : '3'; }), 'nextNode'));
var calls = 0;
var getter = {get acceptNode() { calls++; return function () { return 1; }; }};
var w0 = document.createTreeWalker(root, 1, getter); w0.nextNode(); w0.nextNode();
log('acceptNode read each call', calls);
var fn = function () { return 1; }; fn.acceptNode = function () { return 2; };
log('a function is called, not its acceptNode', nm(document.createTreeWalker(root, 1, fn).nextNode()));
t('acceptNode not callable', function () { return document.createTreeWalker(root, 1, {acceptNode: 5}).firstChild(); });
t('no acceptNode', function () { return document.createNodeIterator(root, 1, {}).nextNode(); });
// Exceptions from the filter propagate; the walker stays usable.
var boom = true;
var w1 = document.createTreeWalker(root, 1, function (n) { if (boom && n.id === 'c') { throw new RangeError('filter threw at ' + n.id); } return 1; });
t('filter throws', function () { return [nm(w1.nextNode()), nm(w1.nextNode()), nm(w1.nextNode()), nm(w1.nextNode())].join(); });
log('after the throw', nm(w1.currentNode)); boom = false; log('usable again', nm(w1.nextNode()));
var it2 = document.createNodeIterator(root, 1, function (n) { if (boom) { throw new Error('iterator filter threw'); } return 1; });
boom = true; t('iterator filter throws', function () { return it2.nextNode(); });
boom = false; log('iterator after the throw', nm(it2.referenceNode), it2.pointerBeforeReferenceNode, nm(it2.nextNode()));
// A filter that re-enters its own traverser: InvalidStateError (the active flag).
var w2 = document.createTreeWalker(root, 1, function (n) { return w2.nextNode() ? 1 : 1; });
t('re-entrant walker', function () { return w2.firstChild(); });
var it3 = document.createNodeIterator(root, 1, function (n) { it3.nextNode(); return 1; });
t('re-entrant iterator', function () { return it3.nextNode(); });
var inner = null;
var w3 = document.createTreeWalker(root, 1, function (n) { if (!inner) { inner = 'caught'; try { w3.parentNode(); } catch (e) { inner = e.name; } } return 1; });
log('re-entry caught inside', nm(w3.nextNode()), inner, nm(w3.nextNode()));
var other = document.createTreeWalker(root, 1);
log('another traverser inside a filter is fine', nm(document.createTreeWalker(root, 1, function (n) { return other.nextNode() ? 1 : 1; }).nextNode()), nm(other.currentNode));
// TreeWalker moves.
var w = document.createTreeWalker(root);
log('walker', nm(w.firstChild()), nm(w.firstChild()), nm(w.nextSibling()), nm(w.nextSibling()), nm(w.nextSibling()), nm(w.previousSibling()), nm(w.lastChild()), nm(w.parentNode()), nm(w.parentNode()), nm(w.parentNode()), nm(w.currentNode));
w.currentNode = document.getElementById('l2');
log('from l2', nm(w.previousNode()), nm(w.previousNode()), nm(w.previousNode()), nm(w.previousNode()), nm(w.previousSibling()), nm(w.nextSibling()));
var we = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT);
log('elements walker', nm(we.lastChild()), nm(we.firstChild()), nm(we.firstChild()), nm(we.nextNode()), nm(we.nextSibling()), nm(we.parentNode()), nm(we.previousSibling()), nm(we.previousNode()), nm(we.previousNode()), nm(we.previousNode()));
var wt = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
log('text walker', nm(wt.firstChild()), nm(wt.nextSibling()), nm(wt.nextNode()), nm(wt.nextSibling()), nm(wt.parentNode()), nm(wt.lastChild()));
log('text walker backwards', (function () { wt.currentNode = root; var out = []; while (wt.nextNode()) {} for (var n = wt.currentNode; n; n = wt.previousNode()) { out.push(nm(n)); } return out.join(' '); })());
// currentNode outside the root: the walker goes on from there, stopping at the top.
var wr = document.createTreeWalker(document.getElementById('c'), 1);
wr.currentNode = document.getElementById('b');
log('outside root', nm(wr.currentNode), nm(wr.parentNode()), nm(wr.currentNode), nm(wr.nextNode()), nm(wr.nextNode()));
wr.currentNode = document.getElementById('b');
log('outside root, up', nm(wr.nextSibling()), nm(wr.previousNode()), nm(wr.previousNode()));
wr.currentNode = document.body;
log('outside root, parentNode', nm(wr.parentNode()), nm(wr.currentNode), nm(wr.lastChild()));
t('currentNode = null', function () { wr.currentNode = null; });
t('currentNode = {}', function () { wr.currentNode = {}; });
wr.currentNode = document.createTextNode('detached');
log('detached current', nm(wr.currentNode), nm(wr.nextNode()), nm(wr.parentNode()), nm(wr.previousNode()));
// The NodeIterator pre-removing steps: the reference node removed while iterating (in a tree of
// its own: box > div#f, hr#tail).
function fresh() { var box = document.createElement('section'); box.id = 'box'; box.innerHTML = '<div id=f><p id=p1><b id=b1>x</b></p><p id=p2><b id=b2>y</b><i id=i2>z</i></p><p id=p3></p></div><hr id=tail>'; return box.firstChild; }
function $(id) { return box.querySelector('#' + id); }
function state(it) { return nm(it.referenceNode) + (it.pointerBeforeReferenceNode ? ' before' : ' after'); }
var f = fresh(), box = f.parentNode; var r1 = document.createNodeIterator(f, 1);
r1.nextNode(); r1.nextNode(); r1.nextNode(); r1.nextNode();
log('at', state(r1)); $('p2').removeChild($('b2'));
log('reference removed (after)', state(r1), nm(r1.nextNode()), nm(r1.nextNode()));
r1.previousNode(); log('pointer before', state(r1)); $('i2').remove();
log('reference removed (before)', state(r1), nm(r1.nextNode()), nm(r1.nextNode()));
f = fresh(); box = f.parentNode; var r2 = document.createNodeIterator(f, 1); var r3 = document.createNodeIterator(f, 1);
r2.nextNode(); r2.nextNode(); r2.nextNode(); r3.nextNode(); r3.nextNode(); r3.nextNode(); r3.previousNode();
log('r2 r3 at', state(r2), '|', state(r3));
$('p1').remove();
log('ancestor removed', state(r2), '|', state(r3), nm(r2.nextNode()), nm(r3.nextNode()));
r2.previousNode(); r3.nextNode(); r3.nextNode(); r3.nextNode(); r3.previousNode();
log('r2 r3 now', state(r2), '|', state(r3));
$('p3').remove();
log('last removed', state(r3), nm(r3.nextNode()), nm(r3.previousNode()));
f = fresh(); box = f.parentNode; var r4 = document.createNodeIterator(box, 1); r4.nextNode(); r4.nextNode(); r4.nextNode(); r4.previousNode();
var r5 = document.createNodeIterator(box); while (r5.referenceNode.id !== 'b1') { r5.nextNode(); }
log('r4 r5 at', state(r4), '|', state(r5)); f.innerHTML = '<em id=e1></em>';
log('innerHTML', state(r4), '|', state(r5), nm(r4.previousNode()), nm(r5.nextNode()));
r5.nextNode(); r5.nextNode(); r5.previousNode(); r5.nextNode(); log('r5', state(r5)); f.textContent = 'text';
log('textContent', state(r5), nm(r5.nextNode()), nm(r5.nextNode()));
f.innerHTML = '<em id=e3></em><em id=e4></em>'; var r6 = document.createNodeIterator(f); r6.nextNode(); r6.nextNode();
var s4 = document.createElement('span'); s4.id = 's4'; f.appendChild(s4);
log('r6', state(r6)); s4.appendChild($('e3'));
log('moved by appendChild', state(r6), nm(r6.nextNode()), nm(r6.nextNode()), nm(r6.nextNode()));
r6.previousNode(); r6.previousNode(); r6.previousNode(); r6.nextNode(); log('r6', state(r6)); f.replaceChildren(document.createElement('hr')); log('replaceChildren', state(r6), nm(r6.nextNode()));
var r7 = document.createNodeIterator(f); log('root removed', nm(r7.nextNode()), nm(r7.nextNode())); f.remove(); log('root removed', state(r7), nm(r7.nextNode()), nm(r7.previousNode()));
f = fresh(); box = f.parentNode; var r8 = document.createNodeIterator($('p2')); r8.nextNode(); r8.nextNode(); r8.nextNode(); log('r8', state(r8));
f.remove(); log('an ancestor of the root removed: no change', state(r8));
box.insertBefore(f, box.firstChild); var b1 = $('b1'); b1.remove(); log('a node outside the root removed: no change', state(r8));
try { f.removeChild(b1); } catch (e) { log('not a child', e.name); }
var r9 = document.createNodeIterator(f); while (r9.referenceNode.id !== 'b2') { r9.nextNode(); } log('r9', state(r9));
t('hierarchy error', function () { $('b2').appendChild($('p2')); });
t('not found', function () { f.insertBefore($('p2'), b1); });
log('unchanged after the errors', state(r9));
f.insertBefore($('p2'), null); log('moved to the end of its own parent', state(r9), nm(r9.nextNode()), nm(r9.nextNode()));
// Removal by the filter itself (the candidate reference).
f = fresh(); box = f.parentNode; var r10 = document.createNodeIterator(f, 1, function (n) { if (n.id === 'b1') { n.parentNode.remove(); } return n.id === 'p2' || n.id === 'b2' ? 1 : 3; });
log('removed in the filter', nm(r10.nextNode()), state(r10), nm(r10.nextNode()), nm(r10.nextNode()));
// A fragment's children inserted elsewhere.
var frag = document.createDocumentFragment(); frag.appendChild(document.createElement('x-a')); frag.appendChild(document.createElement('x-b'));
var r11 = document.createNodeIterator(frag); r11.nextNode(); r11.nextNode();
var frag2 = document.createDocumentFragment(); frag2.appendChild(document.createElement('x-c')); var r12 = document.createNodeIterator(frag2); r12.nextNode(); r12.nextNode(); r12.previousNode();
log('fragments', state(r11), state(r12)); document.createElement('div').append(frag, frag2); log('fragments inserted', state(r11), state(r12), nm(r11.nextNode()), nm(r12.previousNode()));
// Walkers and iterators over a fragment and template contents (lit-html's pattern).
var tpl = document.getElementById('tpl');
var walker = document.createTreeWalker(tpl.content, 129);
var parts = [];
while (walker.nextNode() !== null) { var node = walker.currentNode; parts.push(node.nodeType === 1 ? node.localName : 'comment:' + node.data); }
log('lit-html walk', parts.join(' '), walker.currentNode.data);
var clone = document.importNode(tpl.content, true);
walker.currentNode = clone;
var count = 0, markers = [];
while ((node = walker.nextNode()) !== null) { count++; if (node.nodeType === 8 && node.data === '?lit$1$') { markers.push(nm(node.parentNode)); } }
log('lit-html clone walk', count, markers.join(' '), walker.root === tpl.content);
walker.currentNode = clone; var n1 = walker.nextNode(); var n2 = walker.nextNode(); n2.remove(); log('walk on after removing the current node', nm(walker.currentNode), nm(walker.nextNode()), nm(walker.nextNode()));
var litWalker = document.createTreeWalker(document, 129, null); litWalker.currentNode = document.importNode(tpl.content, true); count = 0; while (litWalker.nextNode() !== null) { count++; } log('lit-html walker rooted at the document', count, nm(litWalker.currentNode));
log('fragment iterator', all(document.createNodeIterator(tpl.content, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_DOCUMENT_FRAGMENT), 'nextNode'));
var fw = document.createTreeWalker(tpl.content); log('fragment walker', nm(fw.lastChild()), nm(fw.previousSibling()), nm(fw.parentNode()), nm(fw.parentNode()), nm(fw.previousNode()));
// An Attr as root: shown only with SHOW_ATTRIBUTE, and without children.
var attr = root.getAttributeNode('id');
var ai = document.createNodeIterator(attr); log('attr iterator', nm(ai.nextNode()), nm(ai.nextNode()), nm(ai.previousNode()));
log('attr iterator, elements only', nm(document.createNodeIterator(attr, 1).nextNode()), nm(document.createNodeIterator(attr, NodeFilter.SHOW_ATTRIBUTE).nextNode()));
var aw = document.createTreeWalker(attr); log('attr walker', nm(aw.nextNode()), nm(aw.firstChild()), nm(aw.parentNode()), nm(aw.nextSibling()), aw.currentNode === attr);
var iw = document.createNodeIterator(root, NodeFilter.SHOW_ATTRIBUTE); log('no attributes in a tree', nm(iw.nextNode()));
log('done');
</script></body></html>
""");
    Runs.Outcome o = Runs.run(engine, b -> {}, c -> c.runPage(page, null));
    String expected =
        """
function function function 0 NodeFilter
FILTER_ACCEPT=1 FILTER_REJECT=2 FILTER_SKIP=3 SHOW_ALL=4294967295 SHOW_ELEMENT=1 SHOW_ATTRIBUTE=2 SHOW_TEXT=4 SHOW_CDATA_SECTION=8 SHOW_ENTITY_REFERENCE=16 SHOW_ENTITY=32 SHOW_PROCESSING_INSTRUCTION=64 SHOW_COMMENT=128 SHOW_DOCUMENT=256 SHOW_DOCUMENT_TYPE=512 SHOW_DOCUMENT_FRAGMENT=1024 SHOW_NOTATION=2048
constructor,detach,filter,nextNode,pointerBeforeReferenceNode,previousNode,referenceNode,root,whatToShow constructor,currentNode,filter,firstChild,lastChild,nextNode,nextSibling,parentNode,previousNode,previousSibling,root,whatToShow
NodeFilter() TypeError: Illegal constructor
new NodeIterator TypeError: Failed to construct 'NodeIterator': Illegal constructor
new TreeWalker TypeError: Failed to construct 'TreeWalker': Illegal constructor
getter on {} TypeError: Illegal invocation
method on {} TypeError: Illegal invocation
[object NodeIterator] [object TreeWalker] true div#root true 4294967295 null undefined
no argument TypeError: Failed to execute 'createNodeIterator' on 'Document': 1 argument required, but only 0 present.
not a node TypeError: Failed to execute 'createTreeWalker' on 'Document': parameter 1 is not of type 'Node'.
filter not an object TypeError: Failed to execute 'createTreeWalker' on 'Document': parameter 3 is not of type 'Object'.
whatToShow 4294967295,3525163520,4294967295,0,129,0
filter kept true,,
all div#root p#a "alpha" b#b "bold" <!--c1--> p#c i#i "it" "text2" ul#u li#l1 "1" li#l2 "2"
elements div#root p#a b#b p#c i#i ul#u li#l1 li#l2
text+comments "alpha" "bold" <!--c1--> "it" "text2" "1" "2"
document elements html head meta title body div#root p#a b#b p#c i#i ul#u li#l1 li#l2 template#tpl script
document, doctype #document html
back and forth div#root p#a b#b b#b true p#a p#a false
at the end li#l2 false li#l2 li#l1 ul#u i#i p#c b#b p#a div#root div#root true
function filter p#a p#c | saw div#root p#a b#b p#c i#i ul#u li#l1 li#l2
object filter li#l1 li#l2 true
iterator reject is skip div#root p#a b#b i#i ul#u li#l1 li#l2
walker reject skips the subtree p#a b#b ul#u li#l1 li#l2
walker skip keeps the subtree p#a b#b i#i ul#u li#l1 li#l2
return values p#c
acceptNode read each call 2
a function is called, not its acceptNode p#a
acceptNode not callable TypeError: Failed to execute 'firstChild' on 'TreeWalker': Failed to execute 'acceptNode' on 'NodeFilter': The provided callback is not callable.
no acceptNode TypeError: Failed to execute 'nextNode' on 'NodeIterator': Failed to execute 'acceptNode' on 'NodeFilter': The provided callback is not callable.
filter throws RangeError: filter threw at c
after the throw b#b
usable again p#c
iterator filter throws Error: iterator filter threw
iterator after the throw div#root true div#root
re-entrant walker InvalidStateError: Failed to execute 'nextNode' on 'TreeWalker': Filter function can't be recursive
re-entrant iterator InvalidStateError: Failed to execute 'nextNode' on 'NodeIterator': Filter function can't be recursive
re-entry caught inside p#a caught b#b
another traverser inside a filter is fine p#a p#a
walker p#a "alpha" b#b <!--c1--> null b#b "bold" b#b p#a div#root div#root
from l2 "1" li#l1 ul#u "text2" i#i "text2"
elements walker ul#u li#l1 null li#l2 null ul#u p#c b#b p#a div#root
text walker "alpha" "bold" "it" "text2" null null
text walker backwards "2" "1" "text2" "it" "bold" "alpha"
outside root b#b p#a p#a b#b p#c
outside root, up null p#a div#root
outside root, parentNode html html body
currentNode = null TypeError: Failed to set the 'currentNode' property on 'TreeWalker': Failed to convert value to 'Node'.
currentNode = {} TypeError: Failed to set the 'currentNode' property on 'TreeWalker': Failed to convert value to 'Node'.
detached current "detached" null null null
at p#p2 after
reference removed (after) p#p2 after i#i2 p#p3
pointer before p#p3 before
reference removed (before) p#p3 before p#p3 null
r2 r3 at b#b1 after | b#b1 before
ancestor removed div#f after | p#p2 before p#p2 p#p2
r2 r3 now p#p2 before | p#p3 before
last removed "z" after null i#i2
r4 r5 at p#p1 before | b#b1 after
innerHTML hr#tail before | div#f after em#e1 em#e1
r5 hr#tail after
textContent hr#tail after null null
r6 em#e3 after
moved by appendChild div#f after em#e4 span#s4 em#e3
r6 em#e4 after
replaceChildren div#f after hr
root removed div#f hr
root removed hr after null hr
r8 "y" after
an ancestor of the root removed: no change "y" after
a node outside the root removed: no change "y" after
not a child NotFoundError
r9 b#b2 after
hierarchy error HierarchyRequestError: Failed to execute 'appendChild' on 'Node': The new child element contains the parent.
not found NotFoundError: Failed to execute 'insertBefore' on 'Node': The node before which the new node is to be inserted is not a child of this node.
unchanged after the errors b#b2 after
moved to the end of its own parent p#p1 after p#p3 p#p2
removed in the filter p#p2 p#p2 after b#b2 null
fragments x-a after x-c before
fragments inserted #document-fragment after #document-fragment after null #document-fragment
lit-html walk div comment:?lit$1$ h2 comment:?lit$1$ p comment:?lit$1$ comment:tail tail
lit-html clone walk 7 div h2 p true
walk on after removing the current node <!--?lit$1$--> null null
lit-html walker rooted at the document 7 <!--tail-->
fragment iterator #document-fragment div h2 p
fragment walker <!--tail--> div #document-fragment null null
attr iterator id null id
attr iterator, elements only null id
attr walker null null null null true
no attributes in a tree null
done
""";
    if (engine == JsEngine.NASHORN) { // no Symbol.toStringTag
      expected =
          expected.replace(
              "[object NodeIterator] [object TreeWalker]", "[object Object] [object Object]");
    }
    assertEquals(Runs.lines(expected), o.out(), o::toString);
    assertEquals(List.of(), o.result().errors(), o::toString);
  }
}
