/**
 * w3socket's GraalJS and Nashorn as hosts of the JS TCK: implementations of the TCK's {@link
 * io.w3socket.tck.hosts.PageRuntime} over the engine-bindings page runner, registered for {@link
 * java.util.ServiceLoader}.
 */
package io.w3socket.tck.engines;
