package io.w3socket.engine;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The pseudo-classes of element state in querySelectorAll, matches and closest (SelectorStates,
 * dom-selector-states.js), which jsoup's selectors lack: how many elements each finds on a form
 * page, as headless Chromium 156 counts them, then as a click, a value and a query's scope change
 * them; those nothing is in here (:hover, :target...) and pseudo-elements find none. Both engines.
 */
class SelectorStatesTest {
  @TempDir Path dir;

  @ParameterizedTest
  @EnumSource(JsEngine.class)
  void statePseudoClassesAsChromiumCountsThem(JsEngine engine) throws Exception {
    Runs.assertPagePrints(
        dir,
        "selector-states.html",
        engine,
"""
<!DOCTYPE html><html><body>
<form><input type=radio name=c value=a><input type=radio name=c value=b checked><input id=t required><input id=d disabled><select><option>1</option><option selected>2</option></select><a href="#x">l</a></form>
<div id=e></div><p>x</p>
<script>
var sels = [':checked', 'input:checked', 'input[name=c]:checked', ':disabled', ':enabled', ':required', ':optional', ':invalid', ':valid', ':empty', ':root', ':nth-child(2)', ':not(p)', ':is(p, div)', ':where(p)', ':has(> input)', ':defined', ':link', ':any-link', ':focus', ':hover', ':placeholder-shown', ':read-only', ':read-write', 'option:checked', ':scope', ':target', ':indeterminate', ':default', ':focus-within', ':focus-visible', ':active', ':visited', ':in-range', ':autofill', ':fullscreen', ':modal', ':open', ':popover-open', ':state(x)', ':host', '::before'];
sels.forEach(function (s) {
  try { console.log(s, document.querySelectorAll(s).length); } catch (e) { console.log(s, e.name); }
});
document.querySelector('input[value=a]').click();
console.log('after click', document.querySelector('input[name=c]:checked').value, document.querySelector('#t').matches(':invalid'));
document.getElementById('t').value = 'x';
console.log('filled', document.querySelector('#t').matches(':valid'), document.querySelectorAll('form:invalid').length, document.querySelector('input:not(:checked)').value);
document.getElementById('d').closest('form:valid') === document.forms[0] && console.log('closest form:valid');
console.log(document.querySelectorAll('[class="a:checked"], :where(p, div)').length, document.querySelector('option:checked').textContent);
</script></body></html>
""",
"""
:checked 2
input:checked 1
input[name=c]:checked 1
:disabled 1
:enabled 6
:required 1
:optional 4
:invalid 2
:valid 3
:empty 6
:root 1
:nth-child(2) 4
:not(p) 14
:is(p, div) 2
:where(p) 1
:has(> input) 1
:defined 15
:link 1
:any-link 1
:focus 0
:hover 0
:placeholder-shown 0
:read-only 14
:read-write 1
option:checked 1
:scope 1
:target 0
:indeterminate 0
:default 2
:focus-within 0
:focus-visible 0
:active 0
:visited 0
:in-range 0
:autofill 0
:fullscreen 0
:modal 0
:open 0
:popover-open 0
:state(x) 0
:host 0
::before 0
after click a true
filled true 0 b
closest form:valid
2 2
""");
  }

  /**
   * :lang() (the nearest lang attribute, a range or a subtag prefix; one identifier, as Chromium
   * takes it: a list or a string is a SyntaxError) and :dir() (the nearest dir attribute), in
   * querySelectorAll, matches, closest and :not().
   */
  @ParameterizedTest
  @EnumSource(JsEngine.class)
  void languageAndDirectionAsChromiumMatchesThem(JsEngine engine) throws Exception {
    Runs.assertPagePrints(
        dir,
        "lang-dir.html",
        engine,
"""
<!DOCTYPE html><html lang="en-GB"><body>
<div id=a lang="fr"><p id=b>x</p><span lang="de-CH" dir="rtl"><i id=c>y</i></span></div><p id=d dir=auto>z</p><b id=e lang="">no</b>
<script>
['*:lang(en)', ':lang(fr)', ':lang(de)', ':lang("de-CH")', ':lang(en, de)', ':lang(\\\\*)', 'p:lang(en-GB)', ':dir(ltr)', ':dir(rtl)', 'i:dir(rtl)', ':not(:lang(fr))'].forEach(function (s) {
  try { console.log(s, document.querySelectorAll(s).length, Array.prototype.map.call(document.querySelectorAll(s), function (e) { return e.id || e.nodeName; }).join(',')); } catch (e) { console.log(s, e.name); }
});
console.log(document.getElementById('c').matches(':lang(de):dir(rtl)'), document.getElementById('c').closest(':lang(fr)').id);
</script></body></html>
""",
"""
*:lang(en) 5 HTML,HEAD,BODY,d,SCRIPT
:lang(fr) 2 a,b
:lang(de) 2 SPAN,c
:lang("de-CH") SyntaxError
:lang(en, de) SyntaxError
:lang(\\*) 0\s
p:lang(en-GB) 1 d
:dir(ltr) 8 HTML,HEAD,BODY,a,b,d,e,SCRIPT
:dir(rtl) 2 SPAN,c
i:dir(rtl) 1 c
:not(:lang(fr)) 8 HTML,HEAD,BODY,SPAN,c,d,e,SCRIPT
true a
""");
  }

  /**
   * The structural pseudo-classes of an element without a parent element (the root element, a
   * detached element), which match :first-child, :only-of-type, :nth-child(2n+1)... as in Chromium,
   * and :root, which only the document element matches.
   */
  @ParameterizedTest
  @EnumSource(JsEngine.class)
  void elementsWithoutAParentAreFirstAndLast(JsEngine engine) throws Exception {
    Runs.assertPagePrints(
        dir,
        "structural.html",
        engine,
"""
<!DOCTYPE html><html><body><p>a</p><script>
var d = document.createElement('div');
var inner = document.createElement('span'); d.appendChild(inner);
['first-child', 'last-child', 'only-child', 'first-of-type', 'last-of-type', 'only-of-type', 'nth-child(1)', 'nth-child(2n+1)', 'nth-child(2)', 'nth-last-child(1)', 'nth-of-type(1)', 'root', 'empty'].forEach(function (p) {
  console.log(p, document.documentElement.matches(':' + p), d.matches(':' + p), inner.matches(':' + p), document.querySelectorAll(':' + p).length);
});
</script></body></html>
""",
"""
first-child true true true 3
last-child true true true 3
only-child true true true 1
first-of-type true true true 5
last-of-type true true true 5
only-of-type true true true 5
nth-child(1) true true true 3
nth-child(2n+1) true true true 3
nth-child(2) false false false 2
nth-last-child(1) true true true 3
nth-of-type(1) true true true 5
root true false false 1
empty false false true 1
""");
  }

  /**
   * HTML #selector-indeterminate (a checkbox's indeterminate flag, #dom-input-indeterminate: set
   * false by a click, back when the click is canceled, copied by a clone; a radio group with none
   * checked; a progress without a value), #selector-in-range and #selector-out-of-range (inputs
   * with range limitations that are candidates for constraint validation), #selector-open
   * (details and dialog elements with open, which reflects), as Chromium 156 has them.
   */
  @ParameterizedTest
  @EnumSource(JsEngine.class)
  void indeterminateRangeAndOpenStatesAsChromiumHasThem(JsEngine engine) throws Exception {
    Runs.assertPagePrints(
        dir,
        "indeterminate.html",
        engine,
"""
<!DOCTYPE html><html><body>
<form id="f">
<input type=checkbox id=c1><input type=checkbox id=c2 checked>
<input type=radio name=g value=1><input type=radio name=g value=2>
<input type=radio name=h value=1 checked><input type=radio name=h value=2>
<input type=radio id=lone>
<progress id=p1></progress><progress id=p2 value=3 max=10></progress>
<input type=number id=n1 min=1 max=5 value=3><input type=number id=n2 min=1 max=5 value=9><input type=number id=n3 value=4>
<input type=range id=r1 value=50><input type=date id=d1 min=2020-01-01 value=2019-05-05><input type=number id=n4 min=1 max=5 value=0 disabled>
<input type=text id=t1 min=1 max=5 value=9><input type=number id=n5 min=1 max=5 readonly value=9>
<details id=det open><summary>s</summary>x</details><details id=det2></details><dialog id=dl open>d</dialog><dialog id=dl2>d2</dialog>
</form>
<script>
function ids(sel) { return Array.prototype.map.call(document.querySelectorAll(sel), function (e) { return e.id || e.tagName.toLowerCase() + (e.value ? '=' + e.value : ''); }).join(','); }
var c1 = document.getElementById('c1');
console.log(typeof c1.indeterminate, c1.indeterminate, c1.hasAttribute('indeterminate'), 'indeterminate' in document.createElement('input'));
console.log(':indeterminate', ids(':indeterminate'));
c1.indeterminate = 1;
console.log(c1.indeterminate, c1.hasAttribute('indeterminate'), ids(':indeterminate'), c1.matches(':indeterminate'));
var copy = c1.cloneNode();
console.log('clone', copy.indeterminate);
c1.addEventListener('click', function (e) { console.log('in click', c1.checked, c1.indeterminate); }, {once: true});
c1.click();
console.log('after click', c1.checked, c1.indeterminate, ids(':indeterminate'));
c1.indeterminate = true;
c1.addEventListener('click', function (e) { e.preventDefault(); console.log('in canceled click', c1.checked, c1.indeterminate); }, {once: true});
c1.click();
console.log('after canceled', c1.checked, c1.indeterminate);
var r = document.querySelector('input[name=g]'); r.indeterminate = true; r.click();
console.log('radio', r.indeterminate, ids(':indeterminate'));
document.getElementById('p2').removeAttribute('value');
console.log('progress', ids('progress:indeterminate'));
console.log(':in-range', ids(':in-range'));
console.log(':out-of-range', ids(':out-of-range'));
document.getElementById('n1').value = '7';
console.log('n1=7', ids(':out-of-range'), document.getElementById('n3').matches(':in-range'));
console.log(':open', ids(':open'));
document.getElementById('det2').open = true;
console.log(':open after', ids(':open'), ids('details:not(:open)'));
</script></body></html>
""",
"""
boolean false false true
:indeterminate input=1,input=2,lone,p1
true false c1,input=1,input=2,lone,p1 true
clone true
in click true false
after click true false input=1,input=2,lone,p1
in canceled click false false
after canceled true true
radio true c1,lone,p1
progress p1,p2
:in-range n1,r1
:out-of-range n2,d1
n1=7 n1,n2,d1 false
:open det,dl
:open after det,det2,dl\s
""");
  }

  /**
   * A selector whose brackets nest deeper than the host parses (ParsedSelectors.MAX_NESTING, 128)
   * is a SyntaxError, not a Java stack overflow the page sees (Chromium 156 takes 5,000 levels in
   * querySelector; a style sheet's 20,000 crashed its page); a style sheet's rule with one is
   * dropped and the cascade answers. Invalid selectors' messages are Chromium's.
   */
  @ParameterizedTest
  @EnumSource(JsEngine.class)
  void selectorsNestedTooDeepAreSyntaxErrors(JsEngine engine) throws Exception {
    Runs.assertPagePrints(
        dir,
        "deep.html",
        engine,
        """
<!DOCTYPE html><html><head><style id=s></style></head><body><p id=p>x</p><script>
function nested(n) {
  var s = '';
  for (var i = 0; i < n; i++) s += ':is(';
  s += 'p';
  for (var i = 0; i < n; i++) s += ')';
  return s;
}
[100, 128, 129, 5000].forEach(function (n) {
  try {
    console.log(n, document.querySelector(nested(n)) !== null);
  } catch (e) {
    console.log(n, e.name, e instanceof DOMException);
  }
});
[function () { document.querySelector('['); }, function () { document.body.querySelectorAll('a,'); },
    function () { document.getElementById('p').matches(':foo'); },
    function () { document.getElementById('p').closest('>>'); }].forEach(function (f) {
  try { f(); } catch (e) { console.log(e.name, e.message); }
});
document.getElementById('s').textContent = nested(5000) + ' { color: red } p { margin: 1px }';
console.log(document.styleSheets[0].cssRules.length, getComputedStyle(document.getElementById('p')).color);
</script></body></html>
""",
        """
100 true
128 true
129 SyntaxError true
5000 SyntaxError true
SyntaxError Failed to execute 'querySelector' on 'Document': '[' is not a valid selector.
SyntaxError Failed to execute 'querySelectorAll' on 'Element': 'a,' is not a valid selector.
SyntaxError Failed to execute 'matches' on 'Element': ':foo' is not a valid selector.
SyntaxError Failed to execute 'closest' on 'Element': '>>' is not a valid selector.
1 rgb(0, 0, 0)
""");
  }
}
