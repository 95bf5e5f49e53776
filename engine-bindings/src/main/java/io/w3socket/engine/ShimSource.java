package io.w3socket.engine;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The browser shim: the ES5 files listed in {@code shim/manifest.txt} (a page's realm) or {@code
 * shim/worker-manifest.txt} (a dedicated worker's), joined in that order inside one function
 * expression that takes the host bridge (so the bridge stays a closure variable no page script
 * reaches), with a line map back to the files. The engines see one source named {@value #NAME} (or
 * {@value #WORKER_NAME}); {@link #relocate} turns its locations into {@code shim/FILE.js:LINE}.
 *
 * <p>A manifest line {@code lazy MODULE: a.js b.js} makes a lazy module of those files: they are
 * not in the joined source, so a page that does not use them does not pay for parsing and running
 * them at start; webidl.js's {@code loadModule} evaluates the module inside the closure when a
 * script first reads one of the globals it exposes ({@code exposed.NAME = ...} lines), or the host
 * calls one of its entry points. The module's text ends with the exports of its top-level functions
 * and a {@code sourceURL} of {@code w3socket-shim-MODULE.js}, which {@link #relocate} maps back to
 * the files too. Immutable.
 */
final class ShimSource {
  /** The name the engines give the joined source. */
  static final String NAME = "w3socket-shim.js";

  /** The name the engines give a worker realm's joined source. */
  static final String WORKER_NAME = "w3socket-worker-shim.js";

  private static final String FOLDER = "shim/";
  private static final String OPEN =
      "(function (host, hostAccessAllowed, bytesAsBuffers) { 'use strict';";
  private static final Pattern FUNCTION = Pattern.compile("(?m)^function ([A-Za-z0-9_$]+)\\(");
  private static final Pattern EXPOSED = Pattern.compile("(?m)^exposed\\.([A-Za-z0-9_$]+) =");

  /** Joined files under one source name, with the first line of each (1-based), ascending. */
  private static final class Unit {
    final String name;
    final Pattern location;
    final int[] starts;
    final String[] files;

    Unit(String name, int[] starts, String[] files) {
      this.name = name;
      this.location = Pattern.compile(Pattern.quote(name) + ":(\\d+)");
      this.starts = starts;
      this.files = files;
    }

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
  }

  private final String text;
  private final Unit main;

  /** Each lazy module's text, by module name, in manifest order. */
  private final Map<String, String> modules;

  /** Each lazy module's exposed globals, by module name. */
  private final Map<String, List<String>> globals;

  private final List<Unit> units;

  private ShimSource(
      String text,
      Unit main,
      Map<String, String> modules,
      Map<String, List<String>> globals,
      List<Unit> units) {
    this.text = text;
    this.main = main;
    this.modules = modules;
    this.globals = globals;
    this.units = units;
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
    Map<String, List<String>> lazy = new LinkedHashMap<>();
    for (String line : read(manifest).split("\\R")) {
      String entry = line.strip();
      if (entry.startsWith("lazy ")) {
        int colon = entry.indexOf(':');
        lazy.put(
            entry.substring(5, colon).strip(),
            List.of(entry.substring(colon + 1).strip().split("\\s+")));
      } else if (!entry.isEmpty() && !entry.startsWith("#")) {
        files.add(entry);
      }
    }
    StringBuilder text = new StringBuilder(OPEN).append('\n');
    Unit main = join(name, files, text, 2);
    text.append("})");
    Map<String, String> modules = new LinkedHashMap<>();
    Map<String, List<String>> globals = new LinkedHashMap<>();
    List<Unit> units = new ArrayList<>(List.of(main));
    for (Map.Entry<String, List<String>> m : lazy.entrySet()) {
      String unitName = "w3socket-shim-" + m.getKey() + ".js";
      StringBuilder body = new StringBuilder();
      units.add(join(unitName, m.getValue(), body, 1));
      List<String> exposed = new ArrayList<>();
      Matcher g = EXPOSED.matcher(body);
      while (g.find()) {
        exposed.add(g.group(1));
      }
      Matcher f = FUNCTION.matcher(body.toString());
      StringBuilder exports = new StringBuilder();
      while (f.find()) {
        exports
            .append("__exports.")
            .append(f.group(1))
            .append(" = ")
            .append(f.group(1))
            .append(";");
      }
      body.append(exports).append("\n//# sourceURL=").append(unitName).append('\n');
      modules.put(m.getKey(), body.toString());
      globals.put(m.getKey(), List.copyOf(exposed));
    }
    return new ShimSource(
        text.toString(),
        main,
        Collections.unmodifiableMap(modules),
        Collections.unmodifiableMap(globals),
        List.copyOf(units));
  }

  /** Appends {@code files} to {@code text}, whose next line is {@code line}; their line map. */
  private static Unit join(String name, List<String> files, StringBuilder text, int line) {
    int[] starts = new int[files.size()];
    for (int i = 0; i < files.size(); i++) {
      String body = read(files.get(i));
      if (!body.endsWith("\n")) {
        body += "\n";
      }
      starts[i] = line;
      line += body.split("\n", -1).length - 1;
      text.append(body);
    }
    return new Unit(name, starts, files.toArray(new String[0]));
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
    return main.name;
  }

  /** The joined source: evaluates to the function the engine glue calls with the bridge. */
  String text() {
    return text;
  }

  /** A lazy module's text (evaluated by webidl.js's loadModule), or null for no such module. */
  String module(String name) {
    return modules.get(name);
  }

  /** Each lazy module's name, then the globals it exposes, then "" (webidl.js's shape). */
  List<String> moduleGlobals() {
    List<String> out = new ArrayList<>();
    for (Map.Entry<String, List<String>> m : globals.entrySet()) {
      out.add(m.getKey());
      out.addAll(m.getValue());
      out.add("");
    }
    return out;
  }

  /**
   * The file and line of a line of the joined source.
   *
   * @param line a 1-based line of {@link #text()}
   * @return {@code shim/FILE.js:LINE}, or the source's name and line for the wrapper's own lines
   */
  String locate(int line) {
    return main.locate(line);
  }

  /** Rewrites every {@code NAME:LINE} of the joined source or a module to its file and line. */
  String relocate(String message) {
    if (message == null || !message.contains("w3socket-")) {
      return message;
    }
    String out = message;
    for (Unit u : units) {
      if (!out.contains(u.name)) {
        continue;
      }
      Matcher m = u.location.matcher(out);
      StringBuilder sb = new StringBuilder();
      while (m.find()) {
        m.appendReplacement(sb, Matcher.quoteReplacement(u.locate(Integer.parseInt(m.group(1)))));
      }
      m.appendTail(sb);
      out = sb.toString();
    }
    return out;
  }
}
