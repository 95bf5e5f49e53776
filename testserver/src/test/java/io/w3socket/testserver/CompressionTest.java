package io.w3socket.testserver;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** permessage-deflate (RFC 7692) on /echo, driven by hand over a raw socket. */
class CompressionTest {
    static TestServer server;

    @BeforeAll
    static void start() {
        server = TestServer.start();
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    /** RFC 7692 §7.2.1: DEFLATE, sync flush, then drop the trailing 00 00 FF FF. */
    static byte[] compress(byte[] data, Deflater deflater) {
        deflater.setInput(data);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[8192];
        int n;
        while ((n = deflater.deflate(buf, 0, buf.length, Deflater.SYNC_FLUSH)) > 0) {
            out.write(buf, 0, n);
            if (n < buf.length) {
                break;
            }
        }
        byte[] all = out.toByteArray();
        return Arrays.copyOf(all, all.length - 4);
    }

    /** RFC 7692 §7.2.2: append 00 00 FF FF and inflate. */
    static byte[] decompress(byte[] data, Inflater inflater) throws Exception {
        byte[] in = Arrays.copyOf(data, data.length + 4);
        in[data.length + 2] = (byte) 0xFF;
        in[data.length + 3] = (byte) 0xFF;
        inflater.setInput(in);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[8192];
        while (true) {
            int n = inflater.inflate(buf);
            out.write(buf, 0, n);
            if (n == 0 && (inflater.needsInput() || inflater.finished())) {
                break;
            }
        }
        return out.toByteArray();
    }

    private void roundTrip(String offer, String expectedResponse) throws Exception {
        try (RawClient c = new RawClient(server.port())) {
            RawClient.Head h = c.open("/echo", "Sec-WebSocket-Extensions: " + offer);
            assertEquals(expectedResponse, h.header("Sec-WebSocket-Extensions"));
            Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION, true);
            Inflater inflater = new Inflater(true);
            for (int i = 0; i < 3; i++) {
                byte[] text = ("compressed hello " + i + " ").repeat(50).getBytes(StandardCharsets.UTF_8);
                c.sendFrame(0x80 | 0x40 | 0x1, compress(text, deflater)); // FIN, RSV1, text
                RawClient.Frame f = c.readFrame();
                assertEquals(0x1, f.opcode());
                assertEquals(0x4, f.rsv(), "RSV1 marks a compressed message");
                assertArrayEquals(text, decompress(f.payload, inflater));
            }
            // An uncompressed message is fine too (RSV1 clear); the server still compresses its echo.
            c.sendFrame(0x82, new byte[] {1, 2, 3});
            RawClient.Frame f = c.readFrame();
            assertEquals(0x2, f.opcode());
            assertArrayEquals(new byte[] {1, 2, 3}, decompress(f.payload, inflater));
            c.sendClose(1000, "");
            RawClient.Frame close = c.readFrame();
            assertEquals(0x8, close.opcode());
            assertEquals(0, close.rsv());
        }
    }

    @Test
    void bareOfferAsTheJavaClientSends() throws Exception {
        roundTrip("permessage-deflate", "permessage-deflate");
    }

    @Test
    void chromiumOffer() throws Exception {
        roundTrip("permessage-deflate; client_max_window_bits", "permessage-deflate");
    }

    @Test
    void emptyAndLargeMessagesCompressed() throws Exception {
        try (RawClient c = new RawClient(server.port())) {
            c.open("/echo", "Sec-WebSocket-Extensions: permessage-deflate");
            Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION, true);
            Inflater inflater = new Inflater(true);
            c.sendFrame(0x80 | 0x40 | 0x1, compress(new byte[0], deflater));
            RawClient.Frame f = c.readFrame();
            assertEquals(0x4, f.rsv());
            assertEquals(0, decompress(f.payload, inflater).length);
            byte[] big = Frames.patternBytes(false, 3_000_000);
            c.sendFrame(0x80 | 0x40 | 0x2, compress(big, deflater));
            f = c.readFrame();
            assertArrayEquals(big, decompress(f.payload, inflater));
        }
    }

    @Test
    void noContextTakeoverOffer() throws Exception {
        try (RawClient c = new RawClient(server.port())) {
            RawClient.Head h = c.open("/echo",
                    "Sec-WebSocket-Extensions: permessage-deflate; server_no_context_takeover; client_no_context_takeover");
            assertEquals("permessage-deflate; server_no_context_takeover", h.header("Sec-WebSocket-Extensions"));
        }
    }

    @Test
    void unsupportedOfferIsDeclined() throws Exception {
        try (RawClient c = new RawClient(server.port())) {
            assertNull(c.open("/echo", "Sec-WebSocket-Extensions: x-webkit-deflate-frame").header("Sec-WebSocket-Extensions"));
        }
        try (RawClient c = new RawClient(server.port())) {
            assertNull(c.open("/echo-nocompress", "Sec-WebSocket-Extensions: permessage-deflate")
                    .header("Sec-WebSocket-Extensions"));
        }
    }
}
