package io.w3socket.engine;

import io.w3socket.WebSocketOptions;
import io.w3socket.testserver.TestServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.Socket;
import java.net.SocketAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.net.SocketFactory;
import okhttp3.Dns;
import okhttp3.HttpUrl;
import okhttp3.Interceptor;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Where a page's WebSockets really connect, decided below the WebSocket API so that {@code url}
 * stays what the page asked for: host mappings ({@code --map HOST=HOST:PORT[/PATH]}) through an
 * OkHttp {@link Dns} and {@link SocketFactory}, and the embedded echo server started on demand for
 * {@code localhost:9998} (the tutorial's {@code standalone.py -p 9998}) or a mapped target where
 * nothing listens.
 */
final class Network implements AutoCloseable {
  /** The port the tutorial's pywebsocket server listens on. */
  static final int TUTORIAL_PORT = 9998;

  /** A redirect target. */
  static final class Target {
    final String host;
    volatile int port;

    /** The path a request for "/" goes to, or null to keep paths. */
    final String rootPath;

    Target(String host, int port, String rootPath) {
      this.host = host;
      this.port = port;
      this.rootPath = rootPath;
    }
  }

  private final Map<String, Target> byHost = new ConcurrentHashMap<>();
  private final Map<String, Target> byHostPort = new ConcurrentHashMap<>();
  private final boolean autoServe;
  private final String baseUrl;
  private final List<TestServer> started = new ArrayList<>();
  private final OkHttpClient client;

  /**
   * Creates the network of one run.
   *
   * @param mappings host → "HOST:PORT[/PATH]"; port 0 means an embedded server on a free port
   * @param autoServe whether to start the embedded echo server where nothing listens
   * @param baseUrl the API base URL, or null
   */
  Network(Map<String, String> mappings, boolean autoServe, String baseUrl) {
    for (Map.Entry<String, String> e : mappings.entrySet()) {
      byHost.put(e.getKey().toLowerCase(Locale.ROOT), parseTarget(e.getValue()));
    }
    this.autoServe = autoServe;
    this.baseUrl = baseUrl;
    this.client =
        new OkHttpClient.Builder()
            .proxy(Proxy.NO_PROXY)
            .dns(this::lookup)
            .socketFactory(new RedirectingSocketFactory())
            .addInterceptor(this::rewriteRootPath)
            .build();
  }

  /**
   * Parses "HOST:PORT[/PATH]". Without a path, a request for "/" goes to "/echo", where the
   * w3socket server echoes (echo.websocket.org echoes at "/"); give "HOST:PORT/" to keep paths.
   */
  static Target parseTarget(String spec) {
    String s = spec.trim();
    String path = "/echo";
    int slash = s.indexOf('/');
    if (slash >= 0) {
      path = s.substring(slash);
      s = s.substring(0, slash);
      if (path.equals("/")) {
        path = null;
      }
    }
    int colon = s.lastIndexOf(':');
    if (colon <= 0 || colon == s.length() - 1) {
      throw new IllegalArgumentException(
          "a mapping target must be HOST:PORT[/PATH], not '" + spec + "'");
    }
    String host = s.substring(0, colon);
    if (host.startsWith("[") && host.endsWith("]")) {
      host = host.substring(1, host.length() - 1);
    }
    int port;
    try {
      port = Integer.parseInt(s.substring(colon + 1));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("bad port in mapping target '" + spec + "'");
    }
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("port out of range in mapping target '" + spec + "'");
    }
    return new Target(host, port, path);
  }

  /**
   * Prepares the options of a socket about to connect to {@code url}: starts the embedded server
   * when it should serve this connection.
   */
  WebSocketOptions.Builder prepare(String url) {
    WebSocketOptions.Builder b = WebSocketOptions.builder().client(client);
    if (baseUrl != null) {
      b.baseUrl(baseUrl);
    }
    URI uri;
    try {
      uri = new URI(url.trim());
    } catch (URISyntaxException e) {
      return b;
    }
    String host = uri.getHost();
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (host == null || !(scheme.equals("ws") || scheme.equals("http"))) {
      return b;
    }
    host = host.toLowerCase(Locale.ROOT);
    if (host.startsWith("[") && host.endsWith("]")) {
      host = host.substring(1, host.length() - 1);
    }
    int port = uri.getPort() < 0 ? 80 : uri.getPort();
    Target t = target(host, port);
    if (t != null) {
      ensureServing(t);
    } else if (autoServe && port == TUTORIAL_PORT && isLoopbackName(host)) {
      Target local = new Target("127.0.0.1", TUTORIAL_PORT, null);
      if (!listening(local) && startServer(local)) {
        byHostPort.put(host + ":" + port, local);
      }
    }
    return b;
  }

  private static boolean isLoopbackName(String host) {
    return host.equals("localhost") || host.equals("127.0.0.1") || host.equals("::1");
  }

  private synchronized void ensureServing(Target t) {
    if (t.port == 0) {
      startServer(t);
    } else if (autoServe && !listening(t)) {
      startServer(t);
    }
  }

  /** Starts the embedded server; if it cannot bind, the connection simply fails as it would. */
  private synchronized boolean startServer(Target t) {
    try {
      TestServer server = TestServer.start(t.host, t.port);
      t.port = server.port();
      started.add(server);
      return true;
    } catch (IllegalStateException e) {
      return false;
    }
  }

  private static boolean listening(Target t) {
    try (Socket s = new Socket()) {
      s.connect(new InetSocketAddress(t.host, t.port), 1000);
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  /** True while an embedded server this run started is running. */
  synchronized boolean servesEmbedded() {
    return !started.isEmpty();
  }

  /** Stops the embedded servers (the page is idle: as when the tutorial's server is stopped). */
  synchronized void stopEmbedded() {
    for (TestServer s : started) {
      s.close();
    }
    started.clear();
  }

  private Target target(String host, int port) {
    Target t = byHostPort.get(host + ":" + port);
    return t != null ? t : byHost.get(host);
  }

  private boolean hostMapped(String host) {
    if (byHost.containsKey(host)) {
      return true;
    }
    String prefix = host + ":";
    for (String k : byHostPort.keySet()) {
      if (k.startsWith(prefix)) {
        return true;
      }
    }
    return false;
  }

  private List<InetAddress> lookup(String hostname) throws UnknownHostException {
    String host = hostname.toLowerCase(Locale.ROOT);
    if (hostMapped(host)) {
      Target t = byHost.get(host);
      String targetHost = t != null ? t.host : "127.0.0.1";
      // Keep the page's host name on the address: the socket factory recognises it by that name.
      return List.of(
          InetAddress.getByAddress(hostname, InetAddress.getByName(targetHost).getAddress()));
    }
    return Dns.SYSTEM.lookup(hostname);
  }

  private SocketAddress redirect(SocketAddress endpoint) {
    if (endpoint instanceof InetSocketAddress) {
      InetSocketAddress isa = (InetSocketAddress) endpoint;
      Target t = target(isa.getHostString().toLowerCase(Locale.ROOT), isa.getPort());
      if (t != null) {
        return new InetSocketAddress(t.host, t.port);
      }
    }
    return endpoint;
  }

  private okhttp3.Response rewriteRootPath(Interceptor.Chain chain) throws IOException {
    Request request = chain.request();
    HttpUrl url = request.url();
    Target t = target(url.host().toLowerCase(Locale.ROOT), url.port());
    if (t != null && t.rootPath != null && url.encodedPath().equals("/")) {
      HttpUrl rewritten = url.newBuilder().encodedPath(t.rootPath).build();
      request = request.newBuilder().url(rewritten).build();
    }
    return chain.proceed(request);
  }

  /**
   * GETs a script over HTTP(S) through the page's network (mappings apply) and returns its body as
   * UTF-8; blocks the calling thread. Anything but a 2xx answer is an IOException.
   */
  String fetchText(String url) throws IOException {
    try (Response r = client.newCall(new Request.Builder().url(url).build()).execute()) {
      if (!r.isSuccessful()) {
        throw new IOException("HTTP " + r.code());
      }
      return r.body().string();
    }
  }

  @Override
  public void close() {
    stopEmbedded();
    client.dispatcher().executorService().shutdown();
    client.connectionPool().evictAll();
  }

  /** Creates sockets whose {@code connect} goes to the mapped target. */
  private final class RedirectingSocketFactory extends SocketFactory {
    @Override
    public Socket createSocket() {
      return new Socket() {
        @Override
        public void connect(SocketAddress endpoint, int timeout) throws IOException {
          super.connect(redirect(endpoint), timeout);
        }
      };
    }

    @Override
    public Socket createSocket(String host, int port) throws IOException {
      Socket s = createSocket();
      s.connect(new InetSocketAddress(host, port));
      return s;
    }

    @Override
    public Socket createSocket(String host, int port, InetAddress localHost, int localPort)
        throws IOException {
      Socket s = createSocket();
      s.bind(new InetSocketAddress(localHost, localPort));
      s.connect(new InetSocketAddress(host, port));
      return s;
    }

    @Override
    public Socket createSocket(InetAddress host, int port) throws IOException {
      Socket s = createSocket();
      s.connect(new InetSocketAddress(host, port));
      return s;
    }

    @Override
    public Socket createSocket(
        InetAddress address, int port, InetAddress localAddress, int localPort) throws IOException {
      Socket s = createSocket();
      s.bind(new InetSocketAddress(localAddress, localPort));
      s.connect(new InetSocketAddress(address, port));
      return s;
    }
  }
}
