// event-source.js: EventSource (https://html.spec.whatwg.org/#the-eventsource-interface). The host
// (io.w3socket.engine.EventSources) fetches the stream through the page's network, interprets it
// (#event-stream-interpretation), reconnects, and queues each of these steps as a task here.

var eventSources = {};

function EventSource(url) {
  requireNew(this, EventSource, 'EventSource');
  requireArgs(arguments, 1, "construct 'EventSource'");
  var href = toUSVString(url);
  var dict = arguments[1];
  if (dict !== undefined && dict !== null && !isObject(dict)) {
    throw new TypeError("Failed to construct 'EventSource': The provided value is not of type 'EventSourceInit'.");
  }
  var withCredentials = isObject(dict) && toBoolean(dict.withCredentials);
  // #dom-eventsource steps 4-6: parse the URL against the base URL; failure → SyntaxError.
  var parts = parseUrl(href, documentBaseUrl());
  if (parts === null) {
    throw new DOMException("Failed to construct 'EventSource': Cannot open an EventSource to '" + href
        + "'. The URL is invalid.", 'SyntaxError');
  }
  var s = initTarget(this, ['EventTarget', 'EventSource']);
  s.url = parts.href;
  s.withCredentials = withCredentials;
  s.readyState = 0;
  // Steps 7-15: the request (a GET of text/event-stream, no cache) runs in the host.
  s.id = host.eventSourceOpen(parts.href, withCredentials);
  eventSources[s.id] = this;
}
inherit(EventSource, EventTarget);
defineConstants(EventSource, {CONNECTING: 0, OPEN: 1, CLOSED: 2});
defineSlotAccessors(EventSource.prototype, 'EventSource', ['url', 'withCredentials', 'readyState']);
['open', 'message', 'error'].forEach(function (type) {
  defineEventHandler(EventSource.prototype, 'EventSource', type);
});
defineMethods(EventSource.prototype, {
  /** #dom-eventsource-close: abort the fetch and any reconnection; CLOSED, with no event. */
  close: function () {
    var s = slotOf(this, 'EventSource');
    if (s.readyState !== 2) {
      s.readyState = 2;
      delete eventSources[s.id];
      host.eventSourceClose(s.id);
    }
  }
});
setTag(EventSource.prototype, 'EventSource');

/**
 * A task of the host's for EventSource {@code id}: 'open' (#announce-the-connection), 'message'
 * (#dispatchMessage: an event of {@code type}), 'reconnect' (#reestablish-the-connection's task:
 * CONNECTING, then error) or 'fail' (#fail-the-connection: CLOSED, then error).
 */
function eventSourceEvent(id, kind, type, data, lastEventId, origin) {
  var es = eventSources[id];
  if (!es) {
    return;
  }
  var s = es[SLOT];
  if (s.readyState === 2) {
    return;
  }
  if (kind === 'open') {
    s.readyState = 1;
    dispatch(es, trustedEvent(new Event('open')));
  } else if (kind === 'message') {
    dispatch(es, trustedEvent(new MessageEvent(type, {data: data, origin: origin, lastEventId: lastEventId})));
  } else if (kind === 'reconnect') {
    s.readyState = 0;
    dispatch(es, trustedEvent(new Event('error')));
  } else {
    s.readyState = 2;
    delete eventSources[id];
    dispatch(es, trustedEvent(new Event('error')));
  }
}

exposed.EventSource = EventSource;
