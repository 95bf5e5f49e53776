package io.w3socket;

import java.net.IDN;
import java.util.Locale;

/**
 * URL Standard #concept-domain-to-ascii with beStrict false, the step of the host parser that turns
 * {@code Faß.de} into {@code xn--fa-hia.de}: UTS #46 ToASCII, nontransitional, with CheckBidi and
 * CheckJoiners and without CheckHyphens, UseSTD3ASCIIRules or VerifyDnsLength — as browsers do it.
 * UTS #46 needs Unicode's IDNA tables, so it runs on ICU4J ({@code com.ibm.icu:icu4j}, an optional
 * dependency of the api; engine-bindings brings it) when it is on the class path; without it, on
 * {@link IDN java.net.IDN}, which implements IDNA 2003 instead: the same for most names, but {@code
 * ß} and {@code ς} map to {@code ss} and {@code σ}, the joiners U+200C and U+200D are dropped
 * rather than checked, labels starting with {@code xn--} are not checked, and characters assigned
 * after Unicode 3.2 are let through unmapped.
 */
final class DomainToAscii {
  private DomainToAscii() {}

  /** Whether ICU4J is on the class path: looked for once, by the first name that needs it. */
  static boolean uts46() {
    return Presence.ICU;
  }

  private static final class Presence {
    static final boolean ICU = icuPresent();

    private static boolean icuPresent() {
      try {
        Class.forName("com.ibm.icu.text.IDNA", false, DomainToAscii.class.getClassLoader());
        return true;
      } catch (ClassNotFoundException | LinkageError e) {
        return false;
      }
    }
  }

  /**
   * The ASCII form of {@code domain} (percent-decoded and UTF-8 decoded already), or null where the
   * URL Standard returns failure.
   */
  static String toAscii(String domain) {
    // Step 1: an ASCII domain none of whose labels starts with "xn--" is only lowercased.
    if (isAscii(domain) && !hasAceLabel(domain)) {
      return domain.toLowerCase(Locale.ROOT);
    }
    // Steps 2-3: UTS #46 ToASCII; an error is failure.
    String result = uts46() ? Icu.toAscii(domain) : idna2003(domain);
    // Step 4: an empty result is failure.
    return result == null || result.isEmpty() ? null : result;
  }

  /** java.net.IDN, for a class path without ICU4J. Package-private for its test. */
  static String idna2003(String domain) {
    try {
      return IDN.toASCII(domain, IDN.ALLOW_UNASSIGNED).toLowerCase(Locale.ROOT);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static boolean isAscii(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }

  /** A label (split on '.') starts with an ASCII case-insensitive "xn--". */
  private static boolean hasAceLabel(String domain) {
    for (int start = 0; start <= domain.length(); ) {
      if (domain.regionMatches(true, start, "xn--", 0, 4)) {
        return true;
      }
      int dot = domain.indexOf('.', start);
      if (dot < 0) {
        return false;
      }
      start = dot + 1;
    }
    return false;
  }

  /** ICU4J's UTS #46; loaded only when ICU4J is present. */
  private static final class Icu {
    private static final com.ibm.icu.text.IDNA NONTRANSITIONAL =
        com.ibm.icu.text.IDNA.getUTS46Instance(
            com.ibm.icu.text.IDNA.NONTRANSITIONAL_TO_ASCII
                | com.ibm.icu.text.IDNA.CHECK_BIDI
                | com.ibm.icu.text.IDNA.CHECK_CONTEXTJ);

    /** The errors beStrict false lets pass: CheckHyphens and VerifyDnsLength are false. */
    private static final java.util.Set<com.ibm.icu.text.IDNA.Error> ALLOWED =
        java.util.EnumSet.of(
            com.ibm.icu.text.IDNA.Error.EMPTY_LABEL,
            com.ibm.icu.text.IDNA.Error.LABEL_TOO_LONG,
            com.ibm.icu.text.IDNA.Error.DOMAIN_NAME_TOO_LONG,
            com.ibm.icu.text.IDNA.Error.LEADING_HYPHEN,
            com.ibm.icu.text.IDNA.Error.TRAILING_HYPHEN,
            com.ibm.icu.text.IDNA.Error.HYPHEN_3_4);

    static String toAscii(String domain) {
      com.ibm.icu.text.IDNA.Info info = new com.ibm.icu.text.IDNA.Info();
      StringBuilder out = NONTRANSITIONAL.nameToASCII(domain, new StringBuilder(), info);
      for (com.ibm.icu.text.IDNA.Error e : info.getErrors()) {
        if (!ALLOWED.contains(e)) {
          return null;
        }
      }
      return out.toString();
    }
  }
}
