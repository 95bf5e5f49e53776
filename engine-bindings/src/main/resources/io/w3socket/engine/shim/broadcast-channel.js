// broadcast-channel.js: BroadcastChannel (https://html.spec.whatwg.org/#broadcasting-to-other-browsing-contexts).
// The page and its workers are one origin: a message goes to every other open channel of the same
// name in any of them (io.w3socket.engine.BroadcastChannels), as a task of the receiver's realm.

/** This realm's open BroadcastChannel objects by the host's id. */
var broadcastChannels = {};

function BroadcastChannel(name) {
  requireNew(this, BroadcastChannel, 'BroadcastChannel');
  requireArgs(arguments, 1, "construct 'BroadcastChannel'");
  var s = initTarget(this, ['EventTarget', 'BroadcastChannel']);
  s.name = toDOMString(name);
  s.closed = false;
  s.id = host.broadcastOpen(s.name);
  broadcastChannels[s.id] = this;
}
inherit(BroadcastChannel, EventTarget);
defineAccessor(BroadcastChannel.prototype, 'name', function () {
  return slotOf(this, 'BroadcastChannel').name;
});
defineEventHandler(BroadcastChannel.prototype, 'BroadcastChannel', 'message');
defineEventHandler(BroadcastChannel.prototype, 'BroadcastChannel', 'messageerror');
defineMethods(BroadcastChannel.prototype, {
  /** #dom-broadcastchannel-postmessage: serialized here (its exceptions are the caller's). */
  postMessage: function (message) {
    var context = "'postMessage' on 'BroadcastChannel'";
    var s = slotOf(this, 'BroadcastChannel');
    requireArgs(arguments, 1, 'execute ' + context);
    if (s.closed) {
      throw new DOMException('Failed to execute ' + context + ': Channel is closed', 'InvalidStateError');
    }
    host.broadcastPost(s.id, toHostRecord(serializeWithTransfer(message, [], context)));
  },
  /** #dom-broadcastchannel-close: nothing more is delivered to it, queued messages included. */
  close: function () {
    var s = slotOf(this, 'BroadcastChannel');
    if (!s.closed) {
      s.closed = true;
      delete broadcastChannels[s.id];
      host.broadcastClose(s.id);
    }
  }
});
setTag(BroadcastChannel.prototype, 'BroadcastChannel');

/**
 * A task of the host's: a message for channel {@code id} (host.broadcastMessageData()), a
 * MessageEvent with this origin, or messageerror when this realm cannot deserialize it.
 */
function broadcastMessage(id) {
  var record = host.broadcastMessageData();
  var channel = broadcastChannels[id];
  if (!channel) {
    return;
  }
  var event;
  try {
    event = new MessageEvent('message', {data: deserializeRecord(record, fromHostBytes).data, origin: location.origin});
  } catch (e) {
    event = new MessageEvent('messageerror', {data: null, origin: location.origin});
  }
  dispatch(channel, trustedEvent(event));
}

exposed.BroadcastChannel = BroadcastChannel;
