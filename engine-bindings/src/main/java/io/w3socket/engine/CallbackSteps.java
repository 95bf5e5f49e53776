package io.w3socket.engine;

import io.w3socket.engine.spi.Realm;

/**
 * How the user agent runs a series of callbacks in one task (a socket's or an XMLHttpRequest's
 * event listeners, those of the document's load events and of the user's click, a frame's animation
 * frame callbacks): one call into the shim per callback, each answering whether it ran one, and the
 * microtask checkpoint after each (HTML "clean up after running script": the stack is empty after
 * every callback the user agent invokes), so that a microtask runs before the next callback, as in
 * a browser. Used on the loop thread.
 */
final class CallbackSteps {
  private CallbackSteps() {}

  /**
   * Runs the rest of a series whose first call answered {@code ran}: after each callback that ran,
   * the checkpoint, then entry point {@code step} for the next, until it answers false. (A socket
   * event's calls answer false already after its last listener, whose checkpoint is then the
   * caller's: {@link SocketFunctions}.)
   */
  static void runRest(Realm realm, boolean ran, String step) {
    while (ran) {
      realm.afterTask();
      ran = realm.callEntryForBoolean(step);
    }
  }
}
