package io.w3socket.tck;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Names the area of the standard a verification class covers; the report groups by it. */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface TckArea {

  /** Returns the area's name, e.g. {@code "send()"}. */
  String value();

  /** Returns the area's position in reports. */
  int order() default 100;
}
