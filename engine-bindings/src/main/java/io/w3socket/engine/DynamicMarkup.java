package io.w3socket.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;

/**
 * document.write() and writeln() (HTML #dynamic-markup-insertion). While a parser-inserted script
 * runs, the insertion point is just after it: what is written is parsed there (as a fragment in the
 * context of the script's parent, each write on its own); an inline script in it runs at once, an
 * external one once the script that wrote it has returned (#scriptEndTag: the pending
 * parsing-blocking script), each with the insertion point after itself. An external script that is
 * not parser-blocking (deferred, or inserted by a script) may not write: its writes are ignored
 * (#ignore-destructive-writes-counter). Any other write, with no insertion point, opens the
 * document first (#document-open-steps: every node removed) and its text becomes the new document
 * (its scripts are not run). Loop thread only.
 */
final class DynamicMarkup {
  private final Document doc;
  private final DomNodes dom;

  /** The parser-inserted script running, after which writes go; or null. */
  private Element insertionPoint;

  /** External scripts running that are not parser-blocking; writes are ignored while above 0. */
  private int ignoreDestructiveWrites;

  /**
   * The external scripts the running parser-inserted script wrote (and the scripts written after
   * one), to run after it.
   */
  private List<Element> written = new ArrayList<>();

  /** Whether document.open() made a new document that writes go on adding to. */
  private boolean opened;

  DynamicMarkup(Document doc, DomNodes dom) {
    this.doc = doc;
    this.dom = dom;
  }

  /** A parser-inserted script starts running: the insertion point is after it. */
  Element enterParserScript(Element script) {
    Element outer = insertionPoint;
    insertionPoint = script;
    return outer;
  }

  /**
   * The parser-inserted script has returned: the scripts it wrote that wait for it, to run now in
   * order (or, for a script that a write ran at once, by the script that wrote it).
   */
  List<Element> leaveParserScript(Element outer) {
    insertionPoint = outer;
    if (outer != null) {
      return List.of();
    }
    List<Element> scripts = written;
    written = new ArrayList<>();
    return scripts;
  }

  /**
   * Whether a write now would be ignored: an external script that is not parser-blocking runs
   * (Chromium warns of it on the console).
   */
  boolean writeIgnored() {
    return insertionPoint == null && ignoreDestructiveWrites > 0;
  }

  /** An external script that may not write starts ({@code true}) or ends. */
  void externalScript(boolean running) {
    ignoreDestructiveWrites += running ? 1 : -1;
  }

  /**
   * #document-write-steps for {@code text}: the written text to print (the page's output), or null.
   * An inline script in it runs at once through {@code runNow}, before the nodes written after it
   * are inserted, unless an external one written before it is still waiting (the parser is blocked:
   * it waits too); an external one runs after the writing script returned.
   */
  String write(String text, Consumer<Element> runNow) {
    if (insertionPoint != null && insertionPoint.parent() != null) {
      Element parent = insertionPoint.parent();
      StringBuilder shown = new StringBuilder();
      for (Node n : Parser.parseFragment(text, parent, doc.location())) {
        parent.appendChild(n); // after the script: what follows it is held out (UnparsedNodes)
        dom.ranges().inserted(parent, n.siblingIndex(), 1); // DOM #concept-node-insert step 6
        dom.parsed(n);
        dom.changed();
        dom.slots().inserted(parent, n);
        String t =
            n instanceof Element
                ? ((Element) n).nameIs("script") ? "" : ((Element) n).text()
                : n instanceof TextNode ? ((TextNode) n).text() : "";
        if (!t.isBlank()) {
          shown.append(shown.length() > 0 ? " " : "").append(t.trim());
        }
        if (n instanceof Element) {
          for (Element s : ((Element) n).getElementsByTag("script")) {
            dom.markParserInserted(s);
            if (!PageDocument.isClassicJavaScript(s.attr("type"))) {
              continue;
            }
            if (written.isEmpty() && !s.hasAttr("src")) {
              runNow.accept(s);
            } else {
              written.add(s);
            }
          }
        }
      }
      return shown.length() == 0 ? null : shown.toString();
    }
    if (ignoreDestructiveWrites > 0) {
      return null;
    }
    if (!opened) {
      open();
    }
    if (doc.childNodeSize() == 0) {
      Document parsed = Parser.parse(text, doc.location());
      for (Node n : new ArrayList<>(parsed.childNodes())) {
        doc.appendChild(n);
        dom.ranges().inserted(doc, n.siblingIndex(), 1);
        dom.parsed(n);
      }
    } else {
      Element body = doc.body();
      for (Node n : Parser.parseFragment(text, body, doc.location())) {
        body.appendChild(n);
        dom.ranges().inserted(body, n.siblingIndex(), 1);
        dom.parsed(n);
        dom.slots().inserted(body, n);
      }
    }
    for (Element s : doc.getElementsByTag("script")) {
      dom.markParserInserted(s);
    }
    dom.changed();
    String out = doc.body() == null ? "" : doc.body().text().trim();
    return out.isEmpty() ? null : out;
  }

  /**
   * #dom-document-open: nothing while a parser-inserted script runs (the parser is active); else
   * every node of the document removed, and the writes that follow make its new content.
   */
  void open() {
    if (insertionPoint != null) {
      return;
    }
    // #document-open-steps step 12: replace all with null within the document.
    dom.ranges().replacingAll(doc);
    for (Node n : new ArrayList<>(doc.childNodes())) {
      n.remove();
    }
    opened = true;
    dom.changed();
  }

  /** #dom-document-close: the writes after it open the document again. */
  void close() {
    opened = false;
  }
}
