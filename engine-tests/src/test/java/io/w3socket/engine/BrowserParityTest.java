package io.w3socket.engine;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Behaviour a differential run against headless Chromium 156 found missing or different, in both
 * engines: CustomEvent (DOM #interface-customevent), the legacy init methods (DOM
 * #dom-customevent-initcustomevent, HTML #dom-messageevent-initmessageevent), Blob and File option
 * dictionaries with line-ending conversion (File API #process-blob-parts), and the exceptions
 * (types, and Chromium's messages where no standard words them) of crypto.getRandomValues,
 * structuredClone and the WebSocket constructor.
 */
class BrowserParityTest {
  @ParameterizedTest
  @EnumSource(JsEngine.class)
  void customEventCarriesItsDetail(JsEngine engine) {
    JsChecks.assertChecks(
        engine,
"""
var e = new CustomEvent('x');
check('detail defaults to null', e.detail === null);
check('lengths', CustomEvent.length === 1 && CustomEvent.prototype.initCustomEvent.length === 1);
check('an Event', e instanceof Event && Object.getPrototypeOf(CustomEvent.prototype) === Event.prototype);
var o = {};
var d = new CustomEvent('y', {detail: o, bubbles: true});
check('detail is the value itself', d.detail === o && d.bubbles && !d.cancelable && d.type === 'y');
d.initCustomEvent('z', false, true, 7);
check('initCustomEvent re-initializes', d.type === 'z' && !d.bubbles && d.cancelable && d.detail === 7);
d.initCustomEvent('w');
check('its optional arguments', d.type === 'w' && !d.cancelable && d.detail === null);
throwsName('type is required', function () { new CustomEvent(); }, 'TypeError');
throwsName('only on a CustomEvent', function () { CustomEvent.prototype.initCustomEvent.call(new Event('x'), 'y'); }, 'TypeError');
var t = new EventTarget();
var seen = '';
t.addEventListener('x', function (ev) {
  ev.initCustomEvent('q', true, true, 9);
  seen = ev.type + ':' + ev.detail;
});
t.dispatchEvent(new CustomEvent('x', {detail: 1}));
check('initCustomEvent does nothing while dispatching', seen === 'x:1', seen);
var m = new MessageEvent('m');
m.initMessageEvent('n', true, false, 'data', 'ws://o', '7');
check('initMessageEvent', m.type === 'n' && m.bubbles && m.data === 'data' && m.origin === 'ws://o'
    && m.lastEventId === '7' && m.source === null && m.ports.length === 0);
done();
""");
  }

  @ParameterizedTest
  @EnumSource(JsEngine.class)
  void blobAndFileOptions(JsEngine engine) {
    JsChecks.assertChecks(
        engine,
"""
var nl = new Blob(['\\n'], {endings: 'native'}).size;
check('the native line ending is one or two bytes', nl === 1 || nl === 2, nl);
check('endings native converts CRLF, CR and LF', new Blob(['a\\r\\nb\\rc\\nd'], {endings: 'native'}).size === 4 + 3 * nl);
check('transparent keeps them', new Blob(['a\\r\\nb\\rc\\nd']).size === 8 && new Blob(['a\\r\\n'], {endings: 'transparent'}).size === 3);
check('bytes are never converted', new Blob([new Uint8Array([13, 10])], {endings: 'native'}).size === 2);
throwsName('endings is an enumeration', function () { new Blob(['a'], {endings: 'x'}); }, 'TypeError');
throwsName('options must be a dictionary', function () { new Blob(['a'], 5); }, 'TypeError');
throwsName("File's parts are required", function () { new File(undefined, 'a'); }, 'TypeError');
throwsName('File options must be a dictionary', function () { new File(['a'], 'n', 5); }, 'TypeError');
check('File converts line endings too', new File(['a\\rb'], 'n', {endings: 'native'}).size === 2 + nl);
var order = [];
function spy(name, value) { var o = {}; o.toString = function () { order.push(name); return value; }; return o; }
new File([spy('part', 'p')], spy('name', 'n'), {
  get type() { order.push('type'); return ''; },
  get lastModified() { order.push('lastModified'); return 0; },
  get endings() { order.push('endings'); return 'transparent'; }
});
check('File reads parts, name, then endings, lastModified, type', order.join() === 'part,name,endings,lastModified,type', order.join());
done();
""");
  }

  @ParameterizedTest
  @EnumSource(JsEngine.class)
  void exceptionsAsChromiumWordsThem(JsEngine engine) {
    JsChecks.assertChecks(engine, EXCEPTIONS);
  }

  /** DOM #interface-domtokenlist: Element.classList over the class attribute. */
  @ParameterizedTest
  @EnumSource(JsEngine.class)
  void classListEditsTheClassAttribute(JsEngine engine) {
    JsChecks.assertChecks(
        engine,
"""
function el(cls) { var d = document.createElement('div'); if (cls !== undefined) { d.setAttribute('class', cls); } return d; }
var d = el(' a  b a\tc ');
var c = d.classList;
check('an ordered set of the tokens', c.length === 3 && c[0] === 'a' && c[2] === 'c' && c[3] === undefined
    && c.item(1) === 'b' && c.item(9) === null && c.contains('b') && !c.contains('z'));
check('value and toString are the attribute', c.value === ' a  b a\tc ' && String(c) === c.value);
check('the same object, live', d.classList === c && (function () { d.className = 'p q'; return c.length === 2 && c[1] === 'q'; })());
var e = el(' a  b a ');
e.classList.add('c', 'a');
check('add serializes the set', e.getAttribute('class') === 'a b c', e.getAttribute('class'));
var f = el();
f.classList.add();
check('no attribute is made for an empty set', !f.hasAttribute('class'));
var g = el('a');
g.classList.remove('a');
check('removing the last token leaves it empty', g.getAttribute('class') === '');
var t = el('a b');
check('toggle', t.classList.toggle('a') === false && t.classList.toggle('z') === true && t.classList.toggle('z', true) === true
    && t.classList.toggle('q', false) === false && t.className === 'b z', t.className);
var r = el('a b c');
check('replace keeps the first place and drops the other', r.classList.replace('a', 'c') === true && r.className === 'c b'
    && r.classList.replace('zz', 'y') === false, r.className);
throwsName('an empty token', function () { el().classList.add(''); }, 'SyntaxError');
throwsName('a token with whitespace', function () { el().classList.add('a b'); }, 'InvalidCharacterError');
throwsName('replace checks emptiness first', function () { el().classList.replace('', 'a b'); }, 'SyntaxError');
throwsName('class has no supported tokens', function () { el().classList.supports('a'); }, 'TypeError');
var p = el('x');
p.classList = 'm n';
check('setting classList sets its value', p.className === 'm n');
var seen = [];
el('a b').classList.forEach(function (tok, i) { seen.push(i + tok); });
check('forEach', seen.join() === '0a,1b');
check('a DOMTokenList', el().classList instanceof DOMTokenList);
done();
""");
  }

  /** HTML #dom-dataset (GraalJS: its named properties need a Proxy, which Nashorn lacks). */
  @Test
  void datasetMapsDataAttributes() {
    JsChecks.assertChecks(
        JsEngine.GRAALJS,
"""
var d = document.createElement('div');
d.setAttribute('data-foo-bar', '1');
d.setAttribute('data-x', '2');
d.setAttribute('data-Up', '3');
check('data-* attributes as camelCase names', JSON.stringify(d.dataset) === '{"fooBar":"1","x":"2","up":"3"}', JSON.stringify(d.dataset));
d.dataset.someName = 5;
check('setting a name sets its attribute', d.getAttribute('data-some-name') === '5');
delete d.dataset.x;
check('delete removes it', !d.hasAttribute('data-x') && !('x' in d.dataset));
throwsName('a dash before a lowercase letter', function () { d.dataset['a-b'] = 1; }, 'SyntaxError');
throwsName('an invalid attribute name', function () { d.dataset['x y'] = 1; }, 'InvalidCharacterError');
check('the same DOMStringMap', d.dataset === d.dataset && Object.prototype.toString.call(d.dataset) === '[object DOMStringMap]'
    && d.dataset.nope === undefined);
done();
""");
  }

  /**
   * HTML #storage: localStorage and sessionStorage in memory for the run, with Chromium's quota; on
   * GraalJS the named properties too (WebIDL #legacy-platform-object-abstract-ops).
   */
  @ParameterizedTest
  @EnumSource(JsEngine.class)
  void webStorageKeepsStringsForTheRun(JsEngine engine) {
    JsChecks.assertChecks(
        engine,
        (engine == JsEngine.GRAALJS ? NAMED_ITEMS : "")
            +
"""
check('two areas', localStorage instanceof Storage && sessionStorage instanceof Storage && localStorage !== sessionStorage);
throwsName('Storage is not constructible', function () { new Storage(); }, 'TypeError');
localStorage.clear();
localStorage.setItem('a', 1);
localStorage.setItem('2', 'two');
check('values are strings, keys in the order set', localStorage.getItem('a') === '1' && localStorage.length === 2
    && localStorage.key(0) === 'a' && localStorage.key(1) === '2' && localStorage.key(2) === null);
check('a missing key is null', localStorage.getItem('zz') === null && sessionStorage.getItem('a') === null);
localStorage.setItem('a', 'again');
check('setting again keeps the position', localStorage.key(0) === 'a' && localStorage.getItem('a') === 'again');
localStorage.removeItem('a');
check('removeItem', localStorage.length === 1 && localStorage.key(0) === '2');
throwsName('setItem takes two arguments', function () { localStorage.setItem('a'); }, 'TypeError');
var big = new Array(3 * 1024 * 1024 + 1).join('x');
localStorage.setItem('big', big);
var quota = '';
try { localStorage.setItem('big2', big); } catch (e) { quota = e.name + ':' + e.code; }
check('past the quota a QuotaExceededError, nothing stored', quota === 'QuotaExceededError:22'
    && localStorage.getItem('big2') === null, quota);
localStorage.clear();
check('clear', localStorage.length === 0 && localStorage.getItem('big') === null);
localStorage.setItem('__proto__', 'p');
localStorage.setItem('hasOwnProperty', 'h');
check('any key is an item', localStorage.getItem('__proto__') === 'p' && localStorage.getItem('hasOwnProperty') === 'h'
    && localStorage.length === 2);
localStorage.removeItem('__proto__');
check('and is removed as one', localStorage.getItem('__proto__') === null && localStorage.length === 1);
check('the page is visible, focused, secure; no cookies', document.hidden === false
    && document.visibilityState === 'visible' && document.hasFocus() === true && isSecureContext === true
    && (function () { document.cookie = 'a=1'; return document.cookie === ''; })());
check('origin', origin === location.origin);
done();
""");
  }

  private static final String NAMED_ITEMS =
"""
localStorage.clear();
localStorage.b = {x: 1};
check('a property set is an item', localStorage.getItem('b') === '[object Object]' && localStorage.b === '[object Object]');
localStorage.setItem('getItem', 'v');
check('a method is not shadowed by an item', typeof localStorage.getItem === 'function' && localStorage.getItem('getItem') === 'v');
check('items are own enumerable properties', Object.keys(localStorage).join() === 'b'
    && JSON.stringify(Object.getOwnPropertyDescriptor(localStorage, 'b'))
        === '{"value":"[object Object]","writable":true,"enumerable":true,"configurable":true}');
delete localStorage.b;
check('delete removes an item', localStorage.getItem('b') === null && !('b' in localStorage));
check('toString tag', Object.prototype.toString.call(localStorage) === '[object Storage]');
""";

  /**
   * HTML #serializing-html-fragments: innerHTML and outerHTML give the tree as it is, for an
   * element in no document too (jsoup indented those).
   */
  @ParameterizedTest
  @EnumSource(JsEngine.class)
  void detachedElementsSerializeWithoutIndentation(JsEngine engine) {
    JsChecks.assertChecks(
        engine,
"""
var d = document.createElement('div');
d.innerHTML = '<p>a<br>b</p><!--c-->';
check('innerHTML of a detached element', d.innerHTML === '<p>a<br>b</p><!--c-->', JSON.stringify(d.innerHTML));
var p = d.firstChild;
check('outerHTML of a node under one', p.outerHTML === '<p>a<br>b</p>', JSON.stringify(p.outerHTML));
check('and the tree is left as it was', p.parentNode === d && d.parentNode === null && d.childNodes.length === 2);
document.body.appendChild(d);
check('in the document alike', d.outerHTML === '<div><p>a<br>b</p><!--c--></div>', JSON.stringify(d.outerHTML));
done();
""");
  }

  /**
   * HTML #animation-frames: the callbacks requested before a frame run at it, in order, with the
   * frame's time, a microtask checkpoint after each; a canceled one does not run; a callback's own
   * request waits for the next frame; an exception is reported and the others still run.
   */
  @ParameterizedTest
  @EnumSource(JsEngine.class)
  void animationFramesRunTheCallbacksRequestedBeforeThem(JsEngine engine) {
    JsChecks.assertChecks(
        engine,
"""
var log = [];
var t1, tb, h2;
var reported = '';
window.addEventListener('error', function (e) { reported = e.message; e.preventDefault(); });
var h1 = requestAnimationFrame(function (t) {
  t1 = t;
  log.push('a');
  Promise.resolve().then(function () { log.push('micro-a'); });
  cancelAnimationFrame(h2);
  requestAnimationFrame(function (t3) {
    check('a request made in a callback runs at the next frame', t3 > t1 && log.join() === 'a,micro-a,b', log.join());
    check('one frame, one time', t1 === tb && typeof t1 === 'number' && t1 > 0 && t1 <= performance.now());
    check('an exception is reported', reported === 'Uncaught Error: in a frame', reported);
    done();
  });
});
requestAnimationFrame(function (t) { tb = t; log.push('b'); });
h2 = requestAnimationFrame(function () { log.push('canceled'); });
requestAnimationFrame(function () { throw new Error('in a frame'); });
check('handles count up', typeof h1 === 'number' && h2 === h1 + 2);
throwsName('the callback must be a function', function () { requestAnimationFrame(5); }, 'TypeError');
check('canceling an unknown handle does nothing', cancelAnimationFrame(9999) === undefined);
check('lengths', requestAnimationFrame.length === 1 && cancelAnimationFrame.length === 1);
""");
  }

  /**
   * HTML #structuredserializewithtransfer for ArrayBuffers: the list converted and checked first,
   * then the value serialized, then the buffers detached (GraalJS; Nashorn cannot detach one).
   */
  @ParameterizedTest
  @EnumSource(JsEngine.class)
  void structuredCloneTransfersArrayBuffers(JsEngine engine) {
    boolean detaches = engine == JsEngine.GRAALJS;
    JsChecks.assertChecks(
        engine,
        TRANSFER
            .replace("%LEFT%", detaches ? "0" : "4")
            .replace("%DETACHED%", detaches ? "DataCloneError" : "none"));
  }

  private static final String TRANSFER =
"""
function message(fn) { try { fn(); } catch (e) { return e.name + ': ' + e.message; } return 'none'; }
var p = "Failed to execute 'structuredClone' on 'Window': ";
var b = new ArrayBuffer(4);
new Uint8Array(b)[1] = 7;
var c = structuredClone({b: b, v: new Uint8Array(b, 1)}, {transfer: [b]});
check('the clone has the bytes, its view on its buffer', c.b.byteLength === 4 && c.v[0] === 7 && c.v.buffer === c.b);
check('the original is detached where the engine can detach', b.byteLength === %LEFT%, b.byteLength);
check('sending a detached one', message(function () { structuredClone(b); }).split(':')[0] === '%DETACHED%');
var d = new ArrayBuffer(1);
check('a duplicate', message(function () { structuredClone(1, {transfer: [d, d]}) })
    === 'DataCloneError: ' + p + 'ArrayBuffer at index 1 is a duplicate of an earlier ArrayBuffer.');
check('a non-transferable', message(function () { structuredClone(1, {transfer: [new Uint8Array(1)]}) })
    === 'DataCloneError: ' + p + 'Value at index 0 does not have a transferable type.');
check('not a sequence', message(function () { structuredClone(1, {transfer: 5}) }).indexOf('TypeError: ') === 0);
check('items must be objects', message(function () { structuredClone(1, {transfer: [1]}) }).indexOf('TypeError: ') === 0);
var e = new ArrayBuffer(2);
check('nothing is detached when serializing fails', message(function () { structuredClone({f: function () {}}, {transfer: [e]}); })
    .indexOf('DataCloneError') === 0 && e.byteLength === 2);
check('an empty list is no transfer', structuredClone(1, {transfer: []}) === 1);
done();
""";

  private static final String EXCEPTIONS =
"""
function message(fn) { try { fn(); } catch (e) { return e.name + ': ' + e.message; } return 'no exception'; }
check('getRandomValues of a non-view', message(function () { crypto.getRandomValues({}); })
    === "TypeError: Failed to execute 'getRandomValues' on 'Crypto': parameter 1 is not of type 'ArrayBufferView'.");
check('of a float array', message(function () { crypto.getRandomValues(new Float64Array(1)); })
    === "TypeMismatchError: Failed to execute 'getRandomValues' on 'Crypto': The provided ArrayBufferView is of type 'Float64', which is not an integer array type.");
check('of a DataView', message(function () { crypto.getRandomValues(new DataView(new ArrayBuffer(1))); })
    === "TypeMismatchError: Failed to execute 'getRandomValues' on 'Crypto': The provided ArrayBufferView is of type 'DataView', which is not an integer array type.");
check('a WebSocket constructor error', /^SyntaxError: Failed to construct 'WebSocket': .*fragment/.test(
    message(function () { new WebSocket('ws://localhost:1/#x'); })));
var symbol = message(function () { structuredClone({a: Symbol('d')}); });
check('a symbol is named with its description', symbol === "DataCloneError: Failed to execute 'structuredClone' on 'Window': Symbol(d) could not be cloned.", symbol);
done();
""";
}
