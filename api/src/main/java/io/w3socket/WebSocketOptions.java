package io.w3socket;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.Executor;
import okhttp3.Headers;
import okhttp3.OkHttpClient;

/**
 * What a browser takes from its environment and the JVM has to be told: the HTTP client, the event
 * loop, the API base URL, the {@code Origin}, extra handshake headers and timeouts. Immutable;
 * build with {@link #builder()}.
 *
 * <pre>{@code
 * WebSocketOptions options = WebSocketOptions.builder()
 *     .baseUrl("https://example.com/app/")
 *     .origin("https://example.com")
 *     .header("Cookie", "session=abc")
 *     .build();
 * WebSocket ws = new WebSocket("/live", options);   // wss://example.com/live
 * }</pre>
 */
public final class WebSocketOptions {
  /** The default {@link Builder#maxMessageSize}: 64 MiB. */
  public static final long DEFAULT_MAX_MESSAGE_SIZE = 64L * 1024 * 1024;

  /** The largest Java array: no message can be bigger. */
  static final long MAX_ARRAY = Integer.MAX_VALUE - 8;

  private static final WebSocketOptions DEFAULTS = builder().build();

  private final OkHttpClient client;
  private final Executor eventLoop;
  private final WebSocketUrl baseUrl;
  private final String origin;
  private final List<String[]> headers;
  private final Duration connectTimeout;
  private final Duration closeTimeout;
  private final long maxMessageSize;
  private final long maxBufferedAmount;
  private final Duration earlyEventWindow;

  private WebSocketOptions(Builder b) {
    this.client = b.client;
    this.eventLoop = b.eventLoop;
    this.baseUrl = b.baseUrl;
    this.origin = b.origin;
    this.headers = Collections.unmodifiableList(new ArrayList<>(b.headers));
    this.connectTimeout = b.connectTimeout;
    this.closeTimeout = b.closeTimeout;
    this.maxMessageSize = b.maxMessageSize;
    this.maxBufferedAmount = b.maxBufferedAmount;
    this.earlyEventWindow = b.earlyEventWindow;
  }

  /** The defaults: the shared client, the shared event loop, no base URL, no Origin. */
  public static WebSocketOptions defaults() {
    return DEFAULTS;
  }

  /** Returns a new builder holding the defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns a builder holding these options. */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.client = client;
    b.eventLoop = eventLoop;
    b.baseUrl = baseUrl;
    b.origin = origin;
    b.headers.addAll(headers);
    b.connectTimeout = connectTimeout;
    b.closeTimeout = closeTimeout;
    b.maxMessageSize = maxMessageSize;
    b.maxBufferedAmount = maxBufferedAmount;
    b.earlyEventWindow = earlyEventWindow;
    return b;
  }

  /** The OkHttp client the opening handshake runs on, or null for the shared default. */
  public OkHttpClient getClient() {
    return client;
  }

  /** The executor events run on, or null for the shared default event loop thread. */
  public Executor getEventLoop() {
    return eventLoop;
  }

  /** The API base URL relative URLs resolve against, serialized, or null. */
  public String getBaseUrl() {
    return baseUrl == null ? null : baseUrl.serialize();
  }

  /** The {@code Origin} header value, or null to send none. */
  public String getOrigin() {
    return origin;
  }

  /** The extra handshake headers, as name/value pairs in order. */
  public List<String[]> getHeaders() {
    List<String[]> copy = new ArrayList<>(headers.size());
    for (String[] h : headers) {
      copy.add(h.clone());
    }
    return copy;
  }

  /** The deadline for the whole opening handshake (TCP, TLS and HTTP). */
  public Duration getConnectTimeout() {
    return connectTimeout;
  }

  /** How long to wait for the server's Close frame after sending ours before dropping TCP. */
  public Duration getCloseTimeout() {
    return closeTimeout;
  }

  /** The largest message accepted from the server, in bytes (after decompression). */
  public long getMaxMessageSize() {
    return maxMessageSize;
  }

  /** The {@code bufferedAmount} past which {@code send()} closes the connection, or 0 for none. */
  public long getMaxBufferedAmount() {
    return maxBufferedAmount;
  }

  /** How long {@code new WebSocket(...)} holds events without listeners ({@link EarlyEvents}). */
  Duration earlyEventWindow() {
    return earlyEventWindow;
  }

  WebSocketUrl baseUrlRecord() {
    return baseUrl;
  }

  List<String[]> headerPairs() {
    return headers;
  }

  /** Builds {@link WebSocketOptions}. */
  public static final class Builder {
    private OkHttpClient client;
    private Executor eventLoop;
    private WebSocketUrl baseUrl;
    private String origin;
    private final List<String[]> headers = new ArrayList<>();
    private Duration connectTimeout = Duration.ofSeconds(30);
    private Duration closeTimeout = Duration.ofSeconds(60);
    private long maxMessageSize = DEFAULT_MAX_MESSAGE_SIZE;
    private long maxBufferedAmount;
    private Duration earlyEventWindow = EarlyEvents.WINDOW;

    private Builder() {}

    /**
     * Uses this OkHttp client for DNS, proxies, TLS, cookies and connection settings. Its
     * dispatcher limits do not apply: w3socket runs each handshake on the socket's own thread.
     *
     * @param client the client, or null for the shared default
     * @return this builder
     */
    public Builder client(OkHttpClient client) {
      this.client = client;
      return this;
    }

    /**
     * Runs every event of the socket as a task on this executor, which must run tasks one at a time
     * in submission order (a single-thread executor, a GUI event thread, a script engine's loop).
     * By default all sockets share one daemon event loop thread, as a browser tab does.
     *
     * @param eventLoop the executor, or null for the shared default
     * @return this builder
     */
    public Builder eventLoop(Executor eventLoop) {
      this.eventLoop = eventLoop;
      return this;
    }

    /**
     * Sets the API base URL relative WebSocket URLs resolve against, such as the page's URL.
     *
     * @param baseUrl an absolute http, https, ws or wss URL, or null for none
     * @return this builder
     * @throws IllegalArgumentException if it is not such a URL
     */
    public Builder baseUrl(String baseUrl) {
      if (baseUrl == null) {
        this.baseUrl = null;
        return this;
      }
      WebSocketUrl parsed;
      try {
        parsed = WebSocketUrl.parse(baseUrl, null);
      } catch (WebSocketUrl.ParseException e) {
        throw new IllegalArgumentException(
            "Invalid base URL '" + baseUrl + "': " + e.getMessage(), e);
      }
      if (!WebSocketUrl.isSpecialNetworkScheme(parsed.scheme)) {
        throw new IllegalArgumentException(
            "Invalid base URL '" + baseUrl + "': the scheme must be http, https, ws or wss");
      }
      this.baseUrl = parsed;
      return this;
    }

    /**
     * Sends this {@code Origin} header in the opening handshake, as a browser sends its page's
     * origin (RFC 6455 §4.1, step 8 of the handshake requirements).
     *
     * @param origin such as {@code https://example.com}, or null for none
     * @return this builder
     */
    public Builder origin(String origin) {
      this.origin = origin;
      return this;
    }

    /**
     * Adds a header to the opening handshake request (cookies, authorization, user agent). The
     * headers the WebSocket protocol owns cannot be set.
     *
     * @param name header name
     * @param value header value
     * @return this builder
     * @throws IllegalArgumentException for {@code Upgrade}, {@code Connection}, {@code Host},
     *     {@code Origin} (use {@link #origin}) and {@code Sec-WebSocket-*} headers, and for a name
     *     that is not a token or a value with a character other than visible ASCII, space or tab
     */
    public Builder header(String name, String value) {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(value, "value");
      String lower = name.toLowerCase(Locale.ROOT);
      if (lower.startsWith("sec-websocket-")
          || lower.equals("upgrade")
          || lower.equals("connection")
          || lower.equals("host")
          || lower.equals("origin")) {
        throw new IllegalArgumentException(
            "The handshake header '"
                + name
                + "' is set by the WebSocket protocol and cannot be overridden");
      }
      try {
        // RFC 9110 §5.1, §5.5: a field name is a token; a field value is visible ASCII, SP, HTAB.
        new Headers.Builder().add(name, value);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(
            "Invalid handshake header '" + name + "': " + e.getMessage(), e);
      }
      headers.add(new String[] {name, value});
      return this;
    }

    /**
     * Sets the deadline for the opening handshake; when it passes the connection fails.
     *
     * @param timeout a positive duration
     * @return this builder
     */
    public Builder connectTimeout(Duration timeout) {
      this.connectTimeout = positive(timeout, "connectTimeout");
      return this;
    }

    /**
     * Sets how long to wait for the server's Close frame once ours is sent; then the TCP connection
     * is dropped and the close event reports 1006 (RFC 6455 §7.1.1).
     *
     * @param timeout a positive duration
     * @return this builder
     */
    public Builder closeTimeout(Duration timeout) {
      this.closeTimeout = positive(timeout, "closeTimeout");
      return this;
    }

    /**
     * Sets the largest message the server may send, counted as it is delivered (after
     * permessage-deflate decompression). A bigger one fails the connection with the Close code 1009
     * (RFC 6455 §7.4.1 "message that is too big for it to process"), as soon as its frame header or
     * its inflated size passes the limit, before the bytes are buffered: the page sees {@code
     * error}, then {@code close} 1006. The default, 64 MiB, bounds what a hostile or broken server
     * can make this JVM allocate per socket. Browsers set no lower limit than their memory
     * (Firefox's {@code network.websocket.max-message-size} is 2 GiB − 1; Chromium has none); raise
     * it if your server legitimately sends bigger messages.
     *
     * @param bytes from 1 to 2^31 − 9 (the largest Java array)
     * @return this builder
     */
    public Builder maxMessageSize(long bytes) {
      if (bytes < 1 || bytes > MAX_ARRAY) {
        throw new IllegalArgumentException(
            "maxMessageSize must be from 1 to " + MAX_ARRAY + ", was " + bytes);
      }
      this.maxMessageSize = bytes;
      return this;
    }

    /**
     * Limits the send buffer (off by default, as in browsers, whose limit is memory). When a {@code
     * send()} would make {@code bufferedAmount} exceed the limit, the WebSocket is "flagged as
     * full" and its connection closed (#dom-websocket-send: "if the data cannot be sent, e.g.
     * because it would need to be buffered but the buffer is full, the user agent must flag the
     * WebSocket as full and then close the WebSocket connection"): the message is not sent, TCP is
     * dropped, and the page sees {@code error}, then {@code close} 1006 with {@code wasClean}
     * false. {@code send()} itself never throws or blocks for it.
     *
     * @param bytes the largest {@code bufferedAmount} allowed, or 0 for no limit
     * @return this builder
     */
    public Builder maxBufferedAmount(long bytes) {
      if (bytes < 0) {
        throw new IllegalArgumentException("maxBufferedAmount must not be negative, was " + bytes);
      }
      this.maxBufferedAmount = bytes;
      return this;
    }

    /**
     * Package-private, for tests: a hold window whose length no test run can outlast, so a test of
     * holding does not depend on how fast it adds its listeners.
     */
    Builder earlyEventWindow(Duration window) {
      this.earlyEventWindow = positive(window, "earlyEventWindow");
      return this;
    }

    /** Builds the options. */
    public WebSocketOptions build() {
      return new WebSocketOptions(this);
    }

    private static Duration positive(Duration d, String what) {
      Objects.requireNonNull(d, what);
      if (d.isNegative() || d.isZero()) {
        throw new IllegalArgumentException(what + " must be positive, was " + d);
      }
      return d;
    }
  }
}
