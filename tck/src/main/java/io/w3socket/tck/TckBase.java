package io.w3socket.tck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.w3socket.testserver.TestServer;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.function.Executable;

/**
 * What every verification class shares: the adapter, the server, probes, the deadline and the
 * assertions on DOMExceptions and on failed connections. Every case has a 10 s limit: a guard
 * against a call that hangs, well above one wait ({@link #WAIT}) plus the case's setup on a loaded
 * machine, so that a condition that never holds is reported by its wait, with the events so far.
 */
@Timeout(value = 10, unit = TimeUnit.SECONDS)
@ExtendWith(TckRegistry.Extension.class)
public abstract class TckBase {
  /** The deadline of every single wait. */
  protected static final Duration WAIT = Duration.ofSeconds(4);

  /** readyState CONNECTING. */
  protected static final int CONNECTING = 0;

  /** readyState OPEN. */
  protected static final int OPEN = 1;

  /** readyState CLOSING. */
  protected static final int CLOSING = 2;

  /** readyState CLOSED. */
  protected static final int CLOSED = 3;

  private final List<Probe> probes = new CopyOnWriteArrayList<>();

  /** The key of this case's held handshake (one per case instance; JUnit makes one per case). */
  private final String holdKey = java.util.UUID.randomUUID().toString();

  /**
   * Returns the adapter of the implementation under test.
   *
   * @return the adapter
   */
  protected abstract WebSocketAdapter adapter();

  @AfterEach
  void disposeSockets() {
    for (Probe p : probes) {
      p.dispose();
    }
    for (Probe p : probes) {
      List<Throwable> failures = p.actionFailures();
      if (!failures.isEmpty()) {
        AssertionError e =
            new AssertionError(
                "an action inside a listener threw: " + failures.get(0), failures.get(0));
        throw e;
      }
    }
  }

  /** Returns the conformance server. */
  protected TestServer server() {
    return TckServer.shared();
  }

  /**
   * Returns a server path whose opening handshake the server holds until {@link
   * #releaseHandshake()}: a socket to it is surely CONNECTING until then, however slowly the test
   * thread runs (a handshake delayed by a fixed time is a race on a loaded machine). One per case;
   * one never released stays held until the socket is disposed.
   */
  protected String heldHandshake() {
    return "/handshake/hold?key=" + holdKey;
  }

  /** Lets the handshake of {@link #heldHandshake()} complete (the server answers 101 now). */
  protected void releaseHandshake() {
    server().releaseHandshake(holdKey);
  }

  /** Returns a new probe whose socket is not created yet (add actions, then {@code open}). */
  protected Probe probe() {
    Probe p = new Probe(adapter(), WAIT);
    probes.add(p);
    return p;
  }

  /**
   * Opens a socket to a server path, recording its events.
   *
   * @param pathAndQuery a path on the conformance server, e.g. {@code /echo}
   * @param protocols the protocols to request
   * @return the probe
   * @throws Exception what the constructor throws
   */
  protected Probe connect(String pathAndQuery, String... protocols) throws Exception {
    return probe().open(server().url(pathAndQuery), List.of(protocols));
  }

  /**
   * Opens a socket with actions added first.
   *
   * @param probe a probe from {@link #probe()}, with actions
   * @param pathAndQuery a path on the conformance server
   * @param protocols the protocols
   * @return the probe
   * @throws Exception what the constructor throws
   */
  protected Probe connect(Probe probe, String pathAndQuery, String... protocols) throws Exception {
    return probe.open(server().url(pathAndQuery), List.of(protocols));
  }

  /**
   * Asserts that {@code call} throws a DOMException with the given name.
   *
   * @param name e.g. {@code "SyntaxError"}
   * @param call the call
   * @param what describes the call for the failure message
   */
  protected void assertDomException(String name, Executable call, String what) {
    Throwable thrown = null;
    try {
      Probe.invoke(call);
    } catch (Throwable t) {
      thrown = t;
    }
    if (thrown == null) {
      fail(what + ": expected a " + name + " DOMException, nothing was thrown");
    }
    String actual = adapter().domExceptionName(thrown);
    if (!name.equals(actual)) {
      AssertionError e =
          new AssertionError(
              what
                  + ": expected a "
                  + name
                  + " DOMException, got "
                  + (actual == null
                      ? thrown.toString()
                      : "a " + actual + " DOMException (" + thrown + ")"));
      e.initCause(thrown);
      throw e;
    }
  }

  /**
   * Asserts that {@code call} returns normally.
   *
   * @param call the call
   * @param what describes the call for the failure message
   */
  protected void assertNoException(Executable call, String what) {
    try {
      Probe.invoke(call);
    } catch (Throwable t) {
      AssertionError e = new AssertionError(what + ": expected no exception, got " + t);
      e.initCause(t);
      throw e;
    }
  }

  /**
   * Skips the case unless the adapter supports an optional part of the SPI.
   *
   * @param call a call on it
   * @param feature its name for the skip message
   */
  protected void assumeSupported(Executable call, String feature) {
    try {
      call.execute();
    } catch (UnsupportedOperationException e) {
      Assumptions.abort("the adapter does not support " + feature);
    } catch (Throwable t) {
      // Supported; whatever else happened is checked by the case.
    }
  }

  /**
   * Asserts that the connection failed during the opening handshake (RFC 6455 §4.1, WebSockets
   * #closeWebSocket): no {@code open}, then {@code error} and {@code close} (code 1006, not clean),
   * readyState CLOSED in both.
   *
   * @param p the probe
   */
  protected void assertFailsBeforeOpen(Probe p) {
    Observed close = p.awaitCloseAndQuiet();
    assertEquals(
        List.of("error", "close"),
        p.types(),
        "a failed connection fires error then close, and never open: " + p.summary());
    assertEquals(CLOSED, p.first("error").readyState(), "readyState inside error: " + p.summary());
    assertEquals(CLOSED, close.readyState(), "readyState inside close: " + p.summary());
    assertEquals(1006, close.event().code(), "close code: " + p.summary());
    assertFalse(close.event().wasClean(), "wasClean: " + p.summary());
  }

  /**
   * Asserts that an open connection was failed (RFC 6455 §7.1.7): after {@code open} and no {@code
   * message}, {@code error} then {@code close} with code 1006 and wasClean false.
   *
   * @param p the probe
   */
  protected void assertFailsAfterOpen(Probe p) {
    Observed close = p.awaitCloseAndQuiet();
    assertEquals(
        List.of("open", "error", "close"),
        p.types(),
        "a failed connection fires error then close, and no message: " + p.summary());
    assertEquals(1006, close.event().code(), "close code: " + p.summary());
    assertFalse(close.event().wasClean(), "wasClean: " + p.summary());
    assertEquals(CLOSED, close.readyState(), "readyState inside close: " + p.summary());
  }

  /**
   * Waits for a condition with the TCK's deadline ({@link #WAIT}).
   *
   * @param what what is awaited, for the failure message
   * @param condition the condition
   */
  protected void awaitUntil(String what, java.util.function.Supplier<Boolean> condition) {
    try {
      org.awaitility.Awaitility.await()
          .pollDelay(Duration.ZERO)
          .pollInterval(Duration.ofMillis(10))
          .atMost(WAIT)
          .until(condition::get);
    } catch (org.awaitility.core.ConditionTimeoutException e) {
      throw new AssertionError("timed out after " + WAIT.toMillis() + " ms waiting for " + what);
    }
  }

  /**
   * Asserts that a condition holds, with the events as context.
   *
   * @param condition the condition
   * @param p the probe
   * @param message what was expected
   */
  protected static void check(boolean condition, Probe p, String message) {
    assertTrue(condition, message + "; events: " + p.summary());
  }
}
