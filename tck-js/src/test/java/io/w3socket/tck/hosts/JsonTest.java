package io.w3socket.tck.hosts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonTest {

  @Test
  void parsesTheHarnessOutput() {
    String json =
        "[{\"name\":\"a \\\"q\\\" \\u00e9\",\"area\":\"idl\",\"status\":\"pass\","
            + "\"message\":\"\",\"ms\":12,\"deviation\":\"\"},"
            + "{\"name\":\"b\",\"area\":\"send\",\"status\":\"fail\","
            + "\"message\":\"x\\ny\",\"ms\":3,\"deviation\":\"d\"}]";
    List<CaseResult> r = Results.parse(json);
    assertEquals(2, r.size());
    assertEquals("a \"q\" \u00e9", r.get(0).name());
    assertEquals(CaseResult.Status.PASS, r.get(0).status());
    assertEquals(12, r.get(0).millis());
    assertEquals("x\ny", r.get(1).message());
    assertEquals(true, r.get(1).isChromiumDeviation());
  }

  @Test
  void quoteRoundTrips() {
    String s = "tab\t \"quote\" back\\slash \u0001 lone \ud800 pair \ud83d\ude00 </script>";
    assertEquals(s, Json.parse(Json.quote(s)));
  }

  @Test
  void parsesNestedValues() {
    Object v = Json.parse(" {\"a\": [1, 2.5, -3e2, true, false, null], \"b\": {}} ");
    Map<?, ?> m = (Map<?, ?>) v;
    assertEquals(List.of(1.0, 2.5, -300.0, true, false), ((List<?>) m.get("a")).subList(0, 5));
    assertEquals(Map.of(), m.get("b"));
  }

  @Test
  void rejectsBadJson() {
    assertThrows(IllegalArgumentException.class, () -> Json.parse("[1,]x"));
    assertThrows(IllegalArgumentException.class, () -> Json.parse("{\"a\" 1}"));
  }
}
