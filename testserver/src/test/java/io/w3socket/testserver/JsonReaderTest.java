package io.w3socket.testserver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** RFC 8259 reading, and the writer's output read back. */
class JsonReaderTest {
  @Test
  void quoteRoundTrips() {
    String s = "tab\t \"quote\" back\\slash \u0001 lone \ud800 pair \ud83d\ude00 </script>";
    assertEquals(s, JsonReader.parse(Json.string(s)));
  }

  @Test
  void parsesNestedValues() {
    Object v = JsonReader.parse(" {\"a\": [1, 2.5, -3e2, true, false, null], \"b\": {}} ");
    Map<?, ?> m = (Map<?, ?>) v;
    assertEquals(List.of(1.0, 2.5, -300.0, true, false), ((List<?>) m.get("a")).subList(0, 5));
    assertEquals(Map.of(), m.get("b"));
  }

  @Test
  void rejectsBadJson() {
    assertThrows(IllegalArgumentException.class, () -> JsonReader.parse("[1,]x"));
    assertThrows(IllegalArgumentException.class, () -> JsonReader.parse("{\"a\" 1}"));
  }
}
