package io.w3socket.engine;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A canvas in a host that draws nothing (html-canvas-element.js, BlankPng): the page prints what
 * headless Chromium 156 printed for it, in both engines, but for the members left out
 * (transferControlToOffscreen, captureStream) and the type of a WebP data URL (Chromium writes
 * WebP; this host writes PNG, as the standard allows for a type it does not support), which it
 * prints only the start of.
 */
class CanvasTest {
  @TempDir Path dir;

  /**
   * width and height reflected (defaults, an invalid attribute, a negative value set), getContext
   * answering null, toDataURL and toBlob of an empty bitmap ("data:," and null) and of a 20 × 7 one
   * (a PNG an img loads at that size, a Blob), their argument errors.
   */
  @ParameterizedTest
  @EnumSource(JsEngine.class)
  void canvasReflectsItsSizeAndEncodesItsBlankBitmapAsInChromium(JsEngine engine) throws Exception {
    Runs.assertPagePrints(
        dir,
        "canvas.html",
        engine,
        """
<canvas id=c width=20 height="abc"></canvas><script>
function log() { console.log(Array.prototype.join.call(arguments, ' ')); }
var c = document.getElementById('c');
log(Object.getOwnPropertyNames(HTMLCanvasElement.prototype).filter(function (n) { return n !== "captureStream" && n !== "transferControlToOffscreen"; }).sort().join());
log(c.width, c.height, c.getAttribute('height'));
c.width = -5; log(c.width, c.getAttribute('width'));
c.height = 7; log(c.height, c.getAttribute('height'));
c.width = 0; log(c.toDataURL(), c.toDataURL('image/jpeg'));
log(String(c.getContext('foo')), c.getContext.length, c.toDataURL.length, c.toBlob.length);
try { c.getContext(); } catch (e) { log(e.name, e.message); }
try { c.toBlob(); } catch (e) { log(e.name, e.message); }
c.toBlob(function (b) { log('blob', String(b)); });
var d = document.createElement('canvas'); log(d.width, d.height);
</script>
<script>
var k = document.createElement('canvas'); k.width = 20; k.height = 7;
var url = k.toDataURL('image/webp', 0.5);
log(url.substring(0, 11), k.toDataURL().substring(0, 22));
var img = new Image(); img.onload = function () { log('img', img.naturalWidth, img.naturalHeight); k.toBlob(function (b) { log('toBlob', b.constructor.name, b.type, b.size > 0); }); }; img.src = k.toDataURL();
try { k.toBlob(5); } catch (e) { log(e.name, e.message); }
</script>
""",
        """
constructor,getContext,height,toBlob,toDataURL,width
20 150 abc
300 300
7 7
data:, data:,
null 1 0 1
TypeError Failed to execute 'getContext' on 'HTMLCanvasElement': 1 argument required, but only 0 present.
TypeError Failed to execute 'toBlob' on 'HTMLCanvasElement': 1 argument required, but only 0 present.
300 150
data:image/ data:image/png;base64,
TypeError Failed to execute 'toBlob' on 'HTMLCanvasElement': parameter 1 is not of type 'Function'.
blob null
img 20 7
toBlob Blob image/png true
""");
  }
}
