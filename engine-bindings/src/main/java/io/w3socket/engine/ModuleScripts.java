package io.w3socket.engine;

import io.w3socket.engine.spi.ModuleHost;
import java.io.IOException;
import java.util.function.Supplier;

/**
 * A page's modules, as its realm imports them (HTML
 * #integration-with-the-javascript-module-system): specifiers resolve with the page's {@link
 * ImportMap} and as URLs against the importing module's URL, or a classic script's against the
 * page's; texts are read from files (for a page that is a local file) or fetched over the page's
 * network. The shim's {@code importMap} function registers an {@code importmap} script's entries.
 * Used on the loop thread only.
 */
final class ModuleScripts implements ModuleHost, HostArea {
  private final Supplier<String> baseUrl;
  private final String pageLocation;
  private final Network network;
  private final ImportMap importMap = new ImportMap();

  /**
   * @param baseUrl the base URL of classic scripts' imports and import maps now (the page's, or a
   *     worker's script's)
   * @param pageLocation the URL of the page (of the worker's page)
   * @param network the run's network
   */
  ModuleScripts(Supplier<String> baseUrl, String pageLocation, Network network) {
    this.baseUrl = baseUrl;
    this.pageLocation = pageLocation;
    this.network = network;
  }

  @Override
  public void register(HostRegistry r) {
    // HTML #register-an-import-map, after import-map.js parsed and checked it: the warnings.
    r.add("importMap", a -> importMap.merge(a.strings(0), baseUrl.get()));
  }

  /** HTML #resolve-a-module-specifier. */
  @Override
  public String resolve(String specifier, String referrer) throws IOException {
    return importMap.resolve(specifier, referrer != null ? referrer : baseUrl.get());
  }

  /**
   * HTML #fetch-a-single-module-script: the text at the URL, or why there is none (a local file
   * only for a page that is one).
   */
  @Override
  public String fetch(String url) throws IOException {
    try {
      return ScriptFetch.load(url, pageLocation, network, null, false);
    } catch (IOException e) {
      throw new IOException("Failed to fetch module '" + url + "': " + e.getMessage(), e);
    }
  }
}
