// Manual check (not part of the build): opens check.html in headless Chromium against a running
// `serve` and prints what the browser's WebSocket observed for each endpoint.
// Usage: chromium --headless --no-sandbox --remote-debugging-port=9222 "file://$PWD/check.html?port=9998" &
//        node --experimental-websocket run.mjs
const deadline = Date.now() + 120000;
let page;
while (!page && Date.now() < deadline) {
  try {
    const list = await (await fetch('http://127.0.0.1:9222/json')).json();
    page = list.find(t => t.type === 'page' && t.url.includes('check.html'));
  } catch (e) { /* not up yet */ }
  if (!page) await new Promise(r => setTimeout(r, 200));
}
const cdp = new WebSocket(page.webSocketDebuggerUrl);
await new Promise(r => cdp.onopen = r);
let id = 0;
const call = (method, params) => new Promise(resolve => {
  const my = ++id;
  const onmsg = e => { const m = JSON.parse(e.data); if (m.id === my) { cdp.removeEventListener('message', onmsg); resolve(m.result); } };
  cdp.addEventListener('message', onmsg);
  cdp.send(JSON.stringify({id: my, method, params}));
});
while (Date.now() < deadline) {
  const r = await call('Runtime.evaluate', {expression: "document.getElementById('out').textContent"});
  const text = r.result.value;
  if (text.endsWith('DONE')) { console.log(text); break; }
  await new Promise(r => setTimeout(r, 500));
}
cdp.close();
