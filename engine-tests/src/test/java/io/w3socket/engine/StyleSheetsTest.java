package io.w3socket.engine;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Style sheets (CSSOM; css-syntax.js, css-rules.js, style-sheets.js): the page prints what headless
 * Chromium 156 printed for it, in both engines. Its values are written canonically, as this host
 * keeps values as written (Chromium would write margin: 0 as margin: 0px).
 */
class StyleSheetsTest {
  @TempDir Path dir;

  /**
   * A style element's sheet and document.styleSheets; each rule kind's cssText (style, media,
   * keyframes, font-face), comments skipped, invalid declarations, a misplaced @import, an unknown
   * at-rule and a rule with junk before it dropped; selectorText's serialization and an invalid one
   * ignored; a rule's style; a MediaList; insertRule, deleteRule, addRule, removeRule and their
   * errors; a media rule's insertRule; a sheet made anew when its text changes, none when
   * disconnected or of another type; a constructed sheet (replaceSync drops @import, replace, its
   * options); disabled; the interfaces and CSSRule's constants.
   */
  @ParameterizedTest
  @EnumSource(JsEngine.class)
  void styleSheetsParseSerializeAndChangeAsInChromium(JsEngine engine) throws Exception {
    Runs.assertPagePrints(
        dir,
        "style-sheets.html",
        engine,
"""
<!DOCTYPE html><html><head>
<style id=s1>
/* comment */ .a{color:red}  .b > p , div.c{margin-top:0px;padding-left : 1px !important;}
@media (min-width:600px) and (max-width: 900px){.d{color:blue}}
@media screen { .e { } }
@keyframes spin{from{transform:rotate(0deg)}to{transform:rotate(360deg)}}
@font-face{font-family:X;src:url("x.woff")}
@import url("x.css");
@bogus foo { }
.f{;;color:red;bogus;width:10px}
.g{color:red} junk
@supports (display:grid){.h{display:grid}}
</style>
<style id=s2 media="print" title="t">p{}</style>
</head><body>
<script>
function rules(list) { return Array.prototype.map.call(list, function (r) { return r.constructor.name + '(' + r.type + '): ' + JSON.stringify(r.cssText); }).join('\\n'); }
var s = document.getElementById('s1').sheet;
console.log(s.constructor.name + ' ' + document.styleSheets.length + ' ' + (document.styleSheets[0] === s) + ' ' + (s.ownerNode === document.getElementById('s1')) + ' ' + s.type + ' ' + s.href + ' ' + s.title + ' ' + s.media.mediaText + ' ' + s.disabled + ' ' + s.parentStyleSheet + ' ' + s.ownerRule + ' ' + (s.rules === s.cssRules));
console.log(rules(s.cssRules));
var s2 = document.getElementById('s2').sheet;
console.log('s2 ' + s2.media.mediaText + ' ' + s2.media.length + ' ' + s2.title + ' ' + s2.cssRules.length);
var r = s.cssRules[1];
console.log('selectorText ' + JSON.stringify(r.selectorText) + ' style ' + r.style.marginTop + '|' + r.style.paddingLeft + '|' + r.style.getPropertyPriority('padding-left') + '|' + r.style.length + ' ' + (r.parentStyleSheet === s) + ' ' + r.parentRule);
var m = s.cssRules[2];
console.log('media ' + m.conditionText + ' | ' + m.media.mediaText + ' | ' + m.cssRules.length + ' ' + (m.cssRules[0].parentRule === m));
var k = s.cssRules[4];
console.log('keyframes ' + k.name + ' ' + k.cssRules.length + ' ' + k.cssRules[0].keyText + ' ' + JSON.stringify(k.cssRules[1].cssText));
function t(label, f) { try { var v = f(); console.log(label + ': ok ' + v); } catch (e) { console.log(label + ': ' + e.name + ': ' + e.message); } }
t('insertRule', function () { return s.insertRule('.x{color:green}', 0) + ' ' + s.cssRules[0].cssText; });
t('insertRule default index', function () { return s.insertRule('.y{color:green}') + ' ' + s.cssRules[0].cssText; });
t('insertRule end', function () { return s.insertRule('.z{}', s.cssRules.length); });
t('insertRule bad index', function () { return s.insertRule('.z{}', 99); });
t('insertRule bad rule', function () { return s.insertRule('.z{', 0); });
t('insertRule two rules', function () { return s.insertRule('.z{} .w{}', 0); });
t('insertRule bad selector', function () { return s.insertRule('..z{}', 0); });
t('insertRule empty', function () { return s.insertRule('', 0); });
t('insertRule import late', function () { return s.insertRule('@import url(y.css);', 1); });
t('insertRule media', function () { return s.insertRule('@media (max-width:10px){.q{color:red}}', 0) + ' ' + JSON.stringify(s.cssRules[0].cssText); });
t('deleteRule', function () { s.deleteRule(0); return s.cssRules.length; });
t('deleteRule bad', function () { s.deleteRule(99); });
t('addRule', function () { return s.addRule('.ar', 'color: red', 0) + ' ' + s.cssRules[0].cssText; });
t('removeRule', function () { s.removeRule(0); return s.cssRules[0].cssText; });
t('media insertRule', function () { return m.insertRule('.mm{color:red}', 1) + ' ' + JSON.stringify(m.cssText); });
t('selectorText set', function () { s.cssRules[0].selectorText = 'ul  >li'; return s.cssRules[0].selectorText; });
t('selectorText bad set', function () { s.cssRules[0].selectorText = '..bad'; return s.cssRules[0].selectorText; });
t('style set', function () { var rr = s.cssRules[0]; rr.style.color = 'blue'; rr.style.setProperty('margin-top', '3px', 'important'); return rr.cssText; });
var st = document.createElement('style'); st.textContent = '.n{color:red}';
t('disconnected sheet', function () { return st.sheet; });
document.head.appendChild(st);
t('connected sheet', function () { return st.sheet.cssRules.length + ' ' + document.styleSheets.length; });
st.textContent = '.n{color:red}.o{}';
t('text changed', function () { return st.sheet.cssRules.length; });
st.remove();
t('removed', function () { return st.sheet + ' ' + document.styleSheets.length; });
var c = new CSSStyleSheet();
t('constructed', function () { c.replaceSync('.c1{color:red} @import url(z.css); .c2{}'); return c.cssRules.length + ' ' + c.ownerNode + ' ' + c.href + ' ' + rules(c.cssRules); });
t('constructed media', function () { return new CSSStyleSheet({media: 'print', disabled: true}).media.mediaText + ' ' + new CSSStyleSheet({disabled: true}).disabled; });
t('replace', function () { return typeof c.replace('.r{}').then; });
t('sheet disabled', function () { s2.disabled = true; return s2.disabled + ' ' + document.getElementById('s2').disabled; });
t('type text/plain style', function () { var x = document.createElement('style'); x.type = 'text/plain'; x.textContent = 'p{}'; document.head.appendChild(x); return x.sheet; });
t('rule instanceof', function () { return (s.cssRules[0] instanceof CSSRule) + ' ' + (s.cssRules instanceof CSSRuleList) + ' ' + (document.styleSheets instanceof StyleSheetList) + ' ' + CSSRule.STYLE_RULE + ' ' + CSSRule.MEDIA_RULE; });
</script></body></html>\
""",
"""
CSSStyleSheet 2 true true text/css null null  false null null true
CSSStyleRule(1): ".a { color: red; }"
CSSStyleRule(1): ".b > p, div.c { margin-top: 0px; padding-left: 1px !important; }"
CSSMediaRule(4): "@media (min-width: 600px) and (max-width: 900px) {\\n  .d { color: blue; }\\n}"
CSSMediaRule(4): "@media screen {\\n  .e { }\\n}"
CSSKeyframesRule(7): "@keyframes spin { \\n  0% { transform: rotate(0deg); }\\n  100% { transform: rotate(360deg); }\\n}"
CSSFontFaceRule(5): "@font-face { font-family: X; src: url(\\"x.woff\\"); }"
CSSStyleRule(1): ".f { color: red; width: 10px; }"
CSSStyleRule(1): ".g { color: red; }"
s2 print 1 t 1
selectorText ".b > p, div.c" style 0px|1px|important|2 true null
media (min-width: 600px) and (max-width: 900px) | (min-width: 600px) and (max-width: 900px) | 1 true
keyframes spin 2 0% "100% { transform: rotate(360deg); }"
insertRule: ok 0 .x { color: green; }
insertRule default index: ok 0 .y { color: green; }
insertRule end: ok 10
insertRule bad index: IndexSizeError: Failed to execute 'insertRule' on 'CSSStyleSheet': The index provided (99) is larger than the maximum index (11).
insertRule bad rule: ok 0
insertRule two rules: SyntaxError: Failed to execute 'insertRule' on 'CSSStyleSheet': Failed to parse the rule '.z{} .w{}'.
insertRule bad selector: SyntaxError: Failed to execute 'insertRule' on 'CSSStyleSheet': Failed to parse the rule '..z{}'.
insertRule empty: SyntaxError: Failed to execute 'insertRule' on 'CSSStyleSheet': Failed to parse the rule ''.
insertRule import late: HierarchyRequestError: Failed to execute 'insertRule' on 'CSSStyleSheet': Failed to insert the rule.
insertRule media: ok 0 "@media (max-width: 10px) {\\n  .q { color: red; }\\n}"
deleteRule: ok 12
deleteRule bad: IndexSizeError: Failed to execute 'deleteRule' on 'CSSStyleSheet': The index provided (99) is larger than the maximum index (11).
addRule: ok -1 .ar { color: red; }
removeRule: ok .z { }
media insertRule: ok 1 "@media (min-width: 600px) and (max-width: 900px) {\\n  .d { color: blue; }\\n  .mm { color: red; }\\n}"
selectorText set: ok ul > li
selectorText bad set: ok ul > li
style set: ok ul > li { color: blue; margin-top: 3px !important; }
disconnected sheet: ok null
connected sheet: ok 1 3
text changed: ok 2
removed: ok null 2
constructed: ok 2 null null CSSStyleRule(1): ".c1 { color: red; }"
CSSStyleRule(1): ".c2 { }"
constructed media: ok print true
replace: ok function
sheet disabled: ok true true
type text/plain style: ok null
rule instanceof: ok true true true 1 4
""");
  }

  /**
   * adoptedStyleSheets of a document and a shadow root: the same array each time, a push checked as
   * the setter checks (a Proxy: GraalJS; in Nashorn a plain array takes any push), the setter's
   * TypeErrors before it empties the array and its NotAllowedErrors after (a non-constructed sheet,
   * another document's).
   */
  @Test
  void adoptedStyleSheetsTakeConstructedSheetsAsInChromium() throws Exception {
    Runs.assertPagePrints(
        dir,
        "adopted.html",
        JsEngine.GRAALJS,
"""
<!DOCTYPE html><html><head><style id=st>p{}</style></head><body><div id=h></div><script>
function t(label, f) { try { var v = f(); console.log(label + ': ok ' + v); } catch (e) { console.log(label + ': ' + e.name + ': ' + e.message); } }
var a = new CSSStyleSheet(); a.replaceSync('.a{color:red}');
t('initial', function () { return Array.isArray(document.adoptedStyleSheets) + ' ' + document.adoptedStyleSheets.length; });
t('set', function () { document.adoptedStyleSheets = [a]; return document.adoptedStyleSheets.length + ' ' + (document.adoptedStyleSheets[0] === a) + ' ' + document.styleSheets.length; });
t('same array', function () { return document.adoptedStyleSheets === document.adoptedStyleSheets; });
t('push', function () { var b = new CSSStyleSheet(); document.adoptedStyleSheets.push(b); return document.adoptedStyleSheets.length; });
t('non-constructed', function () { document.adoptedStyleSheets = [document.getElementById('st').sheet]; });
t('push non-constructed', function () { document.adoptedStyleSheets.push(document.getElementById('st').sheet); });
t('not a sheet', function () { document.adoptedStyleSheets = [{}]; });
t('not iterable', function () { document.adoptedStyleSheets = 5; });
t('after errors', function () { return document.adoptedStyleSheets.length; });
var sr = document.getElementById('h').attachShadow({mode: 'open'});
t('shadow', function () { sr.adoptedStyleSheets = [a]; return sr.adoptedStyleSheets.length + ' ' + ('adoptedStyleSheets' in Document.prototype) + ' ' + ('adoptedStyleSheets' in ShadowRoot.prototype); });
t('other document', function () { var d = document.implementation.createHTMLDocument(''); d.adoptedStyleSheets = [a]; });
</script></body></html>\
""",
"""
initial: ok true 0
set: ok 1 true 1
same array: ok true
push: ok 2
non-constructed: NotAllowedError: Failed to set the 'adoptedStyleSheets' property on 'Document': Can't adopt non-constructed stylesheets.
push non-constructed: NotAllowedError: Can't adopt non-constructed stylesheets.
not a sheet: TypeError: Failed to set the 'adoptedStyleSheets' property on 'Document': Failed to convert value to 'CSSStyleSheet'.
not iterable: TypeError: Failed to set the 'adoptedStyleSheets' property on 'Document': The provided value cannot be converted to a sequence.
after errors: ok 0
shadow: ok 1 true true
other document: NotAllowedError: Failed to set the 'adoptedStyleSheets' property on 'Document': Sharing constructed stylesheets in multiple documents is not allowed
""");
  }

  /**
   * css-conditional-5 #container-rule: CSSContainerRule's name, query, conditionText and cssText as
   * Chromium 156 writes them (whitespace normalized), a name of none dropped, one nested in a style
   * rule; no container query matches here (no layout), as none does in Chromium for an element
   * without a container.
   */
  @ParameterizedTest
  @EnumSource(JsEngine.class)
  void containerRulesAreKeptAndSerializedAsInChromium(JsEngine engine) throws Exception {
    Runs.assertPagePrints(
        dir,
        "container.html",
        engine,
"""
<!DOCTYPE html><html><head><style>
@container bulma-fixed-grid (max-width:768px) { .a { color: red } }
@container (min-width: 400px) and (max-width: 800px) { .b { color: blue } }
@container card style(--x: 1) { .c { color: green } }
@container foo { .d { color: red } }
@container (width > 10px) or (orientation: portrait) { .e { color: red } }
@container not (width < 5em) { .f { color: red } }
@container a (bogus) { .g { color: red } }
@container none (width > 1px) { .h { color: red } }
.i { color: red; @container (width > 1px) { color: blue } }
@container scroll-state(stuck: top) { .j { color: red } }
</style></head><body><div class=a id=a></div><script>
var out = [];
var rules = document.styleSheets[0].cssRules;
out.push(rules.length);
for (var i = 0; i < rules.length; i++) { var r = rules[i]; out.push(r.constructor.name + ' | ' + r.type + ' | ' + r.conditionText + ' | ' + r.containerName + ' | ' + r.containerQuery + ' | ' + JSON.stringify(r.cssText)); }
out.push(getComputedStyle(document.getElementById('a')).color);
out.push(typeof CSSContainerRule, Object.getPrototypeOf(CSSContainerRule.prototype) === CSSConditionRule.prototype);
console.log(out.join('\\n'));
</script></body></html>
""",
"""
9
CSSContainerRule | 0 | bulma-fixed-grid (max-width: 768px) | bulma-fixed-grid | (max-width: 768px) | "@container bulma-fixed-grid (max-width: 768px) {\\n  .a { color: red; }\\n}"
CSSContainerRule | 0 | (min-width: 400px) and (max-width: 800px) |  | (min-width: 400px) and (max-width: 800px) | "@container (min-width: 400px) and (max-width: 800px) {\\n  .b { color: blue; }\\n}"
CSSContainerRule | 0 | card style(--x: 1) | card | style(--x: 1) | "@container card style(--x: 1) {\\n  .c { color: green; }\\n}"
CSSContainerRule | 0 | foo | foo |  | "@container foo {\\n  .d { color: red; }\\n}"
CSSContainerRule | 0 | (width > 10px) or (orientation: portrait) |  | (width > 10px) or (orientation: portrait) | "@container (width > 10px) or (orientation: portrait) {\\n  .e { color: red; }\\n}"
CSSContainerRule | 0 | not (width < 5em) |  | not (width < 5em) | "@container not (width < 5em) {\\n  .f { color: red; }\\n}"
CSSContainerRule | 0 | a (bogus) | a | (bogus) | "@container a (bogus) {\\n  .g { color: red; }\\n}"
CSSStyleRule | 1 | undefined | undefined | undefined | ".i {\\n  color: red;\\n  @container (width > 1px) {\\n  color: blue;\\n}\\n}"
CSSContainerRule | 0 | scroll-state(stuck: top) |  | scroll-state(stuck: top) | "@container scroll-state(stuck: top) {\\n  .j { color: red; }\\n}"
rgb(0, 0, 0)
function
true
""");
  }
}
