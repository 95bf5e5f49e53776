package io.w3socket;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A URL record, parsed as the WHATWG URL Standard's basic URL parser does
 * (https://url.spec.whatwg.org/#concept-basic-url-parser) and serialized by its URL serializer
 * (#concept-url-serializer). The one URL parser of w3socket: {@code new WebSocket(url)} uses it,
 * and so does the JavaScript {@code URL} class through {@link WhatwgUrl}.
 *
 * <p>Special schemes (http, https, ws, wss, ftp, file) get hosts, ports, dot segments and '\' as
 * '/'; other schemes get an opaque host and path, or an opaque path ({@code mailto:x}). The states
 * the URL setters override run in {@link UrlSetters}; hosts go through {@link DomainToAscii}. Not
 * implemented: the file and file slash states' Windows drive-letter quirks (a drive letter in the
 * path state is). Immutable.
 */
final class WebSocketUrl {
  final String scheme;
  final String username;
  final String password;

  /**
   * Serialized host: a domain, a dotted IPv4 address, a bracketed IPv6 address, an opaque host, the
   * empty host, or null for none (only non-special URLs have none).
   */
  final String host;

  /** The port, or -1 for the scheme's default. */
  final int port;

  final String path;

  /** The query without '?', or null. */
  final String query;

  /** The fragment without '#', or null. */
  final String fragment;

  /** Whether {@link #path} is an opaque path (#url-opaque-path) rather than "/"-joined segments. */
  final boolean opaquePath;

  private WebSocketUrl(
      String scheme,
      String username,
      String password,
      String host,
      int port,
      String path,
      String query,
      String fragment) {
    this(scheme, username, password, host, port, path, query, fragment, false);
  }

  WebSocketUrl(
      String scheme,
      String username,
      String password,
      String host,
      int port,
      String path,
      String query,
      String fragment,
      boolean opaquePath) {
    this.scheme = scheme;
    this.username = username;
    this.password = password;
    this.host = host;
    this.port = port;
    this.path = path;
    this.query = query;
    this.fragment = fragment;
    this.opaquePath = opaquePath;
  }

  /** Thrown when the URL parser returns failure. */
  static final class ParseException extends Exception {
    private static final long serialVersionUID = 1L;

    ParseException(String message) {
      super(message);
    }
  }

  // Copies with one component replaced, for the URL setters (UrlSetters) and the WebSocket URL
  // steps.

  WebSocketUrl withScheme(String newScheme) {
    return new WebSocketUrl(
        newScheme, username, password, host, port, path, query, fragment, opaquePath);
  }

  WebSocketUrl withUsername(String newUsername) {
    return new WebSocketUrl(
        scheme, newUsername, password, host, port, path, query, fragment, opaquePath);
  }

  WebSocketUrl withPassword(String newPassword) {
    return new WebSocketUrl(
        scheme, username, newPassword, host, port, path, query, fragment, opaquePath);
  }

  WebSocketUrl withHost(String newHost) {
    return new WebSocketUrl(
        scheme, username, password, newHost, port, path, query, fragment, opaquePath);
  }

  /** {@code newPort} -1 for none (the scheme's default). */
  WebSocketUrl withPort(int newPort) {
    return new WebSocketUrl(
        scheme, username, password, host, newPort, path, query, fragment, opaquePath);
  }

  WebSocketUrl withPath(String newPath) {
    return new WebSocketUrl(
        scheme, username, password, host, port, newPath, query, fragment, opaquePath);
  }

  /** {@code newQuery} without '?', or null for none. */
  WebSocketUrl withQuery(String newQuery) {
    return new WebSocketUrl(
        scheme, username, password, host, port, path, newQuery, fragment, opaquePath);
  }

  /** {@code newFragment} without '#', or null for none. */
  WebSocketUrl withFragment(String newFragment) {
    return new WebSocketUrl(
        scheme, username, password, host, port, path, query, newFragment, opaquePath);
  }

  static boolean isSpecialNetworkScheme(String scheme) {
    return scheme.equals("ws")
        || scheme.equals("wss")
        || scheme.equals("http")
        || scheme.equals("https");
  }

  /** #special-scheme. */
  static boolean isSpecial(String scheme) {
    return isSpecialNetworkScheme(scheme) || scheme.equals("ftp") || scheme.equals("file");
  }

  /** #default-port: -1 where the scheme has none. */
  static int defaultPort(String scheme) {
    switch (scheme) {
      case "ws":
      case "http":
        return 80;
      case "wss":
      case "https":
        return 443;
      case "ftp":
        return 21;
      default:
        return -1;
    }
  }

  /** #concept-url-serializer, with "exclude fragment" false. */
  String serialize() {
    StringBuilder sb = new StringBuilder(scheme).append(':');
    if (host != null) {
      sb.append("//");
      if (!username.isEmpty() || !password.isEmpty()) {
        sb.append(username);
        if (!password.isEmpty()) {
          sb.append(':').append(password);
        }
        sb.append('@');
      }
      sb.append(host);
      if (port >= 0) {
        sb.append(':').append(port);
      }
    } else if (!opaquePath && path.startsWith("//")) {
      // Step 3: a path starting with an empty segment and no host gains "/." .
      sb.append("/.");
    }
    sb.append(path);
    if (query != null) {
      sb.append('?').append(query);
    }
    if (fragment != null) {
      sb.append('#').append(fragment);
    }
    return sb.toString();
  }

  /**
   * The ASCII serialization (HTML #ascii-serialisation-of-an-origin) of the URL's origin
   * (#concept-url-origin): scheme://host[:port] for http(s), ws(s) and ftp; a blob: URL's path
   * URL's origin when that is http(s); "null" (an opaque origin) for the rest.
   */
  String origin() {
    if (scheme.equals("blob")) {
      try {
        WebSocketUrl inner = parse(path, null);
        if (inner.scheme.equals("http") || inner.scheme.equals("https")) {
          return inner.origin();
        }
      } catch (ParseException e) {
        return "null";
      }
      return "null";
    }
    if (!isSpecial(scheme) || scheme.equals("file")) {
      return "null";
    }
    return scheme + "://" + host + (port >= 0 ? ":" + port : "");
  }

  @Override
  public String toString() {
    return serialize();
  }

  // ---------------------------------------------------------------------------------------------
  // The basic URL parser (URL Standard #concept-basic-url-parser), for special schemes.

  /**
   * Parses {@code input} against an optional base.
   *
   * @return the record; its scheme may be any string when it is not one of the four
   * @throws ParseException when the URL parser returns failure
   */
  static WebSocketUrl parse(String input, WebSocketUrl base) throws ParseException {
    // 1.-3. Strip leading and trailing C0 control or space; remove all ASCII tab or newline.
    int start = 0;
    int end = input.length();
    while (start < end && input.charAt(start) <= 0x20) {
      start++;
    }
    while (end > start && input.charAt(end - 1) <= 0x20) {
      end--;
    }
    String s = input.substring(start, end);
    if (s.indexOf('\t') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0) {
      StringBuilder cleaned = new StringBuilder(s.length());
      for (int i = 0; i < s.length(); i++) {
        char c = s.charAt(i);
        if (c != '\t' && c != '\n' && c != '\r') {
          cleaned.append(c);
        }
      }
      s = cleaned.toString();
    }

    // scheme start state / scheme state
    String scheme = null;
    int p = 0;
    if (!s.isEmpty() && isAsciiAlpha(s.charAt(0))) {
      int i = 1;
      while (i < s.length()
          && (isAsciiAlphanumeric(s.charAt(i)) || "+-.".indexOf(s.charAt(i)) >= 0)) {
        i++;
      }
      if (i < s.length() && s.charAt(i) == ':') {
        scheme = s.substring(0, i).toLowerCase(Locale.ROOT);
        p = i + 1;
      }
    }

    if (scheme != null) {
      String rest = s.substring(p);
      if (scheme.equals("file")) {
        return parseFile(rest, base != null && base.scheme.equals("file") ? base : null);
      }
      if (!isSpecial(scheme)) {
        return parseNonSpecial(scheme, rest);
      }
      // "special relative or authority state": same scheme as base and no "//" → relative.
      if (base != null && base.scheme.equals(scheme) && !startsWithTwoSlashes(rest)) {
        return parseRelative(rest, base);
      }
      // "special authority slashes state" then "special authority ignore slashes state".
      return parseAuthorityAndRest(scheme, skipSlashes(rest));
    }

    // "no scheme state": 1. If base is null, or has an opaque path and c is not '#', failure.
    if (base == null) {
      throw new ParseException("'" + input + "' is not an absolute URL and there is no base URL");
    }
    if (base.opaquePath) {
      // "no scheme state" 1-2: only a fragment can be resolved against an opaque path.
      if (s.startsWith("#")) {
        return base.withFragment(percentEncode(s.substring(1), FRAGMENT_SET));
      }
      throw new ParseException(
          "'" + input + "' cannot be resolved against '" + base.serialize() + "'");
    }
    if (base.scheme.equals("file")) {
      return parseFile(s, base);
    }
    return parseRelative(s, base);
  }

  /**
   * "file state", without the Windows drive-letter quirks: {@code file://host/path} (localhost
   * becomes the empty host), {@code file:/path}, or a reference relative to a file base.
   */
  private static WebSocketUrl parseFile(String s, WebSocketUrl base) throws ParseException {
    if (startsWithTwoSlashes(s)) {
      String rest = s.substring(2);
      int end = 0;
      while (end < rest.length() && "/\\?#".indexOf(rest.charAt(end)) < 0) {
        end++;
      }
      String hostInput = rest.substring(0, end);
      String host = hostInput.isEmpty() ? "" : parseHost(hostInput);
      if (host.equals("localhost")) {
        host = "";
      }
      return parsePathQueryFragment(
          "file", "", "", host, -1, rest.substring(end), new ArrayList<>());
    }
    if (base == null) {
      return parsePathQueryFragment(
          "file",
          "",
          "",
          "",
          -1,
          s.startsWith("/")
                  || s.startsWith("\\")
                  || s.isEmpty()
                  || s.startsWith("?")
                  || s.startsWith("#")
              ? s
              : "/" + s,
          new ArrayList<>());
    }
    return parseRelative(s, base);
  }

  /** Non-special schemes: "path or authority state", or "opaque path state". */
  private static WebSocketUrl parseNonSpecial(String scheme, String rest) throws ParseException {
    if (rest.startsWith("//")) {
      return parseAuthorityAndRest(scheme, rest.substring(2));
    }
    if (rest.startsWith("/")) {
      return parsePathQueryFragment(scheme, "", "", null, -1, rest, new ArrayList<>());
    }
    int hash = rest.indexOf('#');
    String fragment = hash < 0 ? null : percentEncode(rest.substring(hash + 1), FRAGMENT_SET);
    String beforeFragment = hash < 0 ? rest : rest.substring(0, hash);
    int question = beforeFragment.indexOf('?');
    String query =
        question < 0 ? null : percentEncode(beforeFragment.substring(question + 1), QUERY_SET);
    String path =
        percentEncode(
            question < 0 ? beforeFragment : beforeFragment.substring(0, question), C0_SET);
    // "opaque path state": a space just before '?' or '#' is "%20", so that the URL serializes to
    // a string that parses to it again when its query and fragment are removed.
    if (path.endsWith(" ") && (query != null || fragment != null)) {
      path = path.substring(0, path.length() - 1) + "%20";
    }
    return new WebSocketUrl(scheme, "", "", null, -1, path, query, fragment, true);
  }

  private static WebSocketUrl parseRelative(String s, WebSocketUrl base) throws ParseException {
    // "relative state" for a special base.
    if (s.isEmpty()) {
      return base.withFragment(null);
    }
    char c = s.charAt(0);
    boolean special = isSpecial(base.scheme);
    if (c == '/' || (special && c == '\\')) {
      if (special ? startsWithTwoSlashes(s) : s.startsWith("//")) {
        if (!special) {
          return parseAuthorityAndRest(base.scheme, s.substring(2));
        }
        // "relative slash state" → "special authority ignore slashes state".
        return parseAuthorityAndRest(base.scheme, skipSlashes(s));
      }
      return parsePathQueryFragment(
          base.scheme, base.username, base.password, base.host, base.port, s, new ArrayList<>());
    }
    if (c == '?' || c == '#') {
      String path = base.path;
      String query = base.query;
      String fragment = null;
      if (c == '?') {
        int hash = s.indexOf('#');
        query = encodeQuery(base.scheme, hash < 0 ? s.substring(1) : s.substring(1, hash));
        fragment = hash < 0 ? null : s.substring(hash + 1);
      } else {
        fragment = s.substring(1);
      }
      fragment = fragment == null ? null : percentEncode(fragment, FRAGMENT_SET);
      return new WebSocketUrl(
          base.scheme, base.username, base.password, base.host, base.port, path, query, fragment);
    }
    // Path-relative: start from the base path without its last segment ("shorten").
    List<String> segments = splitBasePath(base.path);
    if (!segments.isEmpty()) {
      segments.remove(segments.size() - 1);
    }
    return parsePathQueryFragment(
        base.scheme, base.username, base.password, base.host, base.port, "/" + s, segments);
  }

  private static WebSocketUrl parseAuthorityAndRest(String scheme, String s) throws ParseException {
    // "authority state": the authority ends at '/', '?' or '#' (and '\' in a special URL).
    boolean special = isSpecial(scheme);
    int end = 0;
    while (end < s.length() && (special ? "/\\?#" : "/?#").indexOf(s.charAt(end)) < 0) {
      end++;
    }
    String authority = s.substring(0, end);
    String username = "";
    String password = "";
    int at = authority.lastIndexOf('@');
    if (at >= 0) {
      String credentials = authority.substring(0, at);
      int colon = credentials.indexOf(':');
      username =
          percentEncode(colon < 0 ? credentials : credentials.substring(0, colon), USERINFO_SET);
      password = colon < 0 ? "" : percentEncode(credentials.substring(colon + 1), USERINFO_SET);
      authority = authority.substring(at + 1);
    }
    // "host state": a ':' outside brackets starts the port.
    String hostInput = authority;
    String portInput = null;
    boolean inBrackets = false;
    for (int i = 0; i < authority.length(); i++) {
      char c = authority.charAt(i);
      if (c == '[') {
        inBrackets = true;
      } else if (c == ']') {
        inBrackets = false;
      } else if (c == ':' && !inBrackets) {
        hostInput = authority.substring(0, i);
        portInput = authority.substring(i + 1);
        break;
      }
    }
    if (hostInput.isEmpty() && special) {
      throw new ParseException("the URL has an empty host");
    }
    String host = special ? parseHost(hostInput) : parseOpaqueHost(hostInput);
    int port = -1;
    if (portInput != null && !portInput.isEmpty()) {
      long value = 0;
      for (int i = 0; i < portInput.length(); i++) {
        char c = portInput.charAt(i);
        if (c < '0' || c > '9') {
          throw new ParseException("the URL's port '" + portInput + "' is not a number");
        }
        value = value * 10 + (c - '0');
        if (value > 65535) {
          throw new ParseException("the URL's port '" + portInput + "' is out of range");
        }
      }
      port = value == defaultPort(scheme) ? -1 : (int) value;
    }
    return parsePathQueryFragment(
        scheme, username, password, host, port, s.substring(end), new ArrayList<>());
  }

  private static WebSocketUrl parsePathQueryFragment(
      String scheme,
      String username,
      String password,
      String host,
      int port,
      String s,
      List<String> segments) {
    int hash = s.indexOf('#');
    String fragment = hash < 0 ? null : percentEncode(s.substring(hash + 1), FRAGMENT_SET);
    String beforeFragment = hash < 0 ? s : s.substring(0, hash);
    int question = beforeFragment.indexOf('?');
    String query =
        question < 0 ? null : encodeQuery(scheme, beforeFragment.substring(question + 1));
    String pathInput = question < 0 ? beforeFragment : beforeFragment.substring(0, question);
    boolean special = isSpecial(scheme);

    if (!pathInput.isEmpty()) {
      pathState(pathInput.substring(1), scheme, segments); // after the path start state's slash
    }
    StringBuilder path = new StringBuilder();
    for (String segment : segments) {
      path.append('/').append(segment);
    }
    if (path.length() == 0 && special) {
      path.append('/');
    }
    return new WebSocketUrl(
        scheme, username, password, host, port, path.toString(), query, fragment);
  }

  /**
   * "path state" from its first code point to the end of {@code input}: '/' ends a segment, and so
   * does '\\' in a special URL; ".." removes the segment before it (#shorten-a-urls-path), "."
   * nothing; a file URL's first segment that is a Windows drive letter gets ':' ({@code C|} is
   * {@code C:}). Appends to {@code path}.
   */
  static void pathState(String input, String scheme, List<String> path) {
    boolean special = isSpecial(scheme);
    boolean file = scheme.equals("file");
    int from = 0;
    while (true) {
      int to = from;
      while (to < input.length()
          && input.charAt(to) != '/'
          && !(special && input.charAt(to) == '\\')) {
        to++;
      }
      boolean last = to == input.length();
      String buffer = input.substring(from, to);
      if (isDoubleDot(buffer)) {
        // #shorten-a-urls-path: a file URL keeps its drive letter.
        boolean drive = file && path.size() == 1 && isNormalizedDriveLetter(path.get(0));
        if (!drive && !path.isEmpty()) {
          path.remove(path.size() - 1);
        }
        if (last) {
          path.add("");
        }
      } else if (isSingleDot(buffer)) {
        if (last) {
          path.add("");
        }
      } else {
        String segment = percentEncode(buffer, PATH_SET);
        if (file && path.isEmpty() && isDriveLetter(segment)) {
          segment = segment.charAt(0) + ":";
        }
        path.add(segment);
      }
      if (last) {
        return;
      }
      from = to + 1;
    }
  }

  /** #windows-drive-letter: an ASCII alpha, then ':' or '|'. */
  private static boolean isDriveLetter(String s) {
    return s.length() == 2
        && isAsciiAlpha(s.charAt(0))
        && (s.charAt(1) == ':' || s.charAt(1) == '|');
  }

  /** #normalized-windows-drive-letter: an ASCII alpha, then ':'. */
  private static boolean isNormalizedDriveLetter(String s) {
    return s.length() == 2 && isAsciiAlpha(s.charAt(0)) && s.charAt(1) == ':';
  }

  private static List<String> splitBasePath(String path) {
    List<String> segments = new ArrayList<>();
    if (path.length() > 1 || path.equals("/")) {
      for (String segment : path.substring(1).split("/", -1)) {
        segments.add(segment);
      }
    }
    return segments;
  }

  private static boolean startsWithTwoSlashes(String s) {
    return s.length() >= 2
        && (s.charAt(0) == '/' || s.charAt(0) == '\\')
        && (s.charAt(1) == '/' || s.charAt(1) == '\\');
  }

  private static String skipSlashes(String s) {
    int i = 0;
    while (i < s.length() && (s.charAt(i) == '/' || s.charAt(i) == '\\')) {
      i++;
    }
    return s.substring(i);
  }

  static boolean isSingleDot(String segment) {
    return segment.equals(".") || segment.equalsIgnoreCase("%2e");
  }

  static boolean isDoubleDot(String segment) {
    return segment.equals("..")
        || segment.equalsIgnoreCase(".%2e")
        || segment.equalsIgnoreCase("%2e.")
        || segment.equalsIgnoreCase("%2e%2e");
  }

  // ---------------------------------------------------------------------------------------------
  // Host parsing (URL Standard #concept-host-parser) for special URLs.

  static String parseHost(String input) throws ParseException {
    if (input.startsWith("[")) {
      if (!input.endsWith("]")) {
        throw new ParseException("the URL's IPv6 host '" + input + "' has no closing bracket");
      }
      return "[" + serializeIpv6(parseIpv6(input.substring(1, input.length() - 1))) + "]";
    }
    // 4.-5. Percent-decode, then UTF-8 decode without BOM (of ASCII without '%': the input).
    boolean plain = input.indexOf('%') < 0 && isAscii(input);
    String domain = plain ? input : new String(percentDecode(input), StandardCharsets.UTF_8);
    // 6.-7. Domain to ASCII with beStrict false; failure → failure.
    String ascii = DomainToAscii.toAscii(domain);
    if (ascii == null) {
      throw new ParseException("the URL's host '" + input + "' is not a valid domain");
    }
    if (ascii.isEmpty()) {
      throw new ParseException("the URL has an empty host");
    }
    // 8. If asciiDomain contains a forbidden domain code point, failure.
    for (int i = 0; i < ascii.length(); i++) {
      char c = ascii.charAt(i);
      if (c <= 0x20 || c == 0x7F || "#%/:<>?@[\\]^|".indexOf(c) >= 0) {
        throw new ParseException(
            "the URL's host '"
                + input
                + "' contains the forbidden character '"
                + printable(c)
                + "'");
      }
    }
    // 9. If asciiDomain ends in a number, return the result of IPv4 parsing asciiDomain.
    if (endsInANumber(ascii)) {
      return serializeIpv4(parseIpv4(ascii));
    }
    return ascii;
  }

  /** #concept-opaque-host-parser. */
  static String parseOpaqueHost(String input) throws ParseException {
    if (input.startsWith("[")) {
      return parseHost(input);
    }
    for (int i = 0; i < input.length(); i++) {
      char c = input.charAt(i);
      // #forbidden-host-code-point
      if (c == 0 || c == '\t' || c == '\n' || c == '\r' || " #/:<>?@[\\]^|".indexOf(c) >= 0) {
        throw new ParseException(
            "the URL's host '"
                + input
                + "' contains the forbidden character '"
                + printable(c)
                + "'");
      }
    }
    return percentEncode(input, C0_SET);
  }

  private static String printable(char c) {
    return c < 0x20 || c == 0x7F
        ? String.format("U+%04X", (int) c)
        : c == ' ' ? "space" : String.valueOf(c);
  }

  /**
   * #ends-in-a-number-checker: the last of input's dot-separated parts (a trailing empty part
   * dropped) is all ASCII digits, or an IPv4 number in hexadecimal.
   */
  private static boolean endsInANumber(String input) {
    // 1.-3. The last part, a trailing empty one removed.
    int end = partsEnd(input);
    String last = input.substring(input.lastIndexOf('.', end - 1) + 1, end);
    // 4. Non-empty and only ASCII digits.
    boolean digits = !last.isEmpty();
    for (int i = 0; i < last.length() && digits; i++) {
      digits = last.charAt(i) >= '0' && last.charAt(i) <= '9';
    }
    // 5. Or parsing it as an IPv4 number does not fail.
    return digits || parseIpv4Number(last) >= 0;
  }

  /**
   * Where input's dot-separated parts end: before a trailing '.', whose empty last part both
   * #ends-in-a-number-checker and #concept-ipv4-parser remove (step 2 of each; of input "." the one
   * part left is empty, and neither accepts it).
   */
  private static int partsEnd(String input) {
    int end = input.length();
    return end > 0 && input.charAt(end - 1) == '.' ? end - 1 : end;
  }

  /** #concept-ipv4-parser, for input that ends in a number. */
  private static long parseIpv4(String input) throws ParseException {
    // 1.-2. Split on '.'.
    int end = partsEnd(input);
    // 3. More than four parts fail.
    int dots = 0;
    for (int i = input.indexOf('.'); i >= 0 && i < end; i = input.indexOf('.', i + 1)) {
      dots++;
    }
    if (dots > 3) {
      throw new ParseException("the URL's IPv4 host '" + input + "' has more than four parts");
    }
    // 4.-5. Each part's number; any failure fails.
    long[] numbers = new long[dots + 1];
    int count = 0;
    int from = 0;
    while (from <= end) {
      int to = input.indexOf('.', from);
      if (to < 0 || to > end) {
        to = end;
      }
      long n = parseIpv4Number(input.substring(from, to));
      if (n < 0) {
        throw new ParseException("the URL's IPv4 host '" + input + "' has an invalid part");
      }
      numbers[count++] = n;
      from = to + 1;
    }
    // 7. Every part but the last is at most 255.
    for (int i = 0; i < count - 1; i++) {
      if (numbers[i] > 255) {
        throw new ParseException("the URL's IPv4 host '" + input + "' has a part over 255");
      }
    }
    // 8.-12. The last fills the bytes the others leave.
    long last = numbers[count - 1];
    if (last >= 1L << (8 * (5 - count))) {
      throw new ParseException("the URL's IPv4 host '" + input + "' is out of range");
    }
    long ipv4 = last;
    for (int i = 0; i < count - 1; i++) {
      ipv4 += numbers[i] << (8 * (3 - i));
    }
    return ipv4;
  }

  /**
   * #ipv4-number-parser: decimal, 0x-hex or 0-octal; -1 on failure. Values past 2^40 saturate there
   * (the caller rejects them as out of range).
   */
  private static long parseIpv4Number(String input) {
    if (input.isEmpty()) {
      return -1;
    }
    int radix = 10;
    int start = 0;
    if (input.length() >= 2 && (input.startsWith("0x") || input.startsWith("0X"))) {
      radix = 16;
      start = 2;
    } else if (input.length() >= 2 && input.charAt(0) == '0') {
      radix = 8;
      start = 1;
    }
    long value = 0;
    for (int i = start; i < input.length(); i++) {
      char c = input.charAt(i);
      int d = c > 0x7F ? -1 : Character.digit(c, radix);
      if (d < 0) {
        return -1;
      }
      value = Math.min(value * radix + d, 0xFFFFFFFFL * 256);
    }
    return value;
  }

  private static String serializeIpv4(long address) {
    return ((address >> 24) & 0xFF)
        + "."
        + ((address >> 16) & 0xFF)
        + "."
        + ((address >> 8) & 0xFF)
        + "."
        + (address & 0xFF);
  }

  /** IPv6 parser (URL Standard #concept-ipv6-parser). */
  private static int[] parseIpv6(String input) throws ParseException {
    int[] address = new int[8];
    int pieceIndex = 0;
    int compress = -1;
    int p = 0;
    int n = input.length();
    String bad = "the URL's IPv6 host '[" + input + "]' is invalid";
    if (p < n && input.charAt(p) == ':') {
      if (p + 1 >= n || input.charAt(p + 1) != ':') {
        throw new ParseException(bad);
      }
      p += 2;
      pieceIndex++;
      compress = pieceIndex;
    }
    while (p < n) {
      if (pieceIndex == 8) {
        throw new ParseException(bad);
      }
      if (input.charAt(p) == ':') {
        if (compress != -1) {
          throw new ParseException(bad);
        }
        p++;
        pieceIndex++;
        compress = pieceIndex;
        continue;
      }
      int value = 0;
      int length = 0;
      while (length < 4
          && p < n
          && Character.digit(input.charAt(p), 16) >= 0
          && input.charAt(p) < 0x80) {
        value = value * 16 + Character.digit(input.charAt(p), 16);
        p++;
        length++;
      }
      if (p < n && input.charAt(p) == '.') {
        // IPv4 in IPv6.
        if (length == 0) {
          throw new ParseException(bad);
        }
        p -= length;
        if (pieceIndex > 6) {
          throw new ParseException(bad);
        }
        int numbersSeen = 0;
        while (p < n) {
          int ipv4Piece = -1;
          if (numbersSeen > 0) {
            if (input.charAt(p) == '.' && numbersSeen < 4) {
              p++;
            } else {
              throw new ParseException(bad);
            }
          }
          if (p >= n || input.charAt(p) < '0' || input.charAt(p) > '9') {
            throw new ParseException(bad);
          }
          while (p < n && input.charAt(p) >= '0' && input.charAt(p) <= '9') {
            int number = input.charAt(p) - '0';
            if (ipv4Piece == -1) {
              ipv4Piece = number;
            } else if (ipv4Piece == 0) {
              throw new ParseException(bad);
            } else {
              ipv4Piece = ipv4Piece * 10 + number;
            }
            if (ipv4Piece > 255) {
              throw new ParseException(bad);
            }
            p++;
          }
          address[pieceIndex] = address[pieceIndex] * 0x100 + ipv4Piece;
          numbersSeen++;
          if (numbersSeen == 2 || numbersSeen == 4) {
            pieceIndex++;
          }
        }
        if (numbersSeen != 4) {
          throw new ParseException(bad);
        }
        break;
      } else if (p < n && input.charAt(p) == ':') {
        p++;
        if (p >= n) {
          throw new ParseException(bad);
        }
      } else if (p < n) {
        throw new ParseException(bad);
      }
      address[pieceIndex] = value;
      pieceIndex++;
    }
    if (compress != -1) {
      int swaps = pieceIndex - compress;
      pieceIndex = 7;
      while (pieceIndex != 0 && swaps > 0) {
        int tmp = address[pieceIndex];
        address[pieceIndex] = address[compress + swaps - 1];
        address[compress + swaps - 1] = tmp;
        pieceIndex--;
        swaps--;
      }
    } else if (pieceIndex != 8) {
      throw new ParseException(bad);
    }
    return address;
  }

  /**
   * IPv6 serializer (URL Standard #concept-ipv6-serializer): compress the first longest run of two
   * or more zeros.
   */
  private static String serializeIpv6(int[] address) {
    int compress = -1;
    int bestLength = 1;
    for (int i = 0; i < 8; ) {
      if (address[i] == 0) {
        int j = i;
        while (j < 8 && address[j] == 0) {
          j++;
        }
        if (j - i > bestLength) {
          bestLength = j - i;
          compress = i;
        }
        i = j;
      } else {
        i++;
      }
    }
    StringBuilder sb = new StringBuilder();
    boolean ignore0 = false;
    for (int i = 0; i < 8; i++) {
      if (ignore0 && address[i] == 0) {
        continue;
      }
      ignore0 = false;
      if (compress == i) {
        sb.append(i == 0 ? "::" : ":");
        ignore0 = true;
        continue;
      }
      sb.append(Integer.toHexString(address[i]));
      if (i != 7) {
        sb.append(':');
      }
    }
    return sb.toString();
  }

  // ---------------------------------------------------------------------------------------------
  // Percent-encoding (URL Standard #percent-encoded-bytes).

  static final int QUERY_SET = 1;
  static final int SPECIAL_QUERY_SET = 2;
  static final int PATH_SET = 3;
  static final int USERINFO_SET = 4;
  static final int C0_SET = 5;
  static final int FRAGMENT_SET = 6;

  private static boolean inSet(int c, int set) {
    if (c < 0x20 || c > 0x7E) {
      return true; // C0 controls and everything above U+007E
    }
    boolean query = c == ' ' || c == '"' || c == '#' || c == '<' || c == '>';
    switch (set) {
      case C0_SET:
        return false;
      case FRAGMENT_SET:
        return c == ' ' || c == '"' || c == '<' || c == '>' || c == '`';
      case QUERY_SET:
        return query;
      case SPECIAL_QUERY_SET:
        return query || c == '\'';
      case PATH_SET:
        return query || c == '?' || c == '^' || c == '`' || c == '{' || c == '}';
      default: // userinfo
        return query
            || c == '?'
            || c == '^'
            || c == '`'
            || c == '{'
            || c == '}'
            || c == '/'
            || c == ':'
            || c == ';'
            || c == '='
            || c == '@'
            || (c >= '[' && c <= ']')
            || c == '|';
    }
  }

  static String encodeQuery(String scheme, String query) {
    return percentEncode(query, isSpecial(scheme) ? SPECIAL_QUERY_SET : QUERY_SET);
  }

  static String percentEncode(String input, int set) {
    StringBuilder sb = null;
    for (int i = 0; i < input.length(); i++) {
      char c = input.charAt(i);
      if (c < 0x80 && !inSet(c, set)) {
        if (sb != null) {
          sb.append(c);
        }
        continue;
      }
      if (sb == null) {
        sb = new StringBuilder(input.length() + 16).append(input, 0, i);
      }
      int end =
          Character.isHighSurrogate(c)
                  && i + 1 < input.length()
                  && Character.isLowSurrogate(input.charAt(i + 1))
              ? i + 2
              : i + 1;
      for (byte b : Utf8.encode(input.substring(i, end))) {
        sb.append('%')
            .append(Character.toUpperCase(Character.forDigit((b >> 4) & 0xF, 16)))
            .append(Character.toUpperCase(Character.forDigit(b & 0xF, 16)));
      }
      i = end - 1;
    }
    return sb == null ? input : sb.toString();
  }

  /** URL Standard #string-percent-decode: the UTF-8 bytes of input, percent-decoded. */
  static byte[] percentDecode(String input) {
    byte[] bytes = Utf8.encode(input);
    ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length);
    for (int i = 0; i < bytes.length; i++) {
      byte b = bytes[i];
      if (b == '%'
          && i + 2 < bytes.length
          && Character.digit(bytes[i + 1], 16) >= 0
          && Character.digit(bytes[i + 2], 16) >= 0) {
        out.write(Character.digit(bytes[i + 1], 16) * 16 + Character.digit(bytes[i + 2], 16));
        i += 2;
      } else {
        out.write(b);
      }
    }
    return out.toByteArray();
  }

  private static boolean isAscii(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }

  static boolean isAsciiAlpha(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  static boolean isAsciiAlphanumeric(char c) {
    return isAsciiAlpha(c) || (c >= '0' && c <= '9');
  }
}
