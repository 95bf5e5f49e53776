package io.w3socket.engine;

import io.w3socket.engine.spi.Realm;
import java.util.List;

/**
 * An image resource's natural size for html-image-element.js ({@link ImageSizes}): imageSize(bytes,
 * MIME type) answers [width, height, 1 for an SVG image else 0], or null when the image is broken;
 * canvasBlankPng(width, height) a blank canvas's PNG, base64-encoded (toDataURL), and
 * canvasBlankPngBytes(width, height) its bytes as the realm takes them (toBlob), for
 * html-canvas-element.js ({@link BlankPng}).
 */
final class ImageFunctions implements HostArea {
  private Realm realm;

  @Override
  public void attach(Realm realm) {
    this.realm = realm;
  }

  @Override
  public void register(HostRegistry r) {
    r.add(
        "imageSize",
        a -> {
          ImageSizes.Size size = ImageSizes.naturalSize(a.bytes(0), a.string(1));
          return size == null
              ? null
              : List.of(size.width(), size.height(), size.vector() ? 1.0 : 0.0);
        });
    r.add("canvasBlankPng", a -> BlankPng.base64(a.integer(0), a.integer(1)));
    r.add(
        "canvasBlankPngBytes",
        a -> ScriptBytes.of(realm, BlankPng.encode(a.integer(0), a.integer(1))));
  }
}
