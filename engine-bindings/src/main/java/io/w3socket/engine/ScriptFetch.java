package io.w3socket.engine;

import io.w3socket.WhatwgUrl;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Fetches the scripts a page or worker loads at run time: a worker's own (HTML
 * #fetch-a-classic-worker-script: same origin as its owner), what {@code importScripts} imports
 * (#fetch-a-classic-worker-imported-script: any origin), the scripts a page inserts ({@link
 * InsertedScripts}) and the modules it imports ({@link ModuleScripts}). http(s) goes through the
 * run's network; a {@code blob:} URL is read from the Blob its owner resolved it to; {@code file:}
 * URLs only for a page that is itself a local file (a page from the network reads no file). Bodies
 * are UTF-8 decoded with replacement. Stateless.
 */
final class ScriptFetch {
  private ScriptFetch() {}

  /**
   * The text of a script.
   *
   * @param url an absolute URL
   * @param pageLocation the URL of the page that runs the worker
   * @param network the run's network
   * @param blob the bytes of the Blob a {@code blob:} URL named, or null
   * @param sameOrigin whether an http(s) URL must be same origin with the page (the worker's own
   *     script, fetched in mode "same-origin")
   * @throws IOException when it cannot be fetched: the message says why
   */
  static String load(
      String url, String pageLocation, Network network, byte[] blob, boolean sameOrigin)
      throws IOException {
    WhatwgUrl u;
    try {
      u = WhatwgUrl.parse(url, null);
    } catch (IllegalArgumentException e) {
      throw new IOException("invalid URL: " + e.getMessage(), e);
    }
    switch (u.protocol()) {
      case "blob:":
        if (blob == null) {
          throw new IOException(
              "no Blob is stored for this URL (revoked, or made in another realm)");
        }
        return new String(blob, StandardCharsets.UTF_8);
      case "file:":
        if (!pageLocation.startsWith("file:")) {
          throw new IOException("only a page that is a local file can load local files");
        }
        try {
          // A file's URL names the file by its path: the query and fragment are not part of it.
          URI file = URI.create(u.withSearch("").withHash("").href());
          return new String(Files.readAllBytes(Path.of(file)), StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
          throw new IOException("no such file", e);
        }
      case "http:":
      case "https:":
        if (sameOrigin && !u.origin().equals(origin(pageLocation))) {
          throw new IOException(
              "it is not same origin with the page (" + origin(pageLocation) + ")");
        }
        return network.fetchText(u.href());
      default:
        throw new IOException("only http(s), blob: and local file scripts can be loaded");
    }
  }

  private static String origin(String location) {
    try {
      return WhatwgUrl.parse(location, null).origin();
    } catch (IllegalArgumentException e) {
      return "null";
    }
  }
}
