package io.w3socket.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A page whose socket stays open ends as soon as the embedded server is settled ({@link
 * NetworkPolicy#settled()}), not after the idle grace; and never before the server has answered
 * everything the page sent. The grace here is an hour, longer than the run's timeout: each run ends
 * only through the settled answer, and every message must still arrive.
 */
class SettledServerTest {
  private static Runs.Outcome run(JsEngine engine, String script) {
    return Runs.run(
        engine,
        b ->
            b.network(LocalServerPolicy.forExamples())
                .idleGrace(Duration.ofHours(1))
                .timeout(Duration.ofSeconds(60)),
        c -> c.runScriptSource(script, "file:///test/settled.js"));
  }

  @ParameterizedTest
  @EnumSource(JsEngine.class)
  void theTutorialEndsWhenTheServerIsSettled(JsEngine engine) {
    Runs.Outcome o =
        run(
            engine,
            "var ws = new WebSocket('ws://localhost/echo');\n"
                + "ws.onopen = function () { ws.send('Message to send'); };\n"
                + "ws.onmessage = function (e) { console.log('received ' + e.data); };\n"
                + "ws.onclose = function (e) { console.log('closed ' + e.code); };\n");
    assertEquals(List.of("received Message to send", "closed 1006"), o.out(), o::toString);
    assertEquals(0, o.result().exitCode(), o::toString);
  }

  @ParameterizedTest
  @EnumSource(JsEngine.class)
  void aChainOfEchoesIsNeverCutShort(JsEngine engine) {
    // Each echo's handler sends the next message: the page is idle between them with a message
    // on its way, which a settled answer must not miss.
    Runs.Outcome o =
        run(
            engine,
            "var ws = new WebSocket('ws://localhost/echo'), n = 0;\n"
                + "ws.onopen = function () { ws.send('m0'); };\n"
                + "ws.onmessage = function (e) {\n"
                + "  if (e.data !== 'm' + n) { console.log('out of order: ' + e.data); }\n"
                + "  n++;\n"
                + "  if (n < 300) { ws.send('m' + n); }\n"
                + "};\n"
                + "ws.onclose = function (e) { console.log(n + ' echoes, then ' + e.code); };\n");
    assertEquals(List.of("300 echoes, then 1006"), o.out(), o::toString);
  }

  @ParameterizedTest
  @EnumSource(JsEngine.class)
  void aPendingTimerKeepsTheServer(JsEngine engine) {
    Runs.Outcome o =
        run(
            engine,
            "var ws = new WebSocket('ws://localhost/echo');\n"
                + "ws.onopen = function () {\n"
                + "  setTimeout(function () { ws.send('later'); }, 300);\n"
                + "};\n"
                + "ws.onmessage = function (e) { console.log('received ' + e.data); };\n"
                + "ws.onclose = function (e) { console.log('closed ' + e.code); };\n");
    assertEquals(List.of("received later", "closed 1006"), o.out(), o::toString);
  }
}
