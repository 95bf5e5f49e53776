package io.w3socket.engine;

import java.io.PrintStream;

/** The page's text output: alerts, console lines and element text changes, one per line. */
final class Output {
  private final PrintStream out;
  private final PrintStream err;

  Output(PrintStream out, PrintStream err) {
    this.out = out;
    this.err = err;
  }

  synchronized void line(String text) {
    out.println(text);
    out.flush();
  }

  synchronized void errorLine(String text) {
    err.println(text);
    err.flush();
  }
}
