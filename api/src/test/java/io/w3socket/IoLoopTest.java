package io.w3socket;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.channels.SelectionKey;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The selector thread parks while no channel is registered, instead of waiting in {@code select}
 * (native code, which JVM exit waits up to 300 ms for), and still runs what it is given.
 */
class IoLoopTest {
  private static final Duration DEADLINE = Duration.ofSeconds(10);

  @Test
  void parksWithoutChannelsSelectsWithOneAndParksAgainOnceItIsClosed() throws Exception {
    IoLoop loop = IoLoop.start();
    await().atMost(DEADLINE).until(() -> loop.thread().getState() == Thread.State.WAITING);

    try (ServerSocketChannel server = ServerSocketChannel.open()) {
      server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
      SocketChannel client = SocketChannel.open(server.getLocalAddress());
      try (SocketChannel accepted = server.accept()) {
        client.configureBlocking(false);
        CompletableFuture<SelectionKey> registered = new CompletableFuture<>();
        loop.execute(
            () -> {
              try {
                registered.complete(
                    loop.register(
                        client,
                        SelectionKey.OP_READ,
                        new IoLoop.Handler() {
                          @Override
                          public void readable() {}

                          @Override
                          public void writable() {}
                        }));
              } catch (Exception e) {
                registered.completeExceptionally(e);
              }
            });
        registered.get(10, TimeUnit.SECONDS);
        // In select (native code: RUNNABLE to Java), not parked, while the channel is registered.
        await().atMost(DEADLINE).until(() -> loop.thread().getState() == Thread.State.RUNNABLE);

        client.close(); // off the loop thread, as a connection's end may be
        loop.wake();
        await().atMost(DEADLINE).until(() -> loop.thread().getState() == Thread.State.WAITING);
        assertEquals(0, loop.selector().keys().size());
      }
    }

    // Parked, it still runs a task it is given.
    CompletableFuture<Thread> ran = new CompletableFuture<>();
    loop.execute(() -> ran.complete(Thread.currentThread()));
    assertEquals(loop.thread(), ran.get(10, TimeUnit.SECONDS));
    await().atMost(DEADLINE).until(() -> loop.thread().getState() == Thread.State.WAITING);
  }

  /**
   * With more channels than the loop looks through one by one, then all of them closed, it still
   * finds it has none left and parks: the keys it made are what it looks through, not the
   * selector's key set (which keeps the size it once had).
   */
  @Test
  void parksAgainOnceManyChannelsAreClosed() throws Exception {
    IoLoop loop = IoLoop.start();
    List<SocketChannel> clients = new ArrayList<>();
    List<SocketChannel> accepted = new ArrayList<>();
    try (ServerSocketChannel server = ServerSocketChannel.open()) {
      server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
      for (int i = 0; i < 40; i++) {
        SocketChannel client = SocketChannel.open(server.getLocalAddress());
        clients.add(client);
        accepted.add(server.accept());
        client.configureBlocking(false);
        CompletableFuture<SelectionKey> registered = new CompletableFuture<>();
        loop.execute(
            () -> {
              try {
                registered.complete(loop.register(client, SelectionKey.OP_READ, IDLE));
              } catch (Exception e) {
                registered.completeExceptionally(e);
              }
            });
        registered.get(10, TimeUnit.SECONDS);
      }
      assertEquals(40, loop.selector().keys().size());
      await().atMost(DEADLINE).until(() -> loop.thread().getState() == Thread.State.RUNNABLE);

      for (SocketChannel c : clients) {
        c.close();
      }
      loop.wake();
      await().atMost(DEADLINE).until(() -> loop.thread().getState() == Thread.State.WAITING);
      assertEquals(0, loop.selector().keys().size());
    } finally {
      for (SocketChannel c : accepted) {
        c.close();
      }
    }
  }

  private static final IoLoop.Handler IDLE =
      new IoLoop.Handler() {
        @Override
        public void readable() {}

        @Override
        public void writable() {}
      };
}
