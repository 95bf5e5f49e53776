package io.w3socket.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The Window members of a top-level page (window-members.js, and the lazy module windowextras:
 * idle-callbacks.js, named-constructors.js, bar-prop.js): name and status as strings, closed,
 * crossOriginIsolated, length, frameElement, clientInformation, the bars, external, close()
 * refused with Chromium's warning (on the error output, where console.warn goes), the members that
 * do nothing, the named constructors Image, Audio and Option, and requestIdleCallback after the
 * tasks its caller queued; a script's global function named status replaces the attribute. The
 * page prints what headless Chromium 156 printed for it, in both engines.
 */
class WindowMembersTest {
  @TempDir Path dir;

  @ParameterizedTest
  @EnumSource(JsEngine.class)
  void windowMembersAsChromiumHasThem(JsEngine engine) throws Exception {
    Path page = dir.resolve("window.html");
    Files.writeString(
        page,
"""
<!DOCTYPE html><html><body><script>
function log() { console.log(Array.prototype.join.call(arguments, ' ')); }
log(JSON.stringify(window.name), window.closed, window.crossOriginIsolated, window.length, JSON.stringify(window.status), window.frameElement, window.clientInformation === navigator);
window.name = 42; window.status = 'busy';
log(typeof window.name, window.name, window.status);
var d = Object.getOwnPropertyDescriptor(window, 'name'); log(typeof d.get, typeof d.set, d.enumerable, d.configurable);
log(['locationbar', 'menubar', 'personalbar', 'scrollbars', 'statusbar', 'toolbar'].map(function (b) { return window[b].visible; }).join(), window.toolbar instanceof BarProp, window.toolbar === window.toolbar);
log(window.external instanceof External, typeof external.AddSearchProvider, external.AddSearchProvider(), external.IsSearchProviderInstalled());
log(window.captureEvents(), window.releaseEvents(), typeof window.print, typeof window.stop, typeof window.focus, typeof window.blur);
window.close(); log('after close', window.closed);
var img = new Image(); log(img instanceof HTMLImageElement, img.outerHTML);
var img2 = new Image(20, 10); log(img2.outerHTML, Image.name, Image.length, Image.prototype === HTMLImageElement.prototype);
var opt = new Option('Text', 'v', true, false); log(opt.outerHTML, opt.text, opt.value, opt.selected, opt.defaultSelected, Option.length);
var opt2 = new Option(); log(opt2.outerHTML, new Option('a', undefined, false, true).selected);
var au = new Audio('x.mp3'); log(au instanceof HTMLAudioElement, au.outerHTML.replace(/src="[^"]*"/, 'src=URL'), new Audio().outerHTML);
try { Image(); } catch (e) { log(e.name, e.message); }
var order = [];
var id1 = requestIdleCallback(function (deadline) { order.push('idle1'); log('idle1', typeof deadline.timeRemaining(), deadline.timeRemaining() >= 0, deadline.timeRemaining() <= 50, deadline.didTimeout, deadline instanceof IdleDeadline); log(order.join()); });
var id2 = requestIdleCallback(function () { order.push('idle2'); });
cancelIdleCallback(id2);
setTimeout(function () { order.push('timeout'); }, 0);
Promise.resolve().then(function () { order.push('micro'); });
log(typeof id1, id1 > 0, typeof IdleDeadline);
try { requestIdleCallback(); } catch (e) { log(e.name, e.message); }
try { requestIdleCallback(5); } catch (e) { log(e.name, e.message); }
requestIdleCallback(function (d) { log('with timeout', d.didTimeout); }, {timeout: 1000});
</script><script>function status() { return "declared"; } log("declared", typeof status, status(), typeof window.status);</script></body></html>
""");
    Runs.Outcome o = Runs.run(engine, b -> {}, c -> c.runPage(page, null));
    String expected =
"""
"" false false 0 ""  true
string 42 busy
function function true true
true,true,true,true,true,true true true
true function \s
  function function function function
after close false
true <img>
<img width="20" height="10"> Image 0 true
<option value="v" selected="">Text</option> Text v false true 0
<option></option> true
true <audio preload="auto" src=URL></audio> <audio preload="auto"></audio>
TypeError Failed to construct 'Image': Please use the 'new' operator, this DOM object constructor cannot be called as a function.
number true function
TypeError Failed to execute 'requestIdleCallback' on 'Window': 1 argument required, but only 0 present.
TypeError Failed to execute 'requestIdleCallback' on 'Window': parameter 1 is not of type 'Function'.
declared function declared function
idle1 number true true false true
micro,timeout,idle1
with timeout false
""";
    assertEquals(Runs.lines(expected), o.out(), o::toString);
    assertEquals(
        List.of("Scripts may close only the windows that were opened by them."), o.err(), o::toString);
    assertEquals(List.of(), o.result().errors(), o::toString);
  }
}
