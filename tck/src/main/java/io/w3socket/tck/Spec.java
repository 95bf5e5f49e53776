package io.w3socket.tck;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Cites the section of the standard a TCK case checks, e.g. {@code "WHATWG WebSockets §3 send(),
 * step 1"} or {@code "RFC 6455 §7.1.7"}. The report prints it next to the case.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Spec {

  /** Returns the citation. */
  String value();
}
