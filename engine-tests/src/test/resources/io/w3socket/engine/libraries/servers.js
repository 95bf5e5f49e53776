// Servers of the protocols the library tests speak, on 127.0.0.1 ephemeral ports. Prints one JSON
// line {"socketio": port, "graphql": port, "stomp": port, "mqtt": port, "reconnect": port,
// "sockjs": port, "phoenix": port, "actioncable": port, "signalr": port, "pusher": port,
// "echo": port} when all listen; stops when stdin ends.
'use strict';
const http = require('http');
const { Server } = require('socket.io');
const { WebSocketServer, createWebSocketStream } = require('ws');
const { useServer } = require('graphql-ws/use/ws');
const { buildSchema } = require('graphql');
const sockjs = require('sockjs');

function listen(server) {
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server.address().port)));
}

async function socketio() {
  const server = http.createServer();
  const io = new Server(server);
  io.on('connection', (socket) => {
    socket.on('echo', (data, ack) => ack({ echoed: data, id: socket.id.length > 0 }));
  });
  return listen(server);
}

async function graphql() {
  const schema = buildSchema('type Query { hello(name: String): String } type Subscription { countdown(from: Int): Int }');
  const roots = {
    query: { hello: ({ name }) => 'hello ' + name },
    subscription: {
      countdown: async function* ({ from }) {
        for (let i = from; i >= 0; i--) {
          yield { countdown: i };
        }
      },
    },
  };
  const server = http.createServer();
  const wss = new WebSocketServer({ server, path: '/graphql' });
  useServer({ schema, roots }, wss);
  return listen(server);
}

// A small STOMP 1.2 broker: CONNECT/STOMP, SUBSCRIBE, UNSUBSCRIBE, SEND, DISCONNECT (with receipt).
async function stomp() {
  const server = http.createServer();
  const wss = new WebSocketServer({ server, handleProtocols: (ps) => (ps.has('v12.stomp') ? 'v12.stomp' : false) });
  const subscriptions = [];
  let messageId = 0;
  const frame = (command, headers, body) =>
    command + '\n' + Object.entries(headers).map(([k, v]) => k + ':' + v).join('\n') + '\n\n' + (body || '') + '\0';
  wss.on('connection', (ws) => {
    ws.on('message', (data) => {
      for (const raw of data.toString('utf8').split('\0')) {
        const text = raw.replace(/^\n+/, '');
        if (!text) continue;
        const [head, ...rest] = text.split('\n\n');
        const lines = head.split('\n');
        const command = lines[0];
        const headers = {};
        for (const l of lines.slice(1)) {
          const i = l.indexOf(':');
          if (i > 0 && !(l.slice(0, i) in headers)) headers[l.slice(0, i)] = l.slice(i + 1);
        }
        const body = rest.join('\n\n');
        if (command === 'CONNECT' || command === 'STOMP') {
          ws.send(frame('CONNECTED', { version: '1.2', 'heart-beat': '0,0', server: 'w3socket-test-broker' }));
        } else if (command === 'SUBSCRIBE') {
          subscriptions.push({ ws, id: headers.id, destination: headers.destination });
        } else if (command === 'UNSUBSCRIBE') {
          const i = subscriptions.findIndex((s) => s.ws === ws && s.id === headers.id);
          if (i >= 0) subscriptions.splice(i, 1);
        } else if (command === 'SEND') {
          for (const s of subscriptions.filter((s) => s.destination === headers.destination)) {
            s.ws.send(frame('MESSAGE', { subscription: s.id, 'message-id': String(++messageId),
              destination: s.destination, 'content-length': Buffer.byteLength(body) }, body));
          }
        } else if (command === 'DISCONNECT') {
          if (headers.receipt) ws.send(frame('RECEIPT', { 'receipt-id': headers.receipt }));
          ws.close();
        } else {
          ws.send(frame('ERROR', { message: 'unknown command ' + command }));
        }
      }
    });
    ws.on('close', () => {
      for (let i = subscriptions.length - 1; i >= 0; i--) if (subscriptions[i].ws === ws) subscriptions.splice(i, 1);
    });
  });
  return listen(server);
}

// An MQTT broker (aedes) speaking MQTT over WebSocket (subprotocol "mqtt"), each connection a
// stream of the WebSocket's binary messages.
async function mqtt() {
  const { Aedes } = await import('aedes');
  const broker = await Aedes.createBroker();
  const server = http.createServer();
  const wss = new WebSocketServer({ server, handleProtocols: (ps) => (ps.has('mqtt') ? 'mqtt' : false) });
  wss.on('connection', (ws) => broker.handle(createWebSocketStream(ws)));
  return listen(server);
}

// An echo server that closes the first connection to each path with 4000 "once" when its first
// message comes, and echoes on every later one: a reconnecting client's second connection answers.
async function reconnect() {
  const server = http.createServer();
  const wss = new WebSocketServer({ server });
  const seen = new Set();
  wss.on('connection', (ws, request) => {
    const first = !seen.has(request.url);
    seen.add(request.url);
    ws.on('message', (data, isBinary) => {
      if (first) ws.close(4000, 'once');
      else ws.send(data, { binary: isBinary });
    });
  });
  return listen(server);
}

// A SockJS echo server under /echo (its /echo/info over HTTP, then the transports).
async function sockjsEcho() {
  const server = http.createServer();
  const echo = sockjs.createServer({ log: () => {} });
  echo.on('connection', (conn) => conn.on('data', (m) => conn.write(m)));
  echo.installHandlers(server, { prefix: '/echo' });
  return listen(server);
}

// Phoenix channels (its V2 JSON serializer: [join_ref, ref, topic, event, payload]) under
// /socket/websocket: a join is answered with the topic and the client's vsn, any other push with
// an ok reply echoing its payload, then the payload broadcast back as "shout".
async function phoenix() {
  const server = http.createServer();
  const wss = new WebSocketServer({ server, path: '/socket/websocket' });
  wss.on('connection', (ws, request) => {
    const vsn = new URL(request.url, 'http://127.0.0.1').searchParams.get('vsn');
    ws.on('message', (data) => {
      const [joinRef, ref, topic, event, payload] = JSON.parse(data.toString('utf8'));
      const reply = (response) =>
        ws.send(JSON.stringify([joinRef, ref, topic, 'phx_reply', { status: 'ok', response }]));
      if (event === 'phx_join') {
        reply({ joined: topic, vsn });
      } else if (event === 'heartbeat' || event === 'phx_leave') {
        reply({});
      } else {
        reply({ echoed: payload });
        ws.send(JSON.stringify([joinRef, null, topic, 'shout', payload]));
      }
    });
  });
  return listen(server);
}

// Action Cable (subprotocol actioncable-v1-json) under /cable: welcome, a subscription confirmed,
// every message's data echoed back to its subscription.
async function actioncable() {
  const server = http.createServer();
  const wss = new WebSocketServer({ server, path: '/cable',
    handleProtocols: (ps) => (ps.has('actioncable-v1-json') ? 'actioncable-v1-json' : false) });
  wss.on('connection', (ws) => {
    ws.send(JSON.stringify({ type: 'welcome' }));
    ws.on('message', (data) => {
      const m = JSON.parse(data.toString('utf8'));
      if (m.command === 'subscribe') {
        ws.send(JSON.stringify({ identifier: m.identifier, type: 'confirm_subscription' }));
      } else if (m.command === 'message') {
        ws.send(JSON.stringify({ identifier: m.identifier, message: { echo: JSON.parse(m.data) } }));
      }
    });
  });
  return listen(server);
}

// SignalR's JSON hub protocol under /hub: negotiate (version 1, WebSockets only) over HTTP with
// CORS for the page's origin, then the handshake, invocations answered with a completion and a
// broadcast, pings ignored, and close messages; records end with U+001E.
async function signalr() {
  const RS = '\u001e';
  const server = http.createServer((req, res) => {
    const origin = req.headers.origin;
    if (origin) {
      res.setHeader('Access-Control-Allow-Origin', origin);
      res.setHeader('Access-Control-Allow-Credentials', 'true');
      res.setHeader('Access-Control-Allow-Headers', req.headers['access-control-request-headers'] || '');
      res.setHeader('Access-Control-Allow-Methods', 'POST');
    }
    if (req.method === 'OPTIONS') {
      res.writeHead(204).end();
    } else if (req.method === 'POST' && req.url.startsWith('/hub/negotiate?negotiateVersion=1')) {
      res.writeHead(200, { 'Content-Type': 'application/json' });
      res.end(JSON.stringify({ negotiateVersion: 1, connectionId: 'c1', connectionToken: 't1',
        availableTransports: [{ transport: 'WebSockets', transferFormats: ['Text', 'Binary'] }] }));
    } else {
      res.writeHead(404).end();
    }
  });
  const wss = new WebSocketServer({ noServer: true });
  server.on('upgrade', (req, socket, head) => {
    if (!req.url.startsWith('/hub?id=t1')) {
      socket.destroy();
      return;
    }
    wss.handleUpgrade(req, socket, head, (ws) => {
      let handshaken = false;
      ws.on('message', (data) => {
        for (const record of data.toString('utf8').split(RS)) {
          if (!record) continue;
          const m = JSON.parse(record);
          if (!handshaken) {
            handshaken = m.protocol === 'json' && m.version === 1;
            ws.send(JSON.stringify(handshaken ? {} : { error: 'unsupported' }) + RS);
          } else if (m.type === 1 && m.target === 'Echo') {
            ws.send(JSON.stringify({ type: 1, target: 'Broadcast', arguments: [m.arguments[0]] }) + RS);
            ws.send(JSON.stringify({ type: 3, invocationId: m.invocationId, result: m.arguments[0] }) + RS);
          } else if (m.type === 7) {
            ws.close();
          }
        }
      });
    });
  });
  return listen(server);
}

// Pusher's protocol 7 under /app/KEY: connection established, subscriptions succeeded, one event
// for each subscription, pings answered.
async function pusher() {
  const server = http.createServer();
  const wss = new WebSocketServer({ server });
  wss.on('connection', (ws, req) => {
    if (!req.url.startsWith('/app/key?protocol=7')) {
      ws.close(4001, 'unknown app');
      return;
    }
    ws.send(JSON.stringify({ event: 'pusher:connection_established',
      data: JSON.stringify({ socket_id: '1.1', activity_timeout: 120 }) }));
    ws.on('message', (data) => {
      const m = JSON.parse(data.toString('utf8'));
      if (m.event === 'pusher:subscribe') {
        ws.send(JSON.stringify({ event: 'pusher_internal:subscription_succeeded', channel: m.data.channel, data: '{}' }));
        ws.send(JSON.stringify({ event: 'greeting', channel: m.data.channel, data: JSON.stringify({ text: 'h\u00e9llo' }) }));
      } else if (m.event === 'pusher:ping') {
        ws.send(JSON.stringify({ event: 'pusher:pong', data: {} }));
      }
    });
  });
  return listen(server);
}

// A plain echo server, for the test harnesses' pages.
async function echo() {
  const server = http.createServer();
  const wss = new WebSocketServer({ server });
  wss.on('connection', (ws) => ws.on('message', (data, isBinary) => ws.send(data, { binary: isBinary })));
  return listen(server);
}

(async () => {
  const ports = { socketio: await socketio(), graphql: await graphql(), stomp: await stomp(), mqtt: await mqtt(),
    reconnect: await reconnect(), sockjs: await sockjsEcho(), phoenix: await phoenix(),
    actioncable: await actioncable(), signalr: await signalr(), pusher: await pusher(),
    echo: await echo() };
  process.stdout.write(JSON.stringify(ports) + '\n');
  process.stdin.on('end', () => process.exit(0));
  process.stdin.resume();
})();
