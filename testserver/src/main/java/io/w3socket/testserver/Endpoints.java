package io.w3socket.testserver;

/** The human-readable endpoint listing served at {@code GET /}. */
final class Endpoints {
  private Endpoints() {}

  static final String LISTING =
      String.join(
          "\n",
          "w3socket test server (RFC 6455). WebSocket endpoints (see testserver/README.md):",
          "",
          "  /echo[?delayCloseMs=N]        echo; permessage-deflate if offered; text 'Goodbye' ->"
              + " echo then Close 1000",
          "  /echo-nocompress              same, never negotiates extensions",
          "  /protocol?select=first|all|none|other[&value=X]   Sec-WebSocket-Protocol selection,"
              + " then echo",
          "  /extension[?value=X]          answers Sec-WebSocket-Extensions: X (default"
              + " x-never-offered), then echo",
          "  /headers                      sends the handshake as JSON, then echo",
          "  /handshake/delay?ms=N         101 after N ms, then echo",
          "  /handshake/hold?key=K         101 once TestServer.releaseHandshake(K), then echo",
          "  /handshake/status?code=N      plain HTTP response N (3xx: Location /echo, 401:"
              + " WWW-Authenticate)",
          "  /handshake/not-http           writes 'this is not http' and closes",
          "  /handshake/bad-accept         101 with a wrong Sec-WebSocket-Accept",
          "  /handshake/no-upgrade         101 without Upgrade",
          "  /handshake/no-connection      101 without Connection",
          "  /handshake/hang               never answers",
          "  /close?code=N&reason=R&delayMs=D   server starts the closing handshake",
          "  /close/empty                  server sends an empty Close",
          "  /close/no-reply?dropAfterMs=N never answers the client's Close; drops TCP N ms after"
              + " it",
          "  /drop?when=handshake|open|mid-message|after-message[&afterMs=N][&rst=1]   abrupt TCP"
              + " close",
          "  /hostile/<case>               raw protocol violations (invalid-utf8, unknown-opcode,"
              + " rsv-bits,",
          "                                masked-frame, control-too-long, fragmented-control,",
          "                                continuation-without-start, close-1-byte,"
              + " close-invalid-code[?code=N],",
          "                                close-invalid-utf8-reason, text-inside-fragmented, ping,"
              + " valid-fragmented)",
          "  /raw[?hex=..]                 text messages are hex written verbatim; binary payloads"
              + " written verbatim",
          "  /send?size=N&count=K&type=text|binary&fragment=F   server sends pattern messages, then"
              + " echo",
          "  /burst?count=K&size=N         K binary messages in one write, then echo",
          "  /sink                         counts; text 'report' ->"
              + " {\"messages\",\"bytes\",\"sha256\"}",
          "  /slow?bytesPerSecond=N        like /sink, reading slowly",
          "",
          "Pattern: binary byte i = (i*31+7) & 0xFF; text char i = 'a' + i % 26.",
          "");
}
