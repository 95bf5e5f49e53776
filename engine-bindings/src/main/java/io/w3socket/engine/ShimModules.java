package io.w3socket.engine;

/**
 * The shim's lazy modules for webidl.js's loadModule and installLazyGlobals: each module's text and
 * the globals it exposes ({@link ShimSource}). Loop thread.
 */
final class ShimModules implements HostArea {
  private final ShimSource shim;

  ShimModules(ShimSource shim) {
    this.shim = shim;
  }

  @Override
  public void register(HostRegistry r) {
    r.add("shimModules", a -> shim.moduleGlobals());
    r.add(
        "shimModule",
        a -> {
          String text = shim.module(a.string(0));
          if (text == null) {
            throw new IllegalArgumentException("no shim module " + a.string(0));
          }
          return text;
        });
  }
}
