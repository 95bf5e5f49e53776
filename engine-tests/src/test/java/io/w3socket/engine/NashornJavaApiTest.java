package io.w3socket.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import io.w3socket.CloseEvent;
import io.w3socket.MessageEvent;
import io.w3socket.WebSocket;
import io.w3socket.testserver.TestServer;
import javax.script.ScriptEngine;
import org.junit.jupiter.api.Test;
import org.openjdk.nashorn.api.scripting.NashornScriptEngineFactory;

/**
 * Scripts that use the Java API directly from Nashorn: the typed {@code on*} handlers are still
 * bean properties there, and a JavaScript function converts to them.
 */
class NashornJavaApiTest {
  static final TestServer SERVER = TestServer.start();

  @Test
  void onmessageAndOncloseAreScriptPropertiesTakingFunctions() throws Exception {
    ScriptEngine nashorn = new NashornScriptEngineFactory().getScriptEngine();
    // A handshake the server never answers: the only events are the ones this test dispatches.
    WebSocket ws = new WebSocket(SERVER.url("/handshake/hang"));
    nashorn.put("ws", ws);
    nashorn.eval(
        "var got = [];"
            + "ws.onmessage = function (e) { got.push('message ' + e.data + ' ' + e.origin); };"
            + "ws.onclose = function (e) { got.push('close ' + e.code + ' ' + e.wasClean); };");
    assertNotNull(ws.getOnmessage());
    assertEquals(Boolean.TRUE, nashorn.eval("ws.onmessage !== null && ws.onclose !== null"));
    ws.dispatchEvent(new MessageEvent("message", "hi", "ws://127.0.0.1:9"));
    ws.dispatchEvent(new CloseEvent("close", true, 4000, ""));
    assertEquals("message hi ws://127.0.0.1:9,close 4000 true", nashorn.eval("got.join()"));
    nashorn.eval("ws.onmessage = null");
    assertEquals(null, ws.getOnmessage());
    ws.close();
  }
}
