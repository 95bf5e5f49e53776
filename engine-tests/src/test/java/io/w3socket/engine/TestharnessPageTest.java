package io.w3socket.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.w3socket.testserver.TestServer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A page of our own written against web-platform-tests' {@code testharness.js} (unmodified, as
 * npm's wpt-runner 7.0.0 ships it) runs in window scope on GraalJS and reports through the
 * harness's completion callback. One subtest fails on purpose, so the report is known to be read.
 * The harness renders its results table into the page too (output is not disabled).
 */
class TestharnessPageTest {
  @TempDir Path dir;

  @Test
  void harnessRunsInWindowScopeAndReportsEverySubtest() throws Exception {
    Path harness = NpmFiles.file("wpt-runner", "7.0.0", "testharness/testharness.js");
    Files.copy(harness, dir.resolve("testharness.js"));
    try (TestServer server = TestServer.start()) {
      String page =
"""
<!DOCTYPE html>
<html><head><title>w3socket under testharness.js</title>
<meta name="timeout" content="long">
<script src="testharness.js"></script>
</head><body><div id="log"></div>
<script>
// The run's own timeout bounds the page; without this the harness's 10 s timer keeps the
// page's event loop alive after completion (as a browser tab stays open).
setup({explicit_timeout: true});
add_completion_callback(function (tests, status) {
  tests.forEach(function (t) { console.log('RESULT ' + t.status + ' ' + t.name); });
  console.log('HARNESS ' + status.status);
});
async_test(function (t) {
  var ws = new WebSocket('%ECHO%');
  ws.binaryType = 'arraybuffer';
  ws.onopen = t.step_func(function () { ws.send(new Uint8Array([1, 2, 3])); });
  ws.onmessage = t.step_func(function (e) {
    assert_true(e.data instanceof ArrayBuffer);
    assert_array_equals(Array.from(new Uint8Array(e.data)), [1, 2, 3]);
    ws.close();
  });
  ws.onclose = t.step_func_done(function (e) { assert_true(e.wasClean); assert_equals(e.code, 1005); });
}, 'binary echo');
async_test(function (t) {
  var ws = new WebSocket('ws://127.0.0.1:0/');
  assert_equals(ws.readyState, WebSocket.CONNECTING);
  var events = [];
  ws.onerror = t.step_func(function () { events.push('error'); });
  ws.onclose = t.step_func_done(function (e) {
    assert_array_equals(events, ['error']);
    assert_equals(e.code, 1006);
  });
}, 'a bad port fails the connection');
test(function () {
  assert_throws_dom('SyntaxError', function () { new WebSocket('ftp://x/'); });
  assert_throws_js(TypeError, function () { WebSocket('ws://x/'); });
}, 'constructor errors');
test(function () {
  var u = new URL('?q=1', location.href);
  assert_equals(u.searchParams.get('q'), '1');
  assert_equals(new TextDecoder().decode(new TextEncoder().encode('\\u20ac')), '\\u20ac');
}, 'URL and encoding');
promise_test(function () {
  return new Blob(['abc']).text().then(function (s) { assert_equals(s, 'abc'); });
}, 'Blob.text');
test(function () {
  var div = document.createElement('div');
  div.appendChild(document.createTextNode('x'));
  document.body.appendChild(div);
  assert_equals(document.body.lastChild, div);
  assert_equals(div.textContent, 'x');
}, 'DOM');
test(function () {
  assert_true(false, 'on purpose');
}, 'expected failure');
</script>
</body></html>
"""
              .replace("%ECHO%", server.url("/echo"));
      Path file = dir.resolve("page.html");
      Files.writeString(file, page, StandardCharsets.UTF_8);
      Runs.Outcome o = Runs.run(JsEngine.GRAALJS, b -> {}, c -> c.runPage(file, null));
      List<String> results =
          o.out().stream()
              .filter(l -> l.startsWith("RESULT ") || l.startsWith("HARNESS "))
              .collect(Collectors.toList());
      // Subtest status 0 is PASS, 1 FAIL; harness status 0 is OK.
      assertEquals(
          List.of(
              "RESULT 0 binary echo",
              "RESULT 0 a bad port fails the connection",
              "RESULT 0 constructor errors",
              "RESULT 0 URL and encoding",
              "RESULT 0 Blob.text",
              "RESULT 0 DOM",
              "RESULT 1 expected failure",
              "HARNESS 0"),
          results,
          o::toString);
      assertEquals(RunResult.Status.OK, o.result().status(), o::toString);
    }
  }
}
