package io.w3socket.engine;

import io.w3socket.WhatwgUrl;
import io.w3socket.engine.spi.ModuleFetchFailure;
import io.w3socket.engine.spi.Realm;
import io.w3socket.engine.spi.ScriptFailure;
import java.io.IOException;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.jsoup.nodes.Element;

/**
 * HTML #prepare-the-script-element for the script elements a page inserts at run time: an inline
 * classic script runs at once; a {@code src} script (a local file, or http(s) through the page's
 * network) is fetched and run in a later task, then {@code load} (or, if it cannot be fetched,
 * {@code error}) fires at the element; a module script runs in a later task, where the engine runs
 * modules, and a {@code nomodule} one then not at all. Used on the loop thread only.
 */
final class InsertedScripts {
  private final DomNodes dom;
  private final DynamicMarkup markup;
  private final EventLoop loop;
  private final Network network;

  /** The page's base URL now (HTML #document-base-url), which src attributes resolve against. */
  private final Supplier<String> baseUrl;

  private final String location;
  private final String pageName;
  private final Consumer<String> errors;

  /** Set once the realm exists; read on the loop thread. */
  private Realm realm;

  InsertedScripts(
      DomNodes dom,
      DynamicMarkup markup,
      EventLoop loop,
      Network network,
      Supplier<String> baseUrl,
      String location,
      String pageName,
      Consumer<String> errors) {
    this.dom = dom;
    this.markup = markup;
    this.loop = loop;
    this.network = network;
    this.baseUrl = baseUrl;
    this.location = location;
    this.pageName = pageName;
    this.errors = errors;
  }

  void attach(Realm realm) {
    this.realm = realm;
  }

  /** Runs the script element {@code handle}, which its insertion just connected. */
  void run(int handle) {
    Element e = dom.element(handle);
    if (e.attr("type").trim().equalsIgnoreCase("module")) {
      if (realm.runsModules()) {
        String src = e.hasAttr("src") ? e.attr("src") : null;
        String text = src == null ? dom.textContent(handle) : null;
        loop.execute(() -> runModule(handle, src, text));
      }
      return;
    }
    if (!PageDocument.isClassicJavaScript(e.attr("type"))
        || (e.hasAttr("nomodule") && realm.runsModules())) {
      return;
    }
    if (!e.hasAttr("src")) {
      evaluate(e, dom.textContent(handle), pageName);
      return;
    }
    String src = e.attr("src");
    loop.execute(
        () -> {
          String code;
          try {
            code = load(src);
          } catch (IOException | IllegalArgumentException ex) {
            errors.accept(pageName + ": cannot load script '" + src + "': " + ex.getMessage());
            realm.callEntry("fireNodeEvent", handle, "error");
            return;
          }
          // An external script a script inserted may not write
          // (#ignore-destructive-writes-counter).
          markup.externalScript(true);
          try {
            evaluate(e, code, src);
          } finally {
            markup.externalScript(false);
          }
          realm.callEntry("fireNodeEvent", handle, "load");
        });
  }

  /**
   * An inserted module script, in a later task (HTML #prepare-the-script-element: as an async one):
   * its graph fetched, linked and evaluated, then load at an external one; error if the graph
   * cannot be fetched.
   */
  private void runModule(int handle, String src, String inline) {
    String url = baseUrl.get();
    String name = pageName;
    try {
      if (src != null) {
        url = WhatwgUrl.parse(src, url).href();
        name = src;
      }
      realm.evalModule(url, inline, name);
    } catch (IllegalArgumentException | ModuleFetchFailure ex) {
      errors.accept(pageName + ": cannot load module script: " + ex.getMessage());
      realm.callEntry("fireNodeEvent", handle, "error");
      return;
    } catch (ScriptFailure f) {
      errors.accept(f.getMessage());
    }
    if (src != null) {
      realm.callEntry("fireNodeEvent", handle, "load");
    }
  }

  /**
   * Runs an inline script that document.write just wrote (the parser runs it at once,
   * #scriptEndTag), with the insertion point after it.
   */
  void runWritten(Element script) {
    Element outer = markup.enterParserScript(script);
    try {
      evaluate(script, script.data(), pageName);
    } finally {
      markup.leaveParserScript(outer);
    }
  }

  /** Runs the script of {@code element}, the document's currentScript meanwhile. */
  private void evaluate(Element element, String code, String name) {
    Element outer = dom.enterScript(element);
    try {
      realm.evalScript(code, name);
    } catch (ScriptFailure f) {
      errors.accept(f.getMessage());
    } finally {
      dom.enterScript(outer);
    }
  }

  /** The script's text: {@code src} resolved against the page's base URL, then read or fetched. */
  private String load(String src) throws IOException {
    return ScriptFetch.load(
        WhatwgUrl.parse(src, baseUrl.get()).href(), location, network, null, false);
  }
}
