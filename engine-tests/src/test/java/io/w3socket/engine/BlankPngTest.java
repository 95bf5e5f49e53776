package io.w3socket.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/**
 * BlankPng, a blank canvas's PNG (html-canvas-element.js's toDataURL and toBlob): a PNG the JDK's
 * decoder reads as that many transparent black pixels, and a canvas as wide as Chromium allows
 * written a row at a time into a small file.
 */
class BlankPngTest {
  @Test
  void aBlankCanvasIsTransparentBlackPixels() throws IOException {
    BufferedImage image = ImageIO.read(new ByteArrayInputStream(BlankPng.encode(3, 2)));
    assertEquals(3, image.getWidth());
    assertEquals(2, image.getHeight());
    assertTrue(image.getColorModel().hasAlpha());
    for (int y = 0; y < 2; y++) {
      for (int x = 0; x < 3; x++) {
        assertEquals(0, image.getRGB(x, y), x + "," + y);
      }
    }
  }

  @Test
  void aLargeCanvasCompressesToLittle() {
    byte[] png = BlankPng.encode(32767, 1024); // 128 MB of pixels, Chromium's widest row
    ImageSizes.Size size = ImageSizes.naturalSize(png, "image/png");
    assertEquals(32767.0, size.width());
    assertEquals(1024.0, size.height());
    assertTrue(png.length < 500_000, png.length + " bytes");
  }
}
