package io.w3socket.tck;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * Runs the TCK against the naive adapters through the JUnit Platform Launcher (their failures do
 * not fail the build; the report in {@code target/tck/} lists them) and checks that each fails
 * exactly the rules it declares: a TCK that finds nothing wrong with a naive adapter would not be
 * strong enough, and a new failure would be a finding to document.
 */
class NaiveAdapterDeviationsTest {
  /**
   * The tag that keeps surefire from running a TCK class directly (the naive adapters' TCK classes,
   * which this test runs through the Launcher).
   */
  static final String TAG = "launcher-only";

  @Test
  void okHttpRawWebSocketFailsExactlyItsKnownDeviations() {
    checkDeviations(OkHttpRawTck.class, new OkHttpRawAdapter());
  }

  @Test
  void jdkHttpClientWebSocketFailsExactlyItsKnownDeviations() {
    checkDeviations(JdkHttpClientTck.class, new JdkHttpClientAdapter());
  }

  /**
   * A naive adapter races its library, so one run can miss a deviation or show a stray failure. A
   * second run settles it: a declared deviation must fail in at least one run, and an undeclared
   * failure counts only if it repeats in both.
   */
  private static void checkDeviations(Class<?> tck, WebSocketAdapter adapter) {
    Set<String> always =
        adapter.knownDeviations().stream()
            .filter(d -> !d.intermittent())
            .map(Deviation::rule)
            .collect(Collectors.toCollection(TreeSet::new));
    Set<String> allowed =
        adapter.knownDeviations().stream()
            .map(Deviation::rule)
            .collect(Collectors.toCollection(TreeSet::new));
    Map<String, String> first = run(tck);
    Map<String, String> failedInAll = new TreeMap<>(first);
    Set<String> failedInAny = new TreeSet<>(first.keySet());
    if (!unexpected(failedInAll, allowed).isEmpty() || !missing(always, failedInAny).isEmpty()) {
      Map<String, String> second = run(tck);
      failedInAll.keySet().retainAll(second.keySet());
      failedInAny.addAll(second.keySet());
    }
    Map<String, String> unexpectedDetails = new TreeMap<>(failedInAll);
    unexpectedDetails.keySet().retainAll(unexpected(failedInAll, allowed));
    assertTrue(
        unexpectedDetails.isEmpty(),
        adapter.name()
            + " failed rules it does not declare: "
            + unexpectedDetails.entrySet().stream()
                .map(e -> "\n  " + e.getKey() + ": " + e.getValue())
                .collect(Collectors.joining()));
    Set<String> missing = missing(always, failedInAny);
    assertTrue(
        missing.isEmpty(),
        adapter.name() + " passed rules it declares as always broken: " + missing);
    assertTrue(!failedInAny.isEmpty(), "the TCK found nothing wrong with " + adapter.name());
  }

  private static Set<String> unexpected(Map<String, String> failed, Set<String> allowed) {
    Set<String> unexpected = new TreeSet<>(failed.keySet());
    unexpected.removeAll(allowed);
    return unexpected;
  }

  private static Set<String> missing(Set<String> always, Set<String> failed) {
    Set<String> missing = new TreeSet<>(always);
    missing.removeAll(failed);
    return missing;
  }

  /** Runs one TCK class; returns the failed cases' method names with their messages. */
  static Map<String, String> run(Class<?> tck) {
    Map<String, String> failed = new TreeMap<>();
    TestExecutionListener collector =
        new TestExecutionListener() {
          @Override
          public void executionFinished(TestIdentifier id, TestExecutionResult result) {
            if (id.isTest()
                && result.getStatus() == TestExecutionResult.Status.FAILED
                && id.getSource().orElse(null) instanceof MethodSource) {
              MethodSource m = (MethodSource) id.getSource().get();
              synchronized (failed) {
                failed.put(
                    m.getMethodName(), result.getThrowable().map(String::valueOf).orElse(""));
              }
            }
          }
        };
    LauncherDiscoveryRequest request =
        LauncherDiscoveryRequestBuilder.request().selectors(selectClass(tck)).build();
    Launcher launcher = LauncherFactory.create();
    launcher.execute(request, collector);
    return failed;
  }
}
