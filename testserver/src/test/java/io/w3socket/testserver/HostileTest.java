package io.w3socket.testserver;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HexFormat;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

class HostileTest {
    static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "invalid-utf8,                81 02 C3 28",
        "unknown-opcode,              83 05 48 65 6C 6C 6F",
        "rsv-bits,                    E1 05 48 65 6C 6C 6F",
        "masked-frame,                81 85 11 22 33 44 59 47 5F 28 7E",
        "fragmented-control,          09 05 48 65 6C 6C 6F",
        "continuation-without-start,  80 05 48 65 6C 6C 6F",
        "close-1-byte,                88 01 03",
        "close-invalid-code,          88 02 03 ED",
        "close-invalid-code?code=999, 88 02 03 E7",
        "close-invalid-utf8-reason,   88 04 03 E8 C3 28",
        "text-inside-fragmented,      01 03 48 65 6C 81 03 6C 6F 21",
        "ping,                        89 05 68 65 6C 6C 6F",
        "valid-fragmented,            01 05 48 65 6C 6C 6F 89 00 00 02 2C 20 80 05 77 6F 72 6C 64",
    })
    void bytesArriveVerbatim(String name, String hex) throws Exception {
        byte[] expected = HexFormat.of().parseHex(hex.replace(" ", "").toLowerCase());
        try (RawClient c = new RawClient(server.port())) {
            c.open("/hostile/" + name, "Sec-WebSocket-Extensions: permessage-deflate");
            assertArrayEquals(expected, c.readExactly(expected.length));
            // The server then waits; a Close from us ends it.
            c.sendClose(1002, "");
            byte[] rest = c.readToEof();
            if (name.startsWith("close")) {
                assertEquals(0, rest.length, "a Close was already sent: TCP closes without another");
            } else {
                assertArrayEquals(new byte[] {(byte) 0x88, 2, 0x03, (byte) 0xEA}, rest);
            }
        }
    }

    @Test
    void controlTooLong() throws Exception {
        try (RawClient c = new RawClient(server.port())) {
            c.open("/hostile/control-too-long");
            byte[] head = c.readExactly(4);
            assertArrayEquals(new byte[] {(byte) 0x89, 126, 0, 126}, head);
            assertArrayEquals(Frames.patternBytes(true, 126), c.readExactly(126));
        }
    }

    @Test
    void pingExpectsPongAndReports() throws Exception {
        try (RawClient c = new RawClient(server.port())) {
            c.open("/hostile/ping");
            RawClient.Frame ping = c.readFrame();
            assertEquals(0x89, ping.b0);
            c.sendFrame(0x8A, ping.payload);
            assertEquals("pong:hello", c.readFrame().text());
        }
    }

    @Test
    void validFragmentedIsOneMessageForAClient() throws Exception {
        JdkClient j = JdkClient.connect(server.url("/hostile/valid-fragmented"));
        await().atMost(Duration.ofSeconds(5)).until(() -> j.messages.size() == 1);
        assertEquals("Hello, world", j.messages.get(0));
        j.ws.abort();
    }

    @Test
    void clientPingIsPonged() throws Exception {
        try (RawClient c = new RawClient(server.port())) {
            c.open("/echo");
            c.sendFrame(0x89, "are you there".getBytes(StandardCharsets.US_ASCII));
            RawClient.Frame pong = c.readFrame();
            assertEquals(0x8A, pong.b0);
            assertEquals("are you there", pong.text());
        }
    }

    @Test
    void rawInjection() throws Exception {
        try (RawClient c = new RawClient(server.port())) {
            c.open("/raw?hex=81+02+68+69");
            assertEquals("hi", c.readFrame().text());
            c.sendText("82 03 01 02 03  8A 00");
            RawClient.Frame f = c.readFrame();
            assertEquals(0x82, f.b0);
            assertArrayEquals(new byte[] {1, 2, 3}, f.payload);
            assertEquals(0x8A, c.readFrame().b0);
            c.sendFrame(0x82, new byte[] {(byte) 0x81, 0x01, 0x41});
            assertEquals("A", c.readFrame().text());
            // An injected Close: our Close is then taken as the answer and TCP closes.
            c.sendText("88 02 0F A0");
            RawClient.Frame close = c.readFrame();
            assertArrayEquals(Frames.closeBody(4000, ""), close.payload);
            c.sendClose(4000, "");
            assertEquals(0, c.readToEof().length);
        }
        try (RawClient c = new RawClient(server.port())) {
            c.open("/raw");
            c.sendText("not hex");
            RawClient.Frame close = c.readFrame();
            assertArrayEquals(Frames.closeBody(1003, "invalid hex"), close.payload);
        }
    }
}
