package io.w3socket.engine;

import java.util.Set;

/** HTML #valid-custom-element-name: the names a custom element may have. */
final class CustomElementNames {
  /** The hyphenated names SVG and MathML already use. */
  private static final Set<String> RESERVED =
      Set.of(
          "annotation-xml",
          "color-profile",
          "font-face",
          "font-face-src",
          "font-face-uri",
          "font-face-format",
          "font-face-name",
          "missing-glyph");

  private CustomElementNames() {}

  /** A PotentialCustomElementName ([a-z] (PCENChar)* '-' (PCENChar)*) that is not reserved. */
  static boolean isValid(String name) {
    if (name.isEmpty() || name.charAt(0) < 'a' || name.charAt(0) > 'z' || RESERVED.contains(name)) {
      return false;
    }
    boolean hyphen = false;
    for (int i = 1; i < name.length(); ) {
      int c = name.codePointAt(i);
      if (!isPcenChar(c)) {
        return false;
      }
      hyphen |= c == '-';
      i += Character.charCount(c);
    }
    return hyphen;
  }

  private static boolean isPcenChar(int c) {
    return c == '-'
        || c == '.'
        || (c >= '0' && c <= '9')
        || c == '_'
        || (c >= 'a' && c <= 'z')
        || c == 0xB7
        || (c >= 0xC0 && c <= 0xD6)
        || (c >= 0xD8 && c <= 0xF6)
        || (c >= 0xF8 && c <= 0x37D)
        || (c >= 0x37F && c <= 0x1FFF)
        || (c >= 0x200C && c <= 0x200D)
        || (c >= 0x203F && c <= 0x2040)
        || (c >= 0x2070 && c <= 0x218F)
        || (c >= 0x2C00 && c <= 0x2FEF)
        || (c >= 0x3001 && c <= 0xD7FF)
        || (c >= 0xF900 && c <= 0xFDCF)
        || (c >= 0xFDF0 && c <= 0xFFFD)
        || (c >= 0x10000 && c <= 0xEFFFF);
  }
}
