package io.w3socket.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * CSSOM View, Media Queries and the observers in both engines, for a page nobody lays out
 * (cssom-view.js, media-queries.js, computed-style.js, resize-observer.js,
 * intersection-observer.js): matchMedia over 144 queries, the window's and the screen's sizes,
 * DOMRect, the scroll methods' promises, getComputedStyle, visualViewport, elementFromPoint,
 * checkVisibility, and ResizeObserver and IntersectionObserver entries of targets without a box
 * (what Chromium reports for a detached or display: none element) each print what headless Chromium
 * 156 printed for the same script with an 800 × 600 viewport (Playwright's), but for (hover) and
 * (pointer), which are plain headless Chromium's (no pointing device). The scripts leave out what
 * needs layout (a rendered element's box and used sizes) and the deviations the modules' headers
 * name.
 */
class CssomViewTest {
  @TempDir Path dir;

  @ParameterizedTest
  @EnumSource(JsEngine.class)
  void matchMediaParsesSerializesAndEvaluatesAsChromiumDoes(JsEngine engine) {
    Runs.Outcome o =
        Runs.script(
            engine,
"""
var qs = [
'all', 'screen', 'print', 'speech', 'tv', 'handheld', 'foo', 'only screen', 'not screen',
'not print', 'only', 'not', 'SCREEN and (MIN-WIDTH: 100PX)', '(width: 800px)', '(width:800px)',
'(min-width: 800px)', '(max-width: 799px)', '(min-width: 50em)', '(min-width: 50.1em)',
'(width >= 800px)', '(400px < width < 900px)', '(width > 800px)', '(800px = width)', '(width)',
'(height)', '(min-height: 600px)', '(max-height: 600px)', '(orientation: landscape)',
'(orientation: portrait)', '(aspect-ratio: 4/3)', '(aspect-ratio: 4 / 3)',
'(min-aspect-ratio: 1/1)', '(aspect-ratio: 1.3333)', '(device-width: 800px)',
'(device-height: 600px)', '(device-aspect-ratio: 4/3)', '(resolution: 1dppx)',
'(resolution: 96dpi)', '(min-resolution: 2dppx)', '(resolution: 1x)',
'(-webkit-min-device-pixel-ratio: 1)', '(-webkit-device-pixel-ratio: 2)',
'(min-resolution: 37.8dpcm)', '(color)', '(color: 8)', '(min-color: 1)', '(color-index)',
'(monochrome)', '(monochrome: 0)', '(grid)', '(scan: progressive)', '(update: fast)',
'(update)', '(overflow-block: scroll)', '(overflow-inline: scroll)', '(hover: hover)',
'(hover: none)', '(hover)', '(pointer: fine)', '(pointer: coarse)', '(pointer: none)',
'(pointer)', '(any-hover: hover)', '(any-pointer: none)', '(any-pointer: fine)',
'(prefers-color-scheme: light)', '(prefers-color-scheme: dark)',
'(prefers-reduced-motion: no-preference)', '(prefers-reduced-motion)',
'(prefers-contrast: no-preference)', '(prefers-contrast: more)', '(forced-colors: none)',
'(forced-colors)', '(inverted-colors: none)', '(prefers-reduced-transparency: no-preference)',
'(prefers-reduced-data: no-preference)', '(display-mode: browser)',
'(display-mode: standalone)', '(dynamic-range: standard)', '(dynamic-range: high)',
'(video-dynamic-range: standard)', '(color-gamut: srgb)', '(color-gamut: p3)',
'(scripting: enabled)', '(scripting)', '(environment-blending: opaque)',
'(device-posture: continuous)', 'screen and (min-width: 600px), print',
'print, (max-width: 10px)', 'not all and (monochrome)', 'not (color)',
'(color) or (monochrome)', '((color) and (hover: none))', 'not ((color) and (grid))',
'(min-width: 600px) and (max-width: 900px)', 'screen and (color) and (min-width:0)',
'(min-width: 600)', '(min-width: 0)', '(min-width: 1in)', '(min-width: 10cm)',
'(min-width: 1000pt)', '(max-width: 10vw)', '(min-width: 100vw)', '(min-width: 50rem)',
'(min-width: 10ch)', '(unknown-feature)', '(min-width)', '(width: bogus)', 'screen and',
'and (color)', '(color) and', '@media screen', 'screen, garbage((', '(MIN-WIDTH: 800PX)',
'(  min-width  :  800px  )', '(min-width: +800px)', '(min-width: 8e2px)', '(min-width: -1px)',
'(width: 800.0px)', '(min-width: 800px) and (orientation: landscape)  ', '(orientation)',
'(orientation: sideways)', '(prefers-color-scheme)', '(prefers-color-scheme: blue)',
'not screen and (color), print and (color)', 'only print',
'(width < 900px) and (height > 500px)', '(900px > width > 400px)', '(width <= 800px)',
'(800px <= width <= 800px)', '(aspect-ratio > 1)', '(aspect-ratio: 8/6)',
'(aspect-ratio: 800/600)', '(aspect-ratio: 2)', '', ' ', 'all and (color)', 'not all',
'NOT ALL', 'screen and (color), ', '(color),, screen', '(color)/**/and(hover: none)',
'(color) and(hover: none)', '(color)and (hover: none)'];
qs.forEach(function (q) { var m = matchMedia(q); console.log(JSON.stringify(q) + ' => ' + JSON.stringify(m.media) + ' ' + m.matches); });
""");
    assertEquals(
        List.of(
"""
"all" => "all" true
"screen" => "screen" true
"print" => "print" false
"speech" => "speech" false
"tv" => "tv" false
"handheld" => "handheld" false
"foo" => "foo" false
"only screen" => "only screen" true
"not screen" => "not screen" false
"not print" => "not print" true
"only" => "not all" false
"not" => "not all" false
"SCREEN and (MIN-WIDTH: 100PX)" => "screen and (min-width: 100px)" true
"(width: 800px)" => "(width: 800px)" true
"(width:800px)" => "(width: 800px)" true
"(min-width: 800px)" => "(min-width: 800px)" true
"(max-width: 799px)" => "(max-width: 799px)" false
"(min-width: 50em)" => "(min-width: 50em)" true
"(min-width: 50.1em)" => "(min-width: 50.1em)" false
"(width >= 800px)" => "(width >= 800px)" true
"(400px < width < 900px)" => "(400px < width < 900px)" true
"(width > 800px)" => "(width > 800px)" false
"(800px = width)" => "(800px = width)" true
"(width)" => "(width)" true
"(height)" => "(height)" true
"(min-height: 600px)" => "(min-height: 600px)" true
"(max-height: 600px)" => "(max-height: 600px)" true
"(orientation: landscape)" => "(orientation: landscape)" true
"(orientation: portrait)" => "(orientation: portrait)" false
"(aspect-ratio: 4/3)" => "(aspect-ratio: 4 / 3)" true
"(aspect-ratio: 4 / 3)" => "(aspect-ratio: 4 / 3)" true
"(min-aspect-ratio: 1/1)" => "(min-aspect-ratio: 1 / 1)" true
"(aspect-ratio: 1.3333)" => "(aspect-ratio: 1.3333 / 1)" false
"(device-width: 800px)" => "(device-width: 800px)" true
"(device-height: 600px)" => "(device-height: 600px)" true
"(device-aspect-ratio: 4/3)" => "(device-aspect-ratio: 4 / 3)" true
"(resolution: 1dppx)" => "(resolution: 1dppx)" true
"(resolution: 96dpi)" => "(resolution: 96dpi)" true
"(min-resolution: 2dppx)" => "(min-resolution: 2dppx)" false
"(resolution: 1x)" => "(resolution: 1x)" true
"(-webkit-min-device-pixel-ratio: 1)" => "(-webkit-min-device-pixel-ratio: 1)" true
"(-webkit-device-pixel-ratio: 2)" => "(-webkit-device-pixel-ratio: 2)" false
"(min-resolution: 37.8dpcm)" => "(min-resolution: 37.8dpcm)" true
"(color)" => "(color)" true
"(color: 8)" => "(color: 8)" true
"(min-color: 1)" => "(min-color: 1)" true
"(color-index)" => "(color-index)" false
"(monochrome)" => "(monochrome)" false
"(monochrome: 0)" => "(monochrome: 0)" true
"(grid)" => "(grid)" false
"(scan: progressive)" => "(scan: progressive)" false
"(update: fast)" => "(update: fast)" true
"(update)" => "(update)" true
"(overflow-block: scroll)" => "(overflow-block: scroll)" true
"(overflow-inline: scroll)" => "(overflow-inline: scroll)" true
"(hover: hover)" => "(hover: hover)" false
"(hover: none)" => "(hover: none)" true
"(hover)" => "(hover)" false
"(pointer: fine)" => "(pointer: fine)" false
"(pointer: coarse)" => "(pointer: coarse)" false
"(pointer: none)" => "(pointer: none)" true
"(pointer)" => "(pointer)" false
"(any-hover: hover)" => "(any-hover: hover)" false
"(any-pointer: none)" => "(any-pointer: none)" true
"(any-pointer: fine)" => "(any-pointer: fine)" false
"(prefers-color-scheme: light)" => "(prefers-color-scheme: light)" true
"(prefers-color-scheme: dark)" => "(prefers-color-scheme: dark)" false
"(prefers-reduced-motion: no-preference)" => "(prefers-reduced-motion: no-preference)" true
"(prefers-reduced-motion)" => "(prefers-reduced-motion)" false
"(prefers-contrast: no-preference)" => "(prefers-contrast: no-preference)" true
"(prefers-contrast: more)" => "(prefers-contrast: more)" false
"(forced-colors: none)" => "(forced-colors: none)" true
"(forced-colors)" => "(forced-colors)" false
"(inverted-colors: none)" => "(inverted-colors: none)" false
"(prefers-reduced-transparency: no-preference)" => "(prefers-reduced-transparency: no-preference)" true
"(prefers-reduced-data: no-preference)" => "(prefers-reduced-data: no-preference)" false
"(display-mode: browser)" => "(display-mode: browser)" true
"(display-mode: standalone)" => "(display-mode: standalone)" false
"(dynamic-range: standard)" => "(dynamic-range: standard)" true
"(dynamic-range: high)" => "(dynamic-range: high)" false
"(video-dynamic-range: standard)" => "(video-dynamic-range: standard)" false
"(color-gamut: srgb)" => "(color-gamut: srgb)" true
"(color-gamut: p3)" => "(color-gamut: p3)" false
"(scripting: enabled)" => "(scripting: enabled)" true
"(scripting)" => "(scripting)" true
"(environment-blending: opaque)" => "(environment-blending: opaque)" false
"(device-posture: continuous)" => "(device-posture: continuous)" true
"screen and (min-width: 600px), print" => "screen and (min-width: 600px), print" true
"print, (max-width: 10px)" => "print, (max-width: 10px)" false
"not all and (monochrome)" => "not all and (monochrome)" true
"not (color)" => "not (color)" false
"(color) or (monochrome)" => "(color) or (monochrome)" true
"((color) and (hover: none))" => "((color) and (hover: none))" true
"not ((color) and (grid))" => "not ((color) and (grid))" true
"(min-width: 600px) and (max-width: 900px)" => "(min-width: 600px) and (max-width: 900px)" true
"screen and (color) and (min-width:0)" => "screen and (color) and (min-width: 0)" true
"(min-width: 600)" => "(min-width: 600)" false
"(min-width: 0)" => "(min-width: 0)" true
"(min-width: 1in)" => "(min-width: 1in)" true
"(min-width: 10cm)" => "(min-width: 10cm)" true
"(min-width: 1000pt)" => "(min-width: 1000pt)" false
"(max-width: 10vw)" => "(max-width: 10vw)" false
"(min-width: 100vw)" => "(min-width: 100vw)" true
"(min-width: 50rem)" => "(min-width: 50rem)" true
"(min-width: 10ch)" => "(min-width: 10ch)" true
"(unknown-feature)" => "(unknown-feature)" false
"(min-width)" => "(min-width)" false
"(width: bogus)" => "(width: bogus)" false
"screen and" => "not all" false
"and (color)" => "not all" false
"(color) and" => "not all" false
"@media screen" => "not all" false
"screen, garbage((" => "screen, garbage((" true
"(MIN-WIDTH: 800PX)" => "(min-width: 800px)" true
"(  min-width  :  800px  )" => "(min-width: 800px)" true
"(min-width: +800px)" => "(min-width: 800px)" true
"(min-width: 8e2px)" => "(min-width: 800px)" true
"(min-width: -1px)" => "(min-width: -1px)" true
"(width: 800.0px)" => "(width: 800px)" true
"(min-width: 800px) and (orientation: landscape)  " => "(min-width: 800px) and (orientation: landscape)" true
"(orientation)" => "(orientation)" true
"(orientation: sideways)" => "(orientation: sideways)" false
"(prefers-color-scheme)" => "(prefers-color-scheme)" true
"(prefers-color-scheme: blue)" => "(prefers-color-scheme: blue)" false
"not screen and (color), print and (color)" => "not screen and (color), print and (color)" false
"only print" => "only print" false
"(width < 900px) and (height > 500px)" => "(width < 900px) and (height > 500px)" true
"(900px > width > 400px)" => "(900px > width > 400px)" true
"(width <= 800px)" => "(width <= 800px)" true
"(800px <= width <= 800px)" => "(800px <= width <= 800px)" true
"(aspect-ratio > 1)" => "(aspect-ratio > 1 / 1)" true
"(aspect-ratio: 8/6)" => "(aspect-ratio: 8 / 6)" true
"(aspect-ratio: 800/600)" => "(aspect-ratio: 800 / 600)" true
"(aspect-ratio: 2)" => "(aspect-ratio: 2 / 1)" false
"" => "" true
" " => "" true
"all and (color)" => "(color)" true
"not all" => "not all" false
"NOT ALL" => "not all" false
"screen and (color), " => "screen and (color), not all" true
"(color),, screen" => "(color), not all, screen" true
"(color)/**/and(hover: none)" => "not all" false
"(color) and(hover: none)" => "not all" false
"(color)and (hover: none)" => "(color) and (hover: none)" true
"""
                .split("\n")),
        o.out(),
        o::toString);
  }

  @ParameterizedTest
  @EnumSource(JsEngine.class)
  void windowScreenRectanglesAndScrollingAsChromiumDoes(JsEngine engine) {
    Runs.Outcome o =
        Runs.script(
            engine,
"""
function log() { console.log(Array.prototype.join.call(arguments, ' ')); }
function desc(o, n) { var d = Object.getOwnPropertyDescriptor(o, n); return d ? (('value' in d) ? 'value' : 'get' + (d.set ? '/set' : '')) + (d.enumerable ? ' e' : '') + (d.configurable ? ' c' : '') : 'none'; }
log(innerWidth, innerHeight, outerWidth, outerHeight, devicePixelRatio, scrollX, scrollY, pageXOffset, pageYOffset);
log(screen.width, screen.height, screen.availWidth, screen.availHeight, screen.colorDepth, screen.pixelDepth, screen.availLeft, screen.availTop, screen.isExtended, screen.orientation.type, screen.orientation.angle, screen === window.screen);
log(Object.getOwnPropertyNames(Screen.prototype).sort().join(), Object.getOwnPropertyNames(ScreenOrientation.prototype).sort().join(), Object.getPrototypeOf(Screen.prototype) === EventTarget.prototype);
['innerWidth', 'screen', 'devicePixelRatio', 'scrollY', 'outerHeight'].forEach(function (n) { log(n, desc(window, n)); });
var theScreen = screen;
innerWidth = 5; screen = 'x'; log('replaced', innerWidth, screen, desc(window, 'innerWidth'));
try { matchMedia(); } catch (e) { log(e.name, e.message); }
var m = matchMedia('(min-width: 1px)');
log(matchMedia('(min-width: 1px)') === m, m.onchange, String(m.addListener(function () {})), String(m.addListener(null)), m.removeListener.length, m.addListener.length, m instanceof EventTarget);
try { m.addListener(5); } catch (e) { log(e.name, e.message); }
try { new MediaQueryList(); } catch (e) { log(e.name, e.message); }
try { new Screen(); } catch (e) { log(e.name, e.message); }
var r = new DOMRect(1, 2, -3, 4);
log(r.x, r.y, r.width, r.height, r.top, r.right, r.bottom, r.left, JSON.stringify(r), Object.getOwnPropertyNames(DOMRect.prototype).sort().join(), Object.getOwnPropertyNames(DOMRectReadOnly.prototype).sort().join());
r.width = NaN; log(r.right, r.left, JSON.stringify(r));
var ro = new DOMRectReadOnly(); ro.x = 5;
log(ro.x, JSON.stringify(DOMRect.fromRect({x: 1, width: 2})), DOMRect.fromRect() instanceof DOMRect, DOMRectReadOnly.fromRect({y: 3}) instanceof DOMRect, new DOMRect('a').x);
try { DOMRect(); } catch (e) { log(e.name, e.message); }
var x = document.createElement('p');
log('detached', JSON.stringify(x.getBoundingClientRect()), x.getClientRects() instanceof DOMRectList, x.getClientRects().length, x.offsetWidth, x.offsetHeight, x.offsetTop, x.offsetParent, x.clientWidth, x.scrollWidth, x.scrollTop);
x.scrollTop = 50; log(x.scrollTop, x.scrollLeft);
var results = [scrollTo(0, 1000), scrollBy({top: 5}), scroll(), x.scrollIntoView(), x.scrollIntoView(false), x.scrollIntoView({block: 'end'}), x.scrollTo(1, 2), x.scrollBy()];
log(results.map(function (p) { return p instanceof Promise; }).join(), scrollY);
var fails = [x.scrollIntoView({block: 'bogus'}), scrollTo({behavior: 'bogus'}), scroll(1), x.scroll(2)];
Promise.all(results).then(function (v) { log('resolved', v.length, JSON.stringify(v[0]), v[0] === v[1]); });
fails.forEach(function (p) { p.catch(function (e) { log(e.name, e.message); }); });
try { resizeTo(1); } catch (e) { log(e.name, e.message); }
log(String(resizeTo(1, 1)), String(moveBy(1, 1)), String(moveTo(0, 0)), String(resizeBy(1, 2)));
log(document.scrollingElement === document.documentElement, document.documentElement.clientWidth, document.documentElement.clientHeight, document.documentElement.scrollWidth, document.documentElement.scrollHeight, document.documentElement.clientTop);
theScreen.orientation = null;
theScreen.orientation.lock('portrait').then(function () { log('locked'); }, function (e) { log('lock', e.name, e.message); });
theScreen.orientation.lock('bogus').catch(function (e) { log('lock bogus', e.name, e.message); });
""");
    assertEquals(
        List.of(
"""
800 600 800 600 1 0 0 0 0
800 600 800 600 24 24 0 0 false landscape-primary 0 true
availHeight,availLeft,availTop,availWidth,colorDepth,constructor,height,isExtended,onchange,orientation,pixelDepth,width angle,constructor,lock,onchange,type,unlock true
innerWidth get/set e c
screen get/set e c
devicePixelRatio get/set e c
scrollY get/set e c
outerHeight get/set e c
replaced 5 x value e c
TypeError Failed to execute 'matchMedia' on 'Window': 1 argument required, but only 0 present.
false  undefined undefined 1 1 true
TypeError Failed to execute 'addListener' on 'MediaQueryList': parameter 1 is not of type 'Object'.
TypeError Failed to construct 'MediaQueryList': Illegal constructor
TypeError Failed to construct 'Screen': Illegal constructor
1 2 -3 4 2 1 6 -2 {"x":1,"y":2,"width":-3,"height":4,"top":2,"right":1,"bottom":6,"left":-2} constructor,height,width,x,y bottom,constructor,height,left,right,toJSON,top,width,x,y
NaN NaN {"x":1,"y":2,"width":null,"height":4,"top":2,"right":null,"bottom":6,"left":null}
0 {"x":1,"y":0,"width":2,"height":0,"top":0,"right":3,"bottom":0,"left":1} true false NaN
TypeError Failed to construct 'DOMRect': Please use the 'new' operator, this DOM object constructor cannot be called as a function.
detached {"x":0,"y":0,"width":0,"height":0,"top":0,"right":0,"bottom":0,"left":0} true 0 0 0 0  0 0 0
0 0
true,true,true,true,true,true,true,true 0
TypeError Failed to execute 'resizeTo' on 'Window': 2 arguments required, but only 1 present.
undefined undefined undefined undefined
true 800 600 800 600 0
TypeError Failed to execute 'scrollIntoView' on 'Element': Failed to read the 'block' property from 'ScrollIntoViewOptions': The provided value 'bogus' is not a valid enum value of type ScrollLogicalPosition.
TypeError Failed to execute 'scrollTo' on 'Window': Failed to read the 'behavior' property from 'ScrollOptions': The provided value 'bogus' is not a valid enum value of type ScrollBehavior.
TypeError Failed to execute 'scroll' on 'Window': The provided value is not of type 'ScrollToOptions'.
TypeError Failed to execute 'scroll' on 'Element': The provided value is not of type 'ScrollToOptions'.
lock bogus TypeError Failed to execute 'lock' on 'ScreenOrientation': The provided value 'bogus' is not a valid enum value of type OrientationLockType.
resolved 8 {"interrupted":false} false
lock NotSupportedError screen.orientation.lock() is not available on this device.
"""
                .split("\n")),
        o.out(),
        o::toString);
  }

  @ParameterizedTest
  @EnumSource(JsEngine.class)
  void computedStyleAsChromiumDoes(JsEngine engine) throws Exception {
    Path page = dir.resolve("computed.html");
    Files.writeString(
        page,
"""
<!DOCTYPE html><html><body><div id=d>x</div><span id=s hidden>y</span><p id=p style="color: RED; margin: 3px 1em; font-size: 20px; opacity: .5; transition-duration: 300ms, 2s; --brand: #FFF ; background-color: #0f08; border-left-width: 2pt; border-top: 1px solid; z-index: 3; display: FLEX; overflow: hidden auto; padding-left: 0.5in">z<b id=b style="color: currentcolor; font-size: 1.5em; margin-top: 2em; visibility: inherit; caret-color: rgb(0 0 255 / 50%); border-bottom-color: transparent">w</b><i id=i style="display: inline-block; --brand: initial; opacity: 7">v</i></p><ul><li id=li>u</li></ul><script>
function log() { console.log(Array.prototype.join.call(arguments, ' ')); }
var props = ['display', 'visibility', 'opacity', 'position', 'overflow', 'overflow-x', 'overflow-y', 'z-index', 'transition-duration', 'transition-delay', 'transition-property', 'animation-duration', 'animation-name', 'color', 'background-color', 'background-image', 'font-size', 'font-family', 'font-weight', 'font-style', 'line-height', 'direction', 'pointer-events', 'box-sizing', 'min-width', 'max-width', 'margin', 'margin-top', 'margin-left', 'padding', 'padding-top', 'padding-left', 'border-top-width', 'border-left-width', 'border-top-style', 'border-top-color', 'border-bottom-color', 'cursor', 'white-space', 'text-align', 'float', 'top', 'left', 'inset', 'gap', 'content', 'transform', 'flex-grow', 'flex-shrink', 'flex-basis', 'order', 'list-style-type', 'vertical-align', 'letter-spacing', 'word-spacing', 'writing-mode', '--brand', '--none', 'caret-color', 'unicode-bidi', 'tab-size', 'text-indent'];
['d', 's', 'p', 'b', 'i', 'li'].forEach(function (id) {
  var cs = getComputedStyle(document.getElementById(id));
  log(id, props.map(function (n) { return n + '=' + cs.getPropertyValue(n); }).join('; '));
});
var cs = getComputedStyle(document.getElementById('p'));
log(cs.marginLeft, cs.cssFloat, cs.zIndex, JSON.stringify(cs.getPropertyPriority('color')), JSON.stringify(cs.cssText), cs.parentRule, cs === getComputedStyle(document.getElementById('p')), cs instanceof CSSStyleDeclaration);
log(cs.item(0), cs[1], cs.length > 100, JSON.stringify(getComputedStyle(document.createElement('div')).display), getComputedStyle(document.createElement('div')).length);
try { cs.color = 'blue'; } catch (e) { log(e.name, e.message); }
try { cs.marginLeft = '1px'; } catch (e) { log(e.name, e.message); }
try { cs.setProperty('color', 'blue'); } catch (e) { log(e.name, e.message); }
try { cs.removeProperty('color'); } catch (e) { log(e.name, e.message); }
try { cs.cssText = 'color: red'; } catch (e) { log(e.name, e.message); }
try { cs.cssFloat = 'left'; } catch (e) { log(e.name, e.message); }
try { getComputedStyle({}); } catch (e) { log(e.name, e.message); }
try { getComputedStyle(); } catch (e) { log(e.name, e.message); }
try { getComputedStyle(document); } catch (e) { log(e.name, e.message); }
var live = getComputedStyle(document.getElementById('d'));
document.getElementById('d').style.display = 'none';
document.getElementById('p').appendChild(document.getElementById('d'));
log('live', live.display, live.color, live.fontSize);
</script></body></html>
""");
    Runs.Outcome o = Runs.run(engine, b -> {}, c -> c.runPage(page, null));
    assertEquals(
        List.of(
"""
d display=block; visibility=visible; opacity=1; position=static; overflow=visible; overflow-x=visible; overflow-y=visible; z-index=auto; transition-duration=0s; transition-delay=0s; transition-property=all; animation-duration=0s; animation-name=none; color=rgb(0, 0, 0); background-color=rgba(0, 0, 0, 0); background-image=none; font-size=16px; font-family="Times New Roman"; font-weight=400; font-style=normal; line-height=normal; direction=ltr; pointer-events=auto; box-sizing=content-box; min-width=0px; max-width=none; margin=0px; margin-top=0px; margin-left=0px; padding=0px; padding-top=0px; padding-left=0px; border-top-width=0px; border-left-width=0px; border-top-style=none; border-top-color=rgb(0, 0, 0); border-bottom-color=rgb(0, 0, 0); cursor=auto; white-space=normal; text-align=start; float=none; top=auto; left=auto; inset=auto; gap=normal; content=normal; transform=none; flex-grow=0; flex-shrink=1; flex-basis=auto; order=0; list-style-type=disc; vertical-align=baseline; letter-spacing=normal; word-spacing=0px; writing-mode=horizontal-tb; --brand=; --none=; caret-color=rgb(0, 0, 0); unicode-bidi=isolate; tab-size=8; text-indent=0px
s display=none; visibility=visible; opacity=1; position=static; overflow=visible; overflow-x=visible; overflow-y=visible; z-index=auto; transition-duration=0s; transition-delay=0s; transition-property=all; animation-duration=0s; animation-name=none; color=rgb(0, 0, 0); background-color=rgba(0, 0, 0, 0); background-image=none; font-size=16px; font-family="Times New Roman"; font-weight=400; font-style=normal; line-height=normal; direction=ltr; pointer-events=auto; box-sizing=content-box; min-width=0px; max-width=none; margin=0px; margin-top=0px; margin-left=0px; padding=0px; padding-top=0px; padding-left=0px; border-top-width=0px; border-left-width=0px; border-top-style=none; border-top-color=rgb(0, 0, 0); border-bottom-color=rgb(0, 0, 0); cursor=auto; white-space=normal; text-align=start; float=none; top=auto; left=auto; inset=auto; gap=normal; content=normal; transform=none; flex-grow=0; flex-shrink=1; flex-basis=auto; order=0; list-style-type=disc; vertical-align=baseline; letter-spacing=normal; word-spacing=0px; writing-mode=horizontal-tb; --brand=; --none=; caret-color=rgb(0, 0, 0); unicode-bidi=normal; tab-size=8; text-indent=0px
p display=flex; visibility=visible; opacity=0.5; position=static; overflow=hidden auto; overflow-x=hidden; overflow-y=auto; z-index=3; transition-duration=0.3s, 2s; transition-delay=0s; transition-property=all; animation-duration=0s; animation-name=none; color=rgb(255, 0, 0); background-color=rgba(0, 255, 0, 0.533); background-image=none; font-size=20px; font-family="Times New Roman"; font-weight=400; font-style=normal; line-height=normal; direction=ltr; pointer-events=auto; box-sizing=content-box; min-width=0px; max-width=none; margin=3px 20px; margin-top=3px; margin-left=20px; padding=0px 0px 0px 48px; padding-top=0px; padding-left=48px; border-top-width=1px; border-left-width=0px; border-top-style=solid; border-top-color=rgb(255, 0, 0); border-bottom-color=rgb(255, 0, 0); cursor=auto; white-space=normal; text-align=start; float=none; top=auto; left=auto; inset=auto; gap=normal; content=normal; transform=none; flex-grow=0; flex-shrink=1; flex-basis=auto; order=0; list-style-type=disc; vertical-align=baseline; letter-spacing=normal; word-spacing=0px; writing-mode=horizontal-tb; --brand=#FFF; --none=; caret-color=rgb(255, 0, 0); unicode-bidi=isolate; tab-size=8; text-indent=0px
b display=block; visibility=visible; opacity=1; position=static; overflow=visible; overflow-x=visible; overflow-y=visible; z-index=auto; transition-duration=0s; transition-delay=0s; transition-property=all; animation-duration=0s; animation-name=none; color=rgb(255, 0, 0); background-color=rgba(0, 0, 0, 0); background-image=none; font-size=30px; font-family="Times New Roman"; font-weight=700; font-style=normal; line-height=normal; direction=ltr; pointer-events=auto; box-sizing=content-box; min-width=auto; max-width=none; margin=60px 0px 0px; margin-top=60px; margin-left=0px; padding=0px; padding-top=0px; padding-left=0px; border-top-width=0px; border-left-width=0px; border-top-style=none; border-top-color=rgb(255, 0, 0); border-bottom-color=rgba(0, 0, 0, 0); cursor=auto; white-space=normal; text-align=start; float=none; top=auto; left=auto; inset=auto; gap=normal; content=normal; transform=none; flex-grow=0; flex-shrink=1; flex-basis=auto; order=0; list-style-type=disc; vertical-align=baseline; letter-spacing=normal; word-spacing=0px; writing-mode=horizontal-tb; --brand=#FFF; --none=; caret-color=rgba(0, 0, 255, 0.5); unicode-bidi=normal; tab-size=8; text-indent=0px
i display=block; visibility=visible; opacity=1; position=static; overflow=visible; overflow-x=visible; overflow-y=visible; z-index=auto; transition-duration=0s; transition-delay=0s; transition-property=all; animation-duration=0s; animation-name=none; color=rgb(255, 0, 0); background-color=rgba(0, 0, 0, 0); background-image=none; font-size=20px; font-family="Times New Roman"; font-weight=400; font-style=italic; line-height=normal; direction=ltr; pointer-events=auto; box-sizing=content-box; min-width=auto; max-width=none; margin=0px; margin-top=0px; margin-left=0px; padding=0px; padding-top=0px; padding-left=0px; border-top-width=0px; border-left-width=0px; border-top-style=none; border-top-color=rgb(255, 0, 0); border-bottom-color=rgb(255, 0, 0); cursor=auto; white-space=normal; text-align=start; float=none; top=auto; left=auto; inset=auto; gap=normal; content=normal; transform=none; flex-grow=0; flex-shrink=1; flex-basis=auto; order=0; list-style-type=disc; vertical-align=baseline; letter-spacing=normal; word-spacing=0px; writing-mode=horizontal-tb; --brand=; --none=; caret-color=rgb(255, 0, 0); unicode-bidi=normal; tab-size=8; text-indent=0px
li display=list-item; visibility=visible; opacity=1; position=static; overflow=visible; overflow-x=visible; overflow-y=visible; z-index=auto; transition-duration=0s; transition-delay=0s; transition-property=all; animation-duration=0s; animation-name=none; color=rgb(0, 0, 0); background-color=rgba(0, 0, 0, 0); background-image=none; font-size=16px; font-family="Times New Roman"; font-weight=400; font-style=normal; line-height=normal; direction=ltr; pointer-events=auto; box-sizing=content-box; min-width=0px; max-width=none; margin=0px; margin-top=0px; margin-left=0px; padding=0px; padding-top=0px; padding-left=0px; border-top-width=0px; border-left-width=0px; border-top-style=none; border-top-color=rgb(0, 0, 0); border-bottom-color=rgb(0, 0, 0); cursor=auto; white-space=normal; text-align=start; float=none; top=auto; left=auto; inset=auto; gap=normal; content=normal; transform=none; flex-grow=0; flex-shrink=1; flex-basis=auto; order=0; list-style-type=disc; vertical-align=baseline; letter-spacing=normal; word-spacing=0px; writing-mode=horizontal-tb; --brand=; --none=; caret-color=rgb(0, 0, 0); unicode-bidi=isolate; tab-size=8; text-indent=0px
20px none 3 "" ""  false true
accent-color align-content true "" 0
NoModificationAllowedError Failed to set a named property 'color' on 'CSSStyleDeclaration': These styles are computed, and therefore the 'color' property is read-only.
NoModificationAllowedError Failed to set a named property 'marginLeft' on 'CSSStyleDeclaration': These styles are computed, and therefore the 'margin-left' property is read-only.
NoModificationAllowedError Failed to execute 'setProperty' on 'CSSStyleDeclaration': These styles are computed, and therefore the 'color' property is read-only.
NoModificationAllowedError Failed to execute 'removeProperty' on 'CSSStyleDeclaration': These styles are computed, and therefore the 'color' property is read-only.
NoModificationAllowedError Failed to set the 'cssText' property on 'CSSStyleDeclaration': These styles are computed, and therefore read-only.
NoModificationAllowedError Failed to set the 'cssFloat' property on 'CSSStyleDeclaration': These styles are computed, and therefore the 'float' property is read-only.
TypeError Failed to execute 'getComputedStyle' on 'Window': parameter 1 is not of type 'Element'.
TypeError Failed to execute 'getComputedStyle' on 'Window': 1 argument required, but only 0 present.
TypeError Failed to execute 'getComputedStyle' on 'Window': parameter 1 is not of type 'Element'.
live none rgb(255, 0, 0) 20px
"""
                .split("\n")),
        o.out(),
        o::toString);
  }

  @ParameterizedTest
  @EnumSource(JsEngine.class)
  void observersPointsAndVisibilityOfElementsWithoutBoxesAsChromiumDoes(JsEngine engine)
      throws Exception {
    Path page = dir.resolve("observers.html");
    Files.writeString(
        page,
"""
<!DOCTYPE html><html><body><div id=d style="display: none">hi</div><script>
function log() { console.log(Array.prototype.join.call(arguments, ' ')); }
var d = document.getElementById('d');
log(typeof visualViewport, visualViewport && Object.getOwnPropertyNames(VisualViewport.prototype).sort().join(), visualViewport.width, visualViewport.height, visualViewport.scale, visualViewport.offsetLeft, visualViewport.pageTop, Object.getPrototypeOf(VisualViewport.prototype) === EventTarget.prototype);
log(document.elementFromPoint(1, 1) && document.elementFromPoint(1,1).nodeName, document.elementFromPoint(-1, 1), document.elementFromPoint(900, 1), document.elementFromPoint(799, 599) && document.elementFromPoint(799,599).nodeName, document.elementsFromPoint(790, 590).map(function (e) { return e.nodeName; }).join());
try { document.elementFromPoint(1); } catch (e) { log(e.name, e.message); }
try { document.elementFromPoint(NaN, 1); } catch (e) { log(e.name, e.message); }
var x = document.createElement('p');
log(x.checkVisibility(), d.checkVisibility.length);
log(Object.getOwnPropertyNames(IntersectionObserver.prototype).sort().join(), Object.getOwnPropertyNames(IntersectionObserverEntry.prototype).sort().join(), Object.getOwnPropertyNames(ResizeObserver.prototype).sort().join());
var io = new IntersectionObserver(function (entries, obs) {
  entries.forEach(function (e) { log('io', e.target.nodeName, e.isIntersecting, e.intersectionRatio, JSON.stringify(e.boundingClientRect), JSON.stringify(e.intersectionRect), e.rootBounds && JSON.stringify(e.rootBounds), typeof e.time, obs === io); });
}, {threshold: [0, 0.5, 1], rootMargin: '10px 5%'});
log(io.root, io.rootMargin, io.thresholds.join(), io.scrollMargin, io.delay, io.trackVisibility);
io.observe(x); io.observe(d);
log('records', io.takeRecords().length);
try { new IntersectionObserver(function () {}, {threshold: 2}); } catch (e) { log(e.name, e.message); }
try { new IntersectionObserver(function () {}, {rootMargin: '10em'}); } catch (e) { log(e.name, e.message); }
try { new IntersectionObserver(function () {}, {rootMargin: '1px 2px 3px 4px 5px'}); } catch (e) { log(e.name, e.message); }
try { new IntersectionObserver(); } catch (e) { log(e.name, e.message); }
try { new IntersectionObserver(5); } catch (e) { log(e.name, e.message); }
try { io.observe({}); } catch (e) { log(e.name, e.message); }
log(new IntersectionObserver(function () {}, {threshold: 0.25}).thresholds.join(), new IntersectionObserver(function () {}, {threshold: [1, 0, 0.5, 0]}).thresholds.join(), new IntersectionObserver(function () {}, {rootMargin: '0px'}).rootMargin, new IntersectionObserver(function () {}, {rootMargin: '1px 2%'}).rootMargin, new IntersectionObserver(function () {}).rootMargin);
var ro = new ResizeObserver(function (entries) { entries.forEach(function (e) { log('ro', e.target.nodeName, JSON.stringify(e.contentRect), e.borderBoxSize.length, e.contentBoxSize[0].inlineSize, e.borderBoxSize[0].blockSize, Array.isArray(e.borderBoxSize), Object.isFrozen(e.devicePixelContentBoxSize), e.borderBoxSize === e.borderBoxSize, e.contentRect instanceof DOMRectReadOnly, e.contentRect instanceof DOMRect); }); });
ro.observe(x); ro.observe(d);
try { ro.observe(d, {box: 'bogus'}); } catch (e) { log(e.name, e.message); }
try { new ResizeObserver(); } catch (e) { log(e.name, e.message); }
setTimeout(function () { log('later'); io.disconnect(); ro.disconnect(); }, 200);
</script></body></html>
""");
    Runs.Outcome o = Runs.run(engine, b -> {}, c -> c.runPage(page, null));
    assertEquals(
        List.of(
"""
object constructor,height,offsetLeft,offsetTop,onresize,onscroll,onscrollend,pageLeft,pageTop,scale,width 800 600 1 0 0 true
HTML   HTML HTML
TypeError Failed to execute 'elementFromPoint' on 'Document': 2 arguments required, but only 1 present.
TypeError Failed to execute 'elementFromPoint' on 'Document': The provided double value is non-finite.
false 0
constructor,delay,disconnect,observe,root,rootMargin,scrollMargin,takeRecords,thresholds,trackVisibility,unobserve boundingClientRect,constructor,intersectionRatio,intersectionRect,isIntersecting,isVisible,rootBounds,target,time constructor,disconnect,observe,unobserve
 10px 5% 10px 5% 0,0.5,1 0px 0px 0px 0px 0 false
records 0
RangeError Failed to construct 'IntersectionObserver': Threshold values must be numbers between 0 and 1
SyntaxError Failed to construct 'IntersectionObserver': rootMargin must be specified in absolute length units or percent.
SyntaxError Failed to construct 'IntersectionObserver': Extra text found at the end of rootMargin.
TypeError Failed to construct 'IntersectionObserver': 1 argument required, but only 0 present.
TypeError Failed to construct 'IntersectionObserver': parameter 1 is not of type 'Function'.
TypeError Failed to execute 'observe' on 'IntersectionObserver': parameter 1 is not of type 'Element'.
0.25 0,0,0.5,1 0px 0px 0px 0px 1px 2% 1px 2% 0px 0px 0px 0px
TypeError Failed to execute 'observe' on 'ResizeObserver': Failed to read the 'box' property from 'ResizeObserverOptions': The provided value 'bogus' is not a valid enum value of type ResizeObserverBoxOptions.
TypeError Failed to construct 'ResizeObserver': 1 argument required, but only 0 present.
ro P {"x":0,"y":0,"width":0,"height":0,"top":0,"right":0,"bottom":0,"left":0} 1 0 0 true true true true false
ro DIV {"x":0,"y":0,"width":0,"height":0,"top":0,"right":0,"bottom":0,"left":0} 1 0 0 true true true true false
io P false 0 {"x":0,"y":0,"width":0,"height":0,"top":0,"right":0,"bottom":0,"left":0} {"x":0,"y":0,"width":0,"height":0,"top":0,"right":0,"bottom":0,"left":0} {"x":0,"y":0,"width":0,"height":0,"top":0,"right":0,"bottom":0,"left":0} number true
io DIV false 0 {"x":0,"y":0,"width":0,"height":0,"top":0,"right":0,"bottom":0,"left":0} {"x":0,"y":0,"width":0,"height":0,"top":0,"right":0,"bottom":0,"left":0} {"x":0,"y":0,"width":0,"height":0,"top":0,"right":0,"bottom":0,"left":0} number true
later
"""
                .split("\\n")),
        o.out(),
        o::toString);
  }
}
