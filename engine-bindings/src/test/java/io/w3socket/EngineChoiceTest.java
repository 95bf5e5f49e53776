package io.w3socket;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.w3socket.engine.BrowserContext;
import io.w3socket.engine.JsEngine;
import io.w3socket.engine.NetworkPolicy;
import io.w3socket.engine.Route;
import org.junit.jupiter.api.Test;

/**
 * The core alone, with no engine artifact on the class path (this module's tests have none): the
 * error names the artifact to add. Outside {@code io.w3socket.engine} on purpose: it sees the public
 * API only, as an embedder does (and leaves the core's test package to engine-tests, where the
 * engines' tests are).
 */
class EngineChoiceTest {
  @Test
  void aMissingEngineNamesItsArtifact() {
    IllegalStateException e =
        assertThrows(
            IllegalStateException.class,
            () -> BrowserContext.builder().engine(JsEngine.NASHORN).build());
    assertEquals(
        "Nashorn is not on the class path: add the dependency"
            + " io.w3socket:w3socket-engine-nashorn",
        e.getMessage());
  }

  @Test
  void noEngineAtAllNamesBoth() {
    IllegalStateException e =
        assertThrows(IllegalStateException.class, () -> BrowserContext.builder().build());
    assertEquals(
        "no JavaScript engine on the class path: add the dependency"
            + " io.w3socket:w3socket-engine-graaljs or io.w3socket:w3socket-engine-nashorn",
        e.getMessage());
  }

  @Test
  void routesCheckWhatTheyAreGiven() {
    assertThrows(IllegalArgumentException.class, () -> Route.to("127.0.0.1", 0));
    assertThrows(IllegalArgumentException.class, () -> Route.to("", 80));
    assertThrows(IllegalArgumentException.class, () -> Route.to("h", 80, "echo"));
    assertEquals("to h:80 (/ goes to /echo)", Route.to("h", 80, "/echo").toString());
    assertEquals("direct", NetworkPolicy.DIRECT.route("h", 80).toString());
  }
}
