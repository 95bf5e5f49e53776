package io.w3socket.engine.spi;

import java.io.IOException;

/**
 * What a realm asks the page for when a script imports a module (HTML
 * #integration-with-the-javascript-module-system): where a specifier leads, and the module's text.
 * Called on the realm's thread, while a module graph loads ({@link Realm#evalModule}, a dynamic
 * {@code import()}).
 */
public interface ModuleHost {
  /**
   * HTML #resolve-a-module-specifier: the URL a specifier imported by a script or module names.
   *
   * @param specifier what the import says
   * @param referrer the importing module's URL, or null for a classic script (the document's base
   *     URL then)
   * @return the absolute URL
   * @throws IOException naming the problem, if it resolves to nothing (a bare specifier no import
   *     map names)
   */
  String resolve(String specifier, String referrer) throws IOException;

  /**
   * HTML #fetch-a-single-module-script: the text of the module at a URL.
   *
   * @param url an absolute URL {@link #resolve} gave
   * @return its text
   * @throws IOException naming the problem, if it cannot be fetched
   */
  String fetch(String url) throws IOException;
}
