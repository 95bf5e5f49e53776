package io.w3socket.engine;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The web's legacy named access, as classic pages use it: elements by id as globals (window.js
 * windowNamedProperties), named properties of collections and forms (dom-collections.js
 * withNamedProperties, form-submission.js formWithNamedProperties), the scope of inline event
 * handlers (event-target.js compileHandler) and getElementsByName. Each page prints what headless
 * Chromium 156 printed for it; named properties are Proxies, so those pages run in GraalJS only.
 */
class NamedAccessTest {
  @TempDir Path dir;

  /**
   * HTML #named-access-on-the-window-object: an element's id (and an embed, form, img or object
   * element's name) as a global, one element or a live HTMLCollection, on the window's named
   * properties object ("WindowProperties", not enumerable), after the window's own properties and
   * not over what EventTarget.prototype has; an assignment makes an own property.
   */
  @Test
  void elementsByIdAreNamedPropertiesOfTheWindow() throws Exception {
    Runs.assertPagePrints(
        dir,
        "named.html",
        JsEngine.GRAALJS,
"""
<!DOCTYPE html><html><body>
<div id="output"></div>
<form name="login"><input name="user"></form>
<img name="logo" id="pic">
<p id="twice">1</p><span id="twice">2</span>
<div id="addEventListener"></div><div id="0"></div><div id="location"></div>
<script>
function log() { console.log(Array.prototype.join.call(arguments, ' ')); }
output.title = 'written through the id';
log(output === document.getElementById('output'), window.output === output, 'output' in window, typeof output);
log(login.nodeName, logo === pic, pic.nodeName);
log(Object.prototype.toString.call(twice), twice.length, twice[0].nodeName, twice[1].nodeName);
log(typeof addEventListener, window[0], location === window.location);
log(typeof notThere, 'notThere' in window, typeof arguments);
try { notThere; } catch (e) { log(e.name); }
var later = document.createElement('b'); later.id = 'added'; document.body.appendChild(later);
log(typeof added, added === later);
later.remove();
log(typeof added);
var d = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(Window.prototype), 'output');
log(d.enumerable, d.configurable, d.writable, d.value === output, Object.keys(window).indexOf('output'));
twice = 'shadowed';
log(twice, window.hasOwnProperty('twice'), document.getElementById('twice').nodeName);
log(Object.prototype.toString.call(Object.getPrototypeOf(Window.prototype)));
</script></body></html>
""",
"""
true true true object
FORM true IMG
[object HTMLCollection] 2 P SPAN
function [object HTMLDivElement] true
undefined false undefined
ReferenceError
object true
undefined
false true true true -1
shadowed true P
[object WindowProperties]
""");
  }

  /**
   * Named properties of the document's collections (document.forms.chat, not enumerable; those of
   * getElementsByTagName have only namedItem), of a form's elements
   * (an HTMLFormControlsCollection, whose names enumerate, a RadioNodeList for several controls of
   * one name, its value read and set) and of the form itself (form[i], form.msg over its own
   * members, [LegacyOverrideBuiltIns]: an input named action hides form.action), live.
   */
  @Test
  void collectionsAndFormsHaveNamedProperties() throws Exception {
    Runs.assertPagePrints(
        dir,
        "form-named.html",
        JsEngine.GRAALJS,
"""
<!DOCTYPE html><html><body>
<form name="chat" id="f1" action="/send">
<input name="msg" id="m" value="hi">
<input type="radio" name="color" value="red"><input type="radio" name="color" value="blue" checked>
<input name="action" value="shadowing">
<button name="go">Go</button>
<img name="pic">
</form>
<div id="d1" class="c"></div><div name="d2" class="c"></div><span id="d1"></span>
<script>
function log() { console.log(Array.prototype.join.call(arguments, ' ')); }
var f = document.forms.chat;
log(f === document.getElementById('f1'), document.forms['chat'] === f, document.forms.namedItem('chat') === f);
log(f.msg.value, f['msg'] === f.elements.msg, f.elements.msg.id, f.elements['msg'] === document.getElementById('m'));
log(Object.prototype.toString.call(f.elements), f.elements instanceof HTMLCollection, f.length, f[0] === f.elements[0], f[1].value, typeof f[99]);
log(Object.prototype.toString.call(f.color), f.color.length, f.color.value, f.elements.color === f.color, f.color instanceof NodeList);
f.color.value = 'red';
log(f.color[0].checked, f.color.value);
log(typeof f.action, f.action.value, f.getAttribute('action'));
log(f.go.nodeName, f.pic.nodeName, f.elements.pic, 'msg' in f, 'nothing' in f, f.nothing);
var c = document.images;
log(c.pic.nodeName, c.nothing, c.namedItem('pic').nodeName, 'pic' in c, Object.keys(c).join(','), c.length, c.item === HTMLCollection.prototype.item);
log(document.forms.f1 === f, document.forms.chat === f, document.forms.length, Object.getOwnPropertyNames(document.forms).join(','));
var tags = document.getElementsByTagName('div');
log(tags.namedItem('d1').nodeName, tags.namedItem('d2'));
var ins = document.createElement('input'); ins.name = 'extra'; f.appendChild(ins);
log(f.extra === ins, f.elements.extra === ins, f.length);
for (var k in f.elements) { if (isNaN(k)) { log('enumerated', k); break; } }
log(Object.getOwnPropertyNames(f.elements).slice(0, 8).join(','));
</script></body></html>
""",
"""
true true true
hi true m true
[object HTMLFormControlsCollection] true 5 true red undefined
[object RadioNodeList] 2 blue true true
true red
object shadowing /send
BUTTON IMG  true false\s
IMG  IMG true 0 1 true
true true 1 0,f1,chat
DIV [object HTMLDivElement]
true true 6
enumerated m
0,1,2,3,4,5,m,msg
""");
  }

  /**
   * WebIDL #legacy-platform-object-getownproperty: an index past a collection's (or a form's) end is
   * no own property, so reading it goes on along the prototype chain, as for any name; it is not
   * read from an Array of the items (whose inherited index 7 it once was).
   */
  @Test
  void anIndexPastTheEndIsNoOwnProperty() throws Exception {
    Runs.assertPagePrints(
        dir,
        "past-the-end.html",
        JsEngine.GRAALJS,
"""
<!DOCTYPE html><html><body><form name="a"><input name="x"></form><p id="p1"></p>
<script>
Object.prototype[7] = 'proto7';
console.log(document.forms[7], document.forms[0].name, document.forms.a === document.forms[0]);
console.log(document.forms[0][3], document.forms[0][0].name, document.forms[0].elements[9]);
console.log(7 in document.forms, document.forms.hasOwnProperty(7), document.forms[0].x.name);
delete Object.prototype[7];
console.log(document.forms[7], 'x' in document.forms[0]);
</script></body></html>
""",
"""
proto7 a true
undefined x undefined
true false x
undefined true
""");
  }

  /**
   * An inline handler finds a control by name through its form owner's named properties, and this
   * is the element; a form whose controls are named submit, name and id: form.submit is the
   * input (calling it a TypeError), the element still a form node; own keys, instanceof; a
   * detached form's RadioNodeList.
   */
  @Test
  void inlineHandlersSeeTheirFormsControlsAndAFormsNamesHideItsMembers() throws Exception {
    Runs.assertPagePrints(
        dir,
        "form-named-more.html",
        JsEngine.GRAALJS,
"""
<!DOCTYPE html><html><body>
<form name="chat" onsubmit="console.log('onsubmit', this === document.forms.chat, msg.value, chat.msg === msg); return false;">
<input name="msg" value="hello" onclick="console.log('onclick sees', msg.value, typeof send, form.name)">
<input name="send" type="submit" value="Send">
</form>
<form id="f2"><input name="submit"><input name="name" value="n"><input name="id" value="i"></form>
<script>
function log() { console.log(Array.prototype.join.call(arguments, ' ')); }
document.forms.chat.msg.click();
document.forms.chat.send.click();
var f2 = document.getElementById('f2');
log(typeof f2.submit, f2.name.value, f2.id.value, f2.getAttribute('id'), f2.nodeName, f2.parentNode === document.body);
try { f2.submit(); } catch (e) { log(e.name); }
log(Object.keys(f2).join(','), f2.length, 'submit' in f2, f2.hasOwnProperty('submit'));
log(Object.getPrototypeOf(f2) === HTMLFormElement.prototype, f2 instanceof HTMLFormElement);
var r = document.createElement('form'); r.innerHTML = '<input name=a><input name=a>';
log(r.a.length, r.a.item(1) === r.elements[1], typeof r.a.value);
</script></body></html>
""",
"""
onclick sees hello object chat
onsubmit true hello true
object n i f2 FORM true
TypeError
0,1,2 3 true true
true true
2 true string
""");
  }

  /**
   * HTML #getting-the-current-value-of-the-event-handler: an element's inline handler body finds
   * names on the element, then its form owner, then its document (title, URL, getElementById), then
   * the global object; and document.getElementsByName, a live NodeList.
   */
  @ParameterizedTest
  @EnumSource(JsEngine.class)
  void inlineHandlersRunInTheScopeOfTheirElementFormAndDocument(JsEngine engine) throws Exception {
    Runs.assertPagePrints(
        dir,
        "handler-scope.html",
        engine,
"""
<!DOCTYPE html><html><head><title>T</title></head><body>
<form id="f"><input id="msg" name="msg" value="v1" onclick="console.log('input', value, name, form.id, typeof elements, title, typeof event, this.id, typeof getElementById)">
<button type="button" onclick="console.log('button', form.id, URL === document.URL, typeof checkValidity, typeof submit); return false">b</button></form>
<div id="d" title="div title" onclick="console.log('div', title, typeof elements, id, typeof form, nodeName)">x</div>
<script>
document.getElementsByName('msg')[0].click();
document.getElementsByTagName('button')[0].click();
document.getElementById('d').click();
var list = document.getElementsByName('msg');
console.log(list instanceof NodeList, list.length, list[0] === document.getElementById('msg'), document.getElementsByName('nothing').length);
var extra = document.createElement('input'); extra.name = 'msg'; document.body.appendChild(extra);
console.log('live', list.length, list[1] === extra);
console.log('handler type', typeof list[0].onclick, list[0].onclick.length);
</script></body></html>
""",
"""
input v1 msg f object  object msg function
button f true function function
div div title undefined d undefined DIV
true 1 true 0
live 2 true
handler type function 1
""");
  }

  /**
   * A form's named properties (#dom-form-nameditem) follow the tree and its attributes after they
   * were read (the form keeps its controls by name until the tree changes): a control added,
   * renamed or given an id, an img renamed, an img in a nested form (not the outer form's), a
   * control removed; and the past names map: an img whose id changed is still found by the old
   * one. GraalJS only: Nashorn has no Proxy, so no named properties.
   */
  @Test
  void aFormsNamedPropertiesFollowChangesAndKeepPastNames() throws Exception {
    Runs.assertPagePrints(
        dir,
        "form-names.html",
        JsEngine.GRAALJS,
"""
<!DOCTYPE html><html><body><form id="f"><input name="a"><img id="pic"></form>
<script>
function log() { console.log(Array.prototype.join.call(arguments, ' ')); }
var f = document.getElementById('f'), a = f.a, pic = f.pic;
log(f.a === a, f.pic === pic, f.length, f.b, 'b' in f);
var b = document.createElement('input'); b.name = 'b'; f.appendChild(b);
log(f.b === b, f.length, f[1] === b, 'b' in f);
b.id = 'a'; log(f.a.length, f.a[1] === b, f.b === b);
a.removeAttribute('name'); log(f.a === b, f.elements.a === b);
pic.name = 'photo'; log(f.photo === pic, f.pic === pic);
pic.id = 'other'; log(f.pic, f.other === pic);
var inner = document.createElement('form'); var img = document.createElement('img'); img.name = 'deep';
inner.appendChild(img); f.appendChild(inner);
log(f.deep, inner.deep === img, 'deep' in f);
f.removeChild(b); log(f.b, f.a, f.length);
</script></body></html>
""",
"""
true true 1  false
true 2 true true
2 true true
true true
true true
[object HTMLImageElement] true
 true false
  1
""");
  }
}
