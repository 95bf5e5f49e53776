package io.w3socket.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * When a run's loop ends: once it has no task, no timer and nothing live (HTML #event-loops, as a
 * runner decides it). Another thread may queue a task and then stop being live, between the loop's
 * look at its queue and its look at the activity (a dedicated worker posts a message and then
 * closes itself): that task still runs.
 */
class EventLoopEndTest {
  @Test
  void aTaskQueuedJustBeforeTheLastActivityEndsStillRuns() throws InterruptedException {
    EventLoop loop = new EventLoop();
    List<String> ran = new ArrayList<>();
    boolean[] live = {true};
    loop.run(
        new EventLoop.Activity() {
          @Override
          public boolean hasLiveSockets() {
            if (live[0]) {
              // The worker's last task: it posts to the owner, then closes; the loop's queue was
              // empty when it looked, an instant before.
              loop.execute(() -> ran.add("message from the worker"));
              live[0] = false;
            }
            return false;
          }

          @Override
          public boolean hasIdleAction() {
            return false;
          }

          @Override
          public void onIdle() {}
        },
        () -> {},
        0,
        e -> {
          throw e;
        });
    assertEquals(List.of("message from the worker"), ran);
  }
}
