package io.w3socket.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Request and Response bodies as streams (Fetch #concept-body-stream) in both engines: the body
 * attribute's byte stream of the bytes, a page's ReadableStream as the body (its chunks read whole
 * by text(), a chunk that is no Uint8Array rejected), locked and disturbed bodies, clone's tee,
 * Request's duplex requirement. The lines are what headless Chromium 156 printed for the script.
 */
class BodyStreamsTest {
  @ParameterizedTest
  @EnumSource(JsEngine.class)
  void bodiesAreStreamsAsInChromium(JsEngine engine) {
    Runs.Outcome o =
        Runs.script(
            engine,
"""
function log() { console.log(Array.prototype.slice.call(arguments).join(' ')); }
function chunks(stream) { var r = stream.getReader(), out = []; function go() { return r.read().then(function (x) { if (x.done) return out; out.push(Object.prototype.toString.call(x.value) + '(' + Array.prototype.join.call(x.value) + ')'); return go(); }); } return go(); }
var steps = [];
function next() { var s = steps.shift(); if (s) Promise.resolve().then(s).then(next, function (e) { log('step failed', e && e.name, e && e.message); next(); }); else log('END'); }
steps.push(function () {
  var r = new Response('abc');
  var b = r.body;
  log('1', Object.prototype.toString.call(b), r.body === b, r.bodyUsed, b.locked, String(new Response(null).body), new Response('').body === null, typeof b.getReader({mode: 'byob'}).read);
  return chunks(new Response('abc').body).then(function (c) { log('1 chunks', c.join(' ')); });
});
steps.push(function () {
  var r = new Response('hello');
  var reader = r.body.getReader();
  log('2 locked', r.body.locked, r.bodyUsed);
  return r.text().then(function (t) { log('2 text', t); }, function (e) { log('2 text rejected', e.name, e.message); }).then(function () {
    return reader.read();
  }).then(function (x) {
    log('2 read', x.done, Array.prototype.join.call(x.value), r.bodyUsed);
    return r.text().then(function (t) { log('2 text', t); }, function (e) { log('2 text rejected', e.name, e.message); });
  });
});
steps.push(function () {
  var enc = new TextEncoder();
  var rs = new ReadableStream({start: function (c) { c.enqueue(enc.encode('he')); c.enqueue(enc.encode('llo')); c.close(); }});
  var r = new Response(rs, {headers: {'content-type': 'text/x'}});
  log('3', r.body === rs, r.bodyUsed, r.headers.get('content-type'));
  var c = r.clone();
  return Promise.all([r.text(), c.arrayBuffer()]).then(function (v) { log('3 text', v[0], new Uint8Array(v[1]).length, r.bodyUsed, c.bodyUsed); });
});
steps.push(function () {
  var rs = new ReadableStream({start: function (c) { c.enqueue('str'); c.close(); }});
  return new Response(rs).text().then(function (t) { log('4 text', t); }, function (e) { log('4 rejected', e.name, e.message); });
});
steps.push(function () {
  var rs = new ReadableStream();
  rs.getReader();
  try { new Response(rs); } catch (e) { log('5', e.name, e.message); }
  var rs2 = new ReadableStream({start: function (c) { c.enqueue(new Uint8Array([1])); }});
  try { new Request('http://127.0.0.1/', {method: 'POST', body: rs2}); } catch (e) { log('5', e.name, e.message); }
  var q = new Request('http://127.0.0.1/', {method: 'POST', body: rs2, duplex: 'half'});
  log('5 request', q.body === rs2, q.duplex, Object.prototype.toString.call(new Request('http://127.0.0.1/', {method: 'POST', body: 'x'}).body), String(new Request('http://127.0.0.1/').body));
  var r = new Response('xyz');
  r.body.getReader().read();
  log('5 used', r.bodyUsed);
  try { r.clone(); } catch (e) { log('5 clone', e.name, e.message); }
  return r.arrayBuffer().then(null, function (e) { log('5 ab', e.name, e.message); });
});
steps.push(function () {
  var r = new Response('abc');
  var b1 = r.body;
  var c = r.clone();
  log('6', c.body !== b1, r.body !== b1);
  return Promise.all([chunks(r.body), c.text()]).then(function (v) { log('6', v[0].join(' '), v[1]); });
});
steps.push(function () {
  var x = new XMLHttpRequest();
  var r = new Request('http://127.0.0.1/', {method: 'POST', body: new Blob(['b'])});
  log('7', Object.prototype.toString.call(r.body));
  return r.text().then(function (t) { log('7 text', t); });
});
next();
""");
    String expected =
"""
1 [object ReadableStream] true false false null false function
1 chunks [object Uint8Array](97,98,99)
2 locked true false
2 text rejected TypeError Failed to execute 'text' on 'Response': body stream is locked
2 read false 104,101,108,108,111 true
2 text rejected TypeError Failed to execute 'text' on 'Response': body stream already read
3 true false text/x
3 text hello 5 true true
4 rejected TypeError Failed to fetch
5 TypeError Failed to construct 'Response': Response body object should not be disturbed or locked
5 TypeError Failed to construct 'Request': The `duplex` member must be specified for a request with a streaming body
5 request true half [object ReadableStream] null
5 used true
5 clone TypeError Failed to execute 'clone' on 'Response': Response body is already used
5 ab TypeError Failed to execute 'arrayBuffer' on 'Response': body stream already read
6 true true
6 [object Uint8Array](97,98,99) abc
7 [object ReadableStream]
7 text b
END
""";
    if (engine == JsEngine.NASHORN) { // no Symbol.toStringTag
      expected = expected.replace("[object ReadableStream]", "[object Object]");
    }
    assertEquals(List.of(expected.split("\n")), o.out(), o::toString);
  }
}
