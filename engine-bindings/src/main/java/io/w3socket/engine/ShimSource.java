package io.w3socket.engine;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The browser shim: the ES5 files listed in {@code shim/manifest.txt} (a page's realm) or {@code
 * shim/worker-manifest.txt} (a dedicated worker's), joined in that order inside one function
 * expression that takes the host bridge (so the bridge stays a closure variable no page script
 * reaches), with a line map back to the files. The engines see one source named {@value #NAME} (or
 * {@value #WORKER_NAME}); {@link #relocate} turns its locations into {@code shim/FILE.js:LINE}.
 * Immutable.
 */
final class ShimSource {
  /** The name the engines give the joined source. */
  static final String NAME = "w3socket-shim.js";

  /** The name the engines give a worker realm's joined source. */
  static final String WORKER_NAME = "w3socket-worker-shim.js";

  private static final String FOLDER = "shim/";
  private static final String OPEN =
      "(function (host, hostAccessAllowed, bytesAsBuffers) { 'use strict';";
  private final String name;
  private final Pattern location;
  private final String text;

  /** The first line of each file in the joined source (1-based), ascending. */
  private final int[] starts;

  private final String[] files;

  private ShimSource(String name, String text, int[] starts, String[] files) {
    this.name = name;
    this.location = Pattern.compile(Pattern.quote(name) + ":(\\d+)");
    this.text = text;
    this.starts = starts;
    this.files = files;
  }

  /** Reads the page shim's manifest and the files it lists from the class path. */
  static ShimSource load() {
    return load("manifest.txt", NAME);
  }

  /** Reads the worker shim's manifest and the files it lists from the class path. */
  static ShimSource loadWorker() {
    return load("worker-manifest.txt", WORKER_NAME);
  }

  private static ShimSource load(String manifest, String name) {
    List<String> files = new ArrayList<>();
    for (String line : read(manifest).split("\\R")) {
      String file = line.strip();
      if (!file.isEmpty() && !file.startsWith("#")) {
        files.add(file);
      }
    }
    StringBuilder text = new StringBuilder(OPEN).append('\n');
    int[] starts = new int[files.size()];
    int line = 2;
    for (int i = 0; i < files.size(); i++) {
      String body = read(files.get(i));
      if (!body.endsWith("\n")) {
        body += "\n";
      }
      starts[i] = line;
      line += body.split("\n", -1).length - 1;
      text.append(body);
    }
    text.append("})");
    return new ShimSource(name, text.toString(), starts, files.toArray(new String[0]));
  }

  private static String read(String file) {
    try (InputStream in = ShimSource.class.getResourceAsStream(FOLDER + file)) {
      if (in == null) {
        throw new IllegalStateException(FOLDER + file + " is missing from the class path");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException("cannot read " + FOLDER + file, e);
    }
  }

  /** The name the engines give the joined source. */
  String name() {
    return name;
  }

  /** The joined source: evaluates to the function the engine glue calls with the bridge. */
  String text() {
    return text;
  }

  /**
   * The file and line of a line of the joined source.
   *
   * @param line a 1-based line of {@link #text()}
   * @return {@code shim/FILE.js:LINE}, or the source's name and line for the wrapper's own lines
   */
  String locate(int line) {
    for (int i = starts.length - 1; i >= 0; i--) {
      if (line >= starts[i]) {
        int next = i + 1 < starts.length ? starts[i + 1] : Integer.MAX_VALUE;
        if (line < next) {
          return FOLDER + files[i] + ":" + (line - starts[i] + 1);
        }
      }
    }
    return name + ":" + line;
  }

  /** Rewrites every {@code NAME:LINE} in a message to the file and line it is in. */
  String relocate(String message) {
    if (message == null || !message.contains(name)) {
      return message;
    }
    Matcher m = location.matcher(message);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(out, Matcher.quoteReplacement(locate(Integer.parseInt(m.group(1)))));
    }
    m.appendTail(out);
    return out.toString();
  }
}
