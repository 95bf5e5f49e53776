package io.w3socket.tck.hosts;

import java.io.PrintStream;
import java.net.MalformedURLException;
import java.net.URL;
import org.htmlunit.BrowserVersion;
import org.htmlunit.ScriptException;
import org.htmlunit.ScriptResult;
import org.htmlunit.WebClient;
import org.htmlunit.WebConsole;
import org.htmlunit.html.HtmlPage;
import org.htmlunit.javascript.JavaScriptErrorListener;

/**
 * HtmlUnit (org.htmlunit:htmlunit 4.x, Rhino-based), the JVM's best-known browser emulator, loading
 * the same suite page as Chromium.
 */
public final class HtmlUnitHost implements Host {

  @Override
  public String id() {
    return "htmlunit";
  }

  @Override
  public HostResult run(SuiteEnv env) {
    String url = env.pages().pageUrl(env.server().port(), id(), env.filter());
    long start = System.currentTimeMillis();
    long deadline = start + env.hostTimeout().toMillis();
    String version = WebClient.class.getPackage().getImplementationVersion();
    String description =
        "HtmlUnit " + (version == null ? "4.x" : version) + " (BrowserVersion.CHROME)";
    try (WebClient client = new WebClient(BrowserVersion.CHROME)) {
      client.getOptions().setThrowExceptionOnScriptError(false);
      client.getOptions().setThrowExceptionOnFailingStatusCode(false);
      client.getOptions().setCssEnabled(false);
      client.getOptions().setPrintContentOnFailingStatusCode(false);
      client.setJavaScriptErrorListener(new ErrorLog(env.log()));
      client.getWebConsole().setLogger(new ConsoleLog(env.log()));
      HtmlPage page = client.getPage(url);
      boolean finished = false;
      while (System.currentTimeMillis() < deadline) {
        // Waits for background JavaScript for at most this long: a bounded wait, not a sleep.
        client.waitForBackgroundJavaScript(250);
        ScriptResult done = page.executeJavaScript("window.__tckDone === true");
        if (Boolean.TRUE.equals(done.getJavaScriptResult())) {
          finished = true;
          break;
        }
      }
      Object json =
          page.executeJavaScript("JSON.stringify(window.TCK ? TCK.results : [])")
              .getJavaScriptResult();
      var cases = Results.parse(String.valueOf(json));
      String note = finished ? "" : "did not finish in time: " + cases.size() + " cases ran";
      return new HostResult(
          id(), description, true, note, cases, System.currentTimeMillis() - start);
    } catch (Exception | LinkageError e) {
      return HostResult.unavailable(id(), "HtmlUnit failed: " + e);
    }
  }

  /** Script errors go to the detail log (a throwing listener is expected in one case). */
  private record ErrorLog(PrintStream log) implements JavaScriptErrorListener {
    @Override
    public void scriptException(HtmlPage page, ScriptException e) {
      log.println("  | htmlunit script error: " + e.getMessage());
    }

    @Override
    public void timeoutError(HtmlPage page, long allowed, long executed) {
      log.println("  | htmlunit script timeout after " + executed + " ms");
    }

    @Override
    public void malformedScriptURL(HtmlPage page, String url, MalformedURLException e) {
      log.println("  | htmlunit malformed script URL " + url);
    }

    @Override
    public void loadScriptError(HtmlPage page, URL url, Exception e) {
      log.println("  | htmlunit cannot load " + url + ": " + e);
    }

    @Override
    public void warn(String message, String sourceName, int line, String lineSource, int offset) {
      log.println("  | htmlunit warning: " + message);
    }
  }

  /** console.* from the page (the harness's progress lines) go to the detail log. */
  private record ConsoleLog(PrintStream log) implements WebConsole.Logger {
    @Override
    public boolean isTraceEnabled() {
      return false;
    }

    @Override
    public void trace(Object message) {}

    @Override
    public boolean isDebugEnabled() {
      return false;
    }

    @Override
    public void debug(Object message) {}

    @Override
    public boolean isInfoEnabled() {
      return true;
    }

    @Override
    public void info(Object message) {
      log.println("  | " + message);
    }

    @Override
    public boolean isWarnEnabled() {
      return true;
    }

    @Override
    public void warn(Object message) {
      log.println("  | " + message);
    }

    @Override
    public boolean isErrorEnabled() {
      return true;
    }

    @Override
    public void error(Object message) {
      log.println("  | " + message);
    }
  }
}
