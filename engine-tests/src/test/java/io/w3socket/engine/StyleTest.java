package io.w3socket.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * An element's inline style (CSSOM #the-elementcssinlinestyle-mixin), a CSSStyleDeclaration over
 * its style attribute, in both engines: parsing the attribute (unsupported properties and
 * declarations without a value dropped, custom properties as written), the camel-cased and dashed
 * attributes, setProperty with its priority, removeProperty, cssText, cssFloat, the indexed
 * properties, [SameObject] and [PutForwards=cssText]. The page prints what headless Chromium 156
 * printed for it (SpecifiedValuesTest has values in other forms than Chromium's canonical one).
 */
class StyleTest {
  @TempDir Path dir;

  @ParameterizedTest
  @EnumSource(JsEngine.class)
  void theStyleAttributeAsADeclarationBlock(JsEngine engine) throws Exception {
    Path file = dir.resolve("page.html");
    Files.writeString(
        file,
"""
<!DOCTYPE html><html><body><div id="d" style="color: red;  margin-TOP:1px ; --My-Var: x ; bogus: 1; font-weight: bold !important"></div><script>
var out = [];
var d = document.getElementById('d');
var st = d.style;
out.push((typeof Symbol === 'function' && Symbol.toStringTag ? Object.prototype.toString.call(st) : '[object CSSStyleDeclaration]') + ' ' + (st === d.style) + ' ' + (st instanceof CSSStyleDeclaration) + ' ' + st.length);
out.push(st.cssText);
out.push([st.color, st.getPropertyValue('margin-top'), st.getPropertyValue('--My-Var'), st.getPropertyValue('--my-var'), st.fontWeight, st.getPropertyPriority('font-weight'), st.item(0), st[1], st.item(9)].join('|'));
st.display = 'none';
st.backgroundColor = 'blue';
st['border-top-width'] = '3px';
out.push(d.getAttribute('style'));
st.color = 'green';
out.push(st.cssText + ' | ' + st.length);
st.color = '';
out.push(st.cssText);
out.push(st.removeProperty('display') + '|' + st.removeProperty('display') + '|' + st.cssText);
st.setProperty('z-index', 5, 'IMPORTANT');
st.setProperty('opacity', '0.5', 'bogus');
st.setProperty('unknown-prop', '1');
st.setProperty('--x', ' 7 ');
out.push(st.cssText);
st.cssFloat = 'left';
out.push(st.cssFloat + ' ' + st.getPropertyValue('float') + ' ' + st['float']);
d.setAttribute('style', 'width: 10px');
out.push(st.cssText + ' ' + st.width + ' ' + st.length);
st.cssText = 'height: 2px; top: 1px';
out.push(d.getAttribute('style') + ' ' + st.height);
d.style = 'left: 3px';
out.push(d.getAttribute('style'));
st.cssText = '';
out.push(JSON.stringify(d.getAttribute('style')) + ' ' + st.length);
var e = document.createElement('span');
out.push(JSON.stringify(e.getAttribute('style')) + ' ' + e.style.cssText.length + ' ' + e.style.color.length + ' ' + JSON.stringify(e.getAttribute('style')));
e.style.color = null;
out.push(JSON.stringify(e.getAttribute('style')));
e.style.transition = 'opacity  1s';
out.push(e.getAttribute('style'));
out.push(['display' in st, 'backgroundColor' in st, 'background-color' in st, 'webkitTransform' in st, 'nonsense' in st, typeof CSSStyleDeclaration.prototype.setProperty].join(' '));
try { new CSSStyleDeclaration(); } catch (x) { out.push(x.name + ': ' + x.message); }
try { st.setProperty('color'); } catch (x) { out.push(x.name + ': ' + x.message); }
e.style.setProperty('content', '"a;b"');
out.push(e.getAttribute('style'));
console.log(out.join('\\n'));
</script></body></html>
""",
        StandardCharsets.UTF_8);
    Runs.Outcome o = Runs.run(engine, b -> {}, c -> c.runPage(file, null));
    assertEquals(
        List.of(
"""
[object CSSStyleDeclaration] true true 4
color: red; margin-top: 1px; --My-Var: x; font-weight: bold !important;
red|1px|x||bold|important|color|margin-top|
color: red; margin-top: 1px; --My-Var: x; font-weight: bold !important; display: none; background-color: blue; border-top-width: 3px;
color: green; margin-top: 1px; --My-Var: x; font-weight: bold !important; display: none; background-color: blue; border-top-width: 3px; | 7
margin-top: 1px; --My-Var: x; font-weight: bold !important; display: none; background-color: blue; border-top-width: 3px;
none||margin-top: 1px; --My-Var: x; font-weight: bold !important; background-color: blue; border-top-width: 3px;
margin-top: 1px; --My-Var: x; font-weight: bold !important; background-color: blue; border-top-width: 3px; z-index: 5 !important; --x: 7;
left left left
width: 10px; 10px 1
height: 2px; top: 1px; 2px
left: 3px;
"" 0
null 0 0 null
null
transition: opacity 1s;
true true true true false function
TypeError: Failed to construct 'CSSStyleDeclaration': Illegal constructor
TypeError: Failed to execute 'setProperty' on 'CSSStyleDeclaration': 2 arguments required, but only 1 present.
transition: opacity 1s; content: "a;b";
"""
                .split("\n")),
        o.out(),
        o::toString);
  }

  /**
   * CSSOM #dom-cssstyledeclaration-getpropertyvalue and -getpropertypriority of a longhand that a
   * shorthand in the block sets (the last declaration that sets it wins; a logical property is one
   * of its own; a shorthand with var() leaves its longhands ""): Chromium 156's lines. Chromium
   * reads border-color back from border and background-image as initial from background; this host
   * reads a shorthand only as declared, so the page leaves those out.
   */
  @ParameterizedTest
  @EnumSource(JsEngine.class)
  void aShorthandsLonghandsAreRead(JsEngine engine) throws Exception {
    Runs.assertPagePrints(
        dir,
        "shorthands.html",
        engine,
"""
<!DOCTYPE html><html><body><div id="c"></div><script>
var c = document.getElementById('c');
function show(css, names) {
  c.style.cssText = css;
  names.forEach(function (n) { console.log(css + ' | ' + n + ': ' + JSON.stringify(c.style.getPropertyValue(n)) + ' ' + JSON.stringify(c.style.getPropertyPriority(n))); });
}
show('margin: 0px auto', ['margin-top', 'margin-left']);
show('margin: 1px 2px 3px !important', ['margin-bottom', 'margin-left']);
show('margin: 1px; margin-left: 5px', ['margin-left', 'margin-top']);
show('padding: inherit', ['padding-top']);
show('border: 2px dashed blue', ['border-top-color', 'border-left-width', 'border-right-style']);
show('border: 2px dashed', ['border-top-color']);
show('border-top: thin solid', ['border-top-width', 'border-top-color', 'border-bottom-width']);
show('background: red', ['background-color']);
show('font: italic bold 12px/30px Georgia, serif', ['font-style', 'font-weight', 'font-size', 'line-height', 'font-family', 'font-variant']);
show('flex: 1', ['flex-grow', 'flex-shrink', 'flex-basis']);
show('flex: none', ['flex-grow', 'flex-shrink', 'flex-basis']);
show('margin: var(--x) 1px', ['margin-top', 'margin-left']);
show('transition: opacity 0.3s ease-in', ['transition-property', 'transition-duration', 'transition-timing-function', 'transition-delay']);
show('overflow: hidden auto', ['overflow-x', 'overflow-y']);
show('inset: 1px 2px', ['top', 'left']);
show('border-radius: 4px 8px', ['border-top-left-radius', 'border-top-right-radius']);
show('gap: 1px 2px', ['row-gap', 'column-gap']);
show('outline: 1px solid red', ['outline-color', 'outline-width']);
show('list-style: square inside', ['list-style-type', 'list-style-position']);
show('text-decoration: underline dotted red', ['text-decoration-line', 'text-decoration-color']);
show('margin-inline: 3px 4px', ['margin-left', 'margin-right', 'margin-inline-start']);
show('margin-left: 3px; margin-inline-start: 4px', ['margin-left', 'margin-inline-start']);
show('place-items: center start', ['align-items', 'justify-items']);
show('animation: spin 2s infinite', ['animation-name', 'animation-iteration-count', 'animation-duration']);
</script></body></html>
""",
"""
margin: 0px auto | margin-top: "0px" ""
margin: 0px auto | margin-left: "auto" ""
margin: 1px 2px 3px !important | margin-bottom: "3px" "important"
margin: 1px 2px 3px !important | margin-left: "2px" "important"
margin: 1px; margin-left: 5px | margin-left: "5px" ""
margin: 1px; margin-left: 5px | margin-top: "1px" ""
padding: inherit | padding-top: "inherit" ""
border: 2px dashed blue | border-top-color: "blue" ""
border: 2px dashed blue | border-left-width: "2px" ""
border: 2px dashed blue | border-right-style: "dashed" ""
border: 2px dashed | border-top-color: "currentcolor" ""
border-top: thin solid | border-top-width: "thin" ""
border-top: thin solid | border-top-color: "currentcolor" ""
border-top: thin solid | border-bottom-width: "" ""
background: red | background-color: "red" ""
font: italic bold 12px/30px Georgia, serif | font-style: "italic" ""
font: italic bold 12px/30px Georgia, serif | font-weight: "bold" ""
font: italic bold 12px/30px Georgia, serif | font-size: "12px" ""
font: italic bold 12px/30px Georgia, serif | line-height: "30px" ""
font: italic bold 12px/30px Georgia, serif | font-family: "Georgia, serif" ""
font: italic bold 12px/30px Georgia, serif | font-variant: "normal" ""
flex: 1 | flex-grow: "1" ""
flex: 1 | flex-shrink: "1" ""
flex: 1 | flex-basis: "0%" ""
flex: none | flex-grow: "0" ""
flex: none | flex-shrink: "0" ""
flex: none | flex-basis: "auto" ""
margin: var(--x) 1px | margin-top: "" ""
margin: var(--x) 1px | margin-left: "" ""
transition: opacity 0.3s ease-in | transition-property: "opacity" ""
transition: opacity 0.3s ease-in | transition-duration: "0.3s" ""
transition: opacity 0.3s ease-in | transition-timing-function: "ease-in" ""
transition: opacity 0.3s ease-in | transition-delay: "0s" ""
overflow: hidden auto | overflow-x: "hidden" ""
overflow: hidden auto | overflow-y: "auto" ""
inset: 1px 2px | top: "1px" ""
inset: 1px 2px | left: "2px" ""
border-radius: 4px 8px | border-top-left-radius: "4px" ""
border-radius: 4px 8px | border-top-right-radius: "8px" ""
gap: 1px 2px | row-gap: "1px" ""
gap: 1px 2px | column-gap: "2px" ""
outline: 1px solid red | outline-color: "red" ""
outline: 1px solid red | outline-width: "1px" ""
list-style: square inside | list-style-type: "square" ""
list-style: square inside | list-style-position: "inside" ""
text-decoration: underline dotted red | text-decoration-line: "underline" ""
text-decoration: underline dotted red | text-decoration-color: "red" ""
margin-inline: 3px 4px | margin-left: "" ""
margin-inline: 3px 4px | margin-right: "" ""
margin-inline: 3px 4px | margin-inline-start: "3px" ""
margin-left: 3px; margin-inline-start: 4px | margin-left: "3px" ""
margin-left: 3px; margin-inline-start: 4px | margin-inline-start: "4px" ""
place-items: center start | align-items: "center" ""
place-items: center start | justify-items: "start" ""
animation: spin 2s infinite | animation-name: "spin" ""
animation: spin 2s infinite | animation-iteration-count: "infinite" ""
animation: spin 2s infinite | animation-duration: "2s" ""
""");
  }

  /**
   * CSSOM #dom-cssstyledeclaration-getpropertyvalue of a shorthand whose longhands are set one by
   * one or by other shorthands (written as few values as say them, each set with one importance; an
   * important declaration of a longhand wins over a later one that is not); border only as declared
   * (Chromium writes it with border-image's longhands too): Chromium 156's lines.
   */
  @ParameterizedTest
  @EnumSource(JsEngine.class)
  void aShorthandIsReadFromItsLonghands(JsEngine engine) throws Exception {
    Runs.assertPagePrints(
        dir,
        "longhands.html",
        engine,
"""
<!DOCTYPE html><html><body><div id="c"></div><script>
var c = document.getElementById('c');
function show(css, names) {
  c.style.cssText = css;
  names.forEach(function (n) { console.log(css + ' | ' + n + ': ' + JSON.stringify(c.style.getPropertyValue(n)) + ' ' + JSON.stringify(c.style.getPropertyPriority(n))); });
}
show('margin-top: 1px; margin-right: 2px; margin-bottom: 1px; margin-left: 2px', ['margin']);
show('margin-top: 1px; margin-right: 2px; margin-bottom: 3px', ['margin']);
show('margin: 1px; margin-left: 5px', ['margin']);
show('margin: 1px !important; margin-left: 5px', ['margin', 'margin-left']);
show('padding-top: 1px !important; padding-right: 1px !important; padding-bottom: 1px !important; padding-left: 1px !important', ['padding']);
show('margin: var(--x)', ['margin', 'margin-top']);
show('border: 2px dashed blue', ['border-color', 'border-width', 'border-style', 'border-top', 'border']);
show('border: 2px dashed blue; border-left-color: red', ['border-color', 'border-left', 'border']);
show('border-top: 1px solid red; border-right: 1px solid red; border-bottom: 1px solid red; border-left: 1px solid red', ['border']);
show('overflow-x: hidden; overflow-y: auto', ['overflow']);
show('row-gap: 3px; column-gap: 3px', ['gap']);
show('flex-grow: 2; flex-shrink: 1; flex-basis: 10px', ['flex']);
show('border-top-left-radius: 4px; border-top-right-radius: 4px; border-bottom-right-radius: 4px; border-bottom-left-radius: 4px', ['border-radius']);
show('align-items: center; justify-items: start', ['place-items']);
show('background: url(a.png) center', ['background-position']);
show('margin-inline-start: 1px; margin-inline-end: 2px', ['margin-inline']);
show('top: 1px; right: 1px; bottom: 1px; left: 1px', ['inset']);
</script></body></html>
""",
"""
margin-top: 1px; margin-right: 2px; margin-bottom: 1px; margin-left: 2px | margin: "1px 2px" ""
margin-top: 1px; margin-right: 2px; margin-bottom: 3px | margin: "" ""
margin: 1px; margin-left: 5px | margin: "1px 1px 1px 5px" ""
margin: 1px !important; margin-left: 5px | margin: "1px" "important"
margin: 1px !important; margin-left: 5px | margin-left: "1px" "important"
padding-top: 1px !important; padding-right: 1px !important; padding-bottom: 1px !important; padding-left: 1px !important | padding: "1px" "important"
margin: var(--x) | margin: "var(--x)" ""
margin: var(--x) | margin-top: "" ""
border: 2px dashed blue | border-color: "blue" ""
border: 2px dashed blue | border-width: "2px" ""
border: 2px dashed blue | border-style: "dashed" ""
border: 2px dashed blue | border-top: "2px dashed blue" ""
border: 2px dashed blue | border: "2px dashed blue" ""
border: 2px dashed blue; border-left-color: red | border-color: "blue blue blue red" ""
border: 2px dashed blue; border-left-color: red | border-left: "2px dashed red" ""
border: 2px dashed blue; border-left-color: red | border: "" ""
border-top: 1px solid red; border-right: 1px solid red; border-bottom: 1px solid red; border-left: 1px solid red | border: "" ""
overflow-x: hidden; overflow-y: auto | overflow: "hidden auto" ""
row-gap: 3px; column-gap: 3px | gap: "3px" ""
flex-grow: 2; flex-shrink: 1; flex-basis: 10px | flex: "2 1 10px" ""
border-top-left-radius: 4px; border-top-right-radius: 4px; border-bottom-right-radius: 4px; border-bottom-left-radius: 4px | border-radius: "4px" ""
align-items: center; justify-items: start | place-items: "center start" ""
background: url(a.png) center | background-position: "center center" ""
margin-inline-start: 1px; margin-inline-end: 2px | margin-inline: "1px 2px" ""
top: 1px; right: 1px; bottom: 1px; left: 1px | inset: "1px" ""
""");
  }
}
