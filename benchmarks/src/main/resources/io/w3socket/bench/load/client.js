// The load driver's client, written once against the browser's WebSocket API (ES5, so Nashorn
// runs it too) and run by every JavaScript host: w3socket on GraalJS and Nashorn, Node with `ws`
// or undici. The host defines BENCH (the settings), measure(label) and finish(result).
(function () {
  'use strict';
  var result = { errors: [] };
  var SMALL = '0123456789abcdef'; // 16 bytes of UTF-8

  function error(what) {
    if (result.errors.length < 10) {
      result.errors.push(String(what));
    }
  }

  // N sockets opened at once, one echo each; measured with all open; then all closed.
  function sockets(next) {
    var n = BENCH.sockets;
    var opened = 0, echoed = 0, closed = 0, clean = 0, lostEarly = 0, measured = false;
    var all = [];
    measure('before');
    var t0 = Date.now();
    function check() {
      if (!measured && echoed + lostEarly === n) {
        measured = true;
        result.socketsEchoed = echoed;
        measure('open');
        for (var i = 0; i < all.length; i++) {
          all[i].close(1000);
        }
      }
      if (closed === n) {
        result.socketsOpened = opened;
        result.socketsClosedClean = clean;
        next();
      }
    }
    function open(i) {
      var ws = new WebSocket(BENCH.url);
      var echo = false;
      ws.onopen = function () {
        opened++;
        if (opened === n) {
          result.openMs = Date.now() - t0;
        }
        ws.send(SMALL);
      };
      ws.onmessage = function (e) {
        if (e.data !== SMALL) {
          error('socket ' + i + ': echo differs');
        }
        echo = true;
        echoed++;
        check();
      };
      ws.onerror = function () {
        error('socket ' + i + ': error event');
      };
      ws.onclose = function (e) {
        closed++;
        if (e.wasClean) {
          clean++;
        }
        if (!echo) {
          lostEarly++;
          error('socket ' + i + ': closed before its echo (' + e.code + ')');
        }
        check();
      };
      all.push(ws);
    }
    for (var i = 0; i < n; i++) {
      open(i);
    }
  }

  // Messages echoed on one socket with at most `window` in flight, after `warm` unmeasured ones.
  function echoes(name, count, window, payload, next) {
    var ws = new WebSocket(BENCH.url);
    ws.binaryType = 'arraybuffer';
    var warm = Math.max(1, Math.floor(count / 10));
    var total = warm + count;
    var sent = 0, received = 0, t0 = 0;
    function pump() {
      while (sent < total && sent - received < window) {
        ws.send(payload);
        sent++;
      }
    }
    ws.onopen = pump;
    ws.onmessage = function (e) {
      var size = typeof e.data === 'string' ? e.data.length : e.data.byteLength;
      var want = typeof payload === 'string' ? payload.length : payload.byteLength;
      if (size !== want) {
        error(name + ': echo of ' + size + ' bytes, sent ' + want);
      }
      received++;
      if (received === warm) {
        t0 = Date.now();
      }
      if (received === total) {
        var ms = Math.max(1, Date.now() - t0);
        result[name] = Math.round((count * 1000) / ms); // messages (or round trips) a second
        ws.close(1000);
        return;
      }
      pump();
    };
    ws.onerror = function () {
      error(name + ': error event');
    };
    ws.onclose = function (e) {
      if (received !== total) {
        error(name + ': closed (' + e.code + ') after ' + received + ' of ' + total + ' echoes');
      }
      next();
    };
  }

  var large = new Uint8Array(BENCH.largeSize);
  for (var i = 0; i < large.length; i++) {
    large[i] = i & 0xff;
  }
  var steps = [
    function (next) {
      sockets(next);
    },
    function (next) {
      echoes('pingPong', BENCH.pingPong, 1, SMALL, next);
    },
    function (next) {
      echoes('pipelined16', BENCH.pipelined, 1000, SMALL, next);
    },
    function (next) {
      echoes('pipelined64k', BENCH.large, 16, large.buffer, next);
    }
  ];
  var step = 0;
  function next() {
    if (step === steps.length) {
      finish(result);
      return;
    }
    var s = steps[step++];
    s(next);
  }
  next();
})();
