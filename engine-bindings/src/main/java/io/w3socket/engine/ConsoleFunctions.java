package io.w3socket.engine;

import java.util.function.Consumer;

/** Output and error reporting: {@code console}, {@code alert}, {@code reportError} (report.js). */
final class ConsoleFunctions implements HostArea {
  private final Output output;
  private final Consumer<String> errors;

  ConsoleFunctions(Output output, Consumer<String> errors) {
    this.output = output;
    this.errors = errors;
  }

  @Override
  public void register(HostRegistry r) {
    r.add(
        "print",
        a -> {
          output.line(a.string(0));
          return null;
        });
    r.add(
        "printError",
        a -> {
          output.errorLine(a.string(0));
          return null;
        });
    r.add(
        "reportError",
        a -> {
          errors.accept(a.string(0));
          return null;
        });
  }
}
