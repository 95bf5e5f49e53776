package io.w3socket.engine;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The cascade (cascade.js, computed-style.js): getComputedStyle reads the page's style sheets as
 * headless Chromium 156 does, in both engines. The page prints what Chromium printed for it, but
 * for the last line's custom property names, which it sorts (Chromium lists them in an order of its
 * own).
 */
class CascadeTest {
  @TempDir Path dir;

  /**
   * Specificity (ids, classes, types, :is(), :where(), :not(), a doubled class), the order of
   * appearance, !important against the style attribute, the style attribute against the sheets,
   *
   * @media and @supports (not, selector()), a style element's media, a link's sheet (a data: URL)
   *     and its removal, shorthands and longhands in either order, var() with fallbacks, cycles and
   *     invalid references, bolder and lighter, inheritance and inherit, states (:checked, :focus),
   *     a pseudo-element's rule left out, the user agent's [hidden] overridden; CSSOM changes seen
   *     at once (insertRule, a rule's style, disabled, media, a style element's text, removal,
   *     adoptedStyleSheets); shadow trees: :host, :host(), :host &gt; and :host descendant rules,
   *     ::slotted(), the outer context winning for normal declarations and the inner for important
   *     ones, inheritance through the flat tree (the host, the slot), the slot's display.
   */
  @ParameterizedTest
  @EnumSource(JsEngine.class)
  void getComputedStyleCascadesTheStyleSheetsAsChromiumDoes(JsEngine engine) throws Exception {
    Runs.assertPagePrints(
        dir,
        "cascade.html",
        engine,
        """
<!DOCTYPE html><html><head>
<style>
p { color: red; margin: 4px }
.a { color: green }
#x { color: blue }
p.a.b { color: purple }
div > p { font-size: 20px }
.imp { color: orange !important }
@media (max-width: 1px) { p { background-color: yellow } }
@media (min-width: 1px) { p { border-top: 2px solid red } }
@supports (display: grid) { .grid { display: grid } }
@supports (foo: bar) { .grid { display: flex } }
@supports not (display: grid) { .grid { opacity: 0.5 } }
@supports selector(:is(a)) { .grid { z-index: 4 } }
:is(#x, .z) span { color: teal }
:where(#w) { color: lime }
#w { color: navy }
.v { --gap: 12px; padding: var(--gap); margin: var(--nope, 3px); --big: calc(var(--gap) * 2); --ref: var(--gap) }
.v2 { margin-left: var(--missing); color: var(--missing) }
.inh { color: inherit }
ul li:first-child { font-weight: bold }
input:checked + label { color: rgb(1, 2, 3) }
[hidden] { display: block }
.late { color: maroon }
.late { color: olive }
#t:focus { outline-style: dotted }
.cy { --a: var(--b); --b: var(--a); color: var(--a, rgb(0, 100, 0)); --c: var(--a, fb) }
#bw { font-weight: bolder } .light { font-weight: lighter }
.nth .x { color: rgb(20, 20, 20) }
* { word-spacing: 1px }
[id=n3] { color: rgb(30, 30, 30) }
.x { color: rgb(40, 40, 40) }
p::before { color: pink }
span:not(.q) { text-transform: uppercase }
.s1.s1 { letter-spacing: 2px }
.s1 { letter-spacing: 5px }
.sh { margin: 1px 2px; margin-top: 9px }
.sh2 { margin-top: 9px; margin: 1px 2px }
</style>
<link id=lkl rel=stylesheet href="data:text/css,%23lk%7Bcolor%3Argb(70%2C70%2C70)%7D">
<style media="print">#x { font-style: italic }</style>
<style id=scr media="screen and (min-width: 100px)">#x { text-align: center }</style>
</head><body>
<div><p id=x class="a b imp">x<span id=xs>s</span><span id=xq class=q>q</span></p></div>
<p id=y class=a>y</p>
<p id=z class="a b" style="color: black; font-size: 11px">z</p>
<p id=zi class="imp" style="color: black !important">zi</p>
<div id=g class=grid>g</div>
<div id=w>w</div>
<div id=v class=v>v<b id=vb class=v2>vb</b></div>
<div style="color: rgb(9, 9, 9)"><span id=inh class=inh style="color: red">i</span></div>
<ul><li id=l1>1</li><li id=l2>2</li></ul>
<input type=checkbox id=cb checked><label id=lb>l</label>
<span id=h hidden>h</span>
<span id=late class=late>late</span>
<input id=t>
<span id=s1 class=s1>s1</span>
<span id=sh class=sh>sh</span><span id=sh2 class=sh2>sh2</span>
<div id=cy class=cy>c<b id=bw>b<i id=bl class=light>l</i></b></div>
<ul class=nth><li>a</li><li class=x id=n2>b</li><li class=x id=n3>c</li></ul>
<span id=lk></span><div id=host><i id=sl></i><b id=lp></b></div>
<script>
function log() { console.log(Array.prototype.join.call(arguments, ' ')); }
function cs(id, props) { var c = getComputedStyle(document.getElementById(id)); log(id, props.split(' ').map(function (p) { return p + '=' + c.getPropertyValue(p); }).join('; ')); }
cs('x', 'color font-size margin-top background-color border-top-width border-top-style border-top-color font-style text-align');
cs('xs', 'color text-transform');
cs('xq', 'color text-transform');
cs('y', 'color font-size margin');
cs('z', 'color font-size');
cs('zi', 'color');
cs('g', 'display opacity z-index');
cs('w', 'color');
cs('v', 'padding margin --gap --big --ref --nope');
cs('vb', 'margin-left color --gap');
cs('inh', 'color');
cs('l1', 'font-weight'); cs('l2', 'font-weight');
cs('lb', 'color');
document.getElementById('cb').checked = false;
cs('lb', 'color');
cs('h', 'display');
cs('late', 'color');
cs('t', 'outline-style');
document.getElementById('t').focus();
cs('t', 'outline-style');
cs('s1', 'letter-spacing');
cs('sh', 'margin'); cs('sh2', 'margin');
var sheet = document.styleSheets[0];
sheet.insertRule('#y { color: rgb(7, 7, 7) }', sheet.cssRules.length);
cs('y', 'color');
sheet.cssRules[sheet.cssRules.length - 1].style.color = 'rgb(8, 8, 8)';
cs('y', 'color');
sheet.disabled = true;
cs('y', 'color'); cs('x', 'color');
sheet.disabled = false;
document.getElementById("scr").sheet.media.mediaText = 'print';
cs('x', 'text-align');
var live = getComputedStyle(document.getElementById('y'));
document.getElementById('y').className = '';
log('live', live.color);
var c = new CSSStyleSheet(); c.replaceSync('#y { color: rgb(5, 5, 5) } #late { color: rgb(6, 6, 6) !important }');
document.adoptedStyleSheets = [c];
cs('y', 'color'); cs('late', 'color');
var host = document.getElementById('host'); host.style.color = 'rgb(1, 1, 1)';
var root = host.attachShadow({mode: 'open'});
root.innerHTML = '<style>:host { font-size: 30px; color: red } :host(.on) { letter-spacing: 3px } span { font-weight: 700 } p { color: rgb(4, 4, 4) } ::slotted(i) { color: rgb(3, 3, 3) }</style><span id=in>in</span><p id=inp>p</p><slot></slot>';
host.className = 'on';
var inn = root.getElementById('in');
var c2 = getComputedStyle(inn); log('in', c2.color, c2.fontSize, c2.fontWeight);
log('inp', getComputedStyle(root.getElementById('inp')).color);
cs('host', 'color font-size letter-spacing');
cs('sl', 'color font-size'); cs("lp", "color font-weight");
var st = document.createElement('style'); st.textContent = '#late { text-decoration-line: underline }'; document.head.appendChild(st);
cs('late', 'text-decoration-line');
st.textContent = '#late { text-decoration-line: line-through }';
cs('late', 'text-decoration-line');
st.remove();
cs('late', 'text-decoration-line');
cs('cy', 'color --a --b --c'); cs('bw', 'font-weight'); cs('bl', 'font-weight');
cs('n2', 'color word-spacing'); cs('n3', 'color');
var slot = root.querySelector('slot'); log('slot', getComputedStyle(slot).display, getComputedStyle(slot).fontSize);
var r2 = document.createElement('div'); document.body.appendChild(r2); var sr2 = r2.attachShadow({mode: 'open'});
sr2.innerHTML = '<style>:host { color: rgb(50, 50, 50) !important; margin-top: 5px } :host > b { color: red } :host b { font-style: italic }</style><b id=hb></b>';
r2.style.cssText = 'color: rgb(60, 60, 60) !important; margin-top: 7px';
var hb = sr2.getElementById('hb'); log('r2', getComputedStyle(r2).color, getComputedStyle(r2).marginTop, 'hb', getComputedStyle(hb).color, getComputedStyle(hb).fontStyle);
log(getComputedStyle(document.getElementById('v')).length > 0, Array.prototype.filter.call(getComputedStyle(document.getElementById('v')), function (n) { return n.substring(0, 2) === '--'; }).sort().join());
onload = function () { cs('lk', 'color'); document.getElementById('lkl').remove(); cs('lk', 'color'); };
</script></body></html>
""",
        """
x color=rgb(255, 165, 0); font-size=20px; margin-top=4px; background-color=rgba(0, 0, 0, 0); border-top-width=2px; border-top-style=solid; border-top-color=rgb(255, 0, 0); font-style=normal; text-align=center
xs color=rgb(0, 128, 128); text-transform=uppercase
xq color=rgb(0, 128, 128); text-transform=none
y color=rgb(0, 128, 0); font-size=16px; margin=4px
z color=rgb(0, 0, 0); font-size=11px
zi color=rgb(0, 0, 0)
g display=grid; opacity=1; z-index=4
w color=rgb(0, 0, 128)
v padding=12px; margin=3px; --gap=12px; --big=calc(12px * 2); --ref=12px; --nope=
vb margin-left=0px; color=rgb(0, 0, 0); --gap=12px
inh color=rgb(255, 0, 0)
l1 font-weight=700
l2 font-weight=400
lb color=rgb(1, 2, 3)
lb color=rgb(0, 0, 0)
h display=block
late color=rgb(128, 128, 0)
t outline-style=none
t outline-style=dotted
s1 letter-spacing=2px
sh margin=9px 2px 1px
sh2 margin=1px 2px
y color=rgb(7, 7, 7)
y color=rgb(8, 8, 8)
y color=rgb(0, 0, 0)
x color=rgb(0, 0, 0)
x text-align=start
live rgb(8, 8, 8)
y color=rgb(5, 5, 5)
late color=rgb(6, 6, 6)
in rgb(1, 1, 1) 30px 700
inp rgb(4, 4, 4)
host color=rgb(1, 1, 1); font-size=30px; letter-spacing=3px
sl color=rgb(3, 3, 3); font-size=30px
lp color=rgb(1, 1, 1); font-weight=700
late text-decoration-line=underline
late text-decoration-line=line-through
late text-decoration-line=none
cy color=rgb(0, 100, 0); --a=; --b=; --c=fb
bw font-weight=700
bl font-weight=400
n2 color=rgb(20, 20, 20); word-spacing=1px
n3 color=rgb(20, 20, 20)
slot contents 30px
r2 rgb(50, 50, 50) 7px hb rgb(255, 0, 0) italic
true --big,--gap,--ref
lk color=rgb(70, 70, 70)
lk color=rgb(0, 0, 0)
""");
  }

  /**
   * A page as a site writes it: custom properties on :root read through var() (calc() of them
   * resolved), rem and em, a border shorthand of a var(), structural pseudo-classes (:first-child,
   * :nth-child(odd), :last-child), and the states a script changes (:disabled, :invalid, a details
   * element's open attribute), each read again after the change.
   */
  @ParameterizedTest
  @EnumSource(JsEngine.class)
  void customPropertiesCalcAndStatesCascadeAsInChromium(JsEngine engine) throws Exception {
    Runs.assertPagePrints(
        dir,
        "site.html",
        engine,
        """
<!DOCTYPE html><html><head><style>
:root { --brand: rebeccapurple; --space: 8px }
html { font-size: 20px }
.card { color: var(--brand); padding: calc(var(--space) * 2); margin: 1em; border: 1px solid var(--brand) }
.card:first-child { font-style: italic }
ul > li:nth-child(odd) { font-weight: 700 }
ul > li:last-child { text-transform: uppercase }
a:link { color: blue } a:any-link { text-decoration-line: underline }
button:disabled { opacity: 0.5 }
input:required:invalid { outline-style: solid }
details[open] > summary { color: red }
[data-state="on"] { visibility: hidden }
#k { margin-left: calc(1em + 2px); margin-right: calc((4px + 2px) / 2); text-indent: calc(2 * 3pt); letter-spacing: calc(1px - -1px) }
</style></head><body><div id=c class=card>c</div><ul><li id=l1>1</li><li id=l2>2</li><li id=l3>3</li></ul>
<a id=a href="#x">a</a><button id=b disabled>b</button><input id=i required><details id=d open><summary id=s>s</summary></details><span id=st data-state=on>x</span><p id=k>k</p>
<script>
function log() { console.log(Array.prototype.join.call(arguments, ' ')); }
var c = getComputedStyle(document.getElementById('c'));
log(c.color, c.paddingTop, c.marginTop, c.borderTopColor, c.borderTopWidth, c.fontStyle, c.getPropertyValue('--brand'), c.getPropertyValue('--space'));
['l1', 'l2', 'l3'].forEach(function (id) { var s = getComputedStyle(document.getElementById(id)); log(id, s.fontWeight, s.textTransform); });
var a = getComputedStyle(document.getElementById('a')); log('a', a.color, a.textDecorationLine);
log('b', getComputedStyle(document.getElementById('b')).opacity);
var i = document.getElementById('i'); log('i', getComputedStyle(i).outlineStyle); i.value = 'x'; log('i', getComputedStyle(i).outlineStyle);
var d = document.getElementById('d'); log('s', getComputedStyle(document.getElementById('s')).color); d.open = false; log('s', getComputedStyle(document.getElementById('s')).color);
var k = getComputedStyle(document.getElementById('k')); log('k', k.marginLeft, k.marginRight, k.textIndent, k.letterSpacing);
log('st', getComputedStyle(document.getElementById('st')).visibility);
document.getElementById('b').disabled = false; log('b', getComputedStyle(document.getElementById('b')).opacity);
</script></body></html>
""",
        """
rgb(102, 51, 153) 16px 20px rgb(102, 51, 153) 1px italic rebeccapurple 8px
l1 700 none
l2 400 none
l3 700 uppercase
a rgb(0, 0, 255) underline
b 0.5
i solid
i none
s rgb(255, 0, 0)
s rgb(0, 0, 0)
k 22px 3px 8px 2px
st hidden
b 1
""");
  }

  /**
   * Cascade layers: a statement's order, blocks, a nested layer (its own rules win over its
   * sub-layer's), an anonymous layer, unlayered rules winning over layered ones for normal
   * declarations and losing for important ones, the earlier layer winning for important ones, the
   * style attribute's !important over a layer's, an adopted sheet's layers; CSSLayerBlockRule and
   * CSSLayerStatementRule (cssText, name, nameList frozen, insertRule and its errors).
   */
  @ParameterizedTest
  @EnumSource(JsEngine.class)
  void cascadeLayersOrderDeclarationsAsInChromium(JsEngine engine) throws Exception {
    Runs.assertPagePrints(
        dir,
        "layers.html",
        engine,
        """
<!DOCTYPE html><html><head><style>
@layer base, components;
@layer utilities { .u { color: rgb(3, 3, 3) } #x { letter-spacing: 3px !important } }
@layer base { p { color: rgb(1, 1, 1); margin-top: 1px !important } #x { font-weight: 700 } }
@layer components { .c { color: rgb(2, 2, 2); margin-top: 2px !important } }
@layer components.inner { .c { font-style: italic; text-transform: uppercase } }
@layer components { .c { text-transform: lowercase } }
@layer { .anon { color: rgb(4, 4, 4) } }
p { word-spacing: 5px; letter-spacing: 1px !important }
.plain { color: rgb(9, 9, 9) }
</style></head><body><p id=x class="c u">x</p><p id=y class="c plain anon">y</p><p id=z class="anon">z</p><p id=w style="margin-top: 7px !important">w</p>
<script>
function log() { console.log(Array.prototype.join.call(arguments, ' ')); }
['x', 'y', 'z', 'w'].forEach(function (id) { var c = getComputedStyle(document.getElementById(id)); log(id, c.color, c.marginTop, c.fontWeight, c.fontStyle, c.textTransform, c.letterSpacing, c.wordSpacing); });
var s = document.styleSheets[0];
Array.prototype.forEach.call(s.cssRules, function (r) { console.log([r.constructor.name, r.type, JSON.stringify(r.cssText), r.name === undefined ? '' : JSON.stringify(r.name), r.nameList ? JSON.stringify(r.nameList) + Object.isFrozen(r.nameList) : '', r.cssRules && r.type !== 1 ? r.cssRules.length : ''].join('|')); });
log(Object.getOwnPropertyNames(CSSLayerBlockRule.prototype).sort().join(), Object.getPrototypeOf(CSSLayerBlockRule.prototype) === CSSGroupingRule.prototype, Object.getOwnPropertyNames(CSSLayerStatementRule.prototype).sort().join(), Object.getPrototypeOf(CSSLayerStatementRule.prototype) === CSSRule.prototype);
s.insertRule('@layer zz;', 0); log(s.cssRules[0].cssText);
s.cssRules[2].insertRule('.q { color: red }', 0); log(JSON.stringify(s.cssRules[2].cssText));
try { s.insertRule('@layer a b;'); } catch (e) { log(e.name, e.message); }
try { s.insertRule('@layer a.b, c;'); log(s.cssRules[0].cssText); } catch (e) { log(e.name, e.message); }
try { s.insertRule('@layer "x" { }'); } catch (e) { log(e.name, e.message); }
try { s.insertRule('@layer;', 0); } catch (e) { log(e.name, e.message); }
var late = new CSSStyleSheet(); late.replaceSync('@layer base { #z { color: rgb(5, 5, 5) } } @layer late { #z { color: rgb(6, 6, 6) } }'); document.adoptedStyleSheets = [late];
log('z', getComputedStyle(document.getElementById('z')).color);
</script></body></html>
""",
        """
x rgb(3, 3, 3) 1px 700 italic lowercase 3px 5px
y rgb(9, 9, 9) 1px 400 italic lowercase 1px 5px
z rgb(4, 4, 4) 1px 400 normal none 1px 5px
w rgb(1, 1, 1) 7px 400 normal none 1px 5px
CSSLayerStatementRule|0|"@layer base, components;"||["base","components"]true|
CSSLayerBlockRule|0|"@layer utilities {\\n  .u { color: rgb(3, 3, 3); }\\n  #x { letter-spacing: 3px !important; }\\n}"|"utilities"||2
CSSLayerBlockRule|0|"@layer base {\\n  p { color: rgb(1, 1, 1); margin-top: 1px !important; }\\n  #x { font-weight: 700; }\\n}"|"base"||2
CSSLayerBlockRule|0|"@layer components {\\n  .c { color: rgb(2, 2, 2); margin-top: 2px !important; }\\n}"|"components"||1
CSSLayerBlockRule|0|"@layer components.inner {\\n  .c { font-style: italic; text-transform: uppercase; }\\n}"|"components.inner"||1
CSSLayerBlockRule|0|"@layer components {\\n  .c { text-transform: lowercase; }\\n}"|"components"||1
CSSLayerBlockRule|0|"@layer {\\n  .anon { color: rgb(4, 4, 4); }\\n}"|""||1
CSSStyleRule|1|"p { word-spacing: 5px; letter-spacing: 1px !important; }"|||
CSSStyleRule|1|".plain { color: rgb(9, 9, 9); }"|||
constructor,name true constructor,nameList true
@layer zz;
"@layer utilities {\\n  .q { color: red; }\\n  .u { color: rgb(3, 3, 3); }\\n  #x { letter-spacing: 3px !important; }\\n}"
SyntaxError Failed to execute 'insertRule' on 'CSSStyleSheet': Failed to parse the rule '@layer a b;'.
@layer a.b, c;
SyntaxError Failed to execute 'insertRule' on 'CSSStyleSheet': Failed to parse the rule '@layer "x" { }'.
SyntaxError Failed to execute 'insertRule' on 'CSSStyleSheet': Failed to parse the rule '@layer;'.
z rgb(6, 6, 6)
""");
  }

  /**
   * CSS nesting: nested rules with & and relative selectors (descendant, child, next sibling, &
   * after a compound), a group rule nested in a style rule, declarations after nested rules
   * (CSSNestedDeclarations), & as :scope in a rule not nested; their cssText, selectorText and
   * cssRules, a style rule's insertRule (a rule, declarations, an @import refused) and deleteRule,
   * selectorText changed; and the cascade of them all.
   */
  @ParameterizedTest
  @EnumSource(JsEngine.class)
  void nestedRulesApplyAndSerializeAsInChromium(JsEngine engine) throws Exception {
    Runs.assertPagePrints(
        dir,
        "nesting.html",
        engine,
        """
<!DOCTYPE html><html><head><style>
.card { color: rgb(1, 1, 1); &:hover { color: red } .title { font-weight: 700 } & > .body { font-style: italic } @media (min-width: 1px) { letter-spacing: 2px; .title { word-spacing: 3px } } margin-top: 4px; .x & { text-transform: uppercase } }
.a, .b { & + & { margin-left: 5px } }
.t { > .u { text-indent: 6px } + .v { text-indent: 7px } }
& { --top: 1 }
</style><style>
.a { color: red; margin-top: 0px; & .b { color: blue } padding-top: 1px; font-weight: 700 }
.c { @media screen { & .d { color: red } } }
.e { @supports (display: grid) { display: grid } }
.f { &.g { & .h { color: red } } }
a:hover { color: red }
.k { a:hover { color: red } b { } --custom: { a: b }; }
.m { @layer q { color: red } }
</style></head><body><div class="card" id=c><h2 class=title id=t>t</h2><p class=body id=b>b</p></div><div class=x><div class=card id=c2></div></div>
<div class=a id=a1></div><div class=b id=a2></div><div class=t><i class=u id=u></i></div><i class=v id=v></i>
<script>
function log() { console.log(Array.prototype.join.call(arguments, ' ')); }
function cs(id, props) { var c = getComputedStyle(document.getElementById(id)); log(id, props.split(' ').map(function (p) { return p + '=' + c.getPropertyValue(p); }).join('; ')); }
cs('c', 'color letter-spacing margin-top text-transform'); cs('t', 'font-weight word-spacing'); cs('b', 'font-style'); cs('c2', 'text-transform');
cs('a1', 'margin-left'); cs('a2', 'margin-left'); cs('u', 'text-indent'); cs('v', 'text-indent');
var s = document.styleSheets[0];
function dump(list, ind) { Array.prototype.forEach.call(list, function (r) { console.log(ind + [r.constructor.name, r.type, JSON.stringify(r.cssText), r.selectorText === undefined ? '' : JSON.stringify(r.selectorText), r.style ? r.style.length : ''].join('|')); if (r.cssRules) dump(r.cssRules, ind + '  '); }); }
dump(s.cssRules, '');
log(Object.getPrototypeOf(CSSStyleRule.prototype) === CSSGroupingRule.prototype, typeof CSSNestedDeclarations, Object.getOwnPropertyNames(CSSStyleRule.prototype).filter(function (n) { return n !== 'styleMap'; }).sort().join());
var r = s.cssRules[0];
r.insertRule('&.z { color: blue }', 0); log(JSON.stringify(r.cssRules[0].cssText), r.cssRules.length);
try { r.insertRule('@import "x.css";', 0); } catch (e) { log(e.name, e.message); }
try { r.insertRule('color: red', 0); } catch (e) { log(e.name, e.message); }
r.deleteRule(0); log(r.cssRules.length);
document.getElementById('c').classList.add('z'); cs('c', 'color');
console.log('top', getComputedStyle(document.documentElement).getPropertyValue('--top'));

dump(document.styleSheets[1].cssRules, '');
var r = document.styleSheets[1].cssRules[0];
r.selectorText = '.z'; console.log(r.cssRules[0].selectorText, r.cssText.length);
var n = new CSSStyleSheet(); n.replaceSync('& { color: red } .p { & { color: blue } }'); dump(n.cssRules, '');
r.style.color = 'green'; console.log(JSON.stringify(r.cssText));
</script></body></html>
""",
        """
c color=rgb(1, 1, 1); letter-spacing=2px; margin-top=4px; text-transform=none
t font-weight=700; word-spacing=3px
b font-style=italic
c2 text-transform=uppercase
a1 margin-left=0px
a2 margin-left=5px
u text-indent=6px
v text-indent=7px
CSSStyleRule|1|".card {\\n  color: rgb(1, 1, 1);\\n  &:hover { color: red; }\\n  & .title { font-weight: 700; }\\n  & > .body { font-style: italic; }\\n  @media (min-width: 1px) {\\n  letter-spacing: 2px;\\n  & .title { word-spacing: 3px; }\\n}\\n  margin-top: 4px;\\n  .x & { text-transform: uppercase; }\\n}"|".card"|1
  CSSStyleRule|1|"&:hover { color: red; }"|"&:hover"|1
  CSSStyleRule|1|"& .title { font-weight: 700; }"|"& .title"|1
  CSSStyleRule|1|"& > .body { font-style: italic; }"|"& > .body"|1
  CSSMediaRule|4|"@media (min-width: 1px) {\\n  letter-spacing: 2px;\\n  & .title { word-spacing: 3px; }\\n}"||
    CSSNestedDeclarations|0|"letter-spacing: 2px;"||1
    CSSStyleRule|1|"& .title { word-spacing: 3px; }"|"& .title"|1
  CSSNestedDeclarations|0|"margin-top: 4px;"||1
  CSSStyleRule|1|".x & { text-transform: uppercase; }"|".x &"|1
CSSStyleRule|1|".a, .b {\\n  & + & { margin-left: 5px; }\\n}"|".a, .b"|0
  CSSStyleRule|1|"& + & { margin-left: 5px; }"|"& + &"|1
CSSStyleRule|1|".t {\\n  & > .u { text-indent: 6px; }\\n  & + .v { text-indent: 7px; }\\n}"|".t"|0
  CSSStyleRule|1|"& > .u { text-indent: 6px; }"|"& > .u"|1
  CSSStyleRule|1|"& + .v { text-indent: 7px; }"|"& + .v"|1
CSSStyleRule|1|"& { --top: 1; }"|"&"|1
false function constructor,cssRules,deleteRule,insertRule,selectorText,style
"&.z { color: blue; }" 7
HierarchyRequestError Failed to execute 'insertRule' on 'CSSStyleRule': '@import' rules cannot be inserted inside a group rule.
7
c color=rgb(0, 0, 255)
top 1
CSSStyleRule|1|".a {\\n  color: red; margin-top: 0px;\\n  & .b { color: blue; }\\n  padding-top: 1px; font-weight: 700;\\n}"|".a"|2
  CSSStyleRule|1|"& .b { color: blue; }"|"& .b"|1
  CSSNestedDeclarations|0|"padding-top: 1px; font-weight: 700;"||2
CSSStyleRule|1|".c {\\n  @media screen {\\n  & .d { color: red; }\\n}\\n}"|".c"|0
  CSSMediaRule|4|"@media screen {\\n  & .d { color: red; }\\n}"||
    CSSStyleRule|1|"& .d { color: red; }"|"& .d"|1
CSSStyleRule|1|".e {\\n  @supports (display: grid) {\\n  display: grid;\\n}\\n}"|".e"|0
  CSSSupportsRule|12|"@supports (display: grid) {\\n  display: grid;\\n}"||
    CSSNestedDeclarations|0|"display: grid;"||1
CSSStyleRule|1|".f {\\n  &.g {\\n  & .h { color: red; }\\n}\\n}"|".f"|0
  CSSStyleRule|1|"&.g {\\n  & .h { color: red; }\\n}"|"&.g"|0
    CSSStyleRule|1|"& .h { color: red; }"|"& .h"|1
CSSStyleRule|1|"a:hover { color: red; }"|"a:hover"|1
CSSStyleRule|1|".k {\\n  & a:hover { color: red; }\\n  & b { }\\n  --custom: { a: b };\\n}"|".k"|0
  CSSStyleRule|1|"& a:hover { color: red; }"|"& a:hover"|1
  CSSStyleRule|1|"& b { }"|"& b"|0
  CSSNestedDeclarations|0|"--custom: { a: b };"||1
CSSStyleRule|1|".m {\\n  @layer q {\\n  color: red;\\n}\\n}"|".m"|0
  CSSLayerBlockRule|0|"@layer q {\\n  color: red;\\n}"||
    CSSNestedDeclarations|0|"color: red;"||1
& .b 99
CSSStyleRule|1|"& { color: red; }"|"&"|1
CSSStyleRule|1|".p {\\n  & { color: blue; }\\n}"|".p"|0
  CSSStyleRule|1|"& { color: blue; }"|"&"|1
".z {\\n  color: green; margin-top: 0px;\\n  & .b { color: blue; }\\n  padding-top: 1px; font-weight: 700;\\n}"
""");
  }

  /**
   * Logical properties (padding-inline, padding-block, margin-block-start against margin-top in
   * either order, inset-inline, border-inline and border-block, the logical radii) read through
   * their physical sides and back; border-radius and its corners; opacity as a percentage; colors
   * as Chromium computes them: hsl() and hwb() to rgb(), lab(), lch(), oklab(), oklch() and color()
   * normalized (percentages, angles, clamping, a hue past 360, none).
   */
  @ParameterizedTest
  @EnumSource(JsEngine.class)
  void logicalPropertiesRadiiAndColorsComputeAsInChromium(JsEngine engine) throws Exception {
    Runs.assertPagePrints(
        dir,
        "logical.html",
        engine,
        """
<!DOCTYPE html><html><head><style>
.a { padding-inline: 8px; padding-block: 4px 6px; margin-inline: 2px 3px; margin-block-start: 3px; margin-top: 1px }
.b { margin-top: 1px; margin-block-start: 3px; padding-left: 2px; padding-inline-start: 5px; padding-right: 9px }
.c { inset-inline: 2px 3px; inset-block-start: 4px; position: absolute }
.d { border-radius: 4px; border-top-right-radius: 2px }
.e { border-radius: 1px 2px 3px; border-start-start-radius: 9px }
.f { border-inline-width: 2px; border-inline-style: solid; border-block: 3px dashed red; border-inline-start-color: blue }
.g { opacity: 50%; color: oklch(63.7% 0.237 25.331); background-color: oklch(0.5 0.1 180deg / 50%); border-top-color: oklab(0.5 -0.1 0.1); outline-color: lab(50% 40 -20); caret-color: lch(50% 30 270 / 0.25); text-decoration-color: color(srgb 1 0 0) }
.i { color: oklch(1.2 -0.1 400deg); background-color: lab(-10 200% 50%); border-top-color: hsl(-120 50% 50%); outline-color: hsl(120 50 50); caret-color: rgb(300 -5 10 / 150%); text-decoration-color: oklab(50% 100% -50% / none) }
.j { color: color(xyz 0.1 50% 0.3 / 0.5); background-color: color(display-p3 1 none 0); border-top-color: hwb(120 80% 40%); outline-color: oklch(none 0.1 3.14159rad) }
.h { color: oklch(0.7 0.1 0.5turn); background-color: hsl(120, 100%, 25%); border-top-color: hsl(120deg 100% 50% / 0.5); outline-color: hwb(0 0% 0%) }
</style></head><body><div id=a class=a></div><div id=b class=b></div><div id=c class=c></div><div id=d class=d></div><div id=e class=e></div><div id=f class=f></div><div id=g class=g></div><div id=h class=h></div><div id=i class=i></div><div id=j class=j></div>
<script>
function cs(id, props) { var c = getComputedStyle(document.getElementById(id)); console.log(id + ' ' + props.split(' ').map(function (p) { return p + '=' + c.getPropertyValue(p); }).join('; ')); }
cs('a', 'padding-left padding-right padding-top padding-bottom padding-inline padding-block padding-inline-start margin-left margin-top margin-block-start margin-inline');
cs('b', 'margin-top padding-left padding-right padding-inline-start padding-inline-end');
cs("c", "left right top inset-inline-start inset-inline");
cs('d', 'border-top-left-radius border-top-right-radius border-bottom-right-radius border-bottom-left-radius border-radius');
cs('e', 'border-top-left-radius border-top-right-radius border-bottom-right-radius border-bottom-left-radius border-start-start-radius');
cs('f', 'border-left-width border-left-style border-right-width border-top-width border-top-style border-top-color border-left-color border-right-color border-inline-start-width');
cs('g', 'opacity color background-color border-top-color outline-color caret-color text-decoration-color');
cs('h', 'color background-color border-top-color outline-color');
cs('i', 'color background-color border-top-color outline-color caret-color text-decoration-color');
cs('j', 'color background-color border-top-color outline-color');
</script></body></html>
""",
        """
a padding-left=8px; padding-right=8px; padding-top=4px; padding-bottom=6px; padding-inline=8px; padding-block=4px 6px; padding-inline-start=8px; margin-left=2px; margin-top=1px; margin-block-start=1px; margin-inline=2px 3px
b margin-top=3px; padding-left=5px; padding-right=9px; padding-inline-start=5px; padding-inline-end=9px
c left=2px; right=3px; top=4px; inset-inline-start=2px; inset-inline=2px 3px
d border-top-left-radius=4px; border-top-right-radius=2px; border-bottom-right-radius=4px; border-bottom-left-radius=4px; border-radius=4px 2px 4px 4px
e border-top-left-radius=9px; border-top-right-radius=2px; border-bottom-right-radius=3px; border-bottom-left-radius=2px; border-start-start-radius=9px
f border-left-width=2px; border-left-style=solid; border-right-width=2px; border-top-width=3px; border-top-style=dashed; border-top-color=rgb(255, 0, 0); border-left-color=rgb(0, 0, 255); border-right-color=rgb(0, 0, 0); border-inline-start-width=2px
g opacity=0.5; color=oklch(0.637 0.237 25.331); background-color=oklch(0.5 0.1 180 / 0.5); border-top-color=oklab(0.5 -0.1 0.1); outline-color=lab(50 40 -20); caret-color=lch(50 30 270 / 0.25); text-decoration-color=color(srgb 1 0 0)
h color=oklch(0.7 0.1 180); background-color=rgb(0, 128, 0); border-top-color=rgba(0, 255, 0, 0.5); outline-color=rgb(255, 0, 0)
i color=oklch(1 0 40); background-color=lab(0 250 62.5); border-top-color=rgb(64, 64, 191); outline-color=rgb(64, 191, 64); caret-color=rgb(255, 0, 10); text-decoration-color=oklab(0.5 0.4 -0.2 / none)
j color=color(xyz-d65 0.1 0.5 0.3 / 0.5); background-color=color(display-p3 1 none 0); border-top-color=rgb(170, 170, 170); outline-color=oklch(none 0.1 180)
""");
  }

  /**
   * The transition and animation shorthands read through their longhands (Bootstrap's and Vue's
   * transitions read the durations): lists, a time's order (duration, then delay), timing functions
   * (keywords, cubic-bezier(), steps() without its default position), none, a longhand before and
   * after its shorthand, an animation's iteration count and keywords.
   */
  @ParameterizedTest
  @EnumSource(JsEngine.class)
  void transitionAndAnimationShorthandsExpandAsInChromium(JsEngine engine) throws Exception {
    Runs.assertPagePrints(
        dir,
        "motion.html",
        engine,
        """
<!DOCTYPE html><html><head><style>
.a { transition: opacity .15s linear }
.b { transition: transform 0.3s ease-in-out 100ms, opacity 1s }
.c { transition: all 200ms cubic-bezier(0.4, 0, 0.2, 1) }
.d { transition: none }
.e { transition: 2s; transition-delay: 1s }
.f { transition-duration: 5s; transition: color 1s steps(4, end) 2s }
.g { animation: spin 1s linear infinite }
.h { animation: 300ms ease-out 0s 2 alternate both fade }
</style></head><body><div id=a class=a></div><div id=b class=b></div><div id=c class=c></div><div id=d class=d></div><div id=e class=e></div><div id=f class=f></div><div id=g class=g></div><div id=h class=h></div>
<script>
function cs(id, props) { var c = getComputedStyle(document.getElementById(id)); console.log(id + ' ' + props.split(' ').map(function (p) { return p + '=' + c.getPropertyValue(p); }).join('; ')); }
'abcdef'.split('').forEach(function (id) { cs(id, 'transition-property transition-duration transition-timing-function transition-delay'); });
'gh'.split('').forEach(function (id) { cs(id, 'animation-name animation-duration animation-timing-function animation-delay animation-iteration-count animation-direction animation-fill-mode animation-play-state'); });
</script></body></html>
""",
        """
a transition-property=opacity; transition-duration=0.15s; transition-timing-function=linear; transition-delay=0s
b transition-property=transform, opacity; transition-duration=0.3s, 1s; transition-timing-function=ease-in-out, ease; transition-delay=0.1s, 0s
c transition-property=all; transition-duration=0.2s; transition-timing-function=cubic-bezier(0.4, 0, 0.2, 1); transition-delay=0s
d transition-property=none; transition-duration=0s; transition-timing-function=ease; transition-delay=0s
e transition-property=all; transition-duration=2s; transition-timing-function=ease; transition-delay=1s
f transition-property=color; transition-duration=1s; transition-timing-function=steps(4); transition-delay=2s
g animation-name=spin; animation-duration=1s; animation-timing-function=linear; animation-delay=0s; animation-iteration-count=infinite; animation-direction=normal; animation-fill-mode=none; animation-play-state=running
h animation-name=fade; animation-duration=0.3s; animation-timing-function=ease-out; animation-delay=0s; animation-iteration-count=2; animation-direction=alternate; animation-fill-mode=both; animation-play-state=running
""");
  }

  /**
   * The background shorthand's color (only its last layer's; none given is transparent): a keyword,
   * a color after images, a gradient alone, a longhand before it, var(), currentcolor.
   */
  @ParameterizedTest
  @EnumSource(JsEngine.class)
  void backgroundShorthandSetsItsColorAsInChromium(JsEngine engine) throws Exception {
    Runs.assertPagePrints(
        dir,
        "background.html",
        engine,
        """
<!DOCTYPE html><html><head><style>
.a { background: red }
.b { background: url(x.png) no-repeat center / cover, #0f0 }
.c { background: linear-gradient(red, blue) }
.d { background-color: blue; background: none }
.e { background: rgb(1 2 3 / 50%) url(y.png) }
.f { background: var(--bg, hsl(120 100% 25%)) }
.g { background: transparent }
.h { background: currentcolor; color: #123456 }
</style></head><body><div id=a class=a></div><div id=b class=b></div><div id=c class=c></div><div id=d class=d></div><div id=e class=e></div><div id=f class=f></div><div id=g class=g></div><div id=h class=h></div>
<script>
'abcdefgh'.split('').forEach(function (id) { console.log(id, getComputedStyle(document.getElementById(id)).backgroundColor); });
</script></body></html>
""",
        """
a rgb(255, 0, 0)
b rgb(0, 255, 0)
c rgba(0, 0, 0, 0)
d rgba(0, 0, 0, 0)
e rgba(1, 2, 3, 0.5)
f rgb(0, 128, 0)
g rgba(0, 0, 0, 0)
h rgb(18, 52, 86)
""");
  }

  /**
   * What the cascade keeps across changes of the tree (a tree's rules while its sheets stay, each
   * element's matches until the tree changes) answers as Chromium does after each change: a class
   * of an ancestor, a sibling's, a first child inserted, states (:focus, :focus-within, :checked,
   * :disabled under :not()) on rules whose subjects are a class written with escapes, a type, an
   * attribute, :is() and a selector list; then a style element's text changed, the element removed
   * and another added.
   */
  @ParameterizedTest
  @EnumSource(JsEngine.class)
  void keptRulesAndMatchesFollowEachChangeAsInChromium(JsEngine engine) throws Exception {
    Runs.assertPagePrints(
        dir,
        "kept.html",
        engine,
        """
<!DOCTYPE html><html><head>
<style>button { color: rgb(0, 0, 0) }</style>
<style id=s1>
.on .b { color: rgb(0, 1, 0) }
.b + .c { color: rgb(0, 2, 0) }
li:first-child { font-weight: 700 }
.md\\:x:focus { color: rgb(0, 3, 0) }
button:not(:disabled).go { color: rgb(0, 4, 0) }
.f:focus-within .in { color: rgb(0, 5, 0) }
#k:checked ~ span.s { color: rgb(0, 6, 0) }
.\\31 0x:focus { color: rgb(0, 7, 0) }
[data-k="a b"]:focus { color: rgb(0, 8, 0) }
:is(.p, .q):focus { color: rgb(0, 9, 0) }
.r:focus, .r.t { color: rgb(0, 10, 0) }
</style>
</head><body>
<div id=top><p class=b id=b>b</p><p class=c id=c>c</p></div>
<ul id=ul><li id=l1>one</li></ul>
<input id=mx class="md:x"><button id=go class=go>go</button>
<div class=f><input id=in class=in></div>
<input type=checkbox id=k><span class=s id=s>s</span>
<input id=tx class=10x><input id=dk data-k="a b"><input id=pq class=q><input id=r class=r>
<script>
function c(id) { return getComputedStyle(document.getElementById(id)).color; }
function w(id) { return getComputedStyle(document.getElementById(id)).fontWeight; }
function line(label) {
  console.log(label + ': b ' + c('b') + ' c ' + c('c') + ' l1 ' + w('l1') + ' mx ' + c('mx') + ' go ' + c('go')
    + ' in ' + c('in') + ' s ' + c('s') + ' tx ' + c('tx') + ' dk ' + c('dk') + ' pq ' + c('pq') + ' r ' + c('r'));
}
line('start');
document.getElementById('top').className = 'on';
line('ancestor class');
document.getElementById('b').className = '';
line('b unclassed');
var li = document.createElement('li'); li.id = 'l0';
document.getElementById('ul').insertBefore(li, document.getElementById('l1'));
line('li before');
document.getElementById('mx').focus();
line('mx focus');
document.getElementById('go').disabled = true;
line('go disabled');
document.getElementById('in').focus();
line('in focus');
document.getElementById('k').checked = true;
line('k checked');
document.getElementById('tx').focus();
line('tx focus');
document.getElementById('dk').focus();
line('dk focus');
document.getElementById('pq').focus();
line('pq focus');
document.getElementById('r').classList.add('t');
line('r.t');
document.getElementById('s1').textContent = '.c { color: rgb(1, 0, 0) }';
line('text changed');
document.getElementById('s1').remove();
line('removed');
var s2 = document.createElement('style'); s2.textContent = 'p { color: rgb(2, 0, 0) }';
document.head.appendChild(s2);
line('added');
document.getElementById('c').className = 'x';
line('c unclassed');
</script></body></html>
""",
        """
start: b rgb(0, 0, 0) c rgb(0, 2, 0) l1 700 mx rgb(0, 0, 0) go rgb(0, 4, 0) in rgb(0, 0, 0) s rgb(0, 0, 0) tx rgb(0, 0, 0) dk rgb(0, 0, 0) pq rgb(0, 0, 0) r rgb(0, 0, 0)
ancestor class: b rgb(0, 1, 0) c rgb(0, 2, 0) l1 700 mx rgb(0, 0, 0) go rgb(0, 4, 0) in rgb(0, 0, 0) s rgb(0, 0, 0) tx rgb(0, 0, 0) dk rgb(0, 0, 0) pq rgb(0, 0, 0) r rgb(0, 0, 0)
b unclassed: b rgb(0, 0, 0) c rgb(0, 0, 0) l1 700 mx rgb(0, 0, 0) go rgb(0, 4, 0) in rgb(0, 0, 0) s rgb(0, 0, 0) tx rgb(0, 0, 0) dk rgb(0, 0, 0) pq rgb(0, 0, 0) r rgb(0, 0, 0)
li before: b rgb(0, 0, 0) c rgb(0, 0, 0) l1 400 mx rgb(0, 0, 0) go rgb(0, 4, 0) in rgb(0, 0, 0) s rgb(0, 0, 0) tx rgb(0, 0, 0) dk rgb(0, 0, 0) pq rgb(0, 0, 0) r rgb(0, 0, 0)
mx focus: b rgb(0, 0, 0) c rgb(0, 0, 0) l1 400 mx rgb(0, 3, 0) go rgb(0, 4, 0) in rgb(0, 0, 0) s rgb(0, 0, 0) tx rgb(0, 0, 0) dk rgb(0, 0, 0) pq rgb(0, 0, 0) r rgb(0, 0, 0)
go disabled: b rgb(0, 0, 0) c rgb(0, 0, 0) l1 400 mx rgb(0, 3, 0) go rgb(0, 0, 0) in rgb(0, 0, 0) s rgb(0, 0, 0) tx rgb(0, 0, 0) dk rgb(0, 0, 0) pq rgb(0, 0, 0) r rgb(0, 0, 0)
in focus: b rgb(0, 0, 0) c rgb(0, 0, 0) l1 400 mx rgb(0, 0, 0) go rgb(0, 0, 0) in rgb(0, 5, 0) s rgb(0, 0, 0) tx rgb(0, 0, 0) dk rgb(0, 0, 0) pq rgb(0, 0, 0) r rgb(0, 0, 0)
k checked: b rgb(0, 0, 0) c rgb(0, 0, 0) l1 400 mx rgb(0, 0, 0) go rgb(0, 0, 0) in rgb(0, 5, 0) s rgb(0, 6, 0) tx rgb(0, 0, 0) dk rgb(0, 0, 0) pq rgb(0, 0, 0) r rgb(0, 0, 0)
tx focus: b rgb(0, 0, 0) c rgb(0, 0, 0) l1 400 mx rgb(0, 0, 0) go rgb(0, 0, 0) in rgb(0, 0, 0) s rgb(0, 6, 0) tx rgb(0, 7, 0) dk rgb(0, 0, 0) pq rgb(0, 0, 0) r rgb(0, 0, 0)
dk focus: b rgb(0, 0, 0) c rgb(0, 0, 0) l1 400 mx rgb(0, 0, 0) go rgb(0, 0, 0) in rgb(0, 0, 0) s rgb(0, 6, 0) tx rgb(0, 0, 0) dk rgb(0, 8, 0) pq rgb(0, 0, 0) r rgb(0, 0, 0)
pq focus: b rgb(0, 0, 0) c rgb(0, 0, 0) l1 400 mx rgb(0, 0, 0) go rgb(0, 0, 0) in rgb(0, 0, 0) s rgb(0, 6, 0) tx rgb(0, 0, 0) dk rgb(0, 0, 0) pq rgb(0, 9, 0) r rgb(0, 0, 0)
r.t: b rgb(0, 0, 0) c rgb(0, 0, 0) l1 400 mx rgb(0, 0, 0) go rgb(0, 0, 0) in rgb(0, 0, 0) s rgb(0, 6, 0) tx rgb(0, 0, 0) dk rgb(0, 0, 0) pq rgb(0, 9, 0) r rgb(0, 10, 0)
text changed: b rgb(0, 0, 0) c rgb(1, 0, 0) l1 400 mx rgb(0, 0, 0) go rgb(0, 0, 0) in rgb(0, 0, 0) s rgb(0, 0, 0) tx rgb(0, 0, 0) dk rgb(0, 0, 0) pq rgb(0, 0, 0) r rgb(0, 0, 0)
removed: b rgb(0, 0, 0) c rgb(0, 0, 0) l1 400 mx rgb(0, 0, 0) go rgb(0, 0, 0) in rgb(0, 0, 0) s rgb(0, 0, 0) tx rgb(0, 0, 0) dk rgb(0, 0, 0) pq rgb(0, 0, 0) r rgb(0, 0, 0)
added: b rgb(2, 0, 0) c rgb(2, 0, 0) l1 400 mx rgb(0, 0, 0) go rgb(0, 0, 0) in rgb(0, 0, 0) s rgb(0, 0, 0) tx rgb(0, 0, 0) dk rgb(0, 0, 0) pq rgb(0, 0, 0) r rgb(0, 0, 0)
c unclassed: b rgb(2, 0, 0) c rgb(2, 0, 0) l1 400 mx rgb(0, 0, 0) go rgb(0, 0, 0) in rgb(0, 0, 0) s rgb(0, 0, 0) tx rgb(0, 0, 0) dk rgb(0, 0, 0) pq rgb(0, 0, 0) r rgb(0, 0, 0)
""");
  }

  /**
   * The font shorthand sets its longhands (style, variant, weight, stretch, size, line height,
   * families; the others reset) and reads back from them; line-height numbers and percentages
   * resolve to px against the element's own font size (inherited numbers too), font sizes from
   * keywords, percentages and larger/smaller; family names quoted as Chromium quotes them; a font
   * value without a family is ignored.
   */
  @ParameterizedTest
  @EnumSource(JsEngine.class)
  void fontShorthandAndFontLonghandsComputeAsInChromium(JsEngine engine) throws Exception {
    Runs.assertPagePrints(
        dir,
        "font.html",
        engine,
        """
<!DOCTYPE html><html><head><style>
.a { font: italic bold 20px/1.5 Georgia, serif }
.b { font: 12px monospace }
.c { font: small-caps 300 condensed 1.5em / 2 "My Font", sans-serif }
.d { font: oblique 10deg 700 10px/12px x }
.e { line-height: 1.5; font-size: 10px }
.f { font: 600 small serif }
.g { font: bold 14px/normal Arial; font-weight: 200 }
.h { font-size: 20px; font: inherit }
.i { font: 120% serif }
.j { font: larger/1.2 serif; }
.k { font: 12px }
.l { line-height: 150% }
.m { font-family: Arial,  'Helvetica Neue' , sans-serif }
.n { font: var(--f, 11px cursive) }
</style></head><body>
<div id=a class=a></div><div id=b class=b></div><div id=c class=c></div><div id=d class=d></div><div id=e class=e></div><div id=f class=f></div><div id=g class=g></div><div id=h class=h></div><div id=i class=i></div><div id=j class=j></div><div id=k class=k></div><div id=l class=l></div><div id=m class=m></div><div id=n class=n></div><div id=z></div>
<script>
var props = ['fontStyle','fontVariant','fontWeight','fontStretch','fontSize','lineHeight','fontFamily','font'];
'abcdefghijklmnz'.split('').forEach(function (id) { var cs = getComputedStyle(document.getElementById(id)); console.log(id + ' ' + props.map(function (p) { return p + '=' + cs[p]; }).join('; ')); });
</script></body></html>
""",
        """
a fontStyle=italic; fontVariant=normal; fontWeight=700; fontStretch=100%; fontSize=20px; lineHeight=30px; fontFamily=Georgia, serif; font=italic 700 20px / 30px Georgia, serif
b fontStyle=normal; fontVariant=normal; fontWeight=400; fontStretch=100%; fontSize=12px; lineHeight=normal; fontFamily=monospace; font=12px monospace
c fontStyle=normal; fontVariant=small-caps; fontWeight=300; fontStretch=75%; fontSize=24px; lineHeight=48px; fontFamily="My Font", sans-serif; font=small-caps 300 condensed 24px / 48px "My Font", sans-serif
d fontStyle=oblique 10deg; fontVariant=normal; fontWeight=700; fontStretch=100%; fontSize=10px; lineHeight=12px; fontFamily=x; font=oblique 10deg 700 10px / 12px x
e fontStyle=normal; fontVariant=normal; fontWeight=400; fontStretch=100%; fontSize=10px; lineHeight=15px; fontFamily="Times New Roman"; font=10px / 15px "Times New Roman"
f fontStyle=normal; fontVariant=normal; fontWeight=600; fontStretch=100%; fontSize=13px; lineHeight=normal; fontFamily=serif; font=600 13px serif
g fontStyle=normal; fontVariant=normal; fontWeight=200; fontStretch=100%; fontSize=14px; lineHeight=normal; fontFamily=Arial; font=200 14px Arial
h fontStyle=normal; fontVariant=normal; fontWeight=400; fontStretch=100%; fontSize=16px; lineHeight=normal; fontFamily="Times New Roman"; font=16px "Times New Roman"
i fontStyle=normal; fontVariant=normal; fontWeight=400; fontStretch=100%; fontSize=19.2px; lineHeight=normal; fontFamily=serif; font=19.2px serif
j fontStyle=normal; fontVariant=normal; fontWeight=400; fontStretch=100%; fontSize=19.2px; lineHeight=23.04px; fontFamily=serif; font=19.2px / 23.04px serif
k fontStyle=normal; fontVariant=normal; fontWeight=400; fontStretch=100%; fontSize=16px; lineHeight=normal; fontFamily="Times New Roman"; font=16px "Times New Roman"
l fontStyle=normal; fontVariant=normal; fontWeight=400; fontStretch=100%; fontSize=16px; lineHeight=24px; fontFamily="Times New Roman"; font=16px / 24px "Times New Roman"
m fontStyle=normal; fontVariant=normal; fontWeight=400; fontStretch=100%; fontSize=16px; lineHeight=normal; fontFamily=Arial, "Helvetica Neue", sans-serif; font=16px Arial, "Helvetica Neue", sans-serif
n fontStyle=normal; fontVariant=normal; fontWeight=400; fontStretch=100%; fontSize=11px; lineHeight=normal; fontFamily=cursive; font=11px cursive
z fontStyle=normal; fontVariant=normal; fontWeight=400; fontStretch=100%; fontSize=16px; lineHeight=normal; fontFamily="Times New Roman"; font=16px "Times New Roman"
""");
  }

  /**
   * Font families, sizes and line heights as Chromium 156 computes them: names of several words
   * and strings quoted, one identifier and generic families bare, stretch keywords as percentages,
   * a stretch no keyword names leaving the font shorthand unreadable.
   */
  @ParameterizedTest
  @EnumSource(JsEngine.class)
  void fontFamiliesSizesAndLineHeightsComputeAsInChromium(JsEngine engine) throws Exception {
    Runs.assertPagePrints(
        dir,
        "families.html",
        engine,
        """
<!DOCTYPE html><html><head><style>
.a { font-family: Times   New Roman, SERIF }
.b { font-family: "a\\"b", 'c d' }
.c { font-family: Arial , sans-serif ; font-stretch: semi-expanded; font-style: OBLIQUE }
.d { font-size: x-small } .e { font-size: xxx-large } .f { font-size: smaller } .g { font-size: 50% }
.h { font: 2em/150% serif } .i { font: normal normal 400 normal 10px serif } .j { font: ultra-expanded 10px serif }
.k { font: 10px "a" , b } .l { line-height: 2em; font-size: 10px } .m { font: italic small-caps bold 10px/1 a } .n { font-stretch: 110% }
.o { font: 10px/0 a } .p { font: 1em/1.25 system-ui }
</style></head><body>
<div id=a class=a></div><div id=b class=b></div><div id=c class=c></div><div id=d class=d></div><div id=e class=e></div><div id=f class=f></div><div id=g class=g></div><div id=h class=h></div><div id=i class=i></div><div id=j class=j></div><div id=k class=k></div><div id=l class=l></div><div id=m class=m></div><div id=n class=n></div><div id=o class=o></div><div id=p class=p><span id=q style="font-size: 20px"></span></div>
<script>
var props = ['fontStyle','fontVariant','fontWeight','fontStretch','fontSize','lineHeight','fontFamily','font'];
'abcdefghijklmnopq'.split('').forEach(function (id) { var cs = getComputedStyle(document.getElementById(id)); console.log(id + ' ' + props.map(function (p) { return p + '=' + cs[p]; }).join('; ')); });
</script></body></html>
""",
        """
a fontStyle=normal; fontVariant=normal; fontWeight=400; fontStretch=100%; fontSize=16px; lineHeight=normal; fontFamily="Times New Roman", serif; font=16px "Times New Roman", serif
b fontStyle=normal; fontVariant=normal; fontWeight=400; fontStretch=100%; fontSize=16px; lineHeight=normal; fontFamily="a\\"b", "c d"; font=16px "a\\"b", "c d"
c fontStyle=oblique; fontVariant=normal; fontWeight=400; fontStretch=112.5%; fontSize=16px; lineHeight=normal; fontFamily=Arial, sans-serif; font=oblique semi-expanded 16px Arial, sans-serif
d fontStyle=normal; fontVariant=normal; fontWeight=400; fontStretch=100%; fontSize=10px; lineHeight=normal; fontFamily="Times New Roman"; font=10px "Times New Roman"
e fontStyle=normal; fontVariant=normal; fontWeight=400; fontStretch=100%; fontSize=48px; lineHeight=normal; fontFamily="Times New Roman"; font=48px "Times New Roman"
f fontStyle=normal; fontVariant=normal; fontWeight=400; fontStretch=100%; fontSize=13.3333px; lineHeight=normal; fontFamily="Times New Roman"; font=13.3333px "Times New Roman"
g fontStyle=normal; fontVariant=normal; fontWeight=400; fontStretch=100%; fontSize=8px; lineHeight=normal; fontFamily="Times New Roman"; font=8px "Times New Roman"
h fontStyle=normal; fontVariant=normal; fontWeight=400; fontStretch=100%; fontSize=32px; lineHeight=48px; fontFamily=serif; font=32px / 48px serif
i fontStyle=normal; fontVariant=normal; fontWeight=400; fontStretch=100%; fontSize=10px; lineHeight=normal; fontFamily=serif; font=10px serif
j fontStyle=normal; fontVariant=normal; fontWeight=400; fontStretch=200%; fontSize=10px; lineHeight=normal; fontFamily=serif; font=ultra-expanded 10px serif
k fontStyle=normal; fontVariant=normal; fontWeight=400; fontStretch=100%; fontSize=10px; lineHeight=normal; fontFamily=a, b; font=10px a, b
l fontStyle=normal; fontVariant=normal; fontWeight=400; fontStretch=100%; fontSize=10px; lineHeight=20px; fontFamily="Times New Roman"; font=10px / 20px "Times New Roman"
m fontStyle=italic; fontVariant=small-caps; fontWeight=700; fontStretch=100%; fontSize=10px; lineHeight=10px; fontFamily=a; font=italic small-caps 700 10px / 10px a
n fontStyle=normal; fontVariant=normal; fontWeight=400; fontStretch=110%; fontSize=16px; lineHeight=normal; fontFamily="Times New Roman"; font=
o fontStyle=normal; fontVariant=normal; fontWeight=400; fontStretch=100%; fontSize=10px; lineHeight=0px; fontFamily=a; font=10px / 0px a
p fontStyle=normal; fontVariant=normal; fontWeight=400; fontStretch=100%; fontSize=16px; lineHeight=20px; fontFamily=system-ui; font=16px / 20px system-ui
q fontStyle=normal; fontVariant=normal; fontWeight=400; fontStretch=100%; fontSize=20px; lineHeight=25px; fontFamily=system-ui; font=20px / 25px system-ui
""");
  }

  /**
   * The flex, flex-flow, gap, place-*, outline and list-style shorthands set their longhands (flex's
   * omitted factors 1 and basis 0%, a unitless zero after two factors a basis) and read back from them, as
   * do border and its sides, widths, styles and colors; an outline keeps its width with style none.
   */
  @ParameterizedTest
  @EnumSource(JsEngine.class)
  void flexOutlineListAndBoxShorthandsComputeAsInChromium(JsEngine engine) throws Exception {
    Runs.assertPagePrints(
        dir,
        "flex.html",
        engine,
        """
<!DOCTYPE html><html><head><style>
.a { flex: 1 }
.b { flex: none }
.c { flex: auto }
.d { flex: 2 3 }
.e { flex: 10px }
.f { flex: 0 0 50% }
.g { flex: initial }
.h { flex: 1 1 0 }
.i { flex: content }
.j { flex-flow: column wrap }
.k { flex-flow: wrap-reverse }
.l { gap: 4px 8px; place-items: center start; place-content: space-between; place-self: end }
.m { gap: 1em }
.n { outline: 3px dotted red; list-style: square inside }
.o { list-style: none }
.p { outline: auto }
.q { border: 2px solid; outline: thin }
</style></head><body>
<div id=a class=a></div><div id=b class=b></div><div id=c class=c></div><div id=d class=d></div><div id=e class=e></div><div id=f class=f></div><div id=g class=g></div><div id=h class=h></div><div id=i class=i></div><div id=j class=j></div><div id=k class=k></div><div id=l class=l></div><div id=m class=m></div><ul id=n class=n></ul><ul id=o class=o></ul><div id=p class=p></div><div id=q class=q></div><div id=z></div>
<script>
var props = ['flexGrow','flexShrink','flexBasis','flex','flexDirection','flexWrap','flexFlow','rowGap','columnGap','gap','alignItems','justifyItems','placeItems','alignContent','justifyContent','placeContent','alignSelf','justifySelf','placeSelf','outlineWidth','outlineStyle','outlineColor','outline','listStyleType','listStylePosition','listStyleImage','listStyle','border','borderTop','borderWidth','borderStyle','borderColor'];
'abcdefghijklmnopqz'.split('').forEach(function (id) { var cs = getComputedStyle(document.getElementById(id)); console.log(id + ' ' + props.map(function (p) { return p + '=' + cs[p]; }).join('; ')); });
</script></body></html>
""",
        """
a flexGrow=1; flexShrink=1; flexBasis=0%; flex=1 1 0%; flexDirection=row; flexWrap=nowrap; flexFlow=row nowrap; rowGap=normal; columnGap=normal; gap=normal; alignItems=normal; justifyItems=normal; placeItems=normal; alignContent=normal; justifyContent=normal; placeContent=normal; alignSelf=auto; justifySelf=auto; placeSelf=auto; outlineWidth=3px; outlineStyle=none; outlineColor=rgb(0, 0, 0); outline=rgb(0, 0, 0) none 3px; listStyleType=disc; listStylePosition=outside; listStyleImage=none; listStyle=outside none disc; border=0px none rgb(0, 0, 0); borderTop=0px none rgb(0, 0, 0); borderWidth=0px; borderStyle=none; borderColor=rgb(0, 0, 0)
b flexGrow=0; flexShrink=0; flexBasis=auto; flex=0 0 auto; flexDirection=row; flexWrap=nowrap; flexFlow=row nowrap; rowGap=normal; columnGap=normal; gap=normal; alignItems=normal; justifyItems=normal; placeItems=normal; alignContent=normal; justifyContent=normal; placeContent=normal; alignSelf=auto; justifySelf=auto; placeSelf=auto; outlineWidth=3px; outlineStyle=none; outlineColor=rgb(0, 0, 0); outline=rgb(0, 0, 0) none 3px; listStyleType=disc; listStylePosition=outside; listStyleImage=none; listStyle=outside none disc; border=0px none rgb(0, 0, 0); borderTop=0px none rgb(0, 0, 0); borderWidth=0px; borderStyle=none; borderColor=rgb(0, 0, 0)
c flexGrow=1; flexShrink=1; flexBasis=auto; flex=1 1 auto; flexDirection=row; flexWrap=nowrap; flexFlow=row nowrap; rowGap=normal; columnGap=normal; gap=normal; alignItems=normal; justifyItems=normal; placeItems=normal; alignContent=normal; justifyContent=normal; placeContent=normal; alignSelf=auto; justifySelf=auto; placeSelf=auto; outlineWidth=3px; outlineStyle=none; outlineColor=rgb(0, 0, 0); outline=rgb(0, 0, 0) none 3px; listStyleType=disc; listStylePosition=outside; listStyleImage=none; listStyle=outside none disc; border=0px none rgb(0, 0, 0); borderTop=0px none rgb(0, 0, 0); borderWidth=0px; borderStyle=none; borderColor=rgb(0, 0, 0)
d flexGrow=2; flexShrink=3; flexBasis=0%; flex=2 3 0%; flexDirection=row; flexWrap=nowrap; flexFlow=row nowrap; rowGap=normal; columnGap=normal; gap=normal; alignItems=normal; justifyItems=normal; placeItems=normal; alignContent=normal; justifyContent=normal; placeContent=normal; alignSelf=auto; justifySelf=auto; placeSelf=auto; outlineWidth=3px; outlineStyle=none; outlineColor=rgb(0, 0, 0); outline=rgb(0, 0, 0) none 3px; listStyleType=disc; listStylePosition=outside; listStyleImage=none; listStyle=outside none disc; border=0px none rgb(0, 0, 0); borderTop=0px none rgb(0, 0, 0); borderWidth=0px; borderStyle=none; borderColor=rgb(0, 0, 0)
e flexGrow=1; flexShrink=1; flexBasis=10px; flex=1 1 10px; flexDirection=row; flexWrap=nowrap; flexFlow=row nowrap; rowGap=normal; columnGap=normal; gap=normal; alignItems=normal; justifyItems=normal; placeItems=normal; alignContent=normal; justifyContent=normal; placeContent=normal; alignSelf=auto; justifySelf=auto; placeSelf=auto; outlineWidth=3px; outlineStyle=none; outlineColor=rgb(0, 0, 0); outline=rgb(0, 0, 0) none 3px; listStyleType=disc; listStylePosition=outside; listStyleImage=none; listStyle=outside none disc; border=0px none rgb(0, 0, 0); borderTop=0px none rgb(0, 0, 0); borderWidth=0px; borderStyle=none; borderColor=rgb(0, 0, 0)
f flexGrow=0; flexShrink=0; flexBasis=50%; flex=0 0 50%; flexDirection=row; flexWrap=nowrap; flexFlow=row nowrap; rowGap=normal; columnGap=normal; gap=normal; alignItems=normal; justifyItems=normal; placeItems=normal; alignContent=normal; justifyContent=normal; placeContent=normal; alignSelf=auto; justifySelf=auto; placeSelf=auto; outlineWidth=3px; outlineStyle=none; outlineColor=rgb(0, 0, 0); outline=rgb(0, 0, 0) none 3px; listStyleType=disc; listStylePosition=outside; listStyleImage=none; listStyle=outside none disc; border=0px none rgb(0, 0, 0); borderTop=0px none rgb(0, 0, 0); borderWidth=0px; borderStyle=none; borderColor=rgb(0, 0, 0)
g flexGrow=0; flexShrink=1; flexBasis=auto; flex=0 1 auto; flexDirection=row; flexWrap=nowrap; flexFlow=row nowrap; rowGap=normal; columnGap=normal; gap=normal; alignItems=normal; justifyItems=normal; placeItems=normal; alignContent=normal; justifyContent=normal; placeContent=normal; alignSelf=auto; justifySelf=auto; placeSelf=auto; outlineWidth=3px; outlineStyle=none; outlineColor=rgb(0, 0, 0); outline=rgb(0, 0, 0) none 3px; listStyleType=disc; listStylePosition=outside; listStyleImage=none; listStyle=outside none disc; border=0px none rgb(0, 0, 0); borderTop=0px none rgb(0, 0, 0); borderWidth=0px; borderStyle=none; borderColor=rgb(0, 0, 0)
h flexGrow=1; flexShrink=1; flexBasis=0px; flex=1 1 0px; flexDirection=row; flexWrap=nowrap; flexFlow=row nowrap; rowGap=normal; columnGap=normal; gap=normal; alignItems=normal; justifyItems=normal; placeItems=normal; alignContent=normal; justifyContent=normal; placeContent=normal; alignSelf=auto; justifySelf=auto; placeSelf=auto; outlineWidth=3px; outlineStyle=none; outlineColor=rgb(0, 0, 0); outline=rgb(0, 0, 0) none 3px; listStyleType=disc; listStylePosition=outside; listStyleImage=none; listStyle=outside none disc; border=0px none rgb(0, 0, 0); borderTop=0px none rgb(0, 0, 0); borderWidth=0px; borderStyle=none; borderColor=rgb(0, 0, 0)
i flexGrow=1; flexShrink=1; flexBasis=content; flex=1 1 content; flexDirection=row; flexWrap=nowrap; flexFlow=row nowrap; rowGap=normal; columnGap=normal; gap=normal; alignItems=normal; justifyItems=normal; placeItems=normal; alignContent=normal; justifyContent=normal; placeContent=normal; alignSelf=auto; justifySelf=auto; placeSelf=auto; outlineWidth=3px; outlineStyle=none; outlineColor=rgb(0, 0, 0); outline=rgb(0, 0, 0) none 3px; listStyleType=disc; listStylePosition=outside; listStyleImage=none; listStyle=outside none disc; border=0px none rgb(0, 0, 0); borderTop=0px none rgb(0, 0, 0); borderWidth=0px; borderStyle=none; borderColor=rgb(0, 0, 0)
j flexGrow=0; flexShrink=1; flexBasis=auto; flex=0 1 auto; flexDirection=column; flexWrap=wrap; flexFlow=column wrap; rowGap=normal; columnGap=normal; gap=normal; alignItems=normal; justifyItems=normal; placeItems=normal; alignContent=normal; justifyContent=normal; placeContent=normal; alignSelf=auto; justifySelf=auto; placeSelf=auto; outlineWidth=3px; outlineStyle=none; outlineColor=rgb(0, 0, 0); outline=rgb(0, 0, 0) none 3px; listStyleType=disc; listStylePosition=outside; listStyleImage=none; listStyle=outside none disc; border=0px none rgb(0, 0, 0); borderTop=0px none rgb(0, 0, 0); borderWidth=0px; borderStyle=none; borderColor=rgb(0, 0, 0)
k flexGrow=0; flexShrink=1; flexBasis=auto; flex=0 1 auto; flexDirection=row; flexWrap=wrap-reverse; flexFlow=row wrap-reverse; rowGap=normal; columnGap=normal; gap=normal; alignItems=normal; justifyItems=normal; placeItems=normal; alignContent=normal; justifyContent=normal; placeContent=normal; alignSelf=auto; justifySelf=auto; placeSelf=auto; outlineWidth=3px; outlineStyle=none; outlineColor=rgb(0, 0, 0); outline=rgb(0, 0, 0) none 3px; listStyleType=disc; listStylePosition=outside; listStyleImage=none; listStyle=outside none disc; border=0px none rgb(0, 0, 0); borderTop=0px none rgb(0, 0, 0); borderWidth=0px; borderStyle=none; borderColor=rgb(0, 0, 0)
l flexGrow=0; flexShrink=1; flexBasis=auto; flex=0 1 auto; flexDirection=row; flexWrap=nowrap; flexFlow=row nowrap; rowGap=4px; columnGap=8px; gap=4px 8px; alignItems=center; justifyItems=start; placeItems=center start; alignContent=space-between; justifyContent=space-between; placeContent=space-between; alignSelf=end; justifySelf=end; placeSelf=end; outlineWidth=3px; outlineStyle=none; outlineColor=rgb(0, 0, 0); outline=rgb(0, 0, 0) none 3px; listStyleType=disc; listStylePosition=outside; listStyleImage=none; listStyle=outside none disc; border=0px none rgb(0, 0, 0); borderTop=0px none rgb(0, 0, 0); borderWidth=0px; borderStyle=none; borderColor=rgb(0, 0, 0)
m flexGrow=0; flexShrink=1; flexBasis=auto; flex=0 1 auto; flexDirection=row; flexWrap=nowrap; flexFlow=row nowrap; rowGap=16px; columnGap=16px; gap=16px; alignItems=normal; justifyItems=normal; placeItems=normal; alignContent=normal; justifyContent=normal; placeContent=normal; alignSelf=auto; justifySelf=auto; placeSelf=auto; outlineWidth=3px; outlineStyle=none; outlineColor=rgb(0, 0, 0); outline=rgb(0, 0, 0) none 3px; listStyleType=disc; listStylePosition=outside; listStyleImage=none; listStyle=outside none disc; border=0px none rgb(0, 0, 0); borderTop=0px none rgb(0, 0, 0); borderWidth=0px; borderStyle=none; borderColor=rgb(0, 0, 0)
n flexGrow=0; flexShrink=1; flexBasis=auto; flex=0 1 auto; flexDirection=row; flexWrap=nowrap; flexFlow=row nowrap; rowGap=normal; columnGap=normal; gap=normal; alignItems=normal; justifyItems=normal; placeItems=normal; alignContent=normal; justifyContent=normal; placeContent=normal; alignSelf=auto; justifySelf=auto; placeSelf=auto; outlineWidth=3px; outlineStyle=dotted; outlineColor=rgb(255, 0, 0); outline=rgb(255, 0, 0) dotted 3px; listStyleType=square; listStylePosition=inside; listStyleImage=none; listStyle=inside none square; border=0px none rgb(0, 0, 0); borderTop=0px none rgb(0, 0, 0); borderWidth=0px; borderStyle=none; borderColor=rgb(0, 0, 0)
o flexGrow=0; flexShrink=1; flexBasis=auto; flex=0 1 auto; flexDirection=row; flexWrap=nowrap; flexFlow=row nowrap; rowGap=normal; columnGap=normal; gap=normal; alignItems=normal; justifyItems=normal; placeItems=normal; alignContent=normal; justifyContent=normal; placeContent=normal; alignSelf=auto; justifySelf=auto; placeSelf=auto; outlineWidth=3px; outlineStyle=none; outlineColor=rgb(0, 0, 0); outline=rgb(0, 0, 0) none 3px; listStyleType=none; listStylePosition=outside; listStyleImage=none; listStyle=outside none none; border=0px none rgb(0, 0, 0); borderTop=0px none rgb(0, 0, 0); borderWidth=0px; borderStyle=none; borderColor=rgb(0, 0, 0)
p flexGrow=0; flexShrink=1; flexBasis=auto; flex=0 1 auto; flexDirection=row; flexWrap=nowrap; flexFlow=row nowrap; rowGap=normal; columnGap=normal; gap=normal; alignItems=normal; justifyItems=normal; placeItems=normal; alignContent=normal; justifyContent=normal; placeContent=normal; alignSelf=auto; justifySelf=auto; placeSelf=auto; outlineWidth=3px; outlineStyle=auto; outlineColor=rgb(0, 0, 0); outline=rgb(0, 0, 0) auto 3px; listStyleType=disc; listStylePosition=outside; listStyleImage=none; listStyle=outside none disc; border=0px none rgb(0, 0, 0); borderTop=0px none rgb(0, 0, 0); borderWidth=0px; borderStyle=none; borderColor=rgb(0, 0, 0)
q flexGrow=0; flexShrink=1; flexBasis=auto; flex=0 1 auto; flexDirection=row; flexWrap=nowrap; flexFlow=row nowrap; rowGap=normal; columnGap=normal; gap=normal; alignItems=normal; justifyItems=normal; placeItems=normal; alignContent=normal; justifyContent=normal; placeContent=normal; alignSelf=auto; justifySelf=auto; placeSelf=auto; outlineWidth=1px; outlineStyle=none; outlineColor=rgb(0, 0, 0); outline=rgb(0, 0, 0) none 1px; listStyleType=disc; listStylePosition=outside; listStyleImage=none; listStyle=outside none disc; border=2px solid rgb(0, 0, 0); borderTop=2px solid rgb(0, 0, 0); borderWidth=2px; borderStyle=solid; borderColor=rgb(0, 0, 0)
z flexGrow=0; flexShrink=1; flexBasis=auto; flex=0 1 auto; flexDirection=row; flexWrap=nowrap; flexFlow=row nowrap; rowGap=normal; columnGap=normal; gap=normal; alignItems=normal; justifyItems=normal; placeItems=normal; alignContent=normal; justifyContent=normal; placeContent=normal; alignSelf=auto; justifySelf=auto; placeSelf=auto; outlineWidth=3px; outlineStyle=none; outlineColor=rgb(0, 0, 0); outline=rgb(0, 0, 0) none 3px; listStyleType=disc; listStylePosition=outside; listStyleImage=none; listStyle=outside none disc; border=0px none rgb(0, 0, 0); borderTop=0px none rgb(0, 0, 0); borderWidth=0px; borderStyle=none; borderColor=rgb(0, 0, 0)
""");
  }

  /**
   * A color's alpha kept as a byte and written with two decimals where they give it back, else three,
   * as Chromium writes it.
   */
  @ParameterizedTest
  @EnumSource(JsEngine.class)
  void colorAlphaIsWrittenAsChromiumWritesIt(JsEngine engine) throws Exception {
    Runs.assertPagePrints(
        dir,
        "alpha.html",
        engine,
        """
<!DOCTYPE html><html><body><div id=d></div><script>
var d = document.getElementById('d'); var out = [];
['#ff000080', '#ff000001', '#ff0000fe', '#f008', 'rgba(1,2,3,0.502)', 'rgba(1,2,3,0.123456)', 'rgb(1 2 3 / 33.3%)', 'rgba(1,2,3,0.001)', '#ff00001a', '#ff000033'].forEach(function (c) { d.style.color = c; out.push(c + '=' + getComputedStyle(d).color); });
console.log(out.join('; '));
</script></body></html>
""",
        """
#ff000080=rgba(255, 0, 0, 0.5); #ff000001=rgba(255, 0, 0, 0.004); #ff0000fe=rgba(255, 0, 0, 0.996); #f008=rgba(255, 0, 0, 0.533); rgba(1,2,3,0.502)=rgba(1, 2, 3, 0.5); rgba(1,2,3,0.123456)=rgba(1, 2, 3, 0.12); rgb(1 2 3 / 33.3%)=rgba(1, 2, 3, 0.333); rgba(1,2,3,0.001)=rgba(1, 2, 3, 0); #ff00001a=rgba(255, 0, 0, 0.1); #ff000033=rgba(255, 0, 0, 0.2)
""");
  }

  /**
   * Shadows (a box's and a text's: the color first, omitted lengths as 0px, inset last,
   * currentcolor and em resolved) and the individual transforms (translate's lengths in px with zero
   * components left out, rotate's angle in deg, scale's percentages as numbers) as Chromium computes them.
   */
  @ParameterizedTest
  @EnumSource(JsEngine.class)
  void shadowsAndIndividualTransformsComputeAsInChromium(JsEngine engine) throws Exception {
    Runs.assertPagePrints(
        dir,
        "effects.html",
        engine,
        """
<!DOCTYPE html><html><head><style>
.a { box-shadow: 1px 2px red }
.b { box-shadow: inset 0 0 0 2px #0000, 0 4px 6px -1px rgb(0 0 0 / 0.1) }
.c { box-shadow: 0 0 1em 0.5em currentcolor; color: blue; font-size: 10px }
.d { box-shadow: none }
.e { box-shadow: 3px 3px }
.f { translate: 10px; rotate: 45deg; scale: 0.5 }
.g { translate: 10px 20%; rotate: 0.5turn; scale: 2 3 }
.h { translate: 1em 0; rotate: x 90deg; scale: 150% }
.i { translate: 1px 2px 3px; rotate: 1 1 0 10deg; scale: 1 1 1 }
.j { translate: 0 0; rotate: none; scale: none }
.k { text-shadow: 1px 1px 2px black }
.l { box-shadow: calc(1px + 2px) 0 0 red }
</style></head><body>
<div id=a class=a></div><div id=b class=b></div><div id=c class=c></div><div id=d class=d></div><div id=e class=e></div><div id=f class=f></div><div id=g class=g></div><div id=h class=h></div><div id=i class=i></div><div id=j class=j></div><div id=k class=k></div><div id=l class=l></div><div id=z></div>
<script>
var props = ['boxShadow', 'translate', 'rotate', 'scale', 'textShadow', 'transform'];
'abcdefghijklz'.split('').forEach(function (id) { var cs = getComputedStyle(document.getElementById(id)); console.log(id + ' ' + props.map(function (p) { return p + '=' + cs[p]; }).join('; ')); });
</script></body></html>
""",
        """
a boxShadow=rgb(255, 0, 0) 1px 2px 0px 0px; translate=none; rotate=none; scale=none; textShadow=none; transform=none
b boxShadow=rgba(0, 0, 0, 0) 0px 0px 0px 2px inset, rgba(0, 0, 0, 0.1) 0px 4px 6px -1px; translate=none; rotate=none; scale=none; textShadow=none; transform=none
c boxShadow=rgb(0, 0, 255) 0px 0px 10px 5px; translate=none; rotate=none; scale=none; textShadow=none; transform=none
d boxShadow=none; translate=none; rotate=none; scale=none; textShadow=none; transform=none
e boxShadow=rgb(0, 0, 0) 3px 3px 0px 0px; translate=none; rotate=none; scale=none; textShadow=none; transform=none
f boxShadow=none; translate=10px; rotate=45deg; scale=0.5; textShadow=none; transform=none
g boxShadow=none; translate=10px 20%; rotate=180deg; scale=2 3; textShadow=none; transform=none
h boxShadow=none; translate=16px; rotate=x 90deg; scale=1.5; textShadow=none; transform=none
i boxShadow=none; translate=1px 2px 3px; rotate=1 1 0 10deg; scale=1; textShadow=none; transform=none
j boxShadow=none; translate=0px; rotate=none; scale=none; textShadow=none; transform=none
k boxShadow=none; translate=none; rotate=none; scale=none; textShadow=rgb(0, 0, 0) 1px 1px 2px; transform=none
l boxShadow=rgb(255, 0, 0) 3px 0px 0px 0px; translate=none; rotate=none; scale=none; textShadow=none; transform=none
z boxShadow=none; translate=none; rotate=none; scale=none; textShadow=none; transform=none
""");
  }

  /**
   * transform as the matrix of its functions (translations in px and em, rotations, skews, scales,
   * matrix(), 3D functions giving matrix3d() unless the product is 2D, perspective), numbers as
   * Chromium writes them; a percentage translates by nothing, as for Chromium's boxes of size 0.
   */
  @ParameterizedTest
  @EnumSource(JsEngine.class)
  void transformComputesToAMatrixAsInChromium(JsEngine engine) throws Exception {
    Runs.assertPagePrints(
        dir,
        "transform.html",
        engine,
        """
<!DOCTYPE html><html><head><style>
.a { transform: rotate(45deg) }
.b { transform: translate(10px, 20px) scale(2) }
.c { transform: translateX(1em) rotate(0.25turn); font-size: 10px }
.d { transform: skew(10deg, 20deg) }
.e { transform: matrix(1, 2, 3, 4, 5, 6) }
.f { transform: scaleX(-1) }
.g { transform: none }
.h { transform: rotate(30deg) translate(5px) }
.i { transform: translate3d(1px, 2px, 3px) }
.j { transform: translateY(-50%) }
.k { transform: rotate(1rad) skewX(15deg) scaleY(0.5) }
.l { transform: perspective(100px) }
.m { transform: translateZ(0) }
.n { transform: scale(1) }
</style></head><body>
<div id=a class=a></div><div id=b class=b></div><div id=c class=c></div><div id=d class=d></div><div id=e class=e></div><div id=f class=f></div><div id=g class=g></div><div id=h class=h></div><div id=i class=i></div><div id=j class=j></div><div id=k class=k></div><div id=l class=l></div><div id=m class=m></div><div id=n class=n></div><span id=s class=a>inline</span>
<script>
'abcdefghijklmns'.split('').forEach(function (id) { console.log(id + ' ' + getComputedStyle(document.getElementById(id)).transform); });
</script></body></html>
""",
        """
a matrix(0.707107, 0.707107, -0.707107, 0.707107, 0, 0)
b matrix(2, 0, 0, 2, 10, 20)
c matrix(0, 1, -1, 0, 10, 0)
d matrix(1, 0.36397, 0.176327, 1, 0, 0)
e matrix(1, 2, 3, 4, 5, 6)
f matrix(-1, 0, 0, 1, 0, 0)
g none
h matrix(0.866025, 0.5, -0.5, 0.866025, 4.33013, 2.5)
i matrix3d(1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0, 1, 2, 3, 1)
j matrix(1, 0, 0, 1, 0, 0)
k matrix(0.540302, 0.841471, -0.348349, 0.382887, 0, 0)
l matrix3d(1, 0, 0, 0, 0, 1, 0, 0, 0, 0, 1, -0.01, 0, 0, 0, 1)
m matrix(1, 0, 0, 1, 0, 0)
n matrix(1, 0, 0, 1, 0, 0)
s matrix(0.707107, 0.707107, -0.707107, 0.707107, 0, 0)
""");
  }

  /**
   * Rotations and skews at the multiples of 90 degrees exact, small angles written with an exponent
   * as Chromium writes them.
   */
  @ParameterizedTest
  @EnumSource(JsEngine.class)
  void smallAndRightAngleRotationsAsInChromium(JsEngine engine) throws Exception {
    Runs.assertPagePrints(
        dir,
        "rotations.html",
        engine,
        """
<!DOCTYPE html><html><body><div id=d></div><script>
var d = document.getElementById('d'); var out = [];
['rotate(0.01deg)', 'rotate(0.001deg)', 'rotate(90deg)', 'rotate(180deg)', 'rotate(270deg)', 'skewX(45deg)', 'rotate(0.0001rad)', 'rotate3d(1, 0, 0, 90deg)'].forEach(function (t) { d.style.transform = t; out.push(t + '=' + getComputedStyle(d).transform); });
console.log(out.join('; '));
</script></body></html>
""",
        """
rotate(0.01deg)=matrix(1, 0.000174533, -0.000174533, 1, 0, 0); rotate(0.001deg)=matrix(1, 1.74533e-05, -1.74533e-05, 1, 0, 0); rotate(90deg)=matrix(0, 1, -1, 0, 0, 0); rotate(180deg)=matrix(-1, 0, 0, -1, 0, 0); rotate(270deg)=matrix(0, -1, 1, 0, 0, 0); skewX(45deg)=matrix(1, 0, 1, 1, 0, 0); rotate(0.0001rad)=matrix(1, 0.0001, -0.0001, 1, 0, 0); rotate3d(1, 0, 0, 90deg)=matrix3d(1, 0, 0, 0, 0, 0, 1, 0, 0, -1, 0, 0, 0, 0, 0, 1)
""");
  }

  /**
   * Gradients in background-image as Chromium computes them: colors computed, the default direction
   * left out and angles in deg, a default interpolation space left out (srgb for legacy colors, else
   * oklab), a stop's two positions as two stops, transition hints, layers.
   */
  @ParameterizedTest
  @EnumSource(JsEngine.class)
  void gradientsComputeAsInChromium(JsEngine engine) throws Exception {
    Runs.assertPagePrints(
        dir,
        "gradients.html",
        engine,
        """
<!DOCTYPE html><html><body><div id=d></div><script>
var d = document.getElementById('d'); var out = [];
['linear-gradient(red, blue)', 'linear-gradient(to bottom, red, blue)', 'linear-gradient(180deg, red 10%, blue)', 'linear-gradient(to right in oklab, red 0%, blue 100%)', 'linear-gradient(in oklab, #f00, #00f)', 'linear-gradient(in srgb, red, blue)', 'linear-gradient(0.25turn, hsl(0 100% 50%), transparent)', 'radial-gradient(circle, red, blue)', 'linear-gradient(to right, oklch(0.6 0.2 25) 0%, blue 100%)', 'none', 'linear-gradient(red, blue), none', 'linear-gradient(to right, red, 10%, blue)', 'repeating-linear-gradient(45deg, red 0 10px, blue 10px 20px)'].forEach(function (t) { d.style.backgroundImage = t; out.push(t + ' => ' + getComputedStyle(d).backgroundImage); });
console.log(out.join('\\n'));
</script></body></html>
""",
        """
linear-gradient(red, blue) => linear-gradient(rgb(255, 0, 0), rgb(0, 0, 255))
linear-gradient(to bottom, red, blue) => linear-gradient(rgb(255, 0, 0), rgb(0, 0, 255))
linear-gradient(180deg, red 10%, blue) => linear-gradient(rgb(255, 0, 0) 10%, rgb(0, 0, 255))
linear-gradient(to right in oklab, red 0%, blue 100%) => linear-gradient(to right in oklab, rgb(255, 0, 0) 0%, rgb(0, 0, 255) 100%)
linear-gradient(in oklab, #f00, #00f) => linear-gradient(in oklab, rgb(255, 0, 0), rgb(0, 0, 255))
linear-gradient(in srgb, red, blue) => linear-gradient(rgb(255, 0, 0), rgb(0, 0, 255))
linear-gradient(0.25turn, hsl(0 100% 50%), transparent) => linear-gradient(90deg, rgb(255, 0, 0), rgba(0, 0, 0, 0))
radial-gradient(circle, red, blue) => radial-gradient(circle, rgb(255, 0, 0), rgb(0, 0, 255))
linear-gradient(to right, oklch(0.6 0.2 25) 0%, blue 100%) => linear-gradient(to right, oklch(0.6 0.2 25) 0%, rgb(0, 0, 255) 100%)
none => none
linear-gradient(red, blue), none => linear-gradient(rgb(255, 0, 0), rgb(0, 0, 255)), none
linear-gradient(to right, red, 10%, blue) => linear-gradient(to right, rgb(255, 0, 0), 10%, rgb(0, 0, 255))
repeating-linear-gradient(45deg, red 0 10px, blue 10px 20px) => repeating-linear-gradient(45deg, rgb(255, 0, 0) 0px, rgb(255, 0, 0) 10px, rgb(0, 0, 255) 10px, rgb(0, 0, 255) 20px)
""");
  }

  /**
   * Rules nested deeper than 128 levels (@media in @media...) are dropped, so that a sheet cannot
   * overflow an engine's stack (Chromium 156 applies 3,000 levels); 127 levels apply.
   */
  @ParameterizedTest
  @EnumSource(JsEngine.class)
  void rulesNestedTooDeepAreDropped(JsEngine engine) throws Exception {
    Runs.assertPagePrints(
        dir,
        "deep-rules.html",
        engine,
        """
<!DOCTYPE html><html><head><style id=s1></style><style id=s2></style></head><body><p id=p>x</p><q id=q>y</q><script>
function nested(n, rule) {
  var s = '';
  for (var i = 0; i < n; i++) s += '@media all { ';
  s += rule;
  for (var i = 0; i < n; i++) s += ' }';
  return s;
}
document.getElementById('s1').textContent = nested(127, 'p { color: red }');
document.getElementById('s2').textContent = nested(3000, 'q { color: red }');
console.log(getComputedStyle(document.getElementById('p')).color, getComputedStyle(document.getElementById('q')).color);
var r = document.styleSheets[1].cssRules[0];
var depth = 1;
while (r.cssRules && r.cssRules.length > 0) { r = r.cssRules[0]; depth++; }
console.log('kept levels', depth);
</script></body></html>
""",
        """
rgb(255, 0, 0) rgb(0, 0, 0)
kept levels 128
""");
  }

  /**
   * CSS Backgrounds #background and its longhands, set by the shorthand (layers, a position of one
   * to four parts, a size after the slash, one box or two, the color in the last layer) and one by
   * one: each longhand a list as long as background-image's, keywords as percentages, lengths in
   * px, url() resolved against the document (BASE/ here), and the shorthand read back: Chromium
   * 156's lines.
   */
  @ParameterizedTest
  @EnumSource(JsEngine.class)
  void backgroundsComputeAsInChromium(JsEngine engine) throws Exception {
    Runs.assertPagePrints(
        dir,
        "backgrounds.html",
        engine,
        """
<!DOCTYPE html><html><head><style>
.s { background: url(img/x.png) no-repeat center / cover, #f00; } .s2 { background-position: right 10% bottom, left 2px top; background-size: 2em; background-clip: content-box; } .t { background-image: url('a b.png'); }
</style></head><body><script>
var names = ['background', 'background-image', 'background-position-x', 'background-position-y', 'background-size', 'background-repeat', 'background-clip'];
var base = location.href.replace(/[^\\/]*$/, '');
var cases = ['background: url(a.png)', 'background: #abc url("b c.png") no-repeat right top', 'background: center / contain no-repeat url(a.png) fixed content-box',
  'background: url(a.png) 10px 20% / 50% auto repeat-y, url(b.png) left 5px bottom 10% / 3em space round padding-box content-box, rgb(1 2 3)',
  'background: linear-gradient(red, blue) 0 0 / 100% 2px no-repeat', 'background: repeat no-repeat', 'background: none', 'background: inherit',
  'background: url(a.png) center center', 'background: top', 'background: 1px', 'background: right 3px center', 'background: url(a.png), red',
  'background-image: url(a.png), none; background-position: left, right bottom; background-repeat: no-repeat repeat; background-size: auto auto, 1px'];
cases.push('', '', '');
var classes = ['s', 's s2', 't'];
var k = 0;
cases.forEach(function (css) {
  var d = document.createElement('div');
  if (css === '') { d.className = classes[k]; css = 'class ' + classes[k++]; } else { d.style.cssText = css; }
  document.body.appendChild(d);
  var cs = getComputedStyle(d);
  console.log('== ' + css);
  names.forEach(function (n) { console.log('  ' + n + ': ' + cs.getPropertyValue(n).split(base).join('BASE/')); });
});
</script></body></html>
""",
        """
== background: url(a.png)
  background: rgba(0, 0, 0, 0) url("BASE/a.png") repeat scroll 0% 0% / auto padding-box border-box
  background-image: url("BASE/a.png")
  background-position-x: 0%
  background-position-y: 0%
  background-size: auto
  background-repeat: repeat
  background-clip: border-box
== background: #abc url("b c.png") no-repeat right top
  background: rgb(170, 187, 204) url("BASE/b%20c.png") no-repeat scroll 100% 0% / auto padding-box border-box
  background-image: url("BASE/b%20c.png")
  background-position-x: 100%
  background-position-y: 0%
  background-size: auto
  background-repeat: no-repeat
  background-clip: border-box
== background: center / contain no-repeat url(a.png) fixed content-box
  background: rgba(0, 0, 0, 0) url("BASE/a.png") no-repeat fixed 50% 50% / contain content-box content-box
  background-image: url("BASE/a.png")
  background-position-x: 50%
  background-position-y: 50%
  background-size: contain
  background-repeat: no-repeat
  background-clip: content-box
== background: url(a.png) 10px 20% / 50% auto repeat-y, url(b.png) left 5px bottom 10% / 3em space round padding-box content-box, rgb(1 2 3)
  background: url("BASE/a.png") repeat-y scroll 10px 20% / 50% auto padding-box border-box, url("BASE/b.png") space round scroll 5px 90% / 48px auto padding-box content-box, rgb(1, 2, 3) none repeat scroll 0% 0% / auto padding-box border-box
  background-image: url("BASE/a.png"), url("BASE/b.png"), none
  background-position-x: 10px, 5px, 0%
  background-position-y: 20%, 90%, 0%
  background-size: 50% auto, 48px auto, auto
  background-repeat: repeat-y, space round, repeat
  background-clip: border-box, content-box, border-box
== background: linear-gradient(red, blue) 0 0 / 100% 2px no-repeat
  background: rgba(0, 0, 0, 0) linear-gradient(rgb(255, 0, 0), rgb(0, 0, 255)) no-repeat scroll 0px 0px / 100% 2px padding-box border-box
  background-image: linear-gradient(rgb(255, 0, 0), rgb(0, 0, 255))
  background-position-x: 0px
  background-position-y: 0px
  background-size: 100% 2px
  background-repeat: no-repeat
  background-clip: border-box
== background: repeat no-repeat
  background: rgba(0, 0, 0, 0) none repeat-x scroll 0% 0% / auto padding-box border-box
  background-image: none
  background-position-x: 0%
  background-position-y: 0%
  background-size: auto
  background-repeat: repeat-x
  background-clip: border-box
== background: none
  background: rgba(0, 0, 0, 0) none repeat scroll 0% 0% / auto padding-box border-box
  background-image: none
  background-position-x: 0%
  background-position-y: 0%
  background-size: auto
  background-repeat: repeat
  background-clip: border-box
== background: inherit
  background: rgba(0, 0, 0, 0) none repeat scroll 0% 0% / auto padding-box border-box
  background-image: none
  background-position-x: 0%
  background-position-y: 0%
  background-size: auto
  background-repeat: repeat
  background-clip: border-box
== background: url(a.png) center center
  background: rgba(0, 0, 0, 0) url("BASE/a.png") repeat scroll 50% 50% / auto padding-box border-box
  background-image: url("BASE/a.png")
  background-position-x: 50%
  background-position-y: 50%
  background-size: auto
  background-repeat: repeat
  background-clip: border-box
== background: top
  background: rgba(0, 0, 0, 0) none repeat scroll 50% 0% / auto padding-box border-box
  background-image: none
  background-position-x: 50%
  background-position-y: 0%
  background-size: auto
  background-repeat: repeat
  background-clip: border-box
== background: 1px
  background: rgba(0, 0, 0, 0) none repeat scroll 1px 50% / auto padding-box border-box
  background-image: none
  background-position-x: 1px
  background-position-y: 50%
  background-size: auto
  background-repeat: repeat
  background-clip: border-box
== background: right 3px center
  background: rgba(0, 0, 0, 0) none repeat scroll calc(100% - 3px) 50% / auto padding-box border-box
  background-image: none
  background-position-x: calc(100% - 3px)
  background-position-y: 50%
  background-size: auto
  background-repeat: repeat
  background-clip: border-box
== background: url(a.png), red
  background: url("BASE/a.png") repeat scroll 0% 0% / auto padding-box border-box, rgb(255, 0, 0) none repeat scroll 0% 0% / auto padding-box border-box
  background-image: url("BASE/a.png"), none
  background-position-x: 0%, 0%
  background-position-y: 0%, 0%
  background-size: auto, auto
  background-repeat: repeat, repeat
  background-clip: border-box, border-box
== background-image: url(a.png), none; background-position: left, right bottom; background-repeat: no-repeat repeat; background-size: auto auto, 1px
  background: url("BASE/a.png") repeat-y scroll 0% 50% / auto padding-box border-box, rgba(0, 0, 0, 0) none repeat-y scroll 100% 100% / 1px auto padding-box border-box
  background-image: url("BASE/a.png"), none
  background-position-x: 0%, 100%
  background-position-y: 50%, 100%
  background-size: auto, 1px auto
  background-repeat: repeat-y, repeat-y
  background-clip: border-box, border-box
== class s
  background: url("BASE/img/x.png") no-repeat scroll 50% 50% / cover padding-box border-box, rgb(255, 0, 0) none repeat scroll 0% 0% / auto padding-box border-box
  background-image: url("BASE/img/x.png"), none
  background-position-x: 50%, 0%
  background-position-y: 50%, 0%
  background-size: cover, auto
  background-repeat: no-repeat, repeat
  background-clip: border-box, border-box
== class s s2
  background: url("BASE/img/x.png") no-repeat scroll 90% 100% / 32px auto padding-box content-box, rgb(255, 0, 0) none repeat scroll 2px 0% / 32px auto padding-box content-box
  background-image: url("BASE/img/x.png"), none
  background-position-x: 90%, 2px
  background-position-y: 100%, 0%
  background-size: 32px auto, 32px auto
  background-repeat: no-repeat, repeat
  background-clip: content-box, content-box
== class t
  background: rgba(0, 0, 0, 0) url("BASE/a%20b.png") repeat scroll 0% 0% / auto padding-box border-box
  background-image: url("BASE/a%20b.png")
  background-position-x: 0%
  background-position-y: 0%
  background-size: auto
  background-repeat: repeat
  background-clip: border-box
""");
  }
}
