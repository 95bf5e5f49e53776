package io.w3socket.engine;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The HTML element interfaces' reflected IDL attributes (html-element-attributes.js): each page
 * prints what headless Chromium 156 printed for it (served over http; the URLs are compared, not
 * printed), in both engines.
 */
class ReflectedAttributesTest {
  @TempDir Path dir;

  /**
   * Which interfaces have name, content, type, rel, alt, charset, htmlFor, value, src and href
   * (HTMLElement none of them: a div has no value). HTMLTemplateElement is left out: Chromium 156
   * gives it an htmlFor no standard defines.
   */
  @ParameterizedTest
  @EnumSource(JsEngine.class)
  void eachAttributeIsOnTheInterfacesThatDefineIt(JsEngine engine) throws Exception {
    Runs.assertPagePrints(
        dir,
        "reflect-where.html",
        engine,
"""
<!DOCTYPE html><html><body><script>
var attrs = ['name', 'content', 'type', 'rel', 'alt', 'charset', 'htmlFor', 'value', 'src', 'href'];
var names = Object.getOwnPropertyNames(window).filter(function (n) { return /^HTML.+Element$/.test(n) && n !== 'HTMLTemplateElement'; }).sort();
attrs.forEach(function (a) {
  var on = names.filter(function (n) { return window[n].prototype.hasOwnProperty(a); });
  console.log(a + ': ' + on.join(' '));
});
console.log('HTMLElement: ' + attrs.filter(function (a) { return HTMLElement.prototype.hasOwnProperty(a); }).join(' '));
</script></body></html>
""",
"""
name: HTMLAnchorElement HTMLButtonElement HTMLDetailsElement HTMLEmbedElement HTMLFieldSetElement HTMLFormElement HTMLFrameElement HTMLIFrameElement HTMLImageElement HTMLInputElement HTMLMapElement HTMLMetaElement HTMLObjectElement HTMLOutputElement HTMLParamElement HTMLSelectElement HTMLSlotElement HTMLTextAreaElement
content: HTMLMetaElement
type: HTMLAnchorElement HTMLButtonElement HTMLEmbedElement HTMLFieldSetElement HTMLInputElement HTMLLIElement HTMLLinkElement HTMLOListElement HTMLObjectElement HTMLOutputElement HTMLParamElement HTMLScriptElement HTMLSelectElement HTMLSourceElement HTMLStyleElement HTMLTextAreaElement HTMLUListElement
rel: HTMLAnchorElement HTMLAreaElement HTMLFormElement HTMLLinkElement
alt: HTMLAreaElement HTMLImageElement HTMLInputElement
charset: HTMLAnchorElement HTMLLinkElement HTMLScriptElement
htmlFor: HTMLLabelElement HTMLOutputElement HTMLScriptElement
value: HTMLButtonElement HTMLDataElement HTMLInputElement HTMLLIElement HTMLMeterElement HTMLOptionElement HTMLOutputElement HTMLParamElement HTMLProgressElement HTMLSelectElement HTMLTextAreaElement
src: HTMLEmbedElement HTMLFrameElement HTMLIFrameElement HTMLImageElement HTMLInputElement HTMLMediaElement HTMLScriptElement HTMLSourceElement HTMLTrackElement
href: HTMLAnchorElement HTMLAreaElement HTMLBaseElement HTMLLinkElement
HTMLElement:\s
""");
  }

  /**
   * The typed ones: button's and input's type keywords (#dom-button-type, #dom-input-type), the
   * fixed types, li's long value, progress's and meter's numbers with their defaults and clamps
   * and a non-finite value's TypeError, output's value, defaultValue (the default value override),
   * htmlFor (a DOMTokenList) and its reset; data's and param's values, URL attributes resolved,
   * base's href against the document's URL.
   */
  @ParameterizedTest
  @EnumSource(JsEngine.class)
  void typedReflectionsAsChromiumHasThem(JsEngine engine) throws Exception {
    Runs.assertPagePrints(
        dir,
        "reflect-types.html",
        engine,
"""
<!DOCTYPE html><html><body><script>
function log() { console.log(Array.prototype.join.call(arguments, ' ')); }
function c(t, attrs) { var e = document.createElement(t); for (var k in attrs) e.setAttribute(k, attrs[k]); return e; }
log('button', JSON.stringify(c('button').type), JSON.stringify(c('button', {type: 'RESET'}).type), JSON.stringify(c('button', {type: 'bogus'}).type));
log('input', JSON.stringify(c('input').type), JSON.stringify(c('input', {type: 'CHECKBOX'}).type), JSON.stringify(c('input', {type: 'bogus'}).type));
log('fieldset/output/textarea/select', c('fieldset').type, c('output').type, c('textarea').type, c('select').type, c('select', {multiple: ''}).type);
log('li', JSON.stringify(c('li').value), JSON.stringify(c('li', {value: '7x'}).value), JSON.stringify(c('li', {value: 'x'}).value));
var li = c('li'); li.value = '12.7'; log('li set', li.getAttribute('value'));
log('progress', c('progress').value, c('progress', {value: '0.5'}).value, c('progress', {value: '5', max: '2'}).value, c('progress').max, c('progress', {value: '-1'}).value, c('progress').position);
log('meter', c('meter').value, c('meter', {value: '0.5'}).value, c('meter', {value: '5'}).value, c('meter', {min: '2'}).value, c('meter').min, c('meter').max, c('meter').low, c('meter').high, c('meter').optimum);
var o = c('output'); o.textContent = 'abc'; log('output', JSON.stringify(o.value), o.defaultValue, typeof o.htmlFor, o.htmlFor && o.htmlFor.length);
o.value = 'zz'; log('output set', o.textContent, o.defaultValue);
log('data', JSON.stringify(c('data').value), c('data', {value: 'v'}).value, 'param', c('param', {value: 'p'}).value);
log('ol', JSON.stringify(c('ol').type), 'a', JSON.stringify(c('a').type), 'script', JSON.stringify(c('script').type));
var here = location.href.replace(/[^\\/]*$/, '');
log('href', JSON.stringify(c('a').href), c('a', {href: 'x.html'}).href === here + 'x.html', JSON.stringify(c('link').href), c('base', {href: 'y/'}).href === here + 'y/', c('base').href === location.href, c('area', {href: 'http://[::1'}).href);
log('src', JSON.stringify(c('img').src), c('img', {src: 'i.png'}).src === here + 'i.png', JSON.stringify(c('video').src), c('script', {src: 's.js'}).src === here + 's.js');
var p = c('progress'); p.max = 0; p.max = -2; log('progress max', p.getAttribute('max'), p.max); p.max = 4; p.value = 1; log(p.getAttribute('max'), p.getAttribute('value'), p.position);
try { p.value = NaN; } catch (e) { log(e.name, e.message); }
var m = c('meter', {min: '1', max: '3', value: '2', low: '0', high: '9', optimum: '5'}); log('meter', m.min, m.max, m.value, m.low, m.high, m.optimum); m.value = 2.5; log(m.getAttribute('value'));
var f = c('form'), out = c('output', {for: 'a b'}); f.appendChild(out); out.textContent = 'start';
out.value = 'changed'; out.defaultValue = 'def'; log('output', out.value, out.defaultValue, out.textContent, out.htmlFor.length, out.htmlFor.contains('b'), out.htmlFor === out.htmlFor);
f.reset(); log('after reset', out.value, out.defaultValue);
out.defaultValue = 'plain'; log('no override', out.value, out.defaultValue);
out.htmlFor = 'x'; log(out.getAttribute('for'), out.htmlFor.value);
var b = c('button'); b.type = 'RESET'; log(b.getAttribute('type'), b.type); var i = c('input'); i.type = 'Radio'; log(i.getAttribute('type'), i.type);
log('div', typeof c('div').value, typeof c('div').href, typeof c('span').name, typeof c('p').type, 'src' in c('div'));
log('meta', c('meta', {content: 'c'}).content, 'label', c('label', {for: 'q'}).htmlFor, 'script for', JSON.stringify(c('script').htmlFor));
</script></body></html>
""",
"""
button "submit" "reset" "submit"
input "text" "checkbox" "text"
fieldset/output/textarea/select fieldset output textarea select-one select-multiple
li 0 7 0
li set 12
progress 0 0.5 2 1 0 -1
meter 0 0.5 1 2 0 1 0 1 0.5
output "abc" abc object 0
output set zz abc
data "" v param p
ol "" a "" script ""
href "" true "" true true http://[::1
src "" true "" true
progress max  1
4 1 0.25
TypeError Failed to set the 'value' property on 'HTMLProgressElement': The provided double value is non-finite.
meter 1 3 2 1 3 3
2.5
output changed def changed 2 true true
after reset def def
no override plain plain
x x
RESET reset
Radio radio
div undefined undefined undefined undefined false
meta c label q script for ""
""");
  }
}
