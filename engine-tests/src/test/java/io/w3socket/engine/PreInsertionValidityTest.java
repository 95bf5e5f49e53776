package io.w3socket.engine;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * DOM #concept-node-ensure-pre-insertion-validity and #concept-node-replace's checks (DomNodes,
 * dom-node.js insertedHandle): the page prints what headless Chromium 156 printed for it, in both
 * engines.
 */
class PreInsertionValidityTest {
  @TempDir Path dir;

  /**
   * Every step's HierarchyRequestError or NotFoundError with Chromium's message: a parent that
   * cannot have children, a node containing the parent, a reference that is not a child, a document
   * or an Attr inserted, a Text under a document, a doctype under an element, a document's second
   * element or doctype, an element before a doctype and a doctype after the element (also from a
   * fragment, and through replaceChild, Range's insertNode, prepend, append and replaceChildren,
   * which names its interface); and what is allowed (comments anywhere, a document's element or
   * doctype replaced, a fragment's one element into an empty document). A refused replaceChildren
   * keeps the children (step 2 before the children go).
   */
  @ParameterizedTest
  @EnumSource(JsEngine.class)
  void insertionsAreCheckedAsTheStandardAndChromiumCheckThem(JsEngine engine) throws Exception {
    Runs.assertPagePrints(
        dir,
        "pre-insertion.html",
        engine,
        """
<!DOCTYPE html><html><head></head><body><script>
function t(label, f) { try { f(); console.log(label + ': ok'); } catch (e) { console.log(label + ': ' + e.name + ': ' + e.message); } }
t('text into document', function () { document.appendChild(document.createTextNode('x')); });
t('second element into document', function () { document.appendChild(document.createElement('p')); });
t('doctype into element', function () { document.body.appendChild(document.implementation.createDocumentType('html', '', '')); });
t('second doctype', function () { document.insertBefore(document.implementation.createDocumentType('html', '', ''), document.documentElement); });
t('fragment two elements into document', function () { var f = document.createDocumentFragment(); f.appendChild(document.createElement('a')); f.appendChild(document.createElement('b')); document.appendChild(f); });
t('fragment text into document', function () { var f = document.createDocumentFragment(); f.appendChild(document.createTextNode('t')); document.appendChild(f); });
t('comment into document', function () { document.appendChild(document.createComment('c')); });
t('element before doctype', function () { var d = document.implementation.createHTMLDocument(''); d.removeChild(d.documentElement); d.insertBefore(d.createElement('x'), d.doctype); });
t('doctype after element', function () { var d = document.implementation.createHTMLDocument(''); var dt = d.doctype; d.removeChild(dt); d.appendChild(dt); });
t('replace doctype with element', function () { var d = document.implementation.createHTMLDocument(''); d.replaceChild(d.createElement('y'), d.doctype); });
t('attr into element', function () { document.body.appendChild(document.createAttribute('z')); });
t('text into text', function () { var x = document.createTextNode('a'); x.appendChild(document.createTextNode('b')); });
t('document into body', function () { document.body.appendChild(document); });
t('other document into body', function () { document.body.appendChild(document.implementation.createHTMLDocument('')); });
t('replace not a child', function () { document.body.replaceChild(document.createElement('i'), document.createElement('j')); });
t('insert before not a child', function () { document.body.insertBefore(document.createElement('i'), document.createElement('j')); });
t('comment before doctype', function () { var d = document.implementation.createHTMLDocument(''); d.insertBefore(d.createComment('c'), d.doctype); });
t('replace html with element', function () { var d = document.implementation.createHTMLDocument(''); d.replaceChild(d.createElement('z'), d.documentElement); console.log(d.documentElement.tagName); });
t('replace doctype with doctype', function () { var d = document.implementation.createHTMLDocument(''); d.replaceChild(d.implementation.createDocumentType('x', '', ''), d.doctype); console.log(d.doctype.name); });
t('fragment one element into empty doc', function () { var d = document.implementation.createHTMLDocument(''); d.removeChild(d.documentElement); var f = d.createDocumentFragment(); f.appendChild(d.createElement('q')); d.appendChild(f); console.log(d.documentElement.tagName); });
t('fragment element before doctype', function () { var d = document.implementation.createHTMLDocument(''); d.removeChild(d.documentElement); var f = d.createDocumentFragment(); f.appendChild(d.createElement('q')); d.insertBefore(f, d.doctype); });
t('doctype before element via insertBefore html', function () { var d = document.implementation.createHTMLDocument(''); var dt = d.doctype; d.removeChild(dt); d.insertBefore(dt, d.documentElement); console.log(d.firstChild === dt); });
t('attr into text', function () { document.createTextNode('q').appendChild(document.createAttribute('w')); });
t('replace with attr', function () { document.body.replaceChild(document.createAttribute('w'), document.body.firstChild); });
t('range insert text into document', function () { var d = document.implementation.createHTMLDocument(''); var r = d.createRange(); r.setStart(d, 0); r.insertNode(d.createTextNode('x')); });
t('prepend text into document', function () { var d = document.implementation.createHTMLDocument(''); d.prepend('x'); });
t('append element to document', function () { var d = document.implementation.createHTMLDocument(''); d.append(d.createElement('x')); });
t('element appends itself', function () { var e = document.createElement('div'); e.append(e); });
t('fragment replaceChildren with a doctype', function () { document.createDocumentFragment().replaceChildren(document.implementation.createDocumentType('html', '', '')); });
t('replaceChildren keeps children when it throws', function () { var e = document.createElement('div'); e.innerHTML = '<i>1</i><b>2</b>'; try { e.replaceChildren(e); } finally { console.log(e.childNodes.length); } });
t('document replaceChildren with an element', function () { var d = document.implementation.createHTMLDocument(''); try { d.replaceChildren(d.createElement('html')); } finally { console.log(d.childNodes.length); } });
t('reappend the document element', function () { var d = document.implementation.createHTMLDocument(''); d.appendChild(d.documentElement); console.log(d.lastChild === d.documentElement); });
t('insert document element before itself', function () { var d = document.implementation.createHTMLDocument(''); d.insertBefore(d.documentElement, d.documentElement); });
t('reappend the doctype', function () { var d = document.implementation.createHTMLDocument(''); d.appendChild(d.doctype); });
t('insert doctype before itself', function () { var d = document.implementation.createHTMLDocument(''); d.insertBefore(d.doctype, d.doctype); });
</script></body></html>
""",
        """
text into document: HierarchyRequestError: Failed to execute 'appendChild' on 'Node': Nodes of type '#text' may not be inserted inside nodes of type '#document'.
second element into document: HierarchyRequestError: Failed to execute 'appendChild' on 'Node': Only one element on document allowed.
doctype into element: HierarchyRequestError: Failed to execute 'appendChild' on 'Node': Nodes of type 'html' may not be inserted inside nodes of type 'BODY'.
second doctype: HierarchyRequestError: Failed to execute 'insertBefore' on 'Node': Only one doctype on document allowed.
fragment two elements into document: HierarchyRequestError: Failed to execute 'appendChild' on 'Node': Only one element on document allowed.
fragment text into document: HierarchyRequestError: Failed to execute 'appendChild' on 'Node': Nodes of type '#text' may not be inserted inside nodes of type '#document'.
comment into document: ok
element before doctype: HierarchyRequestError: Failed to execute 'insertBefore' on 'Node': Can't insert an element before a doctype.
doctype after element: HierarchyRequestError: Failed to execute 'appendChild' on 'Node': Can't insert a doctype after the root element.
replace doctype with element: HierarchyRequestError: Failed to execute 'replaceChild' on 'Node': Only one element on document allowed.
attr into element: HierarchyRequestError: Failed to execute 'appendChild' on 'Node': Nodes of type 'z' may not be inserted inside nodes of type 'BODY'.
text into text: HierarchyRequestError: Failed to execute 'appendChild' on 'Node': This node type does not support this method.
document into body: HierarchyRequestError: Failed to execute 'appendChild' on 'Node': The new child element contains the parent.
other document into body: HierarchyRequestError: Failed to execute 'appendChild' on 'Node': Nodes of type '#document' may not be inserted inside nodes of type 'BODY'.
replace not a child: NotFoundError: Failed to execute 'replaceChild' on 'Node': The node to be replaced is not a child of this node.
insert before not a child: NotFoundError: Failed to execute 'insertBefore' on 'Node': The node before which the new node is to be inserted is not a child of this node.
comment before doctype: ok
Z
replace html with element: ok
x
replace doctype with doctype: ok
Q
fragment one element into empty doc: ok
fragment element before doctype: HierarchyRequestError: Failed to execute 'insertBefore' on 'Node': Can't insert an element before a doctype.
true
doctype before element via insertBefore html: ok
attr into text: HierarchyRequestError: Failed to execute 'appendChild' on 'Node': This node type does not support this method.
replace with attr: HierarchyRequestError: Failed to execute 'replaceChild' on 'Node': Nodes of type 'w' may not be inserted inside nodes of type 'BODY'.
range insert text into document: HierarchyRequestError: Failed to execute 'insertNode' on 'Range': Nodes of type '#text' may not be inserted inside nodes of type '#document'.
prepend text into document: HierarchyRequestError: Failed to execute 'prepend' on 'Document': Nodes of type '#text' may not be inserted inside nodes of type '#document'.
append element to document: HierarchyRequestError: Failed to execute 'append' on 'Document': Only one element on document allowed.
element appends itself: HierarchyRequestError: Failed to execute 'append' on 'Element': The new child element contains the parent.
fragment replaceChildren with a doctype: HierarchyRequestError: Failed to execute 'replaceChildren' on 'DocumentFragment': Nodes of type 'html' may not be inserted inside nodes of type '#document-fragment'.
2
replaceChildren keeps children when it throws: HierarchyRequestError: Failed to execute 'replaceChildren' on 'Element': The new child element contains the parent.
2
document replaceChildren with an element: HierarchyRequestError: Failed to execute 'replaceChildren' on 'Document': Only one element on document allowed.
reappend the document element: HierarchyRequestError: Failed to execute 'appendChild' on 'Node': Only one element on document allowed.
insert document element before itself: HierarchyRequestError: Failed to execute 'insertBefore' on 'Node': Only one element on document allowed.
reappend the doctype: HierarchyRequestError: Failed to execute 'appendChild' on 'Node': Can't insert a doctype after the root element.
insert doctype before itself: HierarchyRequestError: Failed to execute 'insertBefore' on 'Node': Only one doctype on document allowed.
""");
  }
}
