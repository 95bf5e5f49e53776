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
 * printed for it; it sets no shorthand and no value Chromium would put in another form, as this
 * host keeps values as written.
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
}
