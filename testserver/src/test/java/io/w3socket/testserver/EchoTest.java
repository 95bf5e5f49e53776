package io.w3socket.testserver;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.ByteBuffer;
import java.time.Duration;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

class EchoTest {
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
    void echoesTextAndBinary() throws Exception {
        JdkClient c = JdkClient.connect(server.url("/echo"));
        c.ws.sendText("héllo wörld", true).join();
        c.ws.sendBinary(ByteBuffer.wrap(new byte[] {1, 2, 3, (byte) 0xFF}), true).join();
        await().atMost(Duration.ofSeconds(5)).until(() -> c.messages.size() == 2);
        assertEquals("héllo wörld", c.messages.get(0));
        assertArrayEquals(new byte[] {1, 2, 3, (byte) 0xFF}, (byte[]) c.messages.get(1));
        c.ws.sendClose(1000, "bye").join();
        assertEquals(1000, c.closed.get(5, java.util.concurrent.TimeUnit.SECONDS)[0]);
        assertEquals("bye", c.closeReason);
    }

    @Test
    void frameSentTogetherWithTheHandshakeIsNotLost() throws Exception {
        try (RawClient c = new RawClient(server.port())) {
            java.io.ByteArrayOutputStream both = new java.io.ByteArrayOutputStream();
            both.write(("GET /echo HTTP/1.1\r\nHost: x\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                    + "Sec-WebSocket-Key: " + RawClient.KEY + "\r\nSec-WebSocket-Version: 13\r\n\r\n")
                    .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            both.write(Frames.maskedFrame(0x81, "early".getBytes(java.nio.charset.StandardCharsets.US_ASCII),
                    new byte[] {1, 2, 3, 4}));
            c.out.write(both.toByteArray());
            assertEquals(101, c.readHead().status);
            assertEquals("early", c.readFrame().text());
        }
    }

    @Test
    void goodbyeClosesWith1000() throws Exception {
        JdkClient c = JdkClient.connect(server.url("/echo"));
        c.ws.sendText("Goodbye", true).join();
        int[] code = c.closed.get(5, java.util.concurrent.TimeUnit.SECONDS);
        assertEquals(1000, code[0]);
        assertEquals("", c.closeReason);
        assertEquals(java.util.List.of("Goodbye"), c.messages);
    }
}
