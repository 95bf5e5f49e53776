package io.w3socket;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.StandardSocketOptions;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.SocketChannel;
import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import okio.Buffer;

/**
 * An opening handshake run on the selector thread ({@link IoLoop}) rather than on OkHttp: the
 * connection's channel is connected without blocking, the request ({@link Handshake#requestBytes})
 * written and the response's head ({@link ResponseHead}) read as they can be, with no thread of the
 * connection's own; then the channel goes on as the open connection's {@link ChannelIo}, with what
 * arrived after the head. A handshake costs a registration here where it cost a thread and OkHttp's
 * call path, which is what opening thousands of sockets at once spent most of its time on.
 *
 * <p>It runs only where OkHttp would add nothing ({@link #usable}): a {@code ws:} URL (no TLS),
 * options that give no OkHttp client (so no interceptors, cookie jar, DNS, socket factory or event
 * listener of the embedder's), a proxy selector that answers DIRECT, and a host that is an IP
 * address or a name with one address (a name with several is handed to OkHttp once resolved, for
 * its fast fallback). Everything else runs on OkHttp. The system property {@code
 * io.w3socket.handshake=okhttp} sends every handshake there.
 *
 * <p>Every method runs on the selector thread except {@link #start} and {@link #cancel}, which only
 * schedule work there (and name resolution, on a handshake thread). What it learns goes to its
 * {@link Connection}, once: {@link Connection#channelHandshakeDone}, {@link
 * Connection#channelHandshakeFailed} or {@link Connection#channelHandshakeHandedOver}.
 */
final class ChannelHandshake implements IoLoop.Handler {
  private final IoLoop loop;
  private final Connection connection;
  private final Handshake handshake;
  private final String host;
  private final int port;
  private final ByteBuffer request;

  /** Set by {@link #start} before any task of this handshake runs; cancelled when it ends. */
  private volatile ScheduledFuture<?> deadline;

  // Selector thread only.
  private InetSocketAddress address;
  private SocketChannel channel;
  private SelectionKey key;
  private final Buffer in = new Buffer();
  private final ResponseHead.Scanner head = new ResponseHead.Scanner();
  private boolean ended;

  /**
   * Whether a socket's handshake may run here: see the class comment. Where the proxy selector
   * names a proxy for the URL, OkHttp connects through it.
   */
  static boolean usable(WebSocketUrl url, WebSocketOptions options) {
    if (!url.scheme.equals("ws")
        || options.getClient() != null
        || !Boolean.parseBoolean(System.getProperty("io.w3socket.selector", "true"))
        || "okhttp".equals(System.getProperty("io.w3socket.handshake"))) {
      return false;
    }
    ProxySelector proxies = ProxySelector.getDefault();
    if (proxies == null) {
      return true;
    }
    try {
      // As OkHttp asks it: for the http: URL the request goes to.
      URI uri = new URI("http", null, url.host, url.port, "/", null, null);
      for (Proxy p : proxies.select(uri)) {
        if (p.type() != Proxy.Type.DIRECT) {
          return false;
        }
      }
      return true;
    } catch (URISyntaxException | RuntimeException e) {
      return false; // OkHttp says what is wrong with it
    }
  }

  ChannelHandshake(
      IoLoop loop,
      Connection connection,
      Handshake handshake,
      WebSocketUrl url,
      WebSocketOptions options) {
    this.loop = loop;
    this.connection = connection;
    this.handshake = handshake;
    this.host = url.host;
    this.port = url.port >= 0 ? url.port : 80; // RFC 6455 §3: ws's default port
    this.request = ByteBuffer.wrap(handshake.requestBytes(url, options));
  }

  /**
   * Starts the handshake, with its deadline (w3socket's one timeout of the opening handshake: name
   * resolution, the TCP connect, however long a full accept backlog makes it, and the response). An
   * IP address needs no resolution and connects from the selector thread at once; a name is
   * resolved on a handshake thread first, as OkHttp resolves it ({@code InetAddress.getAllByName}).
   */
  void start(Duration timeout, String threadName) {
    deadline =
        Threads.TIMER.schedule(
            () -> cancel("opening handshake timed out"), timeout.toMillis(), TimeUnit.MILLISECONDS);
    if (UpgradeClients.isIpAddress(host)) {
      resolveThenConnect(); // a literal: parsed, not looked up
    } else {
      Threads.startHandshake(this::resolveThenConnect, threadName);
    }
  }

  /** Ends the handshake, failed, unless it has ended; from any thread. */
  void cancel(String why) {
    loop.execute(() -> fail(why));
  }

  /** Resolves the host (blocking, for a name), then connects from the selector thread. */
  private void resolveThenConnect() {
    InetAddress[] resolved;
    try {
      resolved = InetAddress.getAllByName(host); // never empty
    } catch (UnknownHostException | RuntimeException e) {
      cancel("Unable to resolve host \"" + host + "\": " + e.getMessage());
      return;
    }
    loop.execute(() -> connect(resolved));
  }

  private void connect(InetAddress[] resolved) {
    if (ended) {
      return; // cancelled or timed out while the name was resolved
    }
    if (resolved.length > 1) {
      // Several addresses: OkHttp races them (its fast fallback, RFC 8305's Happy Eyeballs), so
      // that one that drops SYNs costs 250 ms, not the deadline; this path would try them in turn.
      ended = true;
      cancelDeadline();
      connection.channelHandshakeHandedOver();
      return;
    }
    address = new InetSocketAddress(resolved[0], port);
    try {
      channel = SocketChannel.open();
      channel.configureBlocking(false);
      channel.setOption(StandardSocketOptions.TCP_NODELAY, true); // as NoDelaySocketFactory
      if (channel.connect(address)) {
        key = loop.register(channel, 0, this);
        writable(); // connected at once: the request goes out
      } else {
        key = loop.register(channel, SelectionKey.OP_CONNECT, this);
      }
    } catch (IOException e) {
      connectFailed(e);
    }
  }

  @Override
  public void connectable() {
    try {
      channel.finishConnect();
    } catch (IOException e) {
      connectFailed(e);
      return;
    }
    writable(); // connected: the request goes out
  }

  private void connectFailed(IOException e) {
    fail("Failed to connect to " + address + ": " + e.getMessage());
  }

  @Override
  public void writable() {
    if (ended) {
      return;
    }
    try {
      channel.write(request);
    } catch (IOException e) {
      fail(String.valueOf(e.getMessage()));
      return;
    }
    // The request is a few hundred bytes: the kernel nearly always takes it in one write.
    key.interestOps(request.hasRemaining() ? SelectionKey.OP_WRITE : SelectionKey.OP_READ);
  }

  @Override
  public void readable() {
    if (ended) {
      return;
    }
    int n;
    try {
      n = loop.read(channel, in);
    } catch (IOException e) {
      fail(String.valueOf(e.getMessage()));
      return;
    }
    if (n < 0) {
      fail("unexpected end of stream on " + address);
      return;
    }
    ResponseHead response;
    try {
      response = head.take(in);
    } catch (ResponseHead.HandshakeError e) {
      fail(e.getMessage());
      return;
    }
    if (response != null) {
      ended = true;
      cancelDeadline();
      key.interestOps(0); // the open connection's ChannelIo takes the key over
      connection.channelHandshakeDone(handshake, channel, response, in);
    }
  }

  /** The handshake failed (or was cancelled): TCP, if any, is dropped. */
  private void fail(String why) {
    if (ended) {
      return;
    }
    ended = true;
    cancelDeadline();
    closeChannel();
    in.clear();
    connection.channelHandshakeFailed(why);
  }

  private void cancelDeadline() {
    ScheduledFuture<?> d = deadline;
    if (d != null) {
      d.cancel(false); // null only if it fired before start() stored it
    }
  }

  private void closeChannel() {
    if (channel != null) {
      try {
        channel.close(); // cancels its key; the selector lets go of it at its next select
      } catch (IOException ignored) {
        // Closed either way.
      }
      channel = null;
      key = null;
    }
  }
}
