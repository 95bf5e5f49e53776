package io.w3socket;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.w3socket.testserver.TestServer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * WebSockets #concept-websocket-establish step 11 and RFC 6455 §4.1: what the server may select.
 */
class ProtocolNegotiationTest {
  static final TestServer server = LoopbackServer.SERVER;

  @Test
  void protocolIsTheServersSelectionOnceOpen() throws Exception {
    CompletableFuture<String> inSetup = new CompletableFuture<>();
    CompletableFuture<String> inOpen = new CompletableFuture<>();
    WebSocket ws =
        WebSocket.connect(
            server.url("/protocol?select=first"),
            WebSocketOptions.defaults(),
            w -> {
              // #dom-websocket-protocol: the empty string until the connection is established. The
              // setup task runs before any task of the socket, as a page's script does.
              inSetup.complete(w.getProtocol());
              w.setOnopen(e -> inOpen.complete(w.getProtocol()));
            },
            "chat",
            "superchat");
    assertEquals("", inSetup.get(5, TimeUnit.SECONDS));
    assertEquals("chat", inOpen.get(5, TimeUnit.SECONDS));
    ws.close();
  }

  @Test
  void extensionsIsTheServersPermessageDeflateAnswer() {
    WebSocket ws = new WebSocket(server.url("/echo"));
    Recorder.of(ws).awaitOpen();
    assertTrue(ws.getExtensions().startsWith("permessage-deflate"), ws.getExtensions());
    ws.close();
    WebSocket plain = new WebSocket(server.url("/echo-nocompress"));
    Recorder.of(plain).awaitOpen();
    assertEquals("", plain.getExtensions());
    plain.close();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "/protocol?select=none", // protocols requested, none acknowledged
        // (#concept-websocket-establish step 11.2)
        "/protocol?select=other", // a protocol that was never offered (RFC 6455 §4.1)
        "/protocol?select=all", // "chat, superchat" is not one of the offered values
      })
  void aSelectionTheClientDidNotOfferFailsTheConnection(String path) {
    assertFails(new WebSocket(server.url(path), "chat", "superchat"));
  }

  @Test
  void anyProtocolWhenNoneWasOfferedFailsTheConnection() {
    assertFails(new WebSocket(server.url("/protocol?select=other&value=chat")));
  }

  @Test
  void anExtensionTheClientDidNotOfferFailsTheConnection() {
    assertFails(new WebSocket(server.url("/extension?value=x-never-offered")));
  }

  @Test
  void invalidPermessageDeflateParametersFailTheConnection() {
    assertFails(
        new WebSocket(
            server.url("/extension?value=permessage-deflate;%20server_max_window_bits=7")));
    assertFails(new WebSocket(server.url("/extension?value=permessage-deflate;%20foo")));
  }

  @Test
  void handshakeCarriesOriginHeadersQueryProtocolsAndTheDeflateOffer() {
    WebSocketOptions options =
        WebSocketOptions.builder().origin("https://example.com").header("Cookie", "a=b").build();
    WebSocket ws = new WebSocket(server.url("/headers?x=1"), options, "v2.chat", "v1.chat");
    Recorder r = Recorder.of(ws).awaitMessages(1);
    String json = (String) r.messages().get(0);
    assertTrue(json.contains("\"origin\":\"https://example.com\""), json);
    assertTrue(json.contains("\"cookie\":\"a=b\""), json);
    assertTrue(json.contains("\"query\":\"x=1\""), json);
    assertTrue(json.contains("\"protocols\":[\"v2.chat\",\"v1.chat\"]"), json);
    assertEquals("v2.chat", ws.getProtocol());
    assertTrue(json.contains("permessage-deflate; client_max_window_bits"), json);
    ws.close();
  }

  @Test
  void theHandshakeRunsOnTheGivenOkHttpClient() {
    okhttp3.OkHttpClient client =
        new okhttp3.OkHttpClient.Builder()
            .addInterceptor(
                chain ->
                    chain.proceed(
                        chain.request().newBuilder().header("X-Via", "interceptor").build()))
            .build();
    WebSocketOptions options =
        WebSocketOptions.builder().client(client).header("User-Agent", "w3socket-test").build();
    WebSocket ws = new WebSocket(server.url("/headers"), options);
    Recorder r = Recorder.of(ws).awaitMessages(1);
    String json = (String) r.messages().get(0);
    assertTrue(json.contains("\"x-via\":\"interceptor\""), json);
    assertTrue(json.contains("\"userAgent\":\"w3socket-test\""), json);
    ws.close();
  }

  @Test
  void protocolHeadersCannotBeOverridden() {
    IllegalArgumentException e =
        org.junit.jupiter.api.Assertions.assertThrows(
            IllegalArgumentException.class,
            () -> WebSocketOptions.builder().header("Sec-WebSocket-Protocol", "x"));
    assertTrue(e.getMessage().contains("Sec-WebSocket-Protocol"), e.getMessage());
  }

  private static void assertFails(WebSocket ws) {
    Recorder r = Recorder.of(ws);
    CloseEvent close = r.awaitClose();
    assertEquals(List.of("error", "close"), r.types());
    assertEquals(1006, close.getCode());
    assertFalse(close.isWasClean());
    assertEquals(WebSocket.CLOSED, ws.getReadyState());
    assertEquals("", ws.getProtocol());
  }
}
