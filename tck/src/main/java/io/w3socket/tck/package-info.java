/**
 * The w3socket TCK: a JUnit 5 conformance kit for implementations of the WHATWG WebSocket API on
 * the JVM. An implementor writes one {@link io.w3socket.tck.WebSocketAdapter} and one subclass of
 * {@link io.w3socket.tck.WebSocketTck}; see the module's README.
 */
package io.w3socket.tck;
