package io.w3socket.engine;

import io.w3socket.WebSocketOptions;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.Socket;
import java.net.SocketAddress;
import java.net.UnknownHostException;
import java.security.GeneralSecurityException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import javax.net.SocketFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;
import okhttp3.Dns;
import okhttp3.HttpUrl;
import okhttp3.Interceptor;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Where a page's connections really go, decided by the embedder's {@link NetworkPolicy} below the
 * WebSocket API so that {@code url} stays what the page asked for: the policy's {@link Route} is
 * applied by an OkHttp {@link SocketFactory} (every TCP connection of the run, so a refusal cannot
 * be bypassed; its sockets are channels underneath, {@link RoutedSocket}, so that open WebSockets
 * run on the api's selector thread), a {@link Dns} (a mapped host need not resolve) and an
 * interceptor (the route's root path). TLS trusts the embedder's trust manager, if it gave one,
 * else the platform's trust store. One per run.
 */
final class Network implements AutoCloseable {
  private final NetworkPolicy policy;
  private final String baseUrl;

  /** The policy's answers in this run, by "host:port"; written and read by OkHttp's threads. */
  private final Map<String, Route> routes = new ConcurrentHashMap<>();

  /**
   * This run's client, built on a thread of its own from the moment the run begins: building an
   * OkHttp client loads the platform's TLS trust store, a few hundred milliseconds on a cold JVM,
   * which so overlaps the engine's start instead of coming before it. Completed once.
   */
  private final CompletableFuture<OkHttpClient> client = new CompletableFuture<>();

  /**
   * Creates the network of one run.
   *
   * @param policy where connections go
   * @param trust the server certificates TLS trusts, or null for the platform's trust store
   * @param baseUrl the API base URL, or null
   */
  Network(NetworkPolicy policy, X509TrustManager trust, String baseUrl) {
    this.policy = policy;
    this.baseUrl = baseUrl;
    Thread init =
        new Thread(
            () -> {
              try {
                OkHttpClient.Builder b =
                    new OkHttpClient.Builder()
                        .proxy(Proxy.NO_PROXY)
                        .dns(this::lookup)
                        .socketFactory(new RoutingSocketFactory())
                        .addInterceptor(this::rewriteRootPath);
                if (trust != null) {
                  b.sslSocketFactory(trusting(trust), trust);
                }
                client.complete(b.build());
              } catch (Throwable t) {
                client.completeExceptionally(t);
              }
            },
            "w3socket-network-init");
    init.setDaemon(true);
    init.start();
  }

  /** TLS sockets whose handshakes check the server's certificate chain with {@code trust}. */
  private static SSLSocketFactory trusting(X509TrustManager trust) throws GeneralSecurityException {
    SSLContext tls = SSLContext.getInstance("TLS");
    tls.init(null, new TrustManager[] {trust}, null);
    return tls.getSocketFactory();
  }

  /** The options of a socket the page is about to open: this run's client and base URL. */
  WebSocketOptions.Builder prepare() {
    WebSocketOptions.Builder b = WebSocketOptions.builder().client(client());
    if (baseUrl != null) {
      b.baseUrl(baseUrl);
    }
    return b;
  }

  /** This run's client: every connection it makes goes through the policy. */
  OkHttpClient client() {
    try {
      return client.join();
    } catch (CompletionException e) {
      throw e.getCause() instanceof RuntimeException
          ? (RuntimeException) e.getCause()
          : new IllegalStateException("the run's HTTP client could not be built", e.getCause());
    }
  }

  /** See {@link NetworkPolicy#waitsForIdle()}; on the loop thread. */
  boolean waitsForIdle() {
    return policy.waitsForIdle();
  }

  /** See {@link NetworkPolicy#settled()}; on the loop thread. A failing policy says false. */
  CompletionStage<Boolean> settled() {
    try {
      return policy.settled();
    } catch (RuntimeException e) {
      return CompletableFuture.completedFuture(false);
    }
  }

  /** See {@link NetworkPolicy#pageIdle()}; on the loop thread. */
  void pageIdle() {
    policy.pageIdle();
  }

  /** The policy's route for host:port, asked once per run (later callers wait for the answer). */
  private Route route(String host, int port) throws IOException {
    String lower = host.toLowerCase(Locale.ROOT);
    String h =
        lower.startsWith("[") && lower.endsWith("]")
            ? lower.substring(1, lower.length() - 1)
            : lower;
    String key = h + ":" + port;
    Route r;
    try {
      r = routes.computeIfAbsent(key, k -> policy.route(h, port));
    } catch (RuntimeException e) {
      throw new IOException("the network policy failed for " + key + ": " + e, e);
    }
    if (r == null) {
      throw new IOException("the network policy gave no route for " + key);
    }
    return r;
  }

  /** True when this run routed some port of the host elsewhere. */
  private boolean rerouted(String host) {
    String prefix = host + ":";
    for (Map.Entry<String, Route> e : routes.entrySet()) {
      if (e.getKey().startsWith(prefix) && e.getValue().host() != null) {
        return true;
      }
    }
    return false;
  }

  private List<InetAddress> lookup(String hostname) throws UnknownHostException {
    if (rerouted(hostname.toLowerCase(Locale.ROOT))) {
      // The socket factory connects elsewhere; keep the page's host name on a placeholder address,
      // by which the factory recognises it.
      return List.of(InetAddress.getByAddress(hostname, new byte[] {127, 0, 0, 1}));
    }
    return Dns.SYSTEM.lookup(hostname);
  }

  private SocketAddress reroute(SocketAddress endpoint) throws IOException {
    if (!(endpoint instanceof InetSocketAddress)) {
      return endpoint;
    }
    InetSocketAddress isa = (InetSocketAddress) endpoint;
    Route r = route(isa.getHostString(), isa.getPort());
    if (r.isRefused()) {
      throw new IOException(
          "the network policy refused "
              + isa.getHostString()
              + ":"
              + isa.getPort()
              + ": "
              + r.refusal());
    }
    return r.isDirect() ? endpoint : new InetSocketAddress(r.host(), r.port());
  }

  private okhttp3.Response rewriteRootPath(Interceptor.Chain chain) throws IOException {
    Request request = chain.request();
    HttpUrl url = request.url();
    Route r = route(url.host(), url.port());
    if (r.rootPath() != null && url.encodedPath().equals("/")) {
      HttpUrl rewritten = url.newBuilder().encodedPath(r.rootPath()).build();
      request = request.newBuilder().url(rewritten).build();
    }
    return chain.proceed(request);
  }

  /**
   * GETs a script over HTTP(S) through the page's network (mappings apply) and returns its body as
   * UTF-8; blocks the calling thread. Anything but a 2xx answer is an IOException.
   */
  String fetchText(String url) throws IOException {
    try (Response r = client().newCall(new Request.Builder().url(url).build()).execute()) {
      if (!r.isSuccessful()) {
        throw new IOException("HTTP " + r.code());
      }
      return r.body().string();
    }
  }

  @Override
  public void close() {
    OkHttpClient c = client();
    c.dispatcher().executorService().shutdown();
    c.connectionPool().evictAll();
    policy.runEnded();
  }

  /** Creates sockets whose {@code connect} goes where the policy routes it. */
  private final class RoutingSocketFactory extends SocketFactory {
    @Override
    public Socket createSocket() throws IOException {
      return new RoutedSocket(Network.this::reroute);
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
