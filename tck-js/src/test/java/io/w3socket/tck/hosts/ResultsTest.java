package io.w3socket.tck.hosts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The harness's JSON results read into cases. */
class ResultsTest {
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
}
