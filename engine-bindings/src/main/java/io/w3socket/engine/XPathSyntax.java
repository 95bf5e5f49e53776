package io.w3socket.engine;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An XPath 1.0 expression read into its tokens (W3C XPath 1.0 #exprlex) before the JDK's engine
 * compiles it, for what Chromium does with an expression over an HTML document that the engine
 * would do otherwise:
 *
 * <ul>
 *   <li>A name test without a prefix on an axis whose principal node type is element matches the
 *       elements in the HTML namespace by their local name, ignoring ASCII case, and no other
 *       element (DOM #interface-xpathevaluatorbase's note; HTML #interactions-with-xpath-and-xslt):
 *       it becomes a test of a prefix of its own bound to the HTML namespace, the name lowercased.
 *       A prefixed name test whose prefix the resolver bound to the HTML namespace is lowercased
 *       too, as Chromium compares those ignoring case.
 *   <li>A name test without a prefix on the attribute axis matches an attribute of no namespace by
 *       its whole name, as Chromium's: the engine would take the part after a colon ("hx-on:click"
 *       is a "click" to it). One holding an ASCII upper-case letter matches an HTML element's
 *       attribute of the lowercased name too.
 *   <li>The namespace axis selects nothing (Chromium has no namespace nodes).
 *   <li>Outside a predicate, last() and position() are 1: the context size and position of the
 *       evaluation, which the engine leaves unset.
 *   <li>An absolute location path may start from a node the caller gives as a relative path: the
 *       engine's "/" selects a document or fragment only ({@link #rewrite}).
 *   <li>Only the core function library (XPath 1.0 #corelib) may be called: any other function name,
 *       the engine's extras (system-property, ...) and every prefixed (extension) function among
 *       them, is a syntax error, as in Chromium. No script reaches the host through a function.
 * </ul>
 *
 * Immutable.
 */
final class XPathSyntax {
  /** XPath 1.0 #corelib: the functions Chromium's XPath has. */
  private static final Set<String> FUNCTIONS =
      Set.of(
          "last",
          "position",
          "count",
          "id",
          "local-name",
          "namespace-uri",
          "name",
          "string",
          "concat",
          "starts-with",
          "contains",
          "substring-before",
          "substring-after",
          "substring",
          "string-length",
          "normalize-space",
          "translate",
          "boolean",
          "not",
          "true",
          "false",
          "lang",
          "number",
          "sum",
          "floor",
          "ceiling",
          "round");

  /** XPath 1.0 #NT-NodeType. */
  private static final Set<String> NODE_TYPES =
      Set.of("comment", "text", "processing-instruction", "node");

  /** XPath 1.0 #NT-AxisName. */
  private static final Set<String> AXES =
      Set.of(
          "ancestor",
          "ancestor-or-self",
          "attribute",
          "child",
          "descendant",
          "descendant-or-self",
          "following",
          "following-sibling",
          "namespace",
          "parent",
          "preceding",
          "preceding-sibling",
          "self");

  /** The punctuation after which #exprlex reads an operand. */
  private static final Set<String> BEFORE_OPERAND = Set.of("@", "::", "(", "[", ",");

  /** XPath 1.0 #NT-OperatorName. */
  private static final Set<String> OPERATOR_NAMES = Set.of("and", "or", "mod", "div");

  /** What the expression is not: the caller's SyntaxError. */
  static final class Invalid extends Exception {
    private static final long serialVersionUID = 1L;

    Invalid() {
      super(null, null, false, false);
    }
  }

  private enum Kind {
    /** ( ) [ ] . .. @ , :: */
    PUNCTUATION,
    NAME_TEST,
    NODE_TYPE,
    /** An Operator, OperatorName and MultiplyOperator included. */
    OPERATOR,
    /** "/" or "//" where an operand begins: the start of an absolute location path. */
    ROOT,
    FUNCTION_NAME,
    AXIS_NAME,
    LITERAL,
    NUMBER,
    VARIABLE
  }

  /**
   * A token: its text at [start, end) of the expression; a name's prefix (or null) and local part.
   */
  private record Token(Kind kind, int start, int end, String prefix, String local) {
    boolean is(Kind k, String text) {
      return kind == k && text.equals(local);
    }
  }

  private final String expression;
  private final List<Token> tokens;
  private final List<String> prefixes;

  private XPathSyntax(String expression, List<Token> tokens, List<String> prefixes) {
    this.expression = expression;
    this.tokens = tokens;
    this.prefixes = prefixes;
  }

  /** The expression's tokens, or Invalid where the lexical structure (#exprlex) has none. */
  static XPathSyntax read(String s) throws Invalid {
    List<Token> tokens = new ArrayList<>();
    List<String> prefixes = new ArrayList<>();
    int n = s.length();
    int i = skipSpace(s, 0);
    while (i < n) {
      char c = s.charAt(i);
      Token t;
      if ("()[],@".indexOf(c) >= 0) {
        t = token(Kind.PUNCTUATION, s, i, i + 1);
      } else if ("|+-=".indexOf(c) >= 0) {
        t = token(Kind.OPERATOR, s, i, i + 1);
      } else if (c == '!' || c == '<' || c == '>') {
        boolean equals = i + 1 < n && s.charAt(i + 1) == '=';
        if (c == '!' && !equals) {
          throw new Invalid();
        }
        t = token(Kind.OPERATOR, s, i, equals ? i + 2 : i + 1);
      } else if (c == '/') {
        Kind k = operandNext(tokens) ? Kind.ROOT : Kind.OPERATOR;
        t = token(k, s, i, s.startsWith("//", i) ? i + 2 : i + 1);
      } else if (c == ':') {
        if (!s.startsWith("::", i)) {
          throw new Invalid();
        }
        t = token(Kind.PUNCTUATION, s, i, i + 2);
      } else if (c == '.' && i + 1 < n && isDigit(s.charAt(i + 1))) {
        t = token(Kind.NUMBER, s, i, digitsEnd(s, i + 1));
      } else if (c == '.') {
        t = token(Kind.PUNCTUATION, s, i, s.startsWith("..", i) ? i + 2 : i + 1);
      } else if (isDigit(c)) {
        int end = digitsEnd(s, i);
        if (end < n && s.charAt(end) == '.') {
          end = digitsEnd(s, end + 1);
        }
        t = token(Kind.NUMBER, s, i, end);
      } else if (c == '"' || c == '\'') {
        int close = s.indexOf(c, i + 1);
        if (close < 0) {
          throw new Invalid();
        }
        t = token(Kind.LITERAL, s, i, close + 1);
      } else if (c == '$') {
        t = qualifiedName(Kind.VARIABLE, s, i + 1, i);
        if (t.prefix != null) {
          throw new Invalid(); // Chromium's variables have no prefix
        }
      } else if (c == '*') {
        // #exprlex: after a token that is not one of these, * is the MultiplyOperator.
        t = token(operandNext(tokens) ? Kind.NAME_TEST : Kind.OPERATOR, s, i, i + 1);
      } else if (isNameStart(c)) {
        t = name(s, i, tokens);
        if (t.kind == Kind.NAME_TEST && t.prefix != null) {
          prefixes.add(t.prefix);
        }
      } else {
        throw new Invalid();
      }
      tokens.add(t);
      i = skipSpace(s, t.end);
    }
    return new XPathSyntax(s, List.copyOf(tokens), Collections.unmodifiableList(prefixes));
  }

  /**
   * #exprlex's first rule: whether the token read next is an operand (a NameTest, not an operator),
   * which it is at the start and after @, ::, (, [, "," and an Operator.
   */
  private static boolean operandNext(List<Token> tokens) {
    if (tokens.isEmpty()) {
      return true;
    }
    Token p = tokens.get(tokens.size() - 1);
    return p.kind == Kind.OPERATOR
        || p.kind == Kind.ROOT
        || (p.kind == Kind.PUNCTUATION && BEFORE_OPERAND.contains(p.local));
  }

  /**
   * An NCName at {@code i} and what #exprlex makes of it: an OperatorName after an operand; a
   * NodeType or FunctionName before "("; an AxisName before "::"; else a NameTest (a QName or
   * NCName:* one with a prefix).
   */
  private static Token name(String s, int i, List<Token> tokens) throws Invalid {
    int end = nameEnd(s, i);
    String name = s.substring(i, end);
    if (!operandNext(tokens)) {
      if (!OPERATOR_NAMES.contains(name)) {
        throw new Invalid();
      }
      return new Token(Kind.OPERATOR, i, end, null, name);
    }
    int n = s.length();
    if (end + 1 < n && s.charAt(end) == ':' && s.charAt(end + 1) != ':') {
      Token q = qualifiedName(Kind.NAME_TEST, s, i, i);
      int next = skipSpace(s, q.end);
      if (next < n && s.charAt(next) == '(') {
        throw new Invalid(); // a prefixed function: none is in the library
      }
      return q;
    }
    int next = skipSpace(s, end);
    if (next < n && s.charAt(next) == '(') {
      if (NODE_TYPES.contains(name)) {
        return new Token(Kind.NODE_TYPE, i, end, null, name);
      }
      if (!FUNCTIONS.contains(name)) {
        throw new Invalid();
      }
      return new Token(Kind.FUNCTION_NAME, i, end, null, name);
    }
    if (s.startsWith("::", next)) {
      if (!AXES.contains(name)) {
        throw new Invalid();
      }
      return new Token(Kind.AXIS_NAME, i, end, null, name);
    }
    return new Token(Kind.NAME_TEST, i, end, null, name);
  }

  /** A QName at {@code from} (or, for a name test, NCName:*); the token starts at {@code start}. */
  private static Token qualifiedName(Kind kind, String s, int from, int start) throws Invalid {
    if (from >= s.length() || !isNameStart(s.charAt(from))) {
      throw new Invalid();
    }
    int end = nameEnd(s, from);
    if (end + 1 < s.length() && s.charAt(end) == ':' && s.charAt(end + 1) != ':') {
      String prefix = s.substring(from, end);
      int local = end + 1;
      if (kind == Kind.NAME_TEST && s.charAt(local) == '*') {
        return new Token(kind, start, local + 1, prefix, "*");
      }
      if (!isNameStart(s.charAt(local))) {
        throw new Invalid();
      }
      int localEnd = nameEnd(s, local);
      return new Token(kind, start, localEnd, prefix, s.substring(local, localEnd));
    }
    return new Token(kind, start, end, null, s.substring(from, end));
  }

  private static Token token(Kind kind, String s, int start, int end) {
    return new Token(kind, start, end, null, s.substring(start, end));
  }

  /** The namespace prefixes the expression uses, each time it uses one, in order. */
  List<String> prefixes() {
    return prefixes;
  }

  /** A prefix the expression does not use, starting with {@code base}. */
  String unusedPrefix(String base) {
    String p = base;
    for (int i = 1; prefixes.contains(p); i++) {
      p = base + i;
    }
    return p;
  }

  /**
   * The expression for the JDK's engine (see the class comment): unprefixed element name tests in
   * {@code htmlPrefix}, bound to the HTML namespace; {@code bindings} are the resolver's. With a
   * {@code root} (a relative location path), an absolute location path starts from the node it
   * selects instead of the engine's "/", which selects a document or fragment only, where
   * Chromium's selects the root of the context node's tree whatever it is (XPathEngine).
   */
  String rewrite(String htmlPrefix, Map<String, String> bindings, String root) {
    StringBuilder out = new StringBuilder(expression.length() + 16);
    int copied = 0;
    int predicates = 0;
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      String replacement = null;
      int last = i;
      if (t.is(Kind.PUNCTUATION, "[")) {
        predicates++;
      } else if (t.is(Kind.PUNCTUATION, "]")) {
        predicates--;
      } else if (t.kind == Kind.FUNCTION_NAME
          && predicates == 0
          && (t.local.equals("last") || t.local.equals("position"))
          && i + 2 < tokens.size()
          && tokens.get(i + 2).is(Kind.PUNCTUATION, ")")) {
        // DOM Level 3 XPath's evaluation context, as Chromium's: position and size 1 (the engine
        // has none outside a predicate).
        replacement = "1";
        last = i + 2;
      } else if (t.kind == Kind.AXIS_NAME && t.local.equals("namespace")) {
        last = nodeTestEnd(i + 1);
        if (last > i) {
          // Chromium's namespace axis is empty: the step selects nothing.
          replacement = "self::node()[false()]";
        }
      } else if (t.kind == Kind.NAME_TEST && !t.local.equals("*")) {
        replacement = nameTest(t, axisOf(i), htmlPrefix, bindings);
      } else if (t.kind == Kind.ROOT && root != null) {
        replacement = root + (t.local.equals("//") ? "//" : stepFollows(i + 1) ? "/" : "");
      }
      if (replacement != null) {
        out.append(expression, copied, t.start).append(replacement);
        copied = tokens.get(last).end;
        i = last;
      }
    }
    return out.append(expression, copied, expression.length()).toString();
  }

  /** A name test's text for the engine, or null to keep it as it is. */
  private static String nameTest(
      Token t, String axis, String htmlPrefix, Map<String, String> bindings) {
    if (axis.equals("attribute")) {
      if (t.prefix != null) {
        return null;
      }
      // Chromium finds an attribute of no namespace by its whole name ("click" is not
      // "hx-on:click", which is the engine's local name "click"), lowercased on an HTML element.
      String lower = asciiLowercase(t.local);
      return lower.equals(t.local)
          ? "*[name()='" + t.local + "']"
          : "*[name()='"
              + t.local
              + "' or name()='"
              + lower
              + "' and namespace-uri(..)='"
              + Namespaces.HTML
              + "']";
    }
    if (t.prefix == null) {
      return htmlPrefix + ":" + asciiLowercase(t.local);
    }
    if (Namespaces.HTML.equals(bindings.get(t.prefix))) {
      return t.prefix + ":" + asciiLowercase(t.local);
    }
    return null;
  }

  /** Whether token {@code i} begins a step (XPath 1.0 #NT-Step). */
  private boolean stepFollows(int i) {
    if (i >= tokens.size()) {
      return false;
    }
    Token t = tokens.get(i);
    return t.kind == Kind.NAME_TEST
        || t.kind == Kind.NODE_TYPE
        || t.kind == Kind.AXIS_NAME
        || t.is(Kind.PUNCTUATION, ".")
        || t.is(Kind.PUNCTUATION, "..")
        || t.is(Kind.PUNCTUATION, "@");
  }

  /** The axis of the step whose node test is token {@code i} (child when abbreviated). */
  private String axisOf(int i) {
    if (i > 0 && tokens.get(i - 1).is(Kind.PUNCTUATION, "@")) {
      return "attribute";
    }
    if (i > 1
        && tokens.get(i - 1).is(Kind.PUNCTUATION, "::")
        && tokens.get(i - 2).kind == Kind.AXIS_NAME) {
      return tokens.get(i - 2).local;
    }
    return "child";
  }

  /**
   * The last token of the node test after the "::" at {@code colons}, or -1 when it is not one: a
   * NameTest, or a NodeType with its parentheses (and a literal inside).
   */
  private int nodeTestEnd(int colons) {
    int test = colons + 1;
    if (test >= tokens.size() || !tokens.get(colons).is(Kind.PUNCTUATION, "::")) {
      return -1;
    }
    Token t = tokens.get(test);
    if (t.kind == Kind.NAME_TEST) {
      return test;
    }
    if (t.kind != Kind.NODE_TYPE || test + 2 >= tokens.size()) {
      return -1;
    }
    int close = tokens.get(test + 2).kind == Kind.LITERAL ? test + 3 : test + 2;
    return close < tokens.size() && tokens.get(close).is(Kind.PUNCTUATION, ")") ? close : -1;
  }

  /** Infra #ascii-lowercase. */
  private static String asciiLowercase(String s) {
    StringBuilder b = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= 'A' && c <= 'Z') {
        if (b == null) {
          b = new StringBuilder(s);
        }
        b.setCharAt(i, (char) (c + ('a' - 'A')));
      }
    }
    return b == null ? s : b.toString();
  }

  /** #NT-ExprWhitespace: space, tab, CR, LF. */
  private static int skipSpace(String s, int i) {
    while (i < s.length() && " \t\r\n".indexOf(s.charAt(i)) >= 0) {
      i++;
    }
    return i;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static int digitsEnd(String s, int i) {
    while (i < s.length() && isDigit(s.charAt(i))) {
      i++;
    }
    return i;
  }

  /** XML Names #NT-NCName's first character (letters and "_"; the engine checks the rest). */
  private static boolean isNameStart(char c) {
    return c == '_' || Character.isLetter(c) || Character.isSurrogate(c);
  }

  private static boolean isNameChar(char c) {
    if (isNameStart(c) || isDigit(c) || c == '-' || c == '.' || c == '\u00B7') {
      return true;
    }
    int type = Character.getType(c);
    return Character.isDigit(c)
        || type == Character.NON_SPACING_MARK
        || type == Character.COMBINING_SPACING_MARK
        || type == Character.ENCLOSING_MARK
        || type == Character.MODIFIER_LETTER;
  }

  private static int nameEnd(String s, int i) {
    i++;
    while (i < s.length() && isNameChar(s.charAt(i))) {
      i++;
    }
    return i;
  }
}
