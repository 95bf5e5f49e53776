// Runs the suite in Node.js with undici's WHATWG WebSocket as the global WebSocket.
// Usage: node node-host.js <suite dir> <TCK_ENV json> <timeout ms>
// Prints "TCK-RESULTS <json>" on stdout; progress lines go to stderr.
'use strict';
const fs = require('fs');
const path = require('path');
const vm = require('vm');
const undici = require('undici');

const [suiteDir, envJson, timeoutMs] = process.argv.slice(2);
globalThis.WebSocket = undici.WebSocket;
globalThis.CloseEvent = undici.CloseEvent;
// undici's own event classes: Node's global MessageEvent is another class.
globalThis.MessageEvent = undici.MessageEvent;
globalThis.TCK_ENV = JSON.parse(envJson);
globalThis.__tckProgress = (line) => process.stderr.write(line + '\n');

let done = false;
const timer = setTimeout(() => {
  process.stderr.write('suite did not finish in ' + timeoutMs + ' ms\n');
  process.stdout.write('TCK-RESULTS ' + JSON.stringify(globalThis.TCK.results) + '\n');
  process.stdout.write('TCK-UNFINISHED\n');
  process.exit(0);
}, Number(timeoutMs));
globalThis.__tckReport = (json) => {
  if (done) return;
  done = true;
  clearTimeout(timer);
  process.stdout.write('TCK-RESULTS ' + json + '\n', () => process.exit(0));
};
// An exception thrown by a listener is reported, as a browser would, and does not end the run.
process.on('uncaughtException', (e) => process.stderr.write('uncaught: ' + (e && e.message) + '\n'));

const manifest = fs.readFileSync(path.join(suiteDir, 'suite.txt'), 'utf8').split('\n')
  .map((l) => l.trim()).filter((l) => l && !l.startsWith('#'));
for (const file of manifest) {
  vm.runInThisContext(fs.readFileSync(path.join(suiteDir, file), 'utf8'), { filename: file });
}
globalThis.TCK.run();
