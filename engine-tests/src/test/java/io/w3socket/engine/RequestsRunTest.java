package io.w3socket.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * How fetch and XMLHttpRequest live in a run: a pending request keeps the run alive, the network
 * policy applies to them as to sockets, and file: URLs read only the page's own directory.
 */
class RequestsRunTest {
  private static HttpRoutes http;

  @BeforeAll
  static void start() throws IOException {
    http = new HttpRoutes();
  }

  @AfterAll
  static void stop() {
    http.close();
  }

  @ParameterizedTest
  @EnumSource(JsEngine.class)
  void aPendingRequestKeepsTheRunAlive(JsEngine engine) throws Exception {
    http.hold();
    int before = http.heldRequests();
    String script =
        "fetch('"
            + http.url("/held")
            + "').then(function (r) { return r.text(); })"
            + ".then(function (t) { console.log('fetched ' + t); });\n"
            + "var x = new XMLHttpRequest(); x.open('GET', '"
            + http.url("/held")
            + "');\n"
            + "x.onload = function () { console.log('xhr ' + x.responseText); }; x.send();";
    CompletableFuture<Runs.Outcome> run =
        CompletableFuture.supplyAsync(() -> Runs.script(engine, script));
    // Both requests reached the server and wait there; no task, timer or socket is left.
    Awaitility.await()
        .atMost(Duration.ofSeconds(20))
        .until(() -> http.heldRequests() >= before + 2);
    assertTrue(!run.isDone(), "the run ended while requests were pending");
    http.release();
    Runs.Outcome o = run.get(30, TimeUnit.SECONDS);
    assertEquals(Set.of("fetched released", "xhr released"), Set.copyOf(o.out()), o::toString);
    assertEquals(2, o.out().size(), o::toString);
    assertEquals(RunResult.Status.OK, o.result().status(), o::toString);
  }

  @ParameterizedTest
  @EnumSource(JsEngine.class)
  void aPendingRequestKeepsTheEmbeddedServerRunning(JsEngine engine) throws Exception {
    // The socket is open and quiet while the request waits: only the request is not idle, and
    // its answer goes out on the socket. The idle grace is short, so that a run that took the
    // page for idle would stop the server (closing the socket, 1006) while the request waits.
    http.hold();
    int before = http.heldRequests();
    LocalServerPolicy server = LocalServerPolicy.forExamples();
    AtomicInteger idle = new AtomicInteger();
    NetworkPolicy policy =
        new NetworkPolicy() {
          @Override
          public Route route(String host, int port) {
            return server.route(host, port);
          }

          @Override
          public boolean waitsForIdle() {
            return server.waitsForIdle();
          }

          @Override
          public CompletionStage<Boolean> settled() {
            return server.settled();
          }

          @Override
          public void pageIdle() {
            idle.incrementAndGet();
            server.pageIdle();
          }

          @Override
          public void runEnded() {
            server.runEnded();
          }
        };
    String script =
        "var ws = new WebSocket('ws://localhost/echo');\n"
            + "ws.onopen = function () {\n"
            + "  fetch('"
            + http.url("/held")
            + "').then(function (r) { return r.text(); }).then(function (t) { ws.send(t); });\n"
            + "};\n"
            + "ws.onmessage = function (e) { console.log('echo ' + e.data); ws.close(1000); };\n"
            + "ws.onclose = function (e) { console.log('closed ' + e.code); };\n";
    CompletableFuture<Runs.Outcome> run =
        CompletableFuture.supplyAsync(
            () ->
                Runs.run(
                    engine,
                    b -> b.network(policy).idleGrace(Duration.ofMillis(100)),
                    c -> c.runScriptSource(script, "file:///test/pending.js")));
    try {
      Awaitility.await()
          .atMost(Duration.ofSeconds(20))
          .until(() -> http.heldRequests() >= before + 1);
      // Ten idle graces with the request held: the page is never taken for idle.
      Awaitility.await("the page taken for idle while its request waits")
          .during(Duration.ofSeconds(1))
          .atMost(Duration.ofSeconds(5))
          .until(() -> idle.get() == 0);
    } finally {
      http.release();
    }
    Runs.Outcome o = run.get(30, TimeUnit.SECONDS);
    assertEquals(List.of("echo released", "closed 1000"), o.out(), o::toString);
    assertEquals(RunResult.Status.OK, o.result().status(), o::toString);
  }

  @ParameterizedTest
  @EnumSource(JsEngine.class)
  void theNetworkPolicyAppliesToRequests(JsEngine engine) {
    Set<String> asked = ConcurrentHashMap.newKeySet();
    NetworkPolicy policy =
        (host, port) -> {
          asked.add(host + ":" + port);
          return host.equals("refused.test")
              ? Route.refused("not this one")
              : host.equals("mapped.test")
                  ? Route.to("127.0.0.1", portOf(http.url("")))
                  : Route.direct();
        };
    Runs.Outcome o =
        Runs.run(
            engine,
            b -> b.network(policy),
            c ->
                c.runScriptSource(
"""
fetch('http://refused.test:8080/').then(null, function (e) {
  console.log('refused: ' + e.name + ': ' + e.message);
  return fetch('http://mapped.test/text');
}).then(function (r) {
  console.log('mapped: ' + r.status + ' ' + r.url);
  var x = new XMLHttpRequest();
  x.open('GET', 'http://refused.test:8080/', false);
  try { x.send(); } catch (e) { console.log('sync refused: ' + e.name); }
});
""",
                    "file:///test/t.js"));
    assertEquals(
        List.of(
            "refused: TypeError: Failed to fetch",
            "mapped: 200 http://mapped.test/text",
            "sync refused: NetworkError"),
        o.out(),
        o::toString);
    assertTrue(asked.contains("refused.test:8080"), asked::toString);
  }

  @ParameterizedTest
  @EnumSource(JsEngine.class)
  void fileUrlsReadOnlyThePagesDirectory(JsEngine engine, @TempDir Path dir) throws IOException {
    Path page = dir.resolve("site");
    Files.createDirectories(page.resolve("sub"));
    Files.writeString(page.resolve("sub/data.idl"), "interface X {};", StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("secret.txt"), "secret", StandardCharsets.UTF_8);
    Files.writeString(
        page.resolve("page.html"),
"""
<script>
fetch('sub/data.idl').then(function (r) { return r.text(); }).then(function (t) {
  console.log('idl: ' + t);
  return fetch('../secret.txt');
}).then(null, function (e) {
  console.log('outside: ' + e.name);
  var x = new XMLHttpRequest();
  x.open('GET', 'sub/data.idl', false);
  x.send();
  console.log('sync: ' + x.status + ' ' + x.responseText);
  return fetch('sub/none.idl');
}).then(null, function (e) {
  console.log('missing: ' + e.name);
});
</script>
""",
        StandardCharsets.UTF_8);
    Runs.Outcome o = Runs.run(engine, b -> {}, c -> c.runPage(page.resolve("page.html"), null));
    assertEquals(
        List.of(
            "idl: interface X {};",
            "outside: TypeError",
            "sync: 200 interface X {};",
            "missing: TypeError"),
        o.out(),
        o::toString);
  }

  /**
   * Everything fetch and XMLHttpRequest hand a page — responses, their headers and bodies, an XHR
   * and its responses, the errors of failed requests — walked through own properties, accessors and
   * prototypes: none holds the host bridge or a Java object, and no error shows the host.
   */
  @ParameterizedTest
  @EnumSource(JsEngine.class)
  void noRequestObjectLeadsToTheHost(JsEngine engine) {
    String script =
"""
var BRIDGE = /^(httpStart|httpSend|httpAbort|httpResult|httpBody|wsCreate|getClass|getMember|execute)$/;
var HOSTY = /java\\.|javax\\.|jdk\\.|io\\.w3socket|org\\.graalvm|\\.java:|HostBridge|okhttp|IOException/;
var seen = [];
var found = [];
%WALK%
function checkError(e, path) {
  var text = String(e) + '\\n' + (e && e.stack || '');
  if (HOSTY.test(text)) { found.push(path + ' shows the host: ' + text); }
  walk(e, path, 0);
}
fetch('%BASE%/text').then(function (r) {
  walk(r, 'response', 0);
  walk(r.headers, 'headers', 0);
  return r.arrayBuffer();
}).then(function (ab) {
  walk(ab, 'arrayBuffer', 0);
  return fetch('http://127.0.0.1:1/');
}).then(null, function (e) {
  checkError(e, 'fetchError');
  return fetch('%BASE%/redirect', {redirect: 'error'});
}).then(null, function (e) {
  checkError(e, 'redirectError');
  var x = new XMLHttpRequest();
  x.open('GET', '%BASE%/text', false);
  x.send();
  walk(x, 'xhr', 0);
  var y = new XMLHttpRequest();
  y.open('GET', 'http://127.0.0.1:1/', false);
  try { y.send(); } catch (e2) { checkError(e2, 'syncError'); }
  var z = new XMLHttpRequest();
  z.responseType = 'blob';
  z.open('GET', '%BASE%/text');
  z.onload = function () {
    walk(z.response, 'blob', 0);
    walk(z, 'asyncXhr', 0);
    console.log(found.length === 0 ? 'nothing of the host' : 'FOUND ' + found.join('; '));
  };
  z.send();
});
"""
            .replace("%BASE%", http.url(""))
            .replace("%WALK%", JsChecks.WALK);
    Runs.Outcome o = Runs.script(engine, script);
    assertEquals(List.of("nothing of the host"), o.out(), o::toString);
    assertEquals(RunResult.Status.OK, o.result().status(), o::toString);
  }

  private static int portOf(String url) {
    return Integer.parseInt(url.replaceAll(".*:(\\d+).*", "$1"));
  }
}
