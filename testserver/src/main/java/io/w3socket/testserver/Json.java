package io.w3socket.testserver;

import java.util.List;
import java.util.Map;

/**
 * A minimal JSON writer: for the few objects the server sends, and for the reports of the TCKs
 * built on this server.
 */
public final class Json {
  private Json() {}

  /**
   * Returns {@code s} as a JSON string literal, or {@code null} for null. Control characters and
   * lone surrogates are written as backslash-u escapes, so the result is always valid JSON text.
   *
   * @param s the string, or null
   * @return the literal
   */
  public static String string(String s) {
    if (s == null) {
      return "null";
    }
    StringBuilder b = new StringBuilder(s.length() + 2).append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> b.append("\\\"");
        case '\\' -> b.append("\\\\");
        case '\n' -> b.append("\\n");
        case '\r' -> b.append("\\r");
        case '\t' -> b.append("\\t");
        default -> {
          if (c < 0x20 || Character.isSurrogate(c) && !pairedSurrogateAt(s, i)) {
            b.append(String.format("\\u%04x", (int) c));
          } else {
            b.append(c);
          }
        }
      }
    }
    return b.append('"').toString();
  }

  private static boolean pairedSurrogateAt(String s, int i) {
    char c = s.charAt(i);
    if (Character.isHighSurrogate(c)) {
      return i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
    }
    return i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
  }

  /** Serializes String, Number, Boolean, null, List and Map (String keys) values. */
  static String value(Object v) {
    if (v == null) {
      return "null";
    }
    if (v instanceof String) {
      return string((String) v);
    }
    if (v instanceof Number || v instanceof Boolean) {
      return v.toString();
    }
    if (v instanceof List) {
      StringBuilder b = new StringBuilder("[");
      boolean first = true;
      for (Object o : (List<?>) v) {
        if (!first) {
          b.append(',');
        }
        first = false;
        b.append(value(o));
      }
      return b.append(']').toString();
    }
    if (v instanceof Map) {
      StringBuilder b = new StringBuilder("{");
      boolean first = true;
      for (Map.Entry<?, ?> e : ((Map<?, ?>) v).entrySet()) {
        if (!first) {
          b.append(',');
        }
        first = false;
        b.append(string(String.valueOf(e.getKey()))).append(':').append(value(e.getValue()));
      }
      return b.append('}').toString();
    }
    throw new IllegalArgumentException("not JSON-serializable: " + v.getClass());
  }
}
