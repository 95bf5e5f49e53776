package io.w3socket.tck;

import org.junit.jupiter.api.Tag;

/**
 * The TCK against the naive JDK adapter. Tagged so that surefire does not run it directly: {@link
 * NaiveAdapterDeviationsTest} runs it and checks that it fails exactly its known rules.
 */
@Tag(NaiveAdapterDeviationsTest.TAG)
class JdkHttpClientTck extends WebSocketTck {
  private static final WebSocketAdapter ADAPTER = new JdkHttpClientAdapter();

  @Override
  protected WebSocketAdapter adapter() {
    return ADAPTER;
  }
}
