package io.w3socket.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Module scripts (HTML #module-script, #fetch-a-module-script-tree, #run-a-module-script; the
 * realm's module graph through ModuleScripts): inline and external module scripts run once the page
 * is parsed, in order with the deferred classic scripts, each module once per URL, strict, in a
 * scope of their own, with import.meta.url and a null currentScript; dynamic import() from classic
 * scripts and modules, top-level await; a graph that cannot be fetched fires error at its script, a
 * bare specifier without an import map is the script's TypeError, a module's exception (also after
 * an await) the page's uncaught exception. GraalJS prints what headless Chromium 156 printed for
 * the same files served over http (Chromium does not load modules from file: pages); Nashorn,
 * without modules, skips module scripts and runs nomodule ones, as a browser without modules does.
 */
class ModuleScriptsTest {
  @TempDir Path dir;

  private static final Map<String, String> LIB =
      Map.of(
          "lib/greet.js",
"""
console.log('greet.js evaluated');
export function greet(n) { return 'hi ' + n; }
export let count = 1;
export default 'default';
""",
          "lib/main.js",
"""
import { greet } from './greet.js';
import * as ns from '../lib/ns.js';
console.log('main.js', greet('main'), Object.keys(ns).join(), import.meta.url.split('/').slice(-2).join('/'), document.currentScript);
""",
          "lib/ns.js",
"""
export const a = 1, b = 2; console.log('ns.js evaluated');
""",
          "lib/deferred.js",
"""
console.log('deferred classic', document.readyState);
""",
          "lib/scoped.js",
"""
import * as g from 'greet'; export const which = Object.keys(g).join();
""",
          "lib/worker-mod.js",
"""
import { a, b } from './ns.js';
const m = await import('./quiet.js');
let threw = 'no';
try { importScripts('./quiet.js'); } catch (e) { threw = e.name + ': ' + e.message; }
postMessage(['worker', a, b, m.q, typeof self.importScripts, import.meta.url.split('/').pop(), threw].join(' '));
onmessage = function (e) { postMessage('echo ' + e.data); };
""",
          "lib/worker-bad.js",
"""
import './missing-in-worker.js';
postMessage('never');
""",
          "lib/worker-throw.js",
"""
import { q } from './quiet.js';
throw new RangeError('worker module ' + q);
""",
          "lib/data.json",
"""
{"name": "w3socket", "list": [1, 2]}
""",
          "lib/quiet.js",
"""
export const q = 'quiet';
""");

  private Path page(String name, String html) throws Exception {
    Files.createDirectories(dir.resolve("lib"));
    for (Map.Entry<String, String> f : LIB.entrySet()) {
      Files.writeString(dir.resolve(f.getKey()), f.getValue());
    }
    Path page = dir.resolve(name);
    Files.writeString(page, html);
    return page;
  }

  @ParameterizedTest
  @EnumSource(JsEngine.class)
  void moduleScriptsRunOnceThePageIsParsed(JsEngine engine) throws Exception {
    Path page =
        page(
            "basics.html",
"""
<!DOCTYPE html>
<html><head><title>modules</title>
<script>console.log('classic 1', typeof modVar, document.readyState);</script>
<script type="module">
import { greet, count } from './lib/greet.js';
import def from './lib/greet.js';
console.log('inline module', greet('x'), count, def);
console.log('top-level this', typeof this);
var modVar = 1;
console.log('module var on window', 'modVar' in window, document.readyState);
console.log('currentScript', document.currentScript);
console.log("meta", import.meta.url === document.URL);
</script>
<script type="module" src="lib/main.js"></script>
<script nomodule>console.log('nomodule ran');</script>
<script defer src="lib/deferred.js"></script>
<script type="module" src="./lib/main.js"></script>
</head><body>
<script>
console.log('classic 2', document.readyState);
document.addEventListener('DOMContentLoaded', function () { console.log('DOMContentLoaded'); });
window.addEventListener('load', function () { console.log('load'); });
console.log('supports', HTMLScriptElement.supports('module'), HTMLScriptElement.supports('classic'), 'noModule' in document.createElement('script'));
</script>
</body></html>
""");
    Runs.Outcome o = Runs.run(engine, b -> {}, c -> c.runPage(page, null));
    String expected =
        engine == JsEngine.GRAALJS
            ?
"""
classic 1 undefined loading
classic 2 loading
supports true true true
greet.js evaluated
inline module hi x 1 default
top-level this undefined
module var on window false interactive
currentScript null
meta true
ns.js evaluated
main.js hi main a,b lib/main.js null
deferred classic interactive
DOMContentLoaded
load
"""
                .strip()
            :
"""
classic 1 undefined loading
nomodule ran
classic 2 loading
supports false true true
deferred classic interactive
DOMContentLoaded
load
"""
                .strip();
    assertEquals(Runs.lines(expected), o.out(), o::toString);
    assertEquals(List.of(), o.result().errors(), o::toString);
  }

  @Test
  void dynamicImportsFetchFailuresAndExceptions() throws Exception {
    Path page =
        page(
            "dynamic.html",
"""
<!DOCTYPE html><html><body>
<script>
window.addEventListener('error', function (e) { console.log('window error', e.message, e.error && e.error.constructor.name); });
window.fromClassic = import('./lib/quiet.js');
</script>
<script type="module" src="lib/missing-module.js" onerror="console.log('error event 1', event.type, event instanceof ErrorEvent)"></script>
<script type="module" onerror="console.log('error event 2', event.type)">import './lib/missing-dep.js'; console.log('never');</script>
<script type="module">console.log('before throw'); throw new RangeError('boom');</script>
<script type="module">
console.log('after throw');
const m = await import('./lib/ns.js');
console.log('dynamic', m.a, m.b, Object.prototype.toString.call(m), Object.keys(m).join());
const again = await import('./lib/../lib/ns.js');
console.log('same module', again === m);
const g = await window.fromClassic;
console.log('from classic', g.q);
await import('./lib/missing.js').catch(function (e) { console.log('missing rejected', e instanceof Error); });
await import('bare-name').catch(function (e) { console.log('bare rejected', e instanceof Error); });
const d = await import('data:text/javascript,export%20default%206*7');
console.log('data', d.default);
throw new TypeError('after await');
</script>
</body></html>
""");
    Runs.Outcome o = Runs.run(JsEngine.GRAALJS, b -> {}, c -> c.runPage(page, null));
    assertEquals(
        Runs.lines(
"""
error event 1 error false
error event 2 error
before throw
window error Uncaught RangeError: boom RangeError
after throw
ns.js evaluated
dynamic 1 2 [object Module] a,b
same module true
from classic quiet
missing rejected true
bare rejected true
data 42
window error Uncaught TypeError: after await TypeError
"""),
        o.out(),
        o::toString);
    List<String> errors = o.result().errors();
    assertEquals(4, errors.size(), o::toString);
    assertTrue(
        errors
                .get(0)
                .startsWith(
                    "dynamic.html: cannot load module script: Failed to fetch module 'file:")
            && errors.get(0).endsWith("/lib/missing-module.js': no such file"),
        o::toString);
    assertTrue(errors.get(1).endsWith("/lib/missing-dep.js': no such file"), o::toString);
    assertEquals("dynamic.html:8: RangeError: boom", errors.get(2), o::toString);
    assertEquals("dynamic.html:21: TypeError: after await", errors.get(3), o::toString);
  }

  @Test
  void aBareSpecifierIsTheScriptsTypeError() throws Exception {
    Path page =
        page(
            "bare.html",
"""
<script>window.addEventListener('error', function (e) { console.log('window error', e.message); });</script>
<script type="module" onerror="console.log('error event')">
import x from 'bare-static';
</script>
""");
    Runs.Outcome o = Runs.run(JsEngine.GRAALJS, b -> {}, c -> c.runPage(page, null));
    assertEquals(
        List.of(
"""
window error Uncaught TypeError: Failed to resolve module specifier "bare-static". Relative references must start with either "/", "./", or "../".
"""
                .strip()),
        o.out(),
        o::toString);
    assertEquals(
        List.of(
            "TypeError: Failed to resolve module specifier \"bare-static\". Relative references"
                + " must start with either \"/\", \"./\", or \"../\"."),
        o.result().errors(),
        o::toString);
  }

  /** As a worker's script: a page from the network imports no local file (it could read it). */
  @Test
  void aPageFromTheNetworkImportsNoLocalFile() throws Exception {
    Path secret = dir.resolve("secret.js");
    Files.writeString(secret, "export default 'secret';");
    String html =
        "<script type=module>import('"
            + secret.toUri()
            + "').then(m => console.log('read', m.default), e => console.log('refused',"
            + " e.message));</script>";
    Runs.Outcome o =
        Runs.run(
            JsEngine.GRAALJS,
            b -> {},
            c -> c.runPageHtml(html, "http://127.0.0.1:9/page.html", null, null));
    assertEquals(1, o.out().size(), o::toString);
    assertTrue(
        o.out().get(0).startsWith("refused ")
            && o.out().get(0).endsWith("only a page that is a local file can load local files"),
        o::toString);
  }

  /**
   * HTML #import-maps: two maps merged (the second's rule for a mapped specifier dropped), a bare
   * specifier, a prefix ("lib/"), a scope, a null entry that blocks, a prefix match that backtracks
   * above its prefix; Chromium's console warnings (the error output here).
   */
  @Test
  void importMapsResolveBareSpecifiers() throws Exception {
    Path page =
        page(
            "map.html",
"""
<!DOCTYPE html><html><head>
<script type="importmap">
{
  "imports": {
    "greet": "./lib/greet.js",
    "lib/": "./lib/",
    "blocked": null
  },
  "scopes": {
    "./lib/": { "greet": "./lib/quiet.js" }
  }
}
</script>
<script type="importmap">{"imports": {"greet": "./lib/ns.js", "late": "./lib/quiet.js"}}</script>
</head><body>
<script type="module">
import { greet } from 'greet';
import * as ns from 'lib/ns.js';
console.log(greet('map'), Object.keys(ns).join());
const late = await import('late');
console.log('late', late.q);
await import('blocked').catch(function (e) { console.log('blocked', e instanceof Error); });
await import('lib/../../escape.js').catch(function (e) { console.log('backtrack', e instanceof Error); });
const scoped = await import('./lib/scoped.js');
console.log('scoped', scoped.which);
</script>
</body></html>
""");
    Runs.Outcome o = Runs.run(JsEngine.GRAALJS, b -> {}, c -> c.runPage(page, null));
    assertEquals(
        Runs.lines(
"""
greet.js evaluated
ns.js evaluated
hi map a,b
late quiet
blocked true
backtrack true
scoped q
"""),
        o.out(),
        o::toString);
    assertEquals(
        Runs.lines(
"""
Ignored an import map value of "blocked": Invalid value type.
An import map rule for specifier 'greet' was removed, as it conflicted with an existing rule.
"""),
        o.err(),
        o::toString);
    assertEquals(List.of(), o.result().errors(), o::toString);
  }

  /** HTML #parse-an-import-map-string's errors and warnings, and an external map, as Chromium's. */
  @Test
  void importMapErrorsAreTheScriptsExceptions() throws Exception {
    Path page =
        page(
            "bad-map.html",
"""
<!DOCTYPE html><html><head>
<script>window.addEventListener('error', function (e) { console.log('window error', e.message, e.error.constructor.name); });</script>
<script type="importmap">[1]</script>
<script type="importmap">{"imports": [1]}</script>
<script type="importmap">{"scopes": {"/x/": 5}}</script>
<script type="importmap">{bad json</script>
<script type="importmap" src="map.json" onerror="console.log('external import map', event.type)"></script>
<script type="importmap">{"imports": {"a": 1, "b/": "./lib/x.js", "": "./q.js", "ok": "./lib/quiet.js"}}</script>
<script>console.log('classic');</script>
</head></html>
""");
    Runs.Outcome o = Runs.run(JsEngine.GRAALJS, b -> {}, c -> c.runPage(page, null));
    assertEquals(
        Runs.lines(
"""
window error Uncaught TypeError: Failed to parse import map: not an object TypeError
window error Uncaught TypeError: Failed to parse import map: "imports" top-level key must be a JSON object. TypeError
window error Uncaught TypeError: Failed to parse import map: the value of the scope with prefix "/x/" must be a JSON object. TypeError
window error Uncaught SyntaxError: Failed to parse import map: invalid JSON SyntaxError
classic
external import map error
"""),
        o.out(),
        o::toString);
    assertEquals(
        Runs.lines(
"""
Ignored an import map value of "a": Invalid value type.
Ignored an import map value of "b/": Since specifierKey ended in a slash, so must the address: ./lib/x.js
Ignored an import map key "": specifier keys cannot be the empty string.
"""),
        o.err(),
        o::toString);
    assertEquals(5, o.result().errors().size(), o::toString);
    assertEquals(
        "bad-map.html:3: TypeError: Failed to parse import map: not an object",
        o.result().errors().get(0),
        o::toString);
    assertEquals(
        "bad-map.html: external import maps are not supported",
        o.result().errors().get(4),
        o::toString);
  }

  /**
   * Module scripts a script inserts: each runs in a later task, an external one then gets load (or
   * error, unfetched), an inline one nothing; an inserted nomodule script does not run. Nashorn,
   * without modules, runs none of them.
   */
  @ParameterizedTest
  @EnumSource(JsEngine.class)
  void insertedModuleScripts(JsEngine engine) throws Exception {
    Path page =
        page(
            "inserted.html",
"""
<!DOCTYPE html><html><body>
<script>
function insert(setup) {
  var s = document.createElement('script');
  setup(s);
  document.body.appendChild(s);
  return s;
}
window.next = function () {
  insert(function (b) {
    b.type = 'module';
    b.src = 'lib/main.js';
    b.onload = function () {
      console.log('src load event', b.noModule);
      insert(function (c) {
        c.type = 'module';
        c.src = 'lib/nope.js';
        c.onerror = function (e) {
          console.log('src error event', e.type);
          insert(function (d) {
            d.noModule = true;
            d.textContent = "console.log('inserted nomodule ran')";
          });
          console.log('done');
        };
      });
    };
  });
};
insert(function (a) {
  a.type = 'module';
  a.textContent = "import { q } from './lib/quiet.js'; console.log('inline inserted module', q, document.currentScript); window.next();";
  a.onload = function () { console.log('inline load event'); };
});
console.log('after inline insert');
</script>
</body></html>
""");
    Runs.Outcome o = Runs.run(engine, b -> {}, c -> c.runPage(page, null));
    String expected =
        engine == JsEngine.GRAALJS
            ?
"""
after inline insert
inline inserted module quiet null
greet.js evaluated
ns.js evaluated
main.js hi main a,b lib/main.js null
src load event false
src error event error
done
"""
                .strip()
            : "after inline insert";
    assertEquals(Runs.lines(expected), o.out(), o::toString);
    assertEquals(engine == JsEngine.GRAALJS ? 1 : 0, o.result().errors().size(), o::toString);
  }

  /**
   * Module workers (HTML #dom-worker, type module): the worker's script is a module graph, with
   * top-level await and no importScripts; a graph that cannot be fetched is the Worker's error
   * event, a module's exception its ErrorEvent. Nashorn has none: NotSupportedError.
   */
  @ParameterizedTest
  @EnumSource(JsEngine.class)
  void moduleWorkers(JsEngine engine) throws Exception {
    Path page =
        page(
            "workers.html",
"""
<!DOCTYPE html><html><body>
<script>
var w = new Worker('lib/worker-mod.js', {type: 'module'});
w.onmessage = function (e) {
  console.log(e.data);
  if (e.data.indexOf('echo') === 0) {
    w.terminate();
    var bad = new Worker('lib/worker-bad.js', {type: 'module'});
    bad.onerror = function (ev) {
      console.log('bad worker error', ev.type, ev instanceof ErrorEvent);
      var t = new Worker('lib/worker-throw.js', {type: 'module'});
      t.onerror = function (ev2) { console.log('throwing worker error', ev2.message); ev2.preventDefault(); };
    };
  } else {
    w.postMessage('hi');
  }
};
</script>
</body></html>
""");
    Runs.Outcome o = Runs.run(engine, b -> {}, c -> c.runPage(page, null));
    if (engine == JsEngine.NASHORN) {
      assertEquals(List.of(), o.out(), o::toString);
      assertTrue(o.result().errors().get(0).contains("NotSupportedError"), o::toString);
      return;
    }
    assertEquals(
        Runs.lines(
"""
ns.js evaluated
worker 1 2 quiet function worker-mod.js TypeError: Failed to execute 'importScripts' on 'WorkerGlobalScope': Module scripts don't support importScripts().
echo hi
bad worker error error false
throwing worker error Uncaught RangeError: worker module quiet
"""),
        o.out(),
        o::toString);
    assertEquals(List.of(), o.result().errors(), o::toString);
    assertEquals(1, o.err().size(), o::toString);
    assertTrue(o.err().get(0).endsWith("/lib/missing-in-worker.js': no such file"), o::toString);
  }

  /**
   * A page from an http server: its classic and module scripts and their imports are fetched from
   * it (a query in a URL kept, as a browser keeps it); a local page's file URLs with a query name
   * the file.
   */
  @Test
  void scriptsOfAPageFromTheNetworkAndUrlsWithAQuery() throws Exception {
    try (HttpRoutes http = new HttpRoutes()) {
      http.text("/app/app.js", "text/javascript", "console.log('classic', location.pathname);");
      http.text(
          "/app/mod.js",
          "text/javascript",
          "import { dep } from './dep.js?v=2'; console.log('module', dep,"
              + " import.meta.url.split('/').pop());");
      http.text("/app/dep.js", "text/javascript", "export const dep = 'dep';");
      String html =
          "<script src=\"app.js?v=1\"></script><script type=module src=\"mod.js?v=1\"></script>";
      Runs.Outcome o =
          Runs.run(
              JsEngine.GRAALJS,
              b -> {},
              c -> c.runPageHtml(html, http.url("/app/page.html"), null, null));
      assertEquals(
          List.of("classic /app/page.html", "module dep mod.js?v=1"), o.out(), o::toString);
    }
    Path page =
        page(
            "query.html",
            "<script src=\"lib/deferred.js?v=3#x\"></script>"
                + "<script type=\"module\" src=\"lib/main.js?v=1\"></script>");
    Runs.Outcome o = Runs.run(JsEngine.GRAALJS, b -> {}, c -> c.runPage(page, null));
    assertEquals(
        List.of(
            "deferred classic loading",
            "greet.js evaluated",
            "ns.js evaluated",
            "main.js hi main a,b lib/main.js?v=1 null"),
        o.out(),
        o::toString);
  }

  /**
   * JSON modules (HTML #creating-a-json-module-script): imported with type json, statically or by
   * import(), once per URL; imported without the type, a TypeError.
   */
  @Test
  void jsonModules() throws Exception {
    Path page =
        page(
            "json.html",
"""
<script type="module">
import data from './lib/data.json' with { type: 'json' };
console.log('json', data.name, data.list.length);
const again = await import('./lib/data.json', { with: { type: 'json' } });
console.log('same', again.default === data);
await import('./lib/data.json').catch(function (e) { console.log('without type', e.name); });
</script>
""");
    Runs.Outcome o = Runs.run(JsEngine.GRAALJS, b -> {}, c -> c.runPage(page, null));
    assertEquals(
        List.of("json w3socket 2", "same true", "without type TypeError"), o.out(), o::toString);
  }

  /** A script file whose name ends in .mjs runs as a module script (as Node and Deno take it). */
  @ParameterizedTest
  @EnumSource(JsEngine.class)
  void anMjsScriptRunsAsAModule(JsEngine engine) throws Exception {
    Path app =
        page(
            "app.mjs",
            "import { a, b } from './lib/ns.js';\n"
                + "const { q } = await import('./lib/quiet.js');\n"
                + "console.log('module script', a + b, q, import.meta.url.split('/').pop());\n");
    Runs.Outcome o = Runs.run(engine, b -> {}, c -> c.runScript(app));
    if (engine == JsEngine.NASHORN) {
      assertEquals(
          List.of("app.mjs: Nashorn runs no module scripts"), o.result().errors(), o::toString);
      return;
    }
    assertEquals(List.of("ns.js evaluated", "module script 3 quiet app.mjs"), o.out(), o::toString);
    assertEquals(List.of(), o.result().errors(), o::toString);
  }
}
