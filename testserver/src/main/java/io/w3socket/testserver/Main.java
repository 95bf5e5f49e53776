package io.w3socket.testserver;

import java.io.PrintStream;

/**
 * Command line entry of the test server: {@code serve [-p|--port N] [--host H] [--help]}. Prints
 * one line {@code w3socket test server listening on ws://H:P/} and runs until killed.
 */
public final class Main {
  /** Default port of {@code serve}. */
  static final int DEFAULT_PORT = 9998;

  static final String USAGE =
      "usage: serve [-p|--port N (default 9998, 0 = ephemeral)] [--host H (default 127.0.0.1)]"
          + " [--help]";

  private Main() {}

  /**
   * Runs the command line and exits the JVM with its status (0 ok, 1 cannot bind, 2 bad arguments).
   *
   * @param args the arguments, e.g. {@code serve -p 9998}
   */
  public static void main(String[] args) {
    System.exit(run(args, System.out, System.err));
  }

  /**
   * Runs the command line in-process: parses {@code args}, starts the server, prints the listening
   * line to {@code out} and blocks until the calling thread is interrupted (then closes the server)
   * or the server is closed. The leading {@code serve} word is optional.
   *
   * @param args the arguments
   * @param out where the listening line and the help go
   * @param err where errors go (one line each)
   * @return 0 after a normal stop or {@code --help}, 1 when the server cannot start, 2 for bad
   *     arguments
   */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    String host = "127.0.0.1";
    int port = DEFAULT_PORT;
    int i = 0;
    if (args.length > 0 && "serve".equals(args[0])) {
      i = 1;
    }
    for (; i < args.length; i++) {
      String a = args[i];
      String value = null;
      String name = a;
      int eq = a.indexOf('=');
      if (a.startsWith("--") && eq > 0) {
        name = a.substring(0, eq);
        value = a.substring(eq + 1);
      }
      switch (name) {
        case "-h":
        case "--help":
          out.println(USAGE);
          out.flush();
          return 0;
        case "-p":
        case "--port":
          {
            if (value == null) {
              if (i + 1 >= args.length) {
                return bad(err, "missing value for " + name);
              }
              value = args[++i];
            }
            try {
              port = Integer.parseInt(value);
            } catch (NumberFormatException e) {
              return bad(err, "invalid port: " + value);
            }
            if (port < 0 || port > 65535) {
              return bad(err, "invalid port: " + value);
            }
            break;
          }
        case "--host":
          {
            if (value == null) {
              if (i + 1 >= args.length) {
                return bad(err, "missing value for --host");
              }
              value = args[++i];
            }
            if (value.isEmpty()) {
              return bad(err, "invalid host: empty");
            }
            host = value;
            break;
          }
        default:
          return bad(err, (a.startsWith("-") ? "unknown option: " : "unknown command: ") + a);
      }
    }
    TestServer server;
    try {
      server = TestServer.start(host, port);
    } catch (RuntimeException e) {
      err.println(
          "w3socket-testserver: cannot listen on " + host + ":" + port + ": " + rootMessage(e));
      err.flush();
      return 1;
    }
    try {
      out.println("w3socket test server listening on " + server.url("/"));
      out.flush();
      server.awaitClosed();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      server.close();
    }
    return 0;
  }

  private static int bad(PrintStream err, String message) {
    err.println("w3socket-testserver: " + message + " (" + USAGE + ")");
    err.flush();
    return 2;
  }

  private static String rootMessage(Throwable t) {
    Throwable c = t;
    while (c.getCause() != null && c.getCause() != c) {
      c = c.getCause();
    }
    return c.getMessage() == null ? c.toString() : c.getMessage();
  }
}
