package io.w3socket.testserver;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class HeadersTest {
    static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void reportsTheHandshakeAsJson() throws Exception {
        try (RawClient c = new RawClient(server.port())) {
            c.open("/headers?a=1&b=%20x",
                    "Origin: http://example.test",
                    "Cookie: a=1",
                    "User-Agent: w3socket-test \"quoted\"",
                    "Sec-WebSocket-Protocol: chat, super",
                    "Sec-WebSocket-Protocol: third",
                    "Sec-WebSocket-Extensions: x-foo; y",
                    "X-Repeat: one",
                    "X-Repeat: two");
            RawClient.Frame f = c.readFrame();
            assertEquals(0x81, f.b0);
            String host = "127.0.0.1:" + server.port();
            String expected = "{\"origin\":\"http://example.test\",\"cookie\":\"a=1\","
                    + "\"userAgent\":\"w3socket-test \\\"quoted\\\"\",\"query\":\"a=1&b=%20x\","
                    + "\"protocols\":[\"chat\",\"super\",\"third\"],\"extensions\":\"x-foo; y\",\"path\":\"/headers\","
                    + "\"headers\":{\"host\":\"" + host + "\",\"upgrade\":\"websocket\",\"connection\":\"Upgrade\","
                    + "\"sec-websocket-key\":\"" + RawClient.KEY + "\",\"sec-websocket-version\":\"13\","
                    + "\"origin\":\"http://example.test\",\"cookie\":\"a=1\","
                    + "\"user-agent\":\"w3socket-test \\\"quoted\\\"\","
                    + "\"sec-websocket-protocol\":\"chat, super, third\",\"sec-websocket-extensions\":\"x-foo; y\","
                    + "\"x-repeat\":\"one, two\"}}";
            assertEquals(expected, f.text());
            c.sendText("echo too");
            assertEquals("echo too", c.readFrame().text());
        }
    }

    @Test
    void absentHeadersAreNull() throws Exception {
        JdkClient j = JdkClient.connect(server.url("/headers"));
        await().atMost(Duration.ofSeconds(5)).until(() -> j.messages.size() == 1);
        String json = (String) j.messages.get(0);
        assertTrue(json.startsWith("{\"origin\":null,\"cookie\":null,"), json);
        assertTrue(json.contains("\"query\":\"\",\"protocols\":[],\"extensions\":\"\",\"path\":\"/headers\""), json);
        j.ws.abort();
    }
}
