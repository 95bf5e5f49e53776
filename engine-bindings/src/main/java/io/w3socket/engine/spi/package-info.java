/**
 * The engine SPI: what an engine artifact implements ({@link io.w3socket.engine.spi.RealmProvider}
 * and {@link io.w3socket.engine.spi.Realm}) so that the engine-neutral core ({@code
 * w3socket-engine-bindings}: the shim, the bridge, the event loop, the page runner) can run pages
 * in it. Applications do not use it; they add an engine artifact and pick it with {@link
 * io.w3socket.engine.BrowserContext.Builder#engine}.
 */
package io.w3socket.engine.spi;
