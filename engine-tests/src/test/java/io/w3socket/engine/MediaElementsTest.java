package io.w3socket.engine;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Audio and video in a host that plays nothing (html-media-element.js): the page prints what
 * headless Chromium 156 printed for it, in both engines (its sources do not exist, so Chromium
 * fails them too).
 */
class MediaElementsTest {
  @TempDir Path dir;

  /**
   * The members' values before any media, reflected attributes, canPlayType, the volume's range
   * error, an empty TimeRanges' error, currentTime kept; play() refused to unmuted audio (a new
   * Audio() too) and allowed to a muted video until its load fails (play, loadstart, error, the
   * promise rejected, pause), play() again after the failure; pause() starting a load without a
   * source; volumechange and ratechange for changes only; a src set starting a load.
   */
  @ParameterizedTest
  @EnumSource(JsEngine.class)
  void mediaElementsFailTheirSourcesAndRefusePlayAsChromiumDoes(JsEngine engine) throws Exception {
    Runs.assertPagePrints(
        dir,
        "media.html",
        engine,
        """
<!DOCTYPE html><html><body><video id=v src="nope.mp4" muted poster="p.png" width=40></video><audio id=a></audio><script>
function log() { console.log(Array.prototype.join.call(arguments, ' ')); }
var v = document.getElementById('v'), a = document.getElementById('a');
log(Object.getOwnPropertyNames(HTMLVideoElement.prototype).filter(function (n) { return /^(width|height|videoWidth|videoHeight|poster|playsInline)$/.test(n); }).sort().join());
['loadstart', 'error', 'emptied', 'abort', 'play', 'pause', 'loadedmetadata', 'canplay', 'volumechange', 'ratechange'].forEach(function (t) {
  v.addEventListener(t, function () { log('v', t, v.networkState, v.readyState, String(v.error && v.error.code), String(v.error && v.error.message)); });
  a.addEventListener(t, function () { log('a', t, a.networkState, a.readyState, String(a.error && a.error.code)); });
});
log(v.readyState, v.paused, v.currentTime, v.duration, v.ended, v.volume, v.muted, v.defaultMuted, v.playbackRate, v.defaultPlaybackRate, JSON.stringify(v.currentSrc), v.src.slice(-8), v.preload, v.buffered.length, v.seekable.length, v.played.length, v.autoplay, v.loop, v.controls, v.seeking, v.crossOrigin, v.videoWidth, v.videoHeight, v.poster.slice(-5), v.width, v.height, v.playsInline, v.preservesPitch, String(v.srcObject));
log(a.networkState, JSON.stringify(v.canPlayType('foo/bar')), HTMLMediaElement.HAVE_ENOUGH_DATA, v.NETWORK_NO_SOURCE, MediaError.MEDIA_ERR_SRC_NOT_SUPPORTED, v.buffered instanceof TimeRanges);
try { v.volume = 2; } catch (e) { log(e.name, e.message); }
try { v.buffered.start(0); } catch (e) { log(e.name, e.message); }
v.currentTime = 5; log(v.currentTime);
var p = v.play(); log(p instanceof Promise, v.paused);
p.then(function () { log('played'); }, function (e) { log('v play rejected', e.name, e.message, v.paused); });
a.play().then(function () { log('a played'); }, function (e) { log('a play rejected', e.name, e.message); });
a.pause(); log('paused', a.paused, a.networkState);
new Audio('ding.mp3').play().catch(function (e) { log('new Audio play', e.name); });
v.addEventListener('error', function () {
  v.play().catch(function (e) { log('after error', e.name, e.message); });
  v.volume = 0.5; v.muted = false; v.playbackRate = 2; v.playbackRate = 2; v.volume = 0.5;
  a.src = 'nope.mp3';
}, {once: true});
</script></body></html>
""",
        """
height,playsInline,poster,videoHeight,videoWidth,width
0 true 0 NaN false 1 true true 1 1 "" nope.mp4 metadata 0 0 0 false false false false  0 0 p.png 40 0 false true null
0 "" 4 3 4 true
IndexSizeError Failed to set the 'volume' property on 'HTMLMediaElement': The volume provided (2) is outside the range [0, 1].
IndexSizeError Failed to execute 'start' on 'TimeRanges': The index provided (0) is greater than or equal to the maximum bound (0).
5
true false
paused true 3
a play rejected NotAllowedError play() failed because the user didn't interact with the document first. https://goo.gl/xX8pDD
new Audio play NotAllowedError
v play 2 0 null null
v loadstart 2 0 null null
v error 3 0 4 MEDIA_ELEMENT_ERROR: Format error
after error NotSupportedError The element has no supported sources.
v play rejected NotSupportedError Failed to load because no supported source was found. true
v pause 3 0 4 MEDIA_ELEMENT_ERROR: Format error
v volumechange 3 0 4 MEDIA_ELEMENT_ERROR: Format error
v volumechange 3 0 4 MEDIA_ELEMENT_ERROR: Format error
v ratechange 3 0 4 MEDIA_ELEMENT_ERROR: Format error
a loadstart 2 0 null
a error 3 0 4
""");
  }
}
