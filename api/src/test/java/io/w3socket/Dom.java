package io.w3socket;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.function.Executable;

/** Assertions on DOMExceptions. */
final class Dom {
  private Dom() {}

  static DOMException assertDomException(String name, Executable call) {
    DOMException e = assertThrows(DOMException.class, call);
    assertEquals(name, e.getName(), () -> "wrong DOMException name; message: " + e.getMessage());
    return e;
  }
}
