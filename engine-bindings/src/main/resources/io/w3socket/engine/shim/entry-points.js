// entry-points.js: the last file; it returns the entry points Java calls from the closure: the
// event loop's, and throwError, through which a realm throws a host function's exception into the
// calling script (the object never becomes reachable from page scripts).

return {
  dispatch: dispatchSocketEvent,
  dispatchStep: socketDispatchStep,
  /** Ends a socket event's dispatch whose last listener has run (io.w3socket.engine.LoopRealm). */
  endDispatch: endSocketDispatch,
  /**
   * The end of parsing (dom-document.js): the readiness interactive, then (after the deferred
   * scripts) DOMContentLoaded and load; each answers for its first listener, then loadStep.
   */
  fireInteractive: fireInteractive,
  fireLoad: fireLoad,
  loadStep: loadStep,
  /** The body element's window-reflecting handler content attributes (dom-node.js). */
  setBodyHandlers: setBodyHandlers,
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
  /** A task for a Worker object (worker.js): a message, an error, or a failed load. */
  worker: lazyEntry('messaging', 'workerEvent'),
  /** A MessagePort's next message (io.w3socket.engine.PortFunctions). */
  portMessage: lazyEntry('messaging', 'portMessage'),
  /** A BroadcastChannel's message (io.w3socket.engine.ChannelFunctions). */
  broadcastMessage: lazyEntry('messaging', 'broadcastMessage'),
  /** A message the page posted to its window (post-message.js). */
  selfMessage: lazyEntry('messaging', 'selfMessage'),
  /** A step of an EventSource (io.w3socket.engine.EventSources). */
  eventSourceEvent: lazyEntry('network', 'eventSourceEvent'),
  /** A WebSocketStream's socket has room for the waiting write (io.w3socket.engine.SocketFunctions). */
  socketDrained: lazyEntry('websocketstream', 'socketDrained'),
  /** A crypto.subtle job is done (io.w3socket.engine.SubtleCryptoFunctions). */
  cryptoDone: lazyEntry('subtle', 'cryptoDone'),
  /** An importmap script's text (io.w3socket.engine.PageScripts). */
  registerImportMap: lazyEntry('importmap', 'registerImportMap'),
  /** An importmap script with a src (io.w3socket.engine.PageScripts). */
  rejectExternalImportMap: lazyEntry('importmap', 'rejectExternalImportMap'),
  /**
   * Nodes the HTML parser inserted (io.w3socket.engine.UnparsedNodes), in tree order, as "h,h,...":
   * each a childList record at its parent, as the parser appends it (DOM #concept-node-insert).
   */
  parserInserted: function (handles) {
    if (customElementDefinitions > 0) {
      loadModule('customelements').runReactions(); // the parser's custom elements
    }
    queueSignaledSlots(); // a shadow host's children the parser added
    if (registeredObservers === 0) {
      return;
    }
    handles.split(',').forEach(function (h) {
      var node = nodeFor(Number(h));
      queueTreeRecord(node.parentNode, [node], [], node.previousSibling, null);
    });
  },
  /**
   * The toggle tasks of the details elements a task's parses, clones and insertions opened or
   * closed (io.w3socket.engine.DetailsElements; html-details-element.js), after the task.
   */
  detailsToggles: queueDetailsToggles,
  /**
   * After a task whose parses, clones, insertions or adoptions made or moved img or link elements
   * (io.w3socket.engine.ResourceElements; resource-hooks.js): their loads start.
   */
  resourcesMade: resourcesMade,
  /**
   * The page's parser ran its last step (io.w3socket.engine.ParserSteps): the link elements' load
   * and error events it held (html-link-element.js).
   */
  linksParsed: lazyEntry('links', 'linksParsed'),
  /**
   * After a task whose changes of the tree moved the selection's range
   * (io.w3socket.engine.LiveRanges): its selectionchange event (selection.js).
   */
  selectionMoved: lazyEntry('selection', 'selectionMoved'),
  /** A load or error event at a node (an inserted script element that loaded or failed). */
  fireNodeEvent: function (handle, type) {
    dispatch(nodeFor(handle), trustedEvent(new Event(type)));
  },
  /**
   * The user clicks an element (the page runner's --click): the pointer and mouse events of a
   * mouse click, the focus moving, then a trusted click (user-click.js); its onclick content
   * attribute is its handler (dom-node.js). One listener per call: userClick, then clickStep
   * until it answers false; then clickActivates answers whether the click was not canceled, so
   * that the element's activation behaviour runs.
   */
  userClick: function (handle) {
    return userClick(nodeFor(handle));
  },
  clickStep: clickStep,
  clickActivates: function () {
    return clickNotCanceled;
  }
};
