package io.w3socket.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

/**
 * Property-based fuzzing of the WebSocket interface from page scripts, in both engines: fuzzed
 * URLs, protocol lists, close codes (any JS number, converted as WebIDL's {@code [Clamp] unsigned
 * short}) and reasons, {@code send()} data while CONNECTING and {@code binaryType} values. Only the
 * standard's exceptions may escape — DOMExceptions named as WebSockets #the-websocket-interface
 * says — and the run must end; and binary messages of any length and contents echoed byte for byte.
 * Each try runs one script over a batch of inputs, so a property costs a few engine runs.
 *
 * <p>Every host a fuzzed URL can name is loopback or mapped to the embedded server: nothing leaves
 * the machine.
 */
class JsInputFuzzTest {
  // ---------------------------------------------------------------------------------------------
  // Generators.

  @Provide
  Arbitrary<String> urls() {
    Arbitrary<String> scheme =
        Arbitraries.of("ws", "wss", "http", "HTTPS", "ftp", "javascript", "", "w s", "blob");
    Arbitrary<String> sep = Arbitraries.of("://", ":", ":/", "//", ":\\\\", ":///");
    // Only loopback or mapped names, or names that cannot parse: no DNS lookup leaves the machine.
    Arbitrary<String> host =
        Arbitraries.of(
            "127.0.0.1",
            "0x7f.1",
            "fuzz.test",
            "FUZZ.test",
            "",
            "a b",
            "[::1",
            "999.1.1.1",
            "@",
            "fuzz.test:1@127.0.0.1",
            "127.0.0.1\u0000",
            "[",
            "%zz");
    Arbitrary<String> port = Arbitraries.of("", ":1", ":65535", ":65536", ":-1", ":x", ":");
    Arbitrary<String> rest =
        Arbitraries.oneOf(
            Arbitraries.of("", "/", "/p?q", "/#f", "#", "/%zz", "?\ud800", "/\ud83d\ude00"),
            Arbitraries.strings().withChars("/?#%\\ \t\n\u00e9\ud800x").ofMaxLength(8));
    return Combinators.combine(scheme, sep, host, port, rest)
        .as((a, b, c, d, e) -> a + b + c + d + e);
  }

  @Provide
  Arbitrary<List<String>> protocolLists() {
    Arbitrary<String> token =
        Arbitraries.oneOf(
            Arbitraries.of("chat", "CHAT", "v1", "a", "!#$%&'*+-.^_`|~", "", "a b", "\u00e9"),
            Arbitraries.strings().withCharRange('!', '~').ofMinLength(1).ofMaxLength(5),
            Arbitraries.strings().ofMaxLength(4));
    return token.list().ofMaxSize(4);
  }

  @Provide
  Arbitrary<String> codes() {
    return Arbitraries.oneOf(
        Arbitraries.of(
            "1000",
            "3000",
            "4999",
            "999",
            "5000",
            "1000.4",
            "1000.5",
            "1000.6",
            "2999.5",
            "4999.5",
            "-0",
            "-1",
            "NaN",
            "Infinity",
            "-Infinity",
            "65535",
            "65536",
            "66536",
            "70536",
            "1e21",
            "0x3e8",
            "'1000'",
            "null",
            "true",
            "[]",
            "[1000]",
            "''",
            "' 1000 '"),
        Arbitraries.integers().between(-70_000, 140_000).map(String::valueOf),
        Arbitraries.doubles().between(-1e5, 1e5).map(String::valueOf));
  }

  @Provide
  Arbitrary<String> reasons() {
    return Arbitraries.oneOf(
        Arbitraries.strings().ofMaxLength(130),
        Arbitraries.strings()
            .withChars('\u00e9', '\u20ac', '\ud83d', '\ude00', 'a')
            .ofMaxLength(70),
        Arbitraries.of("x".repeat(123), "x".repeat(124), "\u20ac".repeat(41), "\u20ac".repeat(42)));
  }

  @Provide
  Arbitrary<String> binaryTypes() {
    return Arbitraries.oneOf(
        Arbitraries.of("blob", "arraybuffer", "Blob", "ARRAYBUFFER", " blob", "", "null"),
        Arbitraries.strings().ofMaxLength(10));
  }

  // ---------------------------------------------------------------------------------------------
  // Properties.

  @Property(tries = 3)
  void constructorUrlsThrowOnlySyntaxError(@ForAll @Size(60) List<@From("urls") String> urls) {
    StringBuilder js = new StringBuilder("var inputs = [");
    for (String u : urls) {
      js.append(literal(u)).append(',');
    }
    js.append(
"""
];
inputs.forEach(function (u, i) {
  try {
    var ws = new WebSocket(u);
    var ok = /^wss?:\\/\\/[^#]*$/.test(ws.url);
    ws.close();
    report(i, ok ? 'ok' : 'BAD url attribute ' + ws.url);
  } catch (e) { report(i, outcome(e)); }
});
""");
    List<String> expected = new ArrayList<>();
    for (int i = 0; i < urls.size(); i++) {
      expected.add("ok|SyntaxError");
    }
    checkBothEngines(js.toString(), expected);
  }

  @Property(tries = 3)
  void protocolsAreAcceptedExactlyWhenTheyAreDistinctTokens(
      @ForAll @Size(40) List<@From("protocolLists") List<String>> lists) {
    StringBuilder js = new StringBuilder("var inputs = [");
    List<String> expected = new ArrayList<>();
    for (List<String> protocols : lists) {
      js.append('[');
      boolean valid = true;
      Set<String> seen = new HashSet<>();
      for (String p : protocols) {
        js.append(literal(p)).append(',');
        valid &= p.matches("[!#$%&'*+\\-.^_`|~0-9A-Za-z]+") && seen.add(p.toLowerCase(Locale.ROOT));
      }
      js.append("],");
      expected.add(valid ? "ok" : "SyntaxError");
    }
    js.append(
"""
];
inputs.forEach(function (p, i) {
  try {
    new WebSocket('ws://127.0.0.1:1/', p).close();
    report(i, 'ok');
  } catch (e) { report(i, outcome(e)); }
});
""");
    checkBothEngines(js.toString(), expected);
  }

  @Property(tries = 3)
  void closeThrowsExactlyTheStandardsErrors(
      @ForAll @Size(40) List<@From("codes") String> codes,
      @ForAll @Size(40) List<@From("reasons") String> reasons) {
    StringBuilder js = new StringBuilder("var inputs = [");
    List<String> expected = new ArrayList<>();
    for (int i = 0; i < codes.size(); i++) {
      js.append('[').append(codes.get(i)).append(',').append(literal(reasons.get(i))).append("],");
      expected.add(expectedClose(codes.get(i), reasons.get(i)));
    }
    js.append(
"""
];
var ws = new WebSocket('ws://127.0.0.1:1/');
inputs.forEach(function (c, i) {
  try { ws.close(c[0], c[1]); report(i, 'ok'); } catch (e) { report(i, outcome(e)); }
});
""");
    checkBothEngines(js.toString(), expected);
  }

  @Property(tries = 3)
  void sendWhileConnectingAndBinaryTypeFollowTheStandard(
      @ForAll @Size(40) List<@From("binaryTypes") String> binaryTypes) {
    StringBuilder js = new StringBuilder("var inputs = [");
    List<String> expected = new ArrayList<>();
    for (String t : binaryTypes) {
      js.append(literal(t)).append(',');
      expected.add(
          "InvalidStateError " + (t.equals("blob") || t.equals("arraybuffer") ? t : "arraybuffer"));
    }
    js.append(
"""
];
var payloads = ['x', '', '\\ud800', new ArrayBuffer(3), new Uint8Array(2), new DataView(new ArrayBuffer(1)),
    new Blob(['b']), 42, null, undefined, {}, [1, 2]];
var ws = new WebSocket('ws://fuzz.test/hang');
inputs.forEach(function (t, i) {
  var r;
  try { ws.send(payloads[i % payloads.length]); r = 'no exception'; } catch (e) { r = outcome(e); }
  ws.binaryType = 'arraybuffer';
  try { ws.binaryType = t; } catch (e) { r += ' setter threw ' + outcome(e); }
  report(i, r + ' ' + ws.binaryType);
});
ws.close();
""");
    checkBothEngines(js.toString(), expected);
  }

  @Provide
  Arbitrary<int[]> binaryMessages() {
    // Lengths about the multiples of 8 the copies go by, and up to past a 64 KiB frame; contents
    // random, all ones, or 8-byte patterns that read as NaNs (a float copy would not keep them).
    Arbitrary<Integer> length =
        Arbitraries.oneOf(
            Arbitraries.integers().between(0, 33),
            Arbitraries.integers().between(65_528, 65_544),
            Arbitraries.integers().between(0, 70_000));
    return Combinators.combine(length, Arbitraries.integers().between(0, 3), Arbitraries.integers())
        .as((n, kind, seed) -> new int[] {n, kind, seed});
  }

  /**
   * Binary messages reach the page byte for byte (#feedback-from-the-protocol, "handle a WebSocket
   * message": an ArrayBuffer whose contents are data), whatever their length and contents: the page
   * sends each to the echo endpoint and compares every byte that comes back.
   */
  @Property(tries = 3)
  void binaryMessagesComeBackByteForByte(
      @ForAll @Size(12) List<@From("binaryMessages") int[]> messages) {
    StringBuilder js = new StringBuilder("var inputs = [");
    List<String> expected = new ArrayList<>();
    for (int[] m : messages) {
      js.append('[').append(m[0]).append(',').append(m[1]).append(',').append(m[2]).append("],");
      expected.add("ok " + m[0]);
    }
    js.append(
"""
];
function bytes(n, kind, seed) {
  var u = new Uint8Array(n), x = seed | 1;
  for (var i = 0; i < n; i++) {
    if (kind === 0) { x ^= x << 13; x ^= x >>> 17; x ^= x << 5; u[i] = x & 0xFF; }
    else if (kind === 1) { u[i] = 0xFF; }
    else if (kind === 2) { u[i] = [1, 0, 0, 0, 0, 0, 0xF0, 0x7F][i % 8]; }
    else { u[i] = [0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xF8, 0xFF][i % 8]; }
  }
  return u;
}
var sent = inputs.map(function (m) { return bytes(m[0], m[1], m[2]); });
var ws = new WebSocket('ws://fuzz.test/echo');
ws.binaryType = 'arraybuffer';
var k = 0;
ws.onopen = function () { sent.forEach(function (u) { ws.send(u); }); };
ws.onmessage = function (e) {
  var got = new Uint8Array(e.data), want = sent[k], r = 'ok ' + got.length;
  if (got.length !== want.length) { r = 'BAD length ' + got.length + ' of ' + want.length; }
  for (var i = 0; i < want.length && r.charAt(0) === 'o'; i++) {
    if (got[i] !== want[i]) { r = 'BAD byte ' + i + ' is ' + got[i] + ', sent ' + want[i]; }
  }
  report(k, r);
  if (++k === sent.length) { ws.close(); }
};
""");
    checkBothEngines(js.toString(), expected);
  }

  // ---------------------------------------------------------------------------------------------

  /** Runs the script in both engines; line i must match the alternatives in expected[i]. */
  private static void checkBothEngines(String body, List<String> expected) {
    String script =
"""
function outcome(e) {
  if (e instanceof DOMException) { return e.name; }
  return 'OTHER ' + (e && e.constructor && e.constructor.name) + ': ' + e;
}
function report(i, what) { console.log(i + ' ' + what); }
"""
            + body;
    for (JsEngine engine : JsEngine.values()) {
      Runs.Outcome o =
          Runs.run(
              engine,
              b ->
                  b.network(LocalServerPolicy.of(java.util.Map.of("fuzz.test", "")))
                      .timeout(java.time.Duration.ofSeconds(30)),
              c -> c.runScriptSource(script, "file:///test/fuzz.js"));
      assertEquals(expected.size(), o.out().size(), () -> engine + ": " + o);
      for (int i = 0; i < expected.size(); i++) {
        String line = o.out().get(i);
        String got = line.substring(line.indexOf(' ') + 1);
        int index = i;
        boolean matches = List.of(expected.get(i).split("\\|")).contains(got);
        if (!matches) {
          throw new AssertionError(
              engine
                  + " input "
                  + index
                  + ": expected "
                  + expected.get(i)
                  + ", got "
                  + got
                  + "\nscript:\n"
                  + script
                  + "\n"
                  + o);
        }
      }
      assertEquals(RunResult.Status.OK, o.result().status(), () -> engine + ": " + o);
    }
  }

  /**
   * close(code, reason) per #dom-websocket-close steps 1–2, code converted as [Clamp] unsigned
   * short.
   */
  private static String expectedClose(String codeJs, String reason) {
    double d = jsNumber(codeJs);
    int code;
    if (Double.isNaN(d)) {
      code = 0;
    } else {
      double clamped = Math.min(Math.max(d, 0), 65535);
      code = (int) Math.rint(clamped); // WebIDL [Clamp]: round to nearest, ties to even
    }
    if (code != 1000 && (code < 3000 || code > 4999)) {
      return "InvalidAccessError";
    }
    return usvUtf8Length(reason) > 123 ? "SyntaxError" : "ok";
  }

  /** ToNumber of the JS expressions the code generator produces. */
  private static double jsNumber(String js) {
    switch (js) {
      case "NaN":
        return Double.NaN;
      case "Infinity":
        return Double.POSITIVE_INFINITY;
      case "-Infinity":
        return Double.NEGATIVE_INFINITY;
      case "'1000'":
      case "[1000]":
      case "' 1000 '":
        return 1000;
      case "null":
      case "[]":
      case "''":
        return 0;
      case "true":
        return 1;
      case "0x3e8":
        return 1000;
      default:
        return Double.parseDouble(js);
    }
  }

  private static int usvUtf8Length(String s) {
    try {
      ByteBuffer b =
          StandardCharsets.UTF_8
              .newEncoder()
              .onMalformedInput(CodingErrorAction.REPLACE)
              .replaceWith(new byte[] {(byte) 0xEF, (byte) 0xBF, (byte) 0xBD})
              .encode(CharBuffer.wrap(s));
      return b.remaining();
    } catch (CharacterCodingException e) {
      throw new AssertionError(e);
    }
  }

  /** A JS string literal: printable ASCII as is, everything else (lone surrogates too) escaped. */
  private static String literal(String s) {
    StringBuilder b = new StringBuilder("'");
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= 0x20 && c < 0x7F && c != '\'' && c != '\\') {
        b.append(c);
      } else {
        b.append(String.format("\\u%04x", (int) c));
      }
    }
    return b.append('\'').toString();
  }
}
