package io.w3socket.tck;

import io.w3socket.testserver.TestServer;

/** The conformance server every TCK case talks to: one per JVM, started on first use. */
public final class TckServer {
  private static TestServer server;

  private TckServer() {}

  /** Returns the shared server, starting it on 127.0.0.1 and an ephemeral port if needed. */
  public static synchronized TestServer shared() {
    if (server == null) {
      server = TestServer.start();
    }
    return server;
  }
}
