package io.w3socket.testserver;

import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.http.websocketx.CloseWebSocketFrame;
import io.netty.handler.codec.http.websocketx.PingWebSocketFrame;
import io.netty.handler.codec.http.websocketx.PongWebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketFrame;
import io.netty.util.ReferenceCountUtil;
import java.util.ArrayDeque;
import java.util.Iterator;

/**
 * {@code /send}: streams K pattern messages of N bytes (optionally in F-byte frames) straight from
 * a shared pattern table, 64 KiB at a time and only while the channel is writable, so even 64 MiB
 * messages are never held in memory. Then it echoes.
 *
 * <p>While generating, input is deferred: Pings are answered and a Close stops the generation at
 * the next frame boundary (RFC 6455 §5.4 allows control frames between fragments); data messages
 * are echoed once generation is over.
 */
final class SendHandler extends WsHandler {
  private final long size;
  private final int count;
  private final boolean text;
  private final long fragment;

  private boolean generating;
  private int sent;
  private long messageOffset;
  private long frameRemaining;
  private boolean inFrame;
  private boolean finalFrame;
  private final ArrayDeque<Object> deferred = new ArrayDeque<>();

  SendHandler(long size, int count, boolean text, long fragment) {
    this.size = size;
    this.count = count;
    this.text = text;
    this.fragment = fragment;
  }

  static void route(ChannelHandlerContext ctx, Req req) {
    long size = req.longParam("size", 0, 0, 1L << 30);
    int count = req.intParam("count", 1, 0, 1_000_000);
    String type = req.param("type", "binary");
    if (!"binary".equals(type) && !"text".equals(type)) {
      throw new Req.BadParam("type must be text or binary");
    }
    long fragment = req.longParam("fragment", 0, 0, 1L << 30);
    Router.websocket(
        ctx,
        req,
        Upgrade.Options.of(false),
        new SendHandler(size, count, "text".equals(type), fragment));
  }

  @Override
  void onOpen() {
    generating = count > 0;
    pump();
  }

  @Override
  public void channelRead(ChannelHandlerContext ctx, Object msg) {
    if (generating) {
      deferred.add(msg);
    } else {
      super.channelRead(ctx, msg);
    }
  }

  @Override
  public void channelWritabilityChanged(ChannelHandlerContext ctx) {
    if (ctx.channel().isWritable()) {
      pump();
    }
    ctx.fireChannelWritabilityChanged();
  }

  @Override
  public void channelInactive(ChannelHandlerContext ctx) {
    generating = false;
    while (!deferred.isEmpty()) {
      ReferenceCountUtil.release(deferred.poll());
    }
    ctx.fireChannelInactive();
  }

  private void pump() {
    while (generating && ctx.channel().isActive() && ctx.channel().isWritable()) {
      if (!inFrame) {
        if (handleDeferredControl()) {
          break;
        }
        if (sent == count) {
          finish();
          break;
        }
        boolean first = messageOffset == 0;
        long remaining = size - messageOffset;
        long length = fragment > 0 ? Math.min(fragment, remaining) : remaining;
        finalFrame = length == remaining;
        // RFC 6455 §5.4: first frame carries the message opcode, the rest are continuations.
        int opcode = first ? (text ? Frames.TEXT : Frames.BINARY) : Frames.CONTINUATION;
        ctx.write(
            Unpooled.wrappedBuffer(
                Frames.header((finalFrame ? Frames.FIN : 0) | opcode, length, null)));
        frameRemaining = length;
        inFrame = true;
      }
      if (frameRemaining > 0) {
        int n = (int) Math.min(Frames.maxChunk(), frameRemaining);
        ctx.write(Frames.pattern(text, messageOffset, n));
        messageOffset += n;
        frameRemaining -= n;
      }
      if (frameRemaining == 0) {
        inFrame = false;
        if (finalFrame) {
          sent++;
          messageOffset = 0;
        }
      }
    }
    ctx.flush();
  }

  /** At a frame boundary: answers deferred Pings; on a deferred Close stops and answers it. */
  private boolean handleDeferredControl() {
    Iterator<Object> it = deferred.iterator();
    while (it.hasNext()) {
      Object msg = it.next();
      if (msg instanceof PingWebSocketFrame) {
        it.remove();
        WebSocketFrame ping = (WebSocketFrame) msg;
        // RFC 6455 §5.5.3: Pong with the Ping's application data.
        ctx.write(Frames.frameBuf(Frames.FIN | Frames.PONG, ByteBufUtil.getBytes(ping.content())));
        ping.release();
      } else if (msg instanceof PongWebSocketFrame) {
        it.remove();
        ((WebSocketFrame) msg).release();
      } else if (msg instanceof CloseWebSocketFrame) {
        it.remove();
        generating = false;
        // Data that arrived before the Close is not echoed: we may be inside a fragmented message.
        while (!deferred.isEmpty()) {
          ReferenceCountUtil.release(deferred.poll());
        }
        super.channelRead(ctx, msg);
        return true;
      }
    }
    return false;
  }

  private void finish() {
    generating = false;
    while (!deferred.isEmpty() && ctx.channel().isActive()) {
      super.channelRead(ctx, deferred.poll());
    }
    while (!deferred.isEmpty()) {
      ReferenceCountUtil.release(deferred.poll());
    }
  }
}
