package io.w3socket.engine;

import io.w3socket.testserver.NpmInstall;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * Files from npm packages, fetched with {@code npm pack} (the tarball only, no install scripts, no
 * dependencies) into {@code target/npm} once. Without npm the calling test is skipped, except under
 * CI ({@code CI} set), where it fails.
 */
final class NpmFiles {
  private static final Path DIR = Path.of("target", "npm").toAbsolutePath();

  private NpmFiles() {}

  /**
   * A file of a package, e.g. {@code file("wpt-runner", "7.0.0", "testharness/testharness.js")}.
   */
  static synchronized Path file(String name, String version, String path)
      throws IOException, InterruptedException {
    Path unpacked = DIR.resolve(name + "-" + version);
    Path file = unpacked.resolve("package").resolve(path);
    if (Files.isRegularFile(file)) {
      return file;
    }
    Files.createDirectories(unpacked);
    run(
        List.of("npm", "pack", name + "@" + version, "--pack-destination", unpacked.toString()),
        unpacked);
    Path tgz = unpacked.resolve(name.replace("@", "").replace('/', '-') + "-" + version + ".tgz");
    run(List.of("tar", "xzf", tgz.toString()), unpacked);
    if (!Files.isRegularFile(file)) {
      throw new IOException(name + "@" + version + " has no " + path);
    }
    return file;
  }

  /**
   * Installs the packages of a {@code package.json} (a test resource) into {@code target/npm/NAME},
   * once per content of that file ({@link NpmInstall}), and returns the folder.
   */
  static Path install(String name, String packageJson) throws IOException {
    try {
      return NpmInstall.ensure(DIR.resolve(name), packageJson);
    } catch (NpmInstall.NpmMissing e) {
      Assumptions.assumeTrue(System.getenv("CI") != null, e::getMessage);
      throw e;
    }
  }

  private static void run(List<String> command, Path dir) throws IOException, InterruptedException {
    Process p;
    try {
      p =
          new ProcessBuilder(command)
              .directory(dir.toFile())
              .redirectErrorStream(true)
              .redirectOutput(dir.resolve("npm.log").toFile())
              .start();
    } catch (IOException e) {
      Assumptions.assumeTrue(
          System.getenv("CI") != null, () -> command.get(0) + " is not available: " + e);
      throw e;
    }
    if (!p.waitFor(5, TimeUnit.MINUTES)) {
      p.destroyForcibly();
      throw new IOException(String.join(" ", command) + " did not finish in 5 minutes");
    }
    if (p.exitValue() != 0) {
      throw new IOException(
          String.join(" ", command)
              + " failed (exit "
              + p.exitValue()
              + "): "
              + Files.readString(dir.resolve("npm.log")).strip());
    }
  }
}
