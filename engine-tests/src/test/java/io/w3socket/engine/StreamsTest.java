package io.w3socket.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The Streams Standard (shim module streams) in both engines: each script prints what headless
 * Chromium 156 printed for the same script. Readable streams with a default controller
 * (backpressure: pull calls and desiredSize over time with a size function, cancel, errors,
 * locking, close requests), the queuing strategies, brand checks and Chromium's TypeError messages;
 * writable streams (writes queued behind the sink, the writer's ready promise and desiredSize,
 * close, abort with the controller's signal, sink errors); TransformStream with pipeThrough,
 * terminate and a failing transform; pipeTo propagating close and errors both ways, preventClose,
 * preventAbort, preventCancel, an AbortSignal; tee; byte streams with BYOB reads (typed arrays of
 * other element sizes, min), autoAllocateChunkSize and a byte stream's tee; async iteration
 * (GraalJS: Nashorn has no Symbol.asyncIterator); the globals in a worker.
 */
class StreamsTest {

  /**
   * A default readable stream read to its end with backpressure; cancel, errors, close requests,
   * strategies, brand checks.
   */
  @ParameterizedTest
  @EnumSource(JsEngine.class)
  void readableStreamsReadCancelAndFailAsInChromium(JsEngine engine) {
    Runs.Outcome o =
        Runs.script(
            engine,
"""
var out = [];
function log(s) { out.push(s); }
function err(e) { return e === undefined ? 'undefined' : e.name + ': ' + e.message; }
function show(x) { return JSON.stringify(x); }
var pulls = 0;
var source = {
  start: function (c) { log('start this=source ' + (this === source) + ' desiredSize ' + c.desiredSize); c.enqueue('s1'); log('after enqueue ' + c.desiredSize); },
  pull: function (c) {
    pulls++;
    log('pull ' + pulls + ' desiredSize ' + c.desiredSize + ' this=source ' + (this === source));
    if (pulls <= 3) { c.enqueue('p' + pulls); c.enqueue('q' + pulls); log('  after two enqueues ' + c.desiredSize); }
    else { c.close(); log('  closed, desiredSize ' + c.desiredSize); }
  },
  cancel: function () { log('never'); }
};
var rs = new ReadableStream(source, {highWaterMark: 3, size: function (chunk) { return chunk.length / 2; }});
log('locked ' + rs.locked);
var reader = rs.getReader();
log('locked ' + rs.locked + ' ' + (reader instanceof ReadableStreamDefaultReader));
try { rs.getReader(); } catch (e) { log(err(e)); }
function readAll() {
  return reader.read().then(function (r) { log('read ' + show(r)); if (!r.done) { return readAll(); } });
}
Promise.resolve().then(function () { log('microtask after construction, pulls ' + pulls); });
readAll().then(function () {
  return reader.closed;
}).then(function (v) {
  log('closed ' + v);
  reader.releaseLock();
  log('released locked ' + rs.locked);
  return reader.read().then(null, function (e) { log('read after release ' + err(e)); });
}).then(function () {
  // cancel: with a reason, the source's cancel gets it, pending reads finish as done
  var cs = new ReadableStream({ cancel: function (reason) { log('cancel ' + reason + ' this ' + (this !== undefined)); return new Promise(function (r) { setTimeout(function () { log('cancel settles'); r('ignored'); }, 5); }); } });
  var r2 = cs.getReader();
  var pending = r2.read().then(function (r) { log('pending read ' + show(r)); });
  return Promise.all([r2.cancel('why'), pending]).then(function (v) { log('cancel result ' + v[0]); });
}).then(function () {
  // errors: start throwing, pull rejecting, controller.error, size throwing
  try { new ReadableStream({ start: function () { throw new RangeError('from start'); } }); } catch (e) { log('start threw ' + err(e)); }
  var e1 = new ReadableStream({ pull: function () { return Promise.reject(new Error('pull failed')); } });
  var r3 = e1.getReader();
  return r3.read().then(null, function (e) { log('read rejected ' + err(e)); return r3.closed; }).then(null, function (e) { log('closed rejected ' + err(e)); });
}).then(function () {
  var ctl;
  var e2 = new ReadableStream({ start: function (c) { ctl = c; } }, { size: function () { throw new TypeError('bad size'); } });
  try { ctl.enqueue('x'); } catch (e) { log('enqueue threw ' + err(e) + ' desiredSize ' + ctl.desiredSize); }
  try { ctl.enqueue('y'); } catch (e) { log('enqueue again ' + err(e)); }
  return e2.getReader().closed.then(null, function (e) { log('errored stream closed ' + err(e)); });
}).then(function () {
  var ctl;
  var e3 = new ReadableStream({ start: function (c) { ctl = c; c.enqueue(1); } });
  ctl.error(new Error('boom'));
  log('desiredSize after error ' + ctl.desiredSize);
  ctl.error(new Error('ignored'));
  return e3.cancel('x').then(null, function (e) { log('cancel errored ' + err(e)); });
}).then(function () {
  var ctl;
  var c4 = new ReadableStream({ start: function (c) { ctl = c; } });
  ctl.enqueue('last'); ctl.close();
  log('close requested desiredSize ' + ctl.desiredSize);
  try { ctl.enqueue('more'); } catch (e) { log(err(e)); }
  try { ctl.close(); } catch (e) { log(err(e)); }
  var r4 = c4.getReader();
  return r4.read().then(function (r) { log('drain ' + show(r) + ' desiredSize ' + ctl.desiredSize); return r4.read(); }).then(function (r) { log('drain ' + show(r)); });
}).then(function () {
  // strategies
  var b = new ByteLengthQueuingStrategy({highWaterMark: 16});
  var c = new CountQueuingStrategy({highWaterMark: 2.5});
  log('strategies ' + b.highWaterMark + ' ' + b.size(new Uint8Array(5)) + ' ' + c.highWaterMark + ' ' + c.size('anything') + ' ' + (b.size === new ByteLengthQueuingStrategy({highWaterMark: 1}).size) + ' ' + b.size.name + ' ' + b.size.length + ' ' + c.size.length);
  if (typeof Symbol === 'function' && Symbol.toStringTag) { log(Object.prototype.toString.call(b) + ' ' + Object.prototype.toString.call(c) + ' ' + Object.prototype.toString.call(rs) + ' ' + Object.prototype.toString.call(reader)); } else { log('[object ByteLengthQueuingStrategy] [object CountQueuingStrategy] [object ReadableStream] [object ReadableStreamDefaultReader]'); }
  var bs = new ReadableStream({ start: function (ctl) { ctl.enqueue(new Uint8Array(10)); log('byte length strategy desiredSize ' + ctl.desiredSize); } }, b);
  [function () { new CountQueuingStrategy(); }, function () { new CountQueuingStrategy({}); }, function () { return new CountQueuingStrategy({highWaterMark: -1}).highWaterMark; },
   function () { new ReadableStream({}, {highWaterMark: -1}); }, function () { new ReadableStream({}, {highWaterMark: NaN}); }, function () { new ReadableStream({}, {size: 5}); },
   function () { new ReadableStream({start: 5}); }, function () { new ReadableStream(null); }, function () { new ReadableStream({pull: {}}); }, function () { ReadableStream(); }, function () { new ReadableStreamDefaultController(); },
   function () { ReadableStream.prototype.getReader.call({}); }, function () { return Object.getOwnPropertyDescriptor(ReadableStream.prototype, 'locked').get.call(5); },
   function () { new ReadableStreamDefaultReader({}); }, function () { new ReadableStreamDefaultReader(); }, function () { ReadableStreamDefaultController.prototype.enqueue.call({}, 1); },
   function () { new ReadableStream().getReader({mode: 'byob'}); }, function () { new ReadableStream().getReader({mode: 'nope'}); },
   function () { return Object.getOwnPropertyDescriptor(CountQueuingStrategy.prototype, 'size').get.call({}); }
  ].forEach(function (f) { try { log('no error ' + f()); } catch (e) { log(err(e)); } });
  return ReadableStream.prototype.cancel.call({}).then(null, function (e) { log('cancel brand ' + err(e)); });
}).then(function () {
  return ReadableStreamDefaultReader.prototype.read.call({}).then(null, function (e) { log('read brand ' + err(e)); });
}).then(function () {
  log([ReadableStream.length, ReadableStreamDefaultReader.length, CountQueuingStrategy.length, ReadableStream.prototype.cancel.length, ReadableStream.prototype.getReader.length, ReadableStream.prototype.pipeTo.length, ReadableStream.prototype.pipeThrough.length].join());
  log(Object.keys(ReadableStream.prototype).filter(function (k) { return k !== 'values'; }).sort().join() + ' | ' + Object.keys(ReadableStreamDefaultReader.prototype).sort().join() + ' | ' + Object.keys(ReadableStreamDefaultController.prototype).sort().join());
  console.log(out.join('\\n'));
});

""");
    List<String> expected =
        new ArrayList<>(
            Runs.lines(
"""
start this=source true desiredSize 3
after enqueue 2
locked false
locked true true
TypeError: Failed to execute 'getReader' on 'ReadableStream': ReadableStreamDefaultReader constructor can only accept readable streams that are not yet locked to a reader
pull 1 desiredSize 3 this=source true
  after two enqueues 1
microtask after construction, pulls 1
read {"done":false,"value":"s1"}
pull 2 desiredSize 2 this=source true
  after two enqueues 0
read {"done":false,"value":"p1"}
pull 3 desiredSize 1 this=source true
  after two enqueues -1
read {"done":false,"value":"q1"}
read {"done":false,"value":"p2"}
pull 4 desiredSize 1 this=source true
  closed, desiredSize 1
read {"done":false,"value":"q2"}
read {"done":false,"value":"p3"}
read {"done":false,"value":"q3"}
read {"done":true}
closed undefined
released locked false
read after release TypeError: Failed to execute 'read' on 'ReadableStreamDefaultReader': This readable stream reader has been released and cannot be used to read from its previous owner stream
cancel why this true
pending read {"done":true}
cancel settles
cancel result undefined
start threw RangeError: from start
read rejected Error: pull failed
closed rejected Error: pull failed
enqueue threw TypeError: bad size desiredSize null
enqueue again TypeError: Failed to execute 'enqueue' on 'ReadableStreamDefaultController': Cannot enqueue a chunk into an errored readable stream
errored stream closed TypeError: bad size
desiredSize after error null
cancel errored Error: boom
close requested desiredSize 0
TypeError: Failed to execute 'enqueue' on 'ReadableStreamDefaultController': Cannot enqueue a chunk into a readable stream that is closed or has been requested to be closed
TypeError: Failed to execute 'close' on 'ReadableStreamDefaultController': Cannot close a readable stream that has already been requested to be closed
drain {"done":false,"value":"last"} desiredSize 0
drain {"done":true}
strategies 16 5 2.5 1 true size 1 0
[object ByteLengthQueuingStrategy] [object CountQueuingStrategy] [object ReadableStream] [object ReadableStreamDefaultReader]
byte length strategy desiredSize 6
TypeError: Failed to construct 'CountQueuingStrategy': 1 argument required, but only 0 present.
TypeError: Failed to construct 'CountQueuingStrategy': Failed to read the 'highWaterMark' property from 'QueuingStrategyInit': Required member is undefined.
no error -1
RangeError: Failed to construct 'ReadableStream': A queuing strategy's highWaterMark property must be a nonnegative, non-NaN number
RangeError: Failed to construct 'ReadableStream': A queuing strategy's highWaterMark property must be a nonnegative, non-NaN number
TypeError: Failed to construct 'ReadableStream': A queuing strategy's size property must be a function
TypeError: Failed to construct 'ReadableStream': underlyingSource.start must be a function or undefined
TypeError: Failed to construct 'ReadableStream': Cannot convert undefined or null to object
TypeError: Failed to construct 'ReadableStream': underlyingSource.pull must be a function or undefined
TypeError: Failed to construct 'ReadableStream': Please use the 'new' operator, this DOM object constructor cannot be called as a function.
TypeError: Failed to construct 'ReadableStreamDefaultController': Illegal constructor
TypeError: Illegal invocation
TypeError: Illegal invocation
TypeError: Failed to construct 'ReadableStreamDefaultReader': parameter 1 is not of type 'ReadableStream'.
TypeError: Failed to construct 'ReadableStreamDefaultReader': 1 argument required, but only 0 present.
TypeError: Illegal invocation
TypeError: Failed to execute 'getReader' on 'ReadableStream': Cannot use a BYOB reader with a non-byte stream
TypeError: Failed to execute 'getReader' on 'ReadableStream': Failed to read the 'mode' property from 'ReadableStreamGetReaderOptions': The provided value 'nope' is not a valid enum value of type ReadableStreamReaderMode.
TypeError: Illegal invocation
cancel brand TypeError: Failed to execute 'cancel' on 'ReadableStream': Illegal invocation
read brand TypeError: Failed to execute 'read' on 'ReadableStreamDefaultReader': Illegal invocation
0,1,1,0,0,1,1
cancel,getReader,locked,pipeThrough,pipeTo,tee | cancel,closed,read,releaseLock | close,desiredSize,enqueue,error
"""));
    assertEquals(expected, o.out(), o::toString);
    assertEquals(List.of(), o.err(), o::toString);
  }

  /**
   * A writable stream's writes behind a slow sink, ready and desiredSize, close, abort with the
   * signal, errors.
   */
  @ParameterizedTest
  @EnumSource(JsEngine.class)
  void writableStreamsQueueCloseAndAbortAsInChromium(JsEngine engine) {
    Runs.Outcome o =
        Runs.script(
            engine,
"""
var out = [];
function log(s) { out.push(s); }
function err(e) { return e === undefined ? 'undefined' : e.name + ': ' + e.message; }
var sinkLog = [];
var resolvers = [];
var sink = {
  start: function (c) { log('start this=sink ' + (this === sink) + ' signal ' + (c.signal instanceof AbortSignal) + ' ' + c.signal.aborted); },
  write: function (chunk, c) { log('sink write ' + chunk + ' this=sink ' + (this === sink)); return new Promise(function (r) { resolvers.push(r); }); },
  close: function () { log('sink close ' + arguments.length); }
};
var ws = new WritableStream(sink, new CountQueuingStrategy({highWaterMark: 2}));
var w = ws.getWriter();
log('locked ' + ws.locked + ' desiredSize ' + w.desiredSize);
try { ws.getWriter(); } catch (e) { log(err(e)); }
var writes = [1, 2, 3].map(function (n) { return w.write(n).then(function (v) { log('write ' + n + ' done ' + v); }); });
log('after 3 writes desiredSize ' + w.desiredSize);
var readyBefore = w.ready;
w.ready.then(function () { log('ready fulfilled, desiredSize ' + w.desiredSize); });
function step() {
  if (resolvers.length) { var r = resolvers.shift(); log('completing a write, desiredSize ' + w.desiredSize); r(); setTimeout(step, 5); }
  else if (out.join().indexOf('write 3 done') < 0) { setTimeout(step, 5); }
  else { part2(); }
}
setTimeout(step, 5);
function part2() {
  log('ready replaced ' + (readyBefore !== w.ready));
  var closing = w.close();
  log('desiredSize while closing ' + w.desiredSize);
  w.write('late').then(null, function (e) { log('write after close ' + err(e)); });
  w.close().then(null, function (e) { log('close again ' + err(e)); });
  closing.then(function (v) { log('closed ' + v + ' desiredSize ' + w.desiredSize); return w.closed; }).then(function () {
    log('writer.closed fulfilled');
    w.releaseLock();
    try { log(w.desiredSize); } catch (e) { log(err(e)); }
    return w.closed.then(null, function (e) { log('closed after release ' + err(e)); });
  }).then(part3);
}
function part3() {
  // abort: the signal aborts first, then the sink's abort; pending writes reject
  var events = [];
  var pending;
  var as = new WritableStream({
    start: function (c) { c.signal.addEventListener('abort', function () { log('signal abort event, reason ' + c.signal.reason); }); },
    write: function () { log('abort sink write'); return new Promise(function (r) { pending = r; }); },
    abort: function (reason) { log('sink abort ' + reason); }
  });
  var aw = as.getWriter();
  aw.write('a').then(function () { log('first write fulfilled'); }, function (e) { log('first write ' + e); });
  aw.write('b').then(null, function (e) { log('second write rejected ' + e); });
  setTimeout(function () {
    var ab = aw.abort('stop');
    log('desiredSize while erroring ' + aw.desiredSize);
    aw.ready.then(null, function (e) { log('ready rejected ' + e); });
    aw.closed.then(null, function (e) { log('closed rejected ' + e); });
    setTimeout(function () { log('completing in-flight write'); pending(); }, 5);
    ab.then(function (v) { log('abort fulfilled ' + v); }).then(part4);
  }, 5);
}
function part4() {
  // a sink whose write rejects errors the stream; controller.error
  var bad = new WritableStream({ write: function () { throw new Error('write failed'); } });
  var bw = bad.getWriter();
  bw.write('x').then(null, function (e) { log('write rejected ' + err(e)); });
  bw.closed.then(null, function (e) { log('errored closed ' + err(e)); return bw.write('y'); }).then(null, function (e) { log('write on errored ' + err(e)); }).then(function () {
    var ctl;
    var cs = new WritableStream({ start: function (c) { ctl = c; } });
    ctl.error(new TypeError('from controller'));
    var cw = cs.getWriter();
    log('desiredSize errored ' + cw.desiredSize);
    return cw.closed.then(null, function (e) { log('controller error ' + err(e)); });
  }).then(function () {
    [function () { new WritableStream({write: 1}); }, function () { new WritableStream(null); }, function () { new TransformStream(null); }, function () { new WritableStream({type: 'bytes'}); }, function () { new WritableStreamDefaultWriter({}); },
     function () { new WritableStreamDefaultController(); }, function () { WritableStream.prototype.getWriter.call({}); },
     function () { var s = new WritableStream(); s.getWriter(); new WritableStreamDefaultWriter(s); }
    ].forEach(function (f) { try { log('no error ' + f()); } catch (e) { log(err(e)); } });
    var locked = new WritableStream(); locked.getWriter();
    return Promise.all([locked.abort().then(null, function (e) { log(err(e)); }), locked.close().then(null, function (e) { log(err(e)); }),
      WritableStream.prototype.abort.call({}).then(null, function (e) { log(err(e)); })]);
  }).then(function () {
    log([WritableStream.length, WritableStreamDefaultWriter.length, WritableStream.prototype.abort.length, WritableStreamDefaultWriter.prototype.write.length].join());
    log(Object.keys(WritableStream.prototype).sort().join() + ' | ' + Object.keys(WritableStreamDefaultWriter.prototype).sort().join() + ' | ' + Object.keys(WritableStreamDefaultController.prototype).sort().join());
    console.log(out.join('\\n'));
  });
}

""");
    List<String> expected =
        new ArrayList<>(
            Runs.lines(
"""
start this=sink true signal true false
locked true desiredSize 2
TypeError: Failed to execute 'getWriter' on 'WritableStream': Cannot create writer when WritableStream is locked
after 3 writes desiredSize -1
sink write 1 this=sink true
completing a write, desiredSize -1
sink write 2 this=sink true
write 1 done undefined
completing a write, desiredSize 0
sink write 3 this=sink true
write 2 done undefined
ready fulfilled, desiredSize 1
completing a write, desiredSize 1
write 3 done undefined
ready replaced false
sink close 0
desiredSize while closing 2
write after close TypeError: Cannot write to a closing writable stream
close again TypeError: Failed to execute 'close' on 'WritableStreamDefaultWriter': Cannot close a writable stream that has already been requested to be closed
closed undefined desiredSize 0
writer.closed fulfilled
TypeError: Failed to read the 'desiredSize' property from 'WritableStreamDefaultWriter': This writable stream writer has been released and cannot be used to get the desiredSize
closed after release TypeError: This writable stream writer has been released and cannot be used to monitor the stream's state
abort sink write
signal abort event, reason stop
desiredSize while erroring null
ready rejected stop
completing in-flight write
sink abort stop
first write fulfilled
second write rejected stop
abort fulfilled undefined
closed rejected stop
write rejected Error: write failed
errored closed Error: write failed
write on errored Error: write failed
desiredSize errored null
controller error TypeError: from controller
TypeError: Failed to construct 'WritableStream': underlyingSink.write must be a function or undefined
TypeError: Failed to construct 'WritableStream': Cannot convert undefined or null to object
TypeError: Failed to construct 'TransformStream': Cannot convert undefined or null to object
RangeError: Failed to construct 'WritableStream': Invalid type is specified
TypeError: Failed to construct 'WritableStreamDefaultWriter': parameter 1 is not of type 'WritableStream'.
TypeError: Failed to construct 'WritableStreamDefaultController': Illegal constructor
TypeError: Illegal invocation
TypeError: Failed to construct 'WritableStreamDefaultWriter': Cannot create writer when WritableStream is locked
TypeError: Failed to execute 'abort' on 'WritableStream': Cannot abort a locked stream
TypeError: Failed to execute 'close' on 'WritableStream': Cannot close a locked stream
TypeError: Failed to execute 'abort' on 'WritableStream': Illegal invocation
0,1,0,0
abort,close,getWriter,locked | abort,close,closed,desiredSize,ready,releaseLock,write | error,signal
"""));
    assertEquals(expected, o.out(), o::toString);
    assertEquals(List.of(), o.err(), o::toString);
  }

  /** TransformStream and pipeThrough; pipeTo with its options and an AbortSignal; tee. */
  @ParameterizedTest
  @EnumSource(JsEngine.class)
  void transformsPipesAndTeesAsInChromium(JsEngine engine) {
    Runs.Outcome o =
        Runs.script(
            engine,
"""
var out = [];
function log(s) { out.push(s); }
function err(e) { return e === undefined ? 'undefined' : typeof e === 'string' ? e : e.name + ': ' + e.message; }
function collect(readable) {
  var r = readable.getReader(); var got = [];
  function loop() { return r.read().then(function (x) { if (x.done) { return got; } got.push(x.value); return loop(); }); }
  return loop();
}
function source(chunks, extra) {
  return new ReadableStream({ start: function (c) { chunks.forEach(function (x) { c.enqueue(x); }); if (!extra) { c.close(); } },
    cancel: function (reason) { log('source cancel ' + err(reason)); } });
}
function recordingSink(name, events) {
  return new WritableStream({
    write: function (chunk) { events.push(name + ' write ' + chunk); },
    close: function () { events.push(name + ' close'); },
    abort: function (reason) { events.push(name + ' abort ' + err(reason)); }
  });
}
var transformer = {
  start: function (c) { log('transform start desiredSize ' + c.desiredSize + ' this ' + (this === transformer)); },
  transform: function (chunk, c) { log('transform ' + chunk + ' desiredSize ' + c.desiredSize); c.enqueue(chunk.toUpperCase()); c.enqueue(chunk + chunk); },
  flush: function (c) { log('flush'); c.enqueue('END'); }
};
var ts = new TransformStream(transformer);
log('readable ' + (ts.readable instanceof ReadableStream) + ' writable ' + (ts.writable instanceof WritableStream));
var piped = source(['a', 'b']).pipeThrough(ts);
log('same readable ' + (piped === ts.readable) + ' writable locked ' + ts.writable.locked);
collect(piped).then(function (got) {
  log('pipeThrough ' + got.join());
  // identity transform, terminate, error
  var t2 = new TransformStream();
  var w2 = t2.writable.getWriter();
  w2.write('x'); w2.write('y'); w2.close();
  return collect(t2.readable);
}).then(function (got) {
  log('identity ' + got.join());
  var t3 = new TransformStream({ transform: function (chunk, c) { if (chunk === 'stop') { c.terminate(); } else { c.enqueue(chunk); } } });
  var w3 = t3.writable.getWriter();
  w3.write('1'); w3.write('stop').then(function () { log('stop written'); });
  w3.closed.then(null, function (e) { log('terminated writable ' + err(e)); });
  return collect(t3.readable);
}).then(function (got) {
  log('terminated readable ' + got.join());
  var t4 = new TransformStream({ transform: function () { throw new Error('transform failed'); } });
  var w4 = t4.writable.getWriter();
  w4.write('z').then(null, function (e) { log('write ' + err(e)); });
  return t4.readable.getReader().read().then(null, function (e) { log('read ' + err(e)); });
}).then(function () {
  // pipeTo: close propagates; preventClose keeps dest open
  var events = [];
  return source(['p', 'q']).pipeTo(recordingSink('d1', events)).then(function (v) {
    log('pipeTo done ' + v + ': ' + events.join(', '));
    events = [];
    var dest = recordingSink('d2', events);
    return source(['r']).pipeTo(dest, {preventClose: true}).then(function () { log('preventClose: ' + events.join(', ') + ' locked ' + dest.locked); });
  });
}).then(function () {
  // source error aborts dest unless preventAbort
  var events = [];
  var failing = new ReadableStream({ start: function (c) { c.enqueue('e1'); setTimeout(function () { c.error(new Error('source broke')); }, 10); } });
  return failing.pipeTo(recordingSink('d3', events)).then(null, function (e) {
    log('pipe rejected ' + err(e) + ': ' + events.join(', '));
    events = [];
    var failing2 = new ReadableStream({ start: function (c) { c.error(new Error('already broken')); } });
    var dest = recordingSink('d4', events);
    return failing2.pipeTo(dest, {preventAbort: true}).then(null, function (e2) { log('preventAbort rejected ' + err(e2) + ' events [' + events.join(', ') + '] dest locked ' + dest.locked); });
  });
}).then(function () {
  // dest error cancels source
  var broken = new WritableStream({ write: function () { throw new Error('dest broke'); } });
  return source(['x', 'y'], true).pipeTo(broken).then(null, function (e) { log('dest error ' + err(e)); });
}).then(function () {
  // AbortSignal
  var events = [];
  var c = new AbortController();
  var ctl;
  var endless = new ReadableStream({ start: function (cc) { ctl = cc; cc.enqueue('first'); }, cancel: function (r) { events.push('source cancel ' + err(r)); } });
  var p = endless.pipeTo(recordingSink('d5', events), {signal: c.signal});
  setTimeout(function () { c.abort(); }, 10);
  return p.then(null, function (e) {
    log('aborted ' + err(e) + ' ' + (e instanceof DOMException) + ': ' + events.join(', '));
    var c2 = new AbortController(); c2.abort('early');
    var ev2 = [];
    return source(['never']).pipeTo(recordingSink('d6', ev2), {signal: c2.signal, preventCancel: true}).then(null, function (e2) { log('pre-aborted ' + err(e2) + ' [' + ev2.join(', ') + ']'); });
  });
}).then(function () {
  [function () { new ReadableStream().pipeThrough({}); }, function () { new ReadableStream().pipeThrough({readable: new ReadableStream()}); },
   function () { var rs = new ReadableStream(); rs.getReader(); rs.pipeThrough(new TransformStream()); },
   function () { new TransformStream({readableType: 'bytes'}); }, function () { new TransformStream({writableType: 'bytes'}); }, function () { new TransformStreamDefaultController(); }
  ].forEach(function (f) { try { log('no error ' + f()); } catch (e) { log(err(e)); } });
  var locked = new ReadableStream(); locked.getReader();
  return Promise.all([new ReadableStream().pipeTo({}).then(null, function (e) { log(err(e)); }), locked.pipeTo(new WritableStream()).then(null, function (e) { log(err(e)); }),
    new ReadableStream().pipeTo(new WritableStream(), {signal: {}}).then(null, function (e) { log(err(e)); })]);
}).then(function () {
  // tee: both branches get every chunk; cancel both cancels the source with both reasons
  var branches = source(['t1', 't2']).tee();
  return Promise.all([collect(branches[0]), collect(branches[1])]).then(function (v) {
    log('tee ' + JSON.stringify(v));
    var reason;
    var s = new ReadableStream({ cancel: function (r) { reason = r; } });
    var b = s.tee();
    log('teed source locked ' + s.locked);
    return Promise.all([b[0].cancel('r1'), b[1].cancel('r2')]).then(function () { log('tee cancel reasons ' + JSON.stringify(reason)); });
  });
}).then(function () {
  log([TransformStream.length, TransformStreamDefaultController.prototype.enqueue.length, TransformStreamDefaultController.prototype.terminate.length].join());
  log(Object.keys(TransformStream.prototype).sort().join() + ' | ' + Object.keys(TransformStreamDefaultController.prototype).sort().join());
  console.log(out.join('\\n'));
}, function (e) { console.log('FAILED ' + e + '\\n' + out.join('\\n')); });

""");
    List<String> expected =
        new ArrayList<>(
            Runs.lines(
"""
transform start desiredSize 0 this true
readable true writable true
same readable true writable locked true
transform a desiredSize 0
transform b desiredSize 0
flush
pipeThrough A,aa,B,bb,END
identity x,y
stop written
terminated writable TypeError: The transform stream has been terminated
terminated readable 1
read Error: transform failed
write Error: transform failed
pipeTo done undefined: d1 write p, d1 write q, d1 close
preventClose: d2 write r locked false
pipe rejected Error: source broke: d3 write e1, d3 abort Error: source broke
preventAbort rejected Error: already broken events [] dest locked false
source cancel Error: dest broke
dest error Error: dest broke
aborted AbortError: signal is aborted without reason true: d5 write first, d5 abort AbortError: signal is aborted without reason, source cancel AbortError: signal is aborted without reason
pre-aborted early [d6 abort early]
TypeError: Failed to execute 'pipeThrough' on 'ReadableStream': Failed to read the 'readable' property from 'ReadableWritablePair': Required member is undefined.
TypeError: Failed to execute 'pipeThrough' on 'ReadableStream': Failed to read the 'writable' property from 'ReadableWritablePair': Required member is undefined.
TypeError: Failed to execute 'pipeThrough' on 'ReadableStream': Cannot pipe a locked stream
RangeError: Failed to construct 'TransformStream': Invalid readableType was specified
RangeError: Failed to construct 'TransformStream': Invalid writableType was specified
TypeError: Failed to construct 'TransformStreamDefaultController': Illegal constructor
TypeError: Failed to execute 'pipeTo' on 'ReadableStream': parameter 1 is not of type 'WritableStream'.
TypeError: Failed to execute 'pipeTo' on 'ReadableStream': Cannot pipe a locked stream
TypeError: Failed to execute 'pipeTo' on 'ReadableStream': Failed to read the 'signal' property from 'StreamPipeOptions': Failed to convert value to 'AbortSignal'.
tee [["t1","t2"],["t1","t2"]]
teed source locked true
tee cancel reasons ["r1","r2"]
0,0,0
readable,writable | desiredSize,enqueue,error,terminate
"""));
    assertEquals(expected, o.out(), o::toString);
    assertEquals(List.of(), o.err(), o::toString);
  }

  /**
   * Byte streams: BYOB reads, respond, min, autoAllocateChunkSize, enqueued chunks to a BYOB
   * reader, tee.
   */
  @ParameterizedTest
  @EnumSource(JsEngine.class)
  void byteStreamsAsInChromium(JsEngine engine) {
    Runs.Outcome o =
        Runs.script(
            engine,
"""
var out = [];
function log(s) { out.push(s); }
function err(e) { return e === undefined ? 'undefined' : typeof e === 'string' ? e : e.name + ': ' + e.message; }
function bytes(v) { return v === undefined ? 'undefined' : v.constructor.name + '[' + Array.prototype.join.call(new Uint8Array(v.buffer, v.byteOffset, v.byteLength)) + '] off ' + v.byteOffset + ' buf ' + v.buffer.byteLength; }
// a BYOB source filling what each request asks for
var next = 1;
var pulls = 0;
var src = {
  type: 'bytes',
  start: function (c) { log('start ' + (c instanceof ReadableByteStreamController) + ' desiredSize ' + c.desiredSize + ' byobRequest ' + c.byobRequest); },
  pull: function (c) {
    pulls++;
    var req = c.byobRequest;
    log('pull ' + pulls + ' view ' + (req ? bytes(req.view) : 'none') + ' desiredSize ' + c.desiredSize);
    if (pulls === 4) { c.close(); req.respond(0); return; }
    var n = Math.min(3, req.view.byteLength);
    for (var i = 0; i < n; i++) { req.view[i] = next++; }
    req.respond(n);
    log('  after respond byobRequest ' + c.byobRequest + ' view ' + req.view);
  }
};
var bs = new ReadableStream(src);
var reader = bs.getReader({mode: 'byob'});
log('reader ' + (reader instanceof ReadableStreamBYOBReader));
var buf = new ArrayBuffer(8);
reader.read(new Uint8Array(buf, 2, 5)).then(function (r) {
  log('read1 done ' + r.done + ' ' + bytes(r.value) + ' original detached ' + (buf.byteLength === 0));
  return reader.read(new Uint16Array(2));
}).then(function (r) {
  log('read2 done ' + r.done + ' ' + bytes(r.value) + ' length ' + r.value.length);
  return reader.read(new Uint8Array(4), {min: 2});
}).then(function (r) {
  log('read3 done ' + r.done + ' ' + bytes(r.value));
  return reader.read(new Uint8Array(4));
}).then(function (r) {
  log('read4 done ' + r.done + ' ' + bytes(r.value));
  return reader.closed;
}).then(function () {
  log('closed');
  // autoAllocateChunkSize: a default reader's read gets a byobRequest
  var k = 0;
  var auto = new ReadableStream({
    type: 'bytes', autoAllocateChunkSize: 6,
    pull: function (c) {
      k++;
      var v = c.byobRequest.view;
      log('auto pull ' + bytes(v));
      if (k === 1) { v[0] = 7; v[1] = 8; c.byobRequest.respond(2); }
      else if (k === 2) { c.enqueue(new Uint8Array([9, 9, 9])); }
      else { c.close(); c.byobRequest.respond(0); }
    }
  });
  var dr = auto.getReader();
  var got = [];
  function loop() { return dr.read().then(function (r) { if (r.done) { return; } got.push(bytes(r.value)); return loop(); }); }
  return loop().then(function () { log('auto ' + got.join(' | ')); });
}).then(function () {
  // enqueued chunks to a BYOB reader: filled across chunks, the enqueued buffer transferred
  var ctl;
  var s = new ReadableStream({ type: 'bytes', start: function (c) { ctl = c; } });
  var chunk = new Uint8Array([1, 2, 3, 4, 5]);
  ctl.enqueue(chunk);
  log('enqueued chunk detached ' + (chunk.byteLength === 0) + ' desiredSize ' + ctl.desiredSize);
  ctl.enqueue(new Uint8Array([6]));
  ctl.close();
  var r = s.getReader({mode: 'byob'});
  return r.read(new Uint8Array(4)).then(function (x) { log('q1 ' + bytes(x.value)); return r.read(new Uint8Array(4)); })
    .then(function (x) { log('q2 ' + bytes(x.value) + ' ' + x.done); return r.read(new Uint8Array(4)); })
    .then(function (x) { log('q3 ' + x.done + ' ' + bytes(x.value)); });
}).then(function () {
  // tee of a byte stream
  var t = new ReadableStream({ type: 'bytes', start: function (c) { c.enqueue(new Uint8Array([1, 2])); c.close(); } }).tee();
  return Promise.all([t[0].getReader().read(), t[1].getReader({mode: 'byob'}).read(new Uint8Array(3))]).then(function (v) {
    log('byte tee ' + bytes(v[0].value) + ' / ' + bytes(v[1].value));
  });
}).then(function () {
  var ctl;
  var s = new ReadableStream({ type: 'bytes', start: function (c) { ctl = c; } });
  [function () { ctl.enqueue(new Uint8Array(0)); }, function () { ctl.enqueue('x'); }, function () { new ReadableStream({type: 'bytes'}, {size: function () { return 1; }}); },
   function () { new ReadableStream({type: 'bytes', autoAllocateChunkSize: 0}); }, function () { new ReadableStreamBYOBRequest(); },
   function () { ctl.close(); ctl.close(); }, function () { ctl.enqueue(new Uint8Array(1)); }].forEach(function (f) { try { log('no error ' + f()); } catch (e) { log(err(e)); } });
  var r = new ReadableStream({type: 'bytes'}).getReader({mode: 'byob'});
  return Promise.all([r.read(new Uint8Array(0)).then(null, function (e) { log(err(e)); }), r.read({}).then(null, function (e) { log(err(e)); }),
    r.read(new Uint8Array(2), {min: 3}).then(null, function (e) { log(err(e)); }), r.read(new Uint8Array(2), {min: 0}).then(null, function (e) { log(err(e)); })]);
}).then(function () {
  log([ReadableStreamBYOBReader.prototype.read.length, ReadableByteStreamController.prototype.enqueue.length, ReadableStreamBYOBRequest.prototype.respond.length].join());
  log(Object.keys(ReadableStreamBYOBReader.prototype).sort().join() + ' | ' + Object.keys(ReadableByteStreamController.prototype).sort().join() + ' | ' + Object.keys(ReadableStreamBYOBRequest.prototype).sort().join());
  console.log(out.join('\\n'));
}, function (e) { console.log('FAILED ' + err(e) + '\\n' + out.join('\\n')); });

""");
    List<String> expected =
        new ArrayList<>(
            Runs.lines(
"""
start true desiredSize 0 byobRequest null
reader true
pull 1 view Uint8Array[0,0,0,0,0] off 2 buf 8 desiredSize 0
  after respond byobRequest null view null
read1 done false Uint8Array[1,2,3] off 2 buf 8 original detached true
pull 2 view Uint8Array[0,0,0,0] off 0 buf 4 desiredSize 0
  after respond byobRequest null view null
read2 done false Uint16Array[4,5] off 0 buf 4 length 1
pull 3 view Uint8Array[0,0,0] off 1 buf 4 desiredSize 0
  after respond byobRequest null view null
read3 done false Uint8Array[6,7,8,9] off 0 buf 4
pull 4 view Uint8Array[0,0,0,0] off 0 buf 4 desiredSize 0
read4 done true Uint8Array[] off 0 buf 4
closed
auto pull Uint8Array[0,0,0,0,0,0] off 0 buf 6
auto pull Uint8Array[0,0,0,0,0,0] off 0 buf 6
auto pull Uint8Array[0,0,0,0,0,0] off 0 buf 6
auto Uint8Array[7,8] off 0 buf 6 | Uint8Array[9,9,9] off 0 buf 3
enqueued chunk detached true desiredSize -5
q1 Uint8Array[1,2,3,4] off 0 buf 4
q2 Uint8Array[5,6] off 0 buf 4 false
q3 true Uint8Array[] off 0 buf 4
byte tee Uint8Array[1,2] off 0 buf 2 / Uint8Array[1,2] off 0 buf 3
TypeError: Failed to execute 'enqueue' on 'ReadableByteStreamController': chunk is empty
TypeError: Failed to execute 'enqueue' on 'ReadableByteStreamController': parameter 1 is not of type 'ArrayBufferView'.
RangeError: Failed to construct 'ReadableStream': Cannot create byte stream with size() defined on the strategy
TypeError: Failed to construct 'ReadableStream': autoAllocateChunkSize cannot be 0
TypeError: Failed to construct 'ReadableStreamBYOBRequest': Illegal constructor
TypeError: Failed to execute 'close' on 'ReadableByteStreamController': Cannot close a readable stream that is not readable
TypeError: Failed to execute 'enqueue' on 'ReadableByteStreamController': stream is not readable
TypeError: Failed to execute 'read' on 'ReadableStreamBYOBReader': This readable stream reader cannot be used to read as the view has byte length equal to 0
TypeError: Failed to execute 'read' on 'ReadableStreamBYOBReader': parameter 1 is not of type 'ArrayBufferView'.
RangeError: Failed to execute 'read' on 'ReadableStreamBYOBReader': min cannot be larger than view's length
TypeError: Failed to execute 'read' on 'ReadableStreamBYOBReader': min cannot be 0
1,1,1
cancel,closed,read,releaseLock | byobRequest,close,desiredSize,enqueue,error | respond,respondWithNewView,view
"""));
    if (engine == JsEngine.NASHORN) {
      // Nashorn cannot detach an ArrayBuffer: a transferred buffer is copied, the original kept.
      expected.replaceAll(
          l ->
              l.replace("original detached true", "original detached false")
                  .replace("enqueued chunk detached true", "enqueued chunk detached false"));
    }
    assertEquals(expected, o.out(), o::toString);
    assertEquals(List.of(), o.err(), o::toString);
  }

  /** The globals on the page and in a dedicated worker, a transform running in the worker. */
  @ParameterizedTest
  @EnumSource(JsEngine.class)
  void workersHaveTheStreamsGlobals(JsEngine engine) {
    Runs.Outcome o =
        Runs.script(
            engine,
"""
var code = "var names = ['ReadableStream', 'ReadableStreamDefaultReader', 'ReadableStreamBYOBReader', 'ReadableStreamDefaultController', 'ReadableByteStreamController', 'ReadableStreamBYOBRequest', 'WritableStream', 'WritableStreamDefaultWriter', 'WritableStreamDefaultController', 'TransformStream', 'TransformStreamDefaultController', 'ByteLengthQueuingStrategy', 'CountQueuingStrategy'];"
  + "var t = new TransformStream({ transform: function (c, ctl) { ctl.enqueue(c * 2); } });"
  + "var w = t.writable.getWriter(); w.write(21); w.close();"
  + "t.readable.getReader().read().then(function (r) { postMessage(names.map(function (n) { return typeof self[n]; }).join() + ' ' + r.value); });";
var worker = new Worker(URL.createObjectURL(new Blob([code], {type: 'text/javascript'})));
worker.onmessage = function (e) { console.log('worker: ' + e.data); worker.terminate(); };
console.log('page: ' + ['ReadableStream', 'WritableStream', 'TransformStream', 'ByteLengthQueuingStrategy'].map(function (n) { return typeof window[n]; }).join());

""");
    List<String> expected =
        new ArrayList<>(
            Runs.lines(
"""
page: function,function,function,function
worker: function,function,function,function,function,function,function,function,function,function,function,function,function 42
"""));
    assertEquals(expected, o.out(), o::toString);
    assertEquals(List.of(), o.err(), o::toString);
  }

  /**
   * Async iteration (values(), Symbol.asyncIterator, return with and without preventCancel);
   * GraalJS only.
   */
  @Test
  void asyncIterationAsInChromium() {
    JsEngine engine = JsEngine.GRAALJS;
    Runs.Outcome o =
        Runs.script(
            engine,
"""
var out = [];
function log(s) { out.push(s); }
function err(e) { return e === undefined ? 'undefined' : typeof e === 'string' ? e : e.name + ': ' + e.message; }
var canceled = [];
function make(n) { var i = 0; return new ReadableStream({ pull: function (c) { if (i < n) { c.enqueue('c' + i++); } else { c.close(); } }, cancel: function (r) { canceled.push(String(r)); } }); }
var s = make(3);
var it = s[Symbol.asyncIterator]();
log('same function ' + (ReadableStream.prototype[Symbol.asyncIterator] === ReadableStream.prototype.values) + ' locked ' + s.locked);
var proto = Object.getPrototypeOf(it);
log(Object.prototype.toString.call(it) + ' ' + Object.getOwnPropertyNames(proto).sort().join() + ' ' + (Object.getPrototypeOf(proto) === Object.getPrototypeOf(Object.getPrototypeOf((async function* () {}).prototype))));
Promise.all([it.next(), it.next(), it.next(), it.next(), it.next()]).then(function (rs) {
  log('nexts ' + JSON.stringify(rs) + ' locked ' + s.locked);
  var s2 = make(10);
  var it2 = s2.values();
  return it2.next().then(function (r) { log('first ' + JSON.stringify(r)); return it2.return('bye'); }).then(function (r) {
    log('return ' + JSON.stringify(r) + ' canceled ' + canceled.join() + ' locked ' + s2.locked);
    var s3 = make(10);
    var it3 = s3.values({preventCancel: true});
    return it3.next().then(function () { return it3.return('kept'); }).then(function (r) { log('preventCancel ' + JSON.stringify(r) + ' canceled ' + canceled.join() + ' locked ' + s3.locked); });
  });
}).then(function () {
  var e = new ReadableStream({ start: function (c) { c.enqueue(1); c.error(new Error('bad')); } });
  var it4 = e.values();
  return it4.next().then(null, function (x) { log('errored next ' + err(x)); return it4.next(); }).then(function (r) { log('after error ' + JSON.stringify(r)); });
}).then(function () {
  return Promise.all([ReadableStream.prototype.values.call({}), readableOf()]);
  function readableOf() { return Promise.resolve('skipped'); }
}).then(null, function (e) { log('values brand ' + err(e)); }).then(function () {
  console.log(out.join('\\n'));
});

""");
    List<String> expected =
        new ArrayList<>(
            Runs.lines(
"""
same function true locked true
[object ReadableStream AsyncIterator] next,return true
nexts [{"done":false,"value":"c0"},{"done":false,"value":"c1"},{"done":false,"value":"c2"},{"done":true},{"done":true}] locked false
first {"done":false,"value":"c0"}
return {"done":true,"value":"bye"} canceled bye locked false
preventCancel {"done":true,"value":"kept"} canceled bye locked false
errored next Error: bad
after error {"done":true}
values brand TypeError: Illegal invocation
"""));
    assertEquals(expected, o.out(), o::toString);
    assertEquals(List.of(), o.err(), o::toString);
  }
}
