package io.w3socket.engine;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.util.Iterator;
import java.util.Locale;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The natural dimensions of an image resource, or none when it is not an image Chromium decodes
 * (HTML #img-error: "broken"). The type is sniffed from the bytes, as for every image (MIME
 * Sniffing #rules-for-sniffing-images-specifically: PNG, JPEG, GIF, WebP, BMP, ICO/CUR), whatever
 * the response's Content-Type says; SVG is an image only when its MIME type says so, as no
 * signature announces it. Headers are read with the JDK's ImageIO (PNG, JPEG, GIF, BMP) and
 * TwelveMonkeys' WebP reader; an icon's directory by hand (its largest entry, as Chromium shows);
 * an SVG document's root element with the JDK's XML parser, sized as CSS sizes a replaced element
 * without layout (css-images #default-sizing with the default object size 300 × 150). Stateless.
 */
final class ImageSizes {
  private static final String SVG_NS = "http://www.w3.org/2000/svg";

  /** css-images #default-object-size of an img: 300 × 150, as Chromium's. */
  private static final double DEFAULT_WIDTH = 300;

  private static final double DEFAULT_HEIGHT = 150;

  private ImageSizes() {}

  /**
   * An image's natural size in CSS pixels: whole pixels for a raster image; an SVG image's as its
   * lengths give it (10.6 × 2.4), which Chromium rounds only after a density correction.
   */
  record Size(double width, double height, boolean vector) {}

  /**
   * The natural size of an image, or null when it cannot be decoded.
   *
   * @param bytes the response's body
   * @param mimeType its Content-Type (or a data: URL's type), or ""
   */
  static Size naturalSize(byte[] bytes, String mimeType) {
    String essence = mimeType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
    if (essence.equals("image/svg+xml")) {
      return svg(bytes);
    }
    String format = sniff(bytes);
    if (format == null) {
      return null;
    }
    if (format.equals("ico")) {
      return icon(bytes);
    }
    return header(bytes, format);
  }

  /** MIME Sniffing #image-type-pattern-matching-algorithm, for the types Chromium decodes. */
  static String sniff(byte[] b) {
    if (startsWith(b, 0, 0, 1, 0) || startsWith(b, 0, 0, 2, 0)) {
      return "ico";
    }
    if (startsWith(b, 'B', 'M')) {
      return "bmp";
    }
    if (startsWith(b, 'G', 'I', 'F', '8', '7', 'a')
        || startsWith(b, 'G', 'I', 'F', '8', '9', 'a')) {
      return "gif";
    }
    if (b.length >= 14
        && startsWith(b, 'R', 'I', 'F', 'F')
        && b[8] == 'W'
        && b[9] == 'E'
        && b[10] == 'B'
        && b[11] == 'P'
        && b[12] == 'V'
        && b[13] == 'P') {
      return "webp";
    }
    if (startsWith(b, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
      return "png";
    }
    if (startsWith(b, 0xFF, 0xD8, 0xFF)) {
      return "jpeg";
    }
    return null;
  }

  private static boolean startsWith(byte[] b, int... pattern) {
    if (b.length < pattern.length) {
      return false;
    }
    for (int i = 0; i < pattern.length; i++) {
      if ((b[i] & 0xFF) != pattern[i]) {
        return false;
      }
    }
    return true;
  }

  /** The first image's size as the format's ImageIO reader reads it from the header. */
  private static Size header(byte[] bytes, String format) {
    Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(format);
    if (!readers.hasNext()) {
      return null;
    }
    ImageReader reader = readers.next();
    // In memory: ImageIO's own stream for a byte stream caches it in a temporary file.
    try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(bytes))) {
      reader.setInput(in, true, true);
      return new Size(reader.getWidth(0), reader.getHeight(0), false);
    } catch (IOException | RuntimeException e) {
      return null; // a truncated or corrupt header: the image is broken
    } finally {
      reader.dispose();
    }
  }

  /**
   * An ICO or CUR file: a 6-byte header whose last two bytes count the entries, then 16 bytes an
   * entry whose first two are its width and height (0 meaning 256); the largest entry's size.
   */
  private static Size icon(byte[] b) {
    int count = (b[4] & 0xFF) | (b[5] & 0xFF) << 8;
    if (count == 0 || b.length < 6 + 16 * count) {
      return null;
    }
    Size best = null;
    for (int i = 0; i < count; i++) {
      int w = b[6 + 16 * i] & 0xFF;
      int h = b[7 + 16 * i] & 0xFF;
      w = w == 0 ? 256 : w;
      h = h == 0 ? 256 : h;
      if (best == null || w * h > best.width() * best.height()) {
        best = new Size(w, h, false);
      }
    }
    return best;
  }

  /**
   * An SVG document's natural size: its root must be an svg element in the SVG namespace, and the
   * document well-formed XML. The width and height attributes as absolute CSS lengths (a percentage
   * or another value is none), the viewBox's ratio, then css-images #default-sizing: a missing
   * dimension from the other and the ratio, else the default object size's; with a ratio alone, the
   * largest size of that ratio in 300 × 150. Rounded to the nearest integer.
   */
  private static Size svg(byte[] bytes) {
    RootAttributes root = new RootAttributes();
    try {
      SAXParserFactory f = SAXParserFactory.newInstance();
      f.setNamespaceAware(true);
      f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      // An SVG's DOCTYPE often names the SVG 1.1 DTD: it is never fetched, nor any other entity.
      f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
      f.setFeature("http://xml.org/sax/features/external-general-entities", false);
      f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
      f.newSAXParser().parse(new ByteArrayInputStream(bytes), root);
    } catch (SAXException | IOException | ParserConfigurationException e) {
      return null; // not well-formed: Chromium shows no image
    }
    if (!root.isSvg) {
      return null;
    }
    double w = length(root.width);
    double h = length(root.height);
    double ratio = viewBoxRatio(root.viewBox);
    if (Double.isNaN(w) && Double.isNaN(h)) {
      if (Double.isNaN(ratio)) {
        w = DEFAULT_WIDTH;
        h = DEFAULT_HEIGHT;
      } else if (ratio >= DEFAULT_WIDTH / DEFAULT_HEIGHT) {
        w = DEFAULT_WIDTH;
        h = DEFAULT_WIDTH / ratio;
      } else {
        h = DEFAULT_HEIGHT;
        w = DEFAULT_HEIGHT * ratio;
      }
    } else if (Double.isNaN(w)) {
      w = Double.isNaN(ratio) ? DEFAULT_WIDTH : h * ratio;
    } else if (Double.isNaN(h)) {
      h = Double.isNaN(ratio) ? DEFAULT_HEIGHT : w / ratio;
    }
    return new Size(w, h, true);
  }

  /**
   * A width or height attribute as an absolute length in CSS pixels (css-values #absolute-lengths;
   * em and rem at the initial font size, 16px), 0 for a negative one (Chromium's), NaN for none, a
   * percentage or anything else.
   */
  static double length(String value) {
    if (value == null) {
      return Double.NaN;
    }
    String v = value.trim().toLowerCase(Locale.ROOT);
    int end = 0;
    while (end < v.length() && "+-.0123456789e".indexOf(v.charAt(end)) >= 0) {
      // An exponent's e, but not the e of "em" or "ex".
      if (v.charAt(end) == 'e'
          && (end + 1 >= v.length() || "+-0123456789".indexOf(v.charAt(end + 1)) < 0)) {
        break;
      }
      end++;
    }
    double n;
    try {
      n = Double.parseDouble(v.substring(0, end));
    } catch (NumberFormatException e) {
      return Double.NaN;
    }
    double px;
    switch (v.substring(end)) {
      case "":
      case "px":
        px = n;
        break;
      case "em":
      case "rem":
        px = n * 16;
        break;
      case "in":
        px = n * 96;
        break;
      case "cm":
        px = n * 96 / 2.54;
        break;
      case "mm":
        px = n * 96 / 25.4;
        break;
      case "q":
        px = n * 96 / 101.6;
        break;
      case "pt":
        px = n * 96 / 72;
        break;
      case "pc":
        px = n * 16;
        break;
      default:
        return Double.NaN;
    }
    return Double.isFinite(px) ? Math.max(0, px) : Double.NaN;
  }

  /** SVG #ViewBoxAttribute: four numbers; its width over its height when both are positive. */
  private static double viewBoxRatio(String value) {
    if (value == null) {
      return Double.NaN;
    }
    String[] parts = value.trim().split("[\\s,]+");
    if (parts.length != 4) {
      return Double.NaN;
    }
    try {
      double w = Double.parseDouble(parts[2]);
      double h = Double.parseDouble(parts[3]);
      return w > 0 && h > 0 ? w / h : Double.NaN;
    } catch (NumberFormatException e) {
      return Double.NaN;
    }
  }

  /** Reads the whole document (so that it must be well-formed), keeping its root's attributes. */
  private static final class RootAttributes extends DefaultHandler {
    boolean seen;
    boolean isSvg;
    String width;
    String height;
    String viewBox;

    @Override
    public void startElement(String uri, String localName, String qName, Attributes attrs) {
      if (seen) {
        return;
      }
      seen = true;
      isSvg = SVG_NS.equals(uri) && localName.equals("svg");
      width = attrs.getValue("", "width");
      height = attrs.getValue("", "height");
      viewBox = attrs.getValue("", "viewBox");
    }

    @Override
    public InputSource resolveEntity(String publicId, String systemId) {
      return new InputSource(new StringReader(""));
    }
  }
}
