package io.w3socket.engine;

import io.w3socket.WhatwgUrl;
import io.w3socket.engine.spi.ModuleFetchFailure;
import io.w3socket.engine.spi.Realm;
import io.w3socket.engine.spi.ScriptFailure;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.jsoup.nodes.Element;

/**
 * Runs the scripts of a page as its parser meets them (HTML #prepare-the-script-element,
 * #execute-the-script-element): a parser-inserted script with the nodes after it held out of the
 * tree ({@link UnparsedNodes}), as document.currentScript and as the insertion point of
 * document.write ({@link DynamicMarkup}), then the scripts it wrote; a deferred one once the page
 * is parsed, unable to write; a module script then too, where the engine runs them
 * (#run-a-module-script), with its graph fetched through the page's {@link ModuleScripts}. A
 * classic script's {@code src} is read or fetched as a browser would ({@link ScriptFetch}). Loop
 * thread only.
 */
final class PageScripts {
  private final PageDocument doc;
  private final UnparsedNodes unparsed;
  private final Path directory;
  private final String location;
  private final String pageName;
  private final Network network;

  PageScripts(
      PageDocument doc,
      UnparsedNodes unparsed,
      Path directory,
      String location,
      String pageName,
      Network network) {
    this.doc = doc;
    this.unparsed = unparsed;
    this.directory = directory;
    this.location = location;
    this.pageName = pageName;
    this.network = network;
  }

  /**
   * The step of a script of the page's markup that is not deferred, where the parser meets it: an
   * import map at once; another script once the parser has made the nodes before it and no style
   * sheet blocks scripts ({@link ParserSteps}).
   */
  ParserSteps.Step parserInsertedStep(PageDocument.Script s) {
    if (s.importMap) {
      return (realm, report) -> registerImportMap(realm, s, report);
    }
    return new ParserSteps.Step() {
      @Override
      public boolean waitsForStyleSheets() {
        return true;
      }

      @Override
      public void prepare(Realm realm) {
        unparsed.parsedTo(s.element, realm);
        // #link-type-stylesheet: the link elements just made start their fetches now, so that the
        // script waits for the style sheets that block it (html-link-element.js)
        if (doc.nodes().resources().hasLinks()) {
          realm.callEntry("resourcesMade", false, true);
        }
      }

      @Override
      public void run(Realm realm, Consumer<String> report) {
        if (!s.noModule || !realm.runsModules()) {
          runParserInserted(realm, s.element, s.src, s.inline, s.line, report);
        }
      }
    };
  }

  /**
   * The step of a deferred script, once the page is parsed and no style sheet blocks scripts
   * (#the-end).
   */
  ParserSteps.Step deferredStep(PageDocument.Script s) {
    return new ParserSteps.Step() {
      @Override
      public boolean waitsForStyleSheets() {
        return true;
      }

      @Override
      public void run(Realm realm, Consumer<String> report) {
        runDeferred(realm, s, report);
      }
    };
  }

  /** A deferred script, once the page is parsed. */
  private void runDeferred(Realm realm, PageDocument.Script s, Consumer<String> report) {
    if (s.module ? !realm.runsModules() : s.noModule && realm.runsModules()) {
      // A module script, to an engine without modules, is a type it does not know: a data block.
      return;
    }
    doc.markup().externalScript(true);
    try {
      if (s.module) {
        runModule(realm, s, report);
      } else {
        run(realm, s.element, s.src, s.inline, s.line);
      }
    } catch (ScriptFailure f) {
      report.accept(f.getMessage());
    } finally {
      doc.markup().externalScript(false);
    }
  }

  /**
   * HTML #prepare-the-script-element for a module script, then #run-a-module-script: its URL (or
   * the page's, inline), its graph fetched, linked and evaluated by the realm;
   * document.currentScript stays null. A graph that cannot be fetched fires error at the element
   * instead.
   */
  private void runModule(Realm realm, PageDocument.Script s, Consumer<String> report)
      throws ScriptFailure {
    String url = doc.baseUrl(location);
    String inline = null;
    String name = pageName;
    if (s.src != null) {
      try {
        url = WhatwgUrl.parse(s.src, url).href();
      } catch (IllegalArgumentException e) {
        notRun(realm, s, "cannot load module script: " + e.getMessage(), report);
        return;
      }
      name = s.src;
    } else {
      // Leading newlines make the engine report the page's own line numbers.
      inline = "\n".repeat(Math.max(0, s.line - 1)) + s.inline;
    }
    try {
      realm.evalModule(url, inline, name);
    } catch (ModuleFetchFailure f) {
      notRun(realm, s, "cannot load module script: " + f.getMessage(), report);
    }
  }

  /**
   * HTML #prepare-the-script-element for an import map, then #register-an-import-map (where the
   * engine runs modules; to one without, its type is a data block's): an external one is not
   * supported, as in Chromium (error at the element, in a task).
   */
  private void registerImportMap(Realm realm, PageDocument.Script s, Consumer<String> report) {
    if (!realm.runsModules()) {
      return;
    }
    if (s.src != null) {
      report.accept(pageName + ": external import maps are not supported");
      realm.callEntry("rejectExternalImportMap", doc.nodes().handle(s.element));
      return;
    }
    realm.callEntry("registerImportMap", s.inline, pageName + ":" + s.line);
  }

  /** A script that will not run: said on the error output, and error fired at the element. */
  private void notRun(Realm realm, PageDocument.Script s, String why, Consumer<String> report) {
    report.accept(pageName + ": " + why);
    realm.callEntry("fireNodeEvent", doc.nodes().handle(s.element), "error");
  }

  /**
   * Runs a parser-inserted script (the parser has made the nodes before it), then each script it
   * wrote with document.write, where the parser meets them: just after it, each one's own writes
   * before the next (a failure of one is reported, and the parser goes on).
   */
  private void runParserInserted(
      Realm realm, Element script, String src, String inline, int line, Consumer<String> report) {
    Element outer = doc.markup().enterParserScript(script);
    List<Element> written;
    try {
      run(realm, script, src, inline, line);
    } catch (ScriptFailure f) {
      report.accept(f.getMessage());
    } finally {
      written = doc.markup().leaveParserScript(outer);
    }
    for (Element w : written) {
      unparsed.parsedTo(w, realm);
      runParserInserted(realm, w, w.hasAttr("src") ? w.attr("src") : null, w.data(), 1, report);
    }
  }

  /**
   * A classic script's text: {@code src} resolved against the page's base URL, then read (a local
   * file, its query and fragment aside) or fetched over the network, as a browser does; a page
   * given with a URL of its own and a directory ({@link BrowserContext#runPageHtml}) reads relative
   * ones there.
   */
  private String read(String src) throws IOException {
    WhatwgUrl url = WhatwgUrl.parse(src, doc.baseUrl(location));
    if (directory != null && !location.startsWith("file:") && !src.contains(":")) {
      String path = src.replaceAll("[?#].*$", "");
      return Files.readString(directory.resolve(path).normalize(), StandardCharsets.UTF_8);
    }
    return ScriptFetch.load(url.href(), location, network, null, false);
  }

  /** Runs a script's text (or its file), the document's currentScript meanwhile. */
  private void run(Realm realm, Element script, String src, String inline, int line)
      throws ScriptFailure {
    String code;
    String name;
    if (src != null) {
      try {
        code = read(src);
      } catch (IOException | IllegalArgumentException e) {
        throw new ScriptFailure(
            pageName + ": cannot load script '" + src + "': " + e.getMessage(), e);
      }
      name = src;
    } else {
      // Leading newlines make the engines report the page's own line numbers.
      code = "\n".repeat(Math.max(0, line - 1)) + inline;
      name = pageName;
    }
    Element outer = doc.nodes().enterScript(script);
    try {
      realm.evalScript(code, name);
    } finally {
      doc.nodes().enterScript(outer);
    }
  }
}
