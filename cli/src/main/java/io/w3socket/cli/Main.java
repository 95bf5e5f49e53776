package io.w3socket.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * The {@code w3socket} command: {@code run}, {@code serve} and {@code tck}. Exit status 0 on
 * success; otherwise non-zero with a one-line reason on standard error.
 */
public final class Main {
  static final String USAGE =
      String.join(
          "\n",
          "usage: w3socket COMMAND [ARGS]",
          "",
          "commands:",
          "  run PAGE.html|SCRIPT.js [--engine graaljs|nashorn] [--click TEXT] [--map"
              + " HOST=HOST:PORT]",
          "      [--timeout S]        run a page or script with the browser's WebSocket",
          "  serve [-p 9998] [--host 127.0.0.1]",
          "                           run the echo/conformance server",
          "  tck --host LIST|all      run the JavaScript TCK in several hosts, side by side",
          "",
          "'w3socket COMMAND --help' describes a command.");

  /**
   * The API's logger: connection failures reach the page as error and close events, so the command
   * does not also log them (kept here so the level setting is not garbage collected).
   */
  private static final java.util.logging.Logger API_LOG =
      java.util.logging.Logger.getLogger("io.w3socket");

  private Main() {}

  /**
   * Runs the command line and exits with its status.
   *
   * @param args the arguments
   */
  public static void main(String[] args) {
    if (!Boolean.getBoolean("w3socket.verbose")) {
      API_LOG.setLevel(java.util.logging.Level.OFF);
    }
    PrintStream out =
        new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
    PrintStream err =
        new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
    int status = run(args, out, err);
    out.flush();
    err.flush();
    System.exit(status);
  }

  /**
   * Runs the command line in-process.
   *
   * @param args the arguments, starting with the command
   * @param out standard output
   * @param err standard error
   * @return the exit status
   */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    if (args.length == 0) {
      err.println("w3socket: missing command (try 'w3socket --help')");
      return 2;
    }
    String[] rest = java.util.Arrays.copyOfRange(args, 1, args.length);
    switch (args[0]) {
      case "-h":
      case "--help":
      case "help":
        out.println(USAGE);
        return 0;
      case "run":
        return RunCommand.run(rest, out, err);
      case "serve":
        return io.w3socket.testserver.Main.run(rest, out, err);
      case "tck":
        return io.w3socket.tck.hosts.TckCommand.run(rest, out, err);
      default:
        err.println("w3socket: unknown command '" + args[0] + "' (try 'w3socket --help')");
        return 2;
    }
  }
}
