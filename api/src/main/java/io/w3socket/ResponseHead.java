package io.w3socket;

import java.io.EOFException;
import java.nio.charset.StandardCharsets;
import okhttp3.Headers;
import okio.Buffer;

/**
 * The head of the server's answer to an opening handshake run on the selector thread ({@link
 * ChannelHandshake}): RFC 9112 §4's status line and §5's field lines, up to the empty line that
 * ends them. It is read as it arrives; whatever follows the empty line is the server's first
 * WebSocket frames, left in the buffer.
 */
final class ResponseHead {
  /**
   * The most the head may take: RFC 9112 leaves the limit to the client; OkHttp's and Chromium's
   * are 256 KiB.
   */
  static final long MAX_SIZE = 256 * 1024;

  /** The status code, e.g. 101. */
  final int code;

  /** The header fields, in order. */
  final Headers headers;

  private ResponseHead(int code, Headers headers) {
    this.code = code;
    this.headers = headers;
  }

  /** Finds the end of the head in what has arrived so far; one per response. */
  static final class Scanner {
    /** Where the next line starts in the buffer: the lines before it are not scanned again. */
    private long lineStart;

    /**
     * Takes the final response's head from {@code in} once all of it has arrived, leaving what
     * follows it. An interim response (a 1xx status other than 101, such as 100 Continue or 103
     * Early Hints) is taken and dropped: Fetch #http-network-fetch ignores those and waits for the
     * next response, as OkHttp does on the other handshake path.
     *
     * @return the head, or null if its empty line has not arrived yet
     * @throws HandshakeError if the head is malformed or too large
     */
    ResponseHead take(Buffer in) throws HandshakeError {
      while (true) {
        long lf = in.indexOf((byte) '\n', lineStart, Math.min(in.size(), MAX_SIZE));
        if (lf < 0) {
          if (in.size() >= MAX_SIZE) {
            throw new HandshakeError(
                "Error during WebSocket handshake: the response's header is over "
                    + MAX_SIZE
                    + " bytes");
          }
          return null;
        }
        // RFC 9112 §2.2: a line ends with CRLF; a bare LF is accepted as its end too.
        boolean empty = lf == lineStart || (lf == lineStart + 1 && in.getByte(lineStart) == '\r');
        boolean statusLine = lineStart == 0;
        lineStart = lf + 1;
        if (empty && !statusLine) {
          String text;
          try {
            text = in.readString(lineStart, StandardCharsets.UTF_8);
          } catch (EOFException e) {
            throw new IllegalStateException("the head's bytes were scanned in the buffer", e);
          }
          ResponseHead head = parse(text);
          if (head.code >= 100 && head.code <= 199 && head.code != 101) {
            lineStart = 0; // an interim response: the next head follows (its limit is its own)
            continue;
          }
          return head;
        }
      }
    }
  }

  /** A malformed or oversized response head; the message says what was wrong. */
  static final class HandshakeError extends Exception {
    HandshakeError(String message) {
      super(message, null, false, false);
    }
  }

  private static ResponseHead parse(String head) throws HandshakeError {
    String[] lines = head.split("\n", -1);
    int code = statusCode(strip(lines[0]));
    Headers.Builder headers = new Headers.Builder();
    String name = null;
    StringBuilder value = null;
    for (int i = 1; i < lines.length; i++) {
      String line = strip(lines[i]);
      if (line.isEmpty()) {
        break; // the empty line that ends the head
      }
      char first = line.charAt(0);
      if (first == ' ' || first == '\t') {
        // RFC 9112 §5.2: a user agent replaces obs-fold (a line continuing the previous field's
        // value) with one or more SP before interpreting the field value.
        if (value != null) {
          value.append(' ').append(trimOws(line));
        }
        continue;
      }
      if (name != null) {
        headers.addUnsafeNonAscii(name, value.toString());
      }
      name = null;
      value = null;
      int colon = line.indexOf(':');
      // RFC 9110 §5.1: a field name is a token. A line that is no field line is skipped, as
      // Chromium and OkHttp do.
      if (colon > 0 && isToken(line, colon)) {
        name = line.substring(0, colon);
        value = new StringBuilder(trimOws(line.substring(colon + 1)));
      }
    }
    if (name != null) {
      headers.addUnsafeNonAscii(name, value.toString());
    }
    return new ResponseHead(code, headers.build());
  }

  /**
   * RFC 9112 §4: status-line = HTTP-version SP status-code SP [ reason-phrase ], the version
   * HTTP/1.x; a status line without the space before an empty reason is accepted, as OkHttp does.
   */
  private static int statusCode(String line) throws HandshakeError {
    boolean valid =
        line.length() >= 12
            && line.startsWith("HTTP/1.")
            && isDigit(line.charAt(7))
            && line.charAt(8) == ' '
            && isDigit(line.charAt(9))
            && isDigit(line.charAt(10))
            && isDigit(line.charAt(11))
            && (line.length() == 12 || line.charAt(12) == ' ');
    if (!valid) {
      throw new HandshakeError("Error during WebSocket handshake: Invalid status line");
    }
    return Integer.parseInt(line, 9, 12, 10);
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** RFC 9110 §5.6.2: token = 1*tchar. */
  private static boolean isToken(String s, int end) {
    for (int i = 0; i < end; i++) {
      char c = s.charAt(i);
      boolean tchar =
          (c >= 'a' && c <= 'z')
              || (c >= 'A' && c <= 'Z')
              || isDigit(c)
              || "!#$%&'*+-.^_`|~".indexOf(c) >= 0;
      if (!tchar) {
        return false;
      }
    }
    return true;
  }

  /** The line without its CR, if it ended with CRLF. */
  private static String strip(String line) {
    return line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
  }

  /** RFC 9110 §5.5: a field value has no leading or trailing OWS (spaces and tabs). */
  private static String trimOws(String s) {
    int start = 0;
    int end = s.length();
    while (start < end && (s.charAt(start) == ' ' || s.charAt(start) == '\t')) {
      start++;
    }
    while (end > start && (s.charAt(end - 1) == ' ' || s.charAt(end - 1) == '\t')) {
      end--;
    }
    return s.substring(start, end);
  }
}
