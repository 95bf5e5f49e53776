package io.w3socket.engine;

import io.w3socket.WhatwgUrl;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * A page's import map (HTML #import-maps): the specifier maps of its {@code importmap} scripts,
 * normalized, sorted and merged, and #resolve-a-module-specifier with them. The shim's {@code
 * import-map.js} parses the JSON and checks its shape; the entries come here as strings. Warnings
 * (ignored entries) carry Chromium 156's wording. Used on the loop thread only.
 */
final class ImportMap {
  /**
   * Specifier maps are in descending code unit order (#sort-and-normalize-a-module-specifier-map).
   */
  private static final Comparator<String> DESCENDING = Comparator.reverseOrder();

  private static final Set<String> SPECIAL =
      Set.of("ftp:", "file:", "http:", "https:", "ws:", "wss:");

  /** Normalized specifier key to URL, or to null (a blocked specifier). */
  private final TreeMap<String, String> imports = new TreeMap<>(DESCENDING);

  /** Normalized scope prefix to its specifier map. */
  private final TreeMap<String, TreeMap<String, String>> scopes = new TreeMap<>(DESCENDING);

  /**
   * #register-an-import-map: merges a parsed import map into this one
   * (#merge-existing-and-new-import-maps: a rule for a specifier already mapped is dropped); the
   * warnings for the console.
   *
   * @param entries four strings an entry: {@code imports} or {@code scope}, the scope's prefix
   *     (else empty), the specifier key, and {@code s} and the address, or {@code x} for a value
   *     that is not a string
   * @param baseUrl the importmap script's base URL
   * @return the console warnings, in order
   */
  List<String> merge(List<String> entries, String baseUrl) {
    List<String> warnings = new ArrayList<>();
    TreeMap<String, String> newImports = new TreeMap<>(DESCENDING);
    TreeMap<String, TreeMap<String, String>> newScopes = new TreeMap<>(DESCENDING);
    for (int i = 0; i + 3 < entries.size(); i += 4) {
      TreeMap<String, String> map = newImports;
      if (entries.get(i).equals("scope")) {
        String prefix = entries.get(i + 1);
        String normalizedPrefix;
        try {
          normalizedPrefix = WhatwgUrl.parse(prefix, baseUrl).href();
        } catch (IllegalArgumentException e) {
          warnings.add("Ignored an import map scope of \"" + prefix + "\": Invalid URL.");
          continue;
        }
        map = newScopes.computeIfAbsent(normalizedPrefix, p -> new TreeMap<>(DESCENDING));
      }
      normalizeEntry(map, entries.get(i + 2), entries.get(i + 3), baseUrl, warnings);
    }
    for (Map.Entry<String, TreeMap<String, String>> scope : newScopes.entrySet()) {
      TreeMap<String, String> existing = scopes.get(scope.getKey());
      if (existing == null) {
        scopes.put(scope.getKey(), scope.getValue());
      } else {
        mergeRules(existing, scope.getValue(), warnings);
      }
    }
    mergeRules(imports, newImports, warnings);
    return warnings;
  }

  /** #sort-and-normalize-a-module-specifier-map, one entry. */
  private static void normalizeEntry(
      TreeMap<String, String> map,
      String specifierKey,
      String value,
      String baseUrl,
      List<String> warnings) {
    // #normalizing-a-specifier-key
    if (specifierKey.isEmpty()) {
      warnings.add("Ignored an import map key \"\": specifier keys cannot be the empty string.");
      return;
    }
    String asUrl = urlLike(specifierKey, baseUrl);
    String key = asUrl != null ? asUrl : specifierKey;
    // A value that is not a string, or no URL, or no directory's for a prefix: a blocked key.
    String text = value.substring(1);
    String address = value.startsWith("s") ? urlLike(text, baseUrl) : null;
    String problem =
        !value.startsWith("s")
            ? "Invalid value type."
            : address == null
                ? "Invalid URL: " + text
                : specifierKey.endsWith("/") && !address.endsWith("/")
                    ? "Since specifierKey ended in a slash, so must the address: " + text
                    : null;
    if (problem != null) {
      warnings.add("Ignored an import map value of \"" + specifierKey + "\": " + problem);
    }
    map.put(key, problem == null ? address : null);
  }

  private static void mergeRules(
      TreeMap<String, String> existing, TreeMap<String, String> added, List<String> warnings) {
    for (Map.Entry<String, String> rule : added.entrySet()) {
      if (existing.containsKey(rule.getKey())) {
        warnings.add(
            "An import map rule for specifier '"
                + rule.getKey()
                + "' was removed, as it conflicted with an existing rule.");
      } else {
        existing.put(rule.getKey(), rule.getValue());
      }
    }
  }

  /**
   * #resolve-a-module-specifier.
   *
   * @param specifier the import's text
   * @param baseUrl the referring script's base URL (a module's URL, else the document's)
   * @return the URL
   * @throws IOException with the TypeError's message, where it resolves to nothing
   */
  String resolve(String specifier, String baseUrl) throws IOException {
    String asUrl = urlLike(specifier, baseUrl);
    String normalized = asUrl != null ? asUrl : specifier;
    for (Map.Entry<String, TreeMap<String, String>> scope : scopes.entrySet()) {
      String prefix = scope.getKey();
      if (prefix.equals(baseUrl) || (prefix.endsWith("/") && baseUrl.startsWith(prefix))) {
        String match = importsMatch(normalized, asUrl, scope.getValue());
        if (match != null) {
          return match;
        }
      }
    }
    String match = importsMatch(normalized, asUrl, imports);
    if (match != null) {
      return match;
    }
    if (asUrl != null) {
      return asUrl;
    }
    throw new IOException(
        "Failed to resolve module specifier \""
            + specifier
            + "\". Relative references must start with either \"/\", \"./\", or \"../\".");
  }

  /** #resolving-an-imports-match. */
  private static String importsMatch(
      String normalized, String asUrl, TreeMap<String, String> specifierMap) throws IOException {
    for (Map.Entry<String, String> rule : specifierMap.entrySet()) {
      String key = rule.getKey();
      String result = rule.getValue();
      if (key.equals(normalized)) {
        if (result == null) {
          throw new IOException(
              "Failed to resolve module specifier \""
                  + normalized
                  + "\": its import map entry is null (blocked).");
        }
        return result;
      }
      if (key.endsWith("/")
          && normalized.startsWith(key)
          && (asUrl == null || SPECIAL.contains(WhatwgUrl.parse(asUrl, null).protocol()))) {
        if (result == null) {
          throw new IOException(
              "Failed to resolve module specifier \""
                  + normalized
                  + "\": its import map entry \""
                  + key
                  + "\" is null (blocked).");
        }
        String url;
        try {
          url = WhatwgUrl.parse(normalized.substring(key.length()), result).href();
        } catch (IllegalArgumentException e) {
          throw new IOException(
              "Failed to resolve module specifier \""
                  + normalized
                  + "\": not a URL under \""
                  + result
                  + "\".");
        }
        if (!url.startsWith(result)) {
          throw new IOException(
              "Failed to resolve module specifier \""
                  + normalized
                  + "\": it backtracks above its prefix \""
                  + key
                  + "\".");
        }
        return url;
      }
    }
    return null;
  }

  /** #resolving-a-url-like-module-specifier: the URL, or null for a bare specifier. */
  static String urlLike(String specifier, String baseUrl) {
    try {
      if (specifier.startsWith("/") || specifier.startsWith("./") || specifier.startsWith("../")) {
        return WhatwgUrl.parse(specifier, baseUrl).href();
      }
      return WhatwgUrl.parse(specifier, null).href();
    } catch (IllegalArgumentException notUrl) {
      return null;
    }
  }
}
