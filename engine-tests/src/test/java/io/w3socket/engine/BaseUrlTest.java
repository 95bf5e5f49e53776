package io.w3socket.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.w3socket.testserver.TestServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The document base URL (HTML #document-base-url, PageDocument.baseUrl): the first base element's
 * href, which node.baseURI shows and what a script's URLs resolve against: reflected href and src,
 * a form's action, fetch, a classic script's src, a module script's and its imports, a WebSocket's
 * (#dom-websocket-websocket step 2, its API base URL); a change to it counts from then on. The page
 * prints what headless Chromium 156 printed for it (served over http), in both engines (Nashorn
 * without the module script).
 */
class BaseUrlTest {
  @TempDir Path dir;

  @ParameterizedTest
  @EnumSource(JsEngine.class)
  void theBaseElementSetsTheBaseUrl(JsEngine engine) throws Exception {
    Files.createDirectories(dir.resolve("lib/sub"));
    Files.writeString(dir.resolve("lib/ns.js"), "export const a = 1, b = 2;");
    Files.writeString(dir.resolve("lib/quiet.js"), "export const q = 'quiet';");
    Files.writeString(
        dir.resolve("lib/quiet-classic.js"),
        "console.log('quiet-classic ran from',"
            + " document.currentScript.src.split('/').slice(-2).join('/'));");
    Path page = dir.resolve("base.html");
    Files.writeString(
        page,
"""
<!DOCTYPE html><html><head><base href="lib/sub/"></head><body>
<a id=a href="page.html">x</a><img id=i src="/img.png">
<form id=f action="go"></form>
<script>
console.log(document.baseURI.split('/').slice(-3).join('/'), document.body.baseURI === document.baseURI);
console.log(document.getElementById('a').href.split('/').slice(-3).join('/'), document.getElementById('i').src.split('/').slice(-1)[0]);
console.log(document.getElementById('f').action.split('/').slice(-3).join('/'));
document.querySelector('base').href = 'lib/';
console.log('after change', document.baseURI.split('/').slice(-2).join('/'));
</script>
<script src="quiet-classic.js"></script>
<script type="module">import { q } from './quiet.js'; console.log('module from the base', q, import.meta.url.split('/').slice(-2).join('/'));
const text = await (await fetch('ns.js')).text(); console.log('fetched', text.slice(0, 16));</script>
</body></html>
""");
    Runs.Outcome o = Runs.run(engine, b -> {}, c -> c.runPage(page, null));
    String expected =
        engine == JsEngine.GRAALJS
            ?
"""
lib/sub/ true
lib/sub/page.html img.png
lib/sub/go
after change lib/
quiet-classic ran from lib/quiet-classic.js
module from the base quiet lib/
fetched export const a =
"""
            :
"""
lib/sub/ true
lib/sub/page.html img.png
lib/sub/go
after change lib/
quiet-classic ran from lib/quiet-classic.js
""";
    assertEquals(Runs.lines(expected), o.out(), o::toString);
    assertEquals(List.of(), o.result().errors(), o::toString);
  }

  @ParameterizedTest
  @EnumSource(JsEngine.class)
  void aWebSocketUrlResolvesAgainstTheBaseElement(JsEngine engine) throws Exception {
    try (TestServer server = TestServer.start()) {
      String base = server.url("/somewhere/").replaceFirst("^ws", "http");
      Path page = dir.resolve("socket.html");
      Files.writeString(
          page,
          "<base href=\""
              + base
              + "\"><script>var ws = new WebSocket('/echo');"
              + " ws.onopen = function () { console.log('open', ws.url === '"
              + server.url("/echo")
              + "'); ws.close(); };</script>");
      Runs.Outcome o = Runs.run(engine, b -> {}, c -> c.runPage(page, null));
      assertEquals(List.of("open true"), o.out(), o::toString);
    }
  }
}
