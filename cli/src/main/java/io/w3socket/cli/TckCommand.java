package io.w3socket.cli;

import java.io.PrintStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;

/**
 * {@code w3socket tck}: delegates to {@code io.w3socket.tck.hosts.TckCommand#run(String[],
 * PrintStream, PrintStream)} when that class is on the classpath (the tck module provides it).
 */
final class TckCommand {
  /** The class the tck module provides. */
  static final String HOOK = "io.w3socket.tck.hosts.TckCommand";

  private TckCommand() {
  }

  static int run(String[] args, PrintStream out, PrintStream err) {
    Class<?> hook;
    try {
      hook = Class.forName(HOOK);
    } catch (ClassNotFoundException e) {
      if (args.length > 0 && (args[0].equals("--help") || args[0].equals("-h"))) {
        out.println("usage: w3socket tck [ARGS]  (the JS TCK runner is not built yet)");
        return 0;
      }
      err.println("w3socket: the JS TCK runner is not built yet");
      return 2;
    }
    try {
      Method m = hook.getMethod("run", String[].class, PrintStream.class, PrintStream.class);
      return (Integer) m.invoke(null, args, out, err);
    } catch (InvocationTargetException e) {
      err.println("w3socket: tck failed: " + e.getCause());
      return 1;
    } catch (ReflectiveOperationException | ClassCastException e) {
      err.println("w3socket: " + HOOK + " has no static int run(String[], PrintStream, PrintStream)");
      return 2;
    }
  }
}
