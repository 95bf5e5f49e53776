package io.w3socket.tck;

/** Runs the whole TCK against {@link io.w3socket.WebSocket}; it must pass. */
class W3socketTck extends WebSocketTck {
  private static final WebSocketAdapter ADAPTER = new W3socketAdapter();

  @Override
  protected WebSocketAdapter adapter() {
    return ADAPTER;
  }
}
