/**
 * The browser's {@code WebSocket} inside GraalJS and Nashorn: {@link
 * io.w3socket.engine.BrowserContext} runs an HTML page or a script with a browser-like event loop
 * (HTML #event-loops), the WHATWG WebSocket interface (WebSockets #the-websocket-interface) defined
 * in JavaScript over {@link io.w3socket.WebSocket}, timers, {@code console}, {@code alert} and a
 * small {@code document}. Scripts reach nothing of the host unless the embedder opts in.
 */
package io.w3socket.engine;
