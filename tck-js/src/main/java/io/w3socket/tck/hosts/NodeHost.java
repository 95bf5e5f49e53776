package io.w3socket.tck.hosts;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Node.js with npm undici's WHATWG {@code WebSocket} (and undici's CloseEvent/MessageEvent) as
 * globals; Node itself provides EventTarget, Event, Blob, DOMException and queueMicrotask.
 */
public final class NodeHost implements Host {

  @Override
  public String id() {
    return "node";
  }

  @Override
  public HostResult run(SuiteEnv env) {
    String why = env.node().ensureInstalled();
    if (why != null) {
      return HostResult.unavailable(id(), why);
    }
    Path suite = env.extractedSuite();
    long start = System.currentTimeMillis();
    Proc.Outcome version =
        Proc.run(
            List.of(env.node().nodeExecutable(), "--version"),
            suite,
            Map.of(),
            java.time.Duration.ofSeconds(20),
            env.log());
    Proc.Outcome o =
        Proc.run(
            List.of(
                env.node().nodeExecutable(),
                suite.resolve("drivers/node-host.js").toString(),
                suite.toString(),
                env.envJson(id()),
                Long.toString(env.hostTimeout().toMillis() - 5000)),
            suite,
            Map.of("NODE_PATH", env.node().modules().toString()),
            env.hostTimeout(),
            env.log());
    String description =
        "Node " + version.stdout().strip() + " + undici " + env.node().packageVersion("undici");
    return DriverOutput.toResult(id(), description, o, System.currentTimeMillis() - start);
  }
}
