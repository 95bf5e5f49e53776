package io.w3socket.engine.graaljs;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;

/**
 * Where a module is, as GraalJS's module loader handles it (a {@link Path} of {@link
 * ModuleFileSystem}): a URL, or an import's specifier not resolved yet, with the URL of the module
 * that imports it (null: a classic script's, or a module script's wrapper). Resolving goes to the
 * page ({@code ModuleHost}), which applies HTML's rules (import maps, relative URLs); so the path
 * operations GraalJS uses ({@code resolveSibling} with the import's text, {@code toAbsolutePath},
 * {@code toUri} for {@code import.meta.url}) are URL operations here, not file name ones. An inline
 * module script's path is the document's URL ({@code import.meta.url}, its imports' base) under a
 * key of its own, so that each is a module of its own. Immutable.
 */
final class ModulePath implements Path {
  private final ModuleFileSystem fs;

  /** The resolved URL, or null while unresolved. */
  private final String url;

  /** The module map's name for it: the URL, or an inline script's key; null while unresolved. */
  private final String key;

  /** An unresolved import's text. */
  private final String specifier;

  /** An unresolved import's referrer: the importing module's URL, or null. */
  private final String referrer;

  /** An unresolved import's URL once {@link #resolve} found it (resolving is pure: no IO). */
  private String resolvedUrl;

  private ModulePath(
      ModuleFileSystem fs, String url, String key, String specifier, String referrer) {
    this.fs = fs;
    this.url = url;
    this.key = key;
    this.specifier = specifier;
    this.referrer = referrer;
  }

  static ModulePath resolved(ModuleFileSystem fs, String url) {
    return new ModulePath(fs, url, url, null, null);
  }

  static ModulePath inline(ModuleFileSystem fs, String baseUrl, String key) {
    return new ModulePath(fs, baseUrl, key, null, null);
  }

  static ModulePath unresolved(ModuleFileSystem fs, String specifier, String referrer) {
    return new ModulePath(fs, null, null, specifier, referrer);
  }

  /** The URL, resolving an import first (the page's rules; IOException: it names nothing). */
  ModulePath resolve() throws IOException {
    if (url != null) {
      return this;
    }
    if (resolvedUrl == null) {
      resolvedUrl = fs.host().resolve(specifier, referrer);
    }
    return resolved(fs, resolvedUrl);
  }

  /** The resolved URL ({@code import.meta.url}; an inline script's is its document's). */
  String url() {
    return url;
  }

  /** The module map's name for a resolved path. */
  String key() {
    return key;
  }

  @Override
  public Path resolveSibling(String other) {
    // An import in this module: GraalJS asks for the import's text "beside" the importing file.
    ModulePath base = (ModulePath) toAbsolutePath();
    return unresolved(fs, other, base.url != null ? base.url : referrer);
  }

  @Override
  public Path resolveSibling(Path other) {
    return other.isAbsolute() ? other : resolveSibling(other.toString());
  }

  @Override
  public Path resolve(String other) {
    return resolveSibling(other);
  }

  @Override
  public Path resolve(Path other) {
    return resolveSibling(other);
  }

  @Override
  public boolean isAbsolute() {
    return url != null;
  }

  /**
   * The URL; an import that resolves to nothing stays as it is (a Path cannot throw IOException):
   * the file system's checkAccess and newByteChannel report why.
   */
  @Override
  public Path toAbsolutePath() {
    try {
      return resolve();
    } catch (IOException e) {
      return this;
    }
  }

  @Override
  public Path toRealPath(LinkOption... options) throws IOException {
    return resolve();
  }

  @Override
  public Path normalize() {
    return this;
  }

  /** The URL ({@code import.meta.url}); an unresolved import's a placeholder never fetched. */
  @Override
  public URI toUri() {
    try {
      if (url != null) {
        return new URI(url);
      }
      return new URI("w3socket-unresolved", specifier, null);
    } catch (URISyntaxException e) {
      return URI.create("w3socket-unresolved:import");
    }
  }

  @Override
  public FileSystem getFileSystem() {
    // GraalJS reaches a java.nio file system only to parse an empty path; nothing here uses it.
    return FileSystems.getDefault();
  }

  @Override
  public Path getRoot() {
    return null;
  }

  @Override
  public Path getFileName() {
    return this;
  }

  @Override
  public Path getParent() {
    return null;
  }

  @Override
  public int getNameCount() {
    return 1;
  }

  @Override
  public Path getName(int index) {
    return this;
  }

  @Override
  public Path subpath(int beginIndex, int endIndex) {
    return this;
  }

  @Override
  public boolean startsWith(Path other) {
    return equals(other);
  }

  @Override
  public boolean endsWith(Path other) {
    return equals(other);
  }

  /** URLs are not relative to each other here: the other, as it is. */
  @Override
  public Path relativize(Path other) {
    return other;
  }

  @Override
  public WatchKey register(
      WatchService watcher, WatchEvent.Kind<?>[] events, WatchEvent.Modifier... modifiers) {
    throw new UnsupportedOperationException("modules are not watched");
  }

  @Override
  public int compareTo(Path other) {
    return toString().compareTo(other.toString());
  }

  /**
   * The module map's key (GraalJS keys modules by this string, from whichever path it took): the
   * URL, an inline script's key, an import's URL once resolved, else the import's text.
   */
  @Override
  public String toString() {
    if (key != null) {
      return key;
    }
    ModulePath resolvedPath = (ModulePath) toAbsolutePath();
    return resolvedPath == this ? specifier : resolvedPath.key;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ModulePath && toString().equals(o.toString());
  }

  @Override
  public int hashCode() {
    return toString().hashCode();
  }
}
