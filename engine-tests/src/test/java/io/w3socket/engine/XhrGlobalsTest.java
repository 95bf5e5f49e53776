package io.w3socket.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * XMLHttpRequest (XHR Standard #the-open()-method, #the-send()-method, #the-responsetype-attribute,
 * its events and readyState) in both engines, against a real HTTP server.
 */
class XhrGlobalsTest {
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

  private static Runs.Outcome script(JsEngine engine, String body) {
    return Runs.script(engine, body.replace("%BASE%", http.url("")));
  }

  @ParameterizedTest
  @EnumSource(JsEngine.class)
  void asyncEventsFollowTheStandardOrder(JsEngine engine) {
    Runs.Outcome o =
        script(
            engine,
"""
var x = new XMLHttpRequest();
console.log('state ' + x.readyState);
x.onreadystatechange = function () {
  console.log('rsc ' + x.readyState);
  // The microtask checkpoint after each listener runs this before the load event.
  if (x.readyState === 4) { Promise.resolve().then(function () { console.log('microtask'); }); }
};
['loadstart', 'progress', 'load', 'loadend', 'error', 'abort', 'timeout'].forEach(function (t) {
  x.addEventListener(t, function (e) {
    console.log(t + ' ' + (e instanceof ProgressEvent) + ' ' + e.loaded + ' ' + x.readyState);
  });
});
x.open('GET', '%BASE%/text');
x.send();
console.log('sent');
x.onloadend = function () {
  console.log(x.status + ' ' + x.statusText + ' ' + x.responseText + ' ' + x.responseURL
      + ' ' + JSON.stringify(x.getResponseHeader('X-MULTI')));
  console.log(JSON.stringify(x.getAllResponseHeaders()));
};
""");
    assertEquals(
        List.of(
            "state 0",
            "rsc 1",
            "loadstart true 0 1",
            "sent",
            "rsc 2",
            "rsc 3",
            "progress true 5 3",
            "rsc 4",
            "microtask",
            "load true 5 4",
            "loadend true 5 4",
            "200 OK hello " + http.url("/text") + " \"a, b\"",
            "\"content-length: 5\\r\\ncontent-type: text/plain;charset=utf-8\\r\\n"
                + "date: "
                + "DATE"
                + "\\r\\nx-multi: a, b\\r\\n\""),
        o.out().stream().map(l -> l.replaceAll("date: [^\\\\]*", "date: DATE")).toList(),
        o::toString);
    assertEquals(RunResult.Status.OK, o.result().status(), o::toString);
  }

  @ParameterizedTest
  @EnumSource(JsEngine.class)
  void uploadEventsComeBeforeTheResponse(JsEngine engine) {
    Runs.Outcome o =
        script(
            engine,
"""
var x = new XMLHttpRequest();
x.open('POST', '%BASE%/echo');
['loadstart', 'progress', 'load', 'loadend'].forEach(function (t) {
  x.upload.addEventListener(t, function (e) { console.log('upload ' + t + ' ' + e.loaded + '/' + e.total); });
});
x.addEventListener('loadstart', function () { console.log('loadstart'); });
x.onreadystatechange = function () { if (x.readyState === 2) { console.log('headers'); } };
x.onloadend = function () {
  console.log('loadend ' + x.responseText + ' ' + x.getResponseHeader('x-content-type'));
};
x.send(new Blob(['abc'], {type: 'text/x-abc'}));
""");
    assertEquals(
        List.of(
            "loadstart",
            "upload loadstart 0/3",
            "upload progress 3/3",
            "upload load 3/3",
            "upload loadend 3/3",
            "headers",
            "loadend abc text/x-abc"),
        o.out(),
        o::toString);
  }

  @ParameterizedTest
  @EnumSource(JsEngine.class)
  void syncSendBlocksTheLoop(JsEngine engine) {
    Runs.Outcome o =
        script(
            engine,
"""
setTimeout(function () { console.log('timer'); }, 0);
fetch('%BASE%/text').then(function () { console.log('fetch settled'); });
Promise.resolve().then(function () { console.log('microtask'); });
var x = new XMLHttpRequest();
x.onreadystatechange = function () { console.log('rsc ' + x.readyState); };
x.onloadstart = function () { console.log('loadstart (never for sync)'); };
x.onprogress = function () { console.log('progress (never for sync)'); };
x.onload = function () { console.log('load'); };
x.onloadend = function () { console.log('loadend'); };
x.open('POST', '%BASE%/echo', false);
x.setRequestHeader('X-Test', 'a');
x.setRequestHeader('x-test', 'b');
x.send('body');
console.log('sync ' + x.status + ' ' + x.responseText + ' ' + x.getResponseHeader('x-test'));
try { x.responseType = 'json'; } catch (e) { console.log('responseType after DONE: ' + e.name); }
var y = new XMLHttpRequest();
y.open('GET', '%BASE%/text', false);
try { y.timeout = 5; } catch (e) { console.log('sync timeout: ' + e.name); }
var z = new XMLHttpRequest();
z.open('GET', 'http://127.0.0.1:1/', false);
try { z.send(); } catch (e) { console.log('sync failure: ' + e.name + ' ' + z.readyState); }
""");
    assertEquals(
        List.of(
            "rsc 1",
            "rsc 4",
            "load",
            "loadend",
            "sync 200 body a, b",
            "responseType after DONE: InvalidStateError",
            "sync timeout: InvalidAccessError",
            "sync failure: NetworkError 4",
            "microtask"),
        o.out().subList(0, Math.min(9, o.out().size())),
        o::toString);
    // The timer and the fetch were both ready while the loop was blocked; either task may go first.
    assertEquals(Set.of("timer", "fetch settled"), Set.copyOf(o.out().subList(9, 11)), o::toString);
    assertEquals(11, o.out().size(), o::toString);
    assertEquals(RunResult.Status.OK, o.result().status(), o::toString);
  }

  @ParameterizedTest
  @EnumSource(JsEngine.class)
  void responseTextIsDecodedWithTheFinalCharset(JsEngine engine) {
    // XHR #text-response: #final-charset (the override's charset, else the response's), a BOM
    // first (Encoding #decode), UTF-8 when there is none.
    assertChecks(
        engine,
"""
function text(method, url, setup, body) {
  return new Promise(function (resolve) {
    var x = new XMLHttpRequest();
    x.onloadend = function () { resolve(x.responseText); };
    x.open(method, url);
    if (setup) { setup(x); }
    x.send(body);
  });
}
text('GET', '%BASE%/latin1').then(function (t) {
  check('the charset parameter (ISO-8859-1 is windows-1252)', t === '\u00E9\u20AC', escape(t));
  return text('GET', '%BASE%/latin1', function (x) { x.overrideMimeType('text/plain;charset=utf-16le'); });
}).then(function (t) {
  check("the override's charset wins", t === '\u80E9', escape(t));
  return text('GET', '%BASE%/latin1', function (x) { x.overrideMimeType('text/plain'); });
}).then(function (t) {
  check('an override without a charset keeps the response one', t === '\u00E9\u20AC', escape(t));
  return text('POST', '%BASE%/echo', null, new Uint8Array([0xFF, 0xFE, 0x41, 0]));
}).then(function (t) {
  check('a BOM decides first', t === 'A', escape(t));
  done();
});
""");
  }

  @ParameterizedTest
  @EnumSource(JsEngine.class)
  void responseTypesErrorsAbortAndTimeout(JsEngine engine) {
    assertChecks(
        engine,
"""
function get(url, type, setup) {
  return new Promise(function (resolve) {
    var x = new XMLHttpRequest();
    var events = [];
    ['load', 'error', 'abort', 'timeout', 'loadend'].forEach(function (t) {
      x.addEventListener(t, function () {
        events.push(t);
        if (t === 'loadend') { resolve({x: x, events: events.join(',')}); }
      });
    });
    x.open('GET', url);
    x.responseType = type;
    if (setup) { setup(x); }
    x.send();
  });
}
throwsName('send before open', function () { new XMLHttpRequest().send(); }, 'InvalidStateError');
throwsName('bad method', function () { new XMLHttpRequest().open('a b', '/'); }, 'SyntaxError');
throwsName('forbidden method', function () { new XMLHttpRequest().open('TRACK', '/'); }, 'SecurityError');
throwsName('bad URL', function () { new XMLHttpRequest().open('GET', 'http://[x'); }, 'SyntaxError');
throwsName('header before open', function () { new XMLHttpRequest().setRequestHeader('a', 'b'); }, 'InvalidStateError');
var u = new XMLHttpRequest();
check('upload is an EventTarget', u.upload instanceof XMLHttpRequestUpload && u.upload instanceof EventTarget);
check('constants', XMLHttpRequest.DONE === 4 && u.UNSENT === 0);
get('%BASE%/json', 'json').then(function (r) {
  check('json', r.x.response.a[1] === 2 && r.events === 'load,loadend');
  throwsName('responseText needs text', function () { return r.x.responseText; }, 'InvalidStateError');
  return get('%BASE%/text', 'arraybuffer');
}).then(function (r) {
  check('arraybuffer', r.x.response instanceof ArrayBuffer && r.x.response.byteLength === 5);
  check('same object each time', r.x.response === r.x.response);
  return get('%BASE%/text', 'blob');
}).then(function (r) {
  check('blob', r.x.response instanceof Blob && r.x.response.type === 'text/plain;charset=utf-8');
  return get('%BASE%/text', 'text', function (x) { x.overrideMimeType('text/x-over'); x.responseType = 'blob'; });
}).then(function (r) {
  check('overrideMimeType', r.x.response.type === 'text/x-over');
  return get('%BASE%/missing', '');
}).then(function (r) {
  check('404 is a load', r.x.status === 404 && r.events === 'load,loadend');
  return get('http://127.0.0.1:1/', '');
}).then(function (r) {
  check('network error', r.events === 'error,loadend' && r.x.status === 0 && r.x.readyState === 4);
  return get('%BASE%/held', '', function (x) { x.timeout = 50; });
}).then(function (r) {
  check('timeout', r.events === 'timeout,loadend' && r.x.readyState === 4 && r.x.status === 0);
  var states = [];
  return get('%BASE%/held', '', function (x) {
    x.onreadystatechange = function () { states.push(x.readyState); };
    x.onloadstart = function () { x.abort(); };
  }).then(function (r2) {
    check('abort', r2.events === 'abort,loadend' && states.join() === '4' && r2.x.readyState === 0,
        r2.events + ' ' + states.join() + ' ' + r2.x.readyState);
    done();
  });
});
""");
  }
}
