package io.w3socket.bench.load;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;

/** What a client JVM reports about itself: heap after GC, resident memory, threads. */
final class Measure {
  private Measure() {}

  /** Prints {@code @@measure {...}} for the driver; runs a full GC first. */
  static void print(String label) {
    System.gc();
    System.gc();
    long heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    System.out.println(
        "@@measure {\"label\":\""
            + label
            + "\",\"heap\":"
            + heap
            + ",\"rss\":"
            + statusField("VmRSS") * 1024
            + ",\"threads\":"
            + statusField("Threads")
            + "}");
    System.out.flush();
  }

  /** A number from /proc/self/status (Linux), or -1. */
  private static long statusField(String name) {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
        if (line.startsWith(name + ":")) {
          return Long.parseLong(line.substring(name.length() + 1).trim().split("\\s+")[0]);
        }
      }
    } catch (IOException | RuntimeException e) {
      // not Linux: reported as unknown
    }
    return -1;
  }
}
