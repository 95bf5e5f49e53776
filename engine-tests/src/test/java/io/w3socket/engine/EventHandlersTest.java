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
 * Event handlers of elements, the document and the window (HTML #event-handler-attributes): the IDL
 * attributes each prototype has, the content attributes of the same names, a body element's that
 * are the window's, and the document's readystatechange. Each page's expected output is what
 * headless Chromium 156 printed for it (the click there was playwright's real one).
 */
class EventHandlersTest {
  @TempDir Path dir;

  private Runs.Outcome run(JsEngine engine, String html, String click) throws Exception {
    Path file = dir.resolve("handlers.html");
    Files.writeString(file, html, StandardCharsets.UTF_8);
    return Runs.run(engine, b -> {}, c -> c.runPage(file, click));
  }

  @ParameterizedTest
  @EnumSource(JsEngine.class)
  void eachPrototypeHasChromiumsHandlers(JsEngine engine) throws Exception {
    Runs.Outcome o =
        run(
            engine,
            """
            <!DOCTYPE html><html><body><script>
            function ons(o) {
              return Object.getOwnPropertyNames(o).filter(function (n) { return n.slice(0, 2) === 'on'; });
            }
            function has(o, names) {
              return names.split(' ').every(function (n) { return ons(o).indexOf('on' + n) >= 0; });
            }
            console.log([ons(HTMLElement.prototype).length, ons(Element.prototype).length,
                ons(Document.prototype).length, ons(window).length,
                ons(HTMLBodyElement.prototype).length].join(' '));
            console.log([has(HTMLElement.prototype, 'click mousedown pointerup focus copy keydown wheel'),
                has(Document.prototype, 'click readystatechange visibilitychange fullscreenchange paste'),
                has(window, 'click message popstate unhandledrejection storage'),
                has(HTMLBodyElement.prototype, 'load message popstate blur'),
                'onDOMContentLoaded' in window, 'oncopy' in window,
                'onreadystatechange' in document.body, 'onmessage' in document.createElement('div'),
                document.body instanceof HTMLBodyElement,
                document.body.constructor === HTMLBodyElement].join(' '));
            </script></body></html>
            """,
            null);
    assertEquals(
        List.of(
            // window's 126 include the page's own function ons.
            "102 8 117 126 24", "true true true true false false false false true true"),
        o.out(),
        o::toString);
  }

  /**
   * The runner's click on a button whose handlers are content attributes (one set later with
   * setAttribute; one that does not compile, reported when read), bubbling to its parent's content
   * attribute handler (an element no script touched) and to the body's, the document's and the
   * window's handlers; the body's onload and onmessage attributes are the window's;
   * readystatechange at the document before DOMContentLoaded and before load.
   */
  @ParameterizedTest
  @EnumSource(JsEngine.class)
  void contentAndIdlHandlersAsChromiumRunsThem(JsEngine engine) throws Exception {
    Runs.Outcome o =
        run(
            engine,
"""
<!DOCTYPE html><html><head><script>
var log = [];
function L(s) { log.push(s); }
document.onreadystatechange = function (e) {
  L('document readystatechange ' + document.readyState + ' ' + e.bubbles + ' ' + e.cancelable);
};
</script></head>
<body onload="L('body onload ' + (this === window) + ' ' + event.type)" onfocus="L('never')"
    onmessage="L('body onmessage ' + event.data + ' ' + (this === window))">
<div onmouseup="L('div onmouseup ' + this.tagName)"><button id="b" onmousedown="L('mousedown ' + event.type + ' ' + (this === b))"
    onpointerdown="L('pointerdown ' + event.pointerType)" onmouseover="L('mouseover')"
    onfocus="L('focus ' + (document.activeElement === this))" onmouseup="L('mouseup')">Go</button></div>
<script>
var b = document.getElementById('b');
document.body.onclick = function () { L('body onclick ' + (this === document.body)); };
L('in window ' + ('onDOMContentLoaded' in window) + ' ' + typeof window.onmousedown + ' '
    + (window.onmessage !== null) + ' ' + typeof document.body.onmessage);
L('body onload is window.onload ' + (document.body.onload === window.onload) + ' ' + typeof window.onload);
L('button handler ' + typeof b.onmousedown + ' ' + typeof b.onmouseenter + ' ' + (b.onpointerup === null));
document.onclick = function (e) { L('document onclick ' + (this === document) + ' ' + e.eventPhase); };
window.onclick = function (e) { L('window onclick ' + (this === window) + ' ' + e.eventPhase); };
b.setAttribute('onpointerup', "L('pointerup from setAttribute')");
b.setAttribute('onkeydown', 'this is not javascript');
b.setAttribute('onfoo', "L('never: onfoo')");
b.onclick = function () {
  L('button onclick');
  setTimeout(function () { window.postMessage('pm', '*'); }, 0);
};
window.addEventListener('message', function () {
  setTimeout(function () {
    L('onkeydown read: ' + (b.onkeydown === null));
    console.log(log.join('\\n'));
  }, 0);
});
document.addEventListener('DOMContentLoaded', function () { L('DOMContentLoaded ' + document.readyState); });
</script></body></html>
""",
            "Go");
    assertEquals(
        List.of(
            "in window false object true function",
            "body onload is window.onload true function",
            "button handler function object true",
            "document readystatechange interactive false false",
            "DOMContentLoaded interactive",
            "document readystatechange complete false false",
            "body onload true load",
            "mouseover",
            "pointerdown mouse",
            "mousedown mousedown true",
            "focus true",
            "pointerup from setAttribute",
            "mouseup",
            "div onmouseup DIV",
            "button onclick",
            "body onclick true",
            "document onclick true 3",
            "window onclick true 3",
            "body onmessage pm true",
            "onkeydown read: true"),
        o.out(),
        o::toString);
    // Reading the handler whose body does not compile reported it (HTML
    // #getting-the-current-value-of-the-event-handler), as Chromium's console shows.
    assertEquals(RunResult.Status.SCRIPT_ERROR, o.result().status(), o::toString);
    assertEquals(
        "SyntaxError: the onkeydown handler does not compile: Expected ; but found is",
        o.result().message().replaceAll("^[^:]*: (?=SyntaxError)", ""),
        o::toString);
  }
}
