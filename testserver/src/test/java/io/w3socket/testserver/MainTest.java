package io.w3socket.testserver;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MainTest {
    private static final Pattern LINE = Pattern.compile("w3socket test server listening on ws://127\\.0\\.0\\.1:(\\d+)/\n");

    @Test
    void servePrintsItsLineAndStopsOnInterrupt() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        CompletableFuture<Integer> exit = new CompletableFuture<>();
        Thread t = new Thread(() -> exit.complete(Main.run(new String[] {"serve", "-p", "0"},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8))));
        t.setDaemon(true);
        t.start();
        await().atMost(Duration.ofSeconds(10)).until(() -> LINE.matcher(out.toString(StandardCharsets.UTF_8)).matches());
        Matcher m = LINE.matcher(out.toString(StandardCharsets.UTF_8));
        assertTrue(m.matches());
        int port = Integer.parseInt(m.group(1));
        try (RawClient c = new RawClient(port)) {
            c.open("/echo");
            c.sendText("via main");
            assertEquals("via main", c.readFrame().text());
        }
        t.interrupt();
        assertEquals(0, exit.get(10, TimeUnit.SECONDS));
        assertThrows(java.io.IOException.class, () -> new RawClient(port).close(), "closed after interrupt");
        assertEquals("", err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void badArgumentsExit2WithOneLine() {
        for (String[] args : new String[][] {{"serve", "--port"}, {"serve", "-p", "x"}, {"serve", "--bogus"},
                {"frobnicate"}, {"serve", "--port", "70000"}}) {
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            int code = Main.run(args, new PrintStream(new ByteArrayOutputStream()), new PrintStream(err, true, StandardCharsets.UTF_8));
            assertEquals(2, code, String.join(" ", args));
            String e = err.toString(StandardCharsets.UTF_8);
            assertTrue(e.endsWith("\n") && e.indexOf('\n') == e.length() - 1, "one line: " + e);
        }
    }

    @Test
    void helpAndBindFailure() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertEquals(0, Main.run(new String[] {"serve", "--help"}, new PrintStream(out, true, StandardCharsets.UTF_8), System.err));
        assertTrue(out.toString(StandardCharsets.UTF_8).startsWith("usage: serve"));
        try (TestServer taken = TestServer.start()) {
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            assertEquals(1, Main.run(new String[] {"serve", "--port=" + taken.port()}, System.out,
                    new PrintStream(err, true, StandardCharsets.UTF_8)));
            assertTrue(err.toString(StandardCharsets.UTF_8).contains("cannot listen"));
        }
    }

    @Test
    void closeIsIdempotentAndReleasesThePort() throws Exception {
        TestServer s = TestServer.start();
        int port = s.port();
        RawClient open = new RawClient(port);
        open.open("/echo");
        s.close();
        s.close();
        assertEquals(0, open.readToEof().length, "open connections are dropped");
        open.close();
        assertThrows(java.io.IOException.class, () -> new RawClient(port).close());
    }
}
