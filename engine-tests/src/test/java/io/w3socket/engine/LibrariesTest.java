package io.w3socket.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real WebSocket client libraries, their browser builds from npm loaded unmodified with {@code
 * <script src>}, do a round trip on GraalJS with real servers of their protocols (Node, started
 * here on 127.0.0.1 from {@code libraries/servers.js}): socket.io, graphql-ws, STOMP
 * (@stomp/stompjs against a small broker), MQTT (mqtt.js against aedes over WebSocket),
 * reconnecting-websocket (reconnecting after the server closed), SockJS (its info request over
 * XMLHttpRequest, then its WebSocket transport), Phoenix channels, Rails' Action Cable, SignalR
 * (negotiating over fetch) and Pusher (against small servers of their protocols); Comlink, which
 * calls into a worker through MessagePorts; and the test harnesses mocha (with chai) and QUnit.
 * Versions are pinned in {@code libraries/package.json}; each page's output is the one headless
 * Chromium 156 prints for it.
 */
class LibrariesTest {
  private static Path modules;
  private static Process servers;
  private static String ports;

  @TempDir Path dir;

  @BeforeAll
  static void startServers() throws Exception {
    String pkg = resource("package.json");
    modules = NpmFiles.install("libraries", pkg).resolve("node_modules");
    Path script = modules.getParent().resolve("servers.js");
    Files.writeString(script, resource("servers.js"));
    ProcessBuilder pb = new ProcessBuilder("node", script.toString()).redirectErrorStream(true);
    pb.environment().put("NODE_PATH", modules.toString());
    try {
      servers = pb.start();
    } catch (IOException e) {
      Assumptions.assumeTrue(System.getenv("CI") != null, () -> "node is not available: " + e);
      throw e;
    }
    BufferedReader out =
        new BufferedReader(new InputStreamReader(servers.getInputStream(), StandardCharsets.UTF_8));
    ports = out.readLine();
    assertTrue(ports != null && ports.startsWith("{"), () -> "servers did not start: " + ports);
  }

  @AfterAll
  static void stopServers() throws InterruptedException {
    if (servers != null) {
      servers.destroy();
      if (!servers.waitFor(10, TimeUnit.SECONDS)) {
        servers.destroyForcibly();
      }
    }
  }

  private static String resource(String name) throws IOException {
    try (InputStream in = LibrariesTest.class.getResourceAsStream("libraries/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static int port(String name) {
    Matcher m = Pattern.compile("\"" + name + "\":(\\d+)").matcher(ports);
    assertTrue(m.find(), ports);
    return Integer.parseInt(m.group(1));
  }

  /** Runs a page that loads {@code library} (copied from node_modules) and then {@code script}. */
  private Runs.Outcome runPage(String library, String script) throws IOException {
    return runPage(library, script, Duration.ofSeconds(30));
  }

  private Runs.Outcome runPage(String library, String script, Duration timeout) throws IOException {
    return runPage(List.of(library), "", script, timeout);
  }

  /**
   * Runs a page that loads {@code libraries} in its head, then has {@code markup} and {@code
   * script} in its body.
   */
  private Runs.Outcome runPage(
      List<String> libraries, String markup, String script, Duration timeout) throws IOException {
    StringBuilder head = new StringBuilder();
    for (String library : libraries) {
      Path lib = modules.resolve(library);
      Files.copy(lib, dir.resolve(lib.getFileName()));
      head.append("<script src=\"").append(lib.getFileName()).append("\"></script>");
    }
    String page =
        "<!DOCTYPE html><html><head>"
            + head
            + "</head><body>"
            + markup
            + "<script>\n"
            + script
            + "\n</script></body></html>\n";
    Path file = dir.resolve("page.html");
    Files.writeString(file, page, StandardCharsets.UTF_8);
    return Runs.run(JsEngine.GRAALJS, b -> b.timeout(timeout), c -> c.runPage(file, null));
  }

  @Test
  void comlinkCallsIntoAWorkerAndBackThroughMessagePorts() throws IOException {
    // Comlink wraps a worker in a Proxy; a callback crosses as a MessagePort it transfers.
    Files.writeString(
        dir.resolve("w.js"),
"""
importScripts('comlink.js');
Comlink.expose({
  add: function (a, b) { return a + b; },
  twiceThrough: function (callback) { return callback(21).then(function (v) { return v * 2; }); }
});
""");
    Runs.Outcome o =
        runPage(
            "comlink/dist/umd/comlink.js",
"""
var api = Comlink.wrap(new Worker('w.js'));
api.add(2, 3).then(function (sum) {
  console.log('sum ' + sum);
  return api.twiceThrough(Comlink.proxy(function (x) { return x + 1; }));
}).then(function (v) {
  console.log('callback ' + v);
  api[Comlink.releaseProxy]();
}).catch(function (e) { console.log('failed ' + e); });
""");
    assertEquals(RunResult.Status.OK, o.result().status(), o::toString);
    assertEquals(java.util.List.of("sum 5", "callback 44"), o.out());
  }

  @Test
  void socketIoClientEchoesWithAnAcknowledgement() throws IOException {
    Runs.Outcome o =
        runPage(
            "socket.io-client/dist/socket.io.min.js",
"""
var socket = io('http://127.0.0.1:%PORT%', {transports: ['websocket']});
socket.on('connect', function () {
  socket.emit('echo', {n: 1, s: 'h\\u00e9'}, function (reply) {
    console.log('reply ' + JSON.stringify(reply));
    socket.disconnect();
  });
});
socket.on('connect_error', function (e) { console.log('connect_error ' + e); socket.disconnect(); });
"""
                .replace("%PORT%", String.valueOf(port("socketio"))));
    assertEquals(RunResult.Status.OK, o.result().status(), o::toString);
    assertEquals(
        java.util.List.of("reply {\"echoed\":{\"n\":1,\"s\":\"hé\"},\"id\":true}"), o.out());
  }

  @Test
  void graphqlWsRunsASubscriptionAndAQuery() throws IOException {
    Runs.Outcome o =
        runPage(
            "graphql-ws/umd/graphql-ws.min.js",
"""
var client = graphqlWs.createClient({url: 'ws://127.0.0.1:%PORT%/graphql', retryAttempts: 0});
var got = [];
client.subscribe({query: 'subscription { countdown(from: 2) }'}, {
  next: function (r) { got.push(r.data.countdown); },
  error: function (e) { console.log('error ' + JSON.stringify(e)); client.dispose(); },
  complete: function () {
    client.subscribe({query: '{ hello(name: "w3socket") }'}, {
      next: function (r) { got.push(r.data.hello); },
      error: function (e) { console.log('error ' + JSON.stringify(e)); client.dispose(); },
      complete: function () { console.log('got ' + got.join()); client.dispose(); }
    });
  }
});
"""
                .replace("%PORT%", String.valueOf(port("graphql"))));
    assertEquals(RunResult.Status.OK, o.result().status(), o::toString);
    assertEquals(java.util.List.of("got 2,1,0,hello w3socket"), o.out());
  }

  @Test
  void stompJsPublishesAndReceivesThroughABroker() throws IOException {
    Runs.Outcome o =
        runPage(
            "@stomp/stompjs/bundles/stomp.umd.min.js",
"""
var client = new StompJs.Client({brokerURL: 'ws://127.0.0.1:%PORT%/', reconnectDelay: 0,
    heartbeatIncoming: 0, heartbeatOutgoing: 0});
client.onConnect = function (frame) {
  client.subscribe('/queue/a', function (m) {
    console.log('message ' + m.body + ' ' + m.headers.destination + ' ' + client.webSocket.protocol);
    client.deactivate();
  });
  client.publish({destination: '/queue/a', body: 'h\\u00e9llo'});
};
client.onStompError = function (f) { console.log('stomp error ' + f.headers.message); client.deactivate(); };
client.activate();
"""
                .replace("%PORT%", String.valueOf(port("stomp"))));
    assertEquals(RunResult.Status.OK, o.result().status(), o::toString);
    assertEquals(java.util.List.of("message héllo /queue/a v12.stomp"), o.out());
  }

  @Test
  void reconnectingWebSocketReconnectsAfterTheServerClosed() throws IOException {
    Runs.Outcome o =
        runPage(
            "reconnecting-websocket/dist/reconnecting-websocket-iife.min.js",
"""
var log = [];
var rws = new ReconnectingWebSocket('ws://127.0.0.1:%PORT%/%PATH%', [],
    {minReconnectionDelay: 10, maxReconnectionDelay: 50, maxRetries: 3});
rws.addEventListener('open', function () { log.push('open ' + rws.retryCount); rws.send('h\\u00e9'); });
rws.addEventListener('close', function (e) { log.push('close ' + e.code + ' ' + e.reason); });
rws.addEventListener('error', function () { log.push('error'); });
rws.addEventListener('message', function (e) {
  log.push('message ' + e.data);
  console.log(log.join(', '));
  rws.close(1000, 'done');
});
"""
                .replace("%PORT%", String.valueOf(port("reconnect")))
                .replace("%PATH%", dir.getFileName().toString()));
    assertEquals(RunResult.Status.OK, o.result().status(), o::toString);
    assertEquals(
        java.util.List.of("open 0, close 4000 once, open 1, message h\u00e9"),
        o.out(),
        o::toString);
  }

  @Test
  void sockJsClientEchoesOverItsWebSocketTransport() throws IOException {
    Runs.Outcome o =
        runPage(
            "sockjs-client/dist/sockjs.min.js",
"""
var sock = new SockJS('http://127.0.0.1:%PORT%/echo', null, {transports: ['websocket']});
sock.onopen = function () { console.log('open ' + sock.transport); sock.send('h\\u00e9llo'); };
sock.onmessage = function (e) { console.log('message ' + e.data); sock.close(); };
sock.onclose = function (e) { console.log('close ' + e.code + ' ' + e.reason); };
"""
                .replace("%PORT%", String.valueOf(port("sockjs"))));
    assertEquals(RunResult.Status.OK, o.result().status(), o::toString);
    assertEquals(
        java.util.List.of("open websocket", "message h\u00e9llo", "close 1000 Normal closure"),
        o.out(),
        o::toString);
  }

  @Test
  void phoenixJoinsAChannelPushesAndLeaves() throws IOException {
    Runs.Outcome o =
        runPage(
            "phoenix/priv/static/phoenix.min.js",
"""
var log = [];
var socket = new Phoenix.Socket('ws://127.0.0.1:%PORT%/socket', {params: {token: 't'}});
socket.onOpen(function () { log.push('open ' + socket.connectionState()); });
socket.onClose(function (e) { log.push('close ' + e.code + ' ' + socket.connectionState()); console.log(log.join(', ')); });
socket.connect();
var channel = socket.channel('room:lobby', {});
channel.on('shout', function (p) {
  log.push('shout ' + p.body);
  channel.leave().receive('ok', function () { log.push('left'); socket.disconnect(); });
});
channel.join()
  .receive('ok', function (r) {
    log.push('joined ' + r.joined + ' ' + r.vsn);
    channel.push('echo', {body: 'h\u00e9llo'}).receive('ok', function (r) { log.push('reply ' + r.echoed.body); });
  })
  .receive('error', function (e) { log.push('join error ' + JSON.stringify(e)); });
"""
                .replace("%PORT%", String.valueOf(port("phoenix"))));
    assertEquals(RunResult.Status.OK, o.result().status(), o::toString);
    assertEquals(
        java.util.List.of(
            "open open, joined room:lobby 2.0.0, reply h\u00e9llo, shout h\u00e9llo, left,"
                + " close 1005 closed"),
        o.out(),
        o::toString);
  }

  @Test
  void actionCableSubscribesPerformsAndReceives() throws IOException {
    Runs.Outcome o =
        runPage(
            "@rails/actioncable/app/assets/javascripts/actioncable.js",
"""
var log = [];
var consumer = ActionCable.createConsumer('ws://127.0.0.1:%PORT%/cable');
consumer.subscriptions.create({channel: 'EchoChannel', room: 'a'}, {
  connected: function () {
    log.push('connected ' + consumer.connection.getProtocol());
    this.perform('speak', {text: 'h\u00e9llo'});
  },
  received: function (data) {
    log.push('received ' + data.echo.text + ' ' + data.echo.action);
    consumer.disconnect();
  },
  disconnected: function () {
    log.push('disconnected ' + consumer.connection.isOpen());
    console.log(log.join(', '));
  }
});
"""
                .replace("%PORT%", String.valueOf(port("actioncable"))));
    assertEquals(RunResult.Status.OK, o.result().status(), o::toString);
    assertEquals(
        java.util.List.of(
            "connected actioncable-v1-json, received h\u00e9llo speak, disconnected false"),
        o.out(),
        o::toString);
  }

  @Test
  void signalRNegotiatesOverFetchThenInvokesAndReceives() throws IOException {
    // @microsoft/signalr: negotiate is a cross-origin fetch POST with credentials (a preflight);
    // then its JSON hub protocol over the WebSocket.
    Runs.Outcome o =
        runPage(
            "@microsoft/signalr/dist/browser/signalr.js",
"""
var log = [];
var connection = new signalR.HubConnectionBuilder()
  .withUrl('http://127.0.0.1:%PORT%/hub', {transport: signalR.HttpTransportType.WebSockets})
  .configureLogging(signalR.LogLevel.None)
  .build();
connection.on('Broadcast', function (text) { log.push('broadcast ' + text); });
connection.onclose(function (e) { log.push('closed ' + connection.state + ' ' + e); });
connection.start().then(function () {
  log.push('started ' + connection.state + ' ' + connection.connectionId);
  return connection.invoke('Echo', 'h\u00e9llo');
}).then(function (r) {
  log.push('result ' + r);
  return connection.stop();
}).then(function () {
  log.push('stopped ' + connection.state);
  console.log(log.join(', '));
}).catch(function (e) { log.push('error ' + e); console.log(log.join(', ')); });
"""
                .replace("%PORT%", String.valueOf(port("signalr"))));
    assertEquals(RunResult.Status.OK, o.result().status(), o::toString);
    assertEquals(
        java.util.List.of(
            "started Connected c1, broadcast h\u00e9llo, result h\u00e9llo, closed Disconnected"
                + " undefined, stopped Disconnected"),
        o.out(),
        o::toString);
  }

  @Test
  void pusherConnectsSubscribesAndReceivesAnEvent() throws IOException {
    // pusher-js waits for document.body before it connects (null while its script in the head
    // runs), and reads document.location.protocol.
    Runs.Outcome o =
        runPage(
            "pusher-js/dist/web/pusher.js",
"""
var log = [];
var pusher = new Pusher('key', {cluster: 'mt1', wsHost: '127.0.0.1', wsPort: %PORT%, forceTLS: false,
  enabledTransports: ['ws']});
pusher.connection.bind('state_change', function (s) { log.push(s.previous + '>' + s.current); });
pusher.connection.bind('connected', function () { log.push('socket ' + pusher.connection.socket_id); });
var channel = pusher.subscribe('news');
channel.bind('pusher:subscription_succeeded', function () { log.push('subscribed ' + channel.subscribed); });
channel.bind('greeting', function (data) {
  log.push('greeting ' + data.text);
  pusher.disconnect();
});
pusher.connection.bind('disconnected', function () { console.log(log.join(', ')); });
"""
                .replace("%PORT%", String.valueOf(port("pusher"))));
    assertEquals(RunResult.Status.OK, o.result().status(), o::toString);
    assertEquals(
        java.util.List.of(
            "initialized>connecting, connecting>connected, socket 1.1, subscribed true,"
                + " greeting h\u00e9llo, connected>disconnected"),
        o.out(),
        o::toString);
  }

  @Test
  void mochaWithChaiRunsASuiteOfSocketTests() throws IOException {
    // mocha's browser build with chai's assertions: an asynchronous test (done), a failing one and
    // one returning a promise, its runner's events.
    Runs.Outcome o =
        runPage(
            List.of("mocha/mocha.js", "chai/chai.js"),
            "<div id=\"mocha\"></div>",
"""
mocha.setup({ui: 'bdd', reporter: function () {}});
var expect = chai.expect;
var log = [];
describe('a socket', function () {
  it('opens and echoes', function (done) {
    var ws = new WebSocket('ws://127.0.0.1:%PORT%/');
    ws.onopen = function () { ws.send('h\u00e9llo'); };
    ws.onmessage = function (e) {
      expect(e.data).to.equal('h\u00e9llo');
      ws.close();
      done();
    };
  });
  it('fails', function () { expect(1).to.equal(2); });
  it('resolves', function () { return Promise.resolve(3).then(function (v) { expect(v).to.equal(3); }); });
});
var runner = mocha.run(function (failures) { log.push('failures ' + failures); console.log(log.join(', ')); });
runner.on('pass', function (t) { log.push('pass ' + t.title); });
runner.on('fail', function (t, err) { log.push('fail ' + t.title + ': ' + err.message); });
"""
                .replace("%PORT%", String.valueOf(port("echo"))),
            Duration.ofSeconds(60));
    assertEquals(RunResult.Status.OK, o.result().status(), o::toString);
    assertEquals(
        List.of(
            "pass opens and echoes, fail fails: expected 1 to equal 2, pass resolves, failures 1"),
        o.out(),
        o::toString);
  }

  @Test
  void qunitRunsATestModuleWithItsHtmlReporter() throws IOException {
    // QUnit with its HTML reporter in #qunit (which sets elements' styles): an asynchronous test,
    // a failing one, one using the fixture. The reporter's text is the page's output too (an
    // element's new text is printed); the events' log is one of its lines, as Chromium printed it.
    Runs.Outcome o =
        runPage(
            List.of("qunit/qunit/qunit.js"),
            "<div id=\"qunit\"></div><div id=\"qunit-fixture\"></div>",
"""
var log = [];
QUnit.on('testEnd', function (t) { log.push(t.name + ' ' + t.status); });
QUnit.on('runEnd', function (r) {
  log.push('run ' + r.status + ' ' + r.testCounts.passed + '/' + r.testCounts.total);
  console.log(log.join(', '));
});
QUnit.module('sockets');
QUnit.test('echo', function (assert) {
  var done = assert.async();
  var ws = new WebSocket('ws://127.0.0.1:%PORT%/');
  ws.onopen = function () { ws.send('h\u00e9llo'); };
  ws.onmessage = function (e) { assert.equal(e.data, 'h\u00e9llo'); ws.close(); done(); };
});
QUnit.test('fails', function (assert) { assert.equal(1, 2); });
QUnit.test('fixture', function (assert) {
  document.getElementById('qunit-fixture').innerHTML = '<p id="x" style="color: red">x</p>';
  assert.equal(document.getElementById('x').style.color, 'red');
});
"""
                .replace("%PORT%", String.valueOf(port("echo"))),
            Duration.ofSeconds(60));
    assertEquals(RunResult.Status.OK, o.result().status(), o::toString);
    assertTrue(
        o.out().contains("echo passed, fails failed, fixture passed, run failed 2/3"), o::toString);
  }

  @Test
  void mqttJsSubscribesPublishesAndReceivesThroughAedes() throws IOException {
    // mqtt.js's browser build keeps its keep-alive timer in a Worker made from a blob: URL
    // (worker-timers). Its 342 KB bundle once took tens of seconds to load in the interpreted
    // engine (1.6 s for the whole test on session 31's idle VM); the deadline stays generous.
    Runs.Outcome o =
        runPage(
            "mqtt/dist/mqtt.min.js",
"""
var client = mqtt.connect('ws://127.0.0.1:%PORT%/', {clientId: 'w3socket-test', reconnectPeriod: 0});
client.on('connect', function () {
  client.subscribe('w3socket/t', {qos: 1}, function (err, granted) {
    if (err) { console.log('subscribe error ' + err); client.end(); return; }
    client.publish('w3socket/t', 'h\u00e9llo', {qos: 1});
  });
});
client.on('message', function (topic, payload, packet) {
  console.log('message ' + topic + ' ' + payload.toString() + ' qos ' + packet.qos);
  client.end(false, function () { console.log('ended ' + client.connected); });
});
client.on('error', function (e) { console.log('error ' + e.message); client.end(); });
"""
                .replace("%PORT%", String.valueOf(port("mqtt"))),
            Duration.ofSeconds(240));
    assertEquals(RunResult.Status.OK, o.result().status(), o::toString);
    assertEquals(java.util.List.of("message w3socket/t h\u00e9llo qos 1", "ended false"), o.out());
  }
}
