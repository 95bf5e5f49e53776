// worker-entry-points.js: the last file of a worker realm's shim (worker-manifest.txt); it returns
// the entry points the worker's event loop calls from the closure.

return {
  dispatch: dispatchSocketEvent,
  dispatchStep: socketDispatchStep,
  /** Ends a socket event's dispatch whose last listener has run (io.w3socket.engine.LoopRealm). */
  endDispatch: endSocketDispatch,
  fireTimer: fireTimer,
  /** A task queued with timers.js queueTask. */
  runTask: runTask,
  /** A task queued with timers.js queueDatabaseTask (IndexedDB's). */
  runDatabaseTask: runDatabaseTask,
  /** The next listener of the running task's events (timers.js). */
  taskStep: taskStep,
  /** After a microtask checkpoint: the cleanups the shim asked for (timers.js afterCheckpoint). */
  checkpointCleanup: runCheckpointCleanups,
  /** An animation frame (io.w3socket.engine.AnimationFrames): its first callback, then the next. */
  frameStart: lazyEntry('frames', 'frameStart'),
  frameStep: lazyEntry('frames', 'frameStep'),
  /** A fetch or XMLHttpRequest result is ready (io.w3socket.engine.HttpRequests). */
  httpSettled: lazyEntry('network', 'httpSettled'),
  /** Runs the next listener of the XMLHttpRequest events of that result; false when done. */
  httpStep: lazyEntry('network', 'httpStep'),
  /** A chunk (or the end, or a failure) of a fetch() response body (io.w3socket.engine.StreamedBodies). */
  httpChunk: lazyEntry('network', 'httpChunk'),
  /** Throws a host function's exception into the script calling it (see dom-exception.js). */
  throwError: throwHostError,
  /** An uncaught exception of a classic script, with the host's "file:line: Name: message". */
  reportUncaught: function (e, described) {
    reportException(e, described);
  },
  /** A script's parse error, with the host's "[file:line: ]Type: message" (report.js). */
  reportParseError: reportParseError,
  drainMicrotasks: drainMicrotasks,
  worker: workerScopeEvent,
  /** A MessagePort's next message (io.w3socket.engine.PortFunctions). */
  portMessage: portMessage,
  /** A BroadcastChannel's message (io.w3socket.engine.ChannelFunctions). */
  broadcastMessage: lazyEntry('broadcast', 'broadcastMessage'),
  /** A step of an EventSource (io.w3socket.engine.EventSources). */
  eventSourceEvent: lazyEntry('network', 'eventSourceEvent'),
  /** A WebSocketStream's socket has room for the waiting write (io.w3socket.engine.SocketFunctions). */
  socketDrained: lazyEntry('websocketstream', 'socketDrained'),
  /** A crypto.subtle job is done (io.w3socket.engine.SubtleCryptoFunctions). */
  cryptoDone: lazyEntry('subtle', 'cryptoDone')
};
