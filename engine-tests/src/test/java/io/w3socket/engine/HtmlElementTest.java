package io.w3socket.engine;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * HTMLElement's IDL attributes for the global attributes (html-element.js): each page prints what
 * headless Chromium 156 printed for it, in both engines.
 */
class HtmlElementTest {
  @TempDir Path dir;

  /**
   * Their defaults, enumerated keywords and invalid values (dir, contentEditable with its
   * SyntaxError, autocapitalize, enterKeyHint, inputMode, writingSuggestions), draggable's
   * defaults, isContentEditable and translate from ancestors, nonce apart from its attribute, the
   * attributes the setters write, outerText read and set (with br for line breaks, and its
   * NoModificationAllowedError).
   */
  @ParameterizedTest
  @EnumSource(JsEngine.class)
  void globalAttributesAsChromiumHasThem(JsEngine engine) throws Exception {
    Runs.assertPagePrints(
        dir,
        "html-element.html",
        engine,
"""
<!DOCTYPE html><html><body><div id="host" contenteditable=""><span id="inner">x</span><p id="off" contenteditable="false">y</p></div>
<section translate="no"><em id="em">z</em></section>
<script>
function log() { console.log(Array.prototype.join.call(arguments, ' ')); }
function c(t, attrs) { var e = document.createElement(t); for (var k in attrs) e.setAttribute(k, attrs[k]); return e; }
var d = c('div');
log(JSON.stringify([d.accessKey, d.autocapitalize, d.autofocus, d.contentEditable, d.dir, d.draggable, d.enterKeyHint, d.inert, d.inputMode, d.isContentEditable, d.nonce, d.spellcheck, d.translate, d.writingSuggestions, d.autocorrect]));
log(c('img').draggable, c('a').draggable, c('a', {href: 'x'}).draggable, c('div', {draggable: 'true'}).draggable, c('img', {draggable: 'false'}).draggable, c('div', {draggable: 'auto'}).draggable);
log(c('div', {dir: 'RTL'}).dir, JSON.stringify(c('div', {dir: 'up'}).dir), c('div', {dir: 'Auto'}).dir);
log(c('div', {contenteditable: 'TRUE'}).contentEditable, c('div', {contenteditable: 'plaintext-only'}).contentEditable, c('div', {contenteditable: 'bogus'}).contentEditable, c('div', {contenteditable: ''}).contentEditable);
var e = c('div'); e.contentEditable = 'true'; log(e.getAttribute('contenteditable')); e.contentEditable = 'inherit'; log(e.hasAttribute('contenteditable'));
try { e.contentEditable = 'maybe'; } catch (x) { log(x.name, x.message); }
log(document.getElementById('host').isContentEditable, document.getElementById('inner').isContentEditable, document.getElementById('off').isContentEditable, document.getElementById('em').translate);
log(c('input', {autocapitalize: 'WORDS'}).autocapitalize, JSON.stringify(c('input', {autocapitalize: 'bogus'}).autocapitalize), c('div', {autocapitalize: 'off'}).autocapitalize, c('div', {autocapitalize: 'on'}).autocapitalize, c('div', {autocapitalize: ''}).autocapitalize);
log(c('div', {enterkeyhint: 'SEND'}).enterKeyHint, JSON.stringify(c('div', {enterkeyhint: 'x'}).enterKeyHint), c('div', {inputmode: 'Numeric'}).inputMode, JSON.stringify(c('div', {inputmode: 'x'}).inputMode));
log(c('div', {spellcheck: 'false'}).spellcheck, c('div', {spellcheck: 'true'}).spellcheck, c('input').spellcheck, c('div', {translate: 'no'}).translate, c('div', {translate: 'yes'}).translate);
var s = c('div', {nonce: 'abc'}); log(s.nonce, s.getAttribute('nonce')); s.nonce = 'q'; log(s.nonce, s.getAttribute('nonce'));
var k = c('div'); k.accessKey = 'k'; k.autofocus = true; k.inert = true; k.spellcheck = false; k.translate = false; k.draggable = true; k.dir = 'ltr'; k.inputMode = 'tel'; k.enterKeyHint = 'go'; k.autocapitalize = 'none'; k.writingSuggestions = 'false';
log(k.outerHTML);
log(c('div', {writingsuggestions: 'FALSE'}).writingSuggestions, c('div', {writingsuggestions: ''}).writingSuggestions, c('div', {autocorrect: 'off'}).autocorrect);
var w = c('div'); var ch = c('span'); ch.textContent = 'old'; w.appendChild(ch); log(ch.outerText); ch.outerText = 'new\\nline'; log(w.innerHTML);
try { c('span').outerText = 'x'; } catch (x) { log(x.name, x.message); }
</script></body></html>
""",
"""
["","",false,"inherit","",false,"",false,"",false,"",true,true,"true",true]
true false true true false false
rtl "" auto
true plaintext-only inherit true
true
false
SyntaxError Failed to set the 'contentEditable' property on 'HTMLElement': The value provided ('maybe') is not one of 'true', 'false', 'plaintext-only', or 'inherit'.
true true false false
words "sentences" none sentences\s
send "" numeric ""
false true true false true
abc abc
q abc
<div accesskey="k" autofocus="" inert="" spellcheck="false" translate="no" draggable="true" dir="ltr" inputmode="tel" enterkeyhint="go" autocapitalize="none" writingsuggestions="false"></div>
false true false
old
new<br>line
NoModificationAllowedError Failed to set the 'outerText' property on 'HTMLElement': The element has no parent.
""");
  }

  /**
   * What is inherited (spellcheck, writingSuggestions) and what is not (autocorrect), and
   * isContentEditable in a detached tree and under contenteditable=false.
   */
  @ParameterizedTest
  @EnumSource(JsEngine.class)
  void inheritedStatesAsChromiumHasThem(JsEngine engine) throws Exception {
    Runs.assertPagePrints(
        dir,
        "html-element-inherited.html",
        engine,
"""
<!DOCTYPE html><html><body><div spellcheck="false" writingsuggestions="false" autocorrect="off"><span id="s">x</span></div>
<script>
function log() { console.log(Array.prototype.join.call(arguments, ' ')); }
var s = document.getElementById('s'); var d = document.createElement('div'); d.setAttribute('contenteditable', '');
var inner = document.createElement('span'); d.appendChild(inner);
log(s.spellcheck, s.writingSuggestions, s.autocorrect, d.isContentEditable, inner.isContentEditable);
document.body.appendChild(d); log(d.isContentEditable, inner.isContentEditable);
var a = document.createElement('div'); a.autocorrect = false; log(a.getAttribute('autocorrect')); a.autocorrect = true; log(a.getAttribute('autocorrect'));
var x = document.createElement('div'); x.setAttribute('contenteditable', 'false'); var y = document.createElement('b'); y.setAttribute('contenteditable', 'true'); x.appendChild(y); document.body.appendChild(x); log(x.isContentEditable, y.isContentEditable);
document.body.removeChild(d); document.body.removeChild(x);
</script></body></html>
""",
"""
false false true true true
true true
off
on
false true
""");
  }
}
