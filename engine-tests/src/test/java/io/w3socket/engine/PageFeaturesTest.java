package io.w3socket.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.w3socket.testserver.TestServer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The rest of the browser a page sees: document, location, console, alert, src scripts in document
 * order, click by button value, host mapping below the API, subprotocols, origin.
 */
class PageFeaturesTest {
  private static TestServer server;

  @TempDir Path dir;

  @BeforeAll
  static void start() {
    server = TestServer.start();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  @ParameterizedTest
  @EnumSource(JsEngine.class)
  void documentScriptsInOrderAndClickByValue(JsEngine engine) throws IOException {
    Files.writeString(
        dir.resolve("lib.js"),
        "log.push('src'); document.getElementById('out').textContent = 'from src';\n",
        StandardCharsets.UTF_8);
    Path page = dir.resolve("page.html");
    Files.writeString(
        page,
        String.join(
            "\n",
            "<!DOCTYPE html><html><head><title>T</title>",
            "<script type=\"text/javascript\">var log = ['head'];</script>",
            "<script type=\"text/x-template\">log.push('never');</script>",
            "</head><body>",
            "<div id=\"out\">start <b>bold</b></div>",
            "<script src=\"lib.js\"></script>",
            "<script>",
            "  log.push('body');",
            "  var el = document.getElementById('out');",
            "  alert(el.textContent + '|' + el.tagName + '|' + el.id + '|' + document.title);",
            "  alert(document.getElementById('nope'));",
            "  alert(location.protocol + ' ' + location.pathname.slice(-9) + ' ' +"
                + " location.origin);",
            "</script>",
            "<input type=\"button\" value=\"Press me\" onclick=\"el.innerHTML = '<i>' + log.join()"
                + " + '</i>'; alert(this.value)\">",
            "</body></html>"),
        StandardCharsets.UTF_8);
    Runs.Outcome o = Runs.run(engine, b -> {}, c -> c.runPage(page, "Press me"));
    assertEquals(
        List.of(
            "from src",
            "from src|DIV|out|T",
            "null",
            "file: page.html null",
            "head,src,body",
            "Press me"),
        o.out(),
        o::toString);
    assertEquals(0, o.result().exitCode(), o::toString);
  }

  @ParameterizedTest
  @EnumSource(JsEngine.class)
  void loadEventsBeforeTheClick(JsEngine engine) throws IOException {
    Path page = dir.resolve("load.html");
    Files.writeString(
        page,
        String.join(
            "\n",
            "<!DOCTYPE html><html><head><script>",
            "  document.addEventListener('DOMContentLoaded', function (e) { alert('ready ' +"
                + " e.isTrusted); });",
            "  window.addEventListener('load', function (e) { alert('load listener ' + (this ==="
                + " window)); });",
            "</script></head>",
            "<body onload=\"alert('body onload ' + event.type)\">",
            "<script>alert('body script ' + (typeof window.onload));</script>",
            "<a href=\"javascript:alert('clicked')\">Click</a>",
            "</body></html>"),
        StandardCharsets.UTF_8);
    Runs.Outcome o = Runs.run(engine, b -> {}, c -> c.runPage(page, "Click"));
    assertEquals(
        List.of(
            "body script function",
            "ready true",
            "load listener true",
            "body onload load",
            "clicked"),
        o.out(),
        o::toString);
  }

  @ParameterizedTest
  @EnumSource(JsEngine.class)
  void es6SubsetRunsInBothEngines(JsEngine engine) {
    Runs.Outcome o =
        Runs.script(
            engine,
            "let a = 1; const b = `t${a}`; var f = (x) => x * 2;"
                + " console.log(b, f(2), new Map([[1, 2]]).size, typeof Symbol);");
    assertEquals(List.of("t1 4 1 function"), o.out(), o::toString);
  }

  @ParameterizedTest
  @EnumSource(JsEngine.class)
  void consoleGoesToOutAndErr(JsEngine engine) {
    Runs.Outcome o =
        Runs.script(
            engine,
            "console.log('a', 1, {b: 2}, [3]); console.info('i');"
                + " console.warn('w'); console.error('e', null); alert(); alert(42);");
    assertEquals(List.of("a 1 {\"b\":2} [3]", "i", "", "42"), o.out(), o::toString);
    assertEquals(List.of("w", "e null"), o.err(), o::toString);
  }

  @ParameterizedTest
  @EnumSource(JsEngine.class)
  void mappingKeepsTheUrlAndSubprotocolAndOriginArrive(JsEngine engine) {
    NetworkPolicy policy =
        (host, port) ->
            host.equals("ws.example.test")
                ? Route.to("127.0.0.1", server.port(), "/protocol")
                : Route.refused("not the test host");
    Runs.Outcome o =
        Runs.run(
            engine,
            b -> b.network(policy),
            c ->
                c.runScriptSource(
                    String.join(
                        "\n",
                        "var ws = new WebSocket('ws://ws.example.test/', ['chat', 'superchat']);",
                        "console.log(ws.url);",
                        "ws.onopen = function () { console.log('protocol ' + ws.protocol);"
                            + " ws.send('hi'); };",
                        "ws.onmessage = function (e) { console.log(e.data + ' from ' + e.origin);"
                            + " ws.close(); };",
                        "ws.onclose = function (e) { console.log('closed ' + e.wasClean + ' ' +"
                            + " ws.readyState); };"),
                    "file:///t.js"));
    assertEquals(
        List.of(
            "ws://ws.example.test/",
            "protocol chat",
            "hi from ws://ws.example.test",
            "closed true 3"),
        o.out(),
        o::toString);
  }

  @ParameterizedTest
  @EnumSource(JsEngine.class)
  void failedConnectionFiresErrorThenClose(JsEngine engine) {
    Runs.Outcome o =
        Runs.script(
            engine,
            String.join(
                "\n",
                "var ws = new WebSocket('" + server.url("/handshake/status?code=404") + "');",
                "ws.onerror = function (e) { console.log('error ' + (e instanceof Event) + ' ' +"
                    + " ws.readyState); };",
                "ws.onclose = function (e) { console.log('close ' + e.code + ' ' + e.wasClean); };",
                "ws.onopen = function () { console.log('open?'); };"));
    assertEquals(List.of("error true 3", "close 1006 false"), o.out(), o::toString);
    assertTrue(o.result().ok(), o::toString);
  }
}
