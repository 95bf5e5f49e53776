package io.w3socket.engine;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** URL and URLSearchParams (WHATWG URL #api), in both engines. */
class UrlGlobalsTest {
  @ParameterizedTest
  @EnumSource(JsEngine.class)
  void urlParsesResolvesAndSerializes(JsEngine engine) {
    JsChecks.assertChecks(
        engine,
"""
var u = new URL('HTTPS://Example.ORG:443/a/./b/../c?x=1#frag');
check('href', u.href === 'https://example.org/a/c?x=1#frag', u.href);
check('parts', u.protocol === 'https:' && u.host === 'example.org' && u.port === ''
    && u.pathname === '/a/c' && u.search === '?x=1' && u.hash === '#frag');
check('origin', u.origin === 'https://example.org');
check('String(url) and toJSON', String(u) === u.href && JSON.stringify({u: u}) === '{"u":"' + u.href + '"}');
check('relative with base', new URL('../d?q', 'http://h:8080/a/b/c').href === 'http://h:8080/a/d?q');
check('base as URL object', new URL('x', new URL('http://h/y/')).href === 'http://h/y/x');
check('path percent-encoded', new URL('http://h/a b\\u00E9').pathname === '/a%20b%C3%A9');
check('IPv4 normalised', new URL('http://0x7f.1/').hostname === '127.0.0.1');
check('non-special', new URL('mailto:me@example.com').pathname === 'me@example.com'
    && new URL('mailto:me@example.com').origin === 'null');
check('blob origin', new URL('blob:https://a.example/uuid').origin === 'https://a.example');
throwsName('invalid URL is a TypeError', function () { new URL('not a url'); }, 'TypeError');
throwsName('relative without base', function () { new URL('/x'); }, 'TypeError');
check('canParse', URL.canParse('http://h/') === true && URL.canParse('x') === false
    && URL.canParse('x', 'http://h/') === true);
check('parse', URL.parse('nope') === null && URL.parse('http://h/').href === 'http://h/');
throwsName('needs new', function () { URL('http://h/'); }, 'TypeError');
done();
""");
  }

  @ParameterizedTest
  @EnumSource(JsEngine.class)
  void settersAndSearchParamsStayInStep(JsEngine engine) {
    JsChecks.assertChecks(
        engine,
"""
var u = new URL('http://h/p?a=1');
u.search = 'b=2&b=3';
check('search setter updates searchParams', u.searchParams.getAll('b').join() === '2,3');
u.searchParams.append('c', 'x y');
check('searchParams update the query', u.search === '?b=2&b=3&c=x+y', u.search);
u.searchParams.delete('b', '2');
check('delete with a value', u.href === 'http://h/p?b=3&c=x+y', u.href);
u.hash = 'top';
check('hash setter', u.hash === '#top' && u.href === 'http://h/p?b=3&c=x+y#top');
u.pathname = 'q/r';
check('pathname setter', u.pathname === '/q/r', u.pathname);
u.href = 'https://other/';
check('href setter', u.host === 'other' && u.searchParams.size === 0);
throwsName('bad href', function () { u.href = 'nope'; }, 'TypeError');
u.port = '8443';
check('port setter', u.host === 'other:8443', u.host);
done();
""");
  }

  @ParameterizedTest
  @EnumSource(JsEngine.class)
  void settersRunTheParsersStateOverrides(JsEngine engine) {
    // #dom-url-port … #dom-url-search: the api's UrlSetters (its UrlSettersTest has the table).
    JsChecks.assertChecks(
        engine,
"""
function set(href, part, value) { var u = new URL(href); u[part] = value; return u.href; }
check('port: the leading digits', set('http://a:8/', 'port', '8080x') === 'http://a:8080/');
check('host: the port after it', set('http://a/', 'host', 'b:9x/y') === 'http://b:9/');
check('hostname: a colon is failure', set('http://a:8/', 'hostname', 'b:9') === 'http://a:8/');
check('pathname: ? and # are path', set('http://a/b', 'pathname', 'c?d#e') === 'http://a/c%3Fd%23e');
check('search: # is query', set('http://a/b', 'search', 'x#y') === 'http://a/b?x%23y');
check('protocol: special stays special', set('http://a/', 'protocol', 'foo') === 'http://a/');
check('username: the userinfo set', set('http://a/', 'username', 'a@b:c') === 'http://a%40b%3Ac@a/');
var u = new URL('http://h/?a=1');
u.search = '?b=%zz\tc';
check('search: the list parses the value', u.searchParams.get('b') === '%zz\tc', u.searchParams.get('b'));
check('search: the query drops tabs', u.search === '?b=%zzc', u.search);
check('hosts are UTS #46, nontransitional', new URL('http://Fa\u00df.de/').host === 'xn--fa-hia.de');
throwsName('an invalid xn-- label', function () { new URL('http://xn--a.com/'); }, 'TypeError');
done();
""");
  }

  @ParameterizedTest
  @EnumSource(JsEngine.class)
  void urlSearchParamsIsTheFormEncoding(JsEngine engine) {
    JsChecks.assertChecks(
        engine,
"""
var p = new URLSearchParams('?a=1&b=%20x+y&a=2&c&=z&%zz=%E2%82%AC');
check('get first', p.get('a') === '1' && p.get('nope') === null);
check('getAll', p.getAll('a').join() === '1,2');
check('plus and percent', p.get('b') === ' x y');
check('no equals sign', p.get('c') === '');
check('empty name', p.get('') === 'z');
check('bad escapes stay', p.get('%zz') === '\\u20AC');
check('size', p.size === 6);
p.set('a', '3');
check('set replaces the first and removes the rest', p.getAll('a').join() === '3' && p.toString().indexOf('a=3') === 0);
check('has with value', p.has('a', '3') && !p.has('a', '4'));
var s = new URLSearchParams('z=1&a=2&z=0&a=1');
s.sort();
check('sort is stable by name', s.toString() === 'a=2&a=1&z=1&z=0', s.toString());
check('serializer encodes', new URLSearchParams({q: 'a b&c=\\u00E9*-._~'}).toString() === 'q=a+b%26c%3D%C3%A9*-._%7E');
check('from pairs', new URLSearchParams([['x', '1'], ['y', '2']]).toString() === 'x=1&y=2');
throwsName('pairs must be pairs', function () { new URLSearchParams([['x']]); }, 'TypeError');
var seen = [];
new URLSearchParams('k=v&k2=v2').forEach(function (v, k) { seen.push(k + ':' + v); });
check('forEach', seen.join() === 'k:v,k2:v2');
var keys = [];
var it = new URLSearchParams('a=1&b=2').keys();
for (var r = it.next(); !r.done; r = it.next()) { keys.push(r.value); }
check('keys iterator', keys.join() === 'a,b');
done();
""");
  }
}
