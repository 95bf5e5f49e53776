package io.w3socket.engine;

import io.w3socket.engine.spi.Realm;
import io.w3socket.engine.spi.ScriptError;
import io.w3socket.engine.spi.ScriptFailure;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.function.Consumer;

/**
 * The steps of a page's loading ({@link BrowserContext}), each a task of the run's loop in order,
 * with the parser paused while a style sheet blocks scripts (HTML
 * #has-a-style-sheet-that-is-blocking-scripts): a script step first makes the nodes before its
 * script and starts their style sheets' fetches ({@link Step#prepare}); while a style sheet the
 * parser made is loading, it and the steps after it wait (#prepare-the-script-element's pending
 * parsing-blocking script; #the-end for a deferred one), and run once the last such sheet has
 * loaded or failed. Steps that do not wait run as tasks queued at the start, so other tasks come
 * after them as before; the load and error events of link elements whose fetches end meanwhile wait
 * for the last step (html-link-element.js). Loop thread only.
 */
final class ParserSteps {
  /** One piece of the loading; what it throws is reported, and so is what it passes to report. */
  interface Step {
    /**
     * What runs before the step's wait for style sheets (for a script step, the parser reaching its
     * script); only a step that {@link #waitsForStyleSheets} has one.
     */
    default void prepare(Realm realm) {}

    /** Whether the step is a script's, which a style sheet that is blocking scripts holds back. */
    default boolean waitsForStyleSheets() {
      return false;
    }

    void run(Realm realm, Consumer<String> report) throws ScriptFailure;
  }

  private final EventLoop loop;
  private final Consumer<String> report;
  private final Deque<Step> steps;

  /** The page's realm, once {@link #start} is called. */
  private Realm realm;

  /** The tasks queued that each run the next step (or find the parser paused). */
  private int queued;

  /** The style sheets the parser made that are loading (each fetch counted once). */
  private int blockingSheets;

  /** The first step waiting, prepared, for the style sheets; null while none is. */
  private Step waiting;

  /** Whether the shim holds link elements' events until the last step has run. */
  private boolean held;

  ParserSteps(EventLoop loop, Consumer<String> report, List<Step> steps) {
    this.loop = loop;
    this.report = report;
    this.steps = new ArrayDeque<>(steps);
  }

  /** Queues a task for each step, which runs in the realm. */
  void start(Realm realm) {
    this.realm = realm;
    for (int i = 0; i < steps.size(); i++) {
      queue();
    }
  }

  /**
   * A style sheet the parser made started loading: while the page is still loading (steps left),
   * scripts wait until it is done; whether it was counted so.
   */
  boolean sheetLoading() {
    if (steps.isEmpty()) {
      return false;
    }
    blockingSheets++;
    return true;
  }

  /** A style sheet counted by {@link #sheetLoading} loaded or failed. */
  void sheetDone() {
    if (blockingSheets > 0 && --blockingSheets == 0 && waiting != null) {
      // the parser goes on: a task for each step left that no queued task will run
      for (int i = queued; i < steps.size(); i++) {
        queue();
      }
    }
  }

  /**
   * Whether a link element's load or error event waits for the last step (the page is still
   * parsed); if so, the shim's linksParsed entry is called in a task after it.
   */
  boolean holdUntilParsed() {
    held |= !steps.isEmpty();
    return !steps.isEmpty();
  }

  private void queue() {
    queued++;
    loop.execute(this::next);
  }

  private void next() {
    queued--;
    Step step = steps.peekFirst();
    if (step == null || (waiting != null && blockingSheets > 0)) {
      return; // paused: sheetDone queues the steps again
    }
    if (step != waiting && step.waitsForStyleSheets()) {
      step.prepare(realm);
      if (blockingSheets > 0) {
        waiting = step;
        return;
      }
    }
    waiting = null;
    steps.removeFirst();
    try {
      step.run(realm, report);
    } catch (ScriptFailure | ScriptError f) {
      report.accept(f.getMessage());
    }
    if (steps.isEmpty() && held) {
      held = false;
      loop.execute(() -> realm.callEntry("linksParsed"));
    }
  }
}
