// message-channel.js: MessageChannel and MessagePort (https://html.spec.whatwg.org/#message-channels).
// A port's message queue lives in the host (io.w3socket.engine.MessagePorts), shared by the page
// and its workers, so that a port transferred in a message (structured-clone.js) keeps what was
// posted to it and can be used from the realm it went to; each message is a task of the loop of
// the realm the port lives in.

/** This realm's MessagePort objects by the host's port id: a port lives until it is closed. */
var portObjects = {};

function isPort(v) {
  return isObject(v) && v[SLOT] !== undefined && v[SLOT].kinds.indexOf('MessagePort') >= 0;
}

function MessagePort() {
  throw new TypeError("Failed to construct 'MessagePort': Illegal constructor");
}
inherit(MessagePort, EventTarget);

/** A new MessagePort object of this realm for the host's port {@code id}. */
function newPort(id) {
  var p = Object.create(MessagePort.prototype);
  var s = initTarget(p, ['EventTarget', 'MessagePort']);
  s.id = id;
  // [[Detached]]: closed, or transferred to another object (#transfer-steps of MessagePort).
  s.detached = false;
  portObjects[id] = p;
  return p;
}

/** The transfer steps' receiving side: port {@code id}, in transit, now lives in this realm. */
function adoptPort(id) {
  host.portAdopt(id);
  return newPort(id);
}

/** The transfer steps' sending side: the port object is detached; the port goes with the message. */
function shipPort(port) {
  var s = port[SLOT];
  s.detached = true;
  delete portObjects[s.id];
  host.portShip(s.id);
  return s.id;
}

/** #dom-messageport-start: the port message queue is enabled; queued messages become tasks. */
function startPort(port) {
  var s = port[SLOT];
  if (!s.detached) {
    host.portStart(s.id);
  }
}

function MessageChannel() {
  requireNew(this, MessageChannel, 'MessageChannel');
  // #dom-messagechannel: two new ports of this realm, entangled.
  var ids = host.portPair();
  setSlot(this, {kinds: ['MessageChannel'], port1: newPort(ids[0]), port2: newPort(ids[1])});
}
defineAccessor(MessageChannel.prototype, 'port1', function () {
  return slotOf(this, 'MessageChannel').port1;
});
defineAccessor(MessageChannel.prototype, 'port2', function () {
  return slotOf(this, 'MessageChannel').port2;
});
setTag(MessageChannel.prototype, 'MessageChannel');

defineMethods(MessagePort.prototype, {
  /**
   * #dom-messageport-postmessage (#message-port-post-message-steps): the message is serialized
   * here, its exceptions thrown here; the host drops it when the port is not entangled or the
   * message transfers the port it would go to.
   */
  postMessage: function (message) {
    var s = slotOf(this, 'MessagePort');
    var record = serializeMessage(arguments, "'postMessage' on 'MessagePort'", this);
    if (!s.detached) {
      host.portPost(s.id, record);
    }
  },
  start: function () {
    slotOf(this, 'MessagePort');
    startPort(this);
  },
  /** #dom-messageport-close: detached and disentangled; nothing queued for it is delivered. */
  close: function () {
    var s = slotOf(this, 'MessagePort');
    if (!s.detached) {
      s.detached = true;
      delete portObjects[s.id];
      host.portClose(s.id);
    }
  }
});
defineEventHandler(MessagePort.prototype, 'MessagePort', 'message');
defineEventHandler(MessagePort.prototype, 'MessagePort', 'messageerror');
(function () {
  // #message-ports: "The first time a MessagePort object's onmessage IDL attribute is set, the
  // port's port message queue must be enabled, as if the start() method had been called."
  var d = Object.getOwnPropertyDescriptor(MessagePort.prototype, 'onmessage');
  defineAccessor(MessagePort.prototype, 'onmessage', d.get, function (value) {
    d.set.call(this, value);
    startPort(this);
  });
})();
setTag(MessagePort.prototype, 'MessagePort');

/** A task of the host's: port {@code id}'s next message (host.portMessageData()). */
function portMessage(id) {
  var record = host.portMessageData();
  var port = portObjects[id];
  if (port) {
    dispatch(port, receivedMessageEvent(record));
  }
}

exposed.MessageChannel = MessageChannel;
exposed.MessagePort = MessagePort;
