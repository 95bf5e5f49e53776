package io.w3socket.testserver;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Random;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class VolumeTest {
    static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static int lengthCode(int size) {
        return size < 126 ? size : size <= 0xFFFF ? 126 : 127;
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 125, 126, 65535, 65536, 65537, 1_000_003})
    void sendSizes(int size) throws Exception {
        try (RawClient c = new RawClient(server.port())) {
            c.open("/send?size=" + size);
            byte[] head = c.readExactly(2);
            assertEquals((byte) 0x82, head[0]);
            assertEquals(lengthCode(size), head[1], "minimal length encoding (RFC 6455 §5.2)");
            c.readExactly(lengthCode(size) == 126 ? 2 : lengthCode(size) == 127 ? 8 : 0);
            assertArrayEquals(Frames.patternBytes(false, size), c.readExactly(size));
            c.sendText("then echo");
            assertEquals("then echo", c.readFrame().text());
        }
    }

    @Test
    void send64MiB() throws Exception {
        int size = 64 * 1024 * 1024;
        try (RawClient c = new RawClient(server.port())) {
            c.open("/send?size=" + size + "&type=binary");
            RawClient.Frame f = c.readFrame();
            assertEquals(0x82, f.b0);
            assertEquals(size, f.payload.length);
            for (int i = 0; i < size; i++) {
                if (f.payload[i] != (byte) ((i * 31 + 7) & 0xFF)) {
                    throw new AssertionError("byte " + i + " differs");
                }
            }
        }
    }

    @Test
    void sendFragmentedText() throws Exception {
        try (RawClient c = new RawClient(server.port())) {
            c.open("/send?size=1000&type=text&fragment=300&count=2");
            for (int m = 0; m < 2; m++) {
                int[] expectB0 = {0x01, 0x00, 0x00, 0x80};
                int[] expectLen = {300, 300, 300, 100};
                StringBuilder all = new StringBuilder();
                for (int i = 0; i < 4; i++) {
                    RawClient.Frame f = c.readFrame();
                    assertEquals(expectB0[i], f.b0, "frame " + i);
                    assertEquals(expectLen[i], f.payload.length);
                    all.append(f.text());
                }
                assertEquals(new String(Frames.patternBytes(true, 1000), StandardCharsets.US_ASCII), all.toString());
                assertTrue(all.toString().startsWith("abcdefghijklmnopqrstuvwxyzabc"));
            }
        }
        JdkClient j = JdkClient.connect(server.url("/send?size=100000&type=text&fragment=4096&count=3"));
        await().atMost(Duration.ofSeconds(10)).until(() -> j.messages.size() == 3);
        assertEquals(new String(Frames.patternBytes(true, 100000), StandardCharsets.US_ASCII), j.messages.get(2));
        j.ws.abort();
    }

    @Test
    void closeDuringSendStopsAtAFrameBoundary() throws Exception {
        try (RawClient c = new RawClient(server.port())) {
            c.open("/send?size=1000000&fragment=1000&count=1000");
            c.sendClose(1000, "enough");
            int frames = 0;
            while (true) {
                RawClient.Frame f = c.readFrame();
                if (f.opcode() == 0x8) {
                    assertArrayEquals(Frames.closeBody(1000, "enough"), f.payload);
                    break;
                }
                frames++;
            }
            assertTrue(frames < 1_000_000, "stopped early, after " + frames + " frames");
            assertEquals(0, c.readToEof().length);
        }
    }

    @Test
    void burst() throws Exception {
        try (RawClient c = new RawClient(server.port())) {
            c.open("/burst?count=50&size=100");
            for (int i = 0; i < 50; i++) {
                RawClient.Frame f = c.readFrame();
                assertEquals(0x82, f.b0);
                assertArrayEquals(Frames.patternBytes(false, 100), f.payload);
            }
            c.sendText("after");
            assertEquals("after", c.readFrame().text());
        }
    }

    @Test
    void sinkReportsCountBytesAndSha256() throws Exception {
        JdkClient j = JdkClient.connect(server.url("/sink"));
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        byte[] bin = new byte[300_000];
        new Random(42).nextBytes(bin);
        j.ws.sendText("héllo", true).join();
        j.ws.sendBinary(ByteBuffer.wrap(bin), true).join();
        j.ws.sendText("rep", false).join();
        j.ws.sendText("ort", true).join(); // fragmented "report": the command itself
        j.ws.sendText("report!", true).join(); // not the command: counted
        j.ws.sendBinary(ByteBuffer.wrap("report".getBytes(StandardCharsets.US_ASCII)), true).join(); // binary: counted
        sha.update("héllo".getBytes(StandardCharsets.UTF_8));
        sha.update(bin);
        sha.update("report!".getBytes(StandardCharsets.US_ASCII));
        sha.update("report".getBytes(StandardCharsets.US_ASCII));
        long bytes = "héllo".getBytes(StandardCharsets.UTF_8).length + bin.length + 7 + 6;
        j.ws.sendText("report", true).join();
        await().atMost(Duration.ofSeconds(5)).until(() -> j.messages.size() == 2);
        assertEquals("{\"messages\":2,\"bytes\":" + (bin.length + 6) + ",\"sha256\":\"", ((String) j.messages.get(0))
                .substring(0, ((String) j.messages.get(0)).indexOf("sha256") + 9));
        assertEquals("{\"messages\":4,\"bytes\":" + bytes + ",\"sha256\":\""
                + HexFormat.of().formatHex(sha.digest()) + "\"}", j.messages.get(1));
        j.ws.sendClose(1000, "").join();
        j.closed.get(5, java.util.concurrent.TimeUnit.SECONDS);
    }

    @Test
    void slowReadsSlowlyButReports() throws Exception {
        JdkClient j = JdkClient.connect(server.url("/slow?bytesPerSecond=2000000"));
        byte[] bin = new byte[1_000_000];
        long t0 = System.nanoTime();
        j.ws.sendBinary(ByteBuffer.wrap(bin), true).join();
        j.ws.sendText("report", true).join();
        await().atMost(Duration.ofSeconds(10)).until(() -> j.messages.size() == 1);
        long ms = (System.nanoTime() - t0) / 1_000_000;
        assertTrue(((String) j.messages.get(0)).startsWith("{\"messages\":1,\"bytes\":1000000,"), (String) j.messages.get(0));
        assertTrue(ms >= 250, "1 MB at 2 MB/s took only " + ms + " ms");
        j.ws.abort();
    }
}
