package io.w3socket.engine;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** ARIAMixin on Element (aria-mixin.js): the page prints what headless Chromium 156 printed. */
class AriaTest {
  @TempDir Path dir;

  /**
   * role and the aria* strings reflecting their attributes (null removes them), the element
   * references by id and as set (an element out of scope is null; the attribute becomes ""), the
   * same frozen array while its elements stay, their TypeErrors, ariaNotify on Element and Document,
   * and the 53 names Chromium has.
   */
  @ParameterizedTest
  @EnumSource(JsEngine.class)
  void ariaReflectionAsChromiumHasIt(JsEngine engine) throws Exception {
    Runs.assertPagePrints(
        dir,
        "aria.html",
        engine,
"""
<!DOCTYPE html><html><body><div id="box" role="button" aria-label="Go" aria-pressed="false" aria-controls="a b missing" aria-activedescendant="a"></div><p id="a">A</p><p id="b">B</p>
<script>
function log() { console.log(Array.prototype.join.call(arguments, ' ')); }
var box = document.getElementById('box'), a = document.getElementById('a'), b = document.getElementById('b');
log(box.role, box.ariaLabel, box.ariaPressed, JSON.stringify(box.ariaHidden), box.ariaBrailleLabel, 'ariaColIndexText' in box, 'ariaRelevant' in box);
box.ariaLabel = 'Stop'; box.ariaHidden = 'true'; box.role = null; box.ariaBrailleRoleDescription = 'x';
log(box.getAttribute('aria-label'), box.getAttribute('aria-hidden'), box.hasAttribute('role'), box.getAttribute('aria-brailleroledescription'));
box.ariaLabel = undefined; log(JSON.stringify(box.getAttribute('aria-label')));
log(box.ariaActiveDescendantElement === a, box.ariaControlsElements.length, box.ariaControlsElements[1] === b, box.ariaControlsElements === box.ariaControlsElements, Object.isFrozen(box.ariaControlsElements), box.ariaLabelledByElements);
var first = box.ariaControlsElements; box.setAttribute('aria-controls', 'b'); log(first === box.ariaControlsElements, box.ariaControlsElements.length);
box.ariaActiveDescendantElement = b; log(JSON.stringify(box.getAttribute('aria-activedescendant')), box.ariaActiveDescendantElement === b);
var detached = document.createElement('span'); box.ariaActiveDescendantElement = detached; log(box.ariaActiveDescendantElement);
box.ariaActiveDescendantElement = null; log(box.hasAttribute('aria-activedescendant'), box.ariaActiveDescendantElement);
box.ariaDescribedByElements = [a, b]; log(JSON.stringify(box.getAttribute('aria-describedby')), box.ariaDescribedByElements.length, box.ariaDescribedByElements[0] === a);
try { box.ariaDescribedByElements = [a, 'x']; } catch (e) { log(e.name, e.message); }
try { box.ariaActiveDescendantElement = 'a'; } catch (e) { log(e.name, e.message); }
box.ariaDescribedByElements = null; log(box.hasAttribute('aria-describedby'), box.ariaDescribedByElements);
log(typeof document.ariaNotify, document.ariaNotify("x"), Element.prototype.ariaNotify.length, Document.prototype.hasOwnProperty("ariaNotify"));
log(Object.getOwnPropertyNames(Element.prototype).filter(function (n) { return /^aria|^role$/.test(n); }).length);
</script></body></html>
""",
"""
button Go false null  true true
Stop true false x
null
true 2 true true true\s
false 1
"" true

false\s
"" 2 true
TypeError Failed to set the 'ariaDescribedByElements' property on 'Element': Failed to convert value to 'Element'.
TypeError Failed to set the 'ariaActiveDescendantElement' property on 'Element': Failed to convert value to 'Element'.
false\s
function  1 true
53
""");
  }
}
