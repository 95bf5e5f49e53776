package io.w3socket.testserver;

import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import java.util.LinkedHashMap;
import java.util.Map;

/** {@code /headers}: reports the opening handshake as one JSON text message, then echoes. */
final class HeadersHandler extends WsHandler {
  private final String json;

  HeadersHandler(Req req) {
    Map<String, Object> o = new LinkedHashMap<>();
    o.put("origin", req.header("Origin"));
    java.util.List<String> cookies = req.headers.getAll("Cookie");
    o.put("cookie", cookies.isEmpty() ? null : String.join("; ", cookies));
    o.put("userAgent", req.header("User-Agent"));
    o.put("query", req.rawQuery);
    o.put("protocols", req.offeredProtocols());
    o.put("extensions", req.offeredExtensions());
    o.put("path", req.rawPath);
    o.put("headers", req.headerMap());
    this.json = Json.value(o);
  }

  @Override
  void onOpen() {
    ctx.writeAndFlush(new TextWebSocketFrame(json));
  }
}
