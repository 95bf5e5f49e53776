package io.w3socket.tck.engines;

import io.w3socket.engine.BrowserContext;
import io.w3socket.engine.JsEngine;
import io.w3socket.engine.RunResult;
import io.w3socket.tck.hosts.PageRuntime;
import java.io.PrintStream;
import java.time.Duration;
import java.util.Locale;

/**
 * The JS TCK's host interface implemented by w3socket: the engine-bindings page runner ({@link
 * BrowserContext}) on one engine, connecting where the page asks (the suite's test server). One
 * subclass per engine, each registered for {@link java.util.ServiceLoader}. Stateless.
 */
abstract class W3socketRuntime implements PageRuntime {
  private final JsEngine engine;

  W3socketRuntime(JsEngine engine) {
    this.engine = engine;
  }

  @Override
  public String id() {
    return engine.name().toLowerCase(Locale.ROOT);
  }

  @Override
  public String title() {
    return "w3socket on " + engine.title() + " (engine-bindings page runner)";
  }

  @Override
  public Outcome runPage(String html, String location, Duration timeout, PrintStream console) {
    RunResult r =
        BrowserContext.builder()
            .engine(engine)
            .timeout(timeout)
            .out(console)
            .err(console)
            .build()
            .runPageHtml(html, location, null, null);
    return new Outcome(r.status() == RunResult.Status.TIMEOUT, r.toString());
  }
}
