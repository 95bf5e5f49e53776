// Runs client.js in Node with the WebSocket of npm `ws` or of undici (argv[2]), the scenario
// settings as JSON in argv[3]. Started with --expose-gc so that measure() reports heap after GC.
'use strict';
const fs = require('fs');
const path = require('path');

const impl = process.argv[2];
globalThis.WebSocket = impl === 'ws' ? require('ws').WebSocket : require('undici').WebSocket;
globalThis.BENCH = JSON.parse(process.argv[3]);

function statusField(name) {
  const m = fs.readFileSync('/proc/self/status', 'utf8').match(new RegExp('^' + name + ':\\s+(\\d+)', 'm'));
  return m ? Number(m[1]) : -1;
}

globalThis.measure = function (label) {
  global.gc();
  global.gc();
  const m = process.memoryUsage();
  console.log('@@measure ' + JSON.stringify({
    label, heap: m.heapUsed + m.external + m.arrayBuffers, rss: statusField('VmRSS') * 1024,
    threads: statusField('Threads'),
  }));
};
globalThis.finish = function (result) {
  console.log('@@result ' + JSON.stringify(result));
  process.exit(0);
};
globalThis.setTimeout = setTimeout;

require(path.join(__dirname, 'client.js'));
