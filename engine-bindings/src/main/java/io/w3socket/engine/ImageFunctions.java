package io.w3socket.engine;

import java.util.List;

/**
 * An image resource's natural size for html-image-element.js ({@link ImageSizes}): imageSize(bytes,
 * MIME type) answers [width, height, 1 for an SVG image else 0], or null when the image is broken;
 * canvasBlankPng(width, height) a blank canvas's PNG, base64-encoded, for html-canvas-element.js
 * ({@link BlankPng}). Stateless.
 */
final class ImageFunctions implements HostArea {
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
  }
}
