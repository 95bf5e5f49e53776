package io.w3socket.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The Selection API (selection.js, the lazy module selection; document-selection.js): each page
 * prints what headless Chromium 156 printed for it, in both engines. The pages keep to what needs
 * no layout: ranges inside the text of one paragraph for the selection's text, text offsets for
 * containsNode, and no change of the page's visible text.
 */
class SelectionTest {
  @TempDir Path dir;

  /**
   * The Selection interface's members in Chromium 156's order (with its base/extent names), one
   * object for window and document and none for a document a script made; each operation on an
   * empty selection and its TypeErrors; addRange keeping the range itself and ignoring a second, a
   * detached (Chromium's warning) and another document's range; collapse, setPosition,
   * setBaseAndExtent (null nodes as Chromium takes them), extend, collapseToStart/End and
   * selectAllChildren, their IndexSizeErrors and InvalidNodeTypeErrors and their ignoring a node
   * outside the document; anchor, focus, type and direction after each; the text of ranges within
   * one paragraph (Chromium's rendered text is the range's there); modify doing nothing with bad
   * arguments.
   */
  @ParameterizedTest
  @EnumSource(JsEngine.class)
  void membersOperationsAndErrorsAsChromiumHasThem(JsEngine engine) throws Exception {
    Runs.Outcome o =
        Runs.assertPagePrints(
            dir,
            "selection-members.html",
            engine,
            """
<!DOCTYPE html><html><body>
<p id="a">Hello <b id="b">bold</b> world</p><p id="c">second para</p>
<script>
function log() { console.log(Array.prototype.join.call(arguments, ' ')); }
function tryit(f) { try { var r = f(); log('ok', r); } catch (e) { log(e.name + ':', e.message); } }
function nm(n) { return n === null ? 'null' : n.id || n.nodeName + (n.nodeType === 3 ? '(' + n.data + ')' : ''); }
function state(label) { var s = getSelection(); log(label, nm(s.anchorNode), s.anchorOffset, nm(s.focusNode), s.focusOffset, s.isCollapsed, s.rangeCount, s.type, s.direction); }
log(Object.getOwnPropertyNames(Selection.prototype).filter(function (n) { return n !== 'constructor'; }).join(' '));
var s = getSelection();
log('same object', s === getSelection(), s === window.getSelection(), s === document.getSelection(), s instanceof Selection, s.constructor === Selection);
log('made documents', document.implementation.createHTMLDocument('x').getSelection(), new DOMParser().parseFromString('<p>x', 'text/html').getSelection());
tryit(function () { return new Selection(); });
tryit(function () { return Selection(); });
tryit(function () { return Selection.prototype.toString.call({}); });
tryit(function () { return Object.getOwnPropertyDescriptor(Selection.prototype, 'anchorNode').get.call(document); });
tryit(function () { return Document.prototype.getSelection.call(document.body); });
state('initial');
log('toString', JSON.stringify(String(s)), JSON.stringify(s.toString()));
tryit(function () { return s.getRangeAt(0); });
tryit(function () { return s.getRangeAt(-1); });
tryit(function () { return s.getRangeAt(); });
tryit(function () { return s.collapseToStart(); });
tryit(function () { return s.collapseToEnd(); });
tryit(function () { return s.extend(document.body, 0); });
tryit(function () { return s.extend(document.getElementById('b').firstChild, 99); });
tryit(function () { return s.removeRange(document.createRange()); });
tryit(function () { return s.removeRange(null); });
tryit(function () { return s.deleteFromDocument(); });
tryit(function () { return s.containsNode(document.body, true); });
tryit(function () { return s.containsNode(); });
tryit(function () { return s.containsNode(null); });
tryit(function () { return s.addRange(); });
tryit(function () { return s.addRange(5); });
tryit(function () { return s.collapse(); });
tryit(function () { return s.collapse(5); });
tryit(function () { return s.extend(); });
tryit(function () { return s.setBaseAndExtent(document.body, 0, document.body); });
tryit(function () { return s.setBaseAndExtent(5, 0, document.body, 0); });
tryit(function () { return s.setBaseAndExtent(document.body, 0, 5, 0); });
tryit(function () { return s.selectAllChildren(); });
tryit(function () { return s.selectAllChildren(null); });
tryit(function () { return s.getComposedRanges().length; });
var a = document.getElementById('a'), b = document.getElementById('b'), c = document.getElementById('c');
var t1 = a.firstChild, bt = b.firstChild, ct = c.firstChild;
var d = document.createElement('div'); d.appendChild(document.createTextNode('detached'));
var doc2 = document.implementation.createHTMLDocument('x');
// addRange: the range itself; a second one, a detached one, another document's: ignored.
var r = document.createRange(); r.setStart(t1, 2); r.setEnd(bt, 2);
s.addRange(r); state('addRange'); log('toString', JSON.stringify(String(s)));
log('same range', s.getRangeAt(0) === r, s.getRangeAt(0) === s.getRangeAt(0));
tryit(function () { return s.getRangeAt(1); });
var r2 = document.createRange(); r2.selectNodeContents(c);
s.addRange(r2); state('second addRange'); log(s.getRangeAt(0) === r);
s.removeRange(r); state('removeRange');
tryit(function () { return s.removeRange(r); });
var r3 = document.createRange(); r3.selectNodeContents(d);
s.addRange(r3); state('detached addRange');
var r4 = doc2.createRange(); r4.selectNodeContents(doc2.body);
s.addRange(r4); state('other document addRange');
var cr = document.createRange(); cr.setStart(bt, 2); s.addRange(cr); state('collapsed addRange');
s.addRange(r2); s.removeAllRanges(); s.addRange(r2); state('addRange again'); log(JSON.stringify(s.toString()));
s.empty(); state('empty');
// collapse / setPosition
s.collapse(bt, 1); state('collapse'); var got = s.getRangeAt(0); log('range', nm(got.startContainer), got.startOffset, got.collapsed, got !== r2);
s.collapse(b); state('collapse default offset');
tryit(function () { return s.collapse(bt, 10); });
tryit(function () { return s.collapse(b, 2); });
tryit(function () { return s.collapse(document.doctype, 0); });
tryit(function () { return s.setPosition(bt, 10); });
tryit(function () { return s.collapse(d, 99); });
s.collapse(d, 0); state('collapse detached');
s.collapse(doc2.body, 0); state('collapse other document');
s.collapse(null); state('collapse null');
s.setPosition(b, 1); state('setPosition');
s.setPosition(undefined); state('setPosition undefined');
var cm = document.createComment('note'); c.appendChild(cm);
s.collapse(cm, 2); state('collapse in a comment');
s.collapse(document, 1); state('collapse document');
// setBaseAndExtent, extend, collapseToStart/End, selectAllChildren
s.setBaseAndExtent(ct, 6, t1, 1); state('setBaseAndExtent backward');
var br = s.getRangeAt(0); log('range', nm(br.startContainer), br.startOffset, nm(br.endContainer), br.endOffset);
log('base/extent', nm(s.baseNode), s.baseOffset, nm(s.extentNode), s.extentOffset);
s.setBaseAndExtent(t1, 1, bt, 3); state('setBaseAndExtent forward'); log(JSON.stringify(s.toString()));
s.setBaseAndExtent(bt, 2, bt, 2); state('setBaseAndExtent caret');
s.setBaseAndExtent(t1, 3, null, 9); state('null focus');
s.setBaseAndExtent(null, 9, t1, 3); state('null anchor');
s.setBaseAndExtent(t1, 1, bt, 3);
tryit(function () { return s.setBaseAndExtent(a, 9, a, 0); });
tryit(function () { return s.setBaseAndExtent(a, 0, bt, 9); });
tryit(function () { return s.setBaseAndExtent(document.doctype, 0, a, 0); });
s.setBaseAndExtent(t1, 0, d, 0); state('detached focus');
s.extend(t1, 0); state('extend before the anchor'); log(JSON.stringify(s.toString()));
s.extend(bt, 3); state('extend after'); log(JSON.stringify(s.toString()));
s.extend(t1, 1); state('extend to the anchor');
s.extend(d, 0); state('extend detached');
tryit(function () { return s.extend(bt, 9); });
tryit(function () { return s.extend(document.doctype, 0); });
s.setBaseAndExtent(bt, 3, t1, 2); s.collapseToStart(); state('collapseToStart');
s.setBaseAndExtent(bt, 3, t1, 2); s.collapseToEnd(); state('collapseToEnd');
s.selectAllChildren(a); state('selectAllChildren'); log(JSON.stringify(s.toString()));
s.selectAllChildren(bt); state('selectAllChildren text');
s.selectAllChildren(d); state('selectAllChildren detached');
tryit(function () { return s.selectAllChildren(document.doctype); });
s.selectAllChildren(document); state('selectAllChildren document');
// modify: this host has no layout (a no-op); Chromium moves by what it renders.
s.modify(); s.modify('bogus', 'forward', 'word'); state('modify with bad arguments');
s.removeAllRanges(); state('removeAllRanges');
cm.remove();
</script></body></html>
""",
            """
anchorNode anchorOffset focusNode focusOffset isCollapsed rangeCount type direction baseNode baseOffset extentNode extentOffset addRange collapse collapseToEnd collapseToStart containsNode deleteFromDocument empty extend getComposedRanges getRangeAt modify removeAllRanges removeRange selectAllChildren setBaseAndExtent setPosition toString
same object true true true true true
made documents \s
TypeError: Failed to construct 'Selection': Illegal constructor
TypeError: Illegal constructor
TypeError: Illegal invocation
TypeError: Illegal invocation
TypeError: Illegal invocation
initial null 0 null 0 true 0 None none
toString "" ""
IndexSizeError: Failed to execute 'getRangeAt' on 'Selection': 0 is not a valid index.
IndexSizeError: Failed to execute 'getRangeAt' on 'Selection': 4294967295 is not a valid index.
TypeError: Failed to execute 'getRangeAt' on 'Selection': 1 argument required, but only 0 present.
InvalidStateError: Failed to execute 'collapseToStart' on 'Selection': there is no selection.
InvalidStateError: Failed to execute 'collapseToEnd' on 'Selection': there is no selection.
InvalidStateError: Failed to execute 'extend' on 'Selection': This Selection object doesn't have any Ranges.
InvalidStateError: Failed to execute 'extend' on 'Selection': This Selection object doesn't have any Ranges.
NotFoundError: Failed to execute 'removeRange' on 'Selection': Range not found.
TypeError: Failed to execute 'removeRange' on 'Selection': parameter 1 is not of type 'Range'.
ok\s
ok false
TypeError: Failed to execute 'containsNode' on 'Selection': 1 argument required, but only 0 present.
TypeError: Failed to execute 'containsNode' on 'Selection': parameter 1 is not of type 'Node'.
TypeError: Failed to execute 'addRange' on 'Selection': 1 argument required, but only 0 present.
TypeError: Failed to execute 'addRange' on 'Selection': parameter 1 is not of type 'Range'.
TypeError: Failed to execute 'collapse' on 'Selection': 1 argument required, but only 0 present.
TypeError: Failed to execute 'collapse' on 'Selection': parameter 1 is not of type 'Node'.
TypeError: Failed to execute 'extend' on 'Selection': 1 argument required, but only 0 present.
TypeError: Failed to execute 'setBaseAndExtent' on 'Selection': 4 arguments required, but only 3 present.
TypeError: Failed to execute 'setBaseAndExtent' on 'Selection': parameter 1 is not of type 'Node'.
TypeError: Failed to execute 'setBaseAndExtent' on 'Selection': parameter 3 is not of type 'Node'.
TypeError: Failed to execute 'selectAllChildren' on 'Selection': 1 argument required, but only 0 present.
TypeError: Failed to execute 'selectAllChildren' on 'Selection': parameter 1 is not of type 'Node'.
ok 0
addRange #text(Hello ) 2 #text(bold) 2 false 1 Range forward
toString "llo bo"
same range true true
IndexSizeError: Failed to execute 'getRangeAt' on 'Selection': 1 is not a valid index.
second addRange #text(Hello ) 2 #text(bold) 2 false 1 Range forward
true
removeRange null 0 null 0 true 0 None none
NotFoundError: Failed to execute 'removeRange' on 'Selection': Range not found.
detached addRange null 0 null 0 true 0 None none
other document addRange null 0 null 0 true 0 None none
collapsed addRange #text(bold) 2 #text(bold) 2 true 1 Caret none
addRange again c 0 c 1 false 1 Range forward
"second para"
empty null 0 null 0 true 0 None none
collapse #text(bold) 1 #text(bold) 1 true 1 Caret none
range #text(bold) 1 true true
collapse default offset b 0 b 0 true 1 Caret none
IndexSizeError: Failed to execute 'collapse' on 'Selection': The offset 10 is larger than the node's length (4).
IndexSizeError: Failed to execute 'collapse' on 'Selection': There is no child at offset 2.
InvalidNodeTypeError: Failed to execute 'collapse' on 'Selection': The node provided is of type 'html'.
IndexSizeError: Failed to execute 'setPosition' on 'Selection': The offset 10 is larger than the node's length (4).
IndexSizeError: Failed to execute 'collapse' on 'Selection': There is no child at offset 99.
collapse detached b 0 b 0 true 1 Caret none
collapse other document b 0 b 0 true 1 Caret none
collapse null null 0 null 0 true 0 None none
setPosition b 1 b 1 true 1 Caret none
setPosition undefined null 0 null 0 true 0 None none
collapse in a comment #comment 2 #comment 2 true 1 Caret none
collapse document #document 1 #document 1 true 1 Caret none
setBaseAndExtent backward #text(second para) 6 #text(Hello ) 1 false 1 Range backward
range #text(Hello ) 1 #text(second para) 6
base/extent #text(second para) 6 #text(Hello ) 1
setBaseAndExtent forward #text(Hello ) 1 #text(bold) 3 false 1 Range forward
"ello bol"
setBaseAndExtent caret #text(bold) 2 #text(bold) 2 true 1 Caret none
null focus #text(Hello ) 3 #text(Hello ) 3 true 1 Caret none
null anchor null 0 null 0 true 0 None none
IndexSizeError: Failed to execute 'setBaseAndExtent' on 'Selection': There is no child at offset 9.
IndexSizeError: Failed to execute 'setBaseAndExtent' on 'Selection': The offset 9 is larger than the node's length (4).
InvalidNodeTypeError: Failed to execute 'setBaseAndExtent' on 'Selection': The node provided is of type 'html'.
detached focus #text(Hello ) 1 #text(bold) 3 false 1 Range forward
extend before the anchor #text(Hello ) 1 #text(Hello ) 0 false 1 Range backward
"H"
extend after #text(Hello ) 1 #text(bold) 3 false 1 Range forward
"ello bol"
extend to the anchor #text(Hello ) 1 #text(Hello ) 1 true 1 Caret none
extend detached #text(Hello ) 1 #text(Hello ) 1 true 1 Caret none
IndexSizeError: Failed to execute 'extend' on 'Selection': The offset 9 is larger than the node's length (4).
InvalidNodeTypeError: Failed to execute 'extend' on 'Selection': The node provided is of type 'html'.
collapseToStart #text(Hello ) 2 #text(Hello ) 2 true 1 Caret none
collapseToEnd #text(bold) 3 #text(bold) 3 true 1 Caret none
selectAllChildren a 0 a 3 false 1 Range forward
"Hello bold world"
selectAllChildren text #text(bold) 0 #text(bold) 0 true 1 Caret none
selectAllChildren detached #text(bold) 0 #text(bold) 0 true 1 Caret none
InvalidNodeTypeError: Failed to execute 'selectAllChildren' on 'Selection': The node provided is of type 'html'.
selectAllChildren document #document 0 #document 2 false 1 Range forward
modify with bad arguments #document 0 #document 2 false 1 Range forward
removeAllRanges null 0 null 0 true 0 None none
""");
    // Chromium 156's console warning for the detached range (this host prints warnings on err).
    assertEquals(List.of("addRange(): The given range isn't in document."), o.err(), o::toString);
  }

  /**
   * The selection's range is the Range getRangeAt gives: its own methods change the selection,
   * forwards then, and one set outside the document empties it; copies do not; changes of the tree
   * move it (data, splitText, normalize, insertions and removals) and keep its direction;
   * deleteFromDocument deletes the range's contents and keeps the range; extractContents and
   * insertNode through it. containsNode for ranges inside text (Chromium compares the node's place
   * in its parent, and takes a partly selected Text as contained). A selection in a shadow tree and
   * getComposedRanges moving its points out, with its dictionary's TypeErrors.
   */
  @ParameterizedTest
  @EnumSource(JsEngine.class)
  void theRangeIsLiveAndSharedAsChromiumHasIt(JsEngine engine) throws Exception {
    Runs.assertPagePrints(
        dir,
        "selection-range.html",
        engine,
        """
<!DOCTYPE html><html><body>
<p id="a">Hello <b id="b">bold</b> world</p><p id="c">second <i id="i">para</i></p><div id="host"></div>
<script>
function log() { console.log(Array.prototype.join.call(arguments, ' ')); }
function tryit(f) { try { var r = f(); log('ok', r); } catch (e) { log(e.name + ':', e.message); } }
function nm(n) { return n === null ? 'null' : n.id || n.nodeName + (n.nodeType === 3 ? '(' + n.data + ')' : ''); }
function state(label) { var s = getSelection(); log(label, nm(s.anchorNode), s.anchorOffset, nm(s.focusNode), s.focusOffset, s.isCollapsed, s.rangeCount, s.type, s.direction); }
var s = getSelection();
var a = document.getElementById('a'), b = document.getElementById('b'), c = document.getElementById('c'), i = document.getElementById('i');
var t1 = a.firstChild, bt = b.firstChild, t3 = a.lastChild, ct = c.firstChild, it = i.firstChild;
var d = document.createElement('div'); d.appendChild(document.createTextNode('detached'));
// The selection's range is live: its own methods change the selection, which is forwards then.
s.setBaseAndExtent(bt, 3, t1, 2); var r = s.getRangeAt(0); state('backward');
r.setStart(t1, 1); state('range setStart'); log(s.getRangeAt(0) === r, JSON.stringify(String(s)));
s.setBaseAndExtent(bt, 3, t1, 2); r = s.getRangeAt(0);
r.setStart(t1, 2); state('same start through the range');
r.selectNode(b); state('range selectNode'); log(JSON.stringify(String(s)));
r.selectNodeContents(bt); state('range selectNodeContents');
r.setEndBefore(b); state('range setEndBefore');
r.collapse(false); state('range collapse');
r.setStartAfter(b); r.setEndAfter(b); state('range setStartAfter');
r.setEnd(d.firstChild, 2); state('range set outside the document'); log(nm(r.startContainer), r.startOffset);
r.selectNode(b); state('the range back'); log(s.rangeCount);
// Copies and other ranges do not change it.
s.setBaseAndExtent(ct, 4, t1, 2); r = s.getRangeAt(0);
var copy = r.cloneRange(); copy.setStart(a, 0); copy.collapse(true); state('a copy changed');
var frag = r.cloneContents(); state('cloneContents'); log(frag.childNodes.length);
// Changes of the tree move it as a live range; the direction stays.
t1.insertData(0, 'XX'); state('insertData before'); t1.deleteData(0, 2); state('deleteData');
ct.insertData(6, '!'); state('insertData after the focus'); ct.deleteData(6, 1); state('deleteData');
var n = t1.splitText(1); state('splitText'); a.normalize(); state('normalize'); t1 = a.firstChild;
var x = document.createElement('span'); a.insertBefore(x, b); state('inserted'); x.remove(); state('removed');
r.insertNode(x); state('range insertNode'); log(nm(x.parentNode), nm(x.previousSibling), nm(x.nextSibling)); x.remove(); a.normalize(); t1 = a.firstChild; state('after');
// Its nodes removed: the points move to the parent.
s.selectAllChildren(i); i.removeChild(it); state('text removed'); i.appendChild(it); state('text back');
s.setBaseAndExtent(it, 1, it, 3); c.removeChild(i); state('element removed'); c.appendChild(i); state('element back');
// deleteFromDocument: the range's deleteContents; the same range stays the selection's.
s.setBaseAndExtent(bt, 3, bt, 1); r = s.getRangeAt(0);
s.deleteFromDocument(); state('deleteFromDocument'); log(JSON.stringify(bt.data), s.getRangeAt(0) === r, nm(r.startContainer), r.startOffset);
bt.data = 'bold';
s.collapse(bt, 2); s.deleteFromDocument(); log('collapsed', bt.data);
// extractContents and insertNode through the range: forwards.
s.setBaseAndExtent(bt, 3, bt, 1); r = s.getRangeAt(0);
var f = r.extractContents(); state('extractContents'); r.insertNode(f); state('insertNode back'); log(b.childNodes.length); b.normalize(); bt = b.firstChild; state('normalized');
// containsNode, with ranges inside text (Chromium compares the node's place in its parent).
var nodes = {a: a, b: b, c: c, i: i, t1: t1, bt: bt, t3: t3, ct: ct, it: it, body: document.body, doc: document, d: d};
function check(label) {
  var out = [];
  for (var k in nodes) out.push(k + ':' + (s.containsNode(nodes[k]) ? 1 : 0) + (s.containsNode(nodes[k], true) ? 1 : 0));
  log(label, out.join(' '));
}
s.setBaseAndExtent(t1, 2, t3, 3); check('t1 2 - t3 3');
s.setBaseAndExtent(t1, 0, t3, 6); check('t1 0 - t3 6');
s.setBaseAndExtent(bt, 1, bt, 3); check('bt 1 - bt 3');
s.setBaseAndExtent(bt, 2, bt, 2); check('caret bt 2');
s.setBaseAndExtent(ct, 3, t1, 3); check('backward ct 3 - t1 3');
s.setBaseAndExtent(t3, 2, it, 2); check('t3 2 - it 2');
s.removeAllRanges(); check('none');
// A shadow tree: the selection may be in it; getComposedRanges moves its points out.
var host = document.getElementById('host'); var sr = host.attachShadow({mode: 'open'}); sr.appendChild(document.createElement('span')).appendChild(document.createTextNode('shadow text'));
var st = sr.firstChild.firstChild;
s.setBaseAndExtent(st, 1, st, 4); state('in a shadow tree'); log(JSON.stringify(String(s)), nm(s.getRangeAt(0).startContainer), s.containsNode(st), s.containsNode(host, true));
function composed(label, arg) {
  var given = arguments.length > 1;
  tryit(function () { var rs = given ? s.getComposedRanges(arg) : s.getComposedRanges(); return label + ' ' + rs.length + ' ' + (rs[0] instanceof StaticRange) + ' ' + nm(rs[0].startContainer) + ' ' + rs[0].startOffset + ' ' + nm(rs[0].endContainer) + ' ' + rs[0].endOffset; });
}
composed('none given');
composed('its root', {shadowRoots: [sr]});
composed('a root as the argument', sr);
composed('null', null);
tryit(function () { return s.getComposedRanges(5); });
tryit(function () { return s.getComposedRanges({shadowRoots: [5]}); });
tryit(function () { return s.getComposedRanges({shadowRoots: [document.createDocumentFragment()]}); });
tryit(function () { return s.getComposedRanges({shadowRoots: 5}); });
s.setBaseAndExtent(t1, 1, bt, 2);
tryit(function () { var rs = s.getComposedRanges(); return rs.length + ' ' + nm(rs[0].startContainer) + ' ' + rs[0].startOffset + ' ' + nm(rs[0].endContainer) + ' ' + rs[0].endOffset + ' ' + (rs[0] === s.getComposedRanges()[0]) + ' ' + Array.isArray(rs); });
s.removeAllRanges(); log('empty', s.getComposedRanges().length);
</script></body></html>
""",
        """
backward #text(bold) 3 #text(Hello ) 2 false 1 Range backward
range setStart #text(Hello ) 1 #text(bold) 3 false 1 Range forward
true "ello bol"
same start through the range #text(Hello ) 2 #text(bold) 3 false 1 Range forward
range selectNode a 1 a 2 false 1 Range forward
"bold"
range selectNodeContents #text(bold) 0 #text(bold) 4 false 1 Range forward
range setEndBefore a 1 a 1 true 1 Caret none
range collapse a 1 a 1 true 1 Caret none
range setStartAfter a 2 a 2 true 1 Caret none
range set outside the document null 0 null 0 true 0 None none
#text(detached) 2
the range back null 0 null 0 true 0 None none
0
a copy changed #text(second ) 4 #text(Hello ) 2 false 1 Range backward
cloneContents #text(second ) 4 #text(Hello ) 2 false 1 Range backward
2
insertData before #text(second ) 4 #text(XXHello ) 4 false 1 Range backward
deleteData #text(second ) 4 #text(Hello ) 2 false 1 Range backward
insertData after the focus #text(second! ) 4 #text(Hello ) 2 false 1 Range backward
deleteData #text(second ) 4 #text(Hello ) 2 false 1 Range backward
splitText #text(second ) 4 #text(ello ) 1 false 1 Range backward
normalize #text(second ) 4 #text(Hello ) 2 false 1 Range backward
inserted #text(second ) 4 #text(Hello ) 2 false 1 Range backward
removed #text(second ) 4 #text(Hello ) 2 false 1 Range backward
range insertNode #text(second ) 4 #text(He) 2 false 1 Range backward
a #text(He) #text(llo )
after #text(second ) 4 #text(Hello ) 2 false 1 Range backward
text removed i 0 i 0 true 1 Caret none
text back i 0 i 0 true 1 Caret none
element removed c 1 c 1 true 1 Caret none
element back c 1 c 1 true 1 Caret none
deleteFromDocument #text(bd) 1 #text(bd) 1 true 1 Caret none
"bd" true #text(bd) 1
collapsed bold
extractContents #text(bd) 1 #text(bd) 1 true 1 Caret none
insertNode back #text(b) 1 b 2 false 1 Range forward
3
normalized #text(bold) 1 #text(bold) 3 false 1 Range forward
t1 2 - t3 3 a:01 b:11 c:00 i:00 t1:11 bt:11 t3:11 ct:00 it:00 body:01 doc:00 d:00
t1 0 - t3 6 a:01 b:11 c:00 i:00 t1:11 bt:11 t3:11 ct:00 it:00 body:01 doc:00 d:00
bt 1 - bt 3 a:01 b:01 c:00 i:00 t1:00 bt:11 t3:00 ct:00 it:00 body:01 doc:00 d:00
caret bt 2 a:01 b:01 c:00 i:00 t1:00 bt:11 t3:00 ct:00 it:00 body:01 doc:00 d:00
backward ct 3 - t1 3 a:01 b:11 c:01 i:00 t1:11 bt:11 t3:11 ct:11 it:00 body:01 doc:00 d:00
t3 2 - it 2 a:01 b:00 c:01 i:01 t1:00 bt:00 t3:11 ct:11 it:11 body:01 doc:00 d:00
none a:00 b:00 c:00 i:00 t1:00 bt:00 t3:00 ct:00 it:00 body:00 doc:00 d:00
in a shadow tree #text(shadow text) 1 #text(shadow text) 4 false 1 Range forward
"had" #text(shadow text) true false
ok none given 1 true BODY 3 BODY 4
ok its root 1 true #text(shadow text) 1 #text(shadow text) 4
ok a root as the argument 1 true BODY 3 BODY 4
ok null 1 true BODY 3 BODY 4
TypeError: Failed to execute 'getComposedRanges' on 'Selection': The provided value is not of type 'GetComposedRangesOptions'.
TypeError: Failed to execute 'getComposedRanges' on 'Selection': Failed to read the 'shadowRoots' property from 'GetComposedRangesOptions': Failed to convert value to 'ShadowRoot'.
TypeError: Failed to execute 'getComposedRanges' on 'Selection': Failed to read the 'shadowRoots' property from 'GetComposedRangesOptions': Failed to convert value to 'ShadowRoot'.
TypeError: Failed to execute 'getComposedRanges' on 'Selection': Failed to read the 'shadowRoots' property from 'GetComposedRangesOptions': The provided value cannot be converted to a sequence.
ok 1 #text(Hello ) 1 #text(bold) 2 false true
empty 0
""");
  }

  /**
   * selectionchange at the document (not bubbling, not cancelable, trusted; the handler too), one
   * task for all the changes before it runs, microtasks after each listener; none for a selection
   * set to where it is or calls that are ignored, one for a change through the range (its direction
   * too), one for changes of the tree that moved the range even when they put it back, none for
   * changes elsewhere; no selectstart from the API.
   */
  @ParameterizedTest
  @EnumSource(JsEngine.class)
  void selectionchangeEventsAsChromiumFiresThem(JsEngine engine) throws Exception {
    Runs.assertPagePrints(
        dir,
        "selection-events.html",
        engine,
        """
<!DOCTYPE html><html><body>
<p id="a">Hello <b id="b">bold</b> world</p><p id="c">second para</p>
<script>
function log() { console.log(Array.prototype.join.call(arguments, ' ')); }
var s = getSelection();
var a = document.getElementById('a'), b = document.getElementById('b'), c = document.getElementById('c');
var t1 = a.firstChild, bt = b.firstChild, ct = c.firstChild;
var n = 0;
log('handlers', 'onselectionchange' in document, 'onselectionchange' in window, 'onselectstart' in document, 'onselectstart' in a, document.onselectionchange);
document.addEventListener('selectionchange', function (e) {
  n++;
  log('selectionchange', n, e.target === document, e.currentTarget === document, e.eventPhase, e.bubbles, e.cancelable, e.isTrusted, e.constructor.name, e.defaultPrevented);
  Promise.resolve().then(function () { log('microtask after the first listener'); });
});
document.onselectionchange = function (e) { log('onselectionchange', this === document, e.type); };
document.addEventListener('selectstart', function () { log('selectstart'); });
window.addEventListener('selectionchange', function () { log('window'); });
a.addEventListener('selectionchange', function () { log('element'); });
var steps = [
  function () { s.collapse(bt, 1); s.extend(ct, 2); s.selectAllChildren(a); log('three changes'); Promise.resolve().then(function () { log('microtask of the task'); }); },
  function () { s.selectAllChildren(a); log('the same selection again'); },
  function () { s.setBaseAndExtent(a, 0, a, 3); log('the same points'); },
  function () { s.getRangeAt(0).setStart(t1, 1); log('through the range'); },
  function () { s.getRangeAt(0).setStart(t1, 1); log('the range set to where it is'); },
  function () { s.setBaseAndExtent(bt, 3, bt, 1); log('backward'); },
  function () { s.getRangeAt(0).setStart(bt, 1); log('the same range, forwards now'); },
  function () { s.removeAllRanges(); s.removeAllRanges(); log('removeAllRanges twice'); },
  function () { s.removeAllRanges(); s.empty(); s.collapse(null); log('already empty'); },
  function () { s.setBaseAndExtent(ct, 4, t1, 2); log('setBaseAndExtent'); },
  function () { t1.insertData(0, 'XX'); t1.deleteData(0, 2); log('the tree moved it and back', s.anchorOffset, s.focusOffset); },
  function () { ct.insertData(8, '!'); ct.deleteData(8, 1); var x = document.createElement('span'); c.appendChild(x); x.remove(); log('changes elsewhere'); },
  function () { s.collapse(document.createElement('div'), 0); s.extend(document.createElement('div'), 0); s.addRange(document.createRange()); log('ignored calls'); },
  function () { var r = s.getRangeAt(0); r.setEnd(document.createElement('div'), 0); log('the range set outside', s.rangeCount); },
  function () { var r = document.createRange(); r.setStart(bt, 1); r.setEnd(bt, 3); s.addRange(r); log('addRange'); },
  function () { var saved = bt.data; s.deleteFromDocument(); bt.data = saved; log('deleteFromDocument', bt.data); },
  function () { log('done', n); }
];
function next() {
  var step = steps.shift();
  step();
  if (steps.length) setTimeout(next, 0);
}
log('before the first change', n);
next();
</script></body></html>
""",
        """
handlers true true true true\s
before the first change 0
three changes
microtask of the task
selectionchange 1 true true 2 false false true Event false
microtask after the first listener
onselectionchange true selectionchange
the same selection again
the same points
through the range
selectionchange 2 true true 2 false false true Event false
microtask after the first listener
onselectionchange true selectionchange
the range set to where it is
backward
selectionchange 3 true true 2 false false true Event false
microtask after the first listener
onselectionchange true selectionchange
the same range, forwards now
selectionchange 4 true true 2 false false true Event false
microtask after the first listener
onselectionchange true selectionchange
removeAllRanges twice
selectionchange 5 true true 2 false false true Event false
microtask after the first listener
onselectionchange true selectionchange
already empty
setBaseAndExtent
selectionchange 6 true true 2 false false true Event false
microtask after the first listener
onselectionchange true selectionchange
the tree moved it and back 4 2
selectionchange 7 true true 2 false false true Event false
microtask after the first listener
onselectionchange true selectionchange
changes elsewhere
ignored calls
the range set outside 0
selectionchange 8 true true 2 false false true Event false
microtask after the first listener
onselectionchange true selectionchange
addRange
selectionchange 9 true true 2 false false true Event false
microtask after the first listener
onselectionchange true selectionchange
deleteFromDocument bold
selectionchange 10 true true 2 false false true Event false
microtask after the first listener
onselectionchange true selectionchange
done 10
""");
  }
}
