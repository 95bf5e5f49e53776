package io.w3socket.testserver;

import io.netty.bootstrap.Bootstrap;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.buffer.ByteBuf;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.ChannelInputShutdownEvent;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.channel.socket.nio.NioSocketChannel;
import io.netty.util.concurrent.DefaultThreadFactory;
import java.net.InetSocketAddress;
import java.util.ArrayDeque;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A TCP proxy on 127.0.0.1 that injects one {@link Fault} into each connection it relays: drops
 * (FIN or RST) at a byte offset, stalls, trickles, splits every write into single bytes, corrupts
 * one byte, or half-closes one direction. One event-loop thread (daemon) serves every listener, so
 * a connection's two directions never race and a seeded fault replays byte for byte.
 *
 * <pre>{@code
 * try (FaultProxy proxy = FaultProxy.start();
 *     FaultProxy.Listener l = proxy.listen(server.port(), fault)) {
 *   connect("ws://127.0.0.1:" + l.port() + "/echo");
 * }
 * }</pre>
 */
public final class FaultProxy implements AutoCloseable {
  private final EventLoopGroup group;

  private FaultProxy(EventLoopGroup group) {
    this.group = group;
  }

  /**
   * Starts the proxy's event loop.
   *
   * @return the proxy, with no listener yet
   */
  public static FaultProxy start() {
    return new FaultProxy(
        new MultiThreadIoEventLoopGroup(
            1, new DefaultThreadFactory("w3socket-fault-proxy", true), NioIoHandler.newFactory()));
  }

  /** A listening port whose connections are relayed to the target with one fault each. */
  public static final class Listener implements AutoCloseable {
    private final Channel channel;

    /** Set once a connection's fault has happened; written on the proxy thread. */
    private final AtomicBoolean fired;

    private Listener(Channel channel, AtomicBoolean fired) {
      this.channel = channel;
      this.fired = fired;
    }

    /**
     * The port to connect to.
     *
     * @return the ephemeral port on 127.0.0.1
     */
    public int port() {
      return ((InetSocketAddress) channel.localAddress()).getPort();
    }

    /**
     * Whether the fault has happened on a connection (its offset was reached).
     *
     * @return true once fired
     */
    public boolean fired() {
      return fired.get();
    }

    /** Stops listening; relayed connections end on their own. */
    @Override
    public void close() {
      channel.close().syncUninterruptibly();
    }
  }

  /**
   * Listens on an ephemeral port of 127.0.0.1 and relays every connection to {@code 127.0.0.1:
   * targetPort}, injecting {@code fault}.
   *
   * @param targetPort the server's port
   * @param fault the fault for each connection
   * @return the listener
   */
  public Listener listen(int targetPort, Fault fault) {
    AtomicBoolean fired = new AtomicBoolean();
    Channel server =
        new ServerBootstrap()
            .group(group)
            .channel(NioServerSocketChannel.class)
            .childOption(ChannelOption.AUTO_READ, false)
            .childOption(ChannelOption.ALLOW_HALF_CLOSURE, true)
            .childOption(ChannelOption.TCP_NODELAY, true)
            .childHandler(
                new ChannelInitializer<SocketChannel>() {
                  @Override
                  protected void initChannel(SocketChannel client) {
                    connect(client, targetPort, fault, fired);
                  }
                })
            .bind("127.0.0.1", 0)
            .syncUninterruptibly()
            .channel();
    return new Listener(server, fired);
  }

  private void connect(SocketChannel client, int targetPort, Fault fault, AtomicBoolean fired) {
    Relay relay = new Relay(client, fault, fired);
    client.pipeline().addLast(relay.side(false));
    new Bootstrap()
        .group(client.eventLoop())
        .channel(NioSocketChannel.class)
        .option(ChannelOption.ALLOW_HALF_CLOSURE, true)
        .option(ChannelOption.TCP_NODELAY, true)
        .handler(relay.side(true))
        .connect("127.0.0.1", targetPort)
        .addListener(
            (ChannelFutureListener)
                f -> {
                  if (f.isSuccess()) {
                    relay.server = f.channel();
                    client.config().setAutoRead(true);
                  } else {
                    client.close();
                  }
                });
  }

  /**
   * One relayed connection: two {@link Pipe}s. Everything runs on the connection's event-loop
   * thread.
   */
  private static final class Relay {
    final Channel client;

    /** Set once the upstream connection is made; read and written on the event-loop thread. */
    Channel server;

    final Pipe toClient;
    final Pipe toServer;
    final AtomicBoolean fired;

    Relay(Channel client, Fault fault, AtomicBoolean fired) {
      this.client = client;
      this.fired = fired;
      Fault none = new Fault(Fault.Kind.NONE, false, 0, 0);
      this.toClient = new Pipe(this, true, fault.toClient() ? fault : none);
      this.toServer = new Pipe(this, false, fault.toClient() ? none : fault);
    }

    /** The handler on one side: what it reads goes through the pipe towards the other side. */
    ChannelInboundHandlerAdapter side(boolean serverSide) {
      Pipe pipe = serverSide ? toClient : toServer;
      return new ChannelInboundHandlerAdapter() {
        @Override
        public void channelRead(ChannelHandlerContext ctx, Object msg) {
          pipe.add((ByteBuf) msg);
        }

        @Override
        public void userEventTriggered(ChannelHandlerContext ctx, Object evt) {
          if (evt instanceof ChannelInputShutdownEvent) {
            pipe.endOfInput();
          }
        }

        @Override
        public void channelInactive(ChannelHandlerContext ctx) {
          pipe.endOfInput();
        }

        @Override
        public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
          closeBoth(false); // a reset or a write to a closed peer: end the relay
        }
      };
    }

    void closeBoth(boolean reset) {
      for (Channel c : new Channel[] {client, server}) {
        if (c != null && c.isOpen()) {
          if (reset) {
            c.config().setOption(ChannelOption.SO_LINGER, 0);
          }
          c.close();
        }
      }
    }
  }

  /** One direction: bytes wait here in order and leave as the fault allows. */
  private static final class Pipe {
    final Relay relay;
    final boolean toClient;
    final Fault fault;
    final ArrayDeque<ByteBuf> pending = new ArrayDeque<>();

    // All mutable state below is confined to the connection's event-loop thread.
    long passed;
    boolean fired;
    boolean paused;
    boolean inputEnded;
    boolean outputShut;
    long trickleLeft;
    boolean splitting;

    Pipe(Relay relay, boolean toClient, Fault fault) {
      this.relay = relay;
      this.toClient = toClient;
      this.fault = fault;
    }

    Channel destination() {
      return toClient ? relay.client : relay.server;
    }

    void add(ByteBuf b) {
      if (outputShut) {
        b.release();
        return;
      }
      pending.add(b);
      drain();
    }

    void endOfInput() {
      inputEnded = true;
      drain();
    }

    void drain() {
      Channel dst = destination();
      while (!paused && !outputShut && !pending.isEmpty()) {
        ByteBuf b = pending.peek();
        if (!b.isReadable()) {
          pending.poll().release();
          continue;
        }
        if (!fired
            && fault.kind() != Fault.Kind.NONE
            && passed + b.readableBytes() > fault.offset()) {
          int before = (int) (fault.offset() - passed);
          if (before > 0) {
            write(dst, b.readRetainedSlice(before));
            continue;
          }
          fire(dst, b);
          continue;
        }
        if (trickleLeft > 0) {
          write(dst, b.readRetainedSlice(1));
          trickleLeft--;
          paused = true;
          dst.eventLoop()
              .schedule(
                  () -> {
                    paused = false;
                    drain();
                  },
                  1,
                  TimeUnit.MILLISECONDS);
          return;
        }
        if (splitting) {
          while (b.isReadable()) {
            write(dst, b.readRetainedSlice(1));
          }
          continue;
        }
        write(dst, b.readRetainedSlice(b.readableBytes()));
      }
      if (!paused && pending.isEmpty() && inputEnded && !outputShut) {
        // The source finished (FIN or gone): pass the end on, and end the relay once both are done.
        shutOutput(dst);
      }
    }

    private void fire(Channel dst, ByteBuf b) {
      fired = true;
      relay.fired.set(true);
      switch (fault.kind()) {
        case DROP_FIN -> relay.closeBoth(false);
        case DROP_RST -> relay.closeBoth(true);
        case STALL -> {
          paused = true;
          dst.eventLoop()
              .schedule(
                  () -> {
                    paused = false;
                    drain();
                  },
                  fault.param(),
                  TimeUnit.MILLISECONDS);
        }
        case TRICKLE -> trickleLeft = fault.param();
        case SPLIT -> splitting = true;
        case CORRUPT -> {
          int at = b.readerIndex();
          b.setByte(at, b.getByte(at) ^ fault.param());
        }
        case HALF_CLOSE -> {
          shutOutput(dst);
          releasePending();
        }
        case NONE -> {}
      }
      if (fault.destructive() && fault.kind() != Fault.Kind.HALF_CLOSE) {
        releasePending();
      }
    }

    private void releasePending() {
      ByteBuf b;
      while ((b = pending.poll()) != null) {
        b.release();
      }
    }

    private void write(Channel dst, ByteBuf slice) {
      passed += slice.readableBytes();
      dst.writeAndFlush(slice);
    }

    private void shutOutput(Channel dst) {
      outputShut = true;
      Pipe other = toClient ? relay.toServer : relay.toClient;
      if (other.outputShut) {
        relay.closeBoth(false);
      } else if (dst instanceof SocketChannel s && s.isOpen()) {
        s.shutdownOutput();
      }
    }
  }

  /** Stops every listener and connection and the event loop. */
  @Override
  public void close() {
    group.shutdownGracefully(0, 0, TimeUnit.MILLISECONDS).syncUninterruptibly();
  }
}
