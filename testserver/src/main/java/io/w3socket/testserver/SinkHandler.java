package io.w3socket.testserver;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelDuplexHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelOption;
import io.netty.channel.FixedRecvByteBufAllocator;
import io.netty.handler.codec.http.websocketx.ContinuationWebSocketFrame;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketFrame;
import io.netty.util.concurrent.ScheduledFuture;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.concurrent.TimeUnit;

/**
 * {@code /sink} and {@code /slow}: counts messages, payload bytes and a running SHA-256 over all
 * payload bytes, frame by frame (messages are not buffered). The text message {@code report} is
 * answered with a JSON summary of everything received before it (it is not counted itself). With a
 * rate, the socket is read slowly so that the client's send buffer fills.
 */
final class SinkHandler extends WsHandler {
  private static final byte[] REPORT = "report".getBytes(StandardCharsets.US_ASCII);

  private final long bytesPerSecond;
  private final MessageDigest sha256;
  private long messages;
  private long bytes;

  /** Whether a message is in progress, and whether it is text. */
  private boolean inMessage;

  private boolean text;

  /** A text message's first bytes, held back until it is clear whether it is "report". */
  private byte[] held = new byte[REPORT.length];

  private int heldLength;
  private long messageLength;

  SinkHandler(long bytesPerSecond) {
    this.bytesPerSecond = bytesPerSecond;
    this.echo = false;
    this.goodbye = false;
    try {
      this.sha256 = MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  void onOpen() {
    if (bytesPerSecond > 0) {
      ctx.pipeline().addFirst("throttle", new Throttle(bytesPerSecond));
    }
  }

  @Override
  void onMessage(WebSocketFrame frame) {
    try {
      if (!(frame instanceof ContinuationWebSocketFrame)) {
        inMessage = true;
        text = frame instanceof TextWebSocketFrame;
        heldLength = 0;
        messageLength = 0;
      } else if (!inMessage) {
        return;
      }
      ByteBuf content = frame.content();
      int n = content.readableBytes();
      messageLength += n;
      if (text && messageLength <= REPORT.length) {
        content.readBytes(held, heldLength, n);
        heldLength += n;
      } else {
        releaseHeld();
        update(content);
      }
      if (frame.isFinalFragment()) {
        inMessage = false;
        if (text
            && heldLength == REPORT.length
            && messageLength == REPORT.length
            && Arrays.equals(held, REPORT)) {
          heldLength = 0;
          report();
        } else {
          releaseHeld();
          messages++;
        }
      }
    } finally {
      frame.release();
    }
  }

  private void releaseHeld() {
    if (heldLength > 0) {
      sha256.update(held, 0, heldLength);
      bytes += heldLength;
      heldLength = 0;
    }
  }

  private void update(ByteBuf content) {
    int n = content.readableBytes();
    if (content.hasArray()) {
      sha256.update(content.array(), content.arrayOffset() + content.readerIndex(), n);
    } else {
      sha256.update(content.nioBuffer());
    }
    bytes += n;
  }

  private void report() {
    String hex;
    try {
      hex = HexFormat.of().formatHex(((MessageDigest) sha256.clone()).digest());
    } catch (CloneNotSupportedException e) {
      throw new IllegalStateException(e);
    }
    String json =
        "{\"messages\":" + messages + ",\"bytes\":" + bytes + ",\"sha256\":\"" + hex + "\"}";
    if (!closeSent) {
      ctx.writeAndFlush(new TextWebSocketFrame(json));
    }
  }

  /**
   * Reads from the socket at about {@code bytesPerSecond}: auto-read is off, every read request
   * from the handlers behind it is swallowed, and a timer issues one bounded read per tick.
   */
  static final class Throttle extends ChannelDuplexHandler {
    private static final long TICK_MS = 50;
    private final int chunk;
    private final long periodMs;
    private ScheduledFuture<?> timer;

    Throttle(long bytesPerSecond) {
      long perTick = bytesPerSecond * TICK_MS / 1000;
      if (perTick >= 1) {
        this.chunk = (int) Math.min(perTick, 1 << 20);
        this.periodMs = TICK_MS;
      } else {
        this.chunk = 1;
        this.periodMs = Math.max(1, 1000 / bytesPerSecond);
      }
    }

    @Override
    public void handlerAdded(ChannelHandlerContext ctx) {
      ctx.channel().config().setAutoRead(false);
      ctx.channel()
          .config()
          .setRecvByteBufAllocator(new FixedRecvByteBufAllocator(chunk).maxMessagesPerRead(1));
      // A small receive buffer makes the kernel window (and so the client's send buffer) fill
      // early.
      ctx.channel().config().setOption(ChannelOption.SO_RCVBUF, Math.max(4096, chunk));
      timer =
          ctx.executor().scheduleAtFixedRate(ctx::read, periodMs, periodMs, TimeUnit.MILLISECONDS);
    }

    @Override
    public void read(ChannelHandlerContext ctx) {
      // Swallowed: only the timer reads.
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) {
      timer.cancel(false);
      ctx.fireChannelInactive();
    }

    @Override
    public void handlerRemoved(ChannelHandlerContext ctx) {
      if (timer != null) {
        timer.cancel(false);
      }
    }
  }
}
