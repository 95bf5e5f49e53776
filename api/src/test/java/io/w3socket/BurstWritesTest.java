package io.w3socket;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.w3socket.testserver.TestServer;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Answers sent while a burst of messages is delivered ({@link TaskWrites}): a task may leave them
 * to the socket's next task, and whatever must not wait takes them to the network at once.
 */
class BurstWritesTest {
  static final TestServer server = LoopbackServer.SERVER;

  @ParameterizedTest(name = "{0}-byte answers")
  @ValueSource(ints = {16, 70_000})
  void everyAnswerToABurstArrivesInOrder(int answerSize) {
    // Messages in one write: the answers of many tasks in a row wait for a later one (at most 64 in
    // a row; answers of 64 KiB or more never wait), and the last ones for the burst's end.
    int count = answerSize < 1000 ? 1_000 : 100;
    WebSocket ws = new WebSocket(server.url("/burst?count=" + count + "&size=16"));
    List<Integer> echoed = new CopyOnWriteArrayList<>();
    int[] received = {0};
    ws.setOnmessage(
        e -> {
          if (e.getData() instanceof String s) {
            echoed.add(Integer.parseInt(s.substring(0, s.indexOf(' '))));
          } else {
            ws.send(received[0]++ + " " + "x".repeat(answerSize));
          }
        });
    await().atMost(Duration.ofSeconds(30)).until(() -> echoed.size() == count);
    assertEquals(IntStream.range(0, count).boxed().toList(), echoed);
    ws.close();
  }

  @ParameterizedTest(name = "{0} message(s) in one read")
  @ValueSource(ints = {1, 1_000})
  void answersSentWhileTheSelectorThreadDeliversLeaveWhenItHasDelivered(int count) {
    // An event loop that runs each task at once, on the thread that queues it: every answer is sent
    // while the selector thread is still handing over its read, with no task of the socket queued.
    // The answers wait for the read's end (TaskGate#deliveryEnded), then leave; none is stranded.
    WebSocketOptions inline = WebSocketOptions.builder().eventLoop(Runnable::run).build();
    List<Integer> echoed = new CopyOnWriteArrayList<>();
    int[] received = {0};
    WebSocket ws =
        WebSocket.connect(
            server.url("/burst?count=" + count + "&size=16"),
            inline,
            socket ->
                socket.setOnmessage(
                    e -> {
                      if (e.getData() instanceof String s) {
                        echoed.add(Integer.parseInt(s));
                      } else {
                        socket.send(String.valueOf(received[0]++));
                      }
                    }));
    await().atMost(Duration.ofSeconds(30)).until(() -> echoed.size() == count);
    assertEquals(IntStream.range(0, count).boxed().toList(), echoed);
    ws.close();
  }

  @Test
  void aSendFromAnotherThreadTakesTheBurstsAnswersToTheNetworkAtOnce() {
    ManualLoop loop = new ManualLoop();
    WebSocket ws = loop.socketAnsweringTheFirstMessage();
    ws.send("b"); // from this thread, while the loop holds the next burst message tasks back
    // Both answers reach the server, and their echoes queue behind the two burst messages, although
    // no task of the socket ran since the first message's.
    await().atMost(Duration.ofSeconds(10)).until(() -> loop.queued() >= 4);
    loop.runAll();
    assertEquals(List.of("a", "b"), loop.texts);
    ws.close();
  }

  @Test
  void aCloseFromAnotherThreadTakesTheBurstsAnswersToTheNetworkAtOnce() {
    ManualLoop loop = new ManualLoop();
    WebSocket ws = loop.socketAnsweringTheFirstMessage();
    ws.close(1000); // from this thread: the answer, then the Close frame, leave now
    // The server answers the Close; the echo of "a" is dropped, as the socket is CLOSING
    // (#feedback-from-the-protocol: a message is fired only in OPEN).
    // Tasks queue behind the two burst messages (the answer's bufferedAmount update, the echo, the
    // close) although no task of the socket ran since the first message's; then all run.
    await().atMost(Duration.ofSeconds(10)).until(() -> loop.queued() >= 4);
    await()
        .atMost(Duration.ofSeconds(10))
        .until(
            () -> {
              loop.runAll();
              return loop.close.get() != null;
            });
    assertEquals(1000, loop.close.get().getCode());
    assertTrue(loop.close.get().isWasClean());
    assertEquals(0, ws.getBufferedAmount(), "the answer went out, before the Close frame");
  }

  /** An event loop the test thread runs by hand, task by task. */
  private static final class ManualLoop {
    final BlockingQueue<Runnable> tasks = new LinkedBlockingQueue<>();
    final List<String> texts = new ArrayList<>();
    final AtomicReference<CloseEvent> close = new AtomicReference<>();
    int binary;

    /**
     * A socket that gets three messages in one write and answers the first with "a"; returns once
     * that answer's task has run and the other two messages' tasks wait on this loop.
     */
    WebSocket socketAnsweringTheFirstMessage() {
      WebSocketOptions options = WebSocketOptions.builder().eventLoop(tasks::add).build();
      // Listeners set in the socket's setup task, so that no other task of the socket (such as
      // the release of events held for a listener added late) can queue among the messages'.
      WebSocket ws =
          WebSocket.connect(
              server.url("/burst?count=3&size=16"),
              options,
              socket -> {
                socket.setOnmessage(
                    e -> {
                      if (e.getData() instanceof String s) {
                        texts.add(s);
                      } else if (binary++ == 0) {
                        socket.send("a");
                      }
                    });
                socket.setOnclose(e -> close.set((CloseEvent) e));
              });
      tasks.remove().run(); // the setup task
      // The open task, then the three messages' (one read of the selector thread).
      await().atMost(Duration.ofSeconds(10)).until(() -> queued() >= 4);
      while (binary == 0) {
        tasks.remove().run();
      }
      assertEquals(2, queued(), "the burst's other two messages wait");
      return ws;
    }

    int queued() {
      return tasks.size();
    }

    void runAll() {
      for (Runnable t; (t = tasks.poll()) != null; ) {
        t.run();
      }
    }
  }
}
