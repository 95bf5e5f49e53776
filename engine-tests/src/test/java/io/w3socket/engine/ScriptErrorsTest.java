package io.w3socket.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Failures end a run with a status and a one-line message naming the file and line. */
class ScriptErrorsTest {
  @TempDir Path dir;

  @ParameterizedTest
  @EnumSource(JsEngine.class)
  void uncaughtErrorNamesFileAndLine(JsEngine engine) throws IOException {
    Path js = dir.resolve("broken.js");
    Files.writeString(
        js, "var a = 1;\nconsole.log('before');\nnotDefined.x();\n", StandardCharsets.UTF_8);
    Runs.Outcome o = Runs.run(engine, b -> {}, c -> c.runScript(js));
    assertEquals(RunResult.Status.SCRIPT_ERROR, o.result().status(), o::toString);
    assertEquals(1, o.result().exitCode());
    assertEquals(
        true, o.result().message().startsWith("broken.js:3: ReferenceError: "), o::toString);
    assertEquals(List.of("before"), o.out());
  }

  @ParameterizedTest
  @EnumSource(JsEngine.class)
  void aThrownValueNamesTheLineOfItsThrowStatement(JsEngine engine) throws IOException {
    Path js = dir.resolve("lib.js");
    Files.writeString(
        js,
        "var a = 1;\nfunction f() {\n  throw new Error('boom');\n}\nf();\n",
        StandardCharsets.UTF_8);
    Runs.Outcome o = Runs.run(engine, b -> {}, c -> c.runScript(js));
    assertEquals("lib.js:3: Error: boom", o.result().message(), o::toString);
  }

  @ParameterizedTest
  @EnumSource(JsEngine.class)
  void aDomExceptionForThePagesCallNamesThePagesLine(JsEngine engine) throws IOException {
    Path js = dir.resolve("close.js");
    Files.writeString(
        js,
        "var ws = new WebSocket('ws://127.0.0.1:1/');\n\nws.close(5);\n",
        StandardCharsets.UTF_8);
    Runs.Outcome o = Runs.run(engine, b -> {}, c -> c.runScript(js));
    assertEquals(
        "close.js:3: InvalidAccessError: Failed to execute 'close' on 'WebSocket': The close code"
            + " must be either 1000, or between 3000 and 4999. 5 is neither.",
        o.result().message(),
        o::toString);
  }

  @ParameterizedTest
  @EnumSource(JsEngine.class)
  void syntaxErrorNamesLine(JsEngine engine) throws IOException {
    Path js = dir.resolve("syntax.js");
    Files.writeString(js, "var a = 1;\nvar b = ;\n", StandardCharsets.UTF_8);
    Runs.Outcome o = Runs.run(engine, b -> {}, c -> c.runScript(js));
    assertEquals(true, o.result().message().startsWith("syntax.js:2: SyntaxError"), o::toString);
  }

  /**
   * HTML #report-the-exception for a script's parse error: an ErrorEvent at window with a
   * SyntaxError, the script's file and line (the message is the engine's); a listener that cancels
   * it keeps it off the run's errors, and the next script runs. As headless Chromium 156 prints it.
   */
  @ParameterizedTest
  @EnumSource(JsEngine.class)
  void aParseErrorIsAnErrorEvent(JsEngine engine) throws IOException {
    Path page = dir.resolve("syntax.html");
    Files.writeString(
        page,
        """
<script>window.addEventListener('error', function (e) { console.log('window error', e.message.indexOf('Uncaught SyntaxError: ') === 0, e.error instanceof SyntaxError, e.filename.split('/').pop(), e.lineno); e.preventDefault(); });</script>
<script>var x = ;</script>
<script>console.log('next');</script>
""",
        StandardCharsets.UTF_8);
    Runs.Outcome o = Runs.run(engine, b -> {}, c -> c.runPage(page, null));
    assertEquals(List.of("window error true true syntax.html 2", "next"), o.out(), o::toString);
    assertEquals(List.of(), o.result().errors(), o::toString);
  }

  @ParameterizedTest
  @EnumSource(JsEngine.class)
  void errorInClickedHandlerNamesPageLine(JsEngine engine) throws IOException {
    Path page = dir.resolve("page.html");
    Files.writeString(
        page,
        String.join(
            "\n",
            "<!DOCTYPE html>",
            "<html><head><script>",
            "var x = 1;",
            "</script></head><body>",
            "<script>",
            "  function go() {",
            "    missing();",
            "  }",
            "</script>",
            "<button onclick=\"go()\">Go</button>",
            "</body></html>"),
        StandardCharsets.UTF_8);
    Runs.Outcome o = Runs.run(engine, b -> {}, c -> c.runPage(page, "Go"));
    assertEquals(true, o.result().message().startsWith("page.html:7: ReferenceError"), o::toString);
  }

  @ParameterizedTest
  @EnumSource(JsEngine.class)
  void missingFileAndMissingClickTarget(JsEngine engine) throws IOException {
    Runs.Outcome o = Runs.run(engine, b -> {}, c -> c.runPage(dir.resolve("absent.html"), null));
    assertEquals(RunResult.Status.LOAD_ERROR, o.result().status());
    assertEquals(true, o.result().message().startsWith("no such file: "), o::toString);
    Path page = dir.resolve("p.html");
    Files.writeString(page, "<a href=\"javascript:void 0\">Here</a>", StandardCharsets.UTF_8);
    o = Runs.run(engine, b -> {}, c -> c.runPage(page, "There"));
    assertEquals(RunResult.Status.LOAD_ERROR, o.result().status());
    assertEquals("no link or button labelled 'There' in p.html", o.result().message());
  }

  /**
   * A socket that is not closed when the run times out is named in the message. Its server takes
   * the TCP connection and never answers the handshake, so the socket is the same (CONNECTING)
   * however fast the machine is when the time runs out; 10 s, because the run's time includes
   * building the context, which alone took Nashorn over 2 s on a loaded 2-core machine.
   */
  @ParameterizedTest
  @EnumSource(JsEngine.class)
  void timeoutWithASocketNotClosed(JsEngine engine) throws IOException {
    try (ServerSocket silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
      Runs.Outcome o =
          Runs.run(
              engine,
              b -> b.timeout(Duration.ofSeconds(3)),
              c ->
                  c.runScriptSource(
                      "var ws = new WebSocket('ws://127.0.0.1:"
                          + silent.getLocalPort()
                          + "/'); ws.onopen = ws.onclose = function (e) { console.log(e.type); };",
                      "file:///t.js"));
      assertEquals(RunResult.Status.TIMEOUT, o.result().status(), o::toString);
      assertEquals(3, o.result().exitCode());
      assertEquals("timed out after 3 s: 1 WebSocket still open", o.result().message());
      assertEquals(List.of(), o.out());
    }
  }

  @ParameterizedTest
  @EnumSource(JsEngine.class)
  void timeoutNamesAnEventSourceOrARequestStillWaiting(JsEngine engine) throws IOException {
    try (ServerSocket silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
      String held = "http://127.0.0.1:" + silent.getLocalPort() + "/";
      String url = "'" + held + "'";
      Runs.Outcome o =
          Runs.run(
              engine,
              b -> b.timeout(Duration.ofSeconds(5)),
              c -> c.runScriptSource("new EventSource(" + url + ");", "file:///t.js"));
      assertEquals(RunResult.Status.TIMEOUT, o.result().status(), o::toString);
      assertEquals("timed out after 5 s: 1 EventSource still open", o.result().message());
      o =
          Runs.run(
              engine,
              b -> b.timeout(Duration.ofSeconds(5)),
              c ->
                  c.runScriptSource(
                      "var x = new XMLHttpRequest(); x.open('GET', "
                          + url
                          + "); x.send(); x = new XMLHttpRequest(); x.open('GET', "
                          + url
                          + "); x.send();",
                      "file:///t.js"));
      assertEquals(RunResult.Status.TIMEOUT, o.result().status(), o::toString);
      assertEquals(
          "timed out after 5 s: 2 requests (fetch, XMLHttpRequest, an image or a style sheet)"
              + " still pending: "
              + held
              + ", "
              + held,
          o.result().message());
    }
  }

  @ParameterizedTest
  @EnumSource(value = JsEngine.class, names = "GRAALJS")
  void timeoutStopsAnEndlessScript(JsEngine engine) {
    Runs.Outcome o =
        Runs.run(
            engine,
            b -> b.timeout(Duration.ofSeconds(2)),
            c -> c.runScriptSource("for (;;) { }", "file:///t.js"));
    assertEquals(RunResult.Status.TIMEOUT, o.result().status(), o::toString);
    assertEquals("timed out after 2 s: timers or a script still running", o.result().message());
  }

  @ParameterizedTest
  @EnumSource(JsEngine.class)
  void errorInTimerCallbackNamesItsOwnFileAndLine(JsEngine engine) throws IOException {
    Path lib = dir.resolve("lib.js");
    Files.writeString(
        lib,
        "function later() {\n  var x = 1;\n  x.y.z = 2;\n}\nsetTimeout(later, 0);\n"
            + "setTimeout(function () {\n  throw new Error('boom');\n}, 1);\n",
        StandardCharsets.UTF_8);
    Runs.Outcome o = Runs.run(engine, b -> {}, c -> c.runScript(lib));
    assertEquals(2, o.result().errors().size(), o::toString);
    assertEquals(true, o.result().errors().get(0).startsWith("lib.js:3: TypeError"), o::toString);
    assertEquals("lib.js:7: Error: boom", o.result().errors().get(1), o::toString);
  }

  @ParameterizedTest
  @EnumSource(JsEngine.class)
  void shimLocationsNameTheShimFile(JsEngine engine) {
    // A DOMException thrown by the shim, uncaught: its location is a shim file, not the joined
    // text.
    Runs.Outcome o =
        Runs.script(engine, "setTimeout(function () { new WebSocket('ftp://x/'); }, 0);");
    assertEquals(1, o.result().errors().size(), o::toString);
    assertEquals(false, o.result().errors().get(0).contains(ShimSource.NAME), o::toString);
  }
}
