/** The {@code w3socket} command line: {@code run}, {@code serve} and {@code tck}. */
package io.w3socket.cli;
