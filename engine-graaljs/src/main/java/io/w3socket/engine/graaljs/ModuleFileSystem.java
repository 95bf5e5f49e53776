package io.w3socket.engine.graaljs;

import io.w3socket.engine.spi.ModuleHost;
import java.io.IOException;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.channels.NonWritableChannelException;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AccessMode;
import java.nio.file.DirectoryStream;
import java.nio.file.LinkOption;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.graalvm.polyglot.io.FileSystem;

/**
 * The only "files" a page's context reads: the modules its scripts import, which GraalJS's module
 * loader asks for through this file system. Every path is a {@link ModulePath} (a URL, or an import
 * to resolve); resolving and fetching go to the page's {@link ModuleHost}, so the module map,
 * {@code import.meta.url} and relative imports follow the URLs. Nothing else is readable, and
 * nothing writable. Used on the realm's thread only.
 */
final class ModuleFileSystem implements FileSystem {
  private static final ModuleHost NO_HOST =
      new ModuleHost() {
        @Override
        public String resolve(String specifier, String referrer) throws IOException {
          throw new IOException("Cannot import '" + specifier + "': this realm has no modules");
        }

        @Override
        public String fetch(String url) throws IOException {
          throw new IOException("Cannot import '" + url + "': this realm has no modules");
        }
      };

  private ModuleHost host = NO_HOST;

  /** The module scripts' own paths, by the key their wrapper imports (GraalRealm.evalModule). */
  private final Map<String, ModulePath> scripts = new HashMap<>();

  /** An inline module script's text, by key. */
  private final Map<String, String> inlineTexts = new HashMap<>();

  /** The name errors give a module script's source, by key. */
  private final Map<String, String> names = new HashMap<>();

  /** The URLs of the modules resolved so far (GraalJS parses an importing module's back). */
  private final Set<String> resolved = new HashSet<>();

  /** What checkAccess fetched, until the loader reads it. */
  private final Map<String, String> fetched = new HashMap<>();

  /** The last resolution or fetch that failed, until taken. */
  private IOException failure;

  /** Whether that failure was a resolution's (else a fetch's). */
  private boolean failedToResolve;

  private int nextKey;

  void host(ModuleHost h) {
    host = h;
  }

  ModuleHost host() {
    return host;
  }

  /** Registers an inline module script; the key its wrapper imports. */
  String inlineScript(String baseUrl, String text, String name) {
    String key = "w3socket-inline-module-" + nextKey++;
    scripts.put(key, ModulePath.inline(this, baseUrl, key));
    inlineTexts.put(key, text);
    names.put(key, name);
    return key;
  }

  /** Registers an external module script's URL; the key its wrapper imports. */
  String externalScript(String url, String name) {
    String key = "w3socket-module-" + nextKey++;
    scripts.put(key, ModulePath.resolved(this, url));
    names.put(key, name);
    return key;
  }

  /** The name for errors of a source GraalJS named {@code sourceName}. */
  String displayName(String sourceName) {
    return names.getOrDefault(sourceName, sourceName);
  }

  /** The failure since the last call, if any (a module script's graph that could not load). */
  IOException takeFailure() {
    IOException f = failure;
    failure = null;
    return f;
  }

  /** Whether the failure {@link #takeFailure} gave was a specifier's that resolves to nothing. */
  boolean failedToResolve() {
    return failedToResolve;
  }

  @Override
  public Path parsePath(URI uri) {
    return ModulePath.unresolved(this, uri.toString(), null);
  }

  @Override
  public Path parsePath(String path) {
    ModulePath script = scripts.get(path);
    if (script != null) {
      return script;
    }
    return resolved.contains(path)
        ? ModulePath.resolved(this, path)
        : ModulePath.unresolved(this, path, null);
  }

  /** Resolves and fetches (a module that cannot be fetched does not exist). */
  @Override
  public void checkAccess(Path path, Set<? extends AccessMode> modes, LinkOption... linkOptions)
      throws IOException {
    if (modes.contains(AccessMode.WRITE) || modes.contains(AccessMode.EXECUTE)) {
      throw new AccessDeniedException(path.toString());
    }
    text(module(path));
  }

  @Override
  public SeekableByteChannel newByteChannel(
      Path path, Set<? extends OpenOption> options, FileAttribute<?>... attrs) throws IOException {
    if (options.contains(StandardOpenOption.WRITE) || options.contains(StandardOpenOption.APPEND)) {
      throw new AccessDeniedException(path.toString());
    }
    ModulePath m = module(path);
    String text = text(m);
    fetched.remove(m.key());
    return new ReadOnlyChannel(text.getBytes(StandardCharsets.UTF_8));
  }

  private ModulePath module(Path path) throws IOException {
    if (!(path instanceof ModulePath)) {
      throw new AccessDeniedException(path.toString());
    }
    try {
      ModulePath m = ((ModulePath) path).resolve();
      resolved.add(m.key());
      return m;
    } catch (IOException e) {
      failure = e;
      failedToResolve = true;
      throw e;
    }
  }

  private String text(ModulePath m) throws IOException {
    String inline = inlineTexts.get(m.key());
    if (inline != null) {
      return inline;
    }
    String text = fetched.get(m.key());
    if (text == null) {
      try {
        text = host.fetch(m.url());
      } catch (IOException e) {
        failure = e;
        failedToResolve = false;
        throw e;
      }
      fetched.put(m.key(), text);
    }
    return text;
  }

  @Override
  public Path toAbsolutePath(Path path) {
    return path.toAbsolutePath();
  }

  @Override
  public Path toRealPath(Path path, LinkOption... linkOptions) throws IOException {
    return module(path);
  }

  @Override
  public Map<String, Object> readAttributes(Path path, String attributes, LinkOption... options)
      throws IOException {
    module(path);
    Map<String, Object> a = new HashMap<>();
    a.put("isRegularFile", true);
    a.put("isDirectory", false);
    a.put("isSymbolicLink", false);
    a.put("isOther", false);
    return a;
  }

  /**
   * A module's type by its URL: JSON for a path ending in {@code .json} (the type a server gives a
   * file of that name; HTML #fetch-a-single-module-script checks it against the import's {@code
   * type}), else JavaScript.
   */
  @Override
  public String getMimeType(Path path) {
    String url = path.toString().replaceAll("[?#].*$", "");
    return url.endsWith(".json") ? "application/json" : "application/javascript+module";
  }

  @Override
  public void createDirectory(Path dir, FileAttribute<?>... attrs) throws IOException {
    throw new AccessDeniedException(dir.toString());
  }

  @Override
  public void delete(Path path) throws IOException {
    throw new AccessDeniedException(path.toString());
  }

  @Override
  public DirectoryStream<Path> newDirectoryStream(
      Path dir, DirectoryStream.Filter<? super Path> filter) throws IOException {
    throw new AccessDeniedException(dir.toString());
  }

  /** A module's bytes, read once by the loader. */
  private static final class ReadOnlyChannel implements SeekableByteChannel {
    private final byte[] bytes;
    private int position;
    private boolean open = true;

    ReadOnlyChannel(byte[] bytes) {
      this.bytes = bytes;
    }

    @Override
    public int read(ByteBuffer dst) {
      if (position >= bytes.length) {
        return -1;
      }
      int n = Math.min(dst.remaining(), bytes.length - position);
      dst.put(bytes, position, n);
      position += n;
      return n;
    }

    @Override
    public int write(ByteBuffer src) {
      throw new NonWritableChannelException();
    }

    @Override
    public long position() {
      return position;
    }

    @Override
    public SeekableByteChannel position(long newPosition) {
      position = (int) Math.min(newPosition, bytes.length);
      return this;
    }

    @Override
    public long size() {
      return bytes.length;
    }

    @Override
    public SeekableByteChannel truncate(long size) {
      throw new NonWritableChannelException();
    }

    @Override
    public boolean isOpen() {
      return open;
    }

    @Override
    public void close() {
      open = false;
    }
  }
}
