package io.w3socket.engine;

import io.w3socket.testserver.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * What used to hang a run: a view the shim did not recognise (WebIDL #ArrayBufferView is any object
 * {@code ArrayBuffer.isView} accepts) and a bad port (Fetch #block-bad-port: the connection fails,
 * error then close 1006, and the constructor does not throw).
 */
class ViewsAndBadPortsTest {
  private static TestServer server;

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
  void everyViewTheEngineHasIsSentAsItsBytes(JsEngine engine) {
    boolean float16 = engine == JsEngine.GRAALJS && Runtime.version().feature() >= 20;
    JsChecks.assertScript(
        engine,
        server,
"""
var names = ['Int8Array', 'Uint8Array', 'Uint8ClampedArray', 'Int16Array', 'Uint16Array',
    'Int32Array', 'Uint32Array', 'Float32Array', 'Float64Array', 'BigInt64Array',
    'BigUint64Array', 'Float16Array', 'DataView'];
var views = [];
names.forEach(function (n) {
  if (typeof this[n] === 'function') {
    var buffer = new ArrayBuffer(24);
    var all = new Uint8Array(buffer);
    for (var i = 0; i < 24; i++) { all[i] = i + 1; }
    // A view of bytes 8..15 of a larger buffer: only those 8 bytes are sent.
    var v = n === 'DataView' ? new DataView(buffer, 8, 8) : new this[n](buffer, 8, 8 / this[n].BYTES_PER_ELEMENT);
    views.push({name: n, view: v});
  }
}, this);
check('Float16Array present as expected', (typeof Float16Array === 'function') === %F16%);
var ws = new WebSocket('%ECHO%');
ws.binaryType = 'arraybuffer';
var received = [];
ws.onopen = function () {
  views.forEach(function (x) {
    var before = ws.bufferedAmount;
    ws.send(x.view);
    if (ws.bufferedAmount - before !== 8) { console.log('FAIL bufferedAmount ' + x.name); }
  });
  // Not a view, though shaped like one: WebIDL converts it to a string.
  ws.send({buffer: new ArrayBuffer(8), byteOffset: 0, byteLength: 8});
};
ws.onmessage = function (e) {
  received.push(e.data);
  if (received.length === views.length + 1) {
    var ok = true;
    for (var i = 0; i < views.length; i++) {
      var bytes = new Uint8Array(received[i]);
      var good = received[i] instanceof ArrayBuffer && bytes.length === 8;
      for (var j = 0; good && j < 8; j++) { good = bytes[j] === 9 + j; }
      if (!good) { ok = false; console.log('FAIL bytes of ' + views[i].name); }
    }
    check('every view echoed as its 8 bytes (' + views.length + ' kinds)', ok && views.length >= 10);
    check('a view-shaped object is text', received[views.length] === '[object Object]');
    ws.close();
  }
};
ws.onclose = function () { done(); };
"""
            .replace("%F16%", String.valueOf(float16)));
  }

  @ParameterizedTest
  @EnumSource(JsEngine.class)
  void aBadPortFailsTheConnectionAndTheRunEnds(JsEngine engine) {
    JsChecks.assertScript(
        engine,
        server,
"""
var log = [];
var ws = new WebSocket('ws://127.0.0.1:0/');
var ws2 = new WebSocket('wss://127.0.0.1:6000/path');
check('constructor returns CONNECTING', ws.readyState === 0 && ws2.readyState === 0);
check('url kept', ws.url === 'ws://127.0.0.1:0/');
ws.onerror = function (e) { log.push('error ' + ws.readyState + ' ' + (e.constructor === Event)); };
// The two sockets fail independently: either close may come first.
var closes = 0; // not "closed": window.closed is a read-only attribute, as in a browser
function closedOne() { if (++closes === 2) { done(); } }
ws.onclose = function (e) {
  log.push('close ' + e.code + ' ' + e.wasClean);
  check('error, then close 1006', log.join() === 'error 3 true,close 1006 false', log.join());
  closedOne();
};
ws2.onclose = function (e2) {
  check('second socket fails too', e2.code === 1006 && !e2.wasClean);
  closedOne();
};
""");
  }
}
