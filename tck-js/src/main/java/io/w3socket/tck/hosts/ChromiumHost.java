package io.w3socket.tck.hosts;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Debian's headless Chromium ({@code /usr/bin/chromium}, never a downloaded browser), driven by npm
 * playwright-core from a small Node script: it opens the suite page served by {@link
 * SuitePageServer} and reads the harness's results. Chromium is the reference that keeps the suite
 * honest.
 */
public final class ChromiumHost implements Host {
  /** The browser binary, overridable with {@code w3socket.tck.chromium}. */
  static final String CHROMIUM = System.getProperty("w3socket.tck.chromium", "/usr/bin/chromium");

  @Override
  public String id() {
    return "chromium";
  }

  @Override
  public HostResult run(SuiteEnv env) {
    if (!Files.isExecutable(Path.of(CHROMIUM))) {
      return HostResult.unavailable(id(), CHROMIUM + " is missing (apt-get install -y chromium)");
    }
    String why = env.node().ensureInstalled();
    if (why != null) {
      return HostResult.unavailable(id(), why);
    }
    Path suite = env.extractedSuite();
    Path profile = env.scratch("chromium-profile");
    String url = env.pages().pageUrl(env.server().port(), id(), env.filter());
    long start = System.currentTimeMillis();
    Proc.Outcome o =
        Proc.run(
            List.of(
                env.node().nodeExecutable(),
                suite.resolve("drivers/chromium-host.js").toString(),
                url,
                profile.toString(),
                Long.toString(env.hostTimeout().toMillis() - 5000),
                CHROMIUM),
            suite,
            Map.of("NODE_PATH", env.node().modules().toString()),
            env.hostTimeout(),
            env.log());
    return DriverOutput.toResult(id(), describe(o, env), o, System.currentTimeMillis() - start);
  }

  private static String describe(Proc.Outcome o, SuiteEnv env) {
    String version = "Chromium";
    for (String line : o.stderrTail().split("\n")) {
      if (line.startsWith("browser ")) {
        version = "Chromium " + line.substring(8).strip();
      }
    }
    return version
        + " headless ("
        + CHROMIUM
        + ", playwright-core "
        + env.node().packageVersion("playwright-core")
        + ")";
  }
}
