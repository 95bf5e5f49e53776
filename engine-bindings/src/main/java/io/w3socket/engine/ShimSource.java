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
 * script first reads one of the globals it exposes, or the host calls one of its entry points. A
 * line {@code exposes MODULE: Name Name} lists those globals (the files' {@code exposed.NAME = ...}
 * lines, which LazyShimTest holds it to), so that a start reads no module's files: a module's text
 * is joined when it is first asked for (the shim's start read 1.27 MB of files, 0.76 MB of them
 * modules' only to find those names). The module's text ends with the exports of its top-level
 * functions and a {@code sourceURL} of {@code w3socket-shim-MODULE.js}, which {@link #relocate}
 * maps back to the files too. Thread-safe: the joined source is immutable, a module's text is
 * joined once under the lock of its {@link Module}.
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

  /** A lazy module: its files and globals from the manifest, its text once asked for. */
  private static final class Module {
    final String name;
    final List<String> files;
    final List<String> globals;

    /** The text and line map, joined on first use; guarded by this. */
    private String text;

    private Unit unit;

    Module(String name, List<String> files, List<String> globals) {
      this.name = name;
      this.files = files;
      this.globals = globals;
    }

    String unitName() {
      return "w3socket-shim-" + name + ".js";
    }

    synchronized String text() {
      if (text == null) {
        StringBuilder body = new StringBuilder();
        unit = join(unitName(), files, body, 1);
        Matcher f = FUNCTION.matcher(body);
        StringBuilder exports = new StringBuilder();
        while (f.find()) {
          exports
              .append("__exports.")
              .append(f.group(1))
              .append(" = ")
              .append(f.group(1))
              .append(";");
        }
        body.append(exports).append("\n//# sourceURL=").append(unitName()).append('\n');
        text = body.toString();
      }
      return text;
    }

    synchronized Unit unit() {
      text();
      return unit;
    }
  }

  private final String text;
  private final Unit main;

  /** The lazy modules, by name, in manifest order. */
  private final Map<String, Module> modules;

  private ShimSource(String text, Unit main, Map<String, Module> modules) {
    this.text = text;
    this.main = main;
    this.modules = modules;
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
    Map<String, List<String>> exposes = new LinkedHashMap<>();
    for (String line : read(manifest).split("\\R")) {
      String entry = line.strip();
      if (entry.startsWith("lazy ") || entry.startsWith("exposes ")) {
        int space = entry.indexOf(' ');
        int colon = entry.indexOf(':');
        (entry.startsWith("lazy ") ? lazy : exposes)
            .put(
                entry.substring(space + 1, colon).strip(),
                List.of(entry.substring(colon + 1).strip().split("\\s+")));
      } else if (!entry.isEmpty() && !entry.startsWith("#")) {
        files.add(entry);
      }
    }
    for (String module : exposes.keySet()) {
      if (!lazy.containsKey(module)) {
        throw new IllegalStateException(
            manifest + ": exposes " + module + ", which no lazy line names");
      }
    }
    StringBuilder text = new StringBuilder(OPEN).append('\n');
    Unit main = join(name, files, text, 2);
    text.append("})");
    Map<String, Module> modules = new LinkedHashMap<>();
    for (Map.Entry<String, List<String>> m : lazy.entrySet()) {
      modules.put(
          m.getKey(),
          new Module(m.getKey(), m.getValue(), exposes.getOrDefault(m.getKey(), List.of())));
    }
    return new ShimSource(text.toString(), main, Collections.unmodifiableMap(modules));
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
      for (int c = body.indexOf('\n'); c >= 0; c = body.indexOf('\n', c + 1)) {
        line++;
      }
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
    Module m = modules.get(name);
    return m == null ? null : m.text();
  }

  /** The globals a lazy module's files expose, as its manifest's exposes line lists them. */
  List<String> exposedGlobals(String module) {
    return modules.get(module).globals;
  }

  /** The lazy modules' names, in manifest order. */
  List<String> moduleNames() {
    return List.copyOf(modules.keySet());
  }

  /** Each lazy module's name, then the globals it exposes, then "" (webidl.js's shape). */
  List<String> moduleGlobals() {
    List<String> out = new ArrayList<>();
    for (Module m : modules.values()) {
      out.add(m.name);
      out.addAll(m.globals);
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
    List<Unit> units = new ArrayList<>();
    units.add(main);
    for (Module m : modules.values()) {
      if (out.contains(m.unitName())) {
        units.add(m.unit());
      }
    }
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
