package io.w3socket.tck.hosts;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs a child process with a deadline, collecting stdout and forwarding stderr lines. */
final class Proc {

  /** A finished (or killed) process. */
  record Outcome(int exitCode, boolean timedOut, String stdout, String stderrTail) {}

  private Proc() {}

  /**
   * Runs command in dir; stderr lines go to log (a tail is kept too). Kills the process tree when
   * the deadline passes.
   */
  static Outcome run(
      List<String> command, Path dir, Map<String, String> env, Duration timeout, PrintStream log) {
    ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile());
    pb.environment().putAll(env);
    Process p;
    try {
      p = pb.start();
    } catch (IOException e) {
      return new Outcome(-1, false, "", "cannot start " + command.get(0) + ": " + e.getMessage());
    }
    StringBuilder out = new StringBuilder();
    StringBuilder tail = new StringBuilder();
    Thread outReader =
        pump(
            p.getInputStream(),
            line -> {
              synchronized (out) {
                out.append(line).append('\n');
              }
            });
    Thread errReader =
        pump(
            p.getErrorStream(),
            line -> {
              log.println("  | " + line);
              synchronized (tail) {
                tail.append(line).append('\n');
                if (tail.length() > 4000) {
                  tail.delete(0, tail.length() - 4000);
                }
              }
            });
    boolean timedOut;
    try {
      timedOut = !p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
      if (timedOut) {
        p.descendants().forEach(ProcessHandle::destroyForcibly);
        p.destroyForcibly();
        p.waitFor(10, TimeUnit.SECONDS);
      }
      outReader.join(5000);
      errReader.join(5000);
    } catch (InterruptedException e) {
      p.descendants().forEach(ProcessHandle::destroyForcibly);
      p.destroyForcibly();
      Thread.currentThread().interrupt();
      return new Outcome(-1, true, out.toString(), "interrupted");
    }
    synchronized (out) {
      synchronized (tail) {
        return new Outcome(
            timedOut ? -1 : p.exitValue(), timedOut, out.toString(), tail.toString());
      }
    }
  }

  private static Thread pump(InputStream in, java.util.function.Consumer<String> sink) {
    Thread t =
        new Thread(
            () -> {
              try (BufferedReader r =
                  new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                String line;
                while ((line = r.readLine()) != null) {
                  sink.accept(line);
                }
              } catch (IOException e) {
                // the process ended
              }
            },
            "tck-js-proc");
    t.setDaemon(true);
    t.start();
    return t;
  }
}
