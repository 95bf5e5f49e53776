package io.w3socket.engine;

import io.w3socket.testserver.TestServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Exceptions a host function throws (the api's and the DOM's {@code DOMException}s, thrown in Java)
 * reach the calling script as the DOMException a browser throws: the same name, message and code,
 * an instance of the page's {@code DOMException} and {@code Error}, catchable where the call was
 * made, with no host frame in its stack; uncaught, it reaches {@code window.onerror} as itself.
 */
class HostExceptionsTest {
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
  void domExceptionsFromJavaKeepNameMessageCodeAndType(JsEngine engine) {
    JsChecks.assertScript(
        engine,
        server,
"""
function caught(fn) { try { fn(); } catch (e) { return e; } return null; }
function isDom(e, name, code) {
  return e instanceof DOMException && e instanceof Error && e.name === name && e.code === code
      && String(e) === name + ': ' + e.message;
}
var e1 = caught(function () { new WebSocket('ftp://127.0.0.1/'); });
check('constructor SyntaxError', isDom(e1, 'SyntaxError', 12) && e1.code === DOMException.SYNTAX_ERR,
    String(e1));
check('constructor message from Java', e1 && e1.message.indexOf("'ftp'") >= 0, e1 && e1.message);
var e2 = caught(function () { new WebSocket('%ECHO%', ['chat', 'chat']); });
check('duplicate protocol', isDom(e2, 'SyntaxError', 12)
    && e2.message === "Failed to construct 'WebSocket': The subprotocol 'chat' is duplicated.", String(e2));
var ws = new WebSocket('%ECHO%');
var e3 = caught(function () { ws.send('x'); });
check('send while CONNECTING', isDom(e3, 'InvalidStateError', 11)
    && e3.message === "Failed to execute 'send' on 'WebSocket': Still in CONNECTING state.",
    String(e3));
var stack = String(e3 && e3.stack);
check('no host frame in the stack', !/\\.java|io\\.w3socket|org\\.graalvm|openjdk|jdk\\./.test(stack), stack);
var div = document.createElement('div');
var e4 = caught(function () { div.appendChild(document); });
check('DOM HierarchyRequestError', isDom(e4, 'HierarchyRequestError', 3)
    && e4.message.indexOf("Failed to execute 'appendChild' on 'Node': ") === 0, String(e4));
var e5 = caught(function () { div.removeChild(document.createElement('p')); });
check('DOM NotFoundError', isDom(e5, 'NotFoundError', 8), String(e5));
var e6 = caught(function () { document.querySelector('[[['); });
check('selector SyntaxError', isDom(e6, 'SyntaxError', 12), String(e6));
var e7 = caught(function () { ws.send('y'); });
check('a second throw is a new exception', e7 !== e3 && isDom(e7, 'InvalidStateError', 11));
window.onerror = function (message, source, line, column, error) {
  check('uncaught reaches onerror as itself', isDom(error, 'InvalidStateError', 11), String(error));
  ws.close();
  late.close();
  done();
  return true;
};
var late;
setTimeout(function () { late = new WebSocket('%ECHO%'); late.send('z'); }, 0);
""");
  }

  /**
   * #dom-websocket-close is Java's alone: the shim converts the arguments and relays them, so the
   * messages are the api's, and a reason without a code (JavaScript's {@code close(undefined,
   * reason)}) takes the api's path: checked, then a Close frame without a body (the echo server
   * answers 1005).
   */
  @ParameterizedTest
  @EnumSource(JsEngine.class)
  void closeArgumentsAreCheckedByJavaAlone(JsEngine engine) {
    JsChecks.assertScript(
        engine,
        server,
"""
var ws = new WebSocket('%ECHO%');
try { ws.close(1001); } catch (e) {
  check('the code message of the api', e.name === 'InvalidAccessError' && e.message
      === "Failed to execute 'close' on 'WebSocket': The close code must be either 1000, or between"
      + ' 3000 and 4999. 1001 is neither.', e.message);
}
try { ws.close(undefined, new Array(125).join('a')); } catch (e) {
  check('the reason message of the api, without a code', e.name === 'SyntaxError' && e.message
      === "Failed to execute 'close' on 'WebSocket': The close reason must not be greater than 123"
      + ' UTF-8 bytes (it is 124).', e.message);
}
check('still CONNECTING after the exceptions', ws.readyState === 0);
ws.onopen = function () {
  ws.close(undefined, 'bye');
  check('CLOSING at once', ws.readyState === 2);
};
ws.onclose = function (e) {
  check('a reason without a code sends no Close body', e.code === 1005 && e.reason === ''
      && e.wasClean, e.code + ' ' + e.reason + ' ' + e.wasClean);
  done();
};
""");
  }
}
