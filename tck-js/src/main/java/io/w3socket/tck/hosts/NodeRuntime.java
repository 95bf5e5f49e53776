package io.w3socket.tck.hosts;

import io.w3socket.testserver.JsonReader;
import io.w3socket.testserver.NpmInstall;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * Node.js and the npm packages the drivers use (playwright-core, undici), installed with {@code npm
 * install} into a folder of their own on first use, at the exact versions pinned in the suite's
 * {@code package.json}. No lock file is written.
 */
public final class NodeRuntime {
  private final Path dir;

  private NodeRuntime(Path dir) {
    this.dir = dir;
  }

  /**
   * The folder from the system property {@code w3socket.tck.nodeDir}, else {@code
   * ~/.cache/w3socket/tck-node}.
   */
  public static NodeRuntime fromSystem() {
    String p = System.getProperty("w3socket.tck.nodeDir");
    Path dir =
        p != null
            ? Path.of(p)
            : Path.of(System.getProperty("user.home"), ".cache", "w3socket", "tck-node");
    return new NodeRuntime(dir.toAbsolutePath());
  }

  /** The node_modules folder (for NODE_PATH). */
  public Path modules() {
    return dir.resolve("node_modules");
  }

  /** The node executable: {@code w3socket.tck.node} or {@code node} on the PATH. */
  public String nodeExecutable() {
    return System.getProperty("w3socket.tck.node", "node");
  }

  /**
   * Makes sure the pinned packages are installed; returns null when ready, else why not. Hosts run
   * in parallel install once ({@link NpmInstall}).
   */
  public String ensureInstalled() {
    try {
      NpmInstall.ensure(dir, Suite.read("package.json"));
      return null;
    } catch (IOException e) {
      return e.getMessage();
    }
  }

  /** The version of an installed package, or "?" . */
  public String packageVersion(String name) {
    try {
      String json = Files.readString(modules().resolve(name).resolve("package.json"));
      Object v = ((Map<?, ?>) JsonReader.parse(json)).get("version");
      return v == null ? "?" : v.toString();
    } catch (IOException | RuntimeException e) {
      return "?";
    }
  }
}
