package io.w3socket.engine;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The Encoding Standard's legacy decoders for encoding.js (https://encoding.spec.whatwg.org/
 * #legacy-single-byte-encodings, #legacy-multi-byte-chinese-(simplified)-encodings and the rest),
 * on the JDK's charsets. Single-byte encodings are a table of 128 code points for the bytes 0x80 to
 * 0xFF (the standard's index; U+FFFD where it has none), made from the JDK's charset and the places
 * where the standard's index differs from it, found by decoding every byte in headless Chromium
 * 156: the windows-* encodings map their unassigned bytes 0x80-0x9F to U+0080-U+009F, where the JDK
 * has none, and a few code points below. Multi-byte encodings decode on the JDK's decoder for the
 * standard's encoding (valid input decodes as the standard says; the standard's recovery from a
 * malformed sequence, which may re-read an ASCII byte, is the JDK's here).
 */
final class LegacyEncodings implements HostArea {
  /** The JDK charset of each single-byte encoding, by the standard's name (lowercase). */
  private static final Map<String, String> SINGLE_BYTE =
      Map.ofEntries(
          Map.entry("ibm866", "IBM866"),
          Map.entry("iso-8859-2", "ISO-8859-2"),
          Map.entry("iso-8859-3", "ISO-8859-3"),
          Map.entry("iso-8859-4", "ISO-8859-4"),
          Map.entry("iso-8859-5", "ISO-8859-5"),
          Map.entry("iso-8859-6", "ISO-8859-6"),
          Map.entry("iso-8859-7", "ISO-8859-7"),
          Map.entry("iso-8859-8", "ISO-8859-8"),
          Map.entry("iso-8859-8-i", "ISO-8859-8"),
          Map.entry("iso-8859-13", "ISO-8859-13"),
          Map.entry("iso-8859-15", "ISO-8859-15"),
          Map.entry("iso-8859-16", "ISO-8859-16"),
          Map.entry("koi8-r", "KOI8-R"),
          Map.entry("koi8-u", "KOI8-U"),
          Map.entry("macintosh", "x-MacRoman"),
          Map.entry("windows-874", "x-windows-874"),
          Map.entry("windows-1250", "windows-1250"),
          Map.entry("windows-1251", "windows-1251"),
          Map.entry("windows-1252", "windows-1252"),
          Map.entry("windows-1253", "windows-1253"),
          Map.entry("windows-1254", "windows-1254"),
          Map.entry("windows-1255", "windows-1255"),
          Map.entry("windows-1256", "windows-1256"),
          Map.entry("windows-1257", "windows-1257"),
          Map.entry("windows-1258", "windows-1258"),
          Map.entry("x-mac-cyrillic", "x-MacCyrillic"));

  /**
   * The standard's index where it differs from the JDK's charset other than at the windows-*
   * encodings' unassigned C1 bytes: byte, code point.
   */
  private static final Map<String, int[]> DIFFERENCES =
      Map.of(
          "koi8-u", new int[] {0xAE, 0x045E, 0xBE, 0x040E},
          "windows-1255", new int[] {0xCA, 0x05BA},
          "x-mac-cyrillic", new int[] {0xA2, 0x0490, 0xB6, 0x0491, 0xFF, 0x20AC});

  /**
   * The two ISO-8859 encodings the JDK lacks: the standard's index for 0xA0-0xFF (0x80-0x9F are
   * U+0080-U+009F in both).
   */
  private static final Map<String, String> NO_JDK_CHARSET =
      Map.of(
          "iso-8859-10",
          "\u00a0\u0104\u0112\u0122\u012a\u0128\u0136\u00a7\u013b\u0110\u0160\u0166\u017d\u00ad"
              + "\u016a\u014a\u00b0\u0105\u0113\u0123\u012b\u0129\u0137\u00b7\u013c\u0111\u0161"
              + "\u0167\u017e\u2015\u016b\u014b\u0100\u00c1\u00c2\u00c3\u00c4\u00c5\u00c6\u012e"
              + "\u010c\u00c9\u0118\u00cb\u0116\u00cd\u00ce\u00cf\u00d0\u0145\u014c\u00d3\u00d4"
              + "\u00d5\u00d6\u0168\u00d8\u0172\u00da\u00db\u00dc\u00dd\u00de\u00df\u0101\u00e1"
              + "\u00e2\u00e3\u00e4\u00e5\u00e6\u012f\u010d\u00e9\u0119\u00eb\u0117\u00ed\u00ee"
              + "\u00ef\u00f0\u0146\u014d\u00f3\u00f4\u00f5\u00f6\u0169\u00f8\u0173\u00fa\u00fb"
              + "\u00fc\u00fd\u00fe\u0138",
          "iso-8859-14",
          "\u00a0\u1e02\u1e03\u00a3\u010a\u010b\u1e0a\u00a7\u1e80\u00a9\u1e82\u1e0b\u1ef2\u00ad"
              + "\u00ae\u0178\u1e1e\u1e1f\u0120\u0121\u1e40\u1e41\u00b6\u1e56\u1e81\u1e57\u1e83"
              + "\u1e60\u1ef3\u1e84\u1e85\u1e61\u00c0\u00c1\u00c2\u00c3\u00c4\u00c5\u00c6\u00c7"
              + "\u00c8\u00c9\u00ca\u00cb\u00cc\u00cd\u00ce\u00cf\u0174\u00d1\u00d2\u00d3\u00d4"
              + "\u00d5\u00d6\u1e6a\u00d8\u00d9\u00da\u00db\u00dc\u00dd\u0176\u00df\u00e0\u00e1"
              + "\u00e2\u00e3\u00e4\u00e5\u00e6\u00e7\u00e8\u00e9\u00ea\u00eb\u00ec\u00ed\u00ee"
              + "\u00ef\u0175\u00f1\u00f2\u00f3\u00f4\u00f5\u00f6\u1e6b\u00f8\u00f9\u00fa\u00fb"
              + "\u00fc\u00fd\u0177\u00ff");

  /** The JDK charset of each multi-byte encoding (the standard's GBK decoder is gb18030's). */
  private static final Map<String, String> MULTI_BYTE =
      Map.of(
          "gbk", "GB18030",
          "gb18030", "GB18030",
          "big5", "Big5-HKSCS",
          "euc-jp", "EUC-JP",
          "iso-2022-jp", "ISO-2022-JP",
          "shift_jis", "windows-31j",
          "euc-kr", "x-windows-949");

  /** Each single-byte table once made, for every realm of the JVM (they never change). */
  private static final Map<String, String> TABLES = new ConcurrentHashMap<>();

  @Override
  public void register(HostRegistry r) {
    r.add(
        "encodingTable",
        a -> TABLES.computeIfAbsent(a.string(0), LegacyEncodings::singleByteTable));
    r.add("encodingDecode", a -> decode(a.string(0), a.bytes(1), a.bool(2), a.bool(3)));
  }

  /** The code points of the bytes 0x80-0xFF in single-byte {@code encoding}, U+FFFD for none. */
  static String singleByteTable(String encoding) {
    String upper = NO_JDK_CHARSET.get(encoding);
    if (upper != null) {
      StringBuilder sb = new StringBuilder(128);
      for (char c = 0x80; c < 0xA0; c++) {
        sb.append(c);
      }
      return sb.append(upper).toString();
    }
    String charset = SINGLE_BYTE.get(encoding);
    if (charset == null) {
      throw new IllegalArgumentException("not a single-byte encoding: " + encoding);
    }
    CharsetDecoder d =
        Charset.forName(charset)
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPLACE)
            .onUnmappableCharacter(CodingErrorAction.REPLACE);
    char[] table = new char[128];
    for (int b = 0x80; b <= 0xFF; b++) {
      String s;
      try {
        s = d.reset().decode(ByteBuffer.wrap(new byte[] {(byte) b})).toString();
      } catch (CharacterCodingException e) {
        s = "\ufffd";
      }
      char c = s.length() == 1 ? s.charAt(0) : '\ufffd';
      if (c == '\ufffd' && b < 0xA0 && encoding.startsWith("windows-")) {
        c = (char) b; // the standard's windows-* indexes map an unassigned C1 byte to itself
      }
      table[b - 0x80] = c;
    }
    int[] diff = DIFFERENCES.getOrDefault(encoding, new int[0]);
    for (int i = 0; i < diff.length; i += 2) {
      table[diff[i] - 0x80] = (char) diff[i + 1];
    }
    return new String(table);
  }

  /**
   * Decodes {@code bytes} in multi-byte {@code encoding}: the text and the number of bytes it took
   * — with {@code stream}, an unfinished sequence at the end is left for the next call — or, with
   * {@code fatal} and an error, null. The JDK decoder reports each error, and this loop applies the
   * standard where the JDK's charset has no mapping: gb18030's byte 0x80 is U+20AC
   * (#gb18030-decoder step 5), and Big5's four pointers that are two code points (#big5-decoder).
   */
  static List<Object> decode(String encoding, byte[] bytes, boolean fatal, boolean stream) {
    String charset = MULTI_BYTE.get(encoding);
    if (charset == null) {
      throw new IllegalArgumentException("not a multi-byte encoding: " + encoding);
    }
    CharsetDecoder d =
        Charset.forName(charset)
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length * 2 + 16);
    while (true) {
      CoderResult result = d.decode(in, out, !stream);
      if (result.isUnderflow()) {
        break;
      }
      if (result.isOverflow()) {
        out = grow(out);
        continue;
      }
      int at = in.position();
      String standard = standardMapping(encoding, bytes, at);
      if (standard != null) {
        out = put(out, standard);
        in.position(at + (standard.length() == 1 ? 1 : 2));
        continue;
      }
      if (fatal) {
        return null;
      }
      out = put(out, "\ufffd");
      in.position(at + errorLength(encoding, bytes, at));
    }
    if (!stream && d.flush(out).isError()) {
      if (fatal) {
        return null;
      }
      out = put(out, "\ufffd");
    }
    out.flip();
    String text = out.toString();
    if (encoding.equals("euc-kr")) {
      // The JDK maps EUC-KR's user-defined rows to the Private Use Area; the standard's index has
      // nothing there, so each such character is an error.
      for (int i = 0; i < text.length(); i++) {
        if (text.charAt(i) >= '\ue000' && text.charAt(i) <= '\uf8ff') {
          if (fatal) {
            return null;
          }
          text = text.substring(0, i) + '\ufffd' + text.substring(i + 1);
        }
      }
    }
    return Arrays.asList(text, (double) in.position());
  }

  /**
   * How many bytes the standard's decoder takes for an error at {@code bytes[at]}: one for a byte
   * that cannot start a sequence or ends the input; a byte after a lead that is ASCII is not taken
   * (it is restored to the stream and read again, e.g. #shift_jis-decoder step 5.5); gb18030's
   * four-byte form (#gb18030-decoder) and EUC-JP's JIS X 0212 form (#euc-jp-decoder) take what
   * their steps take.
   */
  static int errorLength(String encoding, byte[] bytes, int at) {
    int lead = bytes[at] & 0xFF;
    boolean isLead =
        encoding.equals("shift_jis")
            ? (lead >= 0x81 && lead <= 0x9F) || (lead >= 0xE0 && lead <= 0xFC)
            : encoding.equals("euc-jp")
                ? lead == 0x8E || lead == 0x8F || (lead >= 0xA1 && lead <= 0xFE)
                : lead >= 0x81 && lead <= 0xFE;
    if (!isLead) {
      return 1;
    }
    int second = at + 1 < bytes.length ? bytes[at + 1] & 0xFF : -1;
    int third = at + 2 < bytes.length ? bytes[at + 2] & 0xFF : -1;
    if (encoding.startsWith("gb") && second >= 0x30 && second <= 0x39) {
      // Four bytes when they have the form (an unmapped pointer); else the lead alone.
      int fourth = at + 3 < bytes.length ? bytes[at + 3] & 0xFF : -1;
      return third >= 0x81 && third <= 0xFE && fourth >= 0x30 && fourth <= 0x39 ? 4 : 1;
    }
    if (second < 0x80) {
      return 1; // the end of the input, or an ASCII byte read again
    }
    if (encoding.equals("euc-jp") && lead == 0x8F && second >= 0xA1 && second <= 0xFE) {
      return third >= 0x80 ? 3 : 2;
    }
    return 2;
  }

  /** What the standard decodes at {@code bytes[at]} where the JDK's charset has no mapping. */
  private static String standardMapping(String encoding, byte[] bytes, int at) {
    int b = bytes[at] & 0xFF;
    if ((encoding.equals("gbk") || encoding.equals("gb18030")) && b == 0x80) {
      return "\u20ac";
    }
    if (encoding.equals("shift_jis") && b == 0x80) {
      return "\u0080"; // #shift_jis-decoder step 4
    }
    if (encoding.equals("big5") && b == 0x88 && at + 1 < bytes.length) {
      switch (bytes[at + 1] & 0xFF) {
        case 0x62:
          return "\u00ca\u0304"; // pointer 1133
        case 0x64:
          return "\u00ca\u030c"; // pointer 1135
        case 0xA3:
          return "\u00ea\u0304"; // pointer 1164
        case 0xA5:
          return "\u00ea\u030c"; // pointer 1166
        default:
          return null;
      }
    }
    return null;
  }

  private static CharBuffer put(CharBuffer out, String s) {
    CharBuffer o = out.remaining() < s.length() ? grow(out) : out;
    o.put(s);
    return o;
  }

  private static CharBuffer grow(CharBuffer out) {
    CharBuffer bigger = CharBuffer.allocate(out.capacity() * 2 + 16);
    out.flip();
    bigger.put(out);
    return bigger;
  }
}
