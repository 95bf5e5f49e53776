package io.w3socket;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * What w3socket logged in this JVM, as a browser prints a failed connection to its console; tests
 * read the reason there. Installed on first use, for the rest of the JVM.
 */
final class ConsoleLog {
  private static final Logger LOG = Logger.getLogger("io.w3socket"); // held: JUL keeps it weakly

  private static final List<String> messages = new CopyOnWriteArrayList<>();

  static {
    LOG.addHandler(
        new Handler() {
          @Override
          public void publish(LogRecord record) {
            messages.add(String.valueOf(record.getMessage()));
          }

          @Override
          public void flush() {}

          @Override
          public void close() {}
        });
  }

  private ConsoleLog() {}

  /** Starts capturing (from a test class's static initializer, before its first socket). */
  static void install() {}

  /** What was logged about the connection to {@code url}. */
  static String about(String url) {
    return String.join("\n", messages.stream().filter(m -> m.contains("'" + url + "'")).toList());
  }
}
