package io.w3socket.engine;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The text selection API of input and textarea elements (text-selection.js): each page prints what
 * headless Chromium 156 printed for it, in both engines.
 */
class TextSelectionTest {
  @TempDir Path dir;

  /**
   * setSelectionRange, selectionStart, selectionEnd and selectionDirection (Chromium's "none" is
   * "forward"), select, setRangeText in each mode with its errors, the cursor at the end of a value
   * set or reset, the types the API applies to and a type change back to one (the cursor at the
   * start), a textarea's selection clamped when its children change its value (at 0 when they are
   * replaced).
   */
  @ParameterizedTest
  @EnumSource(JsEngine.class)
  void selectionAsChromiumKeepsIt(JsEngine engine) throws Exception {
    Runs.assertPagePrints(
        dir,
        "selection.html",
        engine,
        """
<!DOCTYPE html><html><body>
<input id="a" value="hello"><textarea id="t">line1
line2</textarea>
<script>
function log() { console.log(Array.prototype.join.call(arguments, ' ')); }
function j(v) { return JSON.stringify(v); }
function tryit(f) { try { return j(f()); } catch (e) { return e.name + ': ' + e.message; } }
function st(e) { return e.selectionStart + ',' + e.selectionEnd + ',' + e.selectionDirection; }
var a = document.getElementById('a'), t = document.getElementById('t');
log('initial', st(a), st(t));
var fresh = document.createElement('input'); fresh.value = 'abc';
var attr = document.createElement('input'); attr.setAttribute('value', 'abcd');
log('fresh', st(fresh), st(document.createElement('input')), st(attr), st(document.createElement('textarea')));
a.setSelectionRange(1, 3); log('1 3', st(a));
a.setSelectionRange(3, 1); log('3 1', st(a));
a.setSelectionRange(1, 10, 'backward'); log('1 10 backward', st(a));
a.setSelectionRange(2, 4, 'bogus'); log('bogus', st(a));
a.setSelectionRange(2, 4, 'none'); log('none', st(a));
a.setSelectionRange(-1, 2); log('-1 2', st(a));
a.selectionStart = 4; log('start 4', st(a));
a.selectionStart = 1; log('start 1', st(a));
a.selectionEnd = 0; log('end 0', st(a));
a.selectionEnd = 3; log('end 3', st(a));
a.selectionDirection = 'backward'; log('direction backward', st(a));
a.selectionStart = 2; log('start keeps direction', st(a));
a.selectionDirection = 'xx'; log('direction xx', st(a));
a.selectionStart = null; log('start null', st(a));
a.value = 'hello'; log('same value', st(a));
a.value = 'hello world'; log('new value', st(a));
a.setSelectionRange(2, 5, 'backward'); a.value = 'hi'; log('shorter value', st(a));
a.setSelectionRange(0, 1); a.defaultValue = 'zzz'; log('defaultValue while dirty', st(a));
a.select(); log('select', st(a));
a.setRangeText('XY'); log('setRangeText', j(a.value), st(a));
a.setSelectionRange(1, 2); a.setRangeText('ABC'); log('preserve', j(a.value), st(a));
a.setRangeText('__', 0, 1, 'select'); log('select mode', j(a.value), st(a));
a.setRangeText('!!', 1, 1, 'start'); log('start mode', j(a.value), st(a));
a.setRangeText('??', 2, 3, 'end'); log('end mode', j(a.value), st(a));
a.setRangeText('-', 100, 200); log('past the end', j(a.value), st(a));
a.setSelectionRange(1, 4); a.setRangeText('', 2, 3); log('preserve deleting inside', j(a.value), st(a));
a.setRangeText('a\\nb\\rc', 0, 0); log('line breaks stripped', j(a.value), st(a));
log('start > end', tryit(function () { a.setRangeText('x', 3, 1); }));
log('bad mode', tryit(function () { a.setRangeText('x', 0, 1, 'bogus'); }));
log('two arguments', tryit(function () { a.setRangeText('x', 0); }));
log('no arguments', tryit(function () { a.setRangeText(); }), tryit(function () { a.setSelectionRange(); }), tryit(function () { a.setSelectionRange(1); }));
var u = document.createElement('input'); u.type = 'url'; u.value = 'http://x'; u.setRangeText('  ', 0, 0); log('url trimmed', j(u.value), st(u));
var nd = document.createElement('input'); nd.setAttribute('value', 'abcdef'); nd.setSelectionRange(1, 5); nd.setAttribute('value', 'ab'); log('attribute shorter', st(nd));
nd.setRangeText('Z'); log('then setRangeText', j(nd.value), st(nd));
var sp = document.createElement('input'); sp.value = '\\ud83d\\ude00xy'; sp.setSelectionRange(1, 2); log('code units', st(sp));
var cb = document.createElement('input'); cb.type = 'checkbox';
log('checkbox', j(cb.selectionStart), j(cb.selectionEnd), j(cb.selectionDirection), tryit(function () { cb.selectionStart = 1; }), tryit(function () { cb.selectionEnd = 1; }), tryit(function () { cb.selectionDirection = 'forward'; }), tryit(function () { cb.setSelectionRange(0, 1); }), tryit(function () { cb.setRangeText('x'); }), tryit(function () { return cb.select(); }));
log('types', ['email', 'number', 'date', 'color', 'hidden', 'file', 'search', 'url', 'tel', 'password', 'range', 'button'].map(function (type) {
  var e = document.createElement('input'); e.type = type;
  return type + ':' + j(e.selectionStart) + ':' + tryit(function () { e.setSelectionRange(0, 0); return 'ok'; }).split(':')[0];
}).join(' '));
var em = document.createElement('input'); em.value = 'x@y'; em.setSelectionRange(1, 2);
log('type switch', tryit(function () { em.type = 'email'; return em.selectionStart; }), tryit(function () { em.type = 'text'; return st(em); }));
var sw = document.createElement('input'); sw.value = 'abcdef'; sw.setSelectionRange(2, 4, 'backward'); sw.type = 'email'; sw.type = 'text'; log('type round trip', st(sw));
var sw2 = document.createElement('input'); sw2.value = 'abcdef'; sw2.setSelectionRange(2, 4, 'backward'); sw2.setAttribute('type', 'search'); log('text to search', st(sw2));
sw2.setAttribute('type', 'number'); sw2.removeAttribute('type'); log('attribute round trip', st(sw2), j(sw2.value));
var cl = document.createElement('input'); cl.value = 'abcdef'; cl.setSelectionRange(2, 4); log('clone', st(cl.cloneNode()), j(cl.cloneNode().value));
t.setSelectionRange(2, 8); log('textarea', st(t), j(t.value), t.textLength);
t.value = 'a\\r\\nb'; log('textarea value', st(t), j(t.value), t.textLength);
t.setRangeText('X\\r\\nY', 0, 1, 'select'); log('textarea setRangeText', j(t.value), st(t));
var ta = document.createElement('textarea'); ta.textContent = 'abcdef'; ta.setSelectionRange(2, 4, 'backward'); ta.appendChild(document.createTextNode('x')); log('children grow', st(ta));
ta.setSelectionRange(2, 4, 'backward'); ta.firstChild.data = 'a'; log('children shrink', st(ta));
ta.firstChild.data = 'abcdefgh'; log('children regrow', st(ta));
ta.setSelectionRange(1, 2, 'backward'); ta.firstChild.data = 'abcdefgh'; log('children same', st(ta));
ta.setSelectionRange(2, 5); ta.textContent = 'abcdefghi'; log('textContent', st(ta));
ta.setSelectionRange(2, 5); ta.innerHTML = 'abcdefghij'; log('innerHTML', st(ta));
ta.setSelectionRange(2, 5); ta.textContent = 'abcdefghij'; log('textContent same', st(ta));
ta.value = 'dirty'; ta.setSelectionRange(1, 3); ta.textContent = 'z'; log('dirty keeps', st(ta), j(ta.value));
var f = document.createElement('form'); var fi = document.createElement('input'); fi.setAttribute('value', 'ab'); f.appendChild(fi); var ft = document.createElement('textarea'); ft.textContent = 'abcdefgh'; f.appendChild(ft);
fi.value = 'qwertyuiop'; fi.setSelectionRange(3, 5); ft.value = 'x'; ft.setSelectionRange(0, 1); f.reset(); log('reset', st(fi), j(fi.value), st(ft), j(ft.value));
fi.setSelectionRange(0, 1); f.reset(); log('reset unchanged', st(fi));
</script></body></html>
""",
        """
initial 0,0,forward 0,0,forward
fresh 3,3,forward 0,0,forward 0,0,forward 0,0,forward
1 3 1,3,forward
3 1 1,1,forward
1 10 backward 1,5,backward
bogus 2,4,forward
none 2,4,forward
-1 2 2,2,forward
start 4 4,4,forward
start 1 1,4,forward
end 0 0,0,forward
end 3 0,3,forward
direction backward 0,3,backward
start keeps direction 2,3,backward
direction xx 2,3,forward
start null 0,3,forward
same value 0,3,forward
new value 11,11,forward
shorter value 2,2,forward
defaultValue while dirty 0,1,forward
select 0,2,forward
setRangeText "XY" 0,2,forward
preserve "XABC" 1,4,forward
select mode "__ABC" 0,2,forward
start mode "_!!_ABC" 1,1,forward
end mode "_!??_ABC" 4,4,forward
past the end "_!??_ABC-" 4,4,forward
preserve deleting inside "_!?_ABC-" 1,3,forward
line breaks stripped "abc_!?_ABC-" 6,8,forward
start > end IndexSizeError: Failed to execute 'setRangeText' on 'HTMLInputElement': The provided start value (3) is larger than the provided end value (1).
bad mode TypeError: Failed to execute 'setRangeText' on 'HTMLInputElement': The provided value 'bogus' is not a valid enum value of type SelectionMode.
two arguments TypeError: Failed to execute 'setRangeText' on 'HTMLInputElement': Overload resolution failed.
no arguments TypeError: Failed to execute 'setRangeText' on 'HTMLInputElement': 1 argument required, but only 0 present. TypeError: Failed to execute 'setSelectionRange' on 'HTMLInputElement': 2 arguments required, but only 0 present. TypeError: Failed to execute 'setSelectionRange' on 'HTMLInputElement': 2 arguments required, but only 1 present.
url trimmed "http://x" 8,8,forward
attribute shorter 1,5,forward
then setRangeText "aZ" 1,2,forward
code units 1,2,forward
checkbox null null null InvalidStateError: Failed to set the 'selectionStart' property on 'HTMLInputElement': The input element's type ('checkbox') does not support selection. InvalidStateError: Failed to set the 'selectionEnd' property on 'HTMLInputElement': The input element's type ('checkbox') does not support selection. InvalidStateError: Failed to set the 'selectionDirection' property on 'HTMLInputElement': The input element's type ('checkbox') does not support selection. InvalidStateError: Failed to execute 'setSelectionRange' on 'HTMLInputElement': The input element's type ('checkbox') does not support selection. InvalidStateError: Failed to execute 'setRangeText' on 'HTMLInputElement': The input element's type ('checkbox') does not support selection.\s
types email:null:InvalidStateError number:null:InvalidStateError date:null:InvalidStateError color:null:InvalidStateError hidden:null:InvalidStateError file:null:InvalidStateError search:0:"ok" url:0:"ok" tel:0:"ok" password:0:"ok" range:null:InvalidStateError button:null:InvalidStateError
type switch null "0,0,forward"
type round trip 0,0,forward
text to search 2,4,backward
attribute round trip 0,0,forward ""
clone 0,0,forward "abcdef"
textarea 2,8,forward "line1\\nline2" 11
textarea value 3,3,forward "a\\nb" 3
textarea setRangeText "X\\nY\\nb" 0,4,forward
children grow 2,4,forward
children shrink 2,2,forward
children regrow 2,2,forward
children same 1,2,backward
textContent 0,0,forward
innerHTML 0,0,forward
textContent same 2,5,forward
dirty keeps 1,3,forward "dirty"
reset 2,2,forward "ab" 8,8,forward "abcdefgh"
reset unchanged 0,1,forward
""");
  }

  /**
   * A change of the selection a script makes queues a select event (bubbling, not cancelable); a
   * change of any kind queues one selectionchange event at the element until it fires (a value set,
   * an email or number input's select() too); no change, none. The lists are printed once all the
   * events Chromium fired have come, as Chromium orders select and selectionchange events
   * differently from one page to another.
   */
  @ParameterizedTest
  @EnumSource(JsEngine.class)
  void selectAndSelectionchangeEvents(JsEngine engine) throws Exception {
    Runs.assertPagePrints(
        dir,
        "selection-events.html",
        engine,
        """
<!DOCTYPE html><html><body><input id="a" value="abcdef"><textarea id="t">abc</textarea><input id="e" type="email" value="x@y"><input id="cb" type="checkbox"><input id="n" type="number" value="12"><input id="dt" type="date" value="2024-01-01"><div id="box"></div>
<script>
function log() { console.log(Array.prototype.join.call(arguments, ' ')); }
function st(e) { return e.selectionStart + ',' + e.selectionEnd + ',' + e.selectionDirection; }
var a = document.getElementById('a'), t = document.getElementById('t'), e = document.getElementById('e'), cb = document.getElementById('cb'), n = document.getElementById('n'), dt = document.getElementById('dt');
var d = document.createElement('input'); d.value = 'abcdef'; d.id = 'd';
var seen = {select: {}, selectionchange: {}};
var counts = {select: 0, selectionchange: 0};
var expected = {select: 6, selectionchange: 5};
function note(type, ev) {
  var id = ev.target.id;
  (seen[type][id] = seen[type][id] || []).push(ev.target.type === 'email' || ev.target.type === 'number' ? 'fired' : st(ev.target));
  counts[type]++;
  if (counts.select === expected.select && counts.selectionchange === expected.selectionchange) {
    setTimeout(report, 0);
  }
}
function report() {
  ['select', 'selectionchange'].forEach(function (type) {
    log(type, Object.keys(seen[type]).sort().map(function (id) { return id + '[' + seen[type][id].join(' ') + ']'; }).join(' '));
  });
  second();
}
[a, t, e, cb, n, dt, d].forEach(function (el) {
  el.addEventListener('select', function (ev) { note('select', ev); });
  el.addEventListener('selectionchange', function (ev) { note('selectionchange', ev); });
});
document.addEventListener('select', function (ev) {
  if (ev.target === a && !document.reported) {
    document.reported = true;
    log('select event', ev instanceof Event, ev.constructor === Event, ev.bubbles, ev.cancelable, ev.composed, ev.isTrusted);
  }
});
document.addEventListener('selectionchange', function (ev) {
  if (ev.target === a && !document.reportedChange) {
    document.reportedChange = true;
    log('selectionchange event', ev.constructor === Event, ev.bubbles, ev.cancelable, ev.composed, ev.isTrusted, ev.eventPhase);
  }
});
a.onselect = function () { if (!a.handled) { a.handled = true; log('onselect handler'); } };
a.setSelectionRange(1, 3);
a.setSelectionRange(1, 3);
a.setSelectionRange(0, 5, 'backward');
a.selectionDirection = 'backward';
a.value = 'changed value';
a.select();
a.select();
d.value = 'xyz';
d.setRangeText('q', 0, 1);
t.setSelectionRange(1, 2);
t.value = t.value;
e.select();
n.select();
cb.select();
dt.select();
log('script done');
function second() {
  var got = [];
  var x = document.createElement('input'); x.value = 'abc';
  x.addEventListener('selectionchange', function () { got.push('selectionchange ' + st(x)); if (got.length === 3) log('second', got.join(', ')); });
  x.addEventListener('select', function () { got.push('select ' + st(x)); if (got.length === 3) log('second', got.join(', ')); });
  setTimeout(function () { x.setSelectionRange(0, 1); }, 0);
}
</script></body></html>
""",
        """
script done
selectionchange event true true false false true 3
onselect handler
select event true true true false false true
select a[0,13,forward 0,13,forward 0,13,forward] e[fired] n[fired] t[1,2,forward]
selectionchange a[0,13,forward] d[3,3,forward] e[fired] n[fired] t[1,2,forward]
second selectionchange 3,3,forward, selectionchange 0,1,forward, select 0,1,forward
""");
  }
}
