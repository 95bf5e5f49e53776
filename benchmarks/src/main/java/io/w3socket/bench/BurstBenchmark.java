package io.w3socket.bench;

import io.w3socket.testserver.TestServer;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A burst of 1 MiB binary messages sent at once to the sink, timed until the server's report for
 * them arrives: bulk throughput. OkHttp's WebSocket cannot take a burst over 16 MiB (it closes the
 * socket with 1001), so its baseline runs at 8 MiB only.
 */
@State(Scope.Benchmark)
@Fork(1)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 5, time = 2)
public class BurstBenchmark {
  @Param({"w3socket", "okhttp"})
  public String impl;

  @Param({"8", "64"})
  public int mebibytes;

  private TestServer server;
  private Peer peer;
  private byte[] chunk;
  private final AtomicReference<CountDownLatch> report = new AtomicReference<>();

  @Setup(Level.Trial)
  public void open() throws Exception {
    if (impl.equals("okhttp") && mebibytes > 16) {
      throw new IllegalStateException("skipped: OkHttp closes its socket past a 16 MiB queue");
    }
    chunk = new byte[1024 * 1024];
    new Random(1).nextBytes(chunk);
    server = TestServer.start();
    peer = Peer.open(impl, server.url("/sink"), m -> report.get().countDown());
  }

  @TearDown(Level.Trial)
  public void close() {
    if (peer != null) {
      peer.close();
      server.close();
    }
  }

  /** One burst, sent and acknowledged; the score is bursts per second. */
  @Benchmark
  @BenchmarkMode(Mode.Throughput)
  @OutputTimeUnit(TimeUnit.SECONDS)
  public void burst() throws InterruptedException {
    CountDownLatch latch = new CountDownLatch(1);
    report.set(latch);
    for (int i = 0; i < mebibytes; i++) {
      peer.sendBinary(chunk);
    }
    peer.sendText("report");
    if (!latch.await(60, TimeUnit.SECONDS)) {
      throw new IllegalStateException("no report");
    }
  }
}
