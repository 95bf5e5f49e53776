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
 * The DOM on the page's jsoup tree (WHATWG DOM #nodes, #interface-element, #interface-document;
 * HTML #the-end, #prepare-the-script-element), in both engines.
 */
class DomTest {
  @TempDir Path dir;

  private Runs.Outcome page(JsEngine engine, String body) throws Exception {
    String html =
        "<!DOCTYPE html>\n<html><head><title>DOM page</title><meta name=\"k\" content=\"v\">"
            + "</head><body>\n<div id=\"a\" class=\"x y\">Hello <b>world</b></div>\n"
            + "<ul><li class=\"y\">1</li><li>2</li></ul>\n<script>\n"
            + JsChecks.PRELUDE
            + body
            + "\n</script>\n</body></html>\n";
    Path file = dir.resolve("page.html");
    Files.writeString(file, html, StandardCharsets.UTF_8);
    return Runs.run(engine, b -> {}, c -> c.runPage(file, null));
  }

  @ParameterizedTest
  @EnumSource(JsEngine.class)
  void treeNavigationAndQueries(JsEngine engine) throws Exception {
    String body =
        """
check('document', document instanceof Document && document instanceof Node && document.nodeType === 9);
check('roots', document.documentElement.tagName === 'HTML' && document.head.tagName === 'HEAD'
    && document.body.tagName === 'BODY');
var a = document.getElementById('a');
check('same wrapper each time', a === document.getElementById('a') && a === document.querySelector('#a'));
check('element', a instanceof HTMLElement && a instanceof Element && a.nodeType === 1 && a.localName === 'div');
check('textContent is the raw text', a.textContent === 'Hello world');
check('childNodes', a.childNodes.length === 2 && a.firstChild.nodeType === 3 && a.firstChild.data === 'Hello '
    && a.lastChild.tagName === 'B');
check('siblings and parents', a.firstChild.nextSibling === a.lastChild && a.lastChild.previousSibling === a.firstChild
    && a.lastChild.parentNode === a && a.parentElement === document.body);
check('reflected attributes', a.id === 'a' && a.className === 'x y' && a.getAttribute('CLASS') === 'x y');
check('getElementsByTagName', document.getElementsByTagName('li').length === 2
    && document.getElementsByTagName('*').length >= 9);
check('getElementsByClassName', document.getElementsByClassName('y').length === 2
    && document.getElementsByClassName('x y').length === 1);
check('querySelectorAll', document.querySelectorAll('ul > li').length === 2
    && document.querySelector('li.y').textContent === '1' && document.querySelector('nope') === null);
throwsName('bad selector', function () { document.querySelector('[['); }, 'SyntaxError');
check('meta', document.getElementsByTagName('meta')[0].content === 'v');
check('title and URL', document.title === 'DOM page' && document.URL === location.href);
check('readyState while parsing', document.readyState === 'loading');
done();
""";
    JsChecks.assertPassed(page(engine, body), WebIdlTest.countChecks(body));
  }

  @ParameterizedTest
  @EnumSource(JsEngine.class)
  void mutation(JsEngine engine) throws Exception {
    String body =
        """
var d = document.createElement('DIV');
check('createElement lowercases', d.localName === 'div' && d.tagName === 'DIV' && d.parentNode === null
    && !d.isConnected);
d.setAttribute('data-k', 'v');
check('attributes', d.getAttribute('data-k') === 'v' && d.hasAttribute('data-k')
    && d.attributes.length === 1 && d.attributes[0].name === 'data-k');
d.appendChild(document.createTextNode('t'));
document.body.appendChild(d);
check('appendChild', d.parentNode === document.body && document.body.lastChild === d && d.isConnected);
check('outerHTML', d.outerHTML === '<div data-k="v">t</div>', d.outerHTML);
var first = document.createElement('p');
document.body.insertBefore(first, document.body.firstChild);
check('insertBefore', document.body.firstChild === first);
document.body.appendChild(first);
check('inserting moves a node', document.body.lastChild === first && document.body.firstChild !== first);
document.body.removeChild(first);
check('removeChild', first.parentNode === null);
throwsName('removing a non-child', function () { document.body.removeChild(first); }, 'NotFoundError');
throwsName('inserting an ancestor', function () { d.appendChild(document.body); }, 'HierarchyRequestError');
d.textContent = '';
check('textContent setter', d.childNodes.length === 0);
d.innerHTML = '<i>x</i><i>y</i>';
check('innerHTML setter parses', d.children.length === 2 && d.firstElementChild.tagName === 'I'
    && d.innerHTML === '<i>x</i><i>y</i>');
d.firstChild.insertAdjacentText('afterend', '-');
check('insertAdjacentText', d.textContent === 'x-y');
d.removeAttribute('data-k');
check('removeAttribute', d.getAttribute('data-k') === null);
d.remove();
check('remove', !d.isConnected);
var comment = document.createComment('c');
check('comment', comment.nodeType === 8 && comment.data === 'c');
done();
""";
    JsChecks.assertPassed(page(engine, body), WebIdlTest.countChecks(body));
  }

  @ParameterizedTest
  @EnumSource(JsEngine.class)
  void insertedScriptsRunAndLoadEventsFollowReadyState(JsEngine engine) throws Exception {
    Files.writeString(
        dir.resolve("lib.js"), "window.fromLib = 'lib ran';\n", StandardCharsets.UTF_8);
    String body =
        """
var log = [];
var inline = document.createElement('script');
inline.textContent = 'log.push("inline ran")';
check('inline script not run while detached', log.length === 0);
document.head.appendChild(inline);
check('inline script runs when connected', log.join() === 'inline ran');
document.head.appendChild(inline);
check('and only once', log.join() === 'inline ran');
document.addEventListener('DOMContentLoaded', function () { log.push('DOMContentLoaded ' + document.readyState); });
addEventListener('load', function () { log.push('load ' + document.readyState); });
var src = document.createElement('script');
src.src = 'lib.js';
check('src reflects the resolved URL', src.src === new URL('lib.js', location.href).href);
src.onload = function () {
  check('a src script runs later, then load fires at it', window.fromLib === 'lib ran');
  check('the document loaded first', log.join() === 'inline ran,DOMContentLoaded interactive,load complete', log.join());
  var missing = document.createElement('script');
  missing.src = 'missing.js';
  missing.onerror = function () { check('a missing script fires error', true); done(); };
  document.body.appendChild(missing);
};
document.body.appendChild(src);
""";
    Runs.Outcome o = page(engine, body);
    // The missing script is also reported as an error of the run.
    assertEquals(RunResult.Status.SCRIPT_ERROR, o.result().status(), o::toString);
    assertEquals(
        true,
        o.result().message().startsWith("page.html: cannot load script 'missing.js'"),
        o::toString);
    List<String> out = o.out();
    assertEquals(0, out.stream().filter(l -> l.startsWith("FAIL")).count(), o::toString);
    assertEquals(7, out.stream().filter(l -> l.startsWith("ok ")).count(), o::toString);
    assertEquals("done", out.get(out.size() - 1), o::toString);
  }
}
