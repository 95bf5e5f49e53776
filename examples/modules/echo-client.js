// echo-client.js: a small promise-based client over the browser's WebSocket, as an ES module
// (examples/modules.html imports it by the name its import map gives it).

/** Opens a socket; resolves with a client once it is open, rejects if it cannot connect. */
export function openEcho(url) {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(url);
    const replies = [];
    const closed = new Promise((done) => {
      ws.addEventListener('close', (e) => done({ code: e.code, wasClean: e.wasClean }));
    });
    ws.addEventListener('message', (e) => replies.shift()(e.data));
    ws.addEventListener('error', () => reject(new Error(`cannot connect to ${url}`)));
    ws.addEventListener('open', () => resolve({
      url: ws.url,
      /** Sends text; resolves with the reply that comes back for it. */
      roundTrip(text) {
        return new Promise((reply) => {
          replies.push(reply);
          ws.send(text);
        });
      },
      close() {
        ws.close(1000, 'done');
      },
      closed,
    }));
  });
}
