package io.w3socket.engine;

import java.io.IOException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Headers, Request, Response and fetch() (Fetch Standard #headers-class, #request-class,
 * #response-class, #body-mixin, #fetch-method) in both engines, against a real HTTP server.
 */
class FetchGlobalsTest {
  private static HttpRoutes http;

  @BeforeAll
  static void start() throws IOException {
    http = new HttpRoutes();
  }

  @AfterAll
  static void stop() {
    http.close();
  }

  private static void assertChecks(JsEngine engine, String body) {
    JsChecks.assertChecks(engine, body.replace("%BASE%", http.url("")));
  }

  @ParameterizedTest
  @EnumSource(JsEngine.class)
  void headersNormaliseCombineAndIterate(JsEngine engine) {
    assertChecks(
        engine,
"""
var h = new Headers({'Content-Type': ' text/plain \\t', 'X-A': '1'});
h.append('x-a', '2');
check('case-insensitive get, combined with comma-space', h.get('X-a') === '1, 2', h.get('X-a'));
check('value whitespace stripped', h.get('content-type') === 'text/plain');
check('has', h.has('CONTENT-TYPE') && !h.has('x-b'));
check('get of a missing name is null', h.get('x-b') === null);
h.append('Set-Cookie', 'a=1');
h.append('set-cookie', 'b=2');
check('getSetCookie keeps each value', h.getSetCookie().join('|') === 'a=1|b=2');
var names = [];
h.forEach(function (v, k) { names.push(k + '=' + v); });
check('iteration sorted, lowercased, set-cookie apart', names.join(';')
    === 'content-type=text/plain;set-cookie=a=1;set-cookie=b=2;x-a=1, 2', names.join(';'));
h.set('X-A', '3');
check('set replaces every value', h.get('x-a') === '3');
h['delete']('x-a');
check('delete', !h.has('x-a'));
var copy = new Headers(h);
check('copy from Headers', copy.get('content-type') === 'text/plain' && copy.getSetCookie().length === 2);
var pairs = new Headers([['a', '1'], ['b', '2']]);
check('from pairs', pairs.get('b') === '2');
throwsName('bad name', function () { h.append('bad name', 'x'); }, 'TypeError');
throwsName('bad value', function () { h.append('x', 'a\\nb'); }, 'TypeError');
throwsName('pair of three', function () { new Headers([['a', 'b', 'c']]); }, 'TypeError');
throwsName('non-Latin-1 value', function () { h.set('x', '\\u20AC'); }, 'TypeError');
var it = new Headers({b: '2', a: '1'}).keys();
check('iterator next', it.next().value === 'a' && it.next().value === 'b' && it.next().done === true);
var immutable = Response.error().headers;
throwsName('immutable guard', function () { immutable.set('a', 'b'); }, 'TypeError');
done();
""");
  }

  @ParameterizedTest
  @EnumSource(JsEngine.class)
  void requestAndResponseConstructorsAndBodies(JsEngine engine) {
    assertChecks(
        engine,
"""
var r = new Request('path?q#frag', {method: 'post', body: 'hi', headers: {'X-A': '1'}});
check('relative URL against the page base', r.url === 'file:///test/path?q#frag', r.url);
check('method normalised', r.method === 'POST');
check('string body sets Content-Type', r.headers.get('content-type') === 'text/plain;charset=UTF-8');
check('defaults', r.redirect === 'follow' && r.mode === 'cors' && r.credentials === 'same-origin'
    && r.cache === 'default' && r.referrer === 'about:client' && r.signal instanceof AbortSignal);
throwsName('GET with a body', function () { new Request('http://h/', {body: 'x'}); }, 'TypeError');
throwsName('forbidden method', function () { new Request('http://h/', {method: 'TRACE'}); }, 'TypeError');
throwsName('bad method', function () { new Request('http://h/', {method: 'a b'}); }, 'TypeError');
throwsName('credentials in URL', function () { new Request('http://u:p@h/'); }, 'TypeError');
throwsName('bad redirect mode', function () { new Request('http://h/', {redirect: 'x'}); }, 'TypeError');
throwsName('status out of range', function () { new Response('', {status: 600}); }, 'RangeError');
throwsName('null body status with body', function () { new Response('x', {status: 204}); }, 'TypeError');
var resp = new Response(new Uint8Array([104, 105]), {status: 201, statusText: 'Made', headers: [['X', 'y']]});
check('response fields', resp.status === 201 && resp.ok && resp.statusText === 'Made'
    && resp.headers.get('x') === 'y' && resp.type === 'default' && resp.url === '' && !resp.redirected);
var err = Response.error();
check('Response.error()', err.type === 'error' && err.status === 0 && !err.ok);
var red = Response.redirect('http://h/x', 301);
check('Response.redirect()', red.status === 301 && red.headers.get('location') === 'http://h/x');
throwsName('redirect status', function () { Response.redirect('http://h/', 200); }, 'RangeError');
var clone = resp.clone();
var params = new Response(new URLSearchParams('a=1&b=2'));
check('URLSearchParams body type', params.headers.get('content-type')
    === 'application/x-www-form-urlencoded;charset=UTF-8');
resp.text().then(function (t) {
  check('text()', t === 'hi');
  check('bodyUsed after reading', resp.bodyUsed === true && clone.bodyUsed === false);
  return resp.text();
}).then(function () {
  console.log('FAIL second read resolved');
}, function (e) {
  check('second read rejects with TypeError', e instanceof TypeError);
  return clone.arrayBuffer();
}).then(function (ab) {
  check('arrayBuffer()', ab instanceof ArrayBuffer && ab.byteLength === 2);
  return Response.json({a: [1]}).json();
}).then(function (j) {
  check('Response.json() and json()', j.a[0] === 1);
  return new Response(new Blob(['xy'], {type: 'text/x'})).blob();
}).then(function (b) {
  check('Blob body keeps its type', b.type === 'text/x' && b.size === 2);
  return new Response('\\uFEFFz').bytes();
}).then(function (u) {
  check('bytes() is a Uint8Array with the BOM bytes', u instanceof Uint8Array && u.length === 4);
  return new Response('{bad').json();
}).then(null, function (e) {
  check('bad JSON rejects with SyntaxError', e instanceof SyntaxError);
  var req2 = new Request('http://h/', {method: 'PUT', body: 'b'});
  var req3 = new Request(req2);
  check('a Request built from another takes its body', req2.bodyUsed && !req3.bodyUsed && req3.method === 'PUT');
  throwsName('from a used Request', function () { new Request(req2); }, 'TypeError');
  done();
});
""");
  }

  @ParameterizedTest
  @EnumSource(JsEngine.class)
  void formDataAndFileBodies(JsEngine engine) {
    assertChecks(
        engine,
"""
var file = new File(['ab'], 'n.txt', {type: 'Text/Plain', lastModified: 5});
check('File', file instanceof Blob && file.name === 'n.txt' && file.lastModified === 5
    && file.size === 2 && file.type === 'text/plain');
var fd = new FormData();
fd.append('a', '1\\n2');
fd.append('f', new Blob(['xyz'], {type: 'text/q'}), 'x.txt');
fd.append('b', 'old');
fd.append('b', 'older');
fd.set('b', 'B');
check('get, getAll, has, set', fd.get('a') === '1\\n2' && fd.getAll('b').join() === 'B'
    && fd.has('f') && fd.get('zz') === null);
check('a Blob entry becomes a File', fd.get('f') instanceof File && fd.get('f').name === 'x.txt');
throwsName('filename needs a Blob', function () { fd.append('x', 'y', 'z'); }, 'TypeError');
var r = new Response(fd);
check('multipart Content-Type', r.headers.get('content-type').indexOf('multipart/form-data; boundary=') === 0 && !!(r.headers.get('content-type')));
r.formData().then(function (back) {
  check('multipart round trip', back.get('a') === '1\\r\\n2' && back.get('b') === 'B'
      && back.get('f').name === 'x.txt' && back.get('f').type === 'text/q');
  return back.get('f').text();
}).then(function (t) {
  check('file content', t === 'xyz');
  return new Response(new URLSearchParams('a=1&b=%C3%A9')).formData();
}).then(function (form) {
  check('urlencoded formData()', form.get('b') === '\\u00E9');
  return new Response('x', {headers: {'Content-Type': 'text/plain'}}).formData();
}).then(null, function (e) {
  check('other types reject with TypeError', e instanceof TypeError);
  return fetch('%BASE%/echo', {method: 'POST', body: fd});
}).then(function (resp) {
  check('fetch sends multipart', resp.headers.get('x-content-type').indexOf('multipart/form-data; boundary=') === 0);
  return resp.text();
}).then(function (t) {
  check('the parts reach the server', t.indexOf('Content-Disposition: form-data; name="f"; filename="x.txt"\\r\\nContent-Type: text/q\\r\\n\\r\\nxyz\\r\\n') > 0, t);
  done();
});
""");
  }

  @ParameterizedTest
  @EnumSource(JsEngine.class)
  void fetchSendsAndReceives(JsEngine engine) {
    assertChecks(
        engine,
"""
fetch('%BASE%/text').then(function (r) {
  check('status', r.status === 200 && r.ok && r.statusText === 'OK', r.status + ' ' + r.statusText);
  check('url and type', r.url === '%BASE%/text' && r.type === 'basic' && !r.redirected);
  check('repeated headers combined', r.headers.get('x-multi') === 'a, b', r.headers.get('x-multi'));
  check('getSetCookie', r.headers.getSetCookie().join('|') === 'a=1|b=2');
  throwsName('response headers are immutable', function () { r.headers.set('a', 'b'); }, 'TypeError');
  return r.text();
}).then(function (t) {
  check('body', t === 'hello');
  return fetch(new Request('%BASE%/echo', {method: 'POST', body: new Uint8Array([1, 2, 3]),
    headers: {'X-Test': 'yes', 'Content-Type': 'application/x-raw'}}));
}).then(function (r) {
  check('method and headers reach the server', r.headers.get('x-method') === 'POST'
      && r.headers.get('x-test') === 'yes' && r.headers.get('x-content-type') === 'application/x-raw');
  check('the browser user agent', r.headers.get('x-user-agent').indexOf('w3socket') >= 0);
  return r.arrayBuffer();
}).then(function (ab) {
  var u = new Uint8Array(ab);
  check('binary body round trip', u.length === 3 && u[0] === 1 && u[2] === 3);
  return fetch('%BASE%/echo', {method: 'PUT', body: 'caf\\u00E9'});
}).then(function (r) {
  check('string body as UTF-8 text/plain', r.headers.get('x-content-type') === 'text/plain;charset=UTF-8');
  return r.text();
}).then(function (t) {
  check('UTF-8 round trip', t === 'caf\\u00E9');
  return fetch('%BASE%/missing');
}).then(function (r) {
  check('404 resolves, not ok', r.status === 404 && !r.ok && r.statusText === 'Not Found');
  return fetch('%BASE%/json');
}).then(function (r) {
  return r.json();
}).then(function (j) {
  check('json()', j.a[1] === 2);
  done();
});
""");
  }

  @ParameterizedTest
  @EnumSource(JsEngine.class)
  void redirectModesAbortAndNetworkErrors(JsEngine engine) {
    assertChecks(
        engine,
"""
fetch('%BASE%/redirect').then(function (r) {
  check('follow', r.redirected && r.url === '%BASE%/text' && r.status === 200);
  return fetch('%BASE%/r301', {method: 'POST', body: 'b'});
}).then(function (r) {
  check('301 turns POST into a body-less GET', r.headers.get('x-method') === 'GET'
      && r.headers.get('x-content-type') === 'null' && r.redirected);
  return fetch('%BASE%/r301', {method: 'PUT', body: 'b'});
}).then(function (r) {
  check('301 keeps PUT', r.headers.get('x-method') === 'PUT');
  return fetch('%BASE%/r303', {method: 'PUT', body: 'b'});
}).then(function (r) {
  check('303 turns PUT into GET', r.headers.get('x-method') === 'GET');
  return fetch('%BASE%/r307', {method: 'POST', body: 'kept'});
}).then(function (r) {
  check('307 keeps method and body', r.headers.get('x-method') === 'POST');
  return r.text();
}).then(function (t) {
  check('307 body', t === 'kept');
  return fetch('%BASE%/loop');
}).then(null, function (e) {
  check('too many redirects is a TypeError', e instanceof TypeError);
  return fetch('%BASE%/redirect', {redirect: 'manual'});
}).then(function (r) {
  check('manual gives an opaque redirect', r.type === 'opaqueredirect' && r.status === 0
      && r.url === '%BASE%/redirect' && r.headers.get('location') === null);
  return fetch('%BASE%/redirect', {redirect: 'error'});
}).then(function () {
  console.log('FAIL error mode resolved');
}, function (e) {
  check('error mode rejects with TypeError', e instanceof TypeError && e.message === 'Failed to fetch', e);
  var c = new AbortController();
  var p = fetch('%BASE%/held', {signal: c.signal});
  c.abort();
  return p;
}).then(function () {
  console.log('FAIL abort resolved');
}, function (e) {
  check('abort rejects with the AbortError reason', e instanceof DOMException && e.name === 'AbortError');
  var c2 = new AbortController();
  c2.abort('why');
  return fetch('%BASE%/text', {signal: c2.signal});
}).then(null, function (e) {
  check('an aborted signal rejects with its reason', e === 'why');
  return fetch('http://127.0.0.1:1/');
}).then(null, function (e) {
  check('connection refused is a TypeError', e instanceof TypeError && e.message === 'Failed to fetch');
  return fetch('ftp://h/');
}).then(null, function (e) {
  check('unsupported scheme is a TypeError', e instanceof TypeError);
  return fetch('http://[bad');
}).then(null, function (e) {
  check('bad URL is a TypeError', e instanceof TypeError);
  var u = URL.createObjectURL(new Blob(['blob!'], {type: 'text/y'}));
  return fetch(u);
}).then(function (r) {
  check('blob: URL', r.status === 200 && r.headers.get('content-type') === 'text/y');
  return r.text();
}).then(function (t) {
  check('blob: URL body', t === 'blob!');
  return fetch('data:,a%20b');
}).then(function (r) {
  check('data: URL type', r.headers.get('content-type') === 'text/plain;charset=US-ASCII');
  return r.text();
}).then(function (t) {
  check('data: URL percent-decoded', t === 'a b');
  return fetch('data:application/x-y;BASE64,aGk=');
}).then(function (r) {
  check('data: URL base64 type', r.headers.get('content-type') === 'application/x-y');
  return r.text();
}).then(function (t) {
  check('data: URL base64 body', t === 'hi');
  return fetch('data:;base64,%%%');
}).then(null, function (e) {
  check('bad base64 is a TypeError', e instanceof TypeError);
  done();
});
""");
  }
}
