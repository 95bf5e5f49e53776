package io.w3socket.engine;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * MessageChannel and MessagePort (HTML #message-channels) in both engines: delivery as tasks, the
 * port message queue that start() or onmessage enables, close(), ports transferred in a message —
 * within the page, and to a worker and back — and the DataCloneErrors of the transfer list, worded
 * as headless Chromium 156 words them; and window.postMessage, the page's message to itself.
 */
class MessageChannelTest {
  @TempDir Path dir;

  private Runs.Outcome run(JsEngine engine, String page, String... files) throws IOException {
    for (int i = 0; i < files.length; i += 2) {
      Files.writeString(dir.resolve(files[i]), files[i + 1], StandardCharsets.UTF_8);
    }
    String location = dir.resolve("page.js").toUri().toString();
    return Runs.run(
        engine,
        b -> b.timeout(Duration.ofSeconds(30)),
        c -> c.runScriptSource(JsChecks.PRELUDE + page, location));
  }

  @ParameterizedTest
  @EnumSource(JsEngine.class)
  void portsDeliverMessagesAsTasksOnceStarted(JsEngine engine) throws IOException {
    String page =
"""
var ch = new MessageChannel();
check('two ports', ch.port1 !== ch.port2 && ch.port1 === ch.port1 && ch.port1 instanceof MessagePort
    && ch.port1 instanceof EventTarget);
throwsName('no constructor for MessagePort', function () { new MessagePort(); }, 'TypeError');
var got = [];
var sync = true;
ch.port2.onmessage = function (e) {
  got.push({n: e.data.n, sync: sync, event: e instanceof MessageEvent && e.target === ch.port2
      && e.origin === '' && e.source === null && e.ports.length === 0, same: e.data === sent});
  if (got.length === 2) {
    check('tasks, not during postMessage', !got[0].sync && !got[1].sync);
    check('MessageEvents at the port', got[0].event && got[1].event);
    check('in order, cloned', got[0].n === 1 && got[1].n === 2 && !got[1].same);
    startLater();
  }
};
var sent = {n: 2};
ch.port1.postMessage({n: 1});
ch.port1.postMessage(sent);
sync = false;
function startLater() {
  // addEventListener does not enable the queue; start() does, and what waited is delivered.
  var c = new MessageChannel();
  var seen = [];
  c.port2.addEventListener('message', function (e) { seen.push(e.data); });
  c.port1.postMessage('x');
  setTimeout(function () {
    check('nothing before start()', seen.length === 0);
    c.port2.start();
    c.port1.postMessage('y');
    setTimeout(function () {
      check('queued, then later, in order', seen.join() === 'x,y', seen.join());
      closing();
    }, 50);
  }, 50);
}
function closing() {
  var c = new MessageChannel();
  var seen = [];
  c.port2.onmessage = function (e) { seen.push(e.data); };
  c.port1.postMessage('dropped');
  c.port2.close();
  c.port1.postMessage('nowhere');
  c.port1.close();
  c.port1.postMessage('still no exception');
  setTimeout(function () {
    check('a closed port gets nothing', seen.length === 0);
    done();
  }, 50);
}
""";
    JsChecks.assertPassed(run(engine, page), WebIdlTest.countChecks(page));
  }

  @ParameterizedTest
  @EnumSource(JsEngine.class)
  void aTransferredPortWorksFromWhereItWent(JsEngine engine) throws IOException {
    String page =
"""
var a = new MessageChannel();
var b = new MessageChannel();
b.port2.postMessage('queued before the transfer');
a.port2.onmessage = function (e) {
  var p = e.ports[0];
  check('a new port object, also in the data', p instanceof MessagePort && p !== b.port1 && e.data.p === p);
  p.onmessage = function (ev) {
    check('what was queued for it followed it', ev.data === 'queued before the transfer');
    viaClone();
  };
};
a.port1.postMessage({p: b.port1}, [b.port1]);
check('the sent object is detached: posting on it goes nowhere', (b.port1.postMessage('lost'), true));
function viaClone() {
  var c = new MessageChannel();
  var copy = structuredClone({port: c.port1}, {transfer: [c.port1]});
  copy.port.onmessage = function (e) {
    check('structuredClone transfers a port', e.data === 'hi');
    toWorker();
  };
  c.port2.postMessage('hi');
}
function toWorker() {
  var w = new Worker('w.js');
  var c = new MessageChannel();
  c.port1.onmessage = function (e) {
    check('the worker answered on the port it was given', e.data === 'worker got 21');
    var back = e.ports[0];
    back.onmessage = function (ev) {
      check('and a port it made came back', ev.data === 42);
      w.terminate();
      done();
    };
    back.postMessage(21);
  };
  w.postMessage({port: c.port2}, [c.port2]);
}
""";
    String worker =
"""
onmessage = function (e) {
  var port = e.data.port;
  var mine = new MessageChannel();
  mine.port1.onmessage = function (ev) { mine.port1.postMessage(ev.data * 2); };
  port.postMessage('worker got 21', [mine.port2]);
};
""";
    JsChecks.assertPassed(run(engine, page, "w.js", worker), WebIdlTest.countChecks(page));
  }

  @ParameterizedTest
  @EnumSource(JsEngine.class)
  void aPagePostsToItsOwnWindow(JsEngine engine) throws IOException {
    // HTML #window-post-message-steps; the log is headless Chromium 156's for the same calls.
    String page =
"""
var log = [];
var sync = true;
onmessage = function (e) {
  log.push(JSON.stringify(e.data) + (e.source === window && e.origin === location.origin && e.target === window
      && !sync ? '' : ' (wrong event)') + (e.ports.length ? ' with a port' : ''));
  if (e.data === 'last') {
    check('delivered in order as tasks, not to another origin', log.join(' | ')
        === '"one" | {"a":1} | "opts" | "optsdef" | "port" with a port | "last"', log.join(' | '));
    done();
  }
};
throwsName('a message is needed', function () { postMessage(); }, 'TypeError');
postMessage('one');
postMessage({a: 1}, '*');
postMessage('other', 'http://example.com');
throwsName('a target origin must parse', function () { postMessage('bad', 'nope'); }, 'SyntaxError');
postMessage('opts', {targetOrigin: '*'});
postMessage('optsdef', {});
throwsName('a function cannot be cloned', function () { postMessage(function () {}, '*'); }, 'DataCloneError');
postMessage('port', '*', [new MessageChannel().port1]);
throwsName('a transfer list is a sequence', function () { postMessage('x', '*', 5); }, 'TypeError');
postMessage('last', '/');
sync = false;
""";
    JsChecks.assertPassed(run(engine, page), WebIdlTest.countChecks(page));
  }

  @ParameterizedTest
  @EnumSource(JsEngine.class)
  void theTransferListIsChecked(JsEngine engine) throws IOException {
    String page =
"""
function message(f) { try { f(); return 'no exception'; } catch (e) { return e.name + ': ' + e.message; } }
var c = new MessageChannel();
var m = message(function () { c.port1.postMessage(1, [c.port1]); });
check('a port cannot transfer itself', m === "DataCloneError: Failed to execute 'postMessage' on 'MessagePort':"
    + ' Port at index 0 contains the source port.', m);
var d = new MessageChannel();
m = message(function () { structuredClone(1, {transfer: [d.port1, d.port1]}); });
check('a duplicate', m.indexOf('Message port at index 1 is a duplicate of an earlier port.') > 0, m);
m = message(function () { structuredClone(d.port1); });
check('a port must be transferred', m.indexOf('A MessagePort could not be cloned because it was not transferred.') > 0, m);
structuredClone(1, {transfer: [d.port1]});
m = message(function () { structuredClone(1, {transfer: [d.port1]}); });
check('a detached port', m.indexOf('Port at index 0 is already neutered.') > 0, m);
throwsName('one argument at least', function () { c.port1.postMessage(); }, 'TypeError');
throwsName('a function', function () { c.port1.postMessage(function () {}); }, 'DataCloneError');
done();
""";
    JsChecks.assertPassed(run(engine, page), WebIdlTest.countChecks(page));
  }
}
