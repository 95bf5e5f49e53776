package io.w3socket.tck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Subprotocols and extensions (WebSockets #dom-websocket-websocket steps 8–9,
 * #concept-websocket-establish; RFC 6455 §4.1).
 */
@TckArea(value = "protocols and extensions", order = 2)
public abstract class ProtocolVerification extends TckBase {

  /**
   * #dom-websocket-websocket step 9: every protocol must be a token (RFC 7230 tchar, non-empty).
   */
  @Test
  @Spec("WebSockets #dom-websocket-websocket step 9; RFC 7230 §3.2.6 token")
  void protocolMustBeAToken() {
    for (String protocol : List.of("", "a b", "a,b", "chat\u00e9", "{x}", "a/b", "a\"b")) {
      assertDomException(
          "SyntaxError",
          () -> connect("/echo", protocol),
          "new WebSocket(url, \"" + protocol + "\")");
    }
  }

  /**
   * #dom-websocket-websocket step 9: the same protocol twice, compared ignoring ASCII case, is a
   * SyntaxError.
   */
  @Test
  @Spec("WebSockets #dom-websocket-websocket step 9")
  void duplicateProtocolsThrowSyntaxErrorIgnoringCase() {
    assertDomException(
        "SyntaxError", () -> connect("/echo", "chat", "chat"), "protocols [chat, chat]");
    assertDomException(
        "SyntaxError", () -> connect("/echo", "chat", "CHAT"), "protocols [chat, CHAT]");
  }

  /**
   * RFC 6455 §4.1 step 10: the requested protocols are offered in order, "ordered by preference".
   * {@code /protocol?select=first} selects the first one offered, so the selection shows the order.
   */
  @Test
  @Spec("RFC 6455 §4.1, client requirement 10; WebSockets #concept-websocket-establish step 8")
  void requestedProtocolsAreOfferedInOrder() throws Exception {
    Probe forward = connect("/protocol?select=first", "chat", "superchat");
    assertEquals("chat", forward.awaitOpen().protocol(), "the first offered of [chat, superchat]");
    Probe backward = connect("/protocol?select=first", "superchat", "chat");
    assertEquals(
        "superchat", backward.awaitOpen().protocol(), "the first offered of [superchat, chat]");
  }

  /**
   * #feedback-from-the-protocol: protocol is the server's selection, set before the open event; ""
   * before.
   */
  @Test
  @Spec(
      "WebSockets #dom-websocket-protocol; #feedback-from-the-protocol, connection established step"
          + " 3")
  void protocolIsTheSelectedOneFromTheOpenEvent() throws Exception {
    // "" before the open event is checked by attributesStartAtTheirInitialValues, whose server
    // holds the handshake: read right after the constructor here, it would depend on how fast the
    // handshake completes.
    Probe p = connect("/protocol?select=first", "chat", "superchat");
    Observed open = p.awaitOpen();
    assertEquals("chat", open.protocol(), "protocol inside the open event");
  }

  /** #dom-websocket-protocol: with no protocol requested and none selected, protocol stays "". */
  @Test
  @Spec("WebSockets #dom-websocket-protocol")
  void protocolIsEmptyWhenNoneWasSelected() throws Exception {
    Probe p = connect("/protocol?select=none");
    Observed open = p.awaitOpen();
    assertEquals("", open.protocol());
  }

  /** RFC 6455 §4.1 step 6: a protocol the client did not offer fails the connection. */
  @Test
  @Spec("RFC 6455 §4.1, client requirement 6 (handshake response validation)")
  void protocolNotOfferedFailsTheConnection() throws Exception {
    assertFailsBeforeOpen(connect("/protocol?select=other&value=superchat", "chat"));
  }

  /** RFC 6455 §4.1 step 6: any protocol when none was offered fails the connection. */
  @Test
  @Spec("RFC 6455 §4.1, client requirement 6")
  void protocolSelectedWhenNoneOfferedFailsTheConnection() throws Exception {
    assertFailsBeforeOpen(connect("/protocol?select=other&value=chat"));
  }

  /** RFC 6455 §4.1 step 6: "chat, superchat" is not one of the offered values. */
  @Test
  @Spec("RFC 6455 §4.1, client requirement 6; §4.2.2 (the server selects one)")
  void severalSelectedProtocolsFailTheConnection() throws Exception {
    assertFailsBeforeOpen(connect("/protocol?select=all", "chat", "superchat"));
  }

  /** RFC 6455 §4.1 step 5: an extension the client did not offer fails the connection. */
  @Test
  @Spec("RFC 6455 §4.1, client requirement 5")
  void extensionNotOfferedFailsTheConnection() throws Exception {
    assertFailsBeforeOpen(connect("/extension?value=x-never-offered"));
  }

  /**
   * #feedback-from-the-protocol: extensions is the server's answer, set before the open event; ""
   * when none.
   */
  @Test
  @Spec(
      "WebSockets #dom-websocket-extensions; #feedback-from-the-protocol, connection established"
          + " step 2")
  void extensionsIsTheServersSelectionFromTheOpenEvent() throws Exception {
    Probe plain = connect("/echo-nocompress");
    assertEquals("", plain.awaitOpen().extensions(), "extensions without negotiation");
    Probe offer = connect("/headers");
    Observed open = offer.awaitOpen();
    String json = offer.awaitMessages(1).get(0).text();
    boolean offered = json != null && json.contains("permessage-deflate");
    if (offered) {
      assertTrue(
          open.extensions() != null && open.extensions().startsWith("permessage-deflate"),
          "permessage-deflate was offered and accepted; extensions inside open: "
              + open.extensions());
    } else {
      assertEquals("", open.extensions(), "nothing was offered");
    }
  }
}
