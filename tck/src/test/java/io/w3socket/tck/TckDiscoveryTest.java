package io.w3socket.tck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.lang.reflect.Method;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * Checks that JUnit discovers the TCK as designed: every case of every area under a {@link
 * WebSocketTck} subclass (the {@code @Nested} classes are inherited from the abstract outer class),
 * and one area's cases under a subclass of that area's verification class.
 */
class TckDiscoveryTest {
  private static final List<Class<?>> AREAS =
      List.of(
          ConstructorVerification.class,
          ProtocolVerification.class,
          AttributesVerification.class,
          SendVerification.class,
          BufferedAmountVerification.class,
          CloseVerification.class,
          ClosingHandshakeVerification.class,
          FailureVerification.class,
          EventsVerification.class,
          BinaryTypeVerification.class,
          HandlersVerification.class);

  /** Runs only the send() area, as an implementor may (discovered here, never run). */
  @Tag(NaiveAdapterDeviationsTest.TAG)
  static class SendOnly extends SendVerification {
    @Override
    protected WebSocketAdapter adapter() {
      throw new UnsupportedOperationException("discovery only");
    }
  }

  @Test
  void everyCaseOfEveryAreaIsDiscoveredUnderAWebSocketTckSubclass() {
    Set<String> expected = new TreeSet<>();
    for (Class<?> area : AREAS) {
      expected.addAll(cases(area));
    }
    Set<String> discovered = discover(W3socketTck.class);
    assertEquals(expected, discovered);
    assertEquals(97, discovered.size(), "the README says 97 cases");
  }

  @Test
  void oneAreaIsDiscoveredUnderItsVerificationSubclass() {
    assertEquals(cases(SendVerification.class), discover(SendOnly.class));
  }

  private static Set<String> cases(Class<?> area) {
    Set<String> names = new TreeSet<>();
    for (Method m : area.getDeclaredMethods()) {
      if (m.isAnnotationPresent(Test.class)) {
        names.add(m.getName());
      }
    }
    return names;
  }

  private static Set<String> discover(Class<?> tck) {
    TestPlan plan =
        LauncherFactory.create()
            .discover(
                LauncherDiscoveryRequestBuilder.request().selectors(selectClass(tck)).build());
    Set<String> names = new TreeSet<>();
    for (TestIdentifier root : plan.getRoots()) {
      for (TestIdentifier id : plan.getDescendants(root)) {
        if (id.isTest()) {
          names.add(id.getDisplayName().replace("()", ""));
        }
      }
    }
    return names;
  }
}
