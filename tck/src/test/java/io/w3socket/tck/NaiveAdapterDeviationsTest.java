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

  private static void checkDeviations(Class<?> tck, WebSocketAdapter adapter) {
    Map<String, String> failed = run(tck);
    Set<String> always =
        adapter.knownDeviations().stream()
            .filter(d -> !d.intermittent())
            .map(Deviation::rule)
            .collect(Collectors.toCollection(TreeSet::new));
    Set<String> allowed =
        adapter.knownDeviations().stream()
            .map(Deviation::rule)
            .collect(Collectors.toCollection(TreeSet::new));
    Set<String> unexpected = new TreeSet<>(failed.keySet());
    unexpected.removeAll(allowed);
    Set<String> missing = new TreeSet<>(always);
    missing.removeAll(failed.keySet());
    Map<String, String> unexpectedDetails = new TreeMap<>(failed);
    unexpectedDetails.keySet().retainAll(unexpected);
    assertTrue(
        unexpected.isEmpty(),
        adapter.name()
            + " failed rules it does not declare: "
            + unexpectedDetails.entrySet().stream()
                .map(e -> "\n  " + e.getKey() + ": " + e.getValue())
                .collect(Collectors.joining()));
    assertTrue(
        missing.isEmpty(),
        adapter.name() + " passed rules it declares as always broken: " + missing);
    assertTrue(!failed.isEmpty(), "the TCK found nothing wrong with " + adapter.name());
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
