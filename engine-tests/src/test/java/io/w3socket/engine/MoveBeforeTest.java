package io.w3socket.engine;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * ParentNode's moveBefore (DOM #dom-parentnode-movebefore, #concept-node-move; NodeMoves,
 * dom-element.js): the pages print what headless Chromium 156 printed for them.
 */
class MoveBeforeTest {
  @TempDir Path dir;

  /**
   * Where it is (Element, Document, DocumentFragment; not Node or DocumentType), its arguments'
   * TypeErrors, each pre-move check with Chromium's message (another root, a disconnected node or
   * parent, another document, an ancestor, a child of another parent, a doctype or Attr, a Text or
   * second element into the document), moves between and within parents (a node before itself goes
   * before its next sibling), in a template's contents and between disconnected nodes of one tree;
   * a focused element keeps the focus, where insertBefore's removal takes it; a live range's
   * offsets; the two mutation records of each move. The page ends without a newline: the text the
   * parser appends after the script would be one more record here, none in Chromium.
   */
  @ParameterizedTest
  @EnumSource(JsEngine.class)
  void movesCheckAndRecordAsInChromium(JsEngine engine) throws Exception {
    Runs.assertPagePrints(
        dir,
        "move-before.html",
        engine,
        """
<!DOCTYPE html><html><head></head><body><div id=a><span id=s1>1</span><input id=inp></div><div id=b><i id=r>r</i></div><template id=t><p>x</p></template>
<script>
function t(label, f) { try { var v = f(); console.log(label + ': ok' + (v === undefined ? '' : ' ' + v)); } catch (e) { console.log(label + ': ' + e.name + ': ' + e.message); } }
var a = document.getElementById('a'), b = document.getElementById('b'), s1 = document.getElementById('s1'), r = document.getElementById('r');
console.log('in Element ' + ('moveBefore' in Element.prototype) + ' Document ' + ('moveBefore' in Document.prototype) + ' Fragment ' + ('moveBefore' in DocumentFragment.prototype) + ' Node ' + ('moveBefore' in Node.prototype) + ' doctype ' + ('moveBefore' in document.doctype) + ' length ' + Element.prototype.moveBefore.length);
var log = [];
var mo = new MutationObserver(function (records) { records.forEach(function (m) { log.push(m.type + ' ' + m.target.id + ' +' + Array.prototype.map.call(m.addedNodes, function (n) { return n.id || n.nodeName; }).join(',') + ' -' + Array.prototype.map.call(m.removedNodes, function (n) { return n.id || n.nodeName; }).join(',') + ' prev=' + (m.previousSibling && (m.previousSibling.id || m.previousSibling.nodeName)) + ' next=' + (m.nextSibling && (m.nextSibling.id || m.nextSibling.nodeName))); }); });
mo.observe(document.body, {childList: true, subtree: true});
t('move s1 before r', function () { b.moveBefore(s1, r); return b.innerHTML + ' | ' + a.innerHTML; });
t('move s1 to end', function () { b.moveBefore(s1, null); return b.innerHTML; });
t('move onto itself', function () { b.moveBefore(s1, s1); return b.innerHTML; });
t('no second arg', function () { b.moveBefore(s1); });
t('null node', function () { b.moveBefore(null, null); });
t('not a child', function () { b.moveBefore(s1, a); });
t('disconnected node', function () { b.moveBefore(document.createElement('q'), null); });
t('into disconnected', function () { document.createElement('q').moveBefore(s1, null); });
t('ancestor', function () { s1.moveBefore(b, null); });
t('self', function () { b.moveBefore(b, null); });
t('text into document', function () { var x = document.createTextNode('z'); document.body.appendChild(x); document.moveBefore(x, null); });
t('element into document', function () { document.moveBefore(s1, null); });
t('comment into document', function () { var c = document.createComment('c'); document.body.appendChild(c); document.moveBefore(c, document.documentElement); return document.firstChild.nodeName + ',' + document.childNodes[1].nodeName; });
t('doctype', function () { b.moveBefore(document.doctype, null); });
t('other document', function () { var d = document.implementation.createHTMLDocument(''); b.moveBefore(d.body, null); });
t('template content', function () { var c = document.getElementById('t').content; c.moveBefore(c.firstChild, null); });
t('disconnected to disconnected', function () { var x = document.createElement('x'), y = document.createElement('y'), z = document.createElement('z'); x.appendChild(z); x.appendChild(y); x.moveBefore(y, z); return x.innerHTML; });
t('across disconnected trees', function () { var x = document.createElement('x'), y = document.createElement('y'), z = document.createElement('z'); x.appendChild(z); x.moveBefore(y, z); });
t('shadow', function () { var h = document.createElement('div'); document.body.appendChild(h); var sr = h.attachShadow({mode: 'open'}); var p = document.createElement('p'); document.body.appendChild(p); sr.moveBefore(p, null); });
t('attr', function () { b.moveBefore(document.createAttribute('x'), null); });
var inp = document.getElementById('inp'); inp.focus();
t('focus kept', function () { b.moveBefore(inp, null); return document.activeElement === inp; });
t('focus lost by insertBefore', function () { a.insertBefore(inp, null); return document.activeElement === inp ? 'kept' : document.activeElement.nodeName; });
var range = document.createRange(); range.setStart(b, 1); range.setEnd(b, 2);
t('range', function () { b.moveBefore(b.lastChild, b.firstChild); return range.startContainer.id + ' ' + range.startOffset + ' ' + range.endContainer.id + ' ' + range.endOffset; });
setTimeout(function () { log.forEach(function (l) { console.log(l); }); }, 0);
</script></body></html>""",
        """
in Element true Document true Fragment true Node false doctype false length 2
move s1 before r: ok <span id="s1">1</span><i id="r">r</i> | <input id="inp">
move s1 to end: ok <i id="r">r</i><span id="s1">1</span>
move onto itself: ok <i id="r">r</i><span id="s1">1</span>
no second arg: TypeError: Failed to execute 'moveBefore' on 'Element': 2 arguments required, but only 1 present.
null node: TypeError: Failed to execute 'moveBefore' on 'Element': parameter 1 is not of type 'Node'.
not a child: NotFoundError: Failed to execute 'moveBefore' on 'Element': The node before which the new node is to be inserted is not a child of this node.
disconnected node: HierarchyRequestError: Failed to execute 'moveBefore' on 'Element': State-preserving atomic move cannot be performed on nodes participating in an invalid hierarchy.
into disconnected: HierarchyRequestError: Failed to execute 'moveBefore' on 'Element': State-preserving atomic move cannot be performed on nodes participating in an invalid hierarchy.
ancestor: HierarchyRequestError: Failed to execute 'moveBefore' on 'Element': The new child element contains the parent.
self: HierarchyRequestError: Failed to execute 'moveBefore' on 'Element': The new child element contains the parent.
text into document: HierarchyRequestError: Failed to execute 'moveBefore' on 'Document': Nodes of type '#text' may not be inserted inside nodes of type '#document'.
element into document: HierarchyRequestError: Failed to execute 'moveBefore' on 'Document': Only one element on document allowed.
comment into document: ok html,#comment
doctype: HierarchyRequestError: Failed to execute 'moveBefore' on 'Element': State-preserving atomic move cannot be performed on nodes participating in an invalid hierarchy.
other document: HierarchyRequestError: Failed to execute 'moveBefore' on 'Element': State-preserving atomic move cannot be performed on nodes participating in an invalid hierarchy.
template content: ok
disconnected to disconnected: ok <y></y><z></z>
across disconnected trees: HierarchyRequestError: Failed to execute 'moveBefore' on 'Element': State-preserving atomic move cannot be performed on nodes participating in an invalid hierarchy.
shadow: ok
attr: HierarchyRequestError: Failed to execute 'moveBefore' on 'Element': State-preserving atomic move cannot be performed on nodes participating in an invalid hierarchy.
focus kept: ok true
focus lost by insertBefore: ok BODY
range: ok b 2 b 2
childList a + -s1 prev=null next=inp
childList b +s1 - prev=null next=r
childList b + -s1 prev=null next=r
childList b +s1 - prev=r next=null
childList b + -s1 prev=r next=null
childList b +s1 - prev=r next=null
childList  +#text - prev=SCRIPT next=null
childList  +#comment - prev=#text next=null
childList  + -#comment prev=#text next=null
childList  +DIV - prev=#text next=null
childList  +P - prev=DIV next=null
childList  + -P prev=DIV next=null
childList a + -inp prev=null next=null
childList b +inp - prev=s1 next=null
childList b + -inp prev=s1 next=null
childList a +inp - prev=null next=null
childList b + -s1 prev=r next=null
childList b +s1 - prev=null next=r
""");
  }

  /**
   * Custom elements (GraalJS: Nashorn defines none): a move within the document calls
   * connectedMoveCallback, or disconnectedCallback then connectedCallback without one, for each
   * custom element in the moved subtree; none for a move outside the document; a form-associated
   * element's form owner follows a move (formAssociatedCallback).
   */
  @Test
  void customElementsGetConnectedMoveCallback() throws Exception {
    Runs.assertPagePrints(
        dir,
        "move-before-custom.html",
        JsEngine.GRAALJS,
        """
<!DOCTYPE html><html><head></head><body><div id=a></div><div id=b></div>
<script>
class CE extends HTMLElement { connectedCallback() { console.log('connected ' + this.id); } disconnectedCallback() { console.log('disconnected ' + this.id); } }
class CM extends CE { connectedMoveCallback() { console.log('connectedMove ' + this.id); } }
class FA extends HTMLElement { static formAssociated = true; formAssociatedCallback(f) { console.log('form ' + (f && f.id)); } }
customElements.define('x-ce', CE); customElements.define('x-cm', CM); customElements.define('x-fa', FA);
var a = document.getElementById('a'), b = document.getElementById('b');
var ce = document.createElement('x-ce'); ce.id = 'ce'; a.appendChild(ce);
var cm = document.createElement('x-cm'); cm.id = 'cm'; a.appendChild(cm);
console.log('ce moved'); b.moveBefore(ce, null);
console.log('cm moved'); b.moveBefore(cm, null);
var wrap = document.createElement('div'); a.appendChild(wrap); var cm2 = document.createElement('x-cm'); cm2.id = 'cm2'; wrap.appendChild(cm2);
console.log('subtree moved'); b.moveBefore(wrap, null);
var loose = document.createElement('div'), cm3 = document.createElement('x-cm'), q = document.createElement('q'); cm3.id = 'cm3'; loose.append(q, cm3);
console.log('disconnected move'); loose.moveBefore(cm3, q);
var form = document.createElement('form'); form.id = 'f'; document.body.appendChild(form);
var fa = document.createElement('x-fa'); a.appendChild(fa);
console.log('into form'); form.moveBefore(fa, null);
console.log('out of form'); a.moveBefore(fa, null);
console.log('end');
</script></body></html>""",
        """
connected ce
connected cm
ce moved
disconnected ce
connected ce
cm moved
connectedMove cm
connected cm2
subtree moved
connectedMove cm2
disconnected move
into form
form f
out of form
form null
end
""");
  }
}
