package io.w3socket.engine;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The form controls' IDL members apart from their state, validation and selection
 * (form-control-members.js, autofill.js, input-numbers.js): each page prints what headless Chromium
 * 156 printed for it (served over http; URLs are compared, not printed), in both engines.
 */
class FormControlMembersTest {
  @TempDir Path dir;

  /**
   * The reflected attributes: each a configurable, enumerable accessor where Chromium has it;
   * strings; formAction (the document's URL when missing); formMethod and formEnctype (limited to
   * known values, "" when missing); maxLength and minLength (-1, an IndexSizeError for a negative
   * value); input size (20, an IndexSizeError for 0), textarea cols and rows (20 and 2, the default
   * for 0), select size; an input's width and height (an image button's attributes, else 0);
   * autocomplete's IDL-exposed autofill value (tokens in order, a contact kind only before a
   * contact field, a hidden input's on and off empty, a repeated token once as in Chromium).
   */
  @ParameterizedTest
  @EnumSource(JsEngine.class)
  void reflectionsWithTheStandardsTypes(JsEngine engine) throws Exception {
    Runs.assertPagePrints(
        dir,
        "reflect.html",
        engine,
        """
<!DOCTYPE html><html><body><script>
function log() { console.log(Array.prototype.join.call(arguments, ' ')); }
function j(v) { return JSON.stringify(v); }
function c(t, attrs) { var e = document.createElement(t); for (var k in attrs) e.setAttribute(k, attrs[k]); return e; }
function tryit(f) { try { return j(f()); } catch (e) { return e.name + ': ' + e.message; } }
var members = {HTMLInputElement: 'accept align autocomplete dirName formAction formEnctype formMethod formTarget height list max maxLength min minLength pattern placeholder size step useMap width',
  HTMLTextAreaElement: 'autocomplete cols dirName maxLength minLength placeholder rows textLength wrap', HTMLButtonElement: 'formAction formEnctype formMethod formTarget',
  HTMLSelectElement: 'autocomplete size', HTMLOptGroupElement: 'label', HTMLLegendElement: 'align form'};
Object.keys(members).forEach(function (n) {
  log(n, members[n].split(' ').filter(function (m) { var d = Object.getOwnPropertyDescriptor(window[n].prototype, m); return d && d.get && d.enumerable && d.configurable; }).length + '/' + members[n].split(' ').length);
});
var i = c('input');
log('strings', j(i.accept), j(i.dirName), j(i.formTarget), j(i.max), j(i.min), j(i.pattern), j(i.placeholder), j(i.step), j(i.align), j(i.useMap));
var s = c('input', {accept: 'image/*', dirname: 'd', formtarget: '_blank', max: '9', min: '1', pattern: '\\\\d+', placeholder: 'P', step: '2', align: 'left', usemap: '#m'});
log('set strings', s.accept, s.dirName, s.formTarget, s.max, s.min, s.pattern, s.placeholder, s.step, s.align, s.useMap);
i.placeholder = 'type'; i.step = 'any'; i.dirName = 'dir'; log('reflected', i.getAttribute('placeholder'), i.getAttribute('step'), i.getAttribute('dirname'));
log('formAction', i.formAction === document.URL, c('button', {formaction: ''}).formAction === document.URL, c('input', {formaction: 'x?y'}).formAction === new URL('x?y', document.baseURI).href, c('button', {formaction: '/p#h'}).formAction === new URL('/p#h', document.baseURI).href);
var fa = c('button'); fa.formAction = 'q.html'; log('formAction set', fa.getAttribute('formaction'));
log('formMethod', j(i.formMethod), j(c('input', {formmethod: 'POST'}).formMethod), j(c('input', {formmethod: 'x'}).formMethod), j(c('input', {formmethod: ''}).formMethod), j(c('input', {formmethod: 'dialog'}).formMethod), j(c('button', {formmethod: 'x'}).formMethod));
log('formEnctype', j(i.formEnctype), j(c('input', {formenctype: 'TEXT/PLAIN'}).formEnctype), j(c('input', {formenctype: 'x'}).formEnctype), j(c('button', {formenctype: ''}).formEnctype), j(c('button', {formenctype: 'multipart/form-data'}).formEnctype));
var b = c('input'); b.formMethod = 'PoSt'; b.formEnctype = 'q'; log('form* set', b.getAttribute('formmethod'), b.getAttribute('formenctype'), b.formMethod, b.formEnctype);
log('maxLength', i.maxLength, i.minLength, c('input', {maxlength: '5'}).maxLength, c('input', {maxlength: ' 7x'}).maxLength, c('input', {maxlength: '-3'}).maxLength, c('input', {maxlength: 'x'}).maxLength, c('input', {maxlength: '+4'}).maxLength, c('input', {minlength: '2147483647'}).minLength, c('input', {minlength: '2147483648'}).minLength, c('textarea', {maxlength: '12'}).maxLength, c('textarea', {minlength: '0'}).minLength);
log('maxLength set', tryit(function () { var e = c('input'); e.maxLength = -1; return e.getAttribute('maxlength'); }), tryit(function () { var e = c('input'); e.maxLength = 3.7; return e.getAttribute('maxlength'); }), tryit(function () { var e = c('input'); e.minLength = -5; return e.getAttribute('minlength'); }), tryit(function () { var e = c('textarea'); e.maxLength = -1; }), tryit(function () { var e = c('input'); e.maxLength = 4294967296 + 5; return e.getAttribute('maxlength'); }), tryit(function () { var e = c('input'); e.maxLength = 2147483648; }));
log('size', i.size, c('input', {size: '0'}).size, c('input', {size: '5'}).size, c('input', {size: '-5'}).size, c('input', {size: 'x'}).size, c('input', {size: '2147483648'}).size, c('input', {size: '2147483647'}).size);
log('size set', tryit(function () { var e = c('input'); e.size = 0; }), tryit(function () { var e = c('input'); e.size = 7; return e.getAttribute('size'); }), tryit(function () { var e = c('input'); e.size = -1; return e.getAttribute('size'); }), tryit(function () { var e = c('input'); e.size = 2147483648; return e.getAttribute('size'); }));
var t = c('textarea');
log('cols rows', t.cols, t.rows, c('textarea', {cols: '0'}).cols, c('textarea', {rows: '0'}).rows, c('textarea', {cols: '5', rows: '9'}).cols, c('textarea', {cols: '5', rows: '9'}).rows, c('textarea', {cols: 'x'}).cols, c('textarea', {rows: '-1'}).rows);
log('cols set', tryit(function () { var e = c('textarea'); e.cols = 0; return e.getAttribute('cols'); }), tryit(function () { var e = c('textarea'); e.rows = 0; return e.getAttribute('rows'); }), tryit(function () { var e = c('textarea'); e.cols = 9; return e.getAttribute('cols'); }), tryit(function () { var e = c('textarea'); e.rows = -1; return e.getAttribute('rows'); }), tryit(function () { var e = c('textarea'); e.cols = 2147483648; return e.getAttribute('cols'); }));
log('wrap', j(t.wrap), j(c('textarea', {wrap: 'HARD'}).wrap), j(t.dirName), j(t.placeholder), t.maxLength, t.minLength);
log('select size', c('select').size, c('select', {size: '4'}).size, c('select', {size: '0'}).size, c('select', {size: 'x'}).size, c('select', {multiple: ''}).size, tryit(function () { var e = c('select'); e.size = 0; return e.getAttribute('size'); }), tryit(function () { var e = c('select'); e.size = 3; return e.size; }));
log('optgroup label', j(c('optgroup').label), j(c('optgroup', {label: 'L'}).label));
log('width height', i.width, i.height, c('input', {width: '30', height: '40'}).width, c('input', {type: 'image', width: '30', height: '40'}).width, c('input', {type: 'image', width: '30', height: '40'}).height, c('input', {type: 'image'}).width);
var w = c('input'); w.width = 12; w.height = -1; log('width set', w.getAttribute('width'), w.getAttribute('height'));
var ac = ['', 'OFF', 'On', 'bogus', ' email ', 'shipping Email', 'section-x billing street-address', 'email webauthn', 'webauthn', 'section-a shipping home tel', 'HOME Tel', 'home name', 'section-x', 'billing section-x name', 'a b c name', 'x name', 'shipping name webauthn', 'section-a shipping work email webauthn', 'off on', 'off webauthn', 'name name', 'SECTION-Foo NAME', 'fax impp'];
log('autocomplete', ac.map(function (v) { return j(c('input', {autocomplete: v}).autocomplete); }).join(' '));
log('autocomplete hidden', ['off', 'on', 'section-a name'].map(function (v) { return j(c('input', {type: 'hidden', autocomplete: v}).autocomplete); }).join(' '), j(c('input', {type: 'checkbox', autocomplete: 'email'}).autocomplete), j(c('input').autocomplete));
log('autocomplete textarea/select', j(c('textarea', {autocomplete: 'OFF'}).autocomplete), j(c('select', {autocomplete: 'bogus'}).autocomplete), j(c('select', {autocomplete: 'billing cc-number'}).autocomplete));
var a = c('input'); a.autocomplete = 'Nope'; log('autocomplete set', a.getAttribute('autocomplete'), j(a.autocomplete));
</script></body></html>
""",
        """
HTMLInputElement 20/20
HTMLTextAreaElement 9/9
HTMLButtonElement 4/4
HTMLSelectElement 2/2
HTMLOptGroupElement 1/1
HTMLLegendElement 2/2
strings "" "" "" "" "" "" "" "" "" ""
set strings image/* d _blank 9 1 \\d+ P 2 left #m
reflected type any dir
formAction true true true true
formAction set q.html
formMethod "" "post" "get" "get" "dialog" "get"
formEnctype "" "text/plain" "application/x-www-form-urlencoded" "application/x-www-form-urlencoded" "multipart/form-data"
form* set PoSt q post application/x-www-form-urlencoded
maxLength -1 -1 5 7 -1 -1 4 2147483647 -1 12 0
maxLength set IndexSizeError: Failed to set the 'maxLength' property on 'HTMLInputElement': The value provided (-1) is not positive or 0. "3" IndexSizeError: Failed to set the 'minLength' property on 'HTMLInputElement': The value provided (-5) is not positive or 0. IndexSizeError: Failed to set the 'maxLength' property on 'HTMLTextAreaElement': The value provided (-1) is not positive or 0. "5" IndexSizeError: Failed to set the 'maxLength' property on 'HTMLInputElement': The value provided (-2147483648) is not positive or 0.
size 20 20 5 20 20 20 2147483647
size set IndexSizeError: Failed to set the 'size' property on 'HTMLInputElement': The value provided is 0, which is an invalid size. "7" "20" "20"
cols rows 20 2 20 2 5 9 20 2
cols set "20" "2" "9" "2" "20"
wrap "" "HARD" "" "" -1 -1
select size 0 4 0 0 0 "0" 3
optgroup label "" "L"
width height 0 0 0 30 40 0
width set 12 0
autocomplete "" "off" "on" "" "email" "shipping email" "section-x billing street-address" "email webauthn" "webauthn" "section-a shipping home tel" "home tel" "" "" "" "" "" "shipping name webauthn" "section-a shipping work email webauthn" "" "" "name" "section-foo name" "fax impp"
autocomplete hidden "" "" "section-a name" "email" ""
autocomplete textarea/select "off" "" "billing cc-number"
autocomplete set Nope ""
""");
  }

  /**
   * labels (a live NodeList, the same each time, null for a hidden input, empty for a detached
   * control; in a shadow tree, that tree's labels), a label's control and form, a legend's and an
   * option's form, a fieldset's elements and a datalist's options (live HTMLCollections), an
   * input's list (a datalist of its tree where list applies), textLength in code units, and
   * showPicker's InvalidStateError for an immutable control and NotAllowedError without user
   * activation.
   */
  @ParameterizedTest
  @EnumSource(JsEngine.class)
  void labelsControlsAndCollections(JsEngine engine) throws Exception {
    Runs.assertPagePrints(
        dir,
        "relations.html",
        engine,
        """
<!DOCTYPE html><html><body>
<form id="f"><fieldset id="fs"><legend id="lg">L</legend><input id="i1"><object id="ob"></object><output id="o1"></output><fieldset id="inner"><select id="s1"><optgroup id="og"><option id="op1">x</option></optgroup><option id="op2">y</option></select></fieldset><input type="image" id="img"><img id="im"><button id="b1">b</button><textarea id="ta"></textarea></fieldset></form>
<label id="lab1" for="i1">one</label><label id="lab2">two <input id="i2"><input id="i3"></label><label id="lab3" for="nothing">x</label><label id="lab4"><span>no control</span></label>
<label id="lab5" for="i1">again</label><label id="lab6" for="hid">h</label><input type="hidden" id="hid"><label id="lab7" for="m1"></label><meter id="m1"></meter><progress id="p1"></progress><label for="p1" id="lab8"><output id="o2"></output></label>
<datalist id="dl"><option id="d1">a</option><div><option id="d2">b</option></div><select><option id="d3">c</option></select></datalist>
<legend id="lonely">x</legend><input id="withlist" list="dl"><input id="withlist2" list="fs"><input type="checkbox" list="dl" id="cblist"><input type="range" list="dl" id="rglist"><input type="hidden" list="dl" id="hidlist"><div id="host"></div>
<script>
function log() { console.log(Array.prototype.join.call(arguments, ' ')); }
function kind(list) { return list instanceof NodeList ? 'NodeList' : list instanceof HTMLCollection ? 'HTMLCollection' : '?'; }
function ids(list) { return list === null ? 'null' : kind(list) + '[' + Array.prototype.map.call(list, function (e) { return e.id; }).join(',') + ']'; }
function id(e) { return e === null ? 'null' : e.id; }
function $(id) { return document.getElementById(id); }
function tryit(f) { try { var r = f(); return JSON.stringify(r); } catch (e) { return e.name + ': ' + e.message; } }
log('labels', ids($('i1').labels), ids($('i2').labels), ids($('i3').labels), ids($('hid').labels), ids($('m1').labels), ids($('p1').labels), ids($('o2').labels), ids($('o1').labels), ids($('b1').labels), ids($('s1').labels), ids($('ta').labels));
var l1 = $('i1').labels; log('same object', l1 === $('i1').labels, $('i1').labels instanceof NodeList);
$('lab5').htmlFor = 'i2'; log('live', ids(l1), ids($('i2').labels), l1.length);
var det = document.createElement('input'); var dl = document.createElement('label'); dl.appendChild(det); log('detached', ids(det.labels), id(dl.control));
log('control', id($('lab1').control), id($('lab2').control), id($('lab3').control), id($('lab4').control), id($('lab6').control), id($('lab7').control), id($('lab8').control));
log('label form', id($('lab1').form), id($('lab2').form), id($('lab7').form), id($('lab3').form));
log('legend form', id($('lg').form), id($('lonely').form));
log('option form', id($('op1').form), id($('op2').form), id($('d1').form), id(document.createElement('option').form));
var els = $('fs').elements; log('fieldset elements', ids(els), els === $('fs').elements, els instanceof HTMLFormControlsCollection, ids($('inner').elements), ids(document.createElement('fieldset').elements));
log('fieldset namedItem', id(els.namedItem('i1')), id(els.namedItem('ta')), id(els.namedItem('none')));
$('inner').appendChild(document.createElement('input')).id = 'late'; log('fieldset live', els.length, els[els.length - 1].id);
var opts = $('dl').options; log('datalist options', ids(opts), opts === $('dl').options, id(opts.namedItem('d2')));
$('dl').appendChild(document.createElement('option')).id = 'd4'; log('datalist live', opts.length);
log('list', id($('withlist').list), id($('withlist2').list), id($('cblist').list), id($('rglist').list), id($('hidlist').list), id($('i1').list));
var d = document.createElement('input'); d.setAttribute('list', 'dl'); log('detached list', id(d.list));
$('withlist').type = 'password'; log('password list', id($('withlist').list)); $('withlist').type = 'email'; log('email list', id($('withlist').list));
var root = $('host').attachShadow({mode: 'open'});
root.innerHTML = '<label id="sl" for="si">s</label><input id="si" list="sd"><datalist id="sd"></datalist>';
log('shadow', ids(root.getElementById('si').labels), id(root.getElementById('sl').control), id(root.getElementById('si').list));
log('showPicker', tryit(function () { $('i1').showPicker(); }), tryit(function () { $('s1').showPicker(); }), tryit(function () { $('hid').showPicker(); }));
log('showPicker immutable', tryit(function () { var e = document.createElement('input'); e.readOnly = true; e.showPicker(); }), tryit(function () { var e = document.createElement('input'); e.disabled = true; e.showPicker(); }), tryit(function () { var e = document.createElement('select'); e.disabled = true; e.showPicker(); }), tryit(function () { var e = document.createElement('input'); e.type = 'checkbox'; e.readOnly = true; e.showPicker(); }));
var ta = document.createElement('textarea'); ta.value = '\\ud83d\\ude00a\\r\\nb'; log('textLength', ta.textLength, document.createElement('textarea').textLength);
var ta2 = document.createElement('textarea'); ta2.textContent = 'x\\r\\ny'; log('textLength default', ta2.textLength);
log('labels on fresh', ids(document.createElement('input').labels), ids(document.createElement('meter').labels), 'labels' in document.createElement('fieldset'), 'labels' in document.createElement('output'));
var hid = $('hid'); hid.type = 'text'; log('hidden to text', ids(hid.labels)); hid.type = 'hidden'; log('back', ids(hid.labels));
</script></body></html>
""",
        """
labels NodeList[lab1,lab5] NodeList[lab2] NodeList[] null NodeList[lab7] NodeList[lab8] NodeList[] NodeList[] NodeList[] NodeList[] NodeList[]
same object true true
live NodeList[lab1] NodeList[lab2,lab5] 1
detached NodeList[]\s
control i1 i2 null null null m1 p1
label form f null null null
legend form f null
option form f f null null
fieldset elements HTMLCollection[i1,ob,o1,inner,s1,img,b1,ta] true false HTMLCollection[s1] HTMLCollection[]
fieldset namedItem i1 ta null
fieldset live 9 ta
datalist options HTMLCollection[d1,d2,d3] true d2
datalist live 4
list dl null null dl null null
detached list null
password list null
email list dl
shadow NodeList[sl] si sd
showPicker NotAllowedError: Failed to execute 'showPicker' on 'HTMLInputElement': HTMLInputElement::showPicker() requires user activation. NotAllowedError: Failed to execute 'showPicker' on 'HTMLSelectElement': showPicker() requires user activation. NotAllowedError: Failed to execute 'showPicker' on 'HTMLInputElement': HTMLInputElement::showPicker() requires user activation.
showPicker immutable InvalidStateError: Failed to execute 'showPicker' on 'HTMLInputElement': HTMLInputElement::showPicker() cannot be used on immutable controls. InvalidStateError: Failed to execute 'showPicker' on 'HTMLInputElement': HTMLInputElement::showPicker() cannot be used on immutable controls. InvalidStateError: Failed to execute 'showPicker' on 'HTMLSelectElement': showPicker() cannot be used on immutable controls. NotAllowedError: Failed to execute 'showPicker' on 'HTMLInputElement': HTMLInputElement::showPicker() requires user activation.
textLength 5 0
textLength default 3
labels on fresh NodeList[] NodeList[] false true
hidden to text NodeList[lab6]
back null
""");
  }

  /**
   * valueAsNumber and valueAsDate of number, range and the date and time types: the strings they
   * parse (and the values sanitized: invalid dates, times and numbers empty, datetime-local
   * normalized, a range clamped and on its step), Chromium's limits (0001-01-01 to 275760-09-13),
   * the strings numbers and Dates give back (a time with its step's precision), the
   * InvalidStateError where they do not apply and the TypeErrors of an infinite number or a value
   * that is not a Date.
   */
  @ParameterizedTest
  @EnumSource(JsEngine.class)
  void valueAsNumberAndValueAsDate(JsEngine engine) throws Exception {
    Runs.assertPagePrints(
        dir,
        "numbers.html",
        engine,
        """
<!DOCTYPE html><html><body><script>
function log() { console.log(Array.prototype.join.call(arguments, ' ')); }
function j(v) { return v instanceof Date ? 'Date(' + v.getTime() + ')' : typeof v === 'number' ? String(v) : JSON.stringify(v); }
function tryit(f) { try { return j(f()); } catch (e) { return e.name + ': ' + e.message; } }
function c(type, attrs) { var e = document.createElement('input'); e.type = type; for (var k in attrs) e.setAttribute(k, attrs[k]); return e; }
var cases = {
  number: ['', '12', '-1.5e2', 'x', '1e400', ' 5', '+5', '.5', '5.', '0x10'],
  range: ['', '30', '150', '-4', 'x'],
  date: ['2024-02-29', '2023-02-29', '0001-01-01', '0000-12-31', '275760-09-13', '275760-09-14', '99999-12-31', '2024-1-01'],
  month: ['2024-02', '1970-01', '1969-12', '2024-13', '275760-09', '275760-10', '0001-01'],
  week: ['2024-W01', '2020-W53', '2021-W53', '1970-W01', '2026-W10', '2024-W00', '275760-W37', '275760-W38'],
  time: ['12:34', '00:00:01.5', '23:59:59.999', '24:00', '12:34:5', '12:34:56.1234', '12:34:00', '1:00'],
  'datetime-local': ['2024-02-29T12:34', '2024-02-29 12:34:56.789', '1970-01-01T00:00', '2024-02-29T24:00', '2024-02-29T12:34:00', '2024-02-29T12:34:56.100', '275760-09-13T00:00:01']
};
Object.keys(cases).forEach(function (type) {
  log(type, cases[type].map(function (v) {
    var e = c(type); e.value = v;
    return j(v) + '=>' + j(e.value) + ',' + j(e.valueAsNumber) + ',' + j(e.valueAsDate);
  }).join(' '));
});
['text', 'checkbox', 'hidden', 'color', 'email'].forEach(function (type) {
  var e = c(type); log(type, j(e.valueAsNumber), j(e.valueAsDate), tryit(function () { e.valueAsNumber = 1; }), tryit(function () { e.valueAsDate = new Date(0); }), tryit(function () { e.stepUp(); }), tryit(function () { e.stepDown(); }));
});
log('number valueAsDate', tryit(function () { c('number').valueAsDate = new Date(0); }), tryit(function () { c('range').valueAsDate = null; }), tryit(function () { c('datetime-local').valueAsDate = new Date(0); }), j(c('datetime-local', {value: '2024-01-01T00:00'}).valueAsDate));
var n = c('number');
log('number set', [5, 1.5, -0, 1e21, 1e-7, 123456789.123, 0.1 + 0.2, NaN].map(function (x) { n.valueAsNumber = x; return j(n.value); }).join(' '));
log('infinite', tryit(function () { n.valueAsNumber = Infinity; }), tryit(function () { c('text').valueAsNumber = -Infinity; }), j(n.value));
var r = c('range', {min: '0', max: '10', step: '2'});
log('range set', [7, 100, -3, NaN, 4].map(function (x) { r.valueAsNumber = x; return j(r.value); }).join(' '));
log('range sanitized', [['5', {step: 'any', min: '0', max: '10'}], ['7.3', {step: 'any', min: '0', max: '10'}], ['5', {min: '10', max: '5'}], ['5', {min: '1', step: '3'}], ['5', {min: '0.1', max: '1', step: '0.2'}], ['', {max: '-10'}], ['0.31', {min: '0', max: '1', step: '0.1'}]].map(function (p) { var e = c('range', p[1]); e.value = p[0]; return j(e.value); }).join(' '));
['date', 'month', 'week', 'time', 'datetime-local'].forEach(function (type) {
  var e = c(type);
  log(type, 'setnum', [0, 1709210096789, -1, 86399999, 1e16, 5e15, -62135596800000, -62135596800001, 1500, NaN].map(function (x) { e.valueAsNumber = x; return j(e.value); }).join(' '));
  if (type === 'datetime-local') { return; }
  e.valueAsDate = new Date(Date.UTC(2024, 1, 29, 12, 34, 56, 789)); var a = j(e.value);
  e.valueAsDate = null; var b = j(e.value);
  e.valueAsDate = new Date(Date.UTC(2021, 0, 3)); var d = j(e.value);
  log(type, 'setdate', a, b, d, tryit(function () { e.valueAsDate = 5; }), tryit(function () { e.valueAsDate = {}; }), tryit(function () { e.valueAsDate = new Date(NaN); return e.value; }), tryit(function () { e.valueAsDate = undefined; return e.value; }));
});
var t = c('time', {step: '1'}); t.valueAsNumber = 60000; var t2 = c('time', {step: '0.5'}); t2.valueAsNumber = 60000; var t3 = c('time', {step: 'any'}); t3.valueAsNumber = 61000;
log('time precision', j(t.value), j(t2.value), j(t3.value));
var same = c('date'); same.value = '2024-01-01'; log('valueAsDate new each time', same.valueAsDate === same.valueAsDate);
</script></body></html>
""",
        """
number ""=>"",NaN,null "12"=>"12",12,null "-1.5e2"=>"-1.5e2",-150,null "x"=>"",NaN,null "1e400"=>"",NaN,null " 5"=>"",NaN,null "+5"=>"",NaN,null ".5"=>".5",0.5,null "5."=>"",NaN,null "0x10"=>"",NaN,null
range ""=>"50",50,null "30"=>"30",30,null "150"=>"100",100,null "-4"=>"0",0,null "x"=>"50",50,null
date "2024-02-29"=>"2024-02-29",1709164800000,Date(1709164800000) "2023-02-29"=>"",NaN,null "0001-01-01"=>"0001-01-01",-62135596800000,Date(-62135596800000) "0000-12-31"=>"",NaN,null "275760-09-13"=>"275760-09-13",8640000000000000,Date(8640000000000000) "275760-09-14"=>"",NaN,null "99999-12-31"=>"99999-12-31",3093527894400000,Date(3093527894400000) "2024-1-01"=>"",NaN,null
month "2024-02"=>"2024-02",649,Date(1706745600000) "1970-01"=>"1970-01",0,Date(0) "1969-12"=>"1969-12",-1,Date(-2678400000) "2024-13"=>"",NaN,null "275760-09"=>"275760-09",3285488,Date(8639998963200000) "275760-10"=>"",NaN,null "0001-01"=>"0001-01",-23628,Date(-62135596800000)
week "2024-W01"=>"2024-W01",1704067200000,Date(1704067200000) "2020-W53"=>"2020-W53",1609113600000,Date(1609113600000) "2021-W53"=>"",NaN,null "1970-W01"=>"1970-W01",-259200000,Date(-259200000) "2026-W10"=>"2026-W10",1772409600000,Date(1772409600000) "2024-W00"=>"",NaN,null "275760-W37"=>"275760-W37",8639999568000000,Date(8639999568000000) "275760-W38"=>"",NaN,null
time "12:34"=>"12:34",45240000,Date(45240000) "00:00:01.5"=>"00:00:01.5",1500,Date(1500) "23:59:59.999"=>"23:59:59.999",86399999,Date(86399999) "24:00"=>"",NaN,null "12:34:5"=>"",NaN,null "12:34:56.1234"=>"",NaN,null "12:34:00"=>"12:34:00",45240000,Date(45240000) "1:00"=>"",NaN,null
datetime-local "2024-02-29T12:34"=>"2024-02-29T12:34",1709210040000,null "2024-02-29 12:34:56.789"=>"2024-02-29T12:34:56.789",1709210096789,null "1970-01-01T00:00"=>"1970-01-01T00:00",0,null "2024-02-29T24:00"=>"",NaN,null "2024-02-29T12:34:00"=>"2024-02-29T12:34",1709210040000,null "2024-02-29T12:34:56.100"=>"2024-02-29T12:34:56.1",1709210096100,null "275760-09-13T00:00:01"=>"",NaN,null
text NaN null InvalidStateError: Failed to set the 'valueAsNumber' property on 'HTMLInputElement': This input element does not support Number values. InvalidStateError: Failed to set the 'valueAsDate' property on 'HTMLInputElement': This input element does not support Date values. InvalidStateError: Failed to execute 'stepUp' on 'HTMLInputElement': This form element is not steppable. InvalidStateError: Failed to execute 'stepDown' on 'HTMLInputElement': This form element is not steppable.
checkbox NaN null InvalidStateError: Failed to set the 'valueAsNumber' property on 'HTMLInputElement': This input element does not support Number values. InvalidStateError: Failed to set the 'valueAsDate' property on 'HTMLInputElement': This input element does not support Date values. InvalidStateError: Failed to execute 'stepUp' on 'HTMLInputElement': This form element is not steppable. InvalidStateError: Failed to execute 'stepDown' on 'HTMLInputElement': This form element is not steppable.
hidden NaN null InvalidStateError: Failed to set the 'valueAsNumber' property on 'HTMLInputElement': This input element does not support Number values. InvalidStateError: Failed to set the 'valueAsDate' property on 'HTMLInputElement': This input element does not support Date values. InvalidStateError: Failed to execute 'stepUp' on 'HTMLInputElement': This form element is not steppable. InvalidStateError: Failed to execute 'stepDown' on 'HTMLInputElement': This form element is not steppable.
color NaN null InvalidStateError: Failed to set the 'valueAsNumber' property on 'HTMLInputElement': This input element does not support Number values. InvalidStateError: Failed to set the 'valueAsDate' property on 'HTMLInputElement': This input element does not support Date values. InvalidStateError: Failed to execute 'stepUp' on 'HTMLInputElement': This form element is not steppable. InvalidStateError: Failed to execute 'stepDown' on 'HTMLInputElement': This form element is not steppable.
email NaN null InvalidStateError: Failed to set the 'valueAsNumber' property on 'HTMLInputElement': This input element does not support Number values. InvalidStateError: Failed to set the 'valueAsDate' property on 'HTMLInputElement': This input element does not support Date values. InvalidStateError: Failed to execute 'stepUp' on 'HTMLInputElement': This form element is not steppable. InvalidStateError: Failed to execute 'stepDown' on 'HTMLInputElement': This form element is not steppable.
number valueAsDate InvalidStateError: Failed to set the 'valueAsDate' property on 'HTMLInputElement': This input element does not support Date values. InvalidStateError: Failed to set the 'valueAsDate' property on 'HTMLInputElement': This input element does not support Date values. InvalidStateError: Failed to set the 'valueAsDate' property on 'HTMLInputElement': This input element does not support Date values. null
number set "5" "1.5" "0" "1e+21" "1e-7" "123456789.123" "0.30000000000000004" ""
infinite TypeError: Failed to set the 'valueAsNumber' property on 'HTMLInputElement': The value provided is infinite. TypeError: Failed to set the 'valueAsNumber' property on 'HTMLInputElement': The value provided is infinite. ""
range set "8" "10" "0" "6" "4"
range sanitized "5" "7.3" "10" "4" "0.9" "0" "0.3"
date setnum "1970-01-01" "2024-02-29" "1969-12-31" "1970-01-01" "" "160413-09-10" "0001-01-01" "" "1970-01-01" ""
date setdate "2024-02-29" "" "2021-01-03" TypeError: Failed to set the 'valueAsDate' property on 'HTMLInputElement': Failed to convert value to 'object'. TypeError: Failed to set the 'valueAsDate' property on 'HTMLInputElement': The provided value is not a Date. "" ""
month setnum "1970-01" "" "1969-12" "" "" "" "" "" "2095-01" ""
month setdate "2024-02" "" "2021-01" TypeError: Failed to set the 'valueAsDate' property on 'HTMLInputElement': Failed to convert value to 'object'. TypeError: Failed to set the 'valueAsDate' property on 'HTMLInputElement': The provided value is not a Date. "" ""
week setnum "1970-W01" "2024-W09" "1970-W01" "1970-W01" "" "160413-W37" "0001-W01" "" "1970-W01" ""
week setdate "2024-W09" "" "2020-W53" TypeError: Failed to set the 'valueAsDate' property on 'HTMLInputElement': Failed to convert value to 'object'. TypeError: Failed to set the 'valueAsDate' property on 'HTMLInputElement': The provided value is not a Date. "" ""
time setnum "00:00" "12:34:56.789" "23:59:59.999" "23:59:59.999" "17:46:40" "08:53:20" "00:00" "23:59:59.999" "00:00:01.500" ""
time setdate "12:34:56.789" "" "00:00" TypeError: Failed to set the 'valueAsDate' property on 'HTMLInputElement': Failed to convert value to 'object'. TypeError: Failed to set the 'valueAsDate' property on 'HTMLInputElement': The provided value is not a Date. "" ""
datetime-local setnum "1970-01-01T00:00" "2024-02-29T12:34:56.789" "1969-12-31T23:59:59.999" "1970-01-01T23:59:59.999" "" "160413-09-10T08:53:20" "0001-01-01T00:00" "" "1970-01-01T00:00:01.5" ""
time precision "00:01:00" "00:01:00.000" "00:01:01"
valueAsDate new each time false
""");
  }

  /**
   * stepUp and stepDown: each type's default step, scale and step base (min, else the value
   * attribute), the minimum and maximum (a value past one goes to the nearest on the step), a value
   * off its step going to it first (counted as one of n, as in Chromium), decimal steps without
   * binary noise, whole-day and whole-millisecond steps, the errors, no events.
   */
  @ParameterizedTest
  @EnumSource(JsEngine.class)
  void stepUpAndStepDown(JsEngine engine) throws Exception {
    Runs.assertPagePrints(
        dir,
        "stepping.html",
        engine,
        """
<!DOCTYPE html><html><body><script>
function log() { console.log(Array.prototype.join.call(arguments, ' ')); }
function tryit(f) { try { var r = f(); return JSON.stringify(r); } catch (e) { return e.name + ': ' + e.message; } }
function c(type, attrs, value) { var e = document.createElement('input'); e.type = type; for (var k in attrs) e.setAttribute(k, attrs[k]); if (value !== undefined) e.value = value; return e; }
function su(type, attrs, value, n, down) { return tryit(function () { var e = c(type, attrs, value); if (down) { n === undefined ? e.stepDown() : e.stepDown(n); } else { n === undefined ? e.stepUp() : e.stepUp(n); } return e.value; }); }
log('number', su('number', {}, ''), su('number', {}, '5'), su('number', {}, '5', 3), su('number', {}, '5', -2), su('number', {}, '5', undefined, true), su('number', {}, '', undefined, true), su('number', {}, '5', -2, true));
log('number step', su('number', {step: '0.1'}, '0.2'), su('number', {step: '0.1'}, '0.25'), su('number', {step: '0.1'}, '0.25', undefined, true), su('number', {step: 'any'}, '1'), su('number', {step: '3', min: '1'}, '5'), su('number', {step: '3', min: '1'}, '5', undefined, true), su('number', {step: '3'}, '5'), su('number', {step: '-1'}, '5'), su('number', {step: '0'}, '5'), su('number', {step: ' 2'}, '1'), su('number', {step: '.5'}, '1'));
log('number limits', su('number', {max: '10'}, '10'), su('number', {max: '10'}, '12'), su('number', {max: '10'}, '12', undefined, true), su('number', {min: '3'}, '1'), su('number', {min: '3'}, ''), su('number', {min: '3'}, '', undefined, true), su('number', {min: '3'}, '1', undefined, true), su('number', {min: '5', max: '3'}, '4'), su('number', {max: '-5'}, ''), su('number', {min: '5'}, '', 2), su('number', {max: '10'}, '12.5'), su('number', {min: '10'}, '7.5', undefined, true), su('number', {min: ' 5'}, '1'));
log('number base', su('number', {value: '0.5'}, '0.5'), su('number', {value: '0.5', step: '2'}, '0.5'), su('number', {value: '0.5', step: '2'}, '1', undefined, true), su('number', {min: '0.3', step: '0.2'}, '1'), su('number', {min: '0.3', step: '0.2'}, '1', undefined, true), su('number', {step: '0.1'}, '0.3', 3), su('number', {step: '0.1', min: '0.05'}, '0.35', undefined, true));
log('number off step', su('number', {step: '2'}, '3'), su('number', {step: '2'}, '3', undefined, true), su('number', {step: '2'}, '3', 2), su('number', {step: '2'}, '3', -1, true), su('number', {step: '2'}, '3', 0), su('number', {}, '0.1', 2));
log('number count', su('number', {}, '1e308', 10), su('number', {max: '1e400'}, '5'), su('number', {}, '5', 1.7), su('number', {}, '5', 'x'), su('number', {}, '1', 4294967297), su('number', {}, '1', 2147483648), su('number', {step: '1e400'}, '5'));
log('range', su('range', {}, ''), su('range', {}, '100'), su('range', {step: '10'}, '50', 2), su('range', {min: '0', max: '10', step: '3'}, '9'), su('range', {min: '0', max: '10', step: '3'}, '0', undefined, true));
log('date', su('date', {}, '2024-02-28'), su('date', {}, '2024-02-28', 2), su('date', {step: '7'}, '2024-02-28'), su('date', {}, ''), su('date', {min: '2024-01-01'}, ''), su('date', {}, '2024-02-28', undefined, true), su('date', {step: '0.5'}, '2024-02-28'), su('date', {step: 'any'}, '2024-02-28'), su('date', {}, '2024-02-28', 1e9), su('date', {value: '2024-01-03', step: '7'}, '2024-01-05'), su('date', {min: 'bogus', step: '2'}, '1970-01-02'));
log('month', su('month', {}, '2024-12'), su('month', {step: '2'}, '2024-12'), su('month', {}, '2024-01', undefined, true), su('month', {}, ''), su('month', {step: '1.6'}, '2024-01'));
log('week', su('week', {}, '2024-W52'), su('week', {}, '2020-W53'), su('week', {}, '2024-W01', undefined, true), su('week', {}, ''), su('week', {step: '2', min: '2024-W02'}, '2024-W05'));
log('time', su('time', {}, '12:34'), su('time', {step: '1'}, '12:34'), su('time', {step: '0.001'}, '12:34'), su('time', {}, '23:59'), su('time', {}, '00:00', undefined, true), su('time', {}, ''), su('time', {step: '3600'}, '12:34'), su('time', {step: '0.0001'}, '12:00'), su('time', {step: '1.5'}, '12:00'), su('time', {step: '90'}, '12:00'), su('time', {step: '90'}, '12:01:30'), su('time', {}, '12:00', -13), su('time', {}, '23:00', 2));
log('datetime-local', su('datetime-local', {}, '2024-02-29T12:34'), su('datetime-local', {step: '86400'}, '2024-02-29T12:34'), su('datetime-local', {}, ''));
log('extra argument', tryit(function () { c('number').stepUp(1, 2); }));
var ro = c('number', {readonly: ''}, '5'); ro.stepUp(); var dis = c('number', {disabled: ''}, '5'); dis.stepUp();
log('not mutable', ro.value, dis.value);
var ev = document.createElement('input'); ev.type = 'number'; ev.value = '5'; ev.oninput = function () { log('input event'); }; ev.onchange = function () { log('change event'); }; ev.stepUp(); log('no events', ev.value);
</script></body></html>
""",
        """
number "1" "6" "8" "3" "4" "-1" "7"
number step "0.3" "0.3" "0.2" InvalidStateError: Failed to execute 'stepUp' on 'HTMLInputElement': This form element does not have an allowed value step. "7" "4" "6" "6" "6" "2" "1.5"
number limits "10" "12" "10" "3" "3" "3" "1" "4" "-5" "5" "10" "10" "2"
number base "1.5" "2.5" "0.5" "1.1" "0.9" "0.6" "0.25"
number off step "4" "2" "6" "4" "3" "2"
number count "1e+308" "6" "6" "5" "2" "-2147483647" "6"
range "51" "100" "70" "9" "0"
date "2024-02-29" "2024-03-01" "2024-02-29" "1970-01-02" "2024-01-01" "2024-02-27" "2024-02-29" InvalidStateError: Failed to execute 'stepUp' on 'HTMLInputElement': This form element does not have an allowed value step. "275760-09-13" "2024-01-10" "1970-01-03"
month "2025-01" "2025-01" "2023-12" "1970-02" "2024-03"
week "2025-W01" "2021-W01" "2023-W52" "1970-W02" "2024-W06"
time "12:35" "12:34:01" "12:34:00.001" "23:59" "00:00" "00:01" "13:00" "12:00:00.001" "12:00:01.500" "12:01:30" "12:03:00" "11:47" "23:02"
datetime-local "2024-02-29T12:35" "2024-03-01T00:00" "1970-01-01T00:01"
extra argument\s
not mutable 6 6
no events 6
""");
  }
}
