package io.w3socket.engine;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The dialog element (html-dialog-element.js, dialog-steps.js, toggle-event.js): each page prints
 * what headless Chromium 156 printed for it, in both engines.
 */
class DialogTest {
  @TempDir Path dir;

  /**
   * HTML #dom-dialog-show, #dom-dialog-showmodal, #close-the-dialog, #dom-dialog-requestclose and
   * #submit-dialog: beforetoggle (cancelable when opening), one coalesced toggle per task
   * (#queue-a-dialog-toggle-event-task), cancel and close, returnValue, the InvalidStateErrors,
   * :modal and :open, a form's method=dialog closing with its button's value; focus moved in and
   * back.
   */
  @ParameterizedTest
  @EnumSource(JsEngine.class)
  void dialogsOpenCloseAndTheirEventsAsChromiumFiresThem(JsEngine engine) throws Exception {
    Runs.assertPagePrints(
        dir,
        "dialog.html",
        engine,
"""
<!DOCTYPE html><html><body>
<button id="opener">open</button>
<dialog id="d"><form method="dialog"><input id="name" value="x"><button id="ok" value="okay">OK</button><button id="no">No</button></form></dialog>
<dialog id="d2">plain</dialog>
<script>
function log() { console.log(Array.prototype.join.call(arguments, ' ')); }
var d = document.getElementById('d'), d2 = document.getElementById('d2');
['close', 'cancel', 'toggle', 'beforetoggle'].forEach(function (t) {
  d.addEventListener(t, function (e) { log('event', t, e.constructor.name, e.cancelable, e.bubbles, e.oldState === undefined ? '-' : e.oldState + '>' + e.newState, d.open, JSON.stringify(d.returnValue)); });
});
log(typeof d.show, typeof d.showModal, typeof d.close, typeof d.requestClose, JSON.stringify(d.returnValue), d.open, typeof d.closedBy);
document.getElementById('opener').focus();
d.show();
log('after show', d.open, d.matches(':modal'), d.matches(':open'), document.activeElement.id);
d.show();
try { d.showModal(); } catch (e) { log(e.name, e.message); }
d.close('r1');
log('after close', d.open, JSON.stringify(d.returnValue), document.activeElement.id);
d.close('r2');
log('second close', JSON.stringify(d.returnValue));
var det = document.createElement('dialog');
try { det.showModal(); } catch (e) { log(e.name, e.message); }
setTimeout(function () {
  log('--- modal');
  d.showModal();
  log('after showModal', d.open, d.matches(':modal'), document.activeElement.id);
  d.showModal();
  try { d.show(); } catch (e) { log(e.name, e.message); }
  document.getElementById('ok').click();
  log('after ok click', d.open, JSON.stringify(d.returnValue));
  setTimeout(function () {
    log('--- requestClose');
    d.returnValue = 'keep';
    d.showModal();
    d.requestClose('rc');
    log('after requestClose', d.open, JSON.stringify(d.returnValue));
    setTimeout(function () {
      d.addEventListener('cancel', function (e) { e.preventDefault(); }, {once: true});
      d.show();
      d.requestClose('rc2');
      log('after canceled requestClose', d.open, JSON.stringify(d.returnValue));
      d.removeAttribute('open');
      log('removed open', d.open);
      d2.open = true; log('d2 open', d2.open, d2.matches(':modal'));
      setTimeout(function () { log('end'); }, 50);
    }, 50);
  }, 50);
}, 50);
</script></body></html>
""",
"""
function function function function "" false string
event beforetoggle ToggleEvent true false closed>open false ""
after show true false true name
InvalidStateError Failed to execute 'showModal' on 'HTMLDialogElement': The dialog is already open as a non-modal dialog, and therefore cannot be opened as a modal dialog.
event beforetoggle ToggleEvent false false open>closed true ""
after close false "r1" opener
second close "r1"
InvalidStateError Failed to execute 'showModal' on 'HTMLDialogElement': The element is not in a Document.
event toggle ToggleEvent false false closed>closed false "r1"
event close Event false false - false "r1"
--- modal
event beforetoggle ToggleEvent true false closed>open false "r1"
after showModal true true name
InvalidStateError Failed to execute 'show' on 'HTMLDialogElement': The dialog is already open as a modal dialog, and therefore cannot be opened as a non-modal dialog.
event beforetoggle ToggleEvent false false open>closed true "r1"
after ok click false "okay"
event toggle ToggleEvent false false closed>closed false "okay"
event close Event false false - false "okay"
--- requestClose
event beforetoggle ToggleEvent true false closed>open false "keep"
event cancel Event true false - true "keep"
event beforetoggle ToggleEvent false false open>closed true "keep"
after requestClose false "rc"
event close Event false false - false "rc"
event toggle ToggleEvent false false closed>closed false "rc"
event beforetoggle ToggleEvent true false closed>open false "rc"
event cancel Event true false - true "rc"
after canceled requestClose true "rc"
removed open false
d2 open true false
event toggle ToggleEvent false false closed>open false "rc"
end
""");
  }

  /**
   * HTML #dialog-focusing-steps as Chromium 156 takes them: the first focusable descendant with
   * autofocus, else the first focusable one, else the dialog; the focus given back at close to
   * the element that had it, if any.
   */
  @ParameterizedTest
  @EnumSource(JsEngine.class)
  void theDialogFocusingSteps(JsEngine engine) throws Exception {
    Runs.assertPagePrints(
        dir,
        "dfocus.html",
        engine,
"""
<!DOCTYPE html><html><body><button id="b">b</button>
<dialog id="d1"><p>no focusable</p></dialog>
<dialog id="d2"><input id="i1"><input id="i2" autofocus></dialog>
<dialog id="d3" autofocus><input id="i3"></dialog>
<dialog id="d4"><p tabindex="0" id="p4">x</p></dialog>
<script>
function a() { var e = document.activeElement; return e ? (e.id || e.tagName) : 'null'; }
document.getElementById('b').focus();
var d1 = document.getElementById('d1');
d1.show(); console.log('d1 show', a()); d1.close(); console.log('d1 close', a());
d1.showModal(); console.log('d1 modal', a()); d1.close(); console.log('d1 close', a());
var d2 = document.getElementById('d2'); d2.show(); console.log('d2', a()); d2.close();
var d3 = document.getElementById('d3'); d3.show(); console.log('d3', a()); d3.close(); console.log('d3 closed', a());
var d4 = document.getElementById('d4'); d4.show(); console.log('d4', a()); d4.close();
document.getElementById('b').blur(); d2.show(); console.log('from body', a()); d2.close(); console.log('closed to', a());
d2.show(); document.body.removeChild(d2); console.log('removed', d2.open, a());
</script></body></html>
""",
"""
d1 show d1
d1 close b
d1 modal d1
d1 close b
d2 i2
d3 i3
d3 closed b
d4 p4
from body i2
closed to i2
removed true BODY
""");
  }

  /**
   * #dom-dialog-closedby (the keyword, else closerequest for a modal dialog and none otherwise),
   * ToggleEvent's constructor, returnValue as a DOMString.
   */
  @ParameterizedTest
  @EnumSource(JsEngine.class)
  void closedByToggleEventAndReturnValue(JsEngine engine) throws Exception {
    Runs.assertPagePrints(
        dir,
        "closedby.html",
        engine,
"""
<!DOCTYPE html><html><body><dialog id="d"></dialog><script>
var d = document.getElementById('d');
var out = [d.closedBy]; d.show(); out.push(d.closedBy); d.close(); d.showModal(); out.push(d.closedBy); d.close();
d.setAttribute('closedby', 'ANY'); out.push(d.closedBy); d.setAttribute('closedby', 'bogus'); out.push(d.closedBy); d.setAttribute('closedby', ''); out.push(d.closedBy);
d.closedBy = 'none'; out.push(d.getAttribute('closedby'));
console.log(out.join('|'));
console.log(typeof ToggleEvent, new ToggleEvent('toggle', {oldState: 'a', newState: 'b'}).newState, new ToggleEvent('x').oldState === '');
var b = document.createElement('button'); console.log(JSON.stringify(d.returnValue = null), JSON.stringify(d.returnValue));
</script></body></html>
""",
"""
none|none|closerequest|any|none|none|none
function b true
null "null"
""");
  }
}
