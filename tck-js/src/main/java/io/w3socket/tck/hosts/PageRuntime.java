package io.w3socket.tck.hosts;

import java.io.PrintStream;
import java.time.Duration;

/**
 * The JS TCK's host interface for a JavaScript runtime in this JVM, as the Java TCK reaches
 * implementations through its {@code WebSocketAdapter}: it runs one HTML page, every script inline,
 * and {@link EngineHost} turns that into a column of the report. An implementation registers itself
 * in {@code META-INF/services/io.w3socket.tck.hosts.PageRuntime}; {@link Hosts#byId} finds it by
 * {@link #id()}. w3socket's own (GraalJS and Nashorn, ids {@code graaljs} and {@code nashorn}) are
 * in the artifact {@code w3socket-tck-js-engines}.
 */
public interface PageRuntime {
  /** The host id on the command line and in reports, e.g. {@code graaljs}. */
  String id();

  /** The column's title in reports, e.g. "w3socket on GraalJS (engine-bindings page runner)". */
  String title();

  /**
   * Runs the page until it has nothing left to do (no task, no timer, no open socket) or the
   * timeout. Never throws for a problem of the page.
   *
   * @param html the page, every script inline
   * @param location the page's URL ({@code location.href}, the base of relative URLs)
   * @param timeout how long the run may take
   * @param console where {@code console.log} (and the other console methods) print, a line each
   * @return how the run ended
   */
  Outcome runPage(String html, String location, Duration timeout, PrintStream console);

  /**
   * How a run ended.
   *
   * @param timedOut true when the timeout stopped it
   * @param description one line for the report when the page gave no results
   */
  record Outcome(boolean timedOut, String description) {}
}
