package io.w3socket.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Popovers (popover.js, popover-steps.js, toggle-event.js): each page prints what headless
 * Chromium 156 printed for it, in both engines.
 */
class PopoverTest {
  @TempDir Path dir;

  /**
   * HTML #the-popover-attribute: the popover IDL attribute (invalid: manual, with Chromium 156's
   * console warning), showPopover/hidePopover/togglePopover with their NotSupportedError and
   * InvalidStateError, beforetoggle (cancelable when showing) and one coalesced toggle per task,
   * an auto popover hiding the auto popovers that are not its ancestors (the topmost first), a
   * manual one left alone, popovertarget buttons with each popovertargetaction, :popover-open.
   */
  @ParameterizedTest
  @EnumSource(JsEngine.class)
  void popoversShowHideToggleAndTheAutoStack(JsEngine engine) throws Exception {
    Runs.Outcome o =
        Runs.assertPagePrints(
            dir,
            "popover.html",
            engine,
"""
<!DOCTYPE html><html><body>
<button id="b1" popovertarget="p1">t</button><button id="b2" popovertarget="p1" popovertargetaction="show">s</button><button id="b3" popovertarget="p1" popovertargetaction="hide">h</button>
<div id="p1" popover>one <div id="p1c" popover>child</div></div>
<div id="p2" popover="auto">two</div>
<div id="m1" popover="manual">manual</div>
<div id="plain">plain</div>
<script>
function log() { console.log(Array.prototype.join.call(arguments, ' ')); }
function open() { return Array.prototype.map.call(document.querySelectorAll(':popover-open'), function (e) { return e.id; }).join(','); }
['p1', 'p2', 'm1', 'p1c'].forEach(function (id) {
  var el = document.getElementById(id);
  ['beforetoggle', 'toggle'].forEach(function (t) {
    el.addEventListener(t, function (e) { log('event', id, t, e.cancelable, e.oldState + '>' + e.newState, el.matches(':popover-open')); });
  });
});
var p1 = document.getElementById('p1'), p2 = document.getElementById('p2'), m1 = document.getElementById('m1'), plain = document.getElementById('plain');
log(p1.popover, p2.popover, m1.popover, plain.popover, JSON.stringify(document.createElement('div').popover));
p1.popover = 'MANUAL'; log(p1.getAttribute('popover'), p1.popover); p1.popover = 'auto';
document.getElementById('x') ; p2.setAttribute('popover', 'bogus'); log('bogus', p2.popover); p2.setAttribute('popover', 'auto');
log(document.getElementById('b1').popoverTargetElement.id, document.getElementById('b1').popoverTargetAction, document.getElementById('b3').popoverTargetAction);
try { plain.showPopover(); } catch (e) { log(e.name, e.message); }
try { document.createElement('div').showPopover(); } catch (e) { log(e.name, e.message); }
var det = document.createElement('div'); det.popover = 'auto'; try { det.showPopover(); } catch (e) { log(e.name, e.message); }
try { det.hidePopover(); log('hide detached ok'); } catch (e) { log(e.name, e.message); }
p1.showPopover();
log('after show p1', open());
p1.showPopover();
m1.showPopover();
document.getElementById('p1c').showPopover();
log('child', open());
p2.showPopover();
log('p2 shown', open());
log(p2.togglePopover(), open());
log(p2.togglePopover(true), p2.togglePopover({force: true}), open());
p2.hidePopover(); p2.hidePopover();
document.getElementById('b1').click(); log('b1 click', open());
document.getElementById('b1').click(); log('b1 click again', open());
document.getElementById('b2').click(); document.getElementById('b2').click(); log('b2 clicks', open());
document.getElementById('b3').click(); log('b3 click', open());
p2.addEventListener('beforetoggle', function (e) { if (e.newState === 'open') e.preventDefault(); }, {once: true});
p2.showPopover(); log('canceled', open());
m1.hidePopover();
setTimeout(function () { log('end', open()); }, 50);
</script></body></html>
""",
"""
auto auto manual  null
MANUAL manual
bogus manual
p1 toggle hide
NotSupportedError Failed to execute 'showPopover' on 'HTMLElement': Not supported on elements that are not popovers.
NotSupportedError Failed to execute 'showPopover' on 'HTMLElement': Not supported on elements that are not popovers.
InvalidStateError Failed to execute 'showPopover' on 'HTMLElement': Invalid on disconnected popover elements.
hide detached ok
event p1 beforetoggle true closed>open false
after show p1 p1
event m1 beforetoggle true closed>open false
event p1c beforetoggle true closed>open false
child p1,p1c,m1
event p2 beforetoggle true closed>open false
event p1c beforetoggle false open>closed true
event p1 beforetoggle false open>closed true
p2 shown p2,m1
event p2 beforetoggle false open>closed true
false m1
event p2 beforetoggle true closed>open false
true true p2,m1
event p2 beforetoggle false open>closed true
event p1 beforetoggle true closed>open false
b1 click p1,m1
event p1 beforetoggle false open>closed true
b1 click again m1
event p1 beforetoggle true closed>open false
b2 clicks p1,m1
event p1 beforetoggle false open>closed true
b3 click m1
event p2 beforetoggle true closed>open false
canceled m1
event m1 beforetoggle false open>closed true
event p1c toggle false closed>closed false
event p2 toggle false closed>closed false
event p1 toggle false closed>closed false
event m1 toggle false closed>closed false
end\s
""");
    // Chromium prints its warning among the console's lines; here warnings go to err.
    assertEquals(
        List.of("Found a 'popover' attribute with an invalid value."), o.err(), o::toString);
  }

  /**
   * #get-the-popover-target-element (a form's submit button and a disabled button invoke nothing;
   * a type=button in a form and an input button do), popoverTargetElement set to an element, the
   * popover focusing steps (its autofocus descendant), and a showing popover taken out of the
   * document hidden without events (the popover removing steps).
   */
  @ParameterizedTest
  @EnumSource(JsEngine.class)
  void popoverInvokersRemovalAndFocus(JsEngine engine) throws Exception {
    Runs.assertPagePrints(
        dir,
        "popover2.html",
        engine,
"""
<!DOCTYPE html><html><body>
<form onsubmit="event.preventDefault()"><button id="sub" popovertarget="q">in form</button><button id="btn" type="button" popovertarget="q">typed</button></form>
<input type="button" id="ib" popovertarget="q" value="i"><button id="dis" disabled popovertarget="q">d</button>
<div id="q" popover><input id="af" autofocus></div>
<div id="wrap"></div>
<script>
function log() { console.log(Array.prototype.join.call(arguments, ' ')); }
function open() { return Array.prototype.map.call(document.querySelectorAll(':popover-open'), function (e) { return e.id; }).join(','); }
var q = document.getElementById('q');
log(document.getElementById('sub').popoverTargetElement === q, document.getElementById('dis').popoverTargetElement === q);
document.getElementById('sub').click(); log('submit in form', open());
document.getElementById('dis').click(); log('disabled', open());
document.getElementById('btn').click(); log('type=button in form', open(), document.activeElement.id);
document.getElementById('ib').click(); log('input button', open(), document.activeElement.tagName);
var b = document.createElement('button'); b.popoverTargetElement = q; log(JSON.stringify(b.getAttribute('popovertarget')), b.popoverTargetElement === null);
document.body.appendChild(b); log(b.popoverTargetElement === q); b.click(); log('explicit', open());
q.remove(); log('removed', open(), q.matches(':popover-open'));
var wrap = document.getElementById('wrap'); wrap.appendChild(q); q.showPopover(); wrap.replaceChildren(); log('replaceChildren', open(), q.matches(':popover-open'));
setTimeout(function () { log('end'); }, 50);
</script></body></html>
""",
"""
true true
submit in form\s
disabled\s
type=button in form q af
input button  INPUT
"" true
true
explicit q
removed  false
replaceChildren  false
end
""");
  }
}
