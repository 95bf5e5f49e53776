/**
 * The JS half of the w3socket TCK: the suite (JavaScript resources under {@code
 * io/w3socket/tck/js/}), the hosts that run it (headless Chromium, Node with undici, HtmlUnit, and
 * w3socket on GraalJS and Nashorn), and the side-by-side report written by {@link
 * io.w3socket.tck.hosts.TckCommand}.
 */
package io.w3socket.tck.hosts;
