package io.w3socket.engine;

import io.w3socket.engine.spi.HostFunctions;
import io.w3socket.engine.spi.Realm;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * The only host object the shim gets: the registry of host functions, grouped by area ({@link
 * HostArea}: one small class each), as the realm exposes them. Functions take and return strings,
 * numbers, booleans, null and lists (of those), read with typed accessors ({@link
 * io.w3socket.engine.spi.HostArgs}); bytes (message data, random bytes) cross as a buffer where the
 * engine can take one (GraalJS: a {@code ByteBuffer} in, an {@code ArrayBuffer} read back in bulk),
 * elsewhere as "binary strings" (one char per byte, ISO-8859-1). DOM nodes and sockets cross as
 * integer handles. A function throws a {@code DOMException} (or a {@link
 * io.w3socket.engine.spi.HostError}) and the script gets the same exception. Used on the loop
 * thread.
 */
final class HostBridge {
  private final HostRegistry registry;
  private final List<HostArea> areas = new ArrayList<>();
  private final SocketFunctions sockets;
  private final HttpRequests requests;
  private final EventSources eventSources;
  private final InsertedScripts scripts;
  private final SubtleCryptoFunctions crypto;

  HostBridge(
      EventLoop loop,
      Output output,
      Network network,
      PageDocument document,
      String locationHref,
      String pageName,
      Consumer<String> errors) {
    this.registry = new HostRegistry(errors);
    this.scripts =
        new InsertedScripts(
            document.nodes(),
            document.markup(),
            loop,
            network,
            () -> document.baseUrl(locationHref),
            locationHref,
            pageName,
            errors);
    TimeOrigin origin = new TimeOrigin();
    this.sockets = new SocketFunctions(loop, network, origin, errors);
    this.requests = new HttpRequests(loop, network, locationHref, errors);
    this.eventSources = new EventSources(loop, network, errors);
    this.crypto = new SubtleCryptoFunctions(loop, errors);
    // One line per area.
    add(new ConsoleFunctions(output, errors));
    add(sockets);
    add(new TimerFunctions(loop, errors));
    add(new AnimationFrames(loop, origin, errors));
    add(new DomFunctions(document, output, scripts));
    add(new XPathFunctions(document.nodes()));
    add(new RangeFunctions(document.nodes()));
    add(new PlatformFunctions(locationHref, origin));
    add(new UrlFunctions());
    add(new LegacyEncodings());
    add(new CompressionFunctions());
    add(new ImageFunctions());
    add(requests);
    add(eventSources);
    add(crypto);
  }

  /**
   * Adds an area the run makes itself (the page's workers, a worker's scope); before {@link
   * #attach}.
   */
  void add(HostArea area) {
    area.register(registry);
    areas.add(area);
  }

  /** The functions the realm exposes to the shim. */
  HostFunctions functions() {
    return registry;
  }

  /** Hands every area the realm, before it is installed. */
  void attach(Realm realm) {
    scripts.attach(realm);
    for (HostArea area : areas) {
      area.attach(realm);
    }
  }

  /** Sockets that have not yet fired their close event. */
  int liveSockets() {
    return sockets.liveSockets();
  }

  /**
   * True while a fetch or XMLHttpRequest has not been settled, an EventSource is not closed, or a
   * crypto.subtle operation has not been delivered (any keeps the run alive).
   */
  boolean hasPendingRequests() {
    return requests.hasPending() || eventSources.hasLive() || crypto.busy();
  }

  /**
   * What keeps the run alive on the network, for a timeout's message ("1 WebSocket still open"), or
   * null for nothing; any thread.
   */
  String stillOpen() {
    int n = sockets.liveSockets();
    if (n > 0) {
      return n + (n == 1 ? " WebSocket" : " WebSockets") + " still open";
    }
    n = eventSources.liveCount();
    if (n > 0) {
      return n + (n == 1 ? " EventSource" : " EventSources") + " still open";
    }
    n = requests.pendingCount();
    if (n > 0) {
      // The first three URLs name them: a page's images and style sheets are requests too.
      List<String> urls = requests.pendingUrls();
      String which =
          urls.isEmpty()
              ? ""
              : ": "
                  + String.join(", ", urls.subList(0, Math.min(3, urls.size())))
                  + (urls.size() > 3 ? ", ..." : "");
      return n
          + (n == 1 ? " request" : " requests")
          + " (fetch, XMLHttpRequest, an image or a style sheet) still pending"
          + which;
    }
    if (crypto.busy()) {
      return "a crypto.subtle operation still under way";
    }
    return null;
  }

  /** True when every live socket is OPEN and has nothing left to send. */
  boolean allSocketsQuiet() {
    return sockets.allQuiet();
  }

  /**
   * Starts the closing handshake of every live socket, cancels every request and closes every
   * EventSource (end of the run).
   */
  void closeAll() {
    requests.cancelAll();
    eventSources.closeAll();
    sockets.closeAll();
    crypto.closeAll();
  }
}
