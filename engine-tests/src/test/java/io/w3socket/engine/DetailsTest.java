package io.w3socket.engine;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The details and summary elements (html-details-element.js, DetailsElements, toggle-event.js):
 * each page prints what headless Chromium 156 printed for it, in both engines.
 */
class DetailsTest {
  @TempDir Path dir;

  /**
   * HTML #the-summary-element: a click MouseEvent (click(), a dispatched one, trusted or not, a
   * PointerEvent; not a plain Event) at the summary for its parent details
   * (#summary-for-its-parent-details), or bubbling to it, toggles the details' open attribute after
   * the listeners, unless canceled; not at a form control or in a link inside the summary, nor at a
   * label (their own activation), as in Chromium 156; not for a second summary. The toggle event
   * (#queue-a-details-toggle-event-task) is a trusted ToggleEvent that neither bubbles nor can be
   * canceled; no beforetoggle.
   */
  @ParameterizedTest
  @EnumSource(JsEngine.class)
  void aSummaryClickTogglesItsDetails(JsEngine engine) throws Exception {
    Runs.assertPagePrints(
        dir,
        "summary.html",
        engine,
        """
<!DOCTYPE html><html><body>
<details id="d"><summary id="s"><span id="sp">label</span><button id="b">b</button><input id="it"><select id="sel"><option>o</option></select><a id="a" href="#x"><i id="ai">in</i></a><a id="na">no href</a><label id="l">l</label><img id="img" alt="i"></summary>text<summary id="s2">second</summary></details>
<script>
function log() { console.log(Array.prototype.join.call(arguments, ' ')); }
function $(id) { return document.getElementById(id); }
var d = $('d');
d.addEventListener('toggle', function (e) {
  log('toggle', e.constructor.name, e.oldState + '>' + e.newState, e.isTrusted, e.bubbles, e.cancelable, d.open);
});
d.addEventListener('beforetoggle', function (e) { log('beforetoggle', e.oldState + '>' + e.newState); });
var steps = [
  ['summary.click()', function () { $('s').click(); }],
  ['MouseEvent at summary', function () { $('s').dispatchEvent(new MouseEvent('click')); }],
  ['Event at summary', function () { $('s').dispatchEvent(new Event('click', {bubbles: true})); }],
  ['PointerEvent at summary', function () { $('s').dispatchEvent(new PointerEvent('click', {bubbles: true})); }],
  ['span.click()', function () { $('sp').click(); }],
  ['non-bubbling MouseEvent at span', function () { $('sp').dispatchEvent(new MouseEvent('click')); }],
  ['canceled at details', function () {
    d.addEventListener('click', function (e) { e.preventDefault(); }, {once: true});
    $('sp').click();
  }],
  ['stopped at summary', function () {
    $('s').addEventListener('click', function (e) { e.stopPropagation(); log('listener sees', d.open); }, {once: true});
    $('s').click();
  }],
  ['button', function () { $('b').click(); }],
  ['input', function () { $('it').click(); }],
  ['select', function () { $('sel').click(); }],
  ['in a link', function () { $('ai').click(); }],
  ['a without href', function () { $('na').click(); }],
  ['label', function () { $('l').click(); }],
  ['img', function () { $('img').click(); }],
  ['second summary', function () { $('s2').click(); }],
  ['details', function () { d.click(); }],
  ['detached', function () {
    var dd = document.createElement('details'), ss = document.createElement('summary');
    dd.appendChild(ss); ss.click(); log('detached details', dd.open);
    var dv = document.createElement('div'), s3 = document.createElement('summary');
    dv.appendChild(s3); s3.click(); log('summary in a div', dv.hasAttribute('open'));
  }]
];
var i = 0;
function next() {
  if (i === steps.length) { log('end'); return; }
  var step = steps[i++];
  var before = d.open;
  step[1]();
  log(step[0], before, '->', d.open);
  setTimeout(next, 0);
}
setTimeout(next, 0);
</script></body></html>
""",
        """
summary.click() false -> true
toggle ToggleEvent closed>open true false false true
MouseEvent at summary true -> false
toggle ToggleEvent open>closed true false false false
Event at summary false -> false
PointerEvent at summary false -> true
toggle ToggleEvent closed>open true false false true
span.click() true -> false
toggle ToggleEvent open>closed true false false false
non-bubbling MouseEvent at span false -> false
canceled at details false -> false
listener sees false
stopped at summary false -> true
toggle ToggleEvent closed>open true false false true
button true -> true
input true -> true
select true -> true
in a link true -> true
a without href true -> false
toggle ToggleEvent open>closed true false false false
label false -> false
img false -> true
toggle ToggleEvent closed>open true false false true
second summary true -> true
details true -> true
detached details true
summary in a div false
detached true -> true
end
""");
  }

  /**
   * HTML #the-details-element's attribute change steps: adding or removing open (setAttribute,
   * toggleAttribute, the open IDL attribute, an Attr node; not a namespaced open, nor on an svg
   * details or an HTML DETAILS) runs the details notification task steps, and the changes within a
   * task are one toggle event from the first old state to the last new one (closed>closed too).
   * Details elements made open fire theirs too: the page's parser, innerHTML, insertAdjacentHTML,
   * createContextualFragment, DOMParser, cloneNode. The event comes after the microtasks, before a
   * timer set in the same task.
   */
  @ParameterizedTest
  @EnumSource(JsEngine.class)
  void addingOrRemovingOpenQueuesOneToggleEventPerTask(JsEngine engine) throws Exception {
    Runs.assertPagePrints(
        dir,
        "toggle.html",
        engine,
        """
<!DOCTYPE html><html><body>
<details id="p1" open ontoggle="log('p1 ontoggle', event.oldState + '>' + event.newState, this.open)"><summary>p1</summary></details>
<details id="p2" open><summary>p2</summary></details>
<details id="p3"><summary>p3</summary></details>
<script>
function log() { console.log(Array.prototype.join.call(arguments, ' ')); }
function watch(el, n) {
  el.addEventListener('toggle', function (e) { log(n, 'toggle', e.oldState + '>' + e.newState, el.open); });
  el.addEventListener('beforetoggle', function () { log(n, 'beforetoggle'); });
  return el;
}
watch(document.getElementById('p1'), 'p1');
watch(document.getElementById('p2'), 'p2').removeAttribute('open');
watch(document.getElementById('p3'), 'p3').open = true;
log('parsed');
var steps = [
  function () {
    var d = watch(document.createElement('details'), 'a');
    d.open = true; d.open = false; log('open, closed again');
  },
  function () {
    var d = watch(document.createElement('details'), 'b');
    d.setAttribute('open', 'x'); d.setAttribute('open', 'y'); d.toggleAttribute('open'); d.toggleAttribute('open');
    d.removeAttribute('hidden'); log('set, set, toggled twice');
  },
  function () {
    var d = watch(document.createElement('details'), 'c');
    d.removeAttribute('open'); d.open = false; log('nothing to remove');
  },
  function () {
    var d = window.attrs = watch(document.createElement('details'), 'd');
    d.setAttributeNode(document.createAttribute('open'));
    d.setAttributeNS('urn:x', 'x:open', ''); log('setAttributeNode');
  },
  function () {
    attrs.getAttributeNode('open').value = 'v';
    attrs.removeAttributeNode(attrs.getAttributeNode('open')); log('value set, removeAttributeNode');
  },
  function () {
    var dv = document.createElement('div');
    dv.innerHTML = '<details open></details><details></details>';
    watch(dv.firstChild, 'innerHTML'); watch(dv.lastChild, 'closed one'); log('innerHTML');
  },
  function () {
    var dv = document.createElement('div');
    dv.innerHTML = '<details open></details>';
    watch(dv.firstChild, 'innerHTML then closed').open = false; log('innerHTML, then closed');
  },
  function () {
    var dv = document.createElement('div');
    dv.insertAdjacentHTML('beforeend', '<p><details open></details></p>');
    watch(dv.querySelector('details'), 'insertAdjacentHTML'); log('insertAdjacentHTML');
  },
  function () {
    var r = document.createRange(); r.selectNodeContents(document.body);
    var f = r.createContextualFragment('<details open></details>');
    watch(f.firstChild, 'fragment'); log('createContextualFragment');
  },
  function () {
    var doc = new DOMParser().parseFromString('<details open></details>', 'text/html');
    watch(doc.querySelector('details'), 'DOMParser'); log('DOMParser');
  },
  function () {
    var c = watch(document.getElementById('p1').cloneNode(true), 'clone');
    var s = watch(document.getElementById('p3').cloneNode(false), 'shallow clone');
    log('cloneNode', c.open, s.open);
  },
  function () {
    var u = document.createElementNS('http://www.w3.org/1999/xhtml', 'DETAILS');
    var g = document.createElementNS('http://www.w3.org/2000/svg', 'details');
    watch(u, 'DETAILS'); watch(g, 'svg');
    u.setAttribute('open', ''); g.setAttribute('open', ''); log('not details elements', u.constructor.name);
  },
  function () {
    var d = watch(document.createElement('details'), 'order');
    d.open = true;
    setTimeout(function () { log('timeout'); }, 0);
    Promise.resolve().then(function () { log('microtask'); });
    log('set');
  }
];
var i = 0;
function next() {
  if (i === steps.length) { log('end'); return; }
  log('--- ' + i);
  steps[i++]();
  setTimeout(next, 10);
}
window.addEventListener('load', function () { setTimeout(next, 10); });
</script></body></html>
""",
        """
parsed
p1 ontoggle closed>open true
p1 toggle closed>open true
p2 toggle closed>closed false
p3 toggle closed>open true
--- 0
open, closed again
a toggle closed>closed false
--- 1
set, set, toggled twice
b toggle closed>open true
--- 2
nothing to remove
--- 3
setAttributeNode
d toggle closed>open true
--- 4
value set, removeAttributeNode
d toggle open>closed false
--- 5
innerHTML
innerHTML toggle closed>open true
--- 6
innerHTML, then closed
innerHTML then closed toggle closed>closed false
--- 7
insertAdjacentHTML
insertAdjacentHTML toggle closed>open true
--- 8
createContextualFragment
fragment toggle closed>open true
--- 9
DOMParser
DOMParser toggle closed>open true
--- 10
cloneNode true true
p1 ontoggle closed>open true
clone toggle closed>open true
shallow clone toggle closed>open true
--- 11
not details elements HTMLUnknownElement
--- 12
set
microtask
order toggle closed>open true
timeout
end
""");
  }

  /**
   * HTML #details-name-group: details elements with the same non-empty name in one tree (the
   * document, a shadow tree, a disconnected one, a fragment) keep one member open. Opening one, by
   * script or by its summary, closes the open other
   * (#ensure-details-exclusivity-by-closing-other-elements-if-needed), with its attribute's
   * mutation record; naming an open one, or inserting one (the parser's, innerHTML's in its
   * fragment, appendChild's), closes it if the group has an open member
   * (#ensure-details-exclusivity-by-closing-the-given-element-if-needed).
   */
  @ParameterizedTest
  @EnumSource(JsEngine.class)
  void aNameGroupKeepsOneMemberOpen(JsEngine engine) throws Exception {
    Runs.assertPagePrints(
        dir,
        "group.html",
        engine,
        """
<!DOCTYPE html><html><body>
<section>
<details name="g" id="g1" open><summary>g1</summary></details>
<details name="g" id="g2" open><summary id="s2">g2</summary></details>
<details name="g" id="g3"><summary>g3</summary></details>
</section>
<script>
function log() { console.log(Array.prototype.join.call(arguments, ' ')); }
function state(list) {
  return list.map(function (d) { return (d.id || d.className) + ':' + (d.open ? 'open' : 'closed'); }).join(' ');
}
function watch(el, n) {
  el.addEventListener('toggle', function (e) { log(n || el.id || el.className, 'toggle', e.oldState + '>' + e.newState, el.open); });
  return el;
}
function make(name, cls, open) {
  var d = document.createElement('details');
  if (name !== null) { d.name = name; }
  d.className = cls;
  d.open = open;
  return d;
}
var g1 = watch(document.getElementById('g1')), g2 = watch(document.getElementById('g2'));
var g3 = watch(document.getElementById('g3'));
var group = [g1, g2, g3];
log('parsed', state(group), g1.name, typeof g1.name);
var steps = [
  function () { g3.open = true; log('g3 opened', state(group)); },
  function () {
    g1.setAttribute('open', ''); g1.setAttribute('open', 'again'); log('g1 opened', state(group));
  },
  function () { document.getElementById('s2').click(); log('g2 summary clicked', state(group)); },
  function () {
    var n1 = watch(make('g', 'n1', true));
    document.body.appendChild(n1); log('open n1 appended', state(group.concat([n1])));
  },
  function () {
    var n2 = watch(make(null, 'n2', true));
    document.body.appendChild(n2); log('n2 appended', n2.open);
    n2.name = 'g'; log('n2 named g', state(group.concat([n2])));
  },
  function () {
    var m1 = watch(make('', 'm1', true)), m2 = watch(make('G', 'm2', true));
    document.body.appendChild(m1); document.body.appendChild(m2);
    log('empty name, other case', state(group.concat([m1, m2])));
  },
  function () {
    var dv = document.createElement('div');
    dv.innerHTML = '<details name="x" class="i1" open></details><details name="x" class="i2" open></details>';
    var list = Array.prototype.map.call(dv.children, function (d) { return watch(d, d.className); });
    log('innerHTML', state(list));
    var i3 = watch(make('x', 'i3', true), 'i3');
    dv.appendChild(i3); log('appended to the div', state(list.concat([i3])));
  },
  function () {
    var a = make('y', 'k1', false), b = make('y', 'k2', false), dv = document.createElement('div');
    dv.appendChild(a); dv.appendChild(b); watch(a, 'k1'); watch(b, 'k2');
    a.open = true; b.open = true; log('disconnected tree', state([a, b]));
  },
  function () {
    var f = document.createDocumentFragment(), a = watch(make('z', 'f1', true), 'f1');
    var b = watch(make('z', 'f2', true), 'f2');
    f.appendChild(a); f.appendChild(b); log('fragment', state([a, b]));
    document.body.appendChild(f); log('fragment appended', state([a, b]));
  },
  function () {
    var host = document.createElement('div');
    document.body.appendChild(host);
    var s1 = host.attachShadow({mode: 'open'}).appendChild(watch(make('g', 's1', true), 's1'));
    log('in a shadow tree', state(group.concat([s1])));
  },
  function () {
    var nested = watch(make('g', 'nested', true), 'nested');
    g3.appendChild(nested); log('appended inside g3', state(group.concat([nested])));
  },
  function () {
    var svg = document.createElementNS('http://www.w3.org/2000/svg', 'details');
    svg.setAttribute('name', 'g'); svg.setAttribute('open', '');
    document.body.appendChild(svg);
    g1.open = true; log('svg details', svg.hasAttribute('open'), state(group));
  },
  function () {
    var c = watch(g1.cloneNode(false), 'clone');
    log('clone', c.open); document.body.appendChild(c); log('clone appended', c.open, g1.open);
  },
  function () {
    var mo = new MutationObserver(function (records) {
      records.forEach(function (r) { log('record', r.target.id, r.attributeName, JSON.stringify(r.oldValue)); });
    });
    mo.observe(document.querySelector('section'), {attributes: true, subtree: true, attributeOldValue: true});
    g2.open = true; log('g2 opened', state(group));
  }
];
var i = 0;
function next() {
  if (i === steps.length) { log('end'); return; }
  log('--- ' + i);
  steps[i++]();
  setTimeout(next, 10);
}
window.addEventListener('load', function () { setTimeout(next, 10); });
</script></body></html>
""",
        """
parsed g1:open g2:closed g3:closed g string
g1 toggle closed>open true
g2 toggle closed>closed false
--- 0
g3 opened g1:closed g2:closed g3:open
g3 toggle closed>open true
g1 toggle open>closed false
--- 1
g1 opened g1:open g2:closed g3:closed
g1 toggle closed>open true
g3 toggle open>closed false
--- 2
g2 summary clicked g1:closed g2:open g3:closed
g2 toggle closed>open true
g1 toggle open>closed false
--- 3
open n1 appended g1:closed g2:open g3:closed n1:closed
n1 toggle closed>closed false
--- 4
n2 appended true
n2 named g g1:closed g2:open g3:closed n2:closed
n2 toggle closed>closed false
--- 5
empty name, other case g1:closed g2:open g3:closed m1:open m2:open
m1 toggle closed>open true
m2 toggle closed>open true
--- 6
innerHTML i1:open i2:closed
appended to the div i1:open i2:closed i3:closed
i1 toggle closed>open true
i2 toggle closed>closed false
i3 toggle closed>closed false
--- 7
disconnected tree k1:closed k2:open
k2 toggle closed>open true
k1 toggle closed>closed false
--- 8
fragment f1:open f2:closed
fragment appended f1:open f2:closed
f1 toggle closed>open true
f2 toggle closed>closed false
--- 9
in a shadow tree g1:closed g2:open g3:closed s1:open
s1 toggle closed>open true
--- 10
appended inside g3 g1:closed g2:open g3:closed nested:closed
nested toggle closed>closed false
--- 11
svg details true g1:open g2:closed g3:closed
g1 toggle closed>open true
g2 toggle open>closed false
--- 12
clone true
clone appended false true
clone toggle closed>closed false
--- 13
g2 opened g1:closed g2:open g3:closed
record g2 open null
record g1 open ""
g2 toggle closed>open true
g1 toggle open>closed false
end
""");
  }
}
