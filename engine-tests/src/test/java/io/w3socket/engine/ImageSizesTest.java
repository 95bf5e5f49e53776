package io.w3socket.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * ImageSizes: what Chromium 156 decodes and the natural size it gives (the figures its naturalWidth
 * and naturalHeight printed for the same bytes, ImageLoadingTest's pages), and bad input answered
 * with "broken", never an exception, a fetch or unbounded work.
 */
class ImageSizesTest {
  private static String size(byte[] bytes, String type) {
    ImageSizes.Size s = ImageSizes.naturalSize(bytes, type);
    return s == null ? null : s.width() + "x" + s.height() + (s.vector() ? " svg" : "");
  }

  private static byte[] written(String format, int w, int h) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB), format, out);
    return out.toByteArray();
  }

  /** Each raster format by its signature, whatever the type says; WebP is TwelveMonkeys'. */
  @Test
  void rasterFormatsAreSniffedAndSizedFromTheirHeaders() throws IOException {
    byte[] png = Base64.getDecoder().decode(ImageLoadingTest.PNG);
    assertEquals("3.0x2.0", size(png, "text/plain"));
    assertEquals("3.0x2.0", size(Base64.getDecoder().decode(ImageLoadingTest.WEBP), ""));
    assertEquals("5.0x4.0", size(written("gif", 5, 4), "image/png"));
    assertEquals("9.0x8.0", size(written("jpeg", 9, 8), ""));
    assertEquals("6.0x7.0", size(written("bmp", 6, 7), ""));
    // A truncated PNG whose header is whole still has its size (Chromium loads it).
    assertEquals("3.0x2.0", size(Arrays.copyOf(png, 33), ""));
    assertNull(size(Arrays.copyOf(png, 20), ""), "a header cut short is broken");
    assertNull(size("not an image at all".getBytes(StandardCharsets.UTF_8), "image/png"));
    assertNull(size(new byte[0], ""));
  }

  /** An icon's largest entry; 0 in its directory is 256. */
  @Test
  void iconsGiveTheirLargestEntry() {
    byte[] ico = {
      0,
      0,
      1,
      0,
      2,
      0, // two entries
      16,
      16,
      0,
      0,
      1,
      0,
      32,
      0,
      0,
      0,
      0,
      0,
      38,
      0,
      0,
      0, // 16 × 16
      0,
      0,
      0,
      0,
      1,
      0,
      32,
      0,
      0,
      0,
      0,
      0,
      38,
      0,
      0,
      0 // 256 × 256
    };
    assertEquals("256.0x256.0", size(ico, ""));
    assertNull(size(Arrays.copyOf(ico, 30), ""), "a directory cut short is broken");
  }

  /**
   * css-images #default-sizing of an SVG document's root (width, height, viewBox) in the default
   * object size 300 × 150; Chromium's figures after rounding: 38x150, 40x150, 300x40, 10x40, 11x2,
   * 96x4, 32x150, 0x0, 12x7, 300x150, 40x20.
   */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "viewBox='0 0 10 40'|37.5x150.0 svg",
        "viewBox='0 0 40 10'|300.0x75.0 svg",
        "width='40'|40.0x150.0 svg",
        "height='40'|300.0x40.0 svg",
        "height='40' viewBox='0 0 10 40'|10.0x40.0 svg",
        "width='10.6' height='2.4'|10.6x2.4 svg",
        "width='1in' height='3pt'|96.0x4.0 svg",
        "width='2em' height='50%'|32.0x150.0 svg",
        "width='-5' height='0'|0.0x0.0 svg",
        "width=' 12px ' height='7PX'|12.0x7.0 svg",
        "width='50%' viewBox='0 0 10 40'|37.5x150.0 svg",
        "viewBox='0 0 0 40'|300.0x150.0 svg",
        "width='4e1' height='1E1px'|40.0x10.0 svg",
        "width='40' height='20'|40.0x20.0 svg"
      })
  void svgIsSizedAsCssSizesAReplacedElement(String attributes, String expected) {
    String svg = "<svg xmlns='http://www.w3.org/2000/svg' " + attributes + "><rect/></svg>";
    assertEquals(expected, size(svg.getBytes(StandardCharsets.UTF_8), "image/svg+xml"));
  }

  /**
   * SVG is an image only by its type (with parameters); its root must be an svg element in the SVG
   * namespace and the document well-formed; a DOCTYPE naming the SVG 1.1 DTD is read without
   * fetching it; entity expansion is bounded (the JDK's secure processing).
   */
  @Test
  void svgNeedsItsTypeANamespacedRootAndWellFormedXml() {
    String ok = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"7\" height=\"5\"/>";
    assertNull(size(bytes(ok), "text/plain"), "SVG is never sniffed");
    assertEquals("7.0x5.0 svg", size(bytes(ok), "Image/SVG+XML; charset=utf-8"));
    assertNull(size(bytes("<svg width=\"7\" height=\"5\"/>"), "image/svg+xml"));
    assertNull(size(bytes("<html xmlns=\"http://www.w3.org/1999/xhtml\"/>"), "image/svg+xml"));
    assertNull(size(bytes(ok.replace("/>", "><rect></svg>")), "image/svg+xml"));
    String doctype =
        "<?xml version=\"1.0\"?><!DOCTYPE svg PUBLIC \"-//W3C//DTD SVG 1.1//EN\""
            + " \"http://www.w3.org/Graphics/SVG/1.1/DTD/svg11.dtd\">";
    assertEquals("7.0x5.0 svg", size(bytes(doctype + ok), "image/svg+xml"));
    StringBuilder laughs =
        new StringBuilder("<?xml version=\"1.0\"?><!DOCTYPE svg [<!ENTITY a \"ha\">");
    for (int i = 1; i < 12; i++) {
      laughs.append("<!ENTITY a").append(i).append(" \"");
      laughs.append(("&a" + (i == 1 ? "" : String.valueOf(i - 1)) + ";").repeat(10)).append("\">");
    }
    laughs.append("]><svg xmlns=\"http://www.w3.org/2000/svg\">&a11;</svg>");
    assertNull(size(bytes(laughs.toString()), "image/svg+xml"), "10^11 expansions refused");
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
