package io.w3socket.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Form controls' state (form-controls.js) in both engines: an input's value and its dirty flag in
 * each value mode, checkedness and radio groups, a textarea's raw value, options' selectedness and
 * a select's value and selectedIndex, a checkbox's and radio button's click (toggled before the
 * listeners, put back when canceled, then input and change), a label's click, reset, the entry list
 * of the current state, the cloning steps, and the value sanitization of number, email and file
 * inputs. The pages print what headless Chromium 156 printed, but for one line of this host's page
 * output (a textarea's new text, as any element's in the document).
 */
class FormControlsTest {
  @TempDir Path dir;

  private Runs.Outcome run(JsEngine engine, String html) throws Exception {
    Path page = dir.resolve("controls.html");
    Files.writeString(page, html);
    return Runs.run(engine, b -> {}, c -> c.runPage(page, null));
  }

  @ParameterizedTest
  @EnumSource(JsEngine.class)
  void valuesCheckednessSelectionClicksAndResetAsChromiumHasThem(JsEngine engine) throws Exception {
    Runs.Outcome o =
        run(
            engine,
"""
<!DOCTYPE html><html><body><form id=f><input id=t name=t value=init><input id=c type=checkbox name=c><input id=c2 type=checkbox name=c2 checked value=yes><input id=r1 type=radio name=r value=1 checked><input id=r2 type=radio name=r value=2><input id=h type=hidden name=h value=hv><textarea id=ta name=ta>default text</textarea><select id=s name=s><option value=a>A</option><option id=ob selected>B</option><option value=c>C</option></select><select id=m name=m multiple><option>x</option><option selected>y</option></select></form><script>
function log() { console.log(Array.prototype.join.call(arguments, ' ')); }
function entries() { var out = []; new FormData(document.getElementById('f')).forEach(function (v, k) { out.push(k + '=' + v); }); return out.join('&'); }
var t = document.getElementById('t'), c = document.getElementById('c'), c2 = document.getElementById('c2'), r1 = document.getElementById('r1'), r2 = document.getElementById('r2'), h = document.getElementById('h'), ta = document.getElementById('ta'), s = document.getElementById('s'), m = document.getElementById('m');
log(t.value, t.defaultValue, c.value, c.checked, c.defaultChecked, c2.value, c2.checked, r1.checked, r2.checked, h.value, ta.value, ta.defaultValue, s.value, s.selectedIndex, m.value, s.options.length, s.options[1].selected, s.options[0].value, s.options[1].value, s.options[1].text, s.options[2].index);
log(entries());
t.value = 'typed\\nline'; log(JSON.stringify(t.value), t.getAttribute('value'), t.defaultValue, t.outerHTML);
t.setAttribute('value', 'attr2'); log(t.value, t.defaultValue);
t.defaultValue = 'dv'; log(t.value, t.getAttribute('value'));
var t2 = document.createElement('input'); t2.setAttribute('value', 'a'); t2.setAttribute('value', 'b'); log(t2.value); t2.value = 'x'; t2.setAttribute('value', 'c'); log(t2.value);
c.checked = true; log(c.checked, c.hasAttribute('checked'), c.defaultChecked); c.removeAttribute('checked'); log(c.checked);
var c3 = document.createElement('input'); c3.type = 'checkbox'; c3.setAttribute('checked', ''); log(c3.checked); c3.removeAttribute('checked'); log(c3.checked);
r2.checked = true; log(r1.checked, r2.checked, r1.hasAttribute('checked'));
ta.value = 'new'; log(ta.value, ta.textContent, ta.defaultValue); ta.defaultValue = 'd2'; log(ta.value, ta.textContent);
s.value = 'c'; log(s.value, s.selectedIndex, s.options[1].selected, s.options[1].defaultSelected); s.selectedIndex = 0; log(s.value); s.value = 'zzz'; log(JSON.stringify(s.value), s.selectedIndex);
s.options[2].selected = true; log(s.value, s.selectedIndex);
h.value = 'hidden2'; log(h.getAttribute('value'));
c2.value = 'v2'; log(c2.getAttribute('value'));
log(entries());
var events = [];
['click', 'input', 'change'].forEach(function (type) { document.addEventListener(type, function (e) { events.push(type + ':' + e.target.id + ':' + e.target.checked + ':' + e.isTrusted + ':' + e.bubbles); }); });
c.click(); log(events.join(' ')); events = [];
var cancel = function (e) { events.push('in-listener:' + e.target.checked); e.preventDefault(); };
c.addEventListener('click', cancel); c.click(); c.removeEventListener('click', cancel); log(c.checked, events.join(' ')); events = [];
r1.click(); log(r1.checked, r2.checked, events.join(' ')); events = [];
r1.click(); log(events.join(' ') || 'no events'); events = [];
document.getElementById('f').reset(); log(t.value, c.checked, c2.checked, r1.checked, r2.checked, ta.value, s.value, s.selectedIndex, h.value);
log(entries());
var sel = document.createElement('select'); log(JSON.stringify(sel.value), sel.selectedIndex); var o = document.createElement('option'); o.textContent = ' Text  here '; sel.appendChild(o); log(sel.value, sel.selectedIndex, JSON.stringify(o.value), JSON.stringify(o.text));
</script></body></html>
""");
    assertEquals(
        List.of(
"""
init init on false false yes true true false hv default text default text B 1 y 3 true a B B 2
t=init&c2=yes&r=1&h=hv&ta=default text&s=B&m=y
"typedline" init init <input id="t" name="t" value="init">
typedline attr2
typedline dv
b
x
true false false
true
true
false
false true true
new default text default text
d2
new d2
c 2 false true
a
"" -1
c 2
hidden2
v2
t=typedline&c=on&c2=v2&r=2&h=hidden2&ta=new&s=c&m=y
click:c:false:false:true input:c:false:true:true change:c:false:true:true
false in-listener:true click:c:true:false:true
true false click:r1:true:false:true input:r1:true:true:true change:r1:true:true:true
click:r1:true:false:true
dv false true true false d2 B 1 hidden2
t=dv&c2=v2&r=1&h=hidden2&ta=d2&s=B&m=y
"" -1
Text here 0 "Text here" "Text here"
"""
                .split("\\n")),
        o.out(),
        o::toString);
  }

  @ParameterizedTest
  @EnumSource(JsEngine.class)
  void cloningLabelsRadioGroupsAndSanitizationAsChromiumHasThem(JsEngine engine) throws Exception {
    Runs.Outcome o =
        run(
            engine,
"""
<!DOCTYPE html><html><body><form id=f><label id=l>Check <input id=c type=checkbox name=c></label><input id=t name=t value=a></form><script>
function log() { console.log(Array.prototype.join.call(arguments, ' ')); }
var t = document.getElementById('t'); t.value = 'typed'; var c = document.getElementById('c'); c.checked = true;
var copy = document.getElementById('f').cloneNode(true);
log(copy.querySelector('#t').value, copy.querySelector('#c').checked, document.importNode(t, false).value);
var r = document.createElement('input'); r.type = 'radio'; r.name = 'x'; var r2 = document.createElement('input'); r2.type = 'radio'; r2.name = 'x'; r.checked = true; r2.checked = true; log(r.checked, r2.checked);
var d = document.createElement('div'); d.innerHTML = '<input type=radio name=y checked><input type=radio name=y>'; d.lastChild.checked = true; log(d.firstChild.checked, d.lastChild.checked);
var evs = []; document.addEventListener('change', function (e) { evs.push(e.target.id); });
document.getElementById('l').click(); log('label click', c.checked, evs.join());
var n = document.createElement('input'); n.type = 'number'; n.value = 'abc'; log(JSON.stringify(n.value));
var e = document.createElement('input'); e.type = 'email'; e.value = '  a@b.c \\n'; log(JSON.stringify(e.value));
try { var f = document.createElement('input'); f.type = 'file'; f.value = 'x'; } catch (err) { log(err.name, err.message); }
</script></body></html>
""");
    assertEquals(
        List.of(
"""
typed true typed
true true
false true
label click false c
""
"a@b.c"
InvalidStateError Failed to set the 'value' property on 'HTMLInputElement': This input element accepts a filename, which may only be programmatically set to the empty string.
"""
                .split("\\n")),
        o.out(),
        o::toString);
  }

  /**
   * HTMLOptionsCollection (HTML #htmloptionscollection) and the select's own add, remove, item,
   * namedItem and length: options added before an option or an index or appended, removed by
   * index, the length set up (empty options appended) and down (the last removed, an optgroup's
   * too), the TypeError and NotFoundError of add, its HierarchyRequestError for an ancestor before
   * the NotFoundError for a foreign option (#dom-htmloptionscollection-add steps 1-2),
   * select.remove() removing the select.
   */
  @ParameterizedTest
  @EnumSource(JsEngine.class)
  void optionsCollectionAddRemoveAndLengthAsChromiumHasThem(JsEngine engine) throws Exception {
    Runs.assertPagePrints(
        dir,
        "options.html",
        engine,
"""
<!DOCTYPE html><html><body>
<select id="s"><option value="a">A</option><optgroup label="g"><option value="b">B</option></optgroup></select>
<script>
function log() { console.log(Array.prototype.join.call(arguments, ' ')); }
function vals(sel) { return Array.prototype.map.call(sel.options, function (o) { return o.value; }).join(','); }
var s = document.getElementById('s');
var o = s.options;
log(o instanceof HTMLOptionsCollection, o instanceof HTMLCollection, o === s.options, o.length, s.length, o.selectedIndex);
o.add(new Option('C', 'c'));
log(vals(s));
o.add(new Option('D', 'd'), 0);
log(vals(s));
o.add(new Option('E', 'e'), o[1]);
log(vals(s), s.querySelector('optgroup').children.length);
s.add(new Option('F', 'f'), 1);
s.add(new Option('G', 'g'), null);
log(vals(s));
o.remove(0); s.remove(1);
log(vals(s));
o.remove(99); o.remove(-1);
log(vals(s));
o.selectedIndex = 1; log(s.value, o.selectedIndex);
o.length = 6; log(vals(s), s.options[5].outerHTML);
o.length = 2; log(vals(s));
s.length = 3; log(vals(s));
try { o.add(document.createElement('div')); } catch (e) { log(e.name, e.message); }
try { o.add(new Option('x'), document.createElement('option')); } catch (e) { log(e.name, e.message); }
try { o.add(s); } catch (e) { log(e.name, e.message); }
var up = document.createElement('optgroup'), inner = document.createElement('select'); up.appendChild(inner);
try { inner.add(up, document.createElement('option')); } catch (e) { log(e.name, e.message); }
var g = document.createElement('optgroup'); g.appendChild(new Option('H', 'h')); o.add(g); log(vals(s));
o.length = 0; log(vals(s), s.length, s.children.length);
s.add(new Option('I', 'i')); s.add(new Option('J', 'j'));
log(vals(s), typeof s.item, s.item(1).value, s.namedItem ? typeof s.namedItem : 'none', o.namedItem('x'));
s.remove();
log(s.isConnected);
</script></body></html>
""",
"""
true true true 2 2 0
a,b,c
d,a,b,c
d,e,a,b,c 1
d,f,e,a,b,c,g
f,a,b,c,g
f,a,b,c,g
a 1
f,a,b,c,g, <option></option>
f,a
f,a,
TypeError Failed to execute 'add' on 'HTMLOptionsCollection': The provided value is not of type '(HTMLOptGroupElement or HTMLOptionElement)'.
NotFoundError Failed to execute 'add' on 'HTMLOptionsCollection': The node before which the new node is to be inserted is not a child of this node.
TypeError Failed to execute 'add' on 'HTMLOptionsCollection': The provided value is not of type '(HTMLOptGroupElement or HTMLOptionElement)'.
HierarchyRequestError Failed to execute 'add' on 'HTMLSelectElement': The new child element contains the parent.
f,a,,h
 0 2
i,j function j function\s
false
""");
  }
}
