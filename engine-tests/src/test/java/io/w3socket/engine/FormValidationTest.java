package io.w3socket.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Constraint validation (form-validation.js) in both engines: each control kind's ValidityState
 * flags and Chromium 156's validation messages (missing values, email and URL mismatches, a
 * pattern, range and step), custom validity, willValidate of disabled and read-only controls,
 * invalid events from checkValidity, reportValidity, a submit button's click and requestSubmit,
 * which do not submit an invalid form unless it has novalidate, and the boolean attributes'
 * reflections (hidden, disabled, required, readOnly). The pages print what headless Chromium 156
 * printed; the problems a browser shows its user are said on the run's error output.
 */
class FormValidationTest {
  @TempDir Path dir;

  private Runs.Outcome run(JsEngine engine, String html) throws Exception {
    Path page = dir.resolve("validation.html");
    Files.writeString(page, html);
    return Runs.run(engine, b -> {}, c -> c.runPage(page, null));
  }

  @ParameterizedTest
  @EnumSource(JsEngine.class)
  void validityMessagesAndInvalidEventsAsChromiumHasThem(JsEngine engine) throws Exception {
    Runs.Outcome o =
        run(
            engine,
"""
<!DOCTYPE html><html><body><form id=f><input id=a name=a required><input id=b type=email value="nope"><input id=c type=number min=5 max=10 value=12 step=2><input id=d pattern="[a-z]+" value="AB"><input id=e maxlength=3 value="abcdef"><input id=g type=url value="x"><input id=h type=checkbox required><select id=s required><option value="">--</option><option>x</option></select><textarea id=t required></textarea><input id=n type=number step=2 value=3><input id=m minlength=3 value="ab"><input id=r type=radio name=rr required><input id=r2 type=radio name=rr><button id=btn>Go</button></form><script>
function log() { console.log(Array.prototype.join.call(arguments, ' ')); }
var f = document.getElementById('f');
['a','b','c','d','e','g','h','s','t','n','m','r','r2'].forEach(function (id) {
  var el = document.getElementById(id), v = el.validity, flags = [];
  for (var k in v) { if (v[k] === true) flags.push(k); }
  log(id, el.willValidate, el.checkValidity(), flags.join(','), JSON.stringify(el.validationMessage));
});
log(Object.getOwnPropertyNames(ValidityState.prototype).sort().join());
var a = document.getElementById('a');
a.setCustomValidity('Custom!'); log(a.validity.customError, a.validationMessage, a.checkValidity()); a.setCustomValidity('');
var invalids = []; f.addEventListener('invalid', function (e) { invalids.push(e.target.id + ':' + e.cancelable + ':' + e.bubbles + ':' + e.isTrusted); }, true);
f.addEventListener('submit', function (e) { log('submitted'); e.preventDefault(); });
log('form check', f.checkValidity(), invalids.join(' ')); invalids = [];
document.getElementById('btn').click(); log('after click', invalids.join(' ')); invalids = [];
f.requestSubmit(); log('after requestSubmit', invalids.join(' ')); invalids = [];
f.noValidate = true; f.requestSubmit(); f.noValidate = false;
log('reportValidity', f.reportValidity(), invalids.length);
var dis = document.createElement('input'); dis.required = true; dis.disabled = true; log(dis.willValidate, dis.checkValidity());
a.value = 'ok'; log(a.checkValidity(), a.validity.valid);
a.value = ''; a.readOnly = true; log(a.willValidate);
</script></body></html>
""");
    assertEquals(
        List.of(
"""
a true false valueMissing "Please fill out this field."
b true false typeMismatch "Please include an '@' in the email address. 'nope' is missing an '@'."
c true false rangeOverflow,stepMismatch "Value must be less than or equal to 10."
d true false patternMismatch "Please match the requested format."
e true true valid ""
g true false typeMismatch "Please enter a URL."
h true false valueMissing "Please check this box if you want to proceed."
s true false valueMissing "Please select an item in the list."
t true false valueMissing "Please fill out this field."
n true true valid ""
m true true valid ""
r true false valueMissing "Please select one of these options."
r2 true false valueMissing "Please select one of these options."
badInput,constructor,customError,patternMismatch,rangeOverflow,rangeUnderflow,stepMismatch,tooLong,tooShort,typeMismatch,valid,valueMissing
true Custom! false
form check false a:true:false:true b:true:false:true c:true:false:true d:true:false:true g:true:false:true h:true:false:true s:true:false:true t:true:false:true r:true:false:true r2:true:false:true
after click a:true:false:true b:true:false:true c:true:false:true d:true:false:true g:true:false:true h:true:false:true s:true:false:true t:true:false:true r:true:false:true r2:true:false:true
after requestSubmit a:true:false:true b:true:false:true c:true:false:true d:true:false:true g:true:false:true h:true:false:true s:true:false:true t:true:false:true r:true:false:true r2:true:false:true
submitted
reportValidity false 10
false true
true true
false
"""
                .split("\\n")),
        o.out(),
        o::toString);
    assertEquals(
        List.of(
"""
w3socket: the form was not submitted: <input id="a">: Please fill out this field.
w3socket: the form was not submitted: <input id="b">: Please include an '@' in the email address. 'nope' is missing an '@'.
w3socket: the form was not submitted: <input id="c">: Value must be less than or equal to 10.
w3socket: the form was not submitted: <input id="d">: Please match the requested format.
w3socket: the form was not submitted: <input id="g">: Please enter a URL.
w3socket: the form was not submitted: <input id="h">: Please check this box if you want to proceed.
w3socket: the form was not submitted: <select id="s">: Please select an item in the list.
w3socket: the form was not submitted: <textarea id="t">: Please fill out this field.
w3socket: the form was not submitted: <input id="r">: Please select one of these options.
w3socket: the form was not submitted: <input id="r2">: Please select one of these options.
w3socket: the form was not submitted: <input id="a">: Please fill out this field.
w3socket: the form was not submitted: <input id="b">: Please include an '@' in the email address. 'nope' is missing an '@'.
w3socket: the form was not submitted: <input id="c">: Value must be less than or equal to 10.
w3socket: the form was not submitted: <input id="d">: Please match the requested format.
w3socket: the form was not submitted: <input id="g">: Please enter a URL.
w3socket: the form was not submitted: <input id="h">: Please check this box if you want to proceed.
w3socket: the form was not submitted: <select id="s">: Please select an item in the list.
w3socket: the form was not submitted: <textarea id="t">: Please fill out this field.
w3socket: the form was not submitted: <input id="r">: Please select one of these options.
w3socket: the form was not submitted: <input id="r2">: Please select one of these options.
w3socket: reportValidity: <input id="a">: Please fill out this field.
w3socket: reportValidity: <input id="b">: Please include an '@' in the email address. 'nope' is missing an '@'.
w3socket: reportValidity: <input id="c">: Value must be less than or equal to 10.
w3socket: reportValidity: <input id="d">: Please match the requested format.
w3socket: reportValidity: <input id="g">: Please enter a URL.
w3socket: reportValidity: <input id="h">: Please check this box if you want to proceed.
w3socket: reportValidity: <select id="s">: Please select an item in the list.
w3socket: reportValidity: <textarea id="t">: Please fill out this field.
w3socket: reportValidity: <input id="r">: Please select one of these options.
w3socket: reportValidity: <input id="r2">: Please select one of these options.
"""
                .split("\\n")),
        o.err(),
        o::toString);
  }

  @ParameterizedTest
  @EnumSource(JsEngine.class)
  void booleanAttributesReflectAsChromiumHasThem(JsEngine engine) throws Exception {
    Runs.Outcome o =
        run(
            engine,
"""
<body><p id=p hidden>x</p><script>var p = document.getElementById('p'); console.log(p.hidden); p.hidden = false; console.log(p.hasAttribute('hidden'), p.hidden); p.hidden = 'until-found'; console.log(p.getAttribute('hidden'), p.hidden); p.hidden = 'x'; console.log(JSON.stringify(p.getAttribute('hidden')), p.hidden); var i = document.createElement('input'); i.disabled = 1; console.log(i.getAttribute("disabled") === "", i.required, i.readOnly);</script></body>
""");
    assertEquals(
        List.of(
"""
true
false false
until-found until-found
"" true
true false false
"""
                .split("\\n")),
        o.out(),
        o::toString);
  }
}
