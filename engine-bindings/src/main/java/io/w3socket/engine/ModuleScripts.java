package io.w3socket.engine;

import io.w3socket.WhatwgUrl;
import io.w3socket.engine.spi.ModuleHost;
import java.io.IOException;
import java.nio.file.NoSuchFileException;

/**
 * A page's modules, as its realm imports them (HTML
 * #integration-with-the-javascript-module-system): specifiers resolve as URLs against the importing
 * module's URL, or a classic script's against the page's; texts are read from files or fetched over
 * the page's network. No import maps: a bare specifier fails, with Chromium's message. Used on the
 * loop thread only.
 */
final class ModuleScripts implements ModuleHost {
  private final String baseUrl;
  private final Network network;

  ModuleScripts(String baseUrl, Network network) {
    this.baseUrl = baseUrl;
    this.network = network;
  }

  /**
   * HTML #resolve-a-module-specifier without an import map: #resolve-a-url-like-module-specifier,
   * else the TypeError's message for a bare specifier.
   */
  @Override
  public String resolve(String specifier, String referrer) throws IOException {
    String base = referrer != null ? referrer : baseUrl;
    try {
      if (specifier.startsWith("/") || specifier.startsWith("./") || specifier.startsWith("../")) {
        return WhatwgUrl.parse(specifier, base).href();
      }
      return WhatwgUrl.parse(specifier, null).href();
    } catch (IllegalArgumentException notUrl) {
      throw new IOException(
          "Failed to resolve module specifier \""
              + specifier
              + "\". Relative references must start with either \"/\", \"./\", or \"../\".");
    }
  }

  /**
   * HTML #fetch-a-single-module-script: the text at the URL, or why there is none. A local file
   * only for a page that is one (as a worker's script): a page from the network reads no file.
   */
  @Override
  public String fetch(String url) throws IOException {
    try {
      WhatwgUrl u = WhatwgUrl.parse(url, null);
      if (u.protocol().equals("file:") && !baseUrl.startsWith("file:")) {
        throw new IOException("a page that is not a local file imports no local file");
      }
      return ScriptResources.read(u, network);
    } catch (NoSuchFileException e) {
      throw new IOException("Failed to fetch module '" + url + "': no such file", e);
    } catch (IOException | IllegalArgumentException e) {
      throw new IOException("Failed to fetch module '" + url + "': " + e.getMessage(), e);
    }
  }
}
