package io.w3socket.engine;

import java.util.Objects;

/**
 * A {@link NetworkPolicy}'s answer for one host and port: connect where the page asked, connect
 * elsewhere (optionally sending a request for {@code /} to another path), or refuse. Immutable.
 */
public final class Route {
  private static final Route DIRECT = new Route(null, -1, null, null);

  private final String host;
  private final int port;
  private final String rootPath;
  private final String refusal;

  private Route(String host, int port, String rootPath, String refusal) {
    this.host = host;
    this.port = port;
    this.rootPath = rootPath;
    this.refusal = refusal;
  }

  /** Connect where the page asked. */
  public static Route direct() {
    return DIRECT;
  }

  /**
   * Connect to {@code host:port} instead, keeping the request's path.
   *
   * @param host a host name or IP address
   * @param port 1 to 65535
   * @return the route
   * @throws IllegalArgumentException for a port out of range or an empty host
   */
  public static Route to(String host, int port) {
    return to(host, port, null);
  }

  /**
   * Connect to {@code host:port} instead, and send a request for {@code /} to {@code rootPath}
   * (other paths are kept): e.g. a page written for a server echoing at {@code /} talking to one
   * that echoes at {@code /echo}.
   *
   * @param host a host name or IP address
   * @param port 1 to 65535
   * @param rootPath an absolute path, or null to keep every path
   * @return the route
   * @throws IllegalArgumentException for a port out of range, an empty host or a relative path
   */
  public static Route to(String host, int port, String rootPath) {
    Objects.requireNonNull(host, "host");
    if (host.isEmpty()) {
      throw new IllegalArgumentException("a route's host must not be empty");
    }
    if (port < 1 || port > 65535) {
      throw new IllegalArgumentException("a route's port must be 1 to 65535, not " + port);
    }
    if (rootPath != null && !rootPath.startsWith("/")) {
      throw new IllegalArgumentException("a route's root path must start with '/': " + rootPath);
    }
    return new Route(host, port, rootPath, null);
  }

  /**
   * Refuse the connection.
   *
   * @param reason why, for the connection's error (logged by the API)
   * @return the route
   */
  public static Route refused(String reason) {
    return new Route(null, -1, null, Objects.requireNonNull(reason, "reason"));
  }

  /** True for {@link #direct()}. */
  public boolean isDirect() {
    return host == null && refusal == null;
  }

  /** True for {@link #refused}. */
  public boolean isRefused() {
    return refusal != null;
  }

  /** The host to connect to instead, or null when direct or refused. */
  public String host() {
    return host;
  }

  /** The port to connect to instead, or -1 when direct or refused. */
  public int port() {
    return port;
  }

  /** Where a request for {@code /} goes instead, or null. */
  public String rootPath() {
    return rootPath;
  }

  /** Why it is refused, or null. */
  public String refusal() {
    return refusal;
  }

  @Override
  public String toString() {
    if (isDirect()) {
      return "direct";
    }
    if (isRefused()) {
      return "refused: " + refusal;
    }
    return "to " + host + ":" + port + (rootPath == null ? "" : " (/ goes to " + rootPath + ")");
  }
}
