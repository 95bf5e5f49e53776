package io.w3socket.tck.hosts;

import io.w3socket.testserver.TestServer;
import java.time.Duration;

/** Runs one host against a fresh test server, for the tests. */
final class HostRun {
  private HostRun() {}

  static HostResult run(Host host) {
    try (TestServer server = TestServer.start();
        SuiteEnv env =
            new SuiteEnv(
                server, System.getProperty("tck.filter"), Duration.ofMinutes(6), System.out)) {
      HostResult r = host.run(env);
      System.out.println(host.id() + ": " + Matrix.summary(r));
      return r;
    }
  }
}
