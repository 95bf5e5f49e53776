package io.w3socket.engine;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * DOM Ranges (DOM #ranges): AbstractRange, StaticRange and Range (abstract-range.js,
 * static-range.js, range.js, document-range.js), whose live boundary points the host keeps
 * (LiveRanges) and moves with every change of the tree, and HTML's createContextualFragment. Each
 * page prints what headless Chromium 156 printed for it; the pages are ES5, run in both engines.
 */
class RangeTest {
  @TempDir Path dir;

  /**
   * DOM #concept-range-bp-set through setStart, setEnd, setStartBefore and the others, selectNode,
   * selectNodeContents and collapse, with their IndexSizeError, InvalidNodeTypeError and
   * TypeErrors; a point in another root or past the other end collapses the range;
   * compareBoundaryPoints, comparePoint, isPointInRange, intersectsNode, cloneRange, toString;
   * StaticRange's constructor and its errors.
   */
  @ParameterizedTest
  @EnumSource(JsEngine.class)
  void boundaryPointsComparisonsAndStringifier(JsEngine engine) throws Exception {
    Runs.assertPagePrints(
        dir,
        "bounds.html",
        engine,
"""
<!DOCTYPE html><html><body><div id="root"><p id="a">one<b>two</b></p><p id="c">three</p></div>
<script>
function log() { console.log(Array.prototype.join.call(arguments, ' ')); }
function n(x) { return x === null ? 'null' : x.nodeType === 3 ? '#' + x.data : x.nodeName; }
function show(r) { log(n(r.startContainer), r.startOffset, n(r.endContainer), r.endOffset, r.collapsed, n(r.commonAncestorContainer)); }
function err(f) { try { f(); log('no error'); } catch (e) { log(e.name, e.message); } }
var a = document.getElementById('a'), c = document.getElementById('c'), root = document.getElementById('root');
var one = a.firstChild, b = a.childNodes[1], three = c.firstChild;
var r = document.createRange();
show(r);
log(r.constructor === Range, r instanceof AbstractRange, typeof Range.prototype.detach, Range.START_TO_END, r.END_TO_START);
show(new Range());
r.setStart(one, 1); show(r);
r.setEnd(three, 2); show(r); log(JSON.stringify(r.toString()), JSON.stringify(String(r)));
r.setEnd(one, 0); show(r);
r.setStart(root, 1); show(r);
r.setStartBefore(b); r.setEndAfter(c); show(r); log(JSON.stringify(r.toString()));
r.setStartAfter(one); r.setEndBefore(c); show(r);
r.selectNode(a); show(r);
r.selectNodeContents(three); show(r); log(r.toString());
r.collapse(true); show(r);
r.selectNodeContents(root); r.collapse(); show(r);
r.collapse(false); show(r);
err(function () { r.setStart(one, 9); });
err(function () { r.setEnd(root, 3); });
err(function () { r.setStart(document.doctype, 0); });
err(function () { r.setStart(one, -1); });
err(function () { r.setStart(null, 0); });
err(function () { r.setStart(one); });
err(function () { r.setStartBefore(document); });
err(function () { r.setEndAfter(document); });
err(function () { r.selectNode(document); });
err(function () { r.selectNodeContents(document.doctype); });
err(function () { r.selectNode(document.doctype); show(r); });
var detached = document.createElement('div'); detached.innerHTML = 'x<i>y</i>';
r.selectNodeContents(a); r.setEnd(detached, 1); show(r);
r.selectNodeContents(a); r.setStart(detached.lastChild, 0); show(r);
var r2 = r.cloneRange(); log(r2 === r, r2.startContainer === r.startContainer);
r2.setStart(document.body, 0); show(r); show(r2);
log(r.detach(), r.detach.length);
// comparisons
var x = document.createRange(); x.setStart(one, 1); x.setEnd(three, 2);
var y = document.createRange(); y.selectNode(b);
log(x.compareBoundaryPoints(Range.START_TO_START, y), x.compareBoundaryPoints(Range.START_TO_END, y), x.compareBoundaryPoints(Range.END_TO_END, y), x.compareBoundaryPoints(Range.END_TO_START, y));
log(y.compareBoundaryPoints(Range.START_TO_START, x), y.compareBoundaryPoints(0, y), y.compareBoundaryPoints(65536 + 1, x));
err(function () { x.compareBoundaryPoints(4, y); });
err(function () { x.compareBoundaryPoints(-1, y); });
err(function () { var z = document.createRange(); z.selectNode(detached.firstChild); x.compareBoundaryPoints(0, z); });
err(function () { x.compareBoundaryPoints(0, {}); });
log(x.comparePoint(one, 0), x.comparePoint(one, 1), x.comparePoint(b, 0), x.comparePoint(three, 2), x.comparePoint(three, 3), x.comparePoint(document.body, 0));
err(function () { x.comparePoint(detached, 0); });
err(function () { x.comparePoint(one, 5); });
err(function () { x.comparePoint(document.doctype, 0); });
log(x.isPointInRange(one, 0), x.isPointInRange(one, 1), x.isPointInRange(b, 1), x.isPointInRange(three, 3), x.isPointInRange(detached, 0));
err(function () { x.isPointInRange(one, 5); });
err(function () { x.isPointInRange(document.doctype, 0); });
log(x.intersectsNode(a), x.intersectsNode(one), x.intersectsNode(root), x.intersectsNode(document), x.intersectsNode(detached), x.intersectsNode(document.body.lastChild), x.intersectsNode(document.doctype));
y.setStart(root, 1); y.collapse(true);
log(y.intersectsNode(a), y.intersectsNode(c), y.intersectsNode(root));
err(function () { x.intersectsNode(null); });
// toString
x.selectNodeContents(document.body); log(JSON.stringify(x.toString().slice(0, 20)));
x.setStart(one, 2); x.setEnd(one, 3); log(JSON.stringify(x.toString()));
x.setStart(b.firstChild, 1); x.setEnd(c, 1); log(JSON.stringify(x.toString()));
var com = document.createComment('comm'); c.appendChild(com); x.setStart(com, 1); x.setEnd(com, 3); log(JSON.stringify(x.toString()));
c.removeChild(com);
// StaticRange
var s = new StaticRange({startContainer: one, startOffset: 5, endContainer: a, endOffset: 0});
log(s.constructor === StaticRange, s instanceof AbstractRange, s.collapsed, n(s.startContainer), s.startOffset, n(s.endContainer), s.endOffset, typeof s.commonAncestorContainer);
log(new StaticRange({startContainer: one, startOffset: 1, endContainer: one, endOffset: 1}).collapsed);
err(function () { new StaticRange(); });
err(function () { new StaticRange({}); });
err(function () { new StaticRange({startContainer: one, startOffset: 0, endContainer: one}); });
err(function () { new StaticRange({startContainer: one, endContainer: one, endOffset: 0}); });
err(function () { new StaticRange({startContainer: 1, startOffset: 0, endContainer: one, endOffset: 0}); });
err(function () { new StaticRange({startContainer: document.doctype, startOffset: 0, endContainer: one, endOffset: 0}); });
err(function () { new StaticRange({startContainer: one, startOffset: 0, endContainer: document.createAttribute('x'), endOffset: 0}); });
err(function () { StaticRange({}); });
err(function () { new AbstractRange(); });
err(function () { Range(); });
log(Range.length, StaticRange.length, r instanceof AbstractRange, s instanceof Range);
err(function () { Object.getOwnPropertyDescriptor(AbstractRange.prototype, 'startOffset').get.call({}); });
</script></body></html>
""",
"""
#document 0 #document 0 true #document
true true function 1 3
#document 0 #document 0 true #document
#one 1 #one 1 true #one
#one 1 #three 2 false DIV
"netwoth" "netwoth"
#one 0 #one 0 true #one
DIV 1 DIV 1 true DIV
P 1 DIV 2 false DIV
"twothree"
P 1 DIV 1 false DIV
DIV 0 DIV 1 false DIV
#three 0 #three 5 false #three
three
#three 0 #three 0 true #three
DIV 2 DIV 2 true DIV
DIV 2 DIV 2 true DIV
IndexSizeError Failed to execute 'setStart' on 'Range': The offset 9 is larger than the node's length (3).
IndexSizeError Failed to execute 'setEnd' on 'Range': There is no child at offset 3.
InvalidNodeTypeError Failed to execute 'setStart' on 'Range': The node provided is of type 'html'.
IndexSizeError Failed to execute 'setStart' on 'Range': The offset 4294967295 is larger than the node's length (3).
TypeError Failed to execute 'setStart' on 'Range': parameter 1 is not of type 'Node'.
TypeError Failed to execute 'setStart' on 'Range': 2 arguments required, but only 1 present.
InvalidNodeTypeError Failed to execute 'setStartBefore' on 'Range': the given Node has no parent.
InvalidNodeTypeError Failed to execute 'setEndAfter' on 'Range': the given Node has no parent.
InvalidNodeTypeError Failed to execute 'selectNode' on 'Range': the given Node has no parent.
InvalidNodeTypeError Failed to execute 'selectNodeContents' on 'Range': The node provided is of type 'html'.
#document 0 #document 1 false #document
no error
DIV 1 DIV 1 true DIV
I 0 I 0 true I
false true
I 0 I 0 true I
BODY 0 BODY 0 true BODY
 0
-1 1 1 -1
1 0 1
NotSupportedError Failed to execute 'compareBoundaryPoints' on 'Range': The comparison method provided must be one of 'START_TO_START', 'START_TO_END', 'END_TO_END', or 'END_TO_START'.
NotSupportedError Failed to execute 'compareBoundaryPoints' on 'Range': The comparison method provided must be one of 'START_TO_START', 'START_TO_END', 'END_TO_END', or 'END_TO_START'.
WrongDocumentError Failed to execute 'compareBoundaryPoints' on 'Range': The source range is in a different document than this range.
TypeError Failed to execute 'compareBoundaryPoints' on 'Range': parameter 2 is not of type 'Range'.
-1 0 0 0 1 -1
WrongDocumentError Failed to execute 'comparePoint' on 'Range': The node provided and the Range are not in the same tree.
IndexSizeError Failed to execute 'comparePoint' on 'Range': The offset 5 is larger than the node's length (3).
InvalidNodeTypeError Failed to execute 'comparePoint' on 'Range': The node provided is of type 'html'.
false true true false false
IndexSizeError Failed to execute 'isPointInRange' on 'Range': The offset 5 is larger than the node's length (3).
InvalidNodeTypeError Failed to execute 'isPointInRange' on 'Range': The node provided is of type 'html'.
true true true true false false false
false false true
TypeError Failed to execute 'intersectsNode' on 'Range': parameter 1 is not of type 'Node'.
"onetwothree\\n\\nfunctio"
"e"
"wothree"
""
true true false #one 5 P 0 undefined
true
TypeError Failed to construct 'StaticRange': 1 argument required, but only 0 present.
TypeError Failed to construct 'StaticRange': Failed to read the 'endContainer' property from 'StaticRangeInit': Required member is undefined.
TypeError Failed to construct 'StaticRange': Failed to read the 'endOffset' property from 'StaticRangeInit': Required member is undefined.
TypeError Failed to construct 'StaticRange': Failed to read the 'startOffset' property from 'StaticRangeInit': Required member is undefined.
TypeError Failed to construct 'StaticRange': Failed to read the 'startContainer' property from 'StaticRangeInit': Failed to convert value to 'Node'.
InvalidNodeTypeError Failed to construct 'StaticRange': Neither startContainer nor endContainer can be a DocumentType or Attribute node.
InvalidNodeTypeError Failed to construct 'StaticRange': Neither startContainer nor endContainer can be a DocumentType or Attribute node.
TypeError Failed to construct 'StaticRange': Please use the 'new' operator, this DOM object constructor cannot be called as a function.
TypeError Failed to construct 'AbstractRange': Illegal constructor
TypeError Failed to construct 'Range': Please use the 'new' operator, this DOM object constructor cannot be called as a function.
0 1 true false
TypeError Illegal invocation
""");
  }

  /**
   * HTML #dom-range-createcontextualfragment: the markup parsed in the context of the start node's
   * element (a table body's rows stay rows; an html element or a document is a body), its scripts
   * run when the fragment is inserted into the document, not before, not while it is in a detached
   * element; innerHTML's never run.
   */
  @ParameterizedTest
  @EnumSource(JsEngine.class)
  void contextualFragmentScriptsRunWhenInserted(JsEngine engine) throws Exception {
    Runs.assertPagePrints(
        dir,
        "fragment.html",
        engine,
"""
<!DOCTYPE html><html><body><div id="target"></div><table id="t"><tbody id="tb"></tbody></table>
<script>
function log() { console.log(Array.prototype.join.call(arguments, ' ')); }
var target = document.getElementById('target');
var f = document.createRange().createContextualFragment('<p>x</p><script>console.log("ran", document.currentScript !== null)<\\/script>');
log(f.nodeType, f.childNodes.length, f.firstChild.nodeName, f.lastChild.nodeName, f.ownerDocument === document);
log('before append');
target.append(f);
log('after append', target.innerHTML.length, f.childNodes.length);
var r = document.createRange();
r.selectNodeContents(document.getElementById('tb'));
var rows = r.createContextualFragment('<tr><td>a</td></tr>');
log(rows.firstChild.nodeName, rows.firstChild.firstChild.nodeName);
r.selectNodeContents(document.body);
var body = r.createContextualFragment('<tr><td>a</td></tr>');
log(body.childNodes.length, body.firstChild.nodeName);
r.setStart(document.documentElement, 0);
var html = r.createContextualFragment('<title>t</title><p>p</p>');
log(html.childNodes.length, html.firstChild.nodeName, html.lastChild.nodeName);
r.setStart(document, 0);
log(r.createContextualFragment('<td>c</td>').firstChild.nodeName);
r.selectNodeContents(target.firstChild.firstChild);
log(r.createContextualFragment('<b>in text</b>').firstChild.nodeName);
var svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
target.appendChild(svg);
r.selectNodeContents(svg);
var s = r.createContextualFragment('<circle r="1"/>');
log(s.firstChild.namespaceURI, s.firstChild.localName);
var detached = document.createElement('div');
r.selectNodeContents(detached);
var f2 = r.createContextualFragment('<script>console.log("ran two")<\\/script>');
detached.appendChild(f2);
log('in a detached div');
document.body.appendChild(detached);
log('connected');
var div = document.createElement('div');
div.innerHTML = '<script>console.log("never")<\\/script>';
document.body.appendChild(div);
try { r.createContextualFragment(); } catch (e) { log(e.name, e.message); }
log(r.createContextualFragment(null).textContent);
</script></body></html>
""",
"""
11 2 P SCRIPT true
before append
ran true
after append 76 0
TR TD
1 #text
2 TITLE P
#text
B
http://www.w3.org/2000/svg circle
in a detached div
ran two
connected
TypeError Failed to execute 'createContextualFragment' on 'Range': 1 argument required, but only 0 present.
null
""");
  }

  /**
   * DOM #concept-live-range: boundary points follow insertions (#concept-node-insert steps 6.1-6.2,
   * a fragment's children leaving it), removals (#concept-node-remove steps 4-7, a moved node),
   * character data set through data, nodeValue and textContent (#concept-cd-replace steps 8-11),
   * and replace all (#concept-node-replace-all: innerHTML, textContent, a template's innerHTML),
   * through insertAdjacentHTML, replaceChild (child removed before node is inserted:
   * #concept-node-replace), remove(), replaceWith, append and prepend.
   */
  @ParameterizedTest
  @EnumSource(JsEngine.class)
  void liveRangesFollowTheTree(JsEngine engine) throws Exception {
    Runs.assertPagePrints(
        dir,
        "live.html",
        engine,
"""
<!DOCTYPE html><html><body><p id="out">x</p>
<script>
function log() { console.log(Array.prototype.join.call(arguments, ' ')); }
function n(x) { return x === null ? 'null' : x.nodeType === 3 ? '#' + x.data : x.nodeName + (x.id ? '#' + x.id : ''); }
function show(label, r) { log(label + ':', n(r.startContainer), r.startOffset, n(r.endContainer), r.endOffset); }
var div = document.createElement('div');
function reset() {
  div.innerHTML = '<p id="a">hello</p><p id="b">big <i id="i">world</i></p><p id="c">end</p>';
  return div;
}
reset();
var a = div.childNodes[0], b = div.childNodes[1], c = div.childNodes[2], i = b.childNodes[1];
var r1 = document.createRange(), r2 = document.createRange(), r3 = document.createRange();
// insertion before a boundary, at it, after it
r1.setStart(div, 1); r1.setEnd(div, 2);
r2.setStart(div, 3); r2.collapse(true);
r3.setStart(b, 0); r3.setEnd(i.firstChild, 3);
div.insertBefore(document.createElement('hr'), b);
show('insert at 1', r1); show('r2', r2); show('r3', r3);
div.appendChild(document.createElement('br'));
show('append', r1); show('r2', r2);
var f = document.createDocumentFragment(); f.appendChild(document.createElement('em')); f.appendChild(document.createTextNode('t'));
var rf = document.createRange(); rf.setStart(f, 1); rf.setEnd(f.lastChild, 1);
div.insertBefore(f, div.firstChild);
show('fragment inserted', r1); show('r2', r2); show('in fragment', rf);
// removal of a node holding a boundary, of one before it
b.removeChild(i);
show('remove i', r3);
div.removeChild(div.firstChild);
show('remove first', r1); show('r2', r2); show('r3', r3);
div.removeChild(b);
show('remove b', r3); show('r1', r1);
// moving a node (removed from its parent first)
var rm = document.createRange(); rm.setStart(c.firstChild, 1); rm.setEnd(div, div.childNodes.length);
div.insertBefore(c, div.firstChild);
show('move c', rm);
// character data: data, nodeValue, textContent
var t = document.createTextNode('abcdef');
var rt = document.createRange(); rt.setStart(t, 2); rt.setEnd(t, 5);
var rz = document.createRange(); rz.setStart(t, 0); rz.setEnd(t, 0);
t.data = 'xy';
show('data', rt); show('at 0', rz);
rt.setStart(t, 1); rt.setEnd(t, 2);
t.nodeValue = 'pqrs';
show('nodeValue', rt);
rt.setStart(t, 3);
t.textContent = 'z';
show('textContent of text', rt);
var cm = document.createComment('comment');
var rc = document.createRange(); rc.setStart(cm, 7); rc.collapse(true);
cm.data = 'c';
show('comment', rc);
// replace all: innerHTML, textContent on elements
reset();
a = div.childNodes[0]; b = div.childNodes[1];
r1.setStart(a.firstChild, 2); r1.setEnd(div, 3);
r2.setStart(b, 1); r2.setEnd(b.lastChild.firstChild, 1);
b.innerHTML = '<u>new</u>';
show('innerHTML', r2); show('r1', r1);
div.textContent = 'plain';
show('textContent', r1); show('r2', r2);
reset();
r1.selectNodeContents(div.lastChild);
div.lastChild.textContent = '';
show('emptied', r1);
r1.selectNodeContents(div);
div.innerHTML = '';
show('innerHTML empty', r1);
// insertAdjacentHTML, replaceChild, replaceWith, append, before, remove()
reset();
r1.setStart(div, 1); r1.setEnd(div, 3);
div.firstChild.insertAdjacentHTML('afterend', '<b>1</b><b>2</b>');
show('insertAdjacentHTML', r1);
r2.selectNode(div.childNodes.item(3));
div.replaceChild(document.createElement("s"), div.childNodes.item(3));
show('replaceChild', r2); show('r1', r1);
div.lastChild.remove();
show('remove()', r1);
div.firstChild.replaceWith('x', 'y');
show('replaceWith', r1);
div.append('z');
div.prepend('w');
show('prepend', r1);
// document ranges follow the document
var dr = document.createRange(); dr.setStart(document.body, 1); dr.setEnd(document.body, 2);
document.body.insertBefore(document.createElement('div'), document.body.firstChild);
show('document', dr);
// a template's contents, replaced by innerHTML
var tpl = document.createElement('template'); tpl.innerHTML = '<a>1</a><a>2</a>';
var rtpl = document.createRange(); rtpl.setStart(tpl.content, 2); rtpl.setEnd(tpl.content.firstChild, 1);
tpl.innerHTML = '<b>x</b>';
show('template', rtpl);
</script></body></html>
""",
"""
insert at 1: DIV 1 DIV 3
r2: DIV 4 DIV 4
r3: P#b 0 #world 3
append: DIV 1 DIV 3
r2: DIV 4 DIV 4
fragment inserted: DIV 3 DIV 5
r2: DIV 6 DIV 6
in fragment: #document-fragment 0 #document-fragment 0
remove i: P#b 0 P#b 1
remove first: DIV 2 DIV 4
r2: DIV 5 DIV 5
r3: P#b 0 P#b 1
remove b: DIV 3 DIV 3
r1: DIV 2 DIV 3
move c: DIV 4 DIV 5
data: #xy 0 #xy 0
at 0: #xy 0 #xy 0
nodeValue: #pqrs 0 #pqrs 0
textContent of text: #z 0 #z 0
comment: #comment 0 #comment 0
innerHTML: P#b 0 P#b 0
r1: #hello 2 DIV 3
textContent: DIV 0 DIV 0
r2: DIV 0 DIV 0
emptied: P#c 0 P#c 0
innerHTML empty: DIV 0 DIV 0
insertAdjacentHTML: DIV 1 DIV 5
replaceChild: DIV 3 DIV 3
r1: DIV 1 DIV 5
remove(): DIV 1 DIV 4
replaceWith: DIV 0 DIV 5
prepend: DIV 0 DIV 6
document: BODY 2 BODY 3
template: #document-fragment 0 #document-fragment 0
""");
  }

  /**
   * DOM #concept-cd-replace through appendData, insertData, deleteData and replaceData (their
   * IndexSizeErrors, a count past the end clamped), #concept-text-split (steps 7.2-7.5: boundary
   * points past the offset move into the new node; a node without parent only loses its data) and
   * #dom-node-normalize (steps 6.1-6.4), with their mutation records in Chromium's order.
   */
  @ParameterizedTest
  @EnumSource(JsEngine.class)
  void characterDataSplitTextAndNormalize(JsEngine engine) throws Exception {
    Runs.assertPagePrints(
        dir,
        "cd.html",
        engine,
"""
<!DOCTYPE html><html><body>
<script>
function log() { console.log(Array.prototype.join.call(arguments, ' ')); }
function n(x) { return x === null ? 'null' : x.nodeType === 3 ? '#' + x.data : x.nodeName; }
function show(label, r) { log(label + ':', n(r.startContainer), r.startOffset, n(r.endContainer), r.endOffset); }
function err(f) { try { f(); log('no error'); } catch (e) { log(e.name, e.message); } }
var div = document.createElement('div');
var t = document.createTextNode('abcdefgh'); div.appendChild(t);
var mo = new MutationObserver(function () {}); mo.observe(div, {subtree: true, childList: true, characterData: true, characterDataOldValue: true});
var r1 = document.createRange(), r2 = document.createRange();
r1.setStart(t, 2); r1.setEnd(t, 6); r2.setStart(t, 7); r2.setEnd(div, 1);
t.appendData('XY'); show('appendData', r1); show('r2', r2);
t.insertData(1, '12'); show('insertData', r1); show('r2', r2);
t.insertData(4, '--'); show('insertData in', r1);
t.deleteData(3, 5); show('deleteData', r1); show('r2', r2);
t.replaceData(0, 2, 'long'); show('replaceData', r1); show('r2', r2);
log(t.data, t.substringData(2, 3), t.substringData(5, 100), t.length);
err(function () { t.substringData(99, 1); });
err(function () { t.deleteData(99, 1); });
err(function () { t.insertData(99, 'x'); });
err(function () { t.replaceData(99, 1, 'x'); });
err(function () { t.appendData(); });
t.deleteData(1, 4294967295); log(t.data);
t.data = 'hello world';
r1.setStart(t, 3); r1.setEnd(t, 8); r2.setStart(div, 1); r2.collapse(true);
var rest = t.splitText(5);
log(n(t), n(rest), div.childNodes.length, rest.previousSibling === t);
show('split', r1); show('parent after', r2);
err(function () { t.splitText(9); });
var lone = document.createTextNode('alone'); var rl = document.createRange(); rl.setStart(lone, 4); rl.collapse(true);
var tail = lone.splitText(2); log(n(lone), n(tail), tail.parentNode === null); show('lone', rl);
// normalize
div.appendChild(document.createTextNode(''));
div.appendChild(document.createTextNode('!'));
var b = document.createElement('b'); b.appendChild(document.createTextNode('x')); b.appendChild(document.createTextNode('y')); div.appendChild(b);
log(div.childNodes.length);
r1.setStart(rest, 2); r1.setEnd(div, 3);
r2.setStart(div.childNodes[3], 1); r2.setEnd(b.lastChild, 1);
div.normalize();
log(div.childNodes.length, n(div.firstChild), b.childNodes.length, n(b.firstChild));
show('normalize', r1); show('r2', r2);
var records = mo.takeRecords();
log(records.length, records.map(function (m) { return m.type + (m.type === 'characterData' ? '(' + m.oldValue + ')' : '+' + m.addedNodes.length + '-' + m.removedNodes.length); }).join(' '));
</script></body></html>
""",
"""
appendData: #abcdefghXY 2 #abcdefghXY 6
r2: #abcdefghXY 7 DIV 1
insertData: #a12bcdefghXY 4 #a12bcdefghXY 8
r2: #a12bcdefghXY 9 DIV 1
insertData in: #a12b--cdefghXY 4 #a12b--cdefghXY 10
deleteData: #a12efghXY 3 #a12efghXY 5
r2: #a12efghXY 6 DIV 1
replaceData: #long2efghXY 5 #long2efghXY 7
r2: #long2efghXY 8 DIV 1
long2efghXY ng2 efghXY 11
IndexSizeError Failed to execute 'substringData' on 'CharacterData': The offset 99 is greater than the node's length (11).
IndexSizeError Failed to execute 'deleteData' on 'CharacterData': The offset 99 is greater than the node's length (11).
IndexSizeError Failed to execute 'insertData' on 'CharacterData': The offset 99 is greater than the node's length (11).
IndexSizeError Failed to execute 'replaceData' on 'CharacterData': The offset 99 is greater than the node's length (11).
TypeError Failed to execute 'appendData' on 'CharacterData': 1 argument required, but only 0 present.
l
#hello # world 2 true
split: #hello 3 # world 3
parent after: DIV 2 DIV 2
IndexSizeError Failed to execute 'splitText' on 'Text': The offset 9 is larger than the Text node's length.
#al #one true
lone: #al 2 #al 2
5
2 #hello world! 1 #xy
normalize: #hello world! 7 #hello world! 11
r2: #hello world! 12 #xy 2
19 characterData(abcdefgh) characterData(abcdefghXY) characterData(a12bcdefghXY) characterData(a12b--cdefghXY) characterData(a12efghXY) characterData(long2efghXY) characterData(l) characterData(hello world) childList+1-0 childList+1-0 childList+1-0 childList+1-0 characterData(hello) childList+0-1 childList+0-1 characterData(hello world) childList+0-1 characterData(x) childList+0-1
""");
  }

  /**
   * DOM #concept-range-clone, #concept-range-extract, #dom-range-deletecontents,
   * #concept-range-insert and #dom-range-surroundcontents through the shim's insert, remove, clone
   * and character data operations: the fragments, the tree after, the range collapsed or extended,
   * the mutation records a MutationObserver takes (in Chromium's order: start side, end side, then
   * the children between), and the HierarchyRequestError, InvalidStateError and
   * InvalidNodeTypeError with Chromium's messages.
   */
  @ParameterizedTest
  @EnumSource(JsEngine.class)
  void contentsOperationsWithMutationRecords(JsEngine engine) throws Exception {
    Runs.assertPagePrints(
        dir,
        "contents.html",
        engine,
"""
<!DOCTYPE html><html><body>
<script>
function log() { console.log(Array.prototype.join.call(arguments, ' ')); }
function n(x) { return x === null ? 'null' : x.nodeType === 3 ? '#' + x.data : x.nodeName; }
function show(label, r) { log(label + ':', n(r.startContainer), r.startOffset, n(r.endContainer), r.endOffset); }
function err(f) { try { f(); log('no error'); } catch (e) { log(e.name, e.message); } }
function html(node) { var d = document.createElement('div'); d.appendChild(node.cloneNode(true)); return d.innerHTML; }
var div = document.createElement('div');
var records = [];
var mo = new MutationObserver(function () {});
mo.observe(div, {subtree: true, childList: true, characterData: true});
function flush(label) {
  var rs = mo.takeRecords();
  log(label + ' [' + rs.map(function (m) { return m.type === 'characterData' ? 'cd(' + n(m.target) + ')' : n(m.target) + '+' + Array.prototype.map.call(m.addedNodes, n).join(',') + '-' + Array.prototype.map.call(m.removedNodes, n).join(','); }).join(' ') + ']');
}
function reset() {
  div.innerHTML = '<p>one<b>two</b>three</p><p>four<i>five</i></p><p>six</p>';
  mo.takeRecords();
}
function point(path, offset) { var x = div; for (var k = 0; k < path.length; k++) { x = x.childNodes[path[k]]; } return [x, offset]; }
function range(s, e) { var r = document.createRange(); r.setStart(s[0], s[1]); r.setEnd(e[0], e[1]); return r; }
// cloneContents
reset();
var r = range(point([0, 1, 0], 1), point([1, 1, 0], 2));
var f = r.cloneContents(); log('clone', html(f), f.childNodes.length); flush('clone records');
log(html(range(point([0, 0], 1), point([0, 0], 2)).cloneContents()));
log(html(range(point([], 1), point([], 3)).cloneContents()));
log(range(point([], 1), point([], 1)).cloneContents().childNodes.length);
// extractContents
reset();
r = range(point([0, 1, 0], 1), point([1, 1, 0], 2));
var other = range(point([1, 0], 2), point([2, 0], 1));
f = r.extractContents(); log('extract', html(f), '|', div.innerHTML); show('range', r); show('other', other);
flush('extract records');
reset();
r = range(point([0, 0], 1), point([0, 0], 2));
f = r.extractContents(); log('extract text', html(f), div.innerHTML); show('range', r); flush('records');
// deleteContents
reset();
r = range(point([0, 0], 2), point([2, 0], 1));
r.deleteContents(); log('delete', div.innerHTML); show('range', r); flush('delete records');
reset();
r = range(point([], 0), point([], 2));
r.deleteContents(); log('delete children', div.innerHTML); show('range', r); flush('records');
reset();
r = range(point([0, 2], 1), point([0, 2], 4)); r.deleteContents(); log(div.innerHTML); show('range', r); flush('records');
// insertNode
reset();
r = range(point([0, 0], 1), point([0, 0], 2));
r.insertNode(document.createElement('hr'));
log('insertNode in text', div.innerHTML); show('range', r); flush('records');
r = range(point([], 1), point([], 1));
var fr = document.createDocumentFragment(); fr.appendChild(document.createElement('em')); fr.appendChild(document.createTextNode('t'));
r.insertNode(fr); log('insertNode fragment', div.innerHTML); show('collapsed range', r); flush('records');
r = range(point([], 0), point([], 1));
r.insertNode(div.lastChild); log('move', div.innerHTML); show('range', r); flush('records');
err(function () { range(point([], 0), point([], 0)).insertNode(div); });
var cm = document.createComment('c'); div.appendChild(cm);
err(function () { var q = document.createRange(); q.setStart(cm, 0); q.insertNode(document.createElement('a')); });
err(function () { var q = document.createRange(); q.setStart(document.createTextNode('x'), 0); q.insertNode(document.createElement('a')); });
err(function () { range(point([], 0), point([], 0)).insertNode(document.createElement('a').appendChild(document.createTextNode('x')) && document); });
err(function () { range(point([], 0), point([], 0)).insertNode(null); });
// surroundContents
reset();
r = range(point([1], 0), point([1], 2));
var wrap = document.createElement('section'); wrap.appendChild(document.createTextNode('old'));
r.surroundContents(wrap); log('surround', div.innerHTML); show('range', r); flush('records');
reset();
r = range(point([0, 1, 0], 1), point([0, 2], 2));
err(function () { r.surroundContents(document.createElement('u')); });
r = range(point([0, 0], 1), point([0, 2], 2));
r.surroundContents(document.createElement('s')); log('surround texts', div.innerHTML); show('range', r); flush('records');
reset();
r = range(point([0, 0], 1), point([0, 0], 2));
r.surroundContents(document.createElement('u')); log('surround text', div.innerHTML); show('range', r);
err(function () { r.surroundContents(document.createDocumentFragment()); });
err(function () { r.surroundContents(document); });
err(function () { r.surroundContents(); });
// a doctype among the contained children
var dr = document.createRange(); dr.setStart(document, 0); dr.setEnd(document, 1);
err(function () { dr.cloneContents(); });
err(function () { dr.extractContents(); });
</script></body></html>
""",
"""
clone <p><b>wo</b>three</p><p>four<i>fi</i></p> 2
clone records []
n
<p>four<i>five</i></p><p>six</p>
0
extract <p><b>wo</b>three</p><p>four<i>fi</i></p> | <p>one<b>t</b></p><p><i>ve</i></p><p>six</p>
range: DIV 1 DIV 1
other: P 0 #six 1
extract records [cd(#t) P+-#three cd(#ve) P+-#four]
extract text n <p>oe<b>two</b>three</p><p>four<i>five</i></p><p>six</p>
range: #oe 1 #oe 1
records [cd(#oe)]
delete <p>on</p><p>ix</p>
range: DIV 1 DIV 1
delete records [cd(#on) P+-B P+-#three cd(#ix) DIV+-P]
delete children <p>six</p>
range: DIV 0 DIV 0
records [DIV+-P DIV+-P]
<p>one<b>two</b>te</p><p>four<i>five</i></p><p>six</p>
range: #te 1 #te 1
records [cd(#te)]
insertNode in text <p>o<hr>ne<b>two</b>three</p><p>four<i>five</i></p><p>six</p>
range: #o 1 #ne 1
records [cd(#o) P+#ne- P+HR-]
insertNode fragment <p>o<hr>ne<b>two</b>three</p><em></em>t<p>four<i>five</i></p><p>six</p>
collapsed range: DIV 1 DIV 3
records [DIV+EM,#t-]
move <p>six</p><p>o<hr>ne<b>two</b>three</p><em></em>t<p>four<i>five</i></p>
range: DIV 0 DIV 2
records [DIV+-P DIV+P-]
HierarchyRequestError Failed to execute 'insertNode' on 'Range': Unable to insert a node into a Range starting from the node itself.
HierarchyRequestError Failed to execute 'insertNode' on 'Range': Nodes of type 'A' may not be inserted inside nodes of type '#comment'.
HierarchyRequestError Failed to execute 'insertNode' on 'Range': This operation would split a text node, but there's no parent into which to insert.
HierarchyRequestError Failed to execute 'insertNode' on 'Range': Nodes of type '#document' may not be inserted inside nodes of type 'DIV'.
TypeError Failed to execute 'insertNode' on 'Range': parameter 1 is not of type 'Node'.
surround <p>one<b>two</b>three</p><p><section>four<i>five</i></section></p><p>six</p>
range: P 0 P 1
records [P+-#four P+-I P+SECTION- SECTION+#four,I-]
InvalidStateError Failed to execute 'surroundContents' on 'Range': The Range has partially selected a non-Text node.
surround texts <p>o<s>ne<b>two</b>th</s>ree</p><p>four<i>five</i></p><p>six</p>
range: P 1 P 2
records [cd(#o) cd(#ree) P+-B P+S- S+#ne,B,#th-]
surround text <p>o<u>n</u>e<b>two</b>three</p><p>four<i>five</i></p><p>six</p>
range: P 1 P 2
InvalidNodeTypeError Failed to execute 'surroundContents' on 'Range': The node provided is of type '#document-fragment'.
InvalidNodeTypeError Failed to execute 'surroundContents' on 'Range': The node provided is of type '#document'.
TypeError Failed to execute 'surroundContents' on 'Range': 1 argument required, but only 0 present.
HierarchyRequestError Failed to execute 'cloneContents' on 'Range': Nodes of type 'html' may not be inserted inside nodes of type '#document-fragment'.
HierarchyRequestError Failed to execute 'extractContents' on 'Range': The Range contains a doctype node.
""");
  }

  /**
   * CSSOM View #dom-range-getclientrects and #dom-range-getboundingclientrect with no layout (an
   * empty DOMRectList, a DOMRect of zeros, as the host's Element versions), and a live range after
   * document.open() (#document-open-steps: replace all with null within the document) collapsed at
   * (document, 0).
   */
  @ParameterizedTest
  @EnumSource(JsEngine.class)
  void boxlessRectsAndDocumentOpen(JsEngine engine) throws Exception {
    Runs.assertPagePrints(
        dir,
        "rects.html",
        engine,
"""
<!DOCTYPE html><html><body><p id="p">text</p>
<script>
function log() { console.log(Array.prototype.join.call(arguments, ' ')); }
var d = document.createElement('div'); d.innerHTML = '<b>x</b>y';
var r = document.createRange(); r.selectNodeContents(d);
var list = r.getClientRects(), box = r.getBoundingClientRect();
log(list.length, Object.getPrototypeOf(list) === DOMRectList.prototype, box.x, box.y, box.width, box.height, box instanceof DOMRect);
var live = document.createRange(); live.setStart(document.body, 1); live.setEnd(document.getElementById('p').firstChild, 2);
setTimeout(function () {
  log(live.startContainer.nodeName, live.startOffset, live.endContainer.nodeName, live.endOffset);
  document.open();
  log(live.startContainer === document, live.startOffset, live.endContainer === document, live.endOffset, live.collapsed);
  document.close();
}, 0);
</script></body></html>
""",
"""
0 true 0 0 0 0 true
#text 2 #text 2
true 0 true 0 true
""");
  }

}
