package io.w3socket.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Autonomous custom elements (HTML #custom-elements; custom-element-registry.js,
 * custom-element-reactions.js, CustomElementCandidates): define and its errors, get, getName,
 * whenDefined, upgrade; the parsed elements upgraded at define, an element the parser makes later
 * constructed before its attributes and insertion, createElement and new constructing at once, a
 * fragment parse and a clone upgrading at the end of the call, connected, disconnected and observed
 * attributes' callbacks in Chromium's order, a constructor that throws (reported; createElement
 * then makes an HTMLUnknownElement), an element defined after it was inserted, a custom element in
 * a shadow tree. The page prints what headless Chromium 156 printed for it. GraalJS only: custom
 * elements are ES2015 classes, which Nashorn does not parse.
 */
class CustomElementsTest {
  @TempDir Path dir;

  @Test
  void customElementsAsChromiumHasThem() throws Exception {
    Path page = dir.resolve("custom-elements.html");
    Files.writeString(
        page,
"""
<!DOCTYPE html><html><body><my-el id=early a=1 b=2>text</my-el><script>
function log() { console.log(Array.prototype.join.call(arguments, ' ')); }
window.addEventListener('error', function (e) { log('error event', e.message); e.preventDefault(); });
var early = document.getElementById('early');
log(typeof customElements, Object.prototype.toString.call(customElements), customElements instanceof CustomElementRegistry, early instanceof HTMLElement, early.constructor.name);
class MyEl extends HTMLElement {
  static get observedAttributes() { log('observedAttributes read'); return ['a', 'c']; }
  constructor() { super(); log('constructor', this.id || '(no id)', this.attributes.length, this.isConnected); }
  connectedCallback() { log('connected', this.id, this.isConnected); }
  disconnectedCallback() { log('disconnected', this.id); }
  attributeChangedCallback(name, oldV, newV, ns) { log('attr', this.id, name, oldV, newV, ns); }
  adoptedCallback() { log('adopted', this.id); }
}
var p = customElements.whenDefined('my-el'); p.then(function (c) { log('whenDefined resolved', c === MyEl); });
log('whenDefined same', customElements.whenDefined('my-el') === p);
log('before define');
customElements.define('my-el', MyEl);
log('after define', early instanceof MyEl, customElements.get('my-el') === MyEl, customElements.getName(MyEl), customElements.get('x-y'), customElements.getName(function () {}));
var made = document.createElement('my-el');
log('created', made instanceof MyEl, made.isConnected, made.localName);
made.id = 'made';
made.setAttribute('a', 'x'); made.setAttribute('b', 'y'); made.removeAttribute('a');
document.body.appendChild(made);
log('appended');
made.remove();
log('removed');
var div = document.createElement('div');
div.innerHTML = '<my-el id=inner a=5></my-el>';
log('innerHTML done', div.firstChild instanceof MyEl);
document.body.appendChild(div);
log('div appended');
var c = div.firstChild.cloneNode(true); log('cloned', c instanceof MyEl, c.getAttribute('a'));
var direct = new MyEl(); log('direct', direct.localName, direct instanceof MyEl, direct.isConnected);
try { new HTMLElement(); } catch (e) { log(e.name, e.message); }
try { customElements.define('my-el', class extends HTMLElement {}); } catch (e) { log(e.name, e.message); }
try { customElements.define('other-el', MyEl); } catch (e) { log(e.name, e.message); }
try { customElements.define('bad', class extends HTMLElement {}); } catch (e) { log(e.name, e.message); }
try { customElements.define('x-arrow', () => {}); } catch (e) { log(e.name, e.message); }
try { customElements.define('x-cb', class extends HTMLElement { get connectedCallback() { return 5; } }); } catch (e) { log(e.name, e.message); }
customElements.whenDefined('not valid').catch(function (e) { log('whenDefined rejected', e.name, e.message); });
class Bad extends HTMLElement { constructor() { super(); throw new Error('boom'); } }
customElements.define('bad-el', Bad);
var b = document.createElement('bad-el'); log('bad created', b.constructor.name, b instanceof Bad);
document.body.insertAdjacentHTML('beforeend', '<bad-el id=b2></bad-el>');
log('bad inserted', document.getElementById('b2').constructor.name);
class Lazy extends HTMLElement { connectedCallback() { log('lazy connected', this.id); } }
var lazy = document.createElement('lazy-el'); lazy.id = 'lz'; document.body.appendChild(lazy);
log('lazy before', lazy.constructor.name);
customElements.define('lazy-el', Lazy);
log('lazy after', lazy.constructor.name);
var detached = document.createElement('up-el'); class Up extends HTMLElement { constructor() { super(); log('up constructed'); } }
customElements.define('up-el', Up); log('up defined', detached instanceof Up); customElements.upgrade(detached); log('up upgraded', detached instanceof Up);
var host = document.createElement('div'); document.body.appendChild(host); var sr = host.attachShadow({mode: 'open'}); sr.innerHTML = '<my-el id=shadowed></my-el>'; log('in shadow', sr.firstChild instanceof MyEl);
made.className = 'k'; made.setAttribute('c', '1'); document.body.appendChild(made); made.setAttribute('c', '2'); made.toggleAttribute('c');
log(['define', 'get', 'getName', 'upgrade', 'whenDefined'].every(function (n) { return typeof CustomElementRegistry.prototype[n] === 'function'; }));
</script><my-el id=late a=9></my-el><script>log('late', document.getElementById('late') instanceof MyEl);</script></body></html>
""");
    Runs.Outcome o = Runs.run(JsEngine.GRAALJS, b -> {}, c -> c.runPage(page, null));
    String expected =
"""
object [object CustomElementRegistry] true true HTMLElement
whenDefined same true
before define
observedAttributes read
constructor early 3 true
attr early a  1\s
connected early true
after define true true my-el \s
constructor (no id) 0 false
created true false my-el
attr made a  x\s
attr made a x \s
connected made true
appended
disconnected made
removed
constructor inner 2 false
attr inner a  5\s
innerHTML done true
connected inner true
div appended
constructor inner 2 false
attr inner a  5\s
cloned true 5
constructor (no id) 0 false
direct my-el true false
TypeError Failed to construct 'HTMLElement': Illegal constructor
NotSupportedError Failed to execute 'define' on 'CustomElementRegistry': the name "my-el" has already been used with this registry
NotSupportedError Failed to execute 'define' on 'CustomElementRegistry': this constructor has already been used with this registry
SyntaxError Failed to execute 'define' on 'CustomElementRegistry': "bad" is not a valid custom element name
TypeError Failed to execute 'define' on 'CustomElementRegistry': constructor argument is not a constructor
TypeError Failed to execute 'define' on 'CustomElementRegistry': "connectedCallback" is not a function
error event Uncaught Error: boom
bad created HTMLUnknownElement false
error event Uncaught Error: boom
bad inserted Bad
lazy before HTMLElement
lazy connected lz
lazy after Lazy
up defined false
up constructed
up upgraded true
constructor shadowed 1 true
connected shadowed true
in shadow true
attr made c  1\s
connected made true
attr made c 1 2\s
attr made c 2 \s
true
whenDefined resolved true
whenDefined rejected SyntaxError Failed to execute 'whenDefined' on 'CustomElementRegistry': "not valid" is not a valid custom element name
constructor (no id) 0 false
attr late a  9\s
connected late true
late true
""";
    assertEquals(Runs.lines(expected), o.out(), o::toString);
    assertEquals(List.of(), o.result().errors(), o::toString);
  }

  /**
   * Moving a connected custom element is a removal and an insertion (DOM #concept-node-insert
   * adopts it first): disconnectedCallback, then connectedCallback at its new place; into a
   * fragment only the first, back into the document the second; append of several, in order.
   */
  @Test
  void aMovedElementIsDisconnectedThenConnected() throws Exception {
    Path page = dir.resolve("move.html");
    Files.writeString(
        page,
"""
<!DOCTYPE html><html><body><div id=a><x-m id=m1></x-m></div><div id=b></div><script>
function log() { console.log(Array.prototype.join.call(arguments, ' ')); }
customElements.define('x-m', class extends HTMLElement {
  connectedCallback() { log('connected', this.id, this.parentNode.id); }
  disconnectedCallback() { log('disconnected', this.id); }
});
var m = document.getElementById('m1');
document.getElementById('b').appendChild(m);
log('moved');
var f = document.createDocumentFragment(); f.appendChild(m); log('into fragment');
document.getElementById('a').appendChild(f); log('back');
document.getElementById('b').append(m, document.createElement('x-m'));
log('end');
</script></body></html>
""");
    Runs.Outcome o = Runs.run(JsEngine.GRAALJS, b -> {}, c -> c.runPage(page, null));
    String expected =
"""
connected m1 a
disconnected m1
connected m1 b
moved
disconnected m1
into fragment
connected m1 a
back
disconnected m1
connected m1 b
connected  b
end
""";
    assertEquals(Runs.lines(expected), o.out(), o::toString);
    assertEquals(List.of(), o.result().errors(), o::toString);
  }

  /**
   * A definition whose disabledFeatures has 'shadow' (HTML #concept-upgrade-an-element step 8,
   * DOM #concept-attach-a-shadow-root step 3): an element that already has a (declarative) shadow
   * root fails its upgrade, at define and at upgrade(), the error reported; attachShadow throws.
   * Chromium's messages.
   */
  @Test
  void aDefinitionThatDisablesShadowRefusesShadowRoots() throws Exception {
    Runs.assertPagePrints(
        dir,
        "disabled-shadow.html",
        JsEngine.GRAALJS,
"""
<!DOCTYPE html><html><body><x-a id=a><template shadowrootmode="open"><p>in</p></template></x-a><x-b id=b><template shadowrootmode="open"><p>in</p></template></x-b><script>
function log() { console.log(Array.prototype.join.call(arguments, ' ')); }
window.onerror = function (m, s, l, c, e) { log('reported', e.name, e.message); return true; };
class A extends HTMLElement { static disabledFeatures = ['shadow']; constructor() { super(); log('A constructed'); } }
customElements.define('x-a', A);
log('defined', document.getElementById('a') instanceof A);
class B extends HTMLElement { static get disabledFeatures() { return ['shadow']; } }
var b = document.getElementById('b');
b.remove();
customElements.define('x-b', B);
customElements.upgrade(b);
log('upgraded', b instanceof B);
try { new A().attachShadow({mode: 'open'}); } catch (e) { log('attachShadow', e.name, e.message); }
try { document.createElement('x-b').attachShadow({mode: 'closed'}); } catch (e) { log('attachShadow', e.name, e.message); }
log('end');
</script></body></html>
""",
"""
reported NotSupportedError The element already has a ShadowRoot though it is disabled by disabledFeatures static field.
defined false
reported NotSupportedError The element already has a ShadowRoot though it is disabled by disabledFeatures static field.
upgraded false
A constructed
attachShadow NotSupportedError Failed to execute 'attachShadow' on 'Element': attachShadow() is disabled by disabledFeatures static field.
attachShadow NotSupportedError Failed to execute 'attachShadow' on 'Element': attachShadow() is disabled by disabledFeatures static field.
end
""");
  }

  /**
   * attributeChangedCallback runs before the call that changed the attribute returns, whichever
   * way it changed: classList, a reflected attribute, an Attr's value, dataset, NamedNodeMap.
   */
  @Test
  void everyWayAnAttributeChangesRunsTheCallbackAtOnce() throws Exception {
    Path page = dir.resolve("attributes.html");
    Files.writeString(
        page,
"""
<!DOCTYPE html><html><body><script>
function log() { console.log(Array.prototype.join.call(arguments, ' ')); }
customElements.define('x-a', class extends HTMLElement {
  static get observedAttributes() { return ['class', 'title', 'data-x']; }
  attributeChangedCallback(n, o, v) { log('attr', n, o, v); }
});
var el = document.createElement('x-a');
el.classList.add('one'); log('after add');
el.classList.toggle('two'); log('after toggle');
el.classList.value = 'v'; log('after value');
el.title = 't'; log('after title');
el.getAttributeNode('title').value = 'u'; log('after attr value');
el.dataset.x = '1'; log('after dataset');
var a = document.createAttribute('title'); a.value = 'w'; el.attributes.setNamedItem(a); log('after setNamedItem');
el.attributes.removeNamedItem('title'); log('after removeNamedItem');
</script></body></html>
""");
    Runs.Outcome o = Runs.run(JsEngine.GRAALJS, b -> {}, c -> c.runPage(page, null));
    String expected =
"""
attr class  one
after add
attr class one one two
after toggle
attr class one two v
after value
attr title  t
after title
attr title t u
after attr value
attr data-x  1
after dataset
attr title u w
after setNamedItem
attr title w\s
after removeNamedItem
""";
    assertEquals(Runs.lines(expected), o.out(), o::toString);
    assertEquals(List.of(), o.result().errors(), o::toString);
  }

  /**
   * ElementInternals (element-internals.js, custom-state-set.js): attachInternals and its
   * NotSupportedErrors, states, ARIA properties, and a form-associated custom element as a form
   * control: its form owner (null in its constructor, then formAssociatedCallback), labels, its
   * submission value in FormData (a string, none, a FormData's entries), setValidity and the
   * form's validity, formResetCallback at reset, formDisabledCallback when its fieldset is
   * disabled (barred, not submitted), its place in form.elements, leaving the form.
   */
  @Test
  void elementInternalsAndFormAssociatedCustomElements() throws Exception {
    Runs.assertPagePrints(
        dir,
        "internals.html",
        JsEngine.GRAALJS,
"""
<!DOCTYPE html><html><body>
<form id="f"><fieldset id="fs"><x-field id="x1" name="color"></x-field></fieldset><input name="plain" value="p"><x-plain id="p1"></x-plain></form>
<label for="x1">Label</label>
<script>
function log() { console.log(Array.prototype.join.call(arguments, ' ')); }
window.onerror = function (m, s, l, c, e) { log('reported', e && e.name, e && e.message); return true; };
class XField extends HTMLElement {
  static formAssociated = true;
  constructor() { super(); this.internals = this.attachInternals(); log('constructed', this.internals.form && this.internals.form.id); }
  formAssociatedCallback(form) { log('formAssociatedCallback', form && form.id); }
  formResetCallback() { log('formResetCallback'); this.internals.setFormValue('reset'); }
  formDisabledCallback(d) { log('formDisabledCallback', d); }
}
class XPlain extends HTMLElement { constructor() { super(); this.i = this.attachInternals(); } }
customElements.define('x-field', XField);
customElements.define('x-plain', XPlain);
var x = document.getElementById('x1'), i = x.internals, f = document.getElementById('f');
log(Object.prototype.toString.call(i), i instanceof ElementInternals, i.form === f, i.willValidate, i.validity.valid, i.validationMessage === '', i.labels.length, i.labels[0].textContent);
log(i.shadowRoot, Object.prototype.toString.call(i.states), i.states.size);
i.states.add('checked'); i.states.add('--legacy');
log(i.states.has('checked'), i.states.size, Array.from(i.states).join(','));
i.setFormValue('red');
log(new URLSearchParams(new FormData(f)).toString());
i.setFormValue(null); log(new URLSearchParams(new FormData(f)).toString());
var fd = new FormData(); fd.append('a', '1'); fd.append('b', '2'); i.setFormValue(fd); log(new URLSearchParams(new FormData(f)).toString());
i.setFormValue('v', 'state');
i.setValidity({valueMissing: true}, 'Fill it');
log(i.validity.valid, i.validity.valueMissing, i.validationMessage, i.checkValidity(), f.checkValidity());
try { i.setValidity({customError: true}); } catch (e) { log(e.name, e.message); }
i.setValidity({});
log(i.validity.valid, i.checkValidity());
i.role = 'checkbox'; i.ariaChecked = 'true'; log(i.role, i.ariaChecked, i.ariaLabel, x.getAttribute('role'));
f.reset();
var pi = document.getElementById('p1').i;
log(pi.states.size);
try { pi.form; } catch (e) { log(e.name, e.message); }
try { pi.setFormValue('x'); } catch (e) { log(e.name, e.message); }
try { x.attachInternals(); } catch (e) { log(e.name, e.message); }
try { document.createElement('div').attachInternals(); } catch (e) { log(e.name, e.message); }
try { i.states.add('bad state'); log('added with space'); } catch (e) { log(e.name, e.message); }
var fs = document.getElementById('fs'); fs.disabled = true;
log('disabled set', i.willValidate, new URLSearchParams(new FormData(f)).toString());
log(Array.prototype.map.call(f.elements, function (e) { return e.id || e.name; }).join(','));
document.body.appendChild(x);
log('moved out', i.form);
</script></body></html>
""",
"""
constructed\s
formAssociatedCallback f
[object ElementInternals] true true true true true 1 Label
 [object CustomStateSet] 0
true 2 checked,--legacy
color=red&plain=p
plain=p
a=1&b=2&plain=p
false true Fill it false false
TypeError Failed to execute 'setValidity' on 'ElementInternals': The second argument should not be empty if one or more flags in the first argument are true.
true true
checkbox true \s
formResetCallback
0
NotSupportedError Failed to read the 'form' property from 'ElementInternals': The target element is not a form-associated custom element.
NotSupportedError Failed to execute 'setFormValue' on 'ElementInternals': The target element is not a form-associated custom element.
NotSupportedError Failed to execute 'attachInternals' on 'HTMLElement': ElementInternals for the specified element was already attached.
NotSupportedError Failed to execute 'attachInternals' on 'HTMLElement': Unable to attach ElementInternals to non-custom elements.
added with space
formDisabledCallback true
disabled set false plain=p
fs,x1,plain
formAssociatedCallback\s
formDisabledCallback false
moved out\s
""");
  }

  /**
   * A form-associated custom element upgraded by customElements.define becomes a listed element:
   * the form's elements collection read before it (cached until the tree changes) has it after,
   * as form.length, form[i] and the named lookups do.
   */
  @Test
  void anUpgradedFormAssociatedElementJoinsItsFormsElements() throws Exception {
    Runs.assertPagePrints(
        dir,
        "face-upgrade.html",
        JsEngine.GRAALJS,
"""
<!DOCTYPE html><html><body>
<form id="f"><input name="a"><x-later id="l" name="b"></x-later></form>
<script>
function log() { console.log(Array.prototype.join.call(arguments, ' ')); }
var f = document.getElementById('f'), els = f.elements;
log(f.length, els.length, f[1], f.b, els.namedItem('b'), 1 in f);
class XLater extends HTMLElement { static formAssociated = true; }
customElements.define('x-later', XLater);
log(f.length, els.length, f[1] && f[1].id, f.b && f.b.id, els.namedItem('b') && els.namedItem('b').id, 1 in f, els[1] && els[1].id);
var seen = [];
for (var i = 0; i < f.length; i++) { seen.push(f[i].getAttribute('name')); }
log('loop', seen.join(','));
var y = document.createElement('x-later'); y.setAttribute('name', 'c'); f.appendChild(y);
log(f.length, f[2] === y, f.c === y, els.length, Object.keys(f).join(','));
f.removeChild(f.firstChild);
log(f.length, f[0].getAttribute('name'), f.a, els.length);
</script></body></html>
""",
"""
1 1    false
2 2 l l l true l
loop a,b
3 true true 3 0,1,2
2 b  2
""");
  }
}
