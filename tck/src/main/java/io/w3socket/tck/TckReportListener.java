package io.w3socket.tck;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * Writes a report per implementation when a test plan containing TCK cases finishes: {@code
 * target/tck/<implementation>.json} and {@code .md} (the directory can be changed with the system
 * property {@code w3socket.tck.reportDir}). Registered with the JUnit Platform through {@code
 * META-INF/services}, so any run of the TCK writes it.
 */
public final class TckReportListener implements TestExecutionListener {
  /** The system property naming the report directory. */
  public static final String REPORT_DIR = "w3socket.tck.reportDir";

  private final Map<String, Long> started = new ConcurrentHashMap<>();
  private final Map<String, List<CaseResult>> results = new LinkedHashMap<>();

  /** Creates the listener (the JUnit Platform does). */
  public TckReportListener() {}

  @Override
  public void testPlanExecutionStarted(TestPlan testPlan) {
    synchronized (results) {
      results.clear();
    }
  }

  @Override
  public void executionStarted(TestIdentifier id) {
    started.put(id.getUniqueId(), System.nanoTime());
  }

  @Override
  public void executionSkipped(TestIdentifier id, String reason) {
    record(id, "skipped", reason, 0);
  }

  @Override
  public void executionFinished(TestIdentifier id, TestExecutionResult result) {
    Long start = started.remove(id.getUniqueId());
    long millis = start == null ? 0 : (System.nanoTime() - start) / 1_000_000;
    String status =
        switch (result.getStatus()) {
          case SUCCESSFUL -> "passed";
          case ABORTED -> "skipped";
          case FAILED -> "failed";
        };
    String message = result.getThrowable().map(t -> String.valueOf(t.getMessage())).orElse("");
    record(id, status, message, millis);
  }

  private void record(TestIdentifier id, String status, String message, long millis) {
    if (!id.isTest()
        || id.getSource().isEmpty()
        || !(id.getSource().get() instanceof MethodSource)) {
      return;
    }
    MethodSource source = (MethodSource) id.getSource().get();
    Class<?> testClass;
    try {
      ClassLoader loader = Thread.currentThread().getContextClassLoader();
      testClass = Class.forName(source.getClassName(), false, loader);
    } catch (ClassNotFoundException | LinkageError e) {
      return;
    }
    if (!TckBase.class.isAssignableFrom(testClass)) {
      return;
    }
    TckArea area = testClass.getAnnotation(TckArea.class);
    Spec spec = findSpec(testClass, source.getMethodName());
    String top = implementationClass(id, testClass);
    String rule = source.getMethodName();
    String deviation = null;
    WebSocketAdapter adapter = TckRegistry.adapterFor(top);
    if (adapter != null) {
      for (Deviation d : adapter.knownDeviations()) {
        if (d.rule().equals(rule)) {
          deviation = d.explanation();
        }
      }
    }
    CaseResult r =
        new CaseResult(
            area == null ? 100 : area.order(),
            area == null ? testClass.getSimpleName() : area.value(),
            rule,
            spec == null ? "" : spec.value(),
            status,
            message,
            deviation,
            millis);
    synchronized (results) {
      results.computeIfAbsent(top, k -> new ArrayList<>()).add(r);
    }
  }

  /** The class the implementor wrote: the first class segment of the unique id. */
  private static String implementationClass(TestIdentifier id, Class<?> testClass) {
    for (UniqueId.Segment segment : UniqueId.parse(id.getUniqueId()).getSegments()) {
      if (segment.getType().equals("class")) {
        return segment.getValue();
      }
    }
    return TckRegistry.outermost(testClass).getName();
  }

  private static Spec findSpec(Class<?> c, String methodName) {
    for (Class<?> k = c; k != null; k = k.getSuperclass()) {
      for (Method m : k.getDeclaredMethods()) {
        if (m.getName().equals(methodName) && m.isAnnotationPresent(Spec.class)) {
          return m.getAnnotation(Spec.class);
        }
      }
    }
    return null;
  }

  @Override
  public void testPlanExecutionFinished(TestPlan testPlan) {
    Path dir = Path.of(System.getProperty(REPORT_DIR, "target/tck"));
    synchronized (results) {
      for (Map.Entry<String, List<CaseResult>> e : results.entrySet()) {
        WebSocketAdapter adapter = TckRegistry.adapterFor(e.getKey());
        String name =
            adapter != null
                ? adapter.name()
                : e.getKey().substring(e.getKey().lastIndexOf('.') + 1);
        List<Deviation> declared = adapter != null ? adapter.knownDeviations() : List.of();
        long inCases = e.getValue().stream().mapToLong(CaseResult::millis).sum();
        try {
          new TckReport(name, e.getValue(), declared, inCases).write(dir);
        } catch (IOException x) {
          throw new UncheckedIOException(
              "cannot write the TCK report to " + dir.toAbsolutePath(), x);
        }
      }
    }
  }
}
