package io.w3socket.engine;

import io.w3socket.WhatwgUrl;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads a script's text at a URL: a local file, or http(s) through the page's network. */
final class ScriptResources {
  private ScriptResources() {}

  static String read(WhatwgUrl url, Network network) throws IOException {
    switch (url.protocol()) {
      case "file:":
        return Files.readString(Path.of(URI.create(url.href())), StandardCharsets.UTF_8);
      case "http:":
      case "https:":
        return network.fetchText(url.href());
      default:
        throw new IOException("only file, http and https scripts can be loaded");
    }
  }
}
