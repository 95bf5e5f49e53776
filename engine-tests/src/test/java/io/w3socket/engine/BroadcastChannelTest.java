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
 * BroadcastChannel (HTML #broadcasting-to-other-browsing-contexts) in both engines: every other
 * open channel of the name gets the message, in creation order, none after close(); the page and a
 * worker reach each other; the errors. The expected log is headless Chromium 156's for the same
 * script.
 */
class BroadcastChannelTest {
  @TempDir Path dir;

  @ParameterizedTest
  @EnumSource(JsEngine.class)
  void messagesReachTheOtherChannelsOfTheName(JsEngine engine) throws IOException {
    String page =
"""
var a = new BroadcastChannel('ch'), b = new BroadcastChannel('ch'), c = new BroadcastChannel('ch');
var other = new BroadcastChannel('other');
check('an EventTarget with a name', a.name === 'ch' && a instanceof EventTarget && new BroadcastChannel(null).name === 'null');
throwsName('a name is needed', function () { new BroadcastChannel(); }, 'TypeError');
var log = [];
a.onmessage = function (e) { log.push('a got ' + e.data); };
b.onmessage = function (e) {
  log.push('b got ' + JSON.stringify(e.data) + ' origin ' + e.origin + ' source ' + e.source + ' ports ' + e.ports.length);
};
c.addEventListener('message', function (e) { log.push('c got ' + JSON.stringify(e.data)); });
other.onmessage = function (e) { log.push('other got ' + e.data); };
a.postMessage({x: 1});
c.postMessage('from c');
throwsName('a function cannot be cloned', function () { a.postMessage(function () {}); }, 'DataCloneError');
var d = new BroadcastChannel('ch');
d.close();
throwsName('a closed channel cannot post', function () { d.postMessage(1); }, 'InvalidStateError');
b.postMessage('to close c');
c.close();
var w = new Worker('w.js');
var fromWorker = null;
a.addEventListener('message', function (e) {
  if (e.data === 'worker here') {
    a.postMessage('page here');
  } else if (typeof e.data === 'string' && e.data.indexOf('worker heard') === 0) {
    check('messages in order, none to the sender or a closed channel', log.slice(0, 4).join(' | ')
        === 'b got {"x":1} origin ' + location.origin + ' source null ports 0 | a got from c'
        + ' | b got "from c" origin ' + location.origin + ' source null ports 0 | a got to close c', log.join(' | '));
    check('the worker and the page reach each other', e.data === 'worker heard page here');
    w.terminate();
    done();
  }
});
""";
    String worker =
"""
var ch = new BroadcastChannel('ch');
ch.onmessage = function (e) { if (e.data === 'page here') { ch.postMessage('worker heard ' + e.data); } };
ch.postMessage('worker here');
""";
    Files.writeString(dir.resolve("w.js"), worker, StandardCharsets.UTF_8);
    String location = dir.resolve("page.js").toUri().toString();
    Runs.Outcome o =
        Runs.run(
            engine,
            b -> b.timeout(Duration.ofSeconds(30)),
            c -> c.runScriptSource(JsChecks.PRELUDE + page, location));
    JsChecks.assertPassed(o, WebIdlTest.countChecks(page));
  }
}
