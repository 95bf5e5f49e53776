package io.w3socket.testserver;

/** One server on 127.0.0.1 for every test class of this JVM (daemon threads). */
final class LoopbackServer {
  static final TestServer SERVER = TestServer.start();

  private LoopbackServer() {}
}
