package io.w3socket.tck;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Cites the part of the standard a TCK case checks: the standard, the anchor of the section or
 * definition in its current text, and the step where there is one, e.g. {@code "WebSockets
 * #dom-websocket-send step 1"}, {@code "DOM #concept-event-dispatch"} or {@code "RFC 6455 §7.1.7"}
 * (RFC sections are stable, so RFCs are cited by number). A later anchor without a standard's name
 * belongs to the same standard as the one before it. The report prints the citation next to the
 * case.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Spec {

  /** Returns the citation. */
  String value();
}
