/** The w3socket conformance WebSocket server. */
package io.w3socket.testserver;
