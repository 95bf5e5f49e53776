package io.w3socket.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Forms (form-submission.js) in both engines: a click MouseEvent's activation behaviour at submit
 * and reset buttons (el.click(), a dispatched MouseEvent, not a plain Event, not a canceled click,
 * not a disabled button, a button outside the form by its form attribute), requestSubmit's
 * submitter checks, the trusted SubmitEvent, a detached form's refusal; the entry list of every
 * control kind as FormData(form) gives it; a javascript: action; and the user's click through the
 * page runner, where a submission nobody canceled is a navigation this runner says it does not
 * make. The pages print what headless Chromium 156 printed for them.
 */
class FormSubmissionTest {
  @TempDir Path dir;

  @ParameterizedTest
  @EnumSource(JsEngine.class)
  void submitButtonsRequestSubmitResetAndSubmitEventAsChromiumDoes(JsEngine engine)
      throws Exception {
    Path page = dir.resolve("events.html");
    Files.writeString(
        page,
"""
<!DOCTYPE html><html><body><form id=f action="#sent"><input name=q value="hi there"><input type=checkbox name=c checked><input type=checkbox name=d><button id=b name=go value=1>Go</button><button id=r type=reset>R</button><button id=n type=button>N</button><input type=submit id=s value=Send></form>
<button id=outside form=f>Outside</button><form id=g><span id=inner>x</span></form><script>
function log() { console.log(Array.prototype.join.call(arguments, ' ')); }
var f = document.getElementById('f'), count = 0;
f.addEventListener('submit', function (e) { count++; log('submit', e.constructor.name, e.submitter && e.submitter.id, e.bubbles, e.cancelable, e.isTrusted, e.target.id, e instanceof SubmitEvent); e.preventDefault(); });
f.addEventListener('reset', function (e) { log('reset', e.constructor.name, e.bubbles, e.cancelable, e.isTrusted); e.preventDefault(); });
document.addEventListener('submit', function (e) { log('document saw submit', e.defaultPrevented); });
document.getElementById('b').click();
document.getElementById('s').click();
document.getElementById('n').click();
document.getElementById('r').click();
document.getElementById('outside').click();
document.getElementById('b').dispatchEvent(new MouseEvent('click', {bubbles: true, cancelable: true}));
document.getElementById('b').dispatchEvent(new Event('click', {bubbles: true, cancelable: true}));
var cancelClick = function (e) { e.preventDefault(); };
document.getElementById('b').addEventListener('click', cancelClick);
document.getElementById('b').click();
document.getElementById('b').removeEventListener('click', cancelClick);
f.requestSubmit(); f.requestSubmit(document.getElementById('s'));
try { f.requestSubmit(document.getElementById('n')); } catch (e) { log(e.name, e.message); }
try { f.requestSubmit(document.getElementById('outside')); log('outside ok'); } catch (e) { log(e.name, e.message); }
try { document.getElementById('g').requestSubmit(document.getElementById('b')); } catch (e) { log(e.name, e.message); }
try { f.requestSubmit(document.getElementById('inner')); } catch (e) { log(e.name, e.message); }
document.getElementById('b').setAttribute('disabled', ''); document.getElementById('b').click(); document.getElementById('b').removeAttribute('disabled');
var se = new SubmitEvent('submit', {submitter: document.getElementById('s')}); log(se.submitter.id, se.bubbles, Object.getOwnPropertyNames(SubmitEvent.prototype).sort().join());
try { new SubmitEvent('x', {submitter: {}}); } catch (e) { log(e.name, e.message); }
log('count', count, typeof f.submit, typeof f.reset, f.elements ? f.elements.length : 'no elements', f.method, f.action === location.href.replace(/#.*/, '') + '#sent', f.length);
var d = document.createElement('form'); d.addEventListener('submit', function () { log('detached submit'); }); d.requestSubmit();
log('end');
</script></body></html>
""");
    Runs.Outcome o = Runs.run(engine, b -> {}, c -> c.runPage(page, null));
    assertEquals(
        List.of(
"""
submit SubmitEvent b true true true f true
document saw submit true
submit SubmitEvent s true true true f true
document saw submit true
reset Event true true true
submit SubmitEvent outside true true true f true
document saw submit true
submit SubmitEvent b true true true f true
document saw submit true
submit SubmitEvent  true true true f true
document saw submit true
submit SubmitEvent s true true true f true
document saw submit true
TypeError Failed to execute 'requestSubmit' on 'HTMLFormElement': The specified element is not a submit button.
submit SubmitEvent outside true true true f true
document saw submit true
outside ok
NotFoundError Failed to execute 'requestSubmit' on 'HTMLFormElement': The specified element is not owned by this form element.
TypeError Failed to execute 'requestSubmit' on 'HTMLFormElement': The specified element is not a submit button.
s false constructor,submitter
TypeError Failed to construct 'SubmitEvent': Failed to read the 'submitter' property from 'SubmitEventInit': Failed to convert value to 'HTMLElement'.
count 7 function function 8 get true 8
end
"""
                .split("\\n")),
        o.out(),
        o::toString);
    // Chromium's console warning, on the run's error output as console.warn's are.
    assertEquals(
        List.of("Form submission canceled because the form is not connected"),
        o.err(),
        o::toString);
  }

  @ParameterizedTest
  @EnumSource(JsEngine.class)
  void entryListFormDataAndAJavascriptActionAsChromiumDoes(JsEngine engine) throws Exception {
    Path page = dir.resolve("entries.html");
    Files.writeString(
        page,
"""
<!DOCTYPE html><html><body><form id=f action="/search#top"><input name=q value="a b&c"><input type=checkbox name=c checked><input type=radio name=r value=1><input type=radio name=r value=2 checked><select name=s><option>one<option selected value=2>two</select><select name=m multiple><option selected>x<option selected>y</select><textarea name=t>line1
line2</textarea><input type=image name=img><input type=file name=file><input name=dis disabled value=no><fieldset disabled><input name=fs value=no></fieldset><button name=go value=1>Go</button><input type=submit name=s2 value=S></form><form id=j action="javascript:console.log('javascript action ran')"><button id=jb>J</button></form><script>
function log() { console.log(Array.prototype.join.call(arguments, ' ')); }
var f = document.getElementById('f');
var fd = new FormData(f);
var pairs = []; fd.forEach(function (v, k) { pairs.push(k + '=' + (typeof v === 'string' ? v : '[file ' + v.name + ']')); }); log(pairs.join(' | '));
var fd2 = new FormData(f, f.querySelector('button')); var p2 = []; fd2.forEach(function (v, k) { p2.push(k); }); log(p2.join());
try { new FormData(f, f.querySelector('input')); } catch (e) { log(e.name, e.message); }
try { new FormData({}); } catch (e) { log(e.name, e.message); }
log(f.elements.length, f.elements[0].name, f.querySelector('button').form === f, f.method, f.enctype, f.encoding);
document.getElementById('jb').click();
log('after j');
</script></body></html>
""");
    Runs.Outcome o = Runs.run(engine, b -> {}, c -> c.runPage(page, null));
    assertEquals(
        List.of(
"""
q=a b&c | c=on | r=2 | s=2 | m=x | m=y | t=line1
line2 | file=[file ]
q,c,r,s,m,m,t,file,go
TypeError Failed to construct 'FormData': The specified element is not a submit button.
TypeError Failed to construct 'FormData': parameter 1 is not of type 'HTMLFormElement'.
13 q true get application/x-www-form-urlencoded application/x-www-form-urlencoded
after j
javascript action ran
"""
                .split("\\n")),
        o.out(),
        o::toString);
  }

  @ParameterizedTest
  @EnumSource(JsEngine.class)
  void theUsersClickOnASubmitButtonSubmitsAndANavigationIsSaid(JsEngine engine) throws Exception {
    Path page = dir.resolve("click.html");
    Files.writeString(
        page,
"""
<!DOCTYPE html><html><body><form id=f action="next.html"><input name=q value="x y"><button id=b>Send</button></form><form id=g onsubmit="console.log('onsubmit', event.submitter.id); return false"><button id=c>Chat</button></form><script>
document.getElementById('f').addEventListener('submit', function (e) { console.log('submit not canceled', e.isTrusted); });
</script></body></html>
""");
    Runs.Outcome chat = Runs.run(engine, b -> {}, c -> c.runPage(page, "Chat"));
    assertEquals(List.of("onsubmit c"), chat.out(), chat::toString);
    assertEquals(List.of(), chat.err(), chat::toString);
    Runs.Outcome send = Runs.run(engine, b -> {}, c -> c.runPage(page, "Send"));
    assertEquals(List.of("submit not canceled true"), send.out(), send::toString);
    assertEquals(
        List.of(
            "w3socket: not navigating to '"
                + page.resolveSibling("next.html").toUri()
                + "?q=x+y' (a form's GET submission): a run keeps its one document, which goes on"),
        send.err(),
        send::toString);
    assertEquals(0, send.result().exitCode(), send::toString);
  }
}
