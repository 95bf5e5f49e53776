package io.w3socket;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.UnknownHostException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import okhttp3.OkHttpClient;

/**
 * Property-based fuzzing of every input the WebSocket interface takes (WebSockets
 * #the-websocket-interface): only the standard's exceptions ever escape — {@code SyntaxError} from
 * the constructor and from {@code close()}'s reason, {@code InvalidAccessError} from its code,
 * {@code InvalidStateError} from {@code send()} while CONNECTING — and no call hangs. Where the
 * standard decides the outcome exactly, the property checks it against an oracle written here from
 * the standard's text.
 *
 * <p>No fuzzed URL reaches the network: the OkHttp client resolves no name (every lookup fails) and
 * literal addresses are only connected to and refused.
 */
class ApiInputFuzzTest {
  /** Resolves nothing: fuzzed host names never leave this machine. */
  private static final WebSocketOptions OFFLINE =
      WebSocketOptions.builder()
          .client(
              new OkHttpClient.Builder()
                  .dns(
                      host -> {
                        throw new UnknownHostException("fuzzing: no lookups (" + host + ")");
                      })
                  .build())
          .connectTimeout(Duration.ofSeconds(2))
          .build();

  private static final Duration NO_HANG = Duration.ofSeconds(5);

  /** The echo socket's event loop: bufferedAmount is only stable inside one of its tasks. */
  private static final java.util.concurrent.ExecutorService LOOP =
      java.util.concurrent.Executors.newSingleThreadExecutor(
          r -> {
            Thread t = new Thread(r, "fuzz event loop");
            t.setDaemon(true);
            return t;
          });

  private static WebSocket echo;

  @AfterContainer
  static void closeEcho() {
    if (echo != null) {
      echo.close();
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Constructor: URL (#dom-websocket-websocket steps 1–7) and protocols (steps 8–9).

  @Provide
  Arbitrary<String> urls() {
    Arbitrary<String> scheme =
        Arbitraries.of(
            "ws", "wss", "http", "https", "WS", "HtTpS", "ftp", "file", "javascript", "", "w s");
    Arbitrary<String> sep = Arbitraries.of("://", ":", ":/", ":///", "//", ":\\\\", " ://");
    Arbitrary<String> host =
        Arbitraries.oneOf(
            Arbitraries.of(
                "127.0.0.1",
                "[::1]",
                "0x7f.1",
                "localhost",
                "a b",
                "xn--",
                "%41",
                "exa mple",
                "ex%00ample",
                "[::1",
                "1.2.3.4.5",
                "999.1.1.1",
                "bücher.example",
                "",
                "@",
                "a:b@c"),
            Arbitraries.strings().ofMaxLength(12));
    Arbitrary<String> port =
        Arbitraries.of("", ":0", ":1", ":65535", ":65536", ":-1", ":99999999999", ":x", ":");
    Arbitrary<String> rest =
        Arbitraries.oneOf(
            Arbitraries.of("", "/", "/p?q", "/#frag", "#", "/%zz", "/\u0000", "?a=\ud800", "/😀"),
            Arbitraries.strings().ofMaxLength(16));
    Arbitrary<String> composed =
        Combinators.combine(scheme, sep, host, port, rest).as((a, b, c, d, e) -> a + b + c + d + e);
    return Arbitraries.oneOf(composed, composed, Arbitraries.strings().ofMaxLength(40));
  }

  @Property(tries = 400)
  void theConstructorThrowsOnlySyntaxErrorAndNeverHangs(@ForAll("urls") String url) {
    assertTimeoutPreemptively(
        NO_HANG,
        () -> {
          try {
            WebSocket ws = new WebSocket(url, OFFLINE);
            // Parsed: the url attribute is a ws/wss URL without a fragment
            // (#dom-websocket-websocket steps 4–7).
            assertTrue(
                ws.getUrl().startsWith("ws://") || ws.getUrl().startsWith("wss://"), ws.getUrl());
            assertTrue(!ws.getUrl().contains("#"), ws.getUrl());
            ws.close(); // fails it if still connecting
          } catch (DOMException e) {
            assertEquals(DOMException.SYNTAX_ERROR, e.getName(), e.toString());
          }
        });
  }

  @Provide
  Arbitrary<List<String>> protocolLists() {
    Arbitrary<String> token =
        Arbitraries.oneOf(
            Arbitraries.of("chat", "CHAT", "superchat", "v1.proto", "a", "!#$%&'*+-.^_`|~"),
            Arbitraries.strings().withCharRange('!', '~').ofMinLength(1).ofMaxLength(6),
            Arbitraries.strings().ofMaxLength(6));
    return token.list().ofMaxSize(5);
  }

  @Property(tries = 300)
  void protocolsAreAcceptedExactlyWhenTheyAreDistinctTokens(
      @ForAll("protocolLists") List<String> protocols) {
    // Expected by #dom-websocket-websocket steps 8-9: each a token (RFC 7230 §3.2.6), no duplicates
    // ignoring ASCII case.
    boolean valid = true;
    Set<String> seen = new HashSet<>();
    for (String p : protocols) {
      valid &= p.matches("[!#$%&'*+\\-.^_`|~0-9A-Za-z]+") && seen.add(p.toLowerCase(Locale.ROOT));
    }
    boolean expectValid = valid;
    assertTimeoutPreemptively(
        NO_HANG,
        () -> {
          try {
            WebSocket ws =
                new WebSocket("ws://127.0.0.1:1/", OFFLINE, protocols.toArray(new String[0]));
            ws.close();
            assertTrue(expectValid, "accepted invalid protocols " + protocols);
          } catch (DOMException e) {
            assertEquals(DOMException.SYNTAX_ERROR, e.getName());
            assertTrue(!expectValid, "rejected valid protocols " + protocols + ": " + e);
          }
        });
  }

  // ---------------------------------------------------------------------------------------------
  // close(code, reason) (#dom-websocket-close steps 1–2), in every readyState.

  @Provide
  Arbitrary<Integer> codes() {
    return Arbitraries.oneOf(
        Arbitraries.integers(),
        Arbitraries.integers().between(0, 70_000),
        Arbitraries.of(999, 1000, 1001, 1005, 1006, 2999, 3000, 4999, 5000, 65535, 65536, -1));
  }

  @Provide
  Arbitrary<String> reasons() {
    return Arbitraries.oneOf(
        Arbitraries.strings().ofMaxLength(140),
        Arbitraries.strings().withChars('é', '€', '\ud83d', '\ude00', 'a').ofMaxLength(70),
        Arbitraries.just("x".repeat(123)),
        Arbitraries.just("x".repeat(124)));
  }

  @Property(tries = 400)
  void closeThrowsExactlyTheStandardsErrors(
      @ForAll("codes") int code, @ForAll("reasons") String reason, @ForAll boolean connecting) {
    WebSocket ws = new WebSocket("ws://127.0.0.1:1/", OFFLINE);
    if (!connecting) {
      await()
          .atMost(NO_HANG)
          .pollInterval(Duration.ofMillis(2))
          .until(() -> ws.getReadyState() == WebSocket.CLOSED);
    }
    String expected =
        code != 1000 && (code < 3000 || code > 4999)
            ? DOMException.INVALID_ACCESS_ERROR
            : usvUtf8(reason).length > 123 ? DOMException.SYNTAX_ERROR : null;
    assertTimeoutPreemptively(
        NO_HANG,
        () -> {
          try {
            ws.close(code, reason);
            assertEquals(null, expected, "close(" + code + ", reason) did not throw");
          } catch (DOMException e) {
            assertEquals(expected, e.getName(), e.toString());
          }
        });
    ws.close();
  }

  // ---------------------------------------------------------------------------------------------
  // send() (#dom-websocket-send): CONNECTING throws; otherwise USVString → UTF-8, bytes as they
  // are.

  @Property(tries = 200)
  void sendDeliversEveryStringAsItsUsvStringAndEveryBufferAsIs(@ForAll("payloads") Object payload)
      throws Exception {
    WebSocket ws = openEcho();
    List<Object> got = new java.util.concurrent.CopyOnWriteArrayList<>();
    ws.setOnmessage(e -> got.add(((MessageEvent) e).getData()));
    // One event-loop task: bufferedAmount grows inside send() and cannot fall until a later task.
    java.util.concurrent.Future<long[]> grew =
        LOOP.submit(
            () -> {
              long before = ws.getBufferedAmount();
              if (payload instanceof String s) {
                ws.send(s);
              } else {
                ws.send((byte[]) payload);
              }
              return new long[] {before, ws.getBufferedAmount()};
            });
    long[] amounts = grew.get(NO_HANG.toSeconds(), java.util.concurrent.TimeUnit.SECONDS);
    int size = payload instanceof String s ? usvUtf8(s).length : ((byte[]) payload).length;
    assertEquals(amounts[0] + size, amounts[1]);
    await().atMost(NO_HANG).pollInterval(Duration.ofMillis(2)).until(() -> !got.isEmpty());
    if (payload instanceof String s) {
      assertEquals(new String(usvUtf8(s), StandardCharsets.UTF_8), got.get(0));
    } else {
      ByteBuffer b = (ByteBuffer) got.get(0);
      byte[] back = new byte[b.remaining()];
      b.get(back);
      assertArrayEquals((byte[]) payload, back);
    }
  }

  @Provide
  Arbitrary<Object> payloads() {
    return Arbitraries.oneOf(
        Arbitraries.strings().ofMaxLength(3000).map(s -> (Object) s),
        Arbitraries.strings()
            .withChars('\ud800', '\udfff', 'a', 'é')
            .ofMaxLength(20)
            .map(s -> (Object) s),
        Arbitraries.bytes().array(byte[].class).ofMaxSize(70_000).map(b -> (Object) b));
  }

  @Property(tries = 50)
  void sendWhileConnectingThrowsInvalidStateError(@ForAll("payloads") Object payload) {
    WebSocket ws = new WebSocket(LoopbackServer.SERVER.url("/handshake/hang"), OFFLINE);
    try {
      if (payload instanceof String s) {
        ws.send(s);
      } else {
        ws.send((byte[]) payload);
      }
      throw new AssertionError("send() while CONNECTING did not throw");
    } catch (DOMException e) {
      assertEquals(DOMException.INVALID_STATE_ERROR, e.getName());
      assertEquals(0, ws.getBufferedAmount());
    } finally {
      ws.close();
    }
  }

  // ---------------------------------------------------------------------------------------------
  // binaryType (#dom-websocket-binarytype, WebIDL #es-enumeration: invalid values are ignored on
  // assignment).

  @Property(tries = 200)
  void binaryTypeTakesOnlyItsTwoValues(@ForAll("binaryTypes") String value) {
    WebSocket ws = new WebSocket("ws://127.0.0.1:1/", OFFLINE);
    ws.setBinaryType("arraybuffer");
    ws.setBinaryType(value);
    String expected = value.equals("blob") || value.equals("arraybuffer") ? value : "arraybuffer";
    assertEquals(expected, ws.getBinaryType());
    ws.close();
  }

  @Provide
  Arbitrary<String> binaryTypes() {
    return Arbitraries.oneOf(
        Arbitraries.of(
            "blob", "arraybuffer", "Blob", "ARRAYBUFFER", " blob", "arraybuffer\u0000", ""),
        Arbitraries.strings().ofMaxLength(12));
  }

  // ---------------------------------------------------------------------------------------------

  /** UTF-8 of the string's USVString (WebIDL: each lone surrogate becomes U+FFFD). */
  private static byte[] usvUtf8(String s) {
    CharsetEncoder encoder =
        StandardCharsets.UTF_8
            .newEncoder()
            .onMalformedInput(CodingErrorAction.REPLACE)
            .onUnmappableCharacter(CodingErrorAction.REPLACE)
            .replaceWith(new byte[] {(byte) 0xEF, (byte) 0xBF, (byte) 0xBD});
    try {
      ByteBuffer b = encoder.encode(CharBuffer.wrap(s));
      byte[] out = new byte[b.remaining()];
      b.get(out);
      return out;
    } catch (CharacterCodingException e) {
      throw new AssertionError(e);
    }
  }

  private static synchronized WebSocket openEcho() {
    if (echo == null || echo.getReadyState() != WebSocket.OPEN) {
      echo =
          new WebSocket(
              LoopbackServer.SERVER.url("/echo"),
              WebSocketOptions.builder().eventLoop(LOOP).build());
      echo.setBinaryType("arraybuffer");
      Recorder.of(echo).awaitOpen();
    }
    return echo;
  }
}
