package io.w3socket.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import javax.imageio.ImageIO;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The img element's images (HTML #images-processing-model; html-image-element.js, ImageSizes): the
 * pages print what headless Chromium 156 printed for them, in both engines.
 */
class ImageLoadingTest {
  /** Chromium's 3 × 2 red canvas as PNG and as WebP (its toDataURL). */
  static final String PNG =
      "iVBORw0KGgoAAAANSUhEUgAAAAMAAAACCAYAAACddGYaAAAAEklEQVR4AWL6z8DwH4aZGJAAAAAA//+GpNPhAAAABklEQVQDAHTzBf+1yIrkAAAAAElFTkSuQmCC";

  static final String WEBP =
      "UklGRh4CAABXRUJQVlA4WAoAAAAgAAAAAgAAAQAASUNDUMgBAAAAAAHIAAAAAAQwAABtbnRyUkdCIFhZWiAH4AABAAEAAAAAAABhY3NwAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAQAA9tYAAQAAAADTLQAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAlkZXNjAAAA8AAAACRyWFlaAAABFAAAABRnWFlaAAABKAAAABRiWFlaAAABPAAAABR3dHB0AAABUAAAABRyVFJDAAABZAAAAChnVFJDAAABZAAAAChiVFJDAAABZAAAAChjcHJ0AAABjAAAADxtbHVjAAAAAAAAAAEAAAAMZW5VUwAAAAgAAAAcAHMAUgBHAEJYWVogAAAAAAAAb6IAADj1AAADkFhZWiAAAAAAAABimQAAt4UAABjaWFlaIAAAAAAAACSgAAAPhAAAts9YWVogAAAAAAAA9tYAAQAAAADTLXBhcmEAAAAAAAQAAAACZmYAAPKnAAANWQAAE9AAAApbAAAAAAAAAABtbHVjAAAAAAAAAAEAAAAMZW5VUwAAACAAAAAcAEcAbwBvAGcAbABlACAASQBuAGMALgAgADIAMAAxADZWUDggMAAAANABAJ0BKgMAAgABQCYloAJ0ugH4AAOwAP7y63/82BXNc+/3/9Lg/S4P0uD/0pAAAA==";

  private static HttpRoutes http;

  @TempDir Path dir;

  @BeforeAll
  static void start() throws IOException {
    http = new HttpRoutes();
    byte[] png = Base64.getDecoder().decode(PNG);
    byte[] svg =
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"7\" height=\"5\"></svg>"
            .getBytes(StandardCharsets.UTF_8);
    http.bytes("/png404", 404, "image/png", png);
    http.bytes("/pnghtml", 200, "text/html", png);
    http.bytes("/svgtext", 200, "text/plain", svg);
    http.bytes("/svgok", 200, "image/svg+xml", svg);
  }

  @AfterAll
  static void stop() {
    http.close();
  }

  /**
   * The page's images: each format, broken and missing files, SVG's sizing, a 1 × 1 ICO of the PNG.
   */
  private void writeImages() throws IOException {
    byte[] png = Base64.getDecoder().decode(PNG);
    Files.write(dir.resolve("a.png"), png);
    Files.write(dir.resolve("a.webp"), Base64.getDecoder().decode(WEBP));
    ImageIO.write(
        new BufferedImage(5, 4, BufferedImage.TYPE_INT_RGB), "gif", dir.resolve("a.gif").toFile());
    ImageIO.write(
        new BufferedImage(6, 7, BufferedImage.TYPE_INT_RGB), "bmp", dir.resolve("a.bmp").toFile());
    ImageIO.write(
        new BufferedImage(9, 8, BufferedImage.TYPE_INT_RGB), "jpeg", dir.resolve("a.jpg").toFile());
    // An icon of one 3 × 2 PNG entry: header (reserved, type 1, count 1), the entry (width,
    // height, colours, reserved, planes, bits, size, offset), then the PNG.
    ByteArrayOutputStream ico = new ByteArrayOutputStream();
    ico.write(new byte[] {0, 0, 1, 0, 1, 0, 3, 2, 0, 0, 1, 0, 32, 0});
    ico.write(new byte[] {(byte) png.length, 0, 0, 0, 22, 0, 0, 0});
    ico.write(png);
    Files.write(dir.resolve("a.ico"), ico.toByteArray());
    Files.writeString(dir.resolve("broken.png"), "not an image at all");
    svg("wh", "width=\"40\" height=\"20\"");
    svg("none", "");
    svg("vb", "viewBox=\"0 0 40 20\"");
    svg("vb2", "viewBox=\"0 0 10 40\"");
    svg("w", "width=\"40\" viewBox=\"0 0 40 20\"");
    svg("wonly", "width=\"40\"");
    svg("honly", "height=\"40\"");
    svg("hvb", "height=\"40\" viewBox=\"0 0 10 40\"");
    svg("frac", "width=\"10.6\" height=\"2.4\"");
    svg("units", "width=\"1in\" height=\"3pt\"");
    svg("em", "width=\"2em\" height=\"50%\"");
    svg("neg", "width=\"-5\" height=\"0\"");
    svg("sp", "width=\" 12px \" height=\"7PX\"");
    svg("s2", "height=\"40\" viewBox=\"0 0 10 40\"");
    svg("s15", "width=\"10.6\" height=\"2.4\"");
    svg("s1", "width=\"40\" height=\"20\"");
    svg("s3", "");
    svg("sw", "width=\"1in\" height=\"3pt\"");
    Files.writeString(dir.resolve("nons.svg"), "<svg width=\"40\" height=\"20\"></svg>");
    Files.writeString(
        dir.resolve("bad.svg"),
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"40\" height=\"20\"><rect></svg>");
  }

  private void svg(String name, String attributes) throws IOException {
    Files.writeString(
        dir.resolve(name + ".svg"),
        "<svg xmlns=\"http://www.w3.org/2000/svg\" "
            + attributes
            + "><rect width=\"4\" height=\"2\"/></svg>",
        StandardCharsets.UTF_8);
  }

  /**
   * The page's images delay its load event and fire load or error (an empty src too, no src
   * nothing); each format's natural size, broken and missing images, SVG's sizing rules, data: URLs
   * (sniffed, SVG only by its type), an unparsable URL; the list of available images (an image
   * loaded before is complete at once); decode() and its EncodingError; a fragment's image, and
   * none from a template, a DOMParser document or a made document; a clone's; the last source set
   * wins; srcset's x and w descriptors (sizes' media condition) and the density-corrected natural
   * size; the reflected attributes. One line differs from Chromium's: loading's missing and invalid
   * value default is "eager" as #attr-img-loading says (Chromium 156 answers "auto").
   */
  @ParameterizedTest
  @EnumSource(JsEngine.class)
  void imagesLoadSizeAndFireTheirEventsAsInChromium(JsEngine engine) throws Exception {
    writeImages();
    Runs.assertPagePrints(
        dir,
        "images.html",
        engine,
        """
<!DOCTYPE html><html><body>
<img id=p1 src="a.png" onload="seen.push('p1 load ' + this.naturalWidth + 'x' + this.naturalHeight)" onerror="seen.push('p1 error')">
<img id=p2 src="broken.png" onerror="seen.push('p2 error ' + this.complete)">
<img id=p3 onerror="seen.push('p3 error')" onload="seen.push('p3 load')">
<img id=p4 src="" onerror="seen.push('p4 error ' + this.complete)" onload="seen.push('p4 load')">
<script>
var seen = [];
function st(i) { return i.complete + ' ' + i.naturalWidth + 'x' + i.naturalHeight + ' ' + i.width + 'x' + i.height + ' [' + i.currentSrc.replace(/.*\\//, '') + ']'; }
console.log('p3 ' + st(document.getElementById('p3')) + ', p4 ' + st(document.getElementById('p4')));
window.onload = function () {
  seen.sort();
  console.log('window load after: ' + seen.join(', '));
  console.log('p1 ' + st(document.getElementById('p1')));
  next();
};
var files = ['a.png', 'a.webp', 'a.gif', 'a.jpg', 'a.bmp', 'a.ico', 'broken.png', 'missing.png', 'wh.svg', 'none.svg',
  'vb.svg', 'vb2.svg', 'w.svg', 'wonly.svg', 'honly.svg', 'hvb.svg', 'frac.svg', 'units.svg', 'em.svg', 'neg.svg',
  'sp.svg', 'nons.svg', 'bad.svg',
  'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAMAAAACCAYAAACddGYaAAAAEklEQVR4AWL6z8DwH4aZGJAAAAAA//+GpNPhAAAABklEQVQDAHTzBf+1yIrkAAAAAElFTkSuQmCC',
  'data:text/plain;base64,iVBORw0KGgoAAAANSUhEUgAAAAMAAAACCAYAAACddGYaAAAAEklEQVR4',
  'data:image/svg+xml,' + encodeURIComponent('<svg xmlns="http://www.w3.org/2000/svg" width="7" height="5"></svg>'),
  'data:image/png,' + encodeURIComponent('<svg xmlns="http://www.w3.org/2000/svg" width="7" height="5"></svg>'),
  'data:text/plain,hello', 'http://[bad', 'a.webp#frag'];
var steps = [];
files.forEach(function (f) {
  steps.push(function (done) {
    var img = new Image();
    img.onload = function (e) { console.log(f.slice(0, 24) + ': load ' + e.bubbles + ' ' + e.cancelable + ' ' + st(img)); done(); };
    img.onerror = function (e) { console.log(f.slice(0, 24) + ': error ' + st(img)); done(); };
    img.src = f;
    console.log(f.slice(0, 24) + ': set ' + st(img));
  });
});
steps.push(function (done) {
  var img = new Image(), img2 = new Image(5, 6);
  console.log('new Image ' + st(img) + '; new Image(5, 6) ' + st(img2) + ' ' + img2.outerHTML);
  img.src = 'a.png';
  console.log('available: ' + st(img));
  img.onload = function () {
    console.log('available load ' + st(img));
    img.removeAttribute('src');
    setTimeout(function () { console.log('removed ' + st(img)); done(); }, 0);
  };
});
steps.push(function (done) {
  var d = new Image(); d.src = 'a.gif';
  d.decode().then(function () { console.log('decode ' + st(d)); done(); });
});
steps.push(function (done) {
  var d = new Image(); d.src = 'broken.png';
  d.decode().then(null, function (e) { console.log('decode broken: ' + e.name + ': ' + e.message); done(); });
});
steps.push(function (done) {
  new Image().decode().then(null, function (e) { console.log('decode no source: ' + e.name); done(); });
});
steps.push(function (done) {
  var d = new Image(); d.src = 'a.png'; var p = d.decode(); d.src = 'a.gif';
  p.then(null, function (e) { console.log('decode then src changed: ' + e.name); done(); });
});
steps.push(function (done) {
  window.innerDone = done;
  document.createElement('div').innerHTML = '<img src="missing2.png" onerror="console.log(\\'innerHTML img error \\' + this.complete); innerDone()">';
});
steps.push(function (done) {
  var t = document.createElement('template');
  t.innerHTML = '<img src="a.png" onload="console.log(\\'template load\\')" onerror="console.log(\\'template error\\')">';
  var doc = new DOMParser().parseFromString('<img src="a.png" onload="console.log(\\'DOMParser load\\')">', 'text/html');
  var x = document.implementation.createHTMLDocument('').createElement('img');
  x.onload = function () { console.log('made document load'); };
  x.src = 'a.png';
  var c = document.createElement('img'); c.setAttribute('src', 'a.bmp');
  var copy = c.cloneNode();
  copy.onload = function () { console.log('clone ' + st(copy)); done(); };
});
steps.push(function (done) {
  var doc = new DOMParser().parseFromString('<p><img src="a.jpg"></p>', 'text/html');
  var img = doc.querySelector('img');
  img.addEventListener('load', function () { console.log('adopted ' + st(img)); done(); });
  console.log('before adoption ' + img.complete + ' ' + img.naturalWidth);
  document.body.appendChild(doc.body.firstChild);
});
steps.push(function (done) {
  var a = new Image(); a.onload = function () { console.log('changed mid-load ' + st(a)); done(); };
  a.src = 'vb.svg'; a.src = 'wh.svg';
});
steps.push(function (done) {
  var s = new Image(); s.onload = function () { console.log('srcset ' + st(s)); done(); };
  s.srcset = 's2.svg 2x, s15.svg 1.5x';
});
steps.push(function (done) {
  var s = new Image(); s.onload = function () { console.log('srcset 1x ' + st(s)); done(); };
  s.srcset = 's3.svg 2x, s1.svg';
});
steps.push(function (done) {
  var s = new Image(); s.onload = function () { console.log('srcset w ' + st(s)); done(); };
  s.sizes = '(max-width: 10px) 5px, 400px'; s.srcset = 'sw.svg 800w';
});
steps.push(function (done) {
  var i = new Image();
  console.log('reflect ' + [i.srcset, i.sizes, i.crossOrigin, i.useMap, i.isMap, i.referrerPolicy, i.decoding, i.loading, i.fetchPriority, i.lowsrc, i.align, i.hspace, i.vspace, i.longDesc, i.border, i.x, i.y].join('|'));
  i.crossOrigin = 'USE-credentials'; i.decoding = 'SYNC'; i.loading = 'bogus'; i.isMap = true; i.border = null; i.hspace = -1; i.longDesc = 'x';
  console.log('reflect ' + [i.crossOrigin, i.decoding, i.loading, i.isMap, i.border, i.hspace, i.longDesc.replace(/.*\\//, '')].join('|') + ' ' + i.outerHTML);
  i.crossOrigin = 'bad'; i.width = 7; i.height = -1;
  console.log('reflect ' + [i.crossOrigin, i.width, i.height].join('|') + ' ' + i.outerHTML);
  done();
});
function next() {
  var s = steps.shift();
  if (s) { s(next); } else { console.log('end'); }
}
</script>
</body></html>
""",
        """
p3 true 0x0 0x0 [], p4 true 0x0 0x0 []
window load after: p1 load 3x2, p2 error true, p4 error true
p1 true 3x2 3x2 [a.png]
a.png: set true 3x2 3x2 [a.png]
a.png: load false false true 3x2 3x2 [a.png]
a.webp: set false 0x0 0x0 []
a.webp: load false false true 3x2 3x2 [a.webp]
a.gif: set false 0x0 0x0 []
a.gif: load false false true 5x4 5x4 [a.gif]
a.jpg: set false 0x0 0x0 []
a.jpg: load false false true 9x8 9x8 [a.jpg]
a.bmp: set false 0x0 0x0 []
a.bmp: load false false true 6x7 6x7 [a.bmp]
a.ico: set false 0x0 0x0 []
a.ico: load false false true 3x2 3x2 [a.ico]
broken.png: set false 0x0 0x0 []
broken.png: error true 0x0 0x0 [broken.png]
missing.png: set false 0x0 0x0 []
missing.png: error true 0x0 0x0 [missing.png]
wh.svg: set false 0x0 0x0 []
wh.svg: load false false true 40x20 40x20 [wh.svg]
none.svg: set false 0x0 0x0 []
none.svg: load false false true 300x150 300x150 [none.svg]
vb.svg: set false 0x0 0x0 []
vb.svg: load false false true 300x150 300x150 [vb.svg]
vb2.svg: set false 0x0 0x0 []
vb2.svg: load false false true 38x150 38x150 [vb2.svg]
w.svg: set false 0x0 0x0 []
w.svg: load false false true 40x20 40x20 [w.svg]
wonly.svg: set false 0x0 0x0 []
wonly.svg: load false false true 40x150 40x150 [wonly.svg]
honly.svg: set false 0x0 0x0 []
honly.svg: load false false true 300x40 300x40 [honly.svg]
hvb.svg: set false 0x0 0x0 []
hvb.svg: load false false true 10x40 10x40 [hvb.svg]
frac.svg: set false 0x0 0x0 []
frac.svg: load false false true 11x2 11x2 [frac.svg]
units.svg: set false 0x0 0x0 []
units.svg: load false false true 96x4 96x4 [units.svg]
em.svg: set false 0x0 0x0 []
em.svg: load false false true 32x150 32x150 [em.svg]
neg.svg: set false 0x0 0x0 []
neg.svg: load false false true 0x0 0x0 [neg.svg]
sp.svg: set false 0x0 0x0 []
sp.svg: load false false true 12x7 12x7 [sp.svg]
nons.svg: set false 0x0 0x0 []
nons.svg: error true 0x0 0x0 [nons.svg]
bad.svg: set false 0x0 0x0 []
bad.svg: error true 0x0 0x0 [bad.svg]
data:image/png;base64,iV: set false 0x0 0x0 []
data:image/png;base64,iV: load false false true 3x2 3x2 [+GpNPhAAAABklEQVQDAHTzBf+1yIrkAAAAAElFTkSuQmCC]
data:text/plain;base64,i: set false 0x0 0x0 []
data:text/plain;base64,i: load false false true 3x2 3x2 [plain;base64,iVBORw0KGgoAAAANSUhEUgAAAAMAAAACCAYAAACddGYaAAAAEklEQVR4]
data:image/svg+xml,%3Csv: set false 0x0 0x0 []
data:image/svg+xml,%3Csv: load false false true 7x5 7x5 [svg+xml,%3Csvg%20xmlns%3D%22http%3A%2F%2Fwww.w3.org%2F2000%2Fsvg%22%20width%3D%227%22%20height%3D%225%22%3E%3C%2Fsvg%3E]
data:image/png,%3Csvg%20: set false 0x0 0x0 []
data:image/png,%3Csvg%20: error true 0x0 0x0 [png,%3Csvg%20xmlns%3D%22http%3A%2F%2Fwww.w3.org%2F2000%2Fsvg%22%20width%3D%227%22%20height%3D%225%22%3E%3C%2Fsvg%3E]
data:text/plain,hello: set false 0x0 0x0 []
data:text/plain,hello: error true 0x0 0x0 [plain,hello]
http://[bad: set false 0x0 0x0 []
http://[bad: error true 0x0 0x0 [[bad]
a.webp#frag: set false 0x0 0x0 []
a.webp#frag: load false false true 3x2 3x2 [a.webp#frag]
new Image true 0x0 0x0 []; new Image(5, 6) true 0x0 5x6 [] <img width="5" height="6">
available: true 3x2 3x2 [a.png]
available load true 3x2 3x2 [a.png]
removed true 0x0 0x0 []
decode true 5x4 5x4 [a.gif]
decode broken: EncodingError: The source image cannot be decoded.
decode no source: EncodingError
decode then src changed: EncodingError
innerHTML img error true
clone true 6x7 6x7 [a.bmp]
before adoption false 0
adopted true 9x8 9x8 [a.jpg]
changed mid-load true 40x20 40x20 [wh.svg]
srcset true 7x2 11x2 [s15.svg]
srcset 1x true 40x20 40x20 [s1.svg]
srcset w true 48x2 96x4 [sw.svg]
reflect ||||false||auto|eager|auto|||0|0|||0|0
reflect use-credentials|sync|eager|true||0|x <img crossorigin="USE-credentials" decoding="SYNC" loading="bogus" ismap="" border="" hspace="0" longdesc="x">
reflect anonymous|7|0 <img crossorigin="bad" decoding="SYNC" loading="bogus" ismap="" border="" hspace="0" longdesc="x" width="7" height="0">
end
""");
  }

  /**
   * Images over HTTP: decoded whatever the status (a 404's PNG loads) and sniffed whatever the
   * Content-Type (a PNG as text/html loads), except SVG, an image only as image/svg+xml (the lines
   * Chromium 156 printed against the same routes). An image still loading delays the load event
   * (#delay-the-load-event): its error comes first, then load, then the runner's click.
   */
  @ParameterizedTest
  @EnumSource(JsEngine.class)
  void httpImagesAreSniffedAndDelayTheLoadEventAndTheClick(JsEngine engine) throws Exception {
    String page =
        """
<!DOCTYPE html><html><body>
<img src="%BASE%/held" onerror="console.log('held image error ' + this.complete)">
<button onclick="console.log('clicked')">Go</button>
<script>
var cases = ['/png404', '/pnghtml', '/svgtext', '/svgok'];
var results = [];
function next() {
  var c = cases.shift();
  if (!c) { return; }
  var i = new Image();
  i.onload = function () { results.push(c + ' load ' + i.naturalWidth + 'x' + i.naturalHeight); next(); };
  i.onerror = function () { results.push(c + ' error'); next(); };
  i.src = '%BASE%' + c;
}
next();
window.onload = function () { console.log(results.join(', ')); console.log('window load'); };
</script>
</body></html>
"""
            .replace("%BASE%", http.url(""));
    Path file = dir.resolve("http-images.html");
    Files.writeString(file, page);
    http.hold();
    Thread releaser =
        new Thread(
            () -> {
              Awaitility.await()
                  .atMost(Duration.ofSeconds(60))
                  .until(() -> http.heldRequests() > 0);
              http.release();
            });
    releaser.start();
    Runs.Outcome o = Runs.run(engine, b -> {}, c -> c.runPage(file, "Go"));
    releaser.join();
    assertEquals(
        Runs.lines(
            """
held image error true
/png404 load 3x2, /pnghtml load 3x2, /svgtext error, /svgok load 7x5
window load
clicked"""),
        o.out(),
        o::toString);
  }
}
