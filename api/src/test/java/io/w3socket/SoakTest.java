package io.w3socket;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.w3socket.testserver.TestServer;
import java.io.File;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * Many lifecycles of every ending — clean closes, server-initiated closes, protocol failures,
 * refused connections, handshake timeouts, drops with FIN and RST — each checked for its events;
 * afterwards live threads, heap after GC and open file descriptors return to their baseline within
 * 5%. {@code -Dw3socket.soak.lifecycles=N} (default 10,000, the count) with {@code
 * -Dw3socket.soak.parallel=P} (default 16) sockets at a time.
 */
class SoakTest {
  private static final int LIFECYCLES = Integer.getInteger("w3socket.soak.lifecycles", 10_000);
  private static final int PARALLEL = Integer.getInteger("w3socket.soak.parallel", 16);
  private static final TestServer server = LoopbackServer.SERVER;

  /** The sockets' event loop (one thread, as a browser tab has). */
  private static final ExecutorService LOOP =
      Executors.newSingleThreadExecutor(
          r -> {
            Thread t = new Thread(r, "soak event loop");
            t.setDaemon(true);
            return t;
          });

  private static final WebSocketOptions OPTIONS =
      WebSocketOptions.builder().eventLoop(LOOP).closeTimeout(Duration.ofSeconds(5)).build();

  /** For the handshake timeouts: short, so they do not dominate the run. */
  private static final WebSocketOptions SHORT_CONNECT =
      OPTIONS.toBuilder().connectTimeout(Duration.ofMillis(300)).build();

  /** One kind of lifecycle: where to connect, what to do on open, which events must follow. */
  private record Kind(String name, String path, boolean closeOnOpen, String expected) {}

  private static final List<Kind> KINDS =
      List.of(
          new Kind("clean close", "/echo", true, "open message close:1000:true"),
          new Kind("server close", "/close?code=4001&reason=bye", false, "open close:4001:true"),
          new Kind(
              "protocol failure", "/hostile/unknown-opcode", false, "open error close:1006:false"),
          new Kind("refused", null, false, "error close:1006:false"),
          new Kind("handshake timeout", "/handshake/hang", false, "error close:1006:false"),
          new Kind("drop FIN", "/drop?when=open", false, "open error close:1006:false"),
          new Kind("drop RST", "/drop?when=open&rst=1", false, "open error close:1006:false"),
          new Kind("handshake drop", "/drop?when=handshake", false, "error close:1006:false"));

  @Test
  void lifecyclesLeaveNoThreadsHeapOrDescriptorsBehind() throws Exception {
    String refused = refusedUrl();
    // Readers of sockets that earlier test classes in this JVM left open (a failed test may leave
    // one OPEN for good): not this test's to wait for.
    Set<Thread> earlier = readerThreads();
    // Warm up: load classes, start the shared pools, fill caches, at the same parallelism.
    run(KINDS.size() * PARALLEL, refused);
    Snapshot baseline = Snapshot.settled(earlier);
    System.out.println("baseline threads: " + threadNames());
    long started = System.nanoTime();
    List<String> wrong = run(LIFECYCLES, refused);
    double seconds = (System.nanoTime() - started) / 1e9;
    System.out.printf("%d lifecycles in %.1f s; baseline %s%n", LIFECYCLES, seconds, baseline);
    assertTrue(
        wrong.isEmpty(),
        wrong.size()
            + " lifecycles went wrong, e.g. "
            + wrong.subList(0, Math.min(5, wrong.size())));
    // Every handshake has ended, however it ended: HandshakeSlots tracks neither origin any more.
    for (String url : List.of(server.url("/"), refused)) {
      String origin = WebSocketUrl.parse(url, null).origin();
      await().atMost(Duration.ofSeconds(30)).until(() -> !HandshakeSlots.tracked(origin));
    }
    // Connections end asynchronously (linger timers, idle writer threads): wait, with a deadline,
    // for every resource to come back within 5% of its baseline.
    Snapshot[] last = {null};
    try {
      await()
          .atMost(Duration.ofSeconds(90))
          .pollInterval(Duration.ofMillis(500))
          .until(
              () -> {
                last[0] = Snapshot.now();
                return last[0].within(baseline, 0.05);
              });
    } catch (org.awaitility.core.ConditionTimeoutException e) {
      throw new AssertionError("not back to baseline " + baseline + ": " + last[0], e);
    }
    System.out.println("after: " + last[0] + "; threads: " + threadNames());
  }

  /**
   * The live platform handshake and reader threads, named "w3socket reader" (a connection on the
   * selector thread keeps its handshake thread only until it is open; on JDK 21+ they are virtual
   * threads, which {@link Thread#getAllStackTraces} does not list: then none).
   */
  private static Set<Thread> readerThreads() {
    Set<Thread> readers = new HashSet<>();
    for (Thread t : Thread.getAllStackTraces().keySet()) {
      if (t.getName().startsWith("w3socket reader")) {
        readers.add(t);
      }
    }
    return readers;
  }

  private static List<String> threadNames() {
    List<String> names = new ArrayList<>();
    for (Thread t : Thread.getAllStackTraces().keySet()) {
      names.add(t.getName());
    }
    names.sort(null);
    return names;
  }

  private static String refusedUrl() throws Exception {
    int port;
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      port = s.getLocalPort(); // closed again: nothing listens there
    }
    return "ws://127.0.0.1:" + port + "/";
  }

  /** Runs {@code count} lifecycles, kinds in rotation, and returns the ones that went wrong. */
  private static List<String> run(int count, String refused) throws InterruptedException {
    Semaphore slots = new Semaphore(PARALLEL);
    List<String> wrong = new CopyOnWriteArrayList<>();
    Map<String, AtomicInteger> done = new ConcurrentHashMap<>();
    Map<WebSocket, String> running = new ConcurrentHashMap<>();
    for (int i = 0; i < count; i++) {
      Kind kind = KINDS.get(i % KINDS.size());
      slots.acquire();
      String url = kind.path() == null ? refused : server.url(kind.path());
      // The socket and its listeners are made in one task of its event loop, as a page does: from
      // another thread, an event could fire between adding the first listener and the last.
      LOOP.execute(() -> lifecycle(kind, url, wrong, done, running, slots));
    }
    waitForAll(slots, wrong, done, running);
    return wrong;
  }

  private static void lifecycle(
      Kind kind,
      String url,
      List<String> wrong,
      Map<String, AtomicInteger> done,
      Map<WebSocket, String> running,
      Semaphore slots) {
    WebSocket ws =
        new WebSocket(
            url, kind.path() != null && kind.path().contains("hang") ? SHORT_CONNECT : OPTIONS);
    StringBuilder seen = new StringBuilder();
    running.put(ws, kind.name());
    ws.setOnopen(
        e -> {
          seen.append("open ");
          if (kind.closeOnOpen()) {
            ws.send("ping");
          }
        });
    ws.setOnmessage(
        e -> {
          seen.append("message ");
          ws.close(1000);
        });
    ws.setOnerror(e -> seen.append("error "));
    ws.setOnclose(
        e -> {
          CloseEvent c = (CloseEvent) e;
          seen.append("close:").append(c.getCode()).append(':').append(c.isWasClean());
          if (!seen.toString().equals(kind.expected())) {
            wrong.add(kind.name() + ": " + seen);
          }
          done.computeIfAbsent(kind.name(), k -> new AtomicInteger()).incrementAndGet();
          running.remove(ws);
          slots.release();
        });
  }

  private static void waitForAll(
      Semaphore slots,
      List<String> wrong,
      Map<String, AtomicInteger> done,
      Map<WebSocket, String> running)
      throws InterruptedException {
    if (!slots.tryAcquire(PARALLEL, 60, TimeUnit.SECONDS)) {
      StringBuilder stuck = new StringBuilder();
      running.forEach((ws, name) -> stuck.append("\n  ").append(name).append(": ").append(ws));
      for (Map.Entry<Thread, StackTraceElement[]> t : Thread.getAllStackTraces().entrySet()) {
        if (t.getKey().getName().startsWith("w3socket")) {
          stuck.append("\n  thread ").append(t.getKey().getName());
          for (StackTraceElement f : t.getValue()) {
            stuck.append("\n    at ").append(f);
          }
        }
      }
      wrong.add(running.size() + " lifecycles never ended: " + new TreeMap<>(done) + stuck);
    } else {
      slots.release(PARALLEL);
    }
  }

  /** Live threads, heap used after a full GC, open file descriptors. */
  private record Snapshot(int threads, long heap, int fds) {
    static Snapshot now() {
      System.gc();
      return new Snapshot(
          ManagementFactory.getThreadMXBean().getThreadCount(),
          ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed(),
          openFds());
    }

    /**
     * A reading once every reader thread of the warm-up has ended; reader threads in {@code
     * earlier} (those alive before the warm-up) are left out. Each reader ends before its socket's
     * close event, so this waits for the last few to exit, not for any timeout.
     */
    static Snapshot settled(Set<Thread> earlier) {
      AtomicReference<Set<Thread>> left = new AtomicReference<>(Set.of());
      try {
        await()
            .atMost(Duration.ofSeconds(30))
            .pollInterval(Duration.ofMillis(200))
            .until(
                () -> {
                  Set<Thread> readers = readerThreads();
                  readers.removeAll(earlier);
                  left.set(readers);
                  return readers.isEmpty();
                });
      } catch (org.awaitility.core.ConditionTimeoutException e) {
        throw new AssertionError("reader threads of the warm-up still alive: " + left.get(), e);
      }
      return now();
    }

    boolean within(Snapshot base, double tolerance) {
      return threads <= Math.ceil(base.threads * (1 + tolerance))
          && heap <= base.heap * (1 + tolerance)
          && fds <= Math.ceil(base.fds * (1 + tolerance));
    }

    private static int openFds() {
      String[] fds = new File("/proc/self/fd").list();
      return fds == null ? -1 : fds.length;
    }

    @Override
    public String toString() {
      return threads + " threads, " + heap / 1024 + " KiB heap, " + fds + " fds";
    }
  }
}
