package io.w3socket.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * innerHTML and outerHTML as HTML #serialising-html-fragments writes them (HtmlSerializer), in both
 * engines: boolean attributes with their empty or own values, attribute and text escaping (no-break
 * spaces, quotes, angle brackets), raw text elements' text as it is (also a style's a script set),
 * void elements, SVG and MathML, a template's contents, comments; and the textarea's leading
 * newline the parser drops. The page prints what headless Chromium 156 printed for it.
 */
class HtmlSerializationTest {
  @TempDir Path dir;

  @ParameterizedTest
  @EnumSource(JsEngine.class)
  void serializesAsChromiumDoes(JsEngine engine) throws Exception {
    Path page = dir.resolve("serialize.html");
    Files.writeString(
        page,
"""
<!DOCTYPE html><html><body><div id=d title="a<b>&quot;c&amp;&nbsp;" data-x='single "q"'>t&lt;x&gt;&amp;&nbsp;y<br><input disabled checked=checked value=""><img alt><!-- c --><style>p>a{}</style><textarea>
a<b</textarea><pre>
x</pre><svg><circle r=1 /><foreignObject><p>h</p></foreignObject></svg><math><mi>x</mi></math><template><b>t</b></template><noscript><p>n</p></noscript><xmp>a<b</xmp><iframe>x<y</iframe></div><script>
var d = document.getElementById('d');
d.setAttribute('data-y', 'a<b>c');
var e = document.createElement('span'); e.setAttribute('x', '\\u00a0&"\\'<>'); e.textContent = '<&>\\u00a0"\\''; d.appendChild(e);
var s = document.createElement('style'); s.textContent = 'a > b { content: "&" }'; d.appendChild(s);
console.log(d.outerHTML);
console.log(document.querySelector('textarea').value === 'a<b', document.querySelector('textarea').textContent.length);
var f = document.createDocumentFragment(); f.appendChild(document.createComment('x--y')); f.appendChild(document.createTextNode('t')); var w = document.createElement('div'); w.appendChild(f); console.log(w.innerHTML);
</script></body></html>
""");
    Runs.Outcome o = Runs.run(engine, b -> {}, c -> c.runPage(page, null));
    assertEquals(
        List.of(
"""
<div id="d" title="a&lt;b&gt;&quot;c&amp;&nbsp;" data-x="single &quot;q&quot;" data-y="a&lt;b&gt;c">t&lt;x&gt;&amp;&nbsp;y<br><input disabled="" checked="checked" value=""><img alt=""><!-- c --><style>p>a{}</style><textarea>a&lt;b</textarea><pre>x</pre><svg><circle r="1"></circle><foreignObject><p>h</p></foreignObject></svg><math><mi>x</mi></math><template><b>t</b></template><noscript><p>n</p></noscript><xmp>a<b</xmp><iframe>x<y</iframe><span x="&nbsp;&amp;&quot;'&lt;&gt;">&lt;&amp;&gt;&nbsp;"'</span><style>a > b { content: "&" }</style></div>
true 3
<!--x--y-->t
"""
                .split("\\n")),
        o.out(),
        o::toString);
  }
}
