package io.w3socket.testserver;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The npm packages a {@code package.json} names, installed into a folder of their own: once per
 * content of that file (a stamp beside it remembers the installed one), no lock file, no install
 * scripts, no dev dependencies. The JS TCK's drivers, the engine tests' library servers and the
 * load driver's Node side all install their packages this way.
 */
public final class NpmInstall {
  private static final long TIMEOUT_MINUTES = 5;

  private NpmInstall() {}

  /** npm itself could not be started (not installed, not on the PATH). */
  public static final class NpmMissing extends IOException {
    private static final long serialVersionUID = 1L;

    NpmMissing(IOException cause) {
      super("cannot run npm: " + cause.getMessage(), cause);
    }
  }

  /**
   * Installs the packages of {@code packageJson} into {@code dir} unless that exact file is already
   * installed there. Synchronized on the class, so callers on several threads install once.
   *
   * @return {@code dir}
   * @throws NpmMissing when npm cannot be started
   * @throws IOException when npm fails or takes over 5 minutes, with npm's output
   */
  public static Path ensure(Path dir, String packageJson) throws IOException {
    synchronized (NpmInstall.class) {
      Path stamp = dir.resolve("installed-package.json");
      if (Files.isDirectory(dir.resolve("node_modules"))
          && Files.exists(stamp)
          && Files.readString(stamp).equals(packageJson)) {
        return dir;
      }
      Files.createDirectories(dir);
      Files.writeString(dir.resolve("package.json"), packageJson);
      try {
        run(dir);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException("interrupted while installing npm packages into " + dir, e);
      }
      Files.writeString(stamp, packageJson);
      return dir;
    }
  }

  private static void run(Path dir) throws IOException, InterruptedException {
    List<String> command =
        List.of(
            "npm",
            "install",
            "--no-package-lock",
            "--no-audit",
            "--no-fund",
            "--omit=dev",
            "--ignore-scripts",
            "--loglevel=error");
    Path log = dir.resolve("npm.log");
    Process p;
    try {
      p =
          new ProcessBuilder(command)
              .directory(dir.toFile())
              .redirectErrorStream(true)
              .redirectOutput(log.toFile())
              .start();
    } catch (IOException e) {
      throw new NpmMissing(e);
    }
    if (!p.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
      p.destroyForcibly();
      throw new IOException(
          "npm install did not finish in " + TIMEOUT_MINUTES + " minutes in " + dir);
    }
    if (p.exitValue() != 0) {
      throw new IOException(
          "npm install failed (exit "
              + p.exitValue()
              + ") in "
              + dir
              + ": "
              + new String(Files.readAllBytes(log), StandardCharsets.UTF_8).strip());
    }
  }
}
