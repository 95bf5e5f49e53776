package io.w3socket.tck.hosts;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The JS suite's files, read from the classpath under {@code io/w3socket/tck/js/}. */
public final class Suite {
  /** Classpath folder of the suite. */
  static final String ROOT = "io/w3socket/tck/js/";

  /** Files that are not part of the suite but are needed by hosts. */
  static final List<String> SUPPORT =
      List.of("suite.txt", "package.json", "drivers/chromium-host.js", "drivers/node-host.js");

  private final List<String> files;

  private Suite(List<String> files) {
    this.files = List.copyOf(files);
  }

  /** Loads the manifest {@code suite.txt}. */
  public static Suite load() {
    List<String> files = new ArrayList<>();
    for (String line : read("suite.txt").split("\n")) {
      String l = line.strip();
      if (!l.isEmpty() && !l.startsWith("#")) {
        files.add(l);
      }
    }
    return new Suite(files);
  }

  /** The suite's JS files in load order, harness first. */
  public List<String> files() {
    return files;
  }

  /** The text of a file of the suite folder. */
  public static String read(String relative) {
    try (InputStream in = Suite.class.getClassLoader().getResourceAsStream(ROOT + relative)) {
      if (in == null) {
        throw new IllegalArgumentException("no suite resource " + relative);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes the suite and its support files into dir (for hosts that run outside the JVM). */
  public Path extractTo(Path dir) {
    try {
      List<String> all = new ArrayList<>(files);
      all.addAll(SUPPORT);
      for (String f : all) {
        Path target = dir.resolve(f);
        Files.createDirectories(target.getParent());
        Files.writeString(target, read(f));
      }
      return dir;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
