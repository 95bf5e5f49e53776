package io.w3socket.testserver;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.WriteBufferWaterMark;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.handler.codec.http.HttpDecoderConfig;
import io.netty.handler.codec.http.HttpServerCodec;
import io.netty.handler.ssl.SslHandler;
import io.netty.util.concurrent.DefaultThreadFactory;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;

/**
 * The w3socket conformance WebSocket server (RFC 6455 on Netty), with frame-level control for
 * tests: echo, subprotocol and extension selection, handshake faults, closing variants, hostile
 * frames and volume endpoints. The endpoints are documented in the module's README.md and at {@code
 * GET /}.
 *
 * <p>A server started with {@link #startTls} serves the same endpoints over TLS ({@code wss:}); the
 * caller brings the certificate, so this module needs nothing beyond Netty and the JDK.
 *
 * <p>Each instance owns its event loop, whose threads are daemon threads, so an embedding JVM can
 * exit without closing it. Typical use:
 *
 * <pre>{@code
 * try (TestServer server = TestServer.start()) {
 *     connect(server.url("/echo"));
 * }
 * }</pre>
 */
public final class TestServer implements AutoCloseable {
  private final String host;
  private final int port;
  private final boolean tls;
  private final EventLoopGroup group;
  private final Channel serverChannel;
  private final Set<Channel> connections;
  private final AtomicBoolean closed = new AtomicBoolean();
  private final HandshakeHolds holds;

  private TestServer(
      String host,
      boolean tls,
      EventLoopGroup group,
      Channel serverChannel,
      Set<Channel> connections,
      HandshakeHolds holds) {
    this.host = host;
    this.tls = tls;
    this.holds = holds;
    this.connections = connections;
    this.group = group;
    this.serverChannel = serverChannel;
    this.port = ((InetSocketAddress) serverChannel.localAddress()).getPort();
  }

  /**
   * Starts a server on 127.0.0.1 with an ephemeral port.
   *
   * @return the running server
   * @throws IllegalStateException if it cannot be started
   */
  public static TestServer start() {
    return start("127.0.0.1", 0);
  }

  /**
   * Starts a server bound to {@code host} and {@code port}.
   *
   * @param host the address or host name to bind (only this address is listened on)
   * @param port the port, or 0 for an ephemeral one
   * @return the running server
   * @throws IllegalArgumentException if the port is out of range
   * @throws IllegalStateException if the address cannot be bound
   */
  public static TestServer start(String host, int port) {
    return start(host, port, null);
  }

  /**
   * Starts a server on 127.0.0.1 with an ephemeral port that speaks TLS before anything else: the
   * same endpoints, reached with {@code wss:} ({@link #url}) and {@code https:} ({@link #httpUrl}).
   *
   * @param serverTls the server's side of TLS: a context initialised with the key and certificate
   *     chain it presents (for a test, one its clients trust, one they do not, or one whose names
   *     do not match 127.0.0.1)
   * @return the running server
   * @throws IllegalStateException if it cannot be started
   */
  public static TestServer startTls(SSLContext serverTls) {
    return start("127.0.0.1", 0, Objects.requireNonNull(serverTls, "serverTls"));
  }

  /**
   * Starts a server bound to {@code host} and {@code port} that takes plain and TLS connections on
   * that one port: {@code ws:} and {@code wss:}, {@code http:} and {@code https:}. A connection
   * whose first byte opens a TLS handshake record gets TLS, any other is served plain ({@link #url}
   * gives {@code ws:}).
   *
   * @param host the address or host name to bind (only this address is listened on)
   * @param port the port, or 0 for an ephemeral one
   * @param serverTls the server's side of TLS, asked for once, on the first TLS connection (so a
   *     server whose clients all speak plain never makes a certificate)
   * @return the running server
   * @throws IllegalArgumentException if the port is out of range
   * @throws IllegalStateException if the address cannot be bound
   */
  public static TestServer startPlainAndTls(String host, int port, Supplier<SSLContext> serverTls) {
    Objects.requireNonNull(serverTls, "serverTls");
    SSLContext[] made = {null};
    Supplier<SSLContext> once =
        () -> {
          synchronized (made) {
            if (made[0] == null) {
              made[0] = Objects.requireNonNull(serverTls.get(), "serverTls gave no context");
            }
            return made[0];
          }
        };
    return start(host, port, null, once);
  }

  private static TestServer start(String host, int port, SSLContext serverTls) {
    return start(host, port, serverTls, null);
  }

  private static TestServer start(
      String host, int port, SSLContext serverTls, Supplier<SSLContext> optionalTls) {
    Objects.requireNonNull(host, "host");
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("port out of range: " + port);
    }
    EventLoopGroup group =
        new MultiThreadIoEventLoopGroup(
            2, new DefaultThreadFactory("w3socket-testserver", true), NioIoHandler.newFactory());
    Set<Channel> connections = ConcurrentHashMap.newKeySet();
    HandshakeHolds holds = new HandshakeHolds();
    try {
      ServerBootstrap b =
          new ServerBootstrap()
              .group(group)
              .channel(NioServerSocketChannel.class)
              .option(ChannelOption.SO_BACKLOG, 256)
              .option(ChannelOption.SO_REUSEADDR, true) // restart on a fixed port despite TIME_WAIT
              .childOption(ChannelOption.TCP_NODELAY, true)
              .childOption(
                  ChannelOption.WRITE_BUFFER_WATER_MARK,
                  new WriteBufferWaterMark(256 * 1024, 1024 * 1024))
              .childHandler(
                  new ChannelInitializer<SocketChannel>() {
                    @Override
                    protected void initChannel(SocketChannel ch) {
                      connections.add(ch);
                      ch.closeFuture().addListener(f -> connections.remove(ch));
                      if (serverTls != null) {
                        SSLEngine engine = serverTls.createSSLEngine();
                        engine.setUseClientMode(false);
                        ch.pipeline().addLast("tls", new SslHandler(engine));
                      } else if (optionalTls != null) {
                        ch.pipeline().addLast("tls-or-plain", new TlsOrPlain(optionalTls));
                      }
                      HttpDecoderConfig config =
                          new HttpDecoderConfig()
                              .setMaxInitialLineLength(16 * 1024)
                              .setMaxHeaderSize(64 * 1024);
                      ch.pipeline()
                          .addLast(Http.CODEC, new HttpServerCodec(config))
                          .addLast("router", new Router(holds));
                    }
                  });
      Channel channel = b.bind(host, port).syncUninterruptibly().channel();
      return new TestServer(host, serverTls != null, group, channel, connections, holds);
    } catch (Exception e) { // bind failures arrive as (sneaky) checked exceptions
      group.shutdownGracefully(0, 0, TimeUnit.MILLISECONDS);
      throw new IllegalStateException(
          "cannot start the test server on " + host + ":" + port + ": " + e, e);
    }
  }

  /**
   * The port the server listens on.
   *
   * @return the bound port (never 0)
   */
  public int port() {
    return port;
  }

  /**
   * The host the server was bound to, as given to {@link #start(String, int)}.
   *
   * @return the host, {@code 127.0.0.1} by default
   */
  public String host() {
    return host;
  }

  /**
   * A WebSocket URL on this server.
   *
   * @param pathAndQuery path and optional query, starting with "/"
   * @return {@code "ws://HOST:PORT" + pathAndQuery}, {@code wss://} for a TLS server
   */
  public String url(String pathAndQuery) {
    return (tls ? "wss://" : "ws://") + authority() + checkPath(pathAndQuery);
  }

  /**
   * An HTTP URL on this server (for plain HTTP requests such as {@code GET /}).
   *
   * @param pathAndQuery path and optional query, starting with "/"
   * @return {@code "http://HOST:PORT" + pathAndQuery}, {@code https://} for a TLS server
   */
  public String httpUrl(String pathAndQuery) {
    return (tls ? "https://" : "http://") + authority() + checkPath(pathAndQuery);
  }

  private String authority() {
    return (host.indexOf(':') >= 0 ? "[" + host + "]" : host) + ":" + port;
  }

  private static String checkPath(String pathAndQuery) {
    if (pathAndQuery == null || !pathAndQuery.startsWith("/")) {
      throw new IllegalArgumentException("pathAndQuery must start with '/': " + pathAndQuery);
    }
    return pathAndQuery;
  }

  /** Blocks until the server is closed (by {@link #close()}). */
  void awaitClosed() throws InterruptedException {
    serverChannel.closeFuture().await();
    group.terminationFuture().await();
  }

  /**
   * Stops listening, drops every open connection and releases the event loop threads. Idempotent.
   */
  @Override
  public void close() {
    if (!closed.compareAndSet(false, true)) {
      return;
    }
    serverChannel.close().awaitUninterruptibly(5, TimeUnit.SECONDS);
    for (Channel ch : connections) {
      ch.close();
    }
    io.netty.util.concurrent.Future<?> done = group.shutdownGracefully(0, 2, TimeUnit.SECONDS);
    boolean onOwnThread = false;
    for (io.netty.util.concurrent.EventExecutor e : group) {
      onOwnThread |= e.inEventLoop();
    }
    if (!onOwnThread) {
      done.awaitUninterruptibly(5, TimeUnit.SECONDS);
    }
  }

  /**
   * Asks whether the server is settled: it will send nothing more unless a client sends something
   * first. Each open WebSocket connection must be a plain echo ({@code /echo}, {@code
   * /echo-nocompress}) with no closing handshake begun, and answer a Ping sent now with its Pong
   * before any other frame; by then the client has read every frame sent before that Ping, and the
   * server every frame the client sent before reading it. Any other connection (another endpoint,
   * an HTTP connection, one that closes meanwhile) makes the answer false. A client that does not
   * answer the Ping leaves the answer pending until its connection closes.
   *
   * @return completes, on a server thread, with true when every connection is settled
   */
  public CompletableFuture<Boolean> settled() {
    List<CompletableFuture<Boolean>> answers = new ArrayList<>();
    for (Channel ch : connections) {
      CompletableFuture<Boolean> answer = new CompletableFuture<>();
      answers.add(answer);
      try {
        ch.eventLoop()
            .execute(
                () -> {
                  ChannelHandler endpoint = ch.pipeline().get("endpoint");
                  if (endpoint instanceof WsHandler) {
                    ((WsHandler) endpoint).settle(answer);
                  } else {
                    answer.complete(!ch.isActive()); // a closed one says nothing more
                  }
                });
      } catch (RejectedExecutionException e) { // the server is closing
        answer.complete(false);
      }
    }
    CompletableFuture<Boolean> all = CompletableFuture.completedFuture(!closed.get());
    for (CompletableFuture<Boolean> answer : answers) {
      all = all.thenCombine(answer, Boolean::logicalAnd);
    }
    return all;
  }

  /**
   * Lets the held opening handshake of {@code /handshake/hold?key=K} go on: its request is answered
   * with a valid 101 now, or at once when it arrives later.
   *
   * @param key the request's {@code key} parameter
   */
  public void releaseHandshake(String key) {
    holds.release(Objects.requireNonNull(key, "key"));
  }

  @Override
  public String toString() {
    return "TestServer[" + url("/") + "]";
  }
}
