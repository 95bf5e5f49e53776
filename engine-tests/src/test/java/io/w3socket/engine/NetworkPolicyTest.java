package io.w3socket.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.w3socket.testserver.TestServer;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The embedder's network policy decides where a page's connections go, below the API. */
class NetworkPolicyTest {
  private static TestServer server;

  @BeforeAll
  static void start() {
    server = TestServer.start();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static final String ECHO_ONCE =
      String.join(
          "\n",
          "var ws = new WebSocket(URL);",
          "ws.onopen = function () { ws.send('hi'); };",
          "ws.onmessage = function (e) { console.log('got ' + e.data); ws.close(); };",
          "ws.onerror = function () { console.log('error ' + ws.readyState); };",
          "ws.onclose = function (e) { console.log('close ' + e.code + ' ' + e.wasClean"
              + " + ' ' + ws.url); };");

  private static Runs.Outcome echo(JsEngine engine, NetworkPolicy policy, String url) {
    return Runs.run(
        engine,
        b -> b.network(policy),
        c -> c.runScriptSource("var URL = '" + url + "';\n" + ECHO_ONCE, "file:///t.js"));
  }

  @ParameterizedTest
  @EnumSource(JsEngine.class)
  void theDefaultConnectsWhereThePageAsks(JsEngine engine) {
    Runs.Outcome o = echo(engine, NetworkPolicy.DIRECT, server.url("/echo"));
    assertEquals(List.of("got hi", "close 1005 true " + server.url("/echo")), o.out(), o::toString);
  }

  @ParameterizedTest
  @EnumSource(JsEngine.class)
  void aRefusedConnectionFailsAsAnUnreachableHostDoes(JsEngine engine) {
    Set<String> asked = ConcurrentHashMap.newKeySet();
    NetworkPolicy policy =
        (host, port) -> {
          asked.add(host + ":" + port);
          return Route.refused("only the test host");
        };
    Runs.Outcome o = echo(engine, policy, server.url("/echo"));
    // #feedback-from-the-protocol: a connection that cannot be established fails: error, close
    // 1006.
    assertEquals(
        List.of("error 3", "close 1006 false " + server.url("/echo")), o.out(), o::toString);
    assertEquals(Set.of("127.0.0.1:" + server.port()), asked);
    assertTrue(o.result().ok(), o::toString);
  }

  @ParameterizedTest
  @EnumSource(JsEngine.class)
  void aReroutedHostNeedNotResolveAndKeepsItsUrl(JsEngine engine) {
    NetworkPolicy policy =
        (host, port) ->
            host.equals("echo.example.test") && port == 80
                ? Route.to("127.0.0.1", server.port(), "/echo")
                : Route.refused("not the test host");
    Runs.Outcome o = echo(engine, policy, "ws://echo.example.test");
    assertEquals(
        List.of("got hi", "close 1005 true ws://echo.example.test/"), o.out(), o::toString);
  }

  @ParameterizedTest
  @EnumSource(JsEngine.class)
  void aPolicyThatThrowsFailsTheConnectionNotTheRun(JsEngine engine) {
    NetworkPolicy policy =
        (host, port) -> {
          throw new IllegalStateException("policy bug");
        };
    Runs.Outcome o = echo(engine, policy, server.url("/echo"));
    assertEquals(
        List.of("error 3", "close 1006 false " + server.url("/echo")), o.out(), o::toString);
    assertTrue(o.result().ok(), o::toString);
  }
}
