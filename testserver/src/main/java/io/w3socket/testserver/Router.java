package io.w3socket.testserver;

import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.util.ReferenceCountUtil;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Reads the one HTTP request head of a connection and dispatches it to an endpoint (see README.md).
 * Requests are not aggregated, so the headers seen are exactly those sent; any body is ignored.
 */
final class Router extends ChannelInboundHandlerAdapter {
  /** Routed only once per connection; anything after the first request is discarded. */
  private boolean routed;

  /** The gates of {@code /handshake/hold}, shared by the server's connections. */
  private final HandshakeHolds holds;

  Router(HandshakeHolds holds) {
    this.holds = holds;
  }

  @Override
  public void channelRead(ChannelHandlerContext ctx, Object msg) {
    if (!(msg instanceof HttpRequest) || routed) {
      ReferenceCountUtil.release(msg);
      return;
    }
    HttpRequest request = (HttpRequest) msg;
    routed = true;
    try {
      if (!request.decoderResult().isSuccess()) {
        Http.respond(ctx, 400, null, "malformed HTTP request\n");
        return;
      }
      Req req = new Req(request);
      try {
        if (req.path.equals("/handshake/hold")) {
          hold(ctx, req);
        } else {
          route(ctx, req);
        }
      } catch (Req.BadParam e) {
        Http.respond(ctx, 400, null, e.getMessage() + "\n");
      }
    } finally {
      ReferenceCountUtil.release(request);
    }
  }

  @Override
  public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
    ctx.close();
  }

  /**
   * {@code /handshake/hold?key=K}: validates the request, then answers a valid 101 (deflate if
   * offered) and echoes once {@link TestServer#releaseHandshake(String)} released K.
   */
  private void hold(ChannelHandlerContext ctx, Req req) {
    String key = req.param("key");
    if (key == null || key.isEmpty()) {
      Http.respond(ctx, 400, null, "/handshake/hold needs key=K\n");
      return;
    }
    if (!Upgrade.validate(ctx, req)) {
      return;
    }
    ctx.channel().closeFuture().addListener(f -> holds.forget(key));
    holds
        .gate(key)
        .thenRun(
            () ->
                ctx.executor()
                    .execute(
                        () -> {
                          holds.forget(key);
                          if (ctx.channel().isActive()) {
                            Upgrade.accept(ctx, req, Upgrade.Options.of(true), new WsHandler());
                          }
                        }));
  }

  private static void route(ChannelHandlerContext ctx, Req req) {
    String path = req.path;
    if (path.startsWith("/hostile/")) {
      hostile(ctx, req, path.substring("/hostile/".length()));
      return;
    }
    switch (path) {
      case "/":
        Http.respond(ctx, 200, null, Endpoints.LISTING);
        return;
      case "/echo":
      case "/echo-nocompress":
        {
          WsHandler h = new WsHandler();
          h.delayCloseMs = req.longParam("delayCloseMs", 0, 0, Long.MAX_VALUE);
          websocket(ctx, req, Upgrade.Options.of("/echo".equals(path)), h);
          return;
        }
      case "/protocol":
        protocol(ctx, req);
        return;
      case "/extension":
        {
          Upgrade.Options o = Upgrade.Options.of(false);
          o.extensionsOverride = req.param("value", "x-never-offered");
          websocket(ctx, req, o, new WsHandler());
          return;
        }
      case "/headers":
        {
          // Selects the first offered subprotocol (if any), so clients that offer some can open.
          Upgrade.Options o = Upgrade.Options.of(true);
          List<String> offered = req.offeredProtocols();
          o.protocol = offered.isEmpty() ? null : offered.get(0);
          websocket(ctx, req, o, new HeadersHandler(req));
          return;
        }
      case "/handshake/delay":
        {
          long ms = req.longParam("ms", 0, 0, Long.MAX_VALUE);
          if (!Upgrade.validate(ctx, req)) {
            return;
          }
          ctx.executor()
              .schedule(
                  () -> {
                    if (ctx.channel().isActive()) {
                      Upgrade.accept(ctx, req, Upgrade.Options.of(true), new WsHandler());
                    }
                  },
                  ms,
                  TimeUnit.MILLISECONDS);
          return;
        }
      case "/handshake/status":
        status(ctx, req);
        return;
      case "/handshake/not-http":
        Http.detach(ctx);
        ctx.writeAndFlush(
                Unpooled.copiedBuffer("this is not http\r\n\r\n", StandardCharsets.US_ASCII))
            .addListener(ChannelFutureListener.CLOSE);
        return;
      case "/handshake/bad-accept":
        // A syntactically fine but wrong Sec-WebSocket-Accept (RFC 6455 §4.1, client step 4 must
        // fail).
        Upgrade.rawSwitch(
            ctx, Upgrade.response101(Upgrade.accept("wrong" + key(req)), null, null, true, true));
        return;
      case "/handshake/no-upgrade":
        Upgrade.rawSwitch(
            ctx, Upgrade.response101(Upgrade.accept(key(req)), null, null, false, true));
        return;
      case "/handshake/no-connection":
        Upgrade.rawSwitch(
            ctx, Upgrade.response101(Upgrade.accept(key(req)), null, null, true, false));
        return;
      case "/handshake/hang":
        // Never answers; the request has been read. The connection ends when the client leaves.
        ctx.pipeline().addAfter(ctx.name(), "discard", new Upgrade.Discard());
        ctx.pipeline().remove(ctx.handler());
        Http.detach(ctx);
        return;
      case "/close":
      case "/close/empty":
        {
          boolean empty = "/close/empty".equals(path);
          int code = empty ? -1 : req.intParam("code", -1, 0, 65535);
          String reason = empty ? "" : req.param("reason", "");
          long delay = req.longParam("delayMs", 0, 0, Long.MAX_VALUE);
          if (code < 0 && !reason.isEmpty()) {
            throw new Req.BadParam("reason needs a code");
          }
          websocket(
              ctx,
              req,
              Upgrade.Options.of(true),
              new WsHandler() {
                @Override
                void onOpen() {
                  schedule(
                      delay,
                      () -> {
                        if (!closeSent && !closeReceived) {
                          startClose(code, reason);
                        }
                      });
                }
              });
          return;
        }
      case "/close/no-reply":
        {
          WsHandler h = new WsHandler();
          h.answerClose = false;
          h.dropAfterCloseMs = req.longParam("dropAfterMs", 0, 0, Long.MAX_VALUE);
          h.reset = rst(req);
          websocket(ctx, req, Upgrade.Options.of(true), h);
          return;
        }
      case "/drop":
        drop(ctx, req);
        return;
      case "/raw":
        {
          byte[] initial = null;
          if (req.has("hex")) {
            initial = Frames.parseHex(req.param("hex", ""));
            if (initial == null) {
              throw new Req.BadParam("parameter hex is not valid hex");
            }
          }
          websocket(ctx, req, Upgrade.Options.of(false), new RawHandler(initial));
          return;
        }
      case "/send":
        SendHandler.route(ctx, req);
        return;
      case "/burst":
        {
          int count = req.intParam("count", 10, 0, 1_000_000);
          int size = req.intParam("size", 16, 0, Upgrade.MAX_MESSAGE);
          if ((long) count * size > Upgrade.MAX_MESSAGE) {
            throw new Req.BadParam("count * size must not exceed " + Upgrade.MAX_MESSAGE);
          }
          websocket(ctx, req, Upgrade.Options.of(false), new BurstHandler(count, size));
          return;
        }
      case "/sink":
        {
          Upgrade.Options o = Upgrade.Options.of(true);
          o.aggregate = false;
          websocket(ctx, req, o, new SinkHandler(0));
          return;
        }
      case "/slow":
        {
          long rate = req.longParam("bytesPerSecond", 1024, 1, Integer.MAX_VALUE);
          Upgrade.Options o = Upgrade.Options.of(true);
          o.aggregate = false;
          websocket(ctx, req, o, new SinkHandler(rate));
          return;
        }
      default:
        Http.respond(ctx, 404, null, "no such endpoint: " + req.rawPath + " (see GET /)\n");
    }
  }

  static boolean rst(Req req) {
    String v = req.param("rst", "0");
    return "1".equals(v) || "true".equalsIgnoreCase(v);
  }

  private static String key(Req req) {
    String k = req.header("Sec-WebSocket-Key");
    return k == null ? "" : k.trim();
  }

  /**
   * A normal WebSocket endpoint: validate the handshake, then answer 101 and run {@code handler}.
   */
  static void websocket(
      ChannelHandlerContext ctx, Req req, Upgrade.Options options, WsHandler handler) {
    if (Upgrade.validate(ctx, req)) {
      Upgrade.accept(ctx, req, options, handler);
    }
  }

  private static void protocol(ChannelHandlerContext ctx, Req req) {
    String select = req.param("select", "first");
    List<String> offered = req.offeredProtocols();
    Upgrade.Options o = Upgrade.Options.of(true);
    switch (select) {
      case "first":
        o.protocol = offered.isEmpty() ? null : offered.get(0);
        break;
      case "all":
        o.protocol = offered.isEmpty() ? null : String.join(", ", offered);
        break;
      case "none":
        o.protocol = null;
        break;
      case "other":
        o.protocol = req.param("value", "never-offered");
        break;
      default:
        throw new Req.BadParam("select must be first, all, none or other");
    }
    websocket(ctx, req, o, new WsHandler());
  }

  private static void status(ChannelHandlerContext ctx, Req req) {
    int code = req.intParam("code", 500, 100, 999);
    Map<String, String> headers = new LinkedHashMap<>();
    if (code >= 300 && code < 400) {
      headers.put("Location", "/echo");
    }
    if (code == 401) {
      headers.put("WWW-Authenticate", "Basic realm=\"w3socket\"");
    }
    Http.respond(ctx, code, headers, "status " + code + " from /handshake/status\n");
  }

  private static void drop(ChannelHandlerContext ctx, Req req) {
    String when = req.param("when", "open");
    boolean reset = rst(req);
    switch (when) {
      case "handshake":
        Http.detach(ctx);
        if (reset) {
          ctx.channel().config().setOption(io.netty.channel.ChannelOption.SO_LINGER, 0);
        }
        ctx.close();
        return;
      case "open":
      case "mid-message":
        {
          boolean mid = "mid-message".equals(when);
          WsHandler h =
              new WsHandler() {
                @Override
                void onOpen() {
                  if (mid) {
                    // Announce a 1000-byte binary frame (RFC 6455 §5.2) but send only 10 bytes of
                    // it.
                    byte[] head = Frames.header(Frames.FIN | Frames.BINARY, 1000, null);
                    ctx.write(Unpooled.wrappedBuffer(head));
                    ctx.write(Unpooled.wrappedBuffer(Frames.patternBytes(false, 10)));
                  }
                  ctx.writeAndFlush(Unpooled.EMPTY_BUFFER).addListener(f -> drop());
                }
              };
          h.reset = reset;
          websocket(ctx, req, Upgrade.Options.of(false), h);
          return;
        }
      case "after-message":
        {
          WsHandler h = new WsHandler();
          h.dropAfterMessageMs = req.longParam("afterMs", 0, 0, Long.MAX_VALUE);
          h.reset = reset;
          websocket(ctx, req, Upgrade.Options.of(true), h);
          return;
        }
      default:
        throw new Req.BadParam("when must be handshake, open, mid-message or after-message");
    }
  }

  private static void hostile(ChannelHandlerContext ctx, Req req, String name) {
    List<byte[]> frames = new ArrayList<>();
    boolean includesClose = false;
    boolean pingCase = false;
    byte[] hello = "Hello".getBytes(StandardCharsets.US_ASCII);
    switch (name) {
      case "invalid-utf8":
        // RFC 6455 §8.1: a text frame whose payload is not UTF-8 (C3 28).
        frames.add(Frames.frame(Frames.FIN | Frames.TEXT, new byte[] {(byte) 0xC3, 0x28}));
        break;
      case "unknown-opcode":
        // RFC 6455 §5.2: opcode 0x3 is reserved.
        frames.add(Frames.frame(Frames.FIN | 0x3, hello));
        break;
      case "rsv-bits":
        // RFC 6455 §5.2: RSV1/RSV2 set without a negotiated extension.
        frames.add(Frames.frame(Frames.FIN | Frames.RSV1 | Frames.RSV2 | Frames.TEXT, hello));
        break;
      case "masked-frame":
        // RFC 6455 §5.1: a server MUST NOT mask frames.
        frames.add(
            Frames.maskedFrame(
                Frames.FIN | Frames.TEXT, hello, new byte[] {0x11, 0x22, 0x33, 0x44}));
        break;
      case "control-too-long":
        // RFC 6455 §5.5: control frames carry at most 125 bytes.
        frames.add(Frames.frame(Frames.FIN | Frames.PING, Frames.patternBytes(true, 126)));
        break;
      case "fragmented-control":
        // RFC 6455 §5.5: control frames MUST NOT be fragmented.
        frames.add(Frames.frame(Frames.PING, hello));
        break;
      case "continuation-without-start":
        // RFC 6455 §5.4: a continuation frame with no message in progress.
        frames.add(Frames.frame(Frames.FIN | Frames.CONTINUATION, hello));
        break;
      case "close-1-byte":
        // RFC 6455 §5.5.1: a Close body, if present, starts with a 2-byte code.
        frames.add(Frames.frame(Frames.FIN | Frames.CLOSE, new byte[] {0x03}));
        includesClose = true;
        break;
      case "close-invalid-code":
        {
          // RFC 6455 §7.4.1: 1005 (and others) must never be sent in a Close frame.
          int code = req.intParam("code", 1005, 0, 65535);
          frames.add(Frames.frame(Frames.FIN | Frames.CLOSE, Frames.closeBody(code, "")));
          includesClose = true;
          break;
        }
      case "close-invalid-utf8-reason":
        // RFC 6455 §5.5.1: the reason is UTF-8.
        frames.add(
            Frames.frame(
                Frames.FIN | Frames.CLOSE, new byte[] {0x03, (byte) 0xE8, (byte) 0xC3, 0x28}));
        includesClose = true;
        break;
      case "text-inside-fragmented":
        // RFC 6455 §5.4: a new data message may not start before the fragmented one ends.
        frames.add(Frames.frame(Frames.TEXT, "Hel".getBytes(StandardCharsets.US_ASCII)));
        frames.add(
            Frames.frame(Frames.FIN | Frames.TEXT, "lo!".getBytes(StandardCharsets.US_ASCII)));
        break;
      case "ping":
        {
          // RFC 6455 §5.5.2: each Ping is answered; count=N writes N Pings in one flush, payloads
          // hello1 … helloN (just hello when N is 1).
          int count = req.intParam("count", 1, 1, 100);
          for (int i = 1; i <= count; i++) {
            String payload = count == 1 ? "hello" : "hello" + i;
            frames.add(
                Frames.frame(
                    Frames.FIN | Frames.PING, payload.getBytes(StandardCharsets.US_ASCII)));
          }
          pingCase = true;
          break;
        }
      case "valid-fragmented":
        // RFC 6455 §5.4: control frames may be injected between fragments.
        frames.add(Frames.frame(Frames.TEXT, hello));
        frames.add(Frames.frame(Frames.FIN | Frames.PING, new byte[0]));
        frames.add(Frames.frame(Frames.CONTINUATION, ", ".getBytes(StandardCharsets.US_ASCII)));
        frames.add(
            Frames.frame(
                Frames.FIN | Frames.CONTINUATION, "world".getBytes(StandardCharsets.US_ASCII)));
        break;
      default:
        Http.respond(ctx, 404, null, "no such hostile case: " + name + "\n");
        return;
    }
    websocket(
        ctx, req, Upgrade.Options.of(false), new HostileHandler(frames, includesClose, pingCase));
  }
}
