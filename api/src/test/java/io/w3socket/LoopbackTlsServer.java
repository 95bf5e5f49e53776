package io.w3socket;

import io.w3socket.testserver.TestServer;
import okhttp3.OkHttpClient;

/**
 * One conformance server behind TLS on 127.0.0.1 for every test class of this JVM (daemon threads),
 * with a certificate for 127.0.0.1 that {@link #CA}, made at run time, signed.
 */
final class LoopbackTlsServer {
  static final PrivateCa CA = new PrivateCa("w3socket test CA");
  static final TestServer SERVER = TestServer.startTls(CA.serverTls("127.0.0.1"));

  /** A client that trusts {@link #CA} and no other. */
  static final OkHttpClient TRUSTING_CLIENT = CA.trustingClient();

  private LoopbackTlsServer() {}
}
