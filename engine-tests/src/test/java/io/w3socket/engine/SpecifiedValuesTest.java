package io.w3socket.engine;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A declaration block's values in canonical form (CSSOM #serialize-a-css-value; the host's
 * css-specified-values.js) and its box shorthands as longhands, in both engines. The pages print
 * what headless Chromium 156 printed for them, less the cases where this host follows the standard
 * instead (css-specified-values.js's header lists them).
 */
class SpecifiedValuesTest {
  @TempDir Path dir;

  /**
   * Each value set with setProperty and read back, then set again as read (which must change
   * nothing); a style attribute's and a style rule's cssText; invalid values dropped.
   */
  @ParameterizedTest
  @EnumSource(JsEngine.class)
  void valuesAreWrittenAsChromiumWritesThem(JsEngine engine) throws Exception {
    Runs.assertPagePrints(
        dir,
        "page.html",
        engine,
"""
<!DOCTYPE html><html><head><style>.a { color: RED; margin: 0 AUTO; background: URL(x.png) #FFF; width: 10; border-color: bogus }</style></head><body><div id="d" style="COLOR: Red; Margin:0; Width: 5; font-family: 'x'"></div><script>
var out = [];
var d = document.getElementById('d');
var s = d.style;
out.push(s.cssText + ' | ' + d.getAttribute('style'));
out.push(document.styleSheets[0].cssRules[0].style.cssText);
var changed = [];
[["color", "RED"], ["color", "#FFF"], ["color", "#ff000080"], ["color", "rgb(1,2,3)"], ["color", "rgba(1,2,3,1)"], ["color", "rgb(1 2 3 / 50%)"], ["color", "hsl(120, 100%, 50%)"], ["color", "hwb(0 0% 0%)"], ["color", "CurrentColor"], ["color", "oklch(0.5 0.1 120)"], ["color", "var(--X, RED)"], ["background-color", "Transparent"], ["background-image", "linear-gradient(to RIGHT, rgba(0,0,0,.5) 0%, #000 100%)"], ["background-image", "url('a b.png')"], ["background-image", "URL(a.png)"], ["background-image", "url(data:image/svg+xml;charset=utf8,%3Csvg%3E)"], ["box-shadow", "0 0 0 .2rem RGBA(13,110,253,.25)"], ["box-shadow", "inset 0 1px RED"], ["text-shadow", "1PX 1px 0 #FFF"], ["filter", "drop-shadow(0 0 2px #000)"], ["display", "Inline-Flex"], ["cursor", "url(a.cur), POINTER"], ["width", "0"], ["width", "1E2PX"], ["width", "10.50px"], ["width", "1e-7px"], ["width", "1234567px"], ["width", "33.333333%"], ["opacity", ".33333333"], ["opacity", "50%"], ["z-index", "+1"], ["margin", "0 auto"], ["margin", "1px 2px 1px"], ["margin", "1px 2px 3px 2px"], ["padding", ".5em 0"], ["border-radius", "50%/10px"], ["border-radius", "1px 1px 1px 1px"], ["border-color", "RED red"], ["gap", "1px 1px"], ["overflow", "HIDDEN hidden"], ["inset", "0"], ["line-height", "0"], ["flex", "1"], ["flex", "0"], ["flex", "auto"], ["flex", "none"], ["flex", "1 1 0"], ["flex-basis", "0"], ["vertical-align", "-.125em"], ["transform", "translate(-50%,-50%) rotate(45DEG)"], ["transform", "translateX(0)"], ["transform", "rotate(0)"], ["transform", "scale(1.0)"], ["transform", "translate3d(0,0,0)"], ["translate", "10px 0"], ["transform-origin", "0 0"], ["transition", "all .3s"], ["transition", "opacity .15s ease-in-out"], ["transition", "ALL 1S EASE-IN"], ["transition", "all"], ["transition-property", "Opacity, FOO"], ["transition-timing-function", "cubic-bezier(.1,.2,.3,.4)"], ["animation", "spin 1s linear infinite"], ["animation", "spin"], ["animation", "NONE"], ["animation-name", "Foo"], ["content", "'a'"], ["content", "'it\\\\'s'"], ["content", "counter(item) '. '"], ["content", "attr(DATA-x)"], ["quotes", "'\\u00ab' '\\u00bb'"], ["font", "12px/1.5 Arial"], ["font", "ITALIC bold 12px/30px Georgia, serif"], ["font", "normal normal 400 12px serif"], ["font-family", "'Arial', sans-serif"], ["font-family", "\\"Times New Roman\\", serif"], ["font-family", "ARIAL, Sans-Serif"], ["font-family", "Segoe UI, 'Arial'"], ["font-family", "\\"a b\\", \\"serif\\", \\"1x\\""], ["font-weight", "BOLD"], ["width", "calc(10px + 2em)"], ["width", "calc(2% + 1px + 3em - 1px)"], ["width", "calc(-1 * 10px + 5%)"], ["width", "calc((100% - 10px) / 3)"], ["width", "CALC(1px + 2px)"], ["width", "max(1PX,2px)"], ["width", "min(10px, 5%)"], ["width", "clamp(1px, 5vw, 10px)"], ["grid-template-columns", "repeat(3, 1FR)"], ["grid-column", "1/3"], ["grid-row", "SPAN 2"], ["grid-template-areas", "'a b' 'c d'"], ["aspect-ratio", "16/9"], ["counter-reset", "Foo 2"], ["will-change", "Transform"], ["list-style", "square url(a.png) outside"], ["list-style", "none inside"], ["outline", "2px SOLID #000"], ["outline", "0"], ["text-decoration", "underline solid currentcolor"], ["background", "#FFF URL(a.png) no-repeat"], ["background", "url(a.png) no-repeat center / cover"], ["background", "url(a.png) 0 0 repeat scroll padding-box border-box red"], ["background", "center"], ["background", "#FFF padding-box"], ["border", "1px solid RED"], ["border", "0 none"], ["border-top", "1px solid currentcolor"], ["background-position", "center"], ["background-position", "top"], ["background-position", "top 5px right 3px"], ["background-position", "top left"], ["background-position", "bottom 10% center"], ["background-position", "0 0, center"], ["object-position", "top"], ["transform-origin", "top left"], ["perspective-origin", "center"], ["background-size", "100%"], ["background-size", "auto auto"], ["background-size", "cover, 10px"], ["clip", "rect(0,0,0,0)"], ["clip-path", "inset(0)"], ["clip-path", "polygon(0 0, 100% 0, 50% 100%)"], ["clip-path", "circle(0 at 0 0)"], ["counter-reset", "section"], ["counter-increment", "section"], ["counter-reset", "a 2 b"], ["counter-reset", "none"], ["flex-flow", "row wrap"], ["flex-flow", "row nowrap"], ["flex-flow", "wrap column"], ["-webkit-transform", "rotate(10DEG)"], ["word-wrap", "break-word"], ["grid-gap", "3px 3px"], ["-webkit-margin-end", "0"], ["aspect-ratio", "1"], ["aspect-ratio", "2 auto"], ["transform", "skewX(-0.1953125deg)"], ["flex", "1 30px"], ["flex", "10px 1 2"], ["flex", "initial"], ["margin", "INHERIT"], ["width", "10"], ["width", "-5px"], ["color", "bogus"], ["margin", "1px 2px 3px 4px 5px"], ["opacity", "abc"], ["font-family", "Font Awesome 5 Free"], ["z-index", "1.5"], ["flex", "1 2 3"]].forEach(function (c) {
  s.cssText = '';
  s.setProperty(c[0], c[1]);
  var v = s.getPropertyValue(c[0]);
  out.push(c[0] + ': ' + c[1] + ' -> ' + (v || '""'));
  s.cssText = '';
  s.setProperty(c[0], v);
  if (v !== '' && s.getPropertyValue(c[0]) !== v) {
    changed.push(c[0] + ': ' + v + ' -> ' + s.getPropertyValue(c[0]));
  }
});
out.push('written twice, changed: ' + changed.length + (changed.length ? ' ' + changed.join('; ') : ''));
s.cssText = 'width: 10px';
s.width = '10';
s.color = 'nonsense';
out.push(s.cssText);
console.log(out.join('\\n'));
</script></body></html>
""",
"""
color: red; margin: 0px; font-family: x; | COLOR: Red; Margin:0; Width: 5; font-family: 'x'
color: red; margin: 0px auto; background: url("x.png") rgb(255, 255, 255);
color: RED -> red
color: #FFF -> rgb(255, 255, 255)
color: #ff000080 -> rgba(255, 0, 0, 0.5)
color: rgb(1,2,3) -> rgb(1, 2, 3)
color: rgba(1,2,3,1) -> rgb(1, 2, 3)
color: rgb(1 2 3 / 50%) -> rgba(1, 2, 3, 0.5)
color: hsl(120, 100%, 50%) -> rgb(0, 255, 0)
color: hwb(0 0% 0%) -> rgb(255, 0, 0)
color: CurrentColor -> currentcolor
color: oklch(0.5 0.1 120) -> oklch(0.5 0.1 120)
color: var(--X, RED) -> var(--X, RED)
background-color: Transparent -> transparent
background-image: linear-gradient(to RIGHT, rgba(0,0,0,.5) 0%, #000 100%) -> linear-gradient(to right, rgba(0, 0, 0, 0.5) 0%, rgb(0, 0, 0) 100%)
background-image: url('a b.png') -> url("a b.png")
background-image: URL(a.png) -> url("a.png")
background-image: url(data:image/svg+xml;charset=utf8,%3Csvg%3E) -> url("data:image/svg+xml;charset=utf8,%3Csvg%3E")
box-shadow: 0 0 0 .2rem RGBA(13,110,253,.25) -> rgba(13, 110, 253, 0.25) 0px 0px 0px 0.2rem
box-shadow: inset 0 1px RED -> red 0px 1px inset
text-shadow: 1PX 1px 0 #FFF -> rgb(255, 255, 255) 1px 1px 0px
filter: drop-shadow(0 0 2px #000) -> drop-shadow(rgb(0, 0, 0) 0px 0px 2px)
display: Inline-Flex -> inline-flex
cursor: url(a.cur), POINTER -> url("a.cur"), pointer
width: 0 -> 0px
width: 1E2PX -> 100px
width: 10.50px -> 10.5px
width: 1e-7px -> 1e-07px
width: 1234567px -> 1.23457e+06px
width: 33.333333% -> 33.3333%
opacity: .33333333 -> 0.333333
opacity: 50% -> 0.5
z-index: +1 -> 1
margin: 0 auto -> 0px auto
margin: 1px 2px 1px -> 1px 2px
margin: 1px 2px 3px 2px -> 1px 2px 3px
padding: .5em 0 -> 0.5em 0px
border-radius: 50%/10px -> 50% / 10px
border-radius: 1px 1px 1px 1px -> 1px
border-color: RED red -> red
gap: 1px 1px -> 1px
overflow: HIDDEN hidden -> hidden
inset: 0 -> 0px
line-height: 0 -> 0
flex: 1 -> 1 1 0%
flex: 0 -> 0 1 0%
flex: auto -> 1 1 auto
flex: none -> 0 0 auto
flex: 1 1 0 -> 1 1 0px
flex-basis: 0 -> 0px
vertical-align: -.125em -> -0.125em
transform: translate(-50%,-50%) rotate(45DEG) -> translate(-50%, -50%) rotate(45deg)
transform: translateX(0) -> translateX(0px)
transform: rotate(0) -> rotate(0deg)
transform: scale(1.0) -> scale(1)
transform: translate3d(0,0,0) -> translate3d(0px, 0px, 0px)
translate: 10px 0 -> 10px
transform-origin: 0 0 -> 0px 0px
transition: all .3s -> 0.3s
transition: opacity .15s ease-in-out -> opacity 0.15s ease-in-out
transition: ALL 1S EASE-IN -> 1s ease-in
transition: all -> all
transition-property: Opacity, FOO -> opacity, FOO
transition-timing-function: cubic-bezier(.1,.2,.3,.4) -> cubic-bezier(0.1, 0.2, 0.3, 0.4)
animation: spin 1s linear infinite -> 1s linear 0s infinite normal none running spin
animation: spin -> auto ease 0s 1 normal none running spin
animation: NONE -> auto ease 0s 1 normal none running none
animation-name: Foo -> Foo
content: 'a' -> "a"
content: 'it\\'s' -> "it's"
content: counter(item) '. ' -> counter(item) ". "
content: attr(DATA-x) -> attr(DATA-x)
quotes: '«' '»' -> "«" "»"
font: 12px/1.5 Arial -> 12px / 1.5 Arial
font: ITALIC bold 12px/30px Georgia, serif -> italic bold 12px / 30px Georgia, serif
font: normal normal 400 12px serif -> 400 12px serif
font-family: 'Arial', sans-serif -> Arial, sans-serif
font-family: "Times New Roman", serif -> "Times New Roman", serif
font-family: ARIAL, Sans-Serif -> ARIAL, sans-serif
font-family: Segoe UI, 'Arial' -> "Segoe UI", Arial
font-family: "a b", "serif", "1x" -> "a b", "serif", "1x"
font-weight: BOLD -> bold
width: calc(10px + 2em) -> calc(2em + 10px)
width: calc(2% + 1px + 3em - 1px) -> calc(2% + 3em + 0px)
width: calc(-1 * 10px + 5%) -> calc(5% - 10px)
width: calc((100% - 10px) / 3) -> calc(33.3333% - 3.33333px)
width: CALC(1px + 2px) -> calc(3px)
width: max(1PX,2px) -> calc(2px)
width: min(10px, 5%) -> min(10px, 5%)
width: clamp(1px, 5vw, 10px) -> clamp(1px, 5vw, 10px)
grid-template-columns: repeat(3, 1FR) -> repeat(3, 1fr)
grid-column: 1/3 -> 1 / 3
grid-row: SPAN 2 -> span 2
grid-template-areas: 'a b' 'c d' -> "a b" "c d"
aspect-ratio: 16/9 -> 16 / 9
counter-reset: Foo 2 -> Foo 2
will-change: Transform -> Transform
list-style: square url(a.png) outside -> outside url("a.png") square
list-style: none inside -> inside none
outline: 2px SOLID #000 -> rgb(0, 0, 0) solid 2px
outline: 0 -> 0px
text-decoration: underline solid currentcolor -> underline
background: #FFF URL(a.png) no-repeat -> url("a.png") no-repeat rgb(255, 255, 255)
background: url(a.png) no-repeat center / cover -> url("a.png") center center / cover no-repeat
background: url(a.png) 0 0 repeat scroll padding-box border-box red -> url("a.png") 0px 0px repeat scroll padding-box border-box red
background: center -> center center
background: #FFF padding-box -> padding-box padding-box rgb(255, 255, 255)
border: 1px solid RED -> 1px solid red
border: 0 none -> 0px
border-top: 1px solid currentcolor -> 1px solid
background-position: center -> center center
background-position: top -> center top
background-position: top 5px right 3px -> right 3px top 5px
background-position: top left -> left top
background-position: bottom 10% center -> center bottom 10%
background-position: 0 0, center -> 0px 0px, center center
object-position: top -> center top
transform-origin: top left -> left top
perspective-origin: center -> center center
background-size: 100% -> 100% auto
background-size: auto auto -> auto
background-size: cover, 10px -> cover, 10px auto
clip: rect(0,0,0,0) -> rect(0px, 0px, 0px, 0px)
clip-path: inset(0) -> inset(0px)
clip-path: polygon(0 0, 100% 0, 50% 100%) -> polygon(0px 0px, 100% 0px, 50% 100%)
clip-path: circle(0 at 0 0) -> circle(0px at 0px 0px)
counter-reset: section -> section 0
counter-increment: section -> section 1
counter-reset: a 2 b -> a 2 b 0
counter-reset: none -> none
flex-flow: row wrap -> wrap
flex-flow: row nowrap -> row
flex-flow: wrap column -> column wrap
-webkit-transform: rotate(10DEG) -> rotate(10deg)
word-wrap: break-word -> break-word
grid-gap: 3px 3px -> 3px
-webkit-margin-end: 0 -> 0px
aspect-ratio: 1 -> 1 / 1
aspect-ratio: 2 auto -> auto 2 / 1
transform: skewX(-0.1953125deg) -> skewX(-0.195312deg)
flex: 1 30px -> 1 1 30px
flex: 10px 1 2 -> 1 2 10px
flex: initial -> initial
margin: INHERIT -> inherit
width: 10 -> ""
width: -5px -> ""
color: bogus -> ""
margin: 1px 2px 3px 4px 5px -> ""
opacity: abc -> ""
font-family: Font Awesome 5 Free -> ""
z-index: 1.5 -> ""
flex: 1 2 3 -> ""
written twice, changed: 0
width: 10px;
""");
  }

  /**
   * HTML #the-unitless-length-quirk: in quirks mode a bare number is px for the properties it
   * names.
   */
  @ParameterizedTest
  @EnumSource(JsEngine.class)
  void aBareNumberIsPxInQuirksMode(JsEngine engine) throws Exception {
    Runs.assertPagePrints(
        dir,
        "page.html",
        engine,
"""
<html><body><div id="d" style="width: 10; line-height: 2; flex-basis: 3"></div><script>
var s = document.getElementById('d').style;
var out = [document.compatMode, s.cssText];
s.cssText = '';
s.marginTop = '5'; s.height = '2.5'; s.gap = '4'; s.lineHeight = '3'; s.padding = '1 2';
out.push(s.cssText);
console.log(out.join('\\n'));
</script></body></html>
""",
"""
BackCompat
width: 10px; line-height: 2;
margin-top: 5px; height: 2.5px; line-height: 3; padding: 1px 2px;
""");
  }

  /**
   * An invalid declaration in a sheet or a style attribute does not win the cascade (CSS Cascade
   * #declared).
   */
  @ParameterizedTest
  @EnumSource(JsEngine.class)
  void anInvalidDeclarationDoesNotWin(JsEngine engine) throws Exception {
    Runs.assertPagePrints(
        dir,
        "page.html",
        engine,
"""
<!DOCTYPE html><html><head><style>.a { color: green; } .a { color: bogus; padding-left: 3px; padding-left: -2px; margin-top: 4px; margin-top: 7; }</style></head><body><div class="a" id="d" style="border-top: 2px solid; border-top-color: #0000FF; border-top-color: nonsense"></div><script>
var cs = getComputedStyle(document.getElementById('d'));
console.log([cs.color, cs.paddingLeft, cs.marginTop, cs.borderTopColor, document.styleSheets[0].cssRules[1].style.cssText].join(' | '));
</script></body></html>
""",
"""
rgb(0, 128, 0) | 3px | 4px | rgb(0, 0, 255) | padding-left: 3px; margin-top: 4px;
""");
  }

  /**
   * CSS Cascade 5 #aliasing: a legacy name (-webkit-transform, word-wrap) is its property's
   * everywhere: a block, the CSSOM, the cascade.
   */
  @ParameterizedTest
  @EnumSource(JsEngine.class)
  void legacyNameAliasesAreTheirProperties(JsEngine engine) throws Exception {
    Runs.assertPagePrints(
        dir,
        "page.html",
        engine,
"""
<!DOCTYPE html><html><head><style>.a { -webkit-appearance: none; word-wrap: break-word; -webkit-transform: rotate(10deg); grid-gap: 3px; }</style></head><body><div class="a" id="d" style="-webkit-user-select: none; -webkit-margin-end: 2px"></div><script>
var d = document.getElementById('d'), s = d.style, cs = getComputedStyle(d);
console.log(document.styleSheets[0].cssRules[0].style.cssText);
console.log(s.cssText, '|', s.webkitUserSelect, s.userSelect, s.getPropertyValue('-webkit-margin-end'), s.marginInlineEnd);
s.webkitTransform = 'scale(2)'; s.setProperty('WORD-WRAP', 'normal');
console.log(s.cssText, '|', s.transform, s.removeProperty('-webkit-transform'), s.cssText);
console.log([cs.webkitAppearance, cs.appearance, cs.wordWrap, cs.overflowWrap, cs.webkitTransform === cs.transform, cs.gridGap, cs.columnGap, cs.webkitUserSelect].join(' | '));
</script></body></html>
""",
"""
appearance: none; overflow-wrap: break-word; transform: rotate(10deg); gap: 3px;
user-select: none; margin-inline-end: 2px; | none none 2px 2px
user-select: none; margin-inline-end: 2px; transform: scale(2); overflow-wrap: normal; | scale(2) scale(2) user-select: none; margin-inline-end: 2px; overflow-wrap: normal;
none | none | normal | normal | true | 3px | 3px | none
""");
  }

  /**
   * A box shorthand is kept as its longhands, which cssText and the style attribute write as the
   * shorthand (none where one has var()); removeProperty of the shorthand removes them; a rule's
   * selector and an empty custom property as Chromium writes them; a rule with another engine's
   * pseudo-element dropped.
   */
  @ParameterizedTest
  @EnumSource(JsEngine.class)
  void boxShorthandsAreLonghandsWrittenBackAsChromium(JsEngine engine) throws Exception {
    Runs.assertPagePrints(
        dir,
        "page.html",
        engine,
"""
<!DOCTYPE html><html><head><style>@font-face { font-family: F; src: url(f.woff2) format('woff2'); unicode-range: U+0-7F,U+100 , U+2??; } .r { top: 0; right: 0; bottom: 0; left: 0; margin-top: var(--m); margin-right: 1px; margin-bottom: 1px; margin-left: 1px } *, *::before, [type=button] > li:nth-child( odd ):-webkit-autofill { color: red } ::-moz-focus-inner { color: blue } [data-x='a'], :nth-of-type(even) { --e: ; }</style></head><body><div id=d></div><script>
var s = document.getElementById('d').style;
s.marginTop = 'var(--a)'; s.marginRight = '1px'; s.marginBottom = '1px'; s.marginLeft = '1px';
console.log(JSON.stringify(s.margin), s.cssText);
s.cssText = 'top: 0; right: 0; bottom: 0; left: 0; overflow-x: hidden; overflow-y: auto; row-gap: 1px; column-gap: 2px';
console.log(s.cssText, '|', s.length, '|', document.getElementById('d').getAttribute('style')); s.removeProperty('inset'); s.marginTop = '0 auto'; s.margin = '0 AUTO'; console.log(s.length, s.marginRight, s.cssText);
var rules = document.styleSheets[0].cssRules;
console.log(rules.length);
for (var i = 0; i < rules.length; i++) console.log(rules[i].selectorText + ' { ' + rules[i].style.cssText + ' }');
</script></body></html>
""",
"""
"" margin-top: var(--a); margin-right: 1px; margin-bottom: 1px; margin-left: 1px;
inset: 0px; overflow: hidden auto; gap: 1px 2px; | 8 | inset: 0px; overflow: hidden auto; gap: 1px 2px;
8 auto overflow: hidden auto; gap: 1px 2px; margin: 0px auto;
4
undefined { font-family: F; src: url("f.woff2") format("woff2"); unicode-range: U+0-7F, U+100, U+200-2FF; }
.r { inset: 0px; margin-top: var(--m); margin-right: 1px; margin-bottom: 1px; margin-left: 1px; }
*, ::before, [type="button"] > li:nth-child(2n+1):-webkit-autofill { color: red; }
[data-x="a"], :nth-of-type(2n) { --e: ; }
""");
  }

  /**
   * CSS Fragmentation #page-break-properties: page-break-* set break-* (always as page); old
   * sheets' hacks for other engines (1px \\9, alpha(opacity=65), a border with a stray escape)
   * dropped as Chromium drops them; Chromium's -webkit-focus-ring-color.
   */
  @ParameterizedTest
  @EnumSource(JsEngine.class)
  void legacyBreaksAndOtherEnginesHacks(JsEngine engine) throws Exception {
    Runs.assertPagePrints(
        dir,
        "page.html",
        engine,
"""
<!DOCTYPE html><html><head><style>.a { page-break-inside: avoid; page-break-after: always; margin-top: 1px \\9; filter: alpha(opacity=65); outline: 5px auto -webkit-focus-ring-color; border-top: 4px dashed; border-top: 4px solid \\9; }</style></head><body><div id=d></div><script>
var s = document.getElementById('d').style;
console.log(document.styleSheets[0].cssRules[0].style.cssText);
s.pageBreakBefore = 'always'; console.log(s.cssText, '|', s.pageBreakBefore, s.breakBefore);
s.setProperty('-webkit-column-break-after', 'always'); console.log(s.cssText, '|', JSON.stringify(s.getPropertyValue('page-break-after')));
s.pageBreakInside = 'always'; console.log(s.cssText);
s.removeProperty('page-break-before'); console.log(s.cssText);
s.cssText = 'margin: 1px \\\\9; padding: 2px auto; border: 1px solid bogus; filter: blur(2px) progid:x; top: 3px'; console.log(s.cssText);
</script></body></html>
""",
"""
break-inside: avoid; break-after: page; outline: -webkit-focus-ring-color auto 5px; border-top: 4px dashed;
break-before: page; | always page
break-before: page; break-after: column; | ""
break-before: page; break-after: column;
break-after: column;
top: 3px;
""");
  }

  /**
   * The border, outline, list-style, text-decoration, column-rule, border-image and logical border
   * shorthands are kept as their longhands as Chromium 156 keeps them (border's with
   * border-image's; the parts an outline, list-style, text-decoration or logical side leaves out
   * declared 'initial'), written back as it writes them; a shorthand with var() replaces the
   * earlier declarations of its longhands; their longhands computed.
   */
  @ParameterizedTest
  @EnumSource(JsEngine.class)
  void borderAndOtherShorthandsAreLonghands(JsEngine engine) throws Exception {
    Runs.assertPagePrints(
        dir,
        "page.html",
        engine,
"""
<!DOCTYPE html><html><head><style>
hr { border: 0; border-top: var(--w) solid; }
.p { border: solid transparent; border-width: var(--w) 0; }
.o { outline: 1px dotted; text-decoration: underline 2px; list-style: square inside; column-rule: 3px solid; border: 2px solid red; border-image: none; }
.v { margin: var(--m); margin: 0 }
</style></head><body><hr id=h><div id=d class="o"></div><div id=e class="v"></div><div id=f style="column-rule-width: 5px; outline-width: 4px; text-decoration: underline from-font; border-image: url(a.png) 30 / 2px round"></div><div id=g style="column-rule: thick dotted; text-decoration-thickness: 3px"></div><script>
var out = [];
var d = document.getElementById('d');
var s = d.style;
function items() {
  var list = [];
  for (var i = 0; i < s.length; i++) list.push(s[i] + '=' + s.getPropertyValue(s[i]));
  return s.length + ' | ' + list.join('; ') + ' | ' + s.cssText;
}
[['border', '1px'], ['border', '1px solid red'], ['border', 'none'], ['border', '0'], ['border', 'inherit'], ['border-top', '1px solid'],
 ['border-top', '0'], ['border-left', 'none'], ['outline', '1px dotted'], ['outline', 'none'], ['outline', 'red'], ['outline', 'auto'],
 ['outline', '0'], ['outline', 'initial'], ['outline', 'medium none currentcolor'], ['list-style', 'none'], ['list-style', 'square inside'],
 ['list-style', 'none none'], ['list-style', 'url(a.png)'], ['list-style', 'disc outside none'], ['list-style', 'inherit'],
 ['text-decoration', 'underline'], ['text-decoration', 'underline dotted red'], ['text-decoration', 'none'],
 ['text-decoration', 'underline 2px'], ['text-decoration', 'red'], ['column-rule', '1px solid'], ['column-rule', 'red'],
 ['column-rule', 'none'], ['border-image', 'url(a.png) 30 round'], ['border-image', '30'], ['border-image', 'url(a.png)'],
 ['border-image', 'linear-gradient(red, blue) 1 / 2px'], ['border-image', 'url(a.png) 10% fill / 1 2 / 3px round space'],
 ['border-block', '1px solid'], ['border-block', 'none'], ['border-inline-start', '1px solid'], ['border-block-start', 'red'],
 ['border-inline', 'red'], ['border-block-width', '1px'], ['border-inline-end', 'none']].forEach(function (c) {
  d.removeAttribute('style');
  s.setProperty(c[0], c[1]);
  out.push(c[0] + ': ' + c[1] + ' | ' + JSON.stringify(s.getPropertyValue(c[0])) + ' | ' + items());
});
['border: 0; border-top: 1px solid red', 'border: 1px solid red; border-image: url(a.png) 30',
 'border-width: 1px; border-style: solid; border-color: red', 'border: 1px solid red; border-left-color: blue',
 'outline: 1px solid; outline-color: red', 'outline-color: initial; outline-style: solid; outline-width: 1px',
 'list-style-type: disc; list-style-position: outside; list-style-image: none',
 'text-decoration-line: underline; text-decoration-style: solid; text-decoration-color: currentcolor; text-decoration-thickness: auto',
 'border-image-source: none; border-image-slice: 100%; border-image-width: 1; border-image-outset: 0; border-image-repeat: stretch',
 'border: 1px solid; border-image-source: url(b.png)',
 'border-top: 1px solid; border-right: 1px solid; border-bottom: 1px solid; border-left: 1px solid',
 'border-top: 1px solid; border-right: 1px solid; border-bottom: 1px solid; border-left: 1px solid; border-image: none',
 'border-width: 1px; border-style: solid; border-color: red; border-image: none', 'border: 1px solid red; border-top: 2px dotted',
 'border: 1px solid red; border-bottom-width: 3px', 'border: 1px solid red !important; border-top-width: 2px',
 'border: medium none currentcolor', 'border: 0 none', 'border-block: 1px solid; border-inline: 2px dotted',
 'border-inline-start: 1px solid; border-inline-end: 1px solid', 'border-color: red; border-style: solid',
 'column-rule: 1px solid; column-rule-color: red', 'margin: var(--m); margin: 0',
 'outline: 1px dotted; outline-style: var(--s)'].forEach(function (t) {
  d.removeAttribute('style');
  s.cssText = t;
  out.push(t + ' | ' + JSON.stringify(s.border) + ' | ' + items());
});
s.cssText = 'border: 1px solid; width: 1px; transition: opacity 1s';
s.width = '2px';
s.height = '3px';
s.setProperty('color', 'red', 'important');
s.width = '4px';
s.setProperty('height', '5px', 'important');
out.push('set after shorthands | ' + d.getAttribute('style') + ' | ' + items());
s.cssText = 'border: 1px solid';
s.removeProperty('border-image');
out.push('removeProperty border-image | ' + items());
s.removeProperty('border');
out.push('removeProperty border | ' + items() + '.');
s.cssText = 'outline: 1px dotted';
s.removeProperty('outline-style');
out.push('removeProperty outline-style | ' + items());
d.removeAttribute('style');
var rules = document.styleSheets[0].cssRules;
for (var i = 0; i < rules.length; i++) out.push(rules[i].cssText);
var cs = getComputedStyle(d);
out.push([cs.outlineColor, cs.outlineStyle, cs.outlineWidth, cs.textDecorationLine, cs.textDecorationThickness, cs.listStyleType,
  cs.listStylePosition, cs.columnRuleWidth, cs.borderTopWidth, cs.borderLeftColor, cs.borderImageSource, cs.borderImageSlice].join(' | '));
var h = getComputedStyle(document.getElementById('h'));
out.push([h.borderTopStyle, h.borderTopWidth, h.borderLeftWidth, h.borderLeftStyle].join(' | '));
out.push(getComputedStyle(document.getElementById('e')).marginTop);
['f', 'g'].forEach(function (id) {
  var c = getComputedStyle(document.getElementById(id));
  out.push([c.columnRuleWidth, c.outlineWidth, c.textDecorationThickness, c.borderImageSource.replace(/^url\\(".*\\//, 'url("'), c.borderImageSlice, c.borderImageWidth,
    c.borderImageRepeat, c.columnRuleStyle].join(' | '));
});
console.log(out.join('\\n'));
</script></body></html>
""",
"""
border: 1px | "1px" | 17 | border-top-width=1px; border-right-width=1px; border-bottom-width=1px; border-left-width=1px; border-top-style=none; border-right-style=none; border-bottom-style=none; border-left-style=none; border-top-color=currentcolor; border-right-color=currentcolor; border-bottom-color=currentcolor; border-left-color=currentcolor; border-image-source=none; border-image-slice=100%; border-image-width=1; border-image-outset=0; border-image-repeat=stretch | border: 1px;
border: 1px solid red | "1px solid red" | 17 | border-top-width=1px; border-right-width=1px; border-bottom-width=1px; border-left-width=1px; border-top-style=solid; border-right-style=solid; border-bottom-style=solid; border-left-style=solid; border-top-color=red; border-right-color=red; border-bottom-color=red; border-left-color=red; border-image-source=none; border-image-slice=100%; border-image-width=1; border-image-outset=0; border-image-repeat=stretch | border: 1px solid red;
border: none | "" | 17 | border-top-width=medium; border-right-width=medium; border-bottom-width=medium; border-left-width=medium; border-top-style=none; border-right-style=none; border-bottom-style=none; border-left-style=none; border-top-color=currentcolor; border-right-color=currentcolor; border-bottom-color=currentcolor; border-left-color=currentcolor; border-image-source=none; border-image-slice=100%; border-image-width=1; border-image-outset=0; border-image-repeat=stretch | border-width: medium; border-style: none; border-color: currentcolor; border-image: none;
border: 0 | "0px" | 17 | border-top-width=0px; border-right-width=0px; border-bottom-width=0px; border-left-width=0px; border-top-style=none; border-right-style=none; border-bottom-style=none; border-left-style=none; border-top-color=currentcolor; border-right-color=currentcolor; border-bottom-color=currentcolor; border-left-color=currentcolor; border-image-source=none; border-image-slice=100%; border-image-width=1; border-image-outset=0; border-image-repeat=stretch | border: 0px;
border: inherit | "inherit" | 17 | border-top-color=inherit; border-top-style=inherit; border-top-width=inherit; border-right-color=inherit; border-right-style=inherit; border-right-width=inherit; border-bottom-color=inherit; border-bottom-style=inherit; border-bottom-width=inherit; border-left-color=inherit; border-left-style=inherit; border-left-width=inherit; border-image-source=inherit; border-image-slice=inherit; border-image-width=inherit; border-image-outset=inherit; border-image-repeat=inherit | border: inherit;
border-top: 1px solid | "1px solid" | 3 | border-top-width=1px; border-top-style=solid; border-top-color=currentcolor | border-top: 1px solid;
border-top: 0 | "0px" | 3 | border-top-width=0px; border-top-style=none; border-top-color=currentcolor | border-top: 0px;
border-left: none | "" | 3 | border-left-width=medium; border-left-style=none; border-left-color=currentcolor | border-left-width: medium; border-left-style: none; border-left-color: currentcolor;
outline: 1px dotted | "dotted 1px" | 3 | outline-color=initial; outline-style=dotted; outline-width=1px | outline: dotted 1px;
outline: none | "none" | 3 | outline-color=initial; outline-style=none; outline-width=initial | outline: none;
outline: red | "red" | 3 | outline-color=red; outline-style=initial; outline-width=initial | outline: red;
outline: auto | "auto" | 3 | outline-color=initial; outline-style=auto; outline-width=initial | outline: auto;
outline: 0 | "0px" | 3 | outline-color=initial; outline-style=initial; outline-width=0px | outline: 0px;
outline: initial | "initial" | 3 | outline-color=initial; outline-style=initial; outline-width=initial | outline: initial;
outline: medium none currentcolor | "currentcolor none medium" | 3 | outline-color=currentcolor; outline-style=none; outline-width=medium | outline: currentcolor none medium;
list-style: none | "none" | 3 | list-style-position=initial; list-style-image=initial; list-style-type=none | list-style: none;
list-style: square inside | "inside square" | 3 | list-style-position=inside; list-style-image=initial; list-style-type=square | list-style: inside square;
list-style: none none | "none none" | 3 | list-style-position=initial; list-style-image=none; list-style-type=none | list-style: none none;
list-style: url(a.png) | "url(\\"a.png\\")" | 3 | list-style-position=initial; list-style-image=url("a.png"); list-style-type=initial | list-style: url("a.png");
list-style: disc outside none | "outside none disc" | 3 | list-style-position=outside; list-style-image=none; list-style-type=disc | list-style: outside none disc;
list-style: inherit | "inherit" | 3 | list-style-position=inherit; list-style-image=inherit; list-style-type=inherit | list-style: inherit;
text-decoration: underline | "underline" | 4 | text-decoration-line=underline; text-decoration-thickness=initial; text-decoration-style=initial; text-decoration-color=initial | text-decoration: underline;
text-decoration: underline dotted red | "underline dotted red" | 4 | text-decoration-line=underline; text-decoration-thickness=initial; text-decoration-style=dotted; text-decoration-color=red | text-decoration: underline dotted red;
text-decoration: none | "none" | 4 | text-decoration-line=none; text-decoration-thickness=initial; text-decoration-style=initial; text-decoration-color=initial | text-decoration: none;
text-decoration: underline 2px | "underline 2px" | 4 | text-decoration-line=underline; text-decoration-thickness=2px; text-decoration-style=initial; text-decoration-color=initial | text-decoration: underline 2px;
text-decoration: red | "red" | 4 | text-decoration-line=initial; text-decoration-thickness=initial; text-decoration-style=initial; text-decoration-color=red | text-decoration: red;
column-rule: 1px solid | "1px solid" | 3 | column-rule-width=1px; column-rule-style=solid; column-rule-color=currentcolor | column-rule: 1px solid;
column-rule: red | "red" | 3 | column-rule-width=medium; column-rule-style=none; column-rule-color=red | column-rule: red;
column-rule: none | "medium" | 3 | column-rule-width=medium; column-rule-style=none; column-rule-color=currentcolor | column-rule: medium;
border-image: url(a.png) 30 round | "url(\\"a.png\\") 30 / 1 / 0 round" | 5 | border-image-source=url("a.png"); border-image-slice=30; border-image-width=1; border-image-outset=0; border-image-repeat=round | border-image: url("a.png") 30 / 1 / 0 round;
border-image: 30 | "none 30 / 1 / 0 stretch" | 5 | border-image-source=none; border-image-slice=30; border-image-width=1; border-image-outset=0; border-image-repeat=stretch | border-image: none 30 / 1 / 0 stretch;
border-image: url(a.png) | "url(\\"a.png\\")" | 5 | border-image-source=url("a.png"); border-image-slice=100%; border-image-width=1; border-image-outset=0; border-image-repeat=stretch | border-image: url("a.png");
border-image: linear-gradient(red, blue) 1 / 2px | "linear-gradient(red, blue) 1 / 2px / 0 stretch" | 5 | border-image-source=linear-gradient(red, blue); border-image-slice=1; border-image-width=2px; border-image-outset=0; border-image-repeat=stretch | border-image: linear-gradient(red, blue) 1 / 2px / 0 stretch;
border-image: url(a.png) 10% fill / 1 2 / 3px round space | "url(\\"a.png\\") 10% fill / 1 2 / 3px round space" | 5 | border-image-source=url("a.png"); border-image-slice=10% fill; border-image-width=1 2; border-image-outset=3px; border-image-repeat=round space | border-image: url("a.png") 10% fill / 1 2 / 3px round space;
border-block: 1px solid | "1px solid" | 6 | border-block-start-width=1px; border-block-end-width=1px; border-block-start-style=solid; border-block-end-style=solid; border-block-start-color=currentcolor; border-block-end-color=currentcolor | border-block: 1px solid;
border-block: none | "" | 6 | border-block-start-width=medium; border-block-end-width=medium; border-block-start-style=none; border-block-end-style=none; border-block-start-color=currentcolor; border-block-end-color=currentcolor | border-block-start: medium none currentcolor; border-block-end: medium none currentcolor;
border-inline-start: 1px solid | "1px solid" | 3 | border-inline-start-width=1px; border-inline-start-style=solid; border-inline-start-color=initial | border-inline-start: 1px solid;
border-block-start: red | "red" | 3 | border-block-start-width=initial; border-block-start-style=initial; border-block-start-color=red | border-block-start: red;
border-inline: red | "red" | 6 | border-inline-start-width=medium; border-inline-end-width=medium; border-inline-start-style=none; border-inline-end-style=none; border-inline-start-color=red; border-inline-end-color=red | border-inline: red;
border-block-width: 1px | "1px" | 2 | border-block-start-width=1px; border-block-end-width=1px | border-block-width: 1px;
border-inline-end: none | "none" | 3 | border-inline-end-width=initial; border-inline-end-style=none; border-inline-end-color=initial | border-inline-end: none;
border: 0; border-top: 1px solid red | "" | 17 | border-right-width=0px; border-bottom-width=0px; border-left-width=0px; border-right-style=none; border-bottom-style=none; border-left-style=none; border-right-color=currentcolor; border-bottom-color=currentcolor; border-left-color=currentcolor; border-image-source=none; border-image-slice=100%; border-image-width=1; border-image-outset=0; border-image-repeat=stretch; border-top-width=1px; border-top-style=solid; border-top-color=red | border-width: 1px 0px 0px; border-style: solid none none; border-color: red currentcolor currentcolor; border-image: none;
border: 1px solid red; border-image: url(a.png) 30 | "" | 17 | border-top-width=1px; border-right-width=1px; border-bottom-width=1px; border-left-width=1px; border-top-style=solid; border-right-style=solid; border-bottom-style=solid; border-left-style=solid; border-top-color=red; border-right-color=red; border-bottom-color=red; border-left-color=red; border-image-source=url("a.png"); border-image-slice=30; border-image-width=1; border-image-outset=0; border-image-repeat=stretch | border-width: 1px; border-style: solid; border-color: red; border-image: url("a.png") 30 / 1 / 0 stretch;
border-width: 1px; border-style: solid; border-color: red | "" | 12 | border-top-width=1px; border-right-width=1px; border-bottom-width=1px; border-left-width=1px; border-top-style=solid; border-right-style=solid; border-bottom-style=solid; border-left-style=solid; border-top-color=red; border-right-color=red; border-bottom-color=red; border-left-color=red | border-width: 1px; border-style: solid; border-color: red;
border: 1px solid red; border-left-color: blue | "" | 17 | border-top-width=1px; border-right-width=1px; border-bottom-width=1px; border-left-width=1px; border-top-style=solid; border-right-style=solid; border-bottom-style=solid; border-left-style=solid; border-top-color=red; border-right-color=red; border-bottom-color=red; border-image-source=none; border-image-slice=100%; border-image-width=1; border-image-outset=0; border-image-repeat=stretch; border-left-color=blue | border-width: 1px; border-style: solid; border-color: red red red blue; border-image: none;
outline: 1px solid; outline-color: red | "" | 3 | outline-style=solid; outline-width=1px; outline-color=red | outline: red solid 1px;
outline-color: initial; outline-style: solid; outline-width: 1px | "" | 3 | outline-color=initial; outline-style=solid; outline-width=1px | outline: solid 1px;
list-style-type: disc; list-style-position: outside; list-style-image: none | "" | 3 | list-style-type=disc; list-style-position=outside; list-style-image=none | list-style: outside none disc;
text-decoration-line: underline; text-decoration-style: solid; text-decoration-color: currentcolor; text-decoration-thickness: auto | "" | 4 | text-decoration-line=underline; text-decoration-style=solid; text-decoration-color=currentcolor; text-decoration-thickness=auto | text-decoration: underline;
border-image-source: none; border-image-slice: 100%; border-image-width: 1; border-image-outset: 0; border-image-repeat: stretch | "" | 5 | border-image-source=none; border-image-slice=100%; border-image-width=1; border-image-outset=0; border-image-repeat=stretch | border-image: none;
border: 1px solid; border-image-source: url(b.png) | "" | 17 | border-top-width=1px; border-right-width=1px; border-bottom-width=1px; border-left-width=1px; border-top-style=solid; border-right-style=solid; border-bottom-style=solid; border-left-style=solid; border-top-color=currentcolor; border-right-color=currentcolor; border-bottom-color=currentcolor; border-left-color=currentcolor; border-image-slice=100%; border-image-width=1; border-image-outset=0; border-image-repeat=stretch; border-image-source=url("b.png") | border-width: 1px; border-style: solid; border-color: currentcolor; border-image: url("b.png");
border-top: 1px solid; border-right: 1px solid; border-bottom: 1px solid; border-left: 1px solid | "" | 12 | border-top-width=1px; border-top-style=solid; border-top-color=currentcolor; border-right-width=1px; border-right-style=solid; border-right-color=currentcolor; border-bottom-width=1px; border-bottom-style=solid; border-bottom-color=currentcolor; border-left-width=1px; border-left-style=solid; border-left-color=currentcolor | border-width: 1px; border-style: solid; border-color: currentcolor;
border-top: 1px solid; border-right: 1px solid; border-bottom: 1px solid; border-left: 1px solid; border-image: none | "1px solid" | 17 | border-top-width=1px; border-top-style=solid; border-top-color=currentcolor; border-right-width=1px; border-right-style=solid; border-right-color=currentcolor; border-bottom-width=1px; border-bottom-style=solid; border-bottom-color=currentcolor; border-left-width=1px; border-left-style=solid; border-left-color=currentcolor; border-image-source=none; border-image-slice=100%; border-image-width=1; border-image-outset=0; border-image-repeat=stretch | border: 1px solid;
border-width: 1px; border-style: solid; border-color: red; border-image: none | "1px solid red" | 17 | border-top-width=1px; border-right-width=1px; border-bottom-width=1px; border-left-width=1px; border-top-style=solid; border-right-style=solid; border-bottom-style=solid; border-left-style=solid; border-top-color=red; border-right-color=red; border-bottom-color=red; border-left-color=red; border-image-source=none; border-image-slice=100%; border-image-width=1; border-image-outset=0; border-image-repeat=stretch | border: 1px solid red;
border: 1px solid red; border-top: 2px dotted | "" | 17 | border-right-width=1px; border-bottom-width=1px; border-left-width=1px; border-right-style=solid; border-bottom-style=solid; border-left-style=solid; border-right-color=red; border-bottom-color=red; border-left-color=red; border-image-source=none; border-image-slice=100%; border-image-width=1; border-image-outset=0; border-image-repeat=stretch; border-top-width=2px; border-top-style=dotted; border-top-color=currentcolor | border-width: 2px 1px 1px; border-style: dotted solid solid; border-color: currentcolor red red; border-image: none;
border: 1px solid red; border-bottom-width: 3px | "" | 17 | border-top-width=1px; border-right-width=1px; border-left-width=1px; border-top-style=solid; border-right-style=solid; border-bottom-style=solid; border-left-style=solid; border-top-color=red; border-right-color=red; border-bottom-color=red; border-left-color=red; border-image-source=none; border-image-slice=100%; border-image-width=1; border-image-outset=0; border-image-repeat=stretch; border-bottom-width=3px | border-width: 1px 1px 3px; border-style: solid; border-color: red; border-image: none;
border: 1px solid red !important; border-top-width: 2px | "1px solid red" | 17 | border-top-width=1px; border-right-width=1px; border-bottom-width=1px; border-left-width=1px; border-top-style=solid; border-right-style=solid; border-bottom-style=solid; border-left-style=solid; border-top-color=red; border-right-color=red; border-bottom-color=red; border-left-color=red; border-image-source=none; border-image-slice=100%; border-image-width=1; border-image-outset=0; border-image-repeat=stretch | border: 1px solid red !important;
border: medium none currentcolor | "" | 17 | border-top-width=medium; border-right-width=medium; border-bottom-width=medium; border-left-width=medium; border-top-style=none; border-right-style=none; border-bottom-style=none; border-left-style=none; border-top-color=currentcolor; border-right-color=currentcolor; border-bottom-color=currentcolor; border-left-color=currentcolor; border-image-source=none; border-image-slice=100%; border-image-width=1; border-image-outset=0; border-image-repeat=stretch | border-width: medium; border-style: none; border-color: currentcolor; border-image: none;
border: 0 none | "0px" | 17 | border-top-width=0px; border-right-width=0px; border-bottom-width=0px; border-left-width=0px; border-top-style=none; border-right-style=none; border-bottom-style=none; border-left-style=none; border-top-color=currentcolor; border-right-color=currentcolor; border-bottom-color=currentcolor; border-left-color=currentcolor; border-image-source=none; border-image-slice=100%; border-image-width=1; border-image-outset=0; border-image-repeat=stretch | border: 0px;
border-block: 1px solid; border-inline: 2px dotted | "" | 12 | border-block-start-width=1px; border-block-end-width=1px; border-block-start-style=solid; border-block-end-style=solid; border-block-start-color=currentcolor; border-block-end-color=currentcolor; border-inline-start-width=2px; border-inline-end-width=2px; border-inline-start-style=dotted; border-inline-end-style=dotted; border-inline-start-color=currentcolor; border-inline-end-color=currentcolor | border-block: 1px solid; border-inline: 2px dotted;
border-inline-start: 1px solid; border-inline-end: 1px solid | "" | 6 | border-inline-start-width=1px; border-inline-start-style=solid; border-inline-start-color=initial; border-inline-end-width=1px; border-inline-end-style=solid; border-inline-end-color=initial | border-inline: 1px solid initial;
border-color: red; border-style: solid | "" | 8 | border-top-color=red; border-right-color=red; border-bottom-color=red; border-left-color=red; border-top-style=solid; border-right-style=solid; border-bottom-style=solid; border-left-style=solid | border-color: red; border-style: solid;
column-rule: 1px solid; column-rule-color: red | "" | 3 | column-rule-width=1px; column-rule-style=solid; column-rule-color=red | column-rule: 1px solid red;
margin: var(--m); margin: 0 | "" | 4 | margin-top=0px; margin-right=0px; margin-bottom=0px; margin-left=0px | margin: 0px;
outline: 1px dotted; outline-style: var(--s) | "" | 3 | outline-color=initial; outline-width=1px; outline-style=var(--s) | outline-color: initial; outline-width: 1px; outline-style: var(--s);
set after shorthands | border: 1px solid; width: 4px; transition: opacity 1s; height: 5px !important; color: red !important; | 25 | border-top-width=1px; border-right-width=1px; border-bottom-width=1px; border-left-width=1px; border-top-style=solid; border-right-style=solid; border-bottom-style=solid; border-left-style=solid; border-top-color=currentcolor; border-right-color=currentcolor; border-bottom-color=currentcolor; border-left-color=currentcolor; border-image-source=none; border-image-slice=100%; border-image-width=1; border-image-outset=0; border-image-repeat=stretch; width=4px; transition-behavior=normal; transition-duration=1s; transition-timing-function=ease; transition-delay=0s; transition-property=opacity; height=5px; color=red | border: 1px solid; width: 4px; transition: opacity 1s; height: 5px !important; color: red !important;
removeProperty border-image | 12 | border-top-width=1px; border-right-width=1px; border-bottom-width=1px; border-left-width=1px; border-top-style=solid; border-right-style=solid; border-bottom-style=solid; border-left-style=solid; border-top-color=currentcolor; border-right-color=currentcolor; border-bottom-color=currentcolor; border-left-color=currentcolor | border-width: 1px; border-style: solid; border-color: currentcolor;
removeProperty border | 0 |  | .
removeProperty outline-style | 2 | outline-color=initial; outline-width=1px | outline-color: initial; outline-width: 1px;
hr { border-right: 0px; border-bottom: 0px; border-left: 0px; border-image: none; border-top: var(--w) solid; }
.p { border-style: solid; border-color: transparent; border-image: none; border-width: var(--w) 0; }
.o { outline: dotted 1px; text-decoration: underline 2px; list-style: inside square; column-rule: 3px solid; border: 2px solid red; }
.v { margin: 0px; }
rgb(0, 0, 0) | dotted | 1px | underline | 2px | square | inside | 3px | 2px | rgb(255, 0, 0) | none | 100%
none | 0px | 0px | none
0px
5px | 4px | from-font | url("a.png") | 30 | 2px | round | none
5px | 3px | 3px | none | 100% | 1 | stretch | dotted
""");
  }

  /**
   * A value of one keyword must be one the property takes, as Chromium 156 takes them
   * (css-keywords.js): display: bogus is dropped, -webkit-box and optimizeLegibility kept, a dashed
   * ident kept; a property of one keyword takes no two; an invalid declaration in a sheet does not
   * win the cascade; container kept as its longhands; a font of size 0.
   */
  @ParameterizedTest
  @EnumSource(JsEngine.class)
  void keywordsAreThePropertysAsChromiumTakesThem(JsEngine engine) throws Exception {
    Runs.assertPagePrints(
        dir,
        "page.html",
        engine,
"""
<!DOCTYPE html><html><head><style>
.a { display: flex; display: -ms-flexbox; position: relative; position: -webkit-sticky; float: left; float: start; cursor: pointer; cursor: hand }
</style></head><body><div id=d class=a></div><script>
var out = [];
var d = document.getElementById('d');
var s = d.style;
[['display', 'bogus'], ['display', 'Block'], ['display', '-webkit-box'], ['display', '-ms-flexbox'], ['display', 'inline list-item'],
 ['display', 'flow-root'], ['display', 'contents'], ['position', 'absolute fixed'], ['position', 'Sticky'], ['position', '-webkit-sticky'],
 ['float', 'left right'], ['float', 'inline-start'], ['visibility', 'Hidden'], ['visibility', 'invisible'], ['text-align', '-webkit-center'],
 ['text-align', 'middle'], ['overflow', 'hidden auto'], ['overflow', 'overlay'], ['white-space', 'nowrap'], ['white-space', 'pre-wrap'],
 ['appearance', 'none'], ['-webkit-appearance', 'textfield'], ['appearance', 'bogus'], ['cursor', '-webkit-grab'],
 ['cursor', 'hand'], ['cursor', 'url(a.cur), auto'], ['width', '-webkit-fill-available'], ['width', 'fit-content'], ['width', 'auto'],
 ['width', 'bogus'], ['text-rendering', 'optimizeLegibility'], ['anchor-name', '--a'], ['position-anchor', '--a'], ['color', 'bogus'],
 ['color', 'RebeccaPurple'], ['background', 'none'], ['background', 'bogus'], ['border', 'thin'], ['border', 'bogus'],
 ['outline', 'auto'], ['box-sizing', 'border-box'], ['box-sizing', 'padding-box'], ['user-select', 'none'], ['pointer-events', 'visiblePainted'],
 ['font-weight', 'bolder'], ['font-weight', 'heavy'], ['vertical-align', 'middle'], ['vertical-align', 'center'], ['z-index', 'auto'],
 ['z-index', 'top'], ['list-style-type', 'lower-greek'], ['list-style-type', 'my-counter'], ['animation-name', 'spin'], ['font-family', 'bogus'],
 ['justify-content', 'space-between'], ['justify-content', 'safe center'], ['align-items', 'middle'],
 ['flex-direction', 'column reverse'], ['resize', 'both'], ['object-fit', 'fill'], ['object-fit', 'stretch'], ['will-change', 'transform'],
 ['overflow-wrap', 'anywhere'], ['word-break', 'break-word'], ['touch-action', 'pan-x pan-y'], ['touch-action', 'manipulation'],
 ['scroll-behavior', 'smooth'], ['transition-timing-function', 'ease-in-out'], ['transition-timing-function', 'bogus'], ['font', 'caption'],
 ['font-size', 'larger'], ['font-size', 'huge'], ['line-height', 'normal'], ['line-height', 'bogus'], ['clear', 'both'], ['table-layout', 'fixed']
].forEach(function (c) {
  s.cssText = '';
  s.setProperty(c[0], c[1]);
  out.push(c[0] + ': ' + c[1] + ' -> ' + (s.getPropertyValue(c[0]) || '""'));
});
['container: a', 'container: a / size', 'container: none', 'container: a b / inline-size', 'container-name: none; container-type: size',
 'container-type: size; container-name: x', 'container: a; container-type: scroll-state', 'font: 0/0 a'].forEach(function (t) {
  s.cssText = t;
  var l = [];
  for (var i = 0; i < s.length; i++) l.push(s[i] + '=' + s.getPropertyValue(s[i]));
  out.push(t + ' | ' + JSON.stringify(s.container) + ' | ' + (t.indexOf('font') === 0 ? s.font : l.join('; ')) + ' | ' + s.cssText);
});
s.cssText = '';
out.push(document.styleSheets[0].cssRules[0].cssText);
var cs = getComputedStyle(d);
out.push([cs.display, cs.position, cs.cssFloat, cs.cursor].join(' | '));
console.log(out.join('\\n'));
</script></body></html>
""",
"""
display: bogus -> ""
display: Block -> block
display: -webkit-box -> -webkit-box
display: -ms-flexbox -> ""
display: inline list-item -> inline list-item
display: flow-root -> flow-root
display: contents -> contents
position: absolute fixed -> ""
position: Sticky -> sticky
position: -webkit-sticky -> ""
float: left right -> ""
float: inline-start -> inline-start
visibility: Hidden -> hidden
visibility: invisible -> ""
text-align: -webkit-center -> -webkit-center
text-align: middle -> ""
overflow: hidden auto -> hidden auto
overflow: overlay -> overlay
white-space: nowrap -> nowrap
white-space: pre-wrap -> pre-wrap
appearance: none -> none
-webkit-appearance: textfield -> textfield
appearance: bogus -> ""
cursor: -webkit-grab -> -webkit-grab
cursor: hand -> ""
cursor: url(a.cur), auto -> url("a.cur"), auto
width: -webkit-fill-available -> -webkit-fill-available
width: fit-content -> fit-content
width: auto -> auto
width: bogus -> ""
text-rendering: optimizeLegibility -> optimizelegibility
anchor-name: --a -> --a
position-anchor: --a -> --a
color: bogus -> ""
color: RebeccaPurple -> rebeccapurple
background: none -> none
background: bogus -> ""
border: thin -> thin
border: bogus -> ""
outline: auto -> auto
box-sizing: border-box -> border-box
box-sizing: padding-box -> ""
user-select: none -> none
pointer-events: visiblePainted -> visiblepainted
font-weight: bolder -> bolder
font-weight: heavy -> ""
vertical-align: middle -> middle
vertical-align: center -> ""
z-index: auto -> auto
z-index: top -> ""
list-style-type: lower-greek -> lower-greek
list-style-type: my-counter -> my-counter
animation-name: spin -> spin
font-family: bogus -> bogus
justify-content: space-between -> space-between
justify-content: safe center -> safe center
align-items: middle -> ""
flex-direction: column reverse -> ""
resize: both -> both
object-fit: fill -> fill
object-fit: stretch -> ""
will-change: transform -> transform
overflow-wrap: anywhere -> anywhere
word-break: break-word -> break-word
touch-action: pan-x pan-y -> pan-x pan-y
touch-action: manipulation -> manipulation
scroll-behavior: smooth -> smooth
transition-timing-function: ease-in-out -> ease-in-out
transition-timing-function: bogus -> ""
font: caption -> caption
font-size: larger -> larger
font-size: huge -> ""
line-height: normal -> normal
line-height: bogus -> ""
clear: both -> both
table-layout: fixed -> fixed
container: a | "a" | container-name=a; container-type=normal | container: a;
container: a / size | "a / size" | container-name=a; container-type=size | container: a / size;
container: none | "none" | container-name=none; container-type=normal | container: none;
container: a b / inline-size | "a b / inline-size" | container-name=a b; container-type=inline-size | container: a b / inline-size;
container-name: none; container-type: size | "none / size" | container-name=none; container-type=size | container: none / size;
container-type: size; container-name: x | "x / size" | container-type=size; container-name=x | container: x / size;
container: a; container-type: scroll-state | "a / scroll-state" | container-name=a; container-type=scroll-state | container: a / scroll-state;
font: 0/0 a | "" | 0px / 0 a | font: 0px / 0 a;
.a { display: flex; position: relative; float: left; cursor: pointer; }
flex | relative | left | pointer
""");
  }

  /**
   * transition, animation (with animation-timeline and -range), font (19 longhands), font-variant
   * and background (each layer's parts a value leaves out declared 'initial') are kept as their
   * longhands as Chromium 156 keeps them and written back as it writes them; their longhands
   * computed from a sheet's rule.
   */
  @ParameterizedTest
  @EnumSource(JsEngine.class)
  void transitionAnimationFontAndBackgroundAreLonghands(JsEngine engine) throws Exception {
    Runs.assertPagePrints(
        dir,
        "page.html",
        engine,
"""
<!DOCTYPE html><html><head><style>
.m { transition: opacity .3s ease-in-out, color 1s; animation: spin 1s infinite; font: italic bold 12px/30px Georgia, serif; background: url(a.png) no-repeat center / cover, red }
.n { font: caption; transition: opacity 1s allow-discrete }
</style></head><body><div id=d></div><div id=e class=m></div><div id=f class=n></div><script>
var s = document.getElementById('d').style; var out = [];
function show(t) {
  s.cssText = t; var l = []; for (var i = 0; i < s.length; i++) l.push(s[i] + '=' + s.getPropertyValue(s[i]));
  var m = /^([a-z-]+)/.exec(t)[1];
  out.push(t + ' | ' + JSON.stringify(s.getPropertyValue(m)) + ' | ' + s.length + ' | ' + l.join('; ') + ' | ' + s.cssText);
}
['transition: opacity .3s', 'transition: all .2s ease-in-out, color 1s', 'transition: none', 'transition: all', 'transition: inherit',
 'transition: opacity 1s allow-discrete', 'transition: opacity 1s; transition-delay: 2s', 'transition: opacity 1s, color 2s; transition-delay: 2s',
 'transition-property: a, b; transition-duration: 1s', 'transition-property: opacity; transition-duration: 1s; transition-timing-function: ease; transition-delay: 0s; transition-behavior: normal',
 'transition: opacity 1s; transition-duration: var(--d)',
 'animation: spin 1s infinite linear', 'animation: none', 'animation: spin', 'animation: a 1s, b 2s', 'animation: spin 1s; animation-timeline: scroll()',
 'animation: spin 1s; animation-delay: 2s', 'animation: inherit',
 'font: 12px Arial', 'font: italic small-caps bold condensed 12px/1.5 a, serif', 'font: 12px a; font-kerning: none', 'font: 12px a; font-variant-ligatures: none',
 'font: 12px a; font-weight: 700', 'font: inherit', 'font: 12px a; font-size-adjust: 0.5', 'font: 12px a; font-stretch: 50%',
 'font-variant: small-caps', 'font-variant: none', 'font-variant: common-ligatures tabular-nums', 'font-variant: normal',
 'background: red', 'background: url(a.png) no-repeat center / cover, blue', 'background: none', 'background: url(a.png), url(b.png)',
 'background: red; background-image: url(a.png)', 'background: 0 0', 'background: padding-box', 'background: inherit', 'background: url(a.png) repeat-x fixed',
 'background: red; background-position: 1px 2px', 'background: red; background-repeat: no-repeat',
 'background-image: none; background-position: 0% 0%; background-size: auto; background-repeat: repeat; background-attachment: scroll; background-origin: padding-box; background-clip: border-box; background-color: transparent'
].forEach(show);
var rules = document.styleSheets[0].cssRules;
for (var i = 0; i < rules.length; i++) out.push(rules[i].cssText);
var c = getComputedStyle(document.getElementById('e'));
out.push([c.transitionProperty, c.transitionDuration, c.transitionTimingFunction, c.animationName, c.animationDuration,
  c.animationIterationCount, c.fontStyle, c.fontWeight, c.fontSize, c.lineHeight, c.fontFamily, c.backgroundColor,
  c.backgroundSize, c.backgroundRepeat, c.backgroundPositionX, c.backgroundImage.replace(/^url\\(".*\\//, 'url("')].join(' | '));
var f = getComputedStyle(document.getElementById('f'));
out.push([f.transitionProperty, f.transitionDuration, f.transitionBehavior, document.getElementById('f').style.font === ''].join(' | '));
console.log(out.join('\\n'));
</script>
""",
"""
transition: opacity .3s | "opacity 0.3s" | 5 | transition-behavior=normal; transition-duration=0.3s; transition-timing-function=ease; transition-delay=0s; transition-property=opacity | transition: opacity 0.3s;
transition: all .2s ease-in-out, color 1s | "0.2s ease-in-out, color 1s" | 5 | transition-behavior=normal, normal; transition-duration=0.2s, 1s; transition-timing-function=ease-in-out, ease; transition-delay=0s, 0s; transition-property=all, color | transition: 0.2s ease-in-out, color 1s;
transition: none | "none" | 5 | transition-behavior=normal; transition-duration=0s; transition-timing-function=ease; transition-delay=0s; transition-property=none | transition: none;
transition: all | "all" | 5 | transition-behavior=normal; transition-duration=0s; transition-timing-function=ease; transition-delay=0s; transition-property=all | transition: all;
transition: inherit | "inherit" | 5 | transition-property=inherit; transition-duration=inherit; transition-timing-function=inherit; transition-delay=inherit; transition-behavior=inherit | transition: inherit;
transition: opacity 1s allow-discrete | "opacity 1s allow-discrete" | 5 | transition-behavior=allow-discrete; transition-duration=1s; transition-timing-function=ease; transition-delay=0s; transition-property=opacity | transition: opacity 1s allow-discrete;
transition: opacity 1s; transition-delay: 2s | "opacity 1s 2s" | 5 | transition-behavior=normal; transition-duration=1s; transition-timing-function=ease; transition-property=opacity; transition-delay=2s | transition: opacity 1s 2s;
transition: opacity 1s, color 2s; transition-delay: 2s | "opacity 1s 2s, color 2s" | 5 | transition-behavior=normal, normal; transition-duration=1s, 2s; transition-timing-function=ease, ease; transition-property=opacity, color; transition-delay=2s | transition: opacity 1s 2s, color 2s;
transition-property: a, b; transition-duration: 1s | "a, b" | 2 | transition-property=a, b; transition-duration=1s | transition-property: a, b; transition-duration: 1s;
transition-property: opacity; transition-duration: 1s; transition-timing-function: ease; transition-delay: 0s; transition-behavior: normal | "opacity" | 5 | transition-property=opacity; transition-duration=1s; transition-timing-function=ease; transition-delay=0s; transition-behavior=normal | transition: opacity 1s;
transition: opacity 1s; transition-duration: var(--d) | "" | 5 | transition-behavior=normal; transition-timing-function=ease; transition-delay=0s; transition-property=opacity; transition-duration=var(--d) | transition-behavior: normal; transition-timing-function: ease; transition-delay: 0s; transition-property: opacity; transition-duration: var(--d);
animation: spin 1s infinite linear | "1s linear 0s infinite normal none running spin" | 11 | animation-duration=1s; animation-timing-function=linear; animation-delay=0s; animation-iteration-count=infinite; animation-direction=normal; animation-fill-mode=none; animation-play-state=running; animation-name=spin; animation-timeline=auto; animation-range-start=normal; animation-range-end=normal | animation: 1s linear 0s infinite normal none running spin;
animation: none | "auto ease 0s 1 normal none running none" | 11 | animation-duration=auto; animation-timing-function=ease; animation-delay=0s; animation-iteration-count=1; animation-direction=normal; animation-fill-mode=none; animation-play-state=running; animation-name=none; animation-timeline=auto; animation-range-start=normal; animation-range-end=normal | animation: auto ease 0s 1 normal none running none;
animation: spin | "auto ease 0s 1 normal none running spin" | 11 | animation-duration=auto; animation-timing-function=ease; animation-delay=0s; animation-iteration-count=1; animation-direction=normal; animation-fill-mode=none; animation-play-state=running; animation-name=spin; animation-timeline=auto; animation-range-start=normal; animation-range-end=normal | animation: auto ease 0s 1 normal none running spin;
animation: a 1s, b 2s | "1s ease 0s 1 normal none running a, 2s ease 0s 1 normal none running b" | 11 | animation-duration=1s, 2s; animation-timing-function=ease, ease; animation-delay=0s, 0s; animation-iteration-count=1, 1; animation-direction=normal, normal; animation-fill-mode=none, none; animation-play-state=running, running; animation-name=a, b; animation-timeline=auto; animation-range-start=normal; animation-range-end=normal | animation: 1s ease 0s 1 normal none running a, 2s ease 0s 1 normal none running b;
animation: spin 1s; animation-timeline: scroll() | "" | 11 | animation-duration=1s; animation-timing-function=ease; animation-delay=0s; animation-iteration-count=1; animation-direction=normal; animation-fill-mode=none; animation-play-state=running; animation-name=spin; animation-range-start=normal; animation-range-end=normal; animation-timeline=scroll() | animation-duration: 1s; animation-timing-function: ease; animation-delay: 0s; animation-iteration-count: 1; animation-direction: normal; animation-fill-mode: none; animation-play-state: running; animation-name: spin; animation-range: normal; animation-timeline: scroll();
animation: spin 1s; animation-delay: 2s | "1s ease 2s 1 normal none running spin" | 11 | animation-duration=1s; animation-timing-function=ease; animation-iteration-count=1; animation-direction=normal; animation-fill-mode=none; animation-play-state=running; animation-name=spin; animation-timeline=auto; animation-range-start=normal; animation-range-end=normal; animation-delay=2s | animation: 1s ease 2s 1 normal none running spin;
animation: inherit | "inherit" | 11 | animation-duration=inherit; animation-timing-function=inherit; animation-delay=inherit; animation-iteration-count=inherit; animation-direction=inherit; animation-fill-mode=inherit; animation-play-state=inherit; animation-name=inherit; animation-timeline=inherit; animation-range-start=inherit; animation-range-end=inherit | animation: inherit;
font: 12px Arial | "12px Arial" | 19 | font-style=normal; font-variant-caps=normal; font-variant-ligatures=normal; font-variant-numeric=normal; font-variant-east-asian=normal; font-variant-alternates=normal; font-size-adjust=none; font-language-override=normal; font-kerning=auto; font-optical-sizing=auto; font-feature-settings=normal; font-variation-settings=normal; font-variant-position=normal; font-variant-emoji=normal; font-weight=normal; font-stretch=normal; font-size=12px; line-height=normal; font-family=Arial | font: 12px Arial;
font: italic small-caps bold condensed 12px/1.5 a, serif | "italic small-caps bold condensed 12px / 1.5 a, serif" | 19 | font-style=italic; font-variant-caps=small-caps; font-variant-ligatures=normal; font-variant-numeric=normal; font-variant-east-asian=normal; font-variant-alternates=normal; font-size-adjust=none; font-language-override=normal; font-kerning=auto; font-optical-sizing=auto; font-feature-settings=normal; font-variation-settings=normal; font-variant-position=normal; font-variant-emoji=normal; font-weight=bold; font-stretch=condensed; font-size=12px; line-height=1.5; font-family=a, serif | font: italic small-caps bold condensed 12px / 1.5 a, serif;
font: 12px a; font-kerning: none | "" | 19 | font-style=normal; font-variant-caps=normal; font-variant-ligatures=normal; font-variant-numeric=normal; font-variant-east-asian=normal; font-variant-alternates=normal; font-size-adjust=none; font-language-override=normal; font-optical-sizing=auto; font-feature-settings=normal; font-variation-settings=normal; font-variant-position=normal; font-variant-emoji=normal; font-weight=normal; font-stretch=normal; font-size=12px; line-height=normal; font-family=a; font-kerning=none | font-style: normal; font-variant: normal; font-size-adjust: none; font-language-override: normal; font-optical-sizing: auto; font-feature-settings: normal; font-variation-settings: normal; font-weight: normal; font-stretch: normal; font-size: 12px; line-height: normal; font-family: a; font-kerning: none;
font: 12px a; font-variant-ligatures: none | "" | 19 | font-style=normal; font-variant-caps=normal; font-variant-numeric=normal; font-variant-east-asian=normal; font-variant-alternates=normal; font-size-adjust=none; font-language-override=normal; font-kerning=auto; font-optical-sizing=auto; font-feature-settings=normal; font-variation-settings=normal; font-variant-position=normal; font-variant-emoji=normal; font-weight=normal; font-stretch=normal; font-size=12px; line-height=normal; font-family=a; font-variant-ligatures=none | font-style: normal; font-variant: none; font-size-adjust: none; font-language-override: normal; font-kerning: auto; font-optical-sizing: auto; font-feature-settings: normal; font-variation-settings: normal; font-weight: normal; font-stretch: normal; font-size: 12px; line-height: normal; font-family: a;
font: 12px a; font-weight: 700 | "700 12px a" | 19 | font-style=normal; font-variant-caps=normal; font-variant-ligatures=normal; font-variant-numeric=normal; font-variant-east-asian=normal; font-variant-alternates=normal; font-size-adjust=none; font-language-override=normal; font-kerning=auto; font-optical-sizing=auto; font-feature-settings=normal; font-variation-settings=normal; font-variant-position=normal; font-variant-emoji=normal; font-stretch=normal; font-size=12px; line-height=normal; font-family=a; font-weight=700 | font: 700 12px a;
font: inherit | "inherit" | 19 | font-style=inherit; font-variant-ligatures=inherit; font-variant-caps=inherit; font-variant-numeric=inherit; font-variant-east-asian=inherit; font-variant-alternates=inherit; font-variant-position=inherit; font-variant-emoji=inherit; font-weight=inherit; font-stretch=inherit; font-size=inherit; line-height=inherit; font-family=inherit; font-optical-sizing=inherit; font-size-adjust=inherit; font-kerning=inherit; font-feature-settings=inherit; font-variation-settings=inherit; font-language-override=inherit | font: inherit;
font: 12px a; font-size-adjust: 0.5 | "" | 19 | font-style=normal; font-variant-caps=normal; font-variant-ligatures=normal; font-variant-numeric=normal; font-variant-east-asian=normal; font-variant-alternates=normal; font-language-override=normal; font-kerning=auto; font-optical-sizing=auto; font-feature-settings=normal; font-variation-settings=normal; font-variant-position=normal; font-variant-emoji=normal; font-weight=normal; font-stretch=normal; font-size=12px; line-height=normal; font-family=a; font-size-adjust=0.5 | font-style: normal; font-variant: normal; font-language-override: normal; font-kerning: auto; font-optical-sizing: auto; font-feature-settings: normal; font-variation-settings: normal; font-weight: normal; font-stretch: normal; font-size: 12px; line-height: normal; font-family: a; font-size-adjust: 0.5;
font: 12px a; font-stretch: 50% | "ultra-condensed 12px a" | 19 | font-style=normal; font-variant-caps=normal; font-variant-ligatures=normal; font-variant-numeric=normal; font-variant-east-asian=normal; font-variant-alternates=normal; font-size-adjust=none; font-language-override=normal; font-kerning=auto; font-optical-sizing=auto; font-feature-settings=normal; font-variation-settings=normal; font-variant-position=normal; font-variant-emoji=normal; font-weight=normal; font-size=12px; line-height=normal; font-family=a; font-stretch=50% | font: ultra-condensed 12px a;
font-variant: small-caps | "small-caps" | 7 | font-variant-ligatures=normal; font-variant-numeric=normal; font-variant-east-asian=normal; font-variant-caps=small-caps; font-variant-alternates=normal; font-variant-position=normal; font-variant-emoji=normal | font-variant: small-caps;
font-variant: none | "none" | 7 | font-variant-ligatures=none; font-variant-caps=normal; font-variant-numeric=normal; font-variant-east-asian=normal; font-variant-alternates=normal; font-variant-position=normal; font-variant-emoji=normal | font-variant: none;
font-variant: common-ligatures tabular-nums | "common-ligatures tabular-nums" | 7 | font-variant-ligatures=common-ligatures; font-variant-numeric=tabular-nums; font-variant-east-asian=normal; font-variant-caps=normal; font-variant-alternates=normal; font-variant-position=normal; font-variant-emoji=normal | font-variant: common-ligatures tabular-nums;
font-variant: normal | "normal" | 7 | font-variant-ligatures=normal; font-variant-caps=normal; font-variant-numeric=normal; font-variant-east-asian=normal; font-variant-alternates=normal; font-variant-position=normal; font-variant-emoji=normal | font-variant: normal;
background: red | "red" | 9 | background-image=initial; background-position-x=initial; background-position-y=initial; background-size=initial; background-repeat=initial; background-attachment=initial; background-origin=initial; background-clip=initial; background-color=red | background: red;
background: url(a.png) no-repeat center / cover, blue | "url(\\"a.png\\") center center / cover no-repeat, blue" | 9 | background-image=url("a.png"), initial; background-position-x=center, initial; background-position-y=center, initial; background-size=cover, initial; background-repeat=no-repeat, initial; background-attachment=initial, initial; background-origin=initial, initial; background-clip=initial, initial; background-color=blue | background: url("a.png") center center / cover no-repeat, blue;
background: none | "none" | 9 | background-image=none; background-position-x=initial; background-position-y=initial; background-size=initial; background-repeat=initial; background-attachment=initial; background-origin=initial; background-clip=initial; background-color=initial | background: none;
background: url(a.png), url(b.png) | "url(\\"a.png\\"), url(\\"b.png\\")" | 9 | background-image=url("a.png"), url("b.png"); background-position-x=initial, initial; background-position-y=initial, initial; background-size=initial, initial; background-repeat=initial, initial; background-attachment=initial, initial; background-origin=initial, initial; background-clip=initial, initial; background-color=initial | background: url("a.png"), url("b.png");
background: red; background-image: url(a.png) | "url(\\"a.png\\") red" | 9 | background-position-x=initial; background-position-y=initial; background-size=initial; background-repeat=initial; background-attachment=initial; background-origin=initial; background-clip=initial; background-color=red; background-image=url("a.png") | background: url("a.png") red;
background: 0 0 | "0px 0px" | 9 | background-image=initial; background-position-x=0px; background-position-y=0px; background-size=initial; background-repeat=initial; background-attachment=initial; background-origin=initial; background-clip=initial; background-color=initial | background: 0px 0px;
background: padding-box | "padding-box padding-box" | 9 | background-image=initial; background-position-x=initial; background-position-y=initial; background-size=initial; background-repeat=initial; background-attachment=initial; background-origin=padding-box; background-clip=padding-box; background-color=initial | background: padding-box padding-box;
background: inherit | "inherit" | 9 | background-image=inherit; background-position-x=inherit; background-position-y=inherit; background-size=inherit; background-repeat=inherit; background-attachment=inherit; background-origin=inherit; background-clip=inherit; background-color=inherit | background: inherit;
background: url(a.png) repeat-x fixed | "url(\\"a.png\\") repeat-x fixed" | 9 | background-image=url("a.png"); background-position-x=initial; background-position-y=initial; background-size=initial; background-repeat=repeat-x; background-attachment=fixed; background-origin=initial; background-clip=initial; background-color=initial | background: url("a.png") repeat-x fixed;
background: red; background-position: 1px 2px | "1px 2px red" | 9 | background-image=initial; background-size=initial; background-repeat=initial; background-attachment=initial; background-origin=initial; background-clip=initial; background-color=red; background-position-x=1px; background-position-y=2px | background: 1px 2px red;
background: red; background-repeat: no-repeat | "no-repeat red" | 9 | background-image=initial; background-position-x=initial; background-position-y=initial; background-size=initial; background-attachment=initial; background-origin=initial; background-clip=initial; background-color=red; background-repeat=no-repeat | background: no-repeat red;
background-image: none; background-position: 0% 0%; background-size: auto; background-repeat: repeat; background-attachment: scroll; background-origin: padding-box; background-clip: border-box; background-color: transparent | "none" | 9 | background-image=none; background-position-x=0%; background-position-y=0%; background-size=auto; background-repeat=repeat; background-attachment=scroll; background-origin=padding-box; background-clip=border-box; background-color=transparent | background: none 0% 0% / auto repeat scroll padding-box border-box transparent;
.m { transition: opacity 0.3s ease-in-out, color 1s; animation: 1s ease 0s infinite normal none running spin; font: italic bold 12px / 30px Georgia, serif; background: url("a.png") center center / cover no-repeat, red; }
.n { font: caption; transition: opacity 1s allow-discrete; }
opacity, color | 0.3s, 1s | ease-in-out, ease | spin | 1s | infinite | italic | 700 | 12px | 30px | Georgia, serif | rgb(255, 0, 0) | cover, auto | no-repeat, repeat | 50%, 0% | url("a.png"), none
opacity | 1s | allow-discrete | true
""");
  }

  /**
   * scroll-margin, scroll-padding and their logical pairs, overscroll-behavior,
   * contain-intrinsic-size, text-emphasis, grid-row, grid-column, grid-area, columns,
   * font-synthesis and marker are kept as their longhands as Chromium 156 keeps them and written
   * back as it writes them.
   */
  @ParameterizedTest
  @EnumSource(JsEngine.class)
  void otherShorthandsAreLonghands(JsEngine engine) throws Exception {
    Runs.assertPagePrints(
        dir,
        "page.html",
        engine,
"""
<!DOCTYPE html><div id=d></div><script>
var s = document.getElementById('d').style; var out = [];
function show(t) {
  s.cssText = t; var l = []; for (var i = 0; i < s.length; i++) l.push(s[i] + '=' + s.getPropertyValue(s[i]));
  var m = /^([a-z-]+)/.exec(t)[1];
  out.push(t + ' | ' + JSON.stringify(s.getPropertyValue(m)) + ' | ' + s.length + ' | ' + l.join('; ') + ' | ' + s.cssText);
}
['scroll-margin: 1px 2px', 'scroll-padding: 0', 'scroll-margin-block: 1px 2px', 'scroll-padding-inline: 3px', 'overscroll-behavior: contain auto',
 'contain-intrinsic-size: 10px 20px', 'contain-intrinsic-size: auto 10px', 'text-emphasis: dot red', 'text-emphasis: none',
 'grid-row: 1', 'grid-row: 1 / 3', 'grid-row: a', 'grid-row: span 2', 'grid-column: 2 / span 3', 'grid-area: a', 'grid-area: 1 / 2 / 3 / 4', 'grid-area: 1 / 2',
 'grid-row-start: 1; grid-row-end: auto', 'grid-row-start: a; grid-row-end: a', 'grid-area: auto',

 'columns: 2 100px', 'columns: auto', 'font-synthesis: none', 'font-synthesis: weight', 'marker: url(#a)', 'place-self: center'
].forEach(show);
console.log(out.join('\\n'));
</script>
""",
"""
scroll-margin: 1px 2px | "1px 2px" | 4 | scroll-margin-top=1px; scroll-margin-right=2px; scroll-margin-bottom=1px; scroll-margin-left=2px | scroll-margin: 1px 2px;
scroll-padding: 0 | "0px" | 4 | scroll-padding-top=0px; scroll-padding-right=0px; scroll-padding-bottom=0px; scroll-padding-left=0px | scroll-padding: 0px;
scroll-margin-block: 1px 2px | "1px 2px" | 2 | scroll-margin-block-start=1px; scroll-margin-block-end=2px | scroll-margin-block: 1px 2px;
scroll-padding-inline: 3px | "3px" | 2 | scroll-padding-inline-start=3px; scroll-padding-inline-end=3px | scroll-padding-inline: 3px;
overscroll-behavior: contain auto | "contain auto" | 2 | overscroll-behavior-x=contain; overscroll-behavior-y=auto | overscroll-behavior: contain auto;
contain-intrinsic-size: 10px 20px | "10px 20px" | 2 | contain-intrinsic-width=10px; contain-intrinsic-height=20px | contain-intrinsic-size: 10px 20px;
contain-intrinsic-size: auto 10px | "auto 10px" | 2 | contain-intrinsic-width=auto 10px; contain-intrinsic-height=auto 10px | contain-intrinsic-size: auto 10px;
text-emphasis: dot red | "dot red" | 2 | text-emphasis-style=dot; text-emphasis-color=red | text-emphasis: dot red;
text-emphasis: none | "none" | 2 | text-emphasis-style=none; text-emphasis-color=initial | text-emphasis: none;
grid-row: 1 | "1" | 2 | grid-row-start=1; grid-row-end=auto | grid-row: 1;
grid-row: 1 / 3 | "1 / 3" | 2 | grid-row-start=1; grid-row-end=3 | grid-row: 1 / 3;
grid-row: a | "a" | 2 | grid-row-start=a; grid-row-end=a | grid-row: a;
grid-row: span 2 | "span 2" | 2 | grid-row-start=span 2; grid-row-end=auto | grid-row: span 2;
grid-column: 2 / span 3 | "2 / span 3" | 2 | grid-column-start=2; grid-column-end=span 3 | grid-column: 2 / span 3;
grid-area: a | "a" | 4 | grid-row-start=a; grid-column-start=a; grid-row-end=a; grid-column-end=a | grid-area: a;
grid-area: 1 / 2 / 3 / 4 | "1 / 2 / 3 / 4" | 4 | grid-row-start=1; grid-column-start=2; grid-row-end=3; grid-column-end=4 | grid-area: 1 / 2 / 3 / 4;
grid-area: 1 / 2 | "1 / 2" | 4 | grid-row-start=1; grid-column-start=2; grid-row-end=auto; grid-column-end=auto | grid-area: 1 / 2;
grid-row-start: 1; grid-row-end: auto | "1" | 2 | grid-row-start=1; grid-row-end=auto | grid-row: 1;
grid-row-start: a; grid-row-end: a | "a" | 2 | grid-row-start=a; grid-row-end=a | grid-row: a;
grid-area: auto | "auto" | 4 | grid-row-start=auto; grid-column-start=auto; grid-row-end=auto; grid-column-end=auto | grid-area: auto;
columns: 2 100px | "100px 2" | 4 | column-width=100px; column-count=2; column-height=auto; column-wrap=auto | columns: 100px 2;
columns: auto | "auto" | 4 | column-width=auto; column-count=auto; column-height=auto; column-wrap=auto | columns: auto;
font-synthesis: none | "none" | 3 | font-synthesis-weight=none; font-synthesis-style=none; font-synthesis-small-caps=none | font-synthesis: none;
font-synthesis: weight | "weight" | 3 | font-synthesis-weight=auto; font-synthesis-style=none; font-synthesis-small-caps=none | font-synthesis: weight;
marker: url(#a) | "url(\\"#a\\")" | 3 | marker-start=url("#a"); marker-mid=url("#a"); marker-end=url("#a") | marker: url("#a");
place-self: center | "center" | 2 | align-self=center; justify-self=center | place-self: center;
""");
  }

  /**
   * CSS Text 4: white-space is kept as white-space-collapse and text-wrap-mode, text-wrap as
   * text-wrap-mode and text-wrap-style, written back as Chromium 156 writes them; white-space
   * computed from its longhands (the user-agent sheet's pre and nobr, inherited, through var()).
   */
  @ParameterizedTest
  @EnumSource(JsEngine.class)
  void whiteSpaceAndTextWrapAreLonghands(JsEngine engine) throws Exception {
    Runs.assertPagePrints(
        dir,
        "page.html",
        engine,
"""
<!DOCTYPE html><html><head><style>
.a { white-space: nowrap } .b { white-space: pre-line } .c { white-space: wrap } .d { text-wrap: balance } .e { white-space: preserve nowrap }
.f { white-space: var(--w, pre) }
</style></head><body><pre id=p>x</pre><div id=a class=a><span id=s>x</span></div><div id=b class=b></div><div id=c class=c></div><div id=d class=d></div><div id=e class=e></div><div id=f class=f></div><nobr id=n></nobr><script>
var out = [];
var s = document.getElementById('a').style;
['white-space: pre-wrap', 'white-space: pre', 'white-space: normal', 'white-space: break-spaces', 'white-space: preserve-spaces',
 'white-space-collapse: preserve; text-wrap-mode: wrap', 'white-space-collapse: preserve-breaks; text-wrap-mode: nowrap',
 'text-wrap: nowrap', 'text-wrap: balance', 'text-wrap: wrap pretty', 'white-space: inherit', 'white-space: nowrap; text-wrap-mode: wrap'].forEach(function (t) {
  s.cssText = t;
  var l = [];
  for (var i = 0; i < s.length; i++) l.push(s[i] + '=' + s.getPropertyValue(s[i]));
  out.push(t + ' | ' + JSON.stringify(s.whiteSpace) + ' | ' + JSON.stringify(s.textWrap) + ' | ' + l.join('; ') + ' | ' + s.cssText + ' .');
});
s.cssText = '';
['p', 'a', 's', 'b', 'c', 'd', 'e', 'f', 'n'].forEach(function (id) {
  var c = getComputedStyle(document.getElementById(id));
  out.push(id + ' ' + [c.whiteSpace, c.whiteSpaceCollapse, c.textWrapMode, c.textWrapStyle].join(' | '));
});
var rules = document.styleSheets[0].cssRules;
for (var i = 0; i < rules.length; i++) out.push(rules[i].cssText);
console.log(out.join('\\n'));
</script></body></html>
""",
"""
white-space: pre-wrap | "pre-wrap" | "" | white-space-collapse=preserve; text-wrap-mode=wrap | white-space: pre-wrap; .
white-space: pre | "pre" | "" | white-space-collapse=preserve; text-wrap-mode=nowrap | white-space: pre; .
white-space: normal | "normal" | "" | white-space-collapse=collapse; text-wrap-mode=wrap | white-space: normal; .
white-space: break-spaces | "break-spaces" | "" | white-space-collapse=break-spaces; text-wrap-mode=wrap | white-space: break-spaces; .
white-space: preserve-spaces | "" | "" |  |  .
white-space-collapse: preserve; text-wrap-mode: wrap | "pre-wrap" | "" | white-space-collapse=preserve; text-wrap-mode=wrap | white-space: pre-wrap; .
white-space-collapse: preserve-breaks; text-wrap-mode: nowrap | "preserve-breaks nowrap" | "" | white-space-collapse=preserve-breaks; text-wrap-mode=nowrap | white-space: preserve-breaks nowrap; .
text-wrap: nowrap | "" | "nowrap" | text-wrap-mode=nowrap; text-wrap-style=initial | text-wrap: nowrap; .
text-wrap: balance | "" | "balance" | text-wrap-mode=initial; text-wrap-style=balance | text-wrap: balance; .
text-wrap: wrap pretty | "" | "pretty" | text-wrap-mode=wrap; text-wrap-style=pretty | text-wrap: pretty; .
white-space: inherit | "inherit" | "" | white-space-collapse=inherit; text-wrap-mode=inherit | white-space: inherit; .
white-space: nowrap; text-wrap-mode: wrap | "normal" | "" | white-space-collapse=collapse; text-wrap-mode=wrap | white-space: normal; .
p pre | preserve | nowrap | auto
a nowrap | collapse | nowrap | auto
s nowrap | collapse | nowrap | auto
b pre-line | preserve-breaks | wrap | auto
c normal | collapse | wrap | auto
d normal | collapse | wrap | balance
e pre | preserve | nowrap | auto
f pre | preserve | nowrap | auto
n nowrap | collapse | nowrap | auto
.a { white-space: nowrap; }
.b { white-space: pre-line; }
.c { white-space: normal; }
.d { text-wrap: balance; }
.e { white-space: pre; }
.f { white-space: var(--w, pre); }
""");
  }
}
