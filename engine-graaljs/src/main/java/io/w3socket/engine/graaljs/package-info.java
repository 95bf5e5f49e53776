/**
 * GraalJS for w3socket's browser API: the engine glue ({@link io.w3socket.engine.spi.Realm}) the
 * engine-neutral core ({@code w3socket-engine-bindings}) runs pages in.
 */
package io.w3socket.engine.graaljs;
