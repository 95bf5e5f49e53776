// The load driver's echo server: Node's `ws`, no compression, every message echoed as it came
// (text as text, binary as binary). Prints "@@listening PORT" once it accepts connections.
'use strict';
const { WebSocketServer } = require('ws');

const wss = new WebSocketServer({ host: '127.0.0.1', port: 0, backlog: 4096, perMessageDeflate: false });
wss.on('connection', (socket) => {
  socket.on('message', (data, isBinary) => socket.send(data, { binary: isBinary }));
  socket.on('error', () => {});
});
wss.on('listening', () => console.log('@@listening ' + wss.address().port));
process.stdin.resume();
process.stdin.on('end', () => process.exit(0)); // the driver closes our stdin when it is done
