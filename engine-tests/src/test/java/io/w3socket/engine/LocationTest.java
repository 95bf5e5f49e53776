package io.w3socket.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The page's location, a Location (HTML #the-location-interface), and a worker's WorkerLocation
 * (#worker-locations), in both engines. Where a page's output is compared, it is what headless
 * Chromium 156 printed for the same page (a file: page, opened by Playwright; history lengths are
 * counted from the page's first, as Playwright's about:blank entry comes before it there).
 */
class LocationTest {
  @TempDir Path dir;

  private Runs.Outcome page(JsEngine engine, String script) throws Exception {
    Path file = dir.resolve("page.html");
    Files.writeString(
        file,
        "<!DOCTYPE html><html><body><script>\n" + script + "\n</script></body></html>\n",
        StandardCharsets.UTF_8);
    return Runs.run(engine, b -> {}, c -> c.runPage(file, null));
  }

  /**
   * Its members are own properties of the one Location object ([LegacyUnforgeable]), and so are
   * window.location and document.location; no constructor; brand checks; SyntaxErrors for URLs that
   * do not parse and for a protocol that is no scheme (#dom-location-protocol); ancestorOrigins, an
   * empty DOMStringList.
   */
  @ParameterizedTest
  @EnumSource(JsEngine.class)
  void locationIsTheDocumentsUnforgeableLocation(JsEngine engine) throws Exception {
    Runs.Outcome o =
        page(
            engine,
"""
var out = [];
function d(o, k) {
  var x = Object.getOwnPropertyDescriptor(o, k);
  return !x ? k + ' none' : k + ' ' + ('value' in x ? 'value' + (x.writable ? ' writable' : '') : (x.get ? 'get' : '') + (x.set ? ' set' : ''))
      + (x.enumerable ? ' enumerable' : '') + (x.configurable ? ' configurable' : '');
}
out.push(typeof Location + ' ' + (location instanceof Location) + ' ' + (Object.getPrototypeOf(location) === Location.prototype)
    + ' ' + (document.location === location) + ' ' + (window.location === location));
out.push(Object.getOwnPropertyNames(location).sort().join());
out.push(Object.getOwnPropertyNames(Location.prototype).join());
['href', 'origin', 'protocol', 'hash', 'assign', 'reload', 'toString', 'valueOf', 'ancestorOrigins'].forEach(function (k) { out.push(d(location, k)); });
out.push(d(window, 'location') + ', ' + d(document, 'location') + ', ' + d(Document.prototype, 'location'));
out.push(location.assign.length + ' ' + location.replace.length + ' ' + location.reload.length + ' '
    + (location.valueOf === Object.prototype.valueOf) + ' ' + (location.toString === Object.getOwnPropertyDescriptor(location, 'href').get));
out.push((String(location) === location.href) + ' ' + (location + '' === location.href) + ' ' + (location.toString() === document.URL)
    + ' ' + location.protocol + ' ' + location.host.length + ' ' + location.search.length);
var ao = location.ancestorOrigins;
out.push(ao.length + ' ' + ao.item(0) + ' ' + ao.contains('null') + ' ' + (ao === location.ancestorOrigins) + ' ' + (ao instanceof DOMStringList));
function attempt(f) { try { f(); return 'no exception'; } catch (e) { return e.name + ': ' + e.message; } }
function attemptName(f) { try { f(); return 'no exception'; } catch (e) { return e.name; } }
out.push(attempt(function () { new Location(); }));
out.push(attempt(function () { Location(); }));
out.push(attempt(function () { Object.getOwnPropertyDescriptor(location, 'href').get.call({}); }));
out.push(attempt(function () { location.assign.call(document, '#x'); }));
out.push(attempt(function () { Object.getOwnPropertyDescriptor(document, 'location').get.call(window); }));
out.push(attempt(function () { location.protocol = '1x'; }));
out.push(attempt(function () { location.protocol = 'h@x'; }));
out.push(attempt(function () { location.href = 'foo://['; }));
out.push(attempt(function () { location.assign('http://x:99999/'); }));
out.push(attempt(function () { location.replace('foo://['); }));
out.push(attempt(function () { location.assign(); }));
out.push(attempt(function () { ao.item(); }));
out.push(attemptName(function () { Object.defineProperty(location, 'href', {value: 1}); }));
out.push(attemptName(function () { 'use strict'; location.assign = null; }));
out.push(attemptName(function () { 'use strict'; delete window.location; }) + ' ' + attemptName(function () { 'use strict'; delete document.location; }));
out.push(attempt(function () { new DOMStringList(); }));
// The names and tags (Nashorn has no Symbol.toStringTag and names no getters).
var tagged = typeof Symbol === 'function' && !!Symbol.toStringTag;
out.push(tagged ? [Object.getOwnPropertyDescriptor(location, 'href').get.name, Object.getOwnPropertyDescriptor(location, 'href').set.name,
    Object.getOwnPropertyDescriptor(window, 'location').get.name, location.assign.name, location.toString.name,
    Object.prototype.toString.call(location), Object.prototype.toString.call(ao)].join() : 'get href,set href,get location,assign,toString,[object Location],[object DOMStringList]');
console.log(out.join('\\n'));
""");
    assertEquals(
        Runs.lines(
"""
function true true true true
ancestorOrigins,assign,hash,host,hostname,href,origin,pathname,port,protocol,reload,replace,search,toString,valueOf
constructor
href get set enumerable
origin get enumerable
protocol get set enumerable
hash get set enumerable
assign value enumerable
reload value enumerable
toString value enumerable
valueOf value
ancestorOrigins get enumerable
location get set enumerable, location get set enumerable, location none
1 1 0 true false
true true true file: 0 0
0 null false true true
TypeError: Failed to construct 'Location': Illegal constructor
TypeError: Illegal constructor
TypeError: Illegal invocation
TypeError: Illegal invocation
TypeError: Illegal invocation
SyntaxError: Failed to set the 'protocol' property on 'Location': '1x' is an invalid protocol.
SyntaxError: Failed to set the 'protocol' property on 'Location': 'h@x' is an invalid protocol.
SyntaxError: Failed to set the 'href' property on 'Location': 'foo://[' is not a valid URL.
SyntaxError: Failed to execute 'assign' on 'Location': 'http://x:99999/' is not a valid URL.
SyntaxError: Failed to execute 'replace' on 'Location': 'foo://[' is not a valid URL.
TypeError: Failed to execute 'assign' on 'Location': 1 argument required, but only 0 present.
TypeError: Failed to execute 'item' on 'DOMStringList': 1 argument required, but only 0 present.
TypeError
TypeError
TypeError TypeError
TypeError: Failed to construct 'DOMStringList': Illegal constructor
get href,set href,get location,assign,toString,[object Location],[object DOMStringList]
"""),
        o.out(),
        o::toString);
  }

  /**
   * Setting its parts, assign and replace navigate to a fragment of the document
   * (#navigate-fragid): a new history entry without state (or the current one replaced: before the
   * document is completely loaded, for its own URL, by replace), popstate at once, hashchange in a
   * task when the fragment changed; the hash setter takes '' for an empty fragment and does nothing
   * for the same one.
   */
  @ParameterizedTest
  @EnumSource(JsEngine.class)
  void settingItsPartsNavigatesToAFragment(JsEngine engine) throws Exception {
    Runs.Outcome o =
        page(
            engine,
"""
function done() {}
var L0 = history.length;
var log = [];
function rel(u) { return u.substring(u.indexOf('#') < 0 ? u.length : u.indexOf('#')); }
function at(label) { log.push(label + ' ' + rel(location.href) + ' ' + (history.length - L0)); }
addEventListener('popstate', function (e) { log.push('popstate ' + e.state + ' ' + e.isTrusted); at('  at'); });
addEventListener('hashchange', function (e) {
  log.push('hashchange ' + rel(e.oldURL) + ' > ' + rel(e.newURL) + ' ' + (e instanceof HashChangeEvent));
});
location.hash = 'early';
at('while loading (replaces)');
addEventListener('load', function () {
  setTimeout(function () {
    location.hash = 'a';
    at('hash a');
    location.hash = '#a';
    at('the same fragment: nothing');
    location.href = '#b';
    at('href #b');
    location.href = location.href;
    at('its own URL (replaces)');
    location.replace('#c');
    at('replace #c');
    history.pushState({s: 1}, '');
    location.assign('#d');
    at('assign #d, state ' + history.state);
    location.hash = '';
    at('hash empty [' + location.hash + ']');
    location.hash = '';
    at('again: nothing');
    location.hash = 'h\\u00e9 x';
    at('encoded ' + location.hash);
    window.location = '#e';
    document.location = '#f';
    at('window.location, document.location');
    history.back();
    setTimeout(function () {
      at('back');
      setTimeout(function () { console.log(log.join('\\n')); }, 50);
    }, 50);
  }, 0);
});
""");
    assertEquals(
        Runs.lines(
"""
popstate null true
  at #early 0
while loading (replaces) #early 0
hashchange  > #early true
popstate null true
  at #a 1
hash a #a 1
the same fragment: nothing #a 1
popstate null true
  at #b 2
href #b #b 2
popstate null true
  at #b 2
its own URL (replaces) #b 2
popstate null true
  at #c 2
replace #c #c 2
popstate null true
  at #d 4
assign #d, state null #d 4
popstate null true
  at # 5
hash empty [] # 5
again: nothing # 5
popstate null true
  at #h%C3%A9%20x 6
encoded #h%C3%A9%20x #h%C3%A9%20x 6
popstate null true
  at #e 7
popstate null true
  at #f 8
window.location, document.location #f 8
hashchange #early > #a true
hashchange #a > #b true
hashchange #b > #c true
hashchange #c > #d true
hashchange #d > # true
hashchange # > #h%C3%A9%20x true
hashchange #h%C3%A9%20x > #e true
hashchange #e > #f true
popstate null true
  at #e 8
hashchange #f > #e true
back #e 8
"""),
        o.out(),
        o::toString);
  }

  /**
   * A javascript: URL runs as a script in a task (#navigate-to-a-javascript:-url), percent-decoded
   * as UTF-8 (as in Chromium). A navigation to another document, or a reload, would unload the
   * page: a run keeps its one document, so the page goes on (its URL and history unchanged), and
   * the run's error output says what was not done.
   */
  @ParameterizedTest
  @EnumSource(JsEngine.class)
  void aJavascriptUrlRunsAndOtherDocumentsAreNotLoaded(JsEngine engine) throws Exception {
    Runs.Outcome o =
        page(
            engine,
"""
var log = [];
addEventListener('load', function () {
  setTimeout(function () {
    location.href = 'javascript:log.push("js " + (this === window) + " %C3%A9 \\u00e9")';
    log.push('after the javascript: URL');
    var href = location.href;
    var entries = history.length;
    location.assign('other.html');
    location.search = 'q=1';
    location.pathname = '/elsewhere/';
    location.reload();
    log.push('the page goes on ' + (location.href === href) + ' ' + (history.length === entries));
    setTimeout(function () { console.log(log.join('\\n')); }, 50);
  }, 0);
});
""");
    assertEquals(
        List.of("after the javascript: URL", "the page goes on true true", "js true \u00e9 \u00e9"),
        o.out(),
        o::toString);
    String page = dir.resolve("page.html").toUri().toString();
    String base = page.substring(0, page.lastIndexOf('/') + 1);
    assertEquals(
        List.of(
            "w3socket: not navigating to '"
                + base
                + "other.html' (execute 'assign' on 'Location'): a run keeps its one document,"
                + " which goes on",
            "w3socket: not navigating to '"
                + page
                + "?q=1' (set the 'search' property on 'Location'): a run keeps its one document,"
                + " which goes on",
            "w3socket: not navigating to 'file:///elsewhere/' (set the 'pathname' property on"
                + " 'Location'): a run keeps its one document, which goes on",
            "w3socket: not navigating to '"
                + page
                + "' (execute 'reload' on 'Location'): a run keeps its one document, which goes"
                + " on"),
        o.err(),
        o::toString);
  }

  /** A worker's location: a WorkerLocation with its script's URL, its members on the prototype. */
  @ParameterizedTest
  @EnumSource(JsEngine.class)
  void aWorkersLocationIsAWorkerLocation(JsEngine engine) throws Exception {
    Runs.Outcome o =
        page(
            engine,
"""
var w = new Worker(URL.createObjectURL(new Blob([
  "var tagged = typeof Symbol === 'function' && !!Symbol.toStringTag;"
  + "postMessage([typeof WorkerLocation, location instanceof WorkerLocation,"
  + " tagged ? Object.prototype.toString.call(location) : '[object WorkerLocation]',"
  + " Object.getOwnPropertyNames(location).length, Object.getOwnPropertyNames(WorkerLocation.prototype).sort().join(),"
  + " location.href.slice(0, 5), String(location) === location.href, typeof Location].join(' '))"])));
w.onmessage = function (e) {
  console.log(e.data);
  w.terminate();
};
""");
    assertEquals(
        List.of(
            "function true [object WorkerLocation] 0"
                + " constructor,hash,host,hostname,href,origin,pathname,port,protocol,search,toString"
                + " blob: true undefined"),
        o.out(),
        o::toString);
  }
}
