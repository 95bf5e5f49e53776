package io.w3socket.bench;

import io.w3socket.testserver.TestServer;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Small text messages through the loopback echo server: pipelined (a window of 1000 in flight,
 * the throughput of the whole send → frame → event-loop path) and one at a time (the round-trip
 * latency of one message).
 */
@State(Scope.Benchmark)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class EchoBenchmark {
  private static final int WINDOW = 1000;

  @Param({"w3socket", "okhttp"})
  public String impl;

  private TestServer server;
  private Peer peer;
  private final AtomicReference<CountDownLatch> pending = new AtomicReference<>();

  @Setup(Level.Trial)
  public void open() throws Exception {
    server = TestServer.start();
    peer = Peer.open(impl, server.url("/echo-nocompress"), m -> pending.get().countDown());
  }

  @TearDown(Level.Trial)
  public void close() {
    peer.close();
    server.close();
  }

  /** Throughput of pipelined echoes, in messages per second. */
  @Benchmark
  @BenchmarkMode(Mode.Throughput)
  @OutputTimeUnit(TimeUnit.SECONDS)
  @OperationsPerInvocation(WINDOW)
  public void pipelined() throws InterruptedException {
    CountDownLatch latch = new CountDownLatch(WINDOW);
    pending.set(latch);
    for (int i = 0; i < WINDOW; i++) {
      peer.sendText("message");
    }
    if (!latch.await(30, TimeUnit.SECONDS)) {
      throw new IllegalStateException("echoes missing: " + latch.getCount());
    }
  }

  /** Latency of one echo. */
  @Benchmark
  @BenchmarkMode(Mode.AverageTime)
  @OutputTimeUnit(TimeUnit.MICROSECONDS)
  public void roundTrip() throws InterruptedException {
    CountDownLatch latch = new CountDownLatch(1);
    pending.set(latch);
    peer.sendText("ping");
    if (!latch.await(10, TimeUnit.SECONDS)) {
      throw new IllegalStateException("no echo");
    }
  }
}
