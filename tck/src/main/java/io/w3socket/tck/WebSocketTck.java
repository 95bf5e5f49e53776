package io.w3socket.tck;

import org.junit.jupiter.api.Nested;

/**
 * The whole TCK: extend it, return your adapter from {@link #adapter()}, and JUnit runs every area
 * as a {@link Nested} class.
 *
 * <pre>
 * class MyWebSocketTck extends WebSocketTck {
 *   &#64;Override
 *   protected WebSocketAdapter adapter() {
 *     return new MyAdapter();
 *   }
 * }
 * </pre>
 *
 * <p>To run a single area instead, extend its verification class (for example {@link
 * SendVerification}) the same way.
 */
public abstract class WebSocketTck {

  /**
   * Returns the adapter of the implementation under test; called for every case.
   *
   * @return the adapter
   */
  protected abstract WebSocketAdapter adapter();

  /** WebSockets #dom-websocket-websocket: the constructor and {@code url}. */
  @Nested
  class ConstructorAndUrl extends ConstructorVerification {
    @Override
    protected WebSocketAdapter adapter() {
      return WebSocketTck.this.adapter();
    }
  }

  /** WebSockets #concept-websocket-establish and RFC 6455 §4.1: subprotocols and extensions. */
  @Nested
  class Protocols extends ProtocolVerification {
    @Override
    protected WebSocketAdapter adapter() {
      return WebSocketTck.this.adapter();
    }
  }

  /** WebSockets #interface-definition: the attributes. */
  @Nested
  class Attributes extends AttributesVerification {
    @Override
    protected WebSocketAdapter adapter() {
      return WebSocketTck.this.adapter();
    }
  }

  /** WebSockets #dom-websocket-send: {@code send()}. */
  @Nested
  class Send extends SendVerification {
    @Override
    protected WebSocketAdapter adapter() {
      return WebSocketTck.this.adapter();
    }
  }

  /** WebSockets #dom-websocket-bufferedamount: {@code bufferedAmount}. */
  @Nested
  class BufferedAmount extends BufferedAmountVerification {
    @Override
    protected WebSocketAdapter adapter() {
      return WebSocketTck.this.adapter();
    }
  }

  /** WebSockets #dom-websocket-close: {@code close()}. */
  @Nested
  class Close extends CloseVerification {
    @Override
    protected WebSocketAdapter adapter() {
      return WebSocketTck.this.adapter();
    }
  }

  /** RFC 6455 §7 and WebSockets #closeWebSocket: the closing handshake. */
  @Nested
  class ClosingHandshake extends ClosingHandshakeVerification {
    @Override
    protected WebSocketAdapter adapter() {
      return WebSocketTck.this.adapter();
    }
  }

  /** RFC 6455 §7.1.7: failing the connection. */
  @Nested
  class Failure extends FailureVerification {
    @Override
    protected WebSocketAdapter adapter() {
      return WebSocketTck.this.adapter();
    }
  }

  /** WebSockets #feedback-from-the-protocol: events and their order. */
  @Nested
  class Events extends EventsVerification {
    @Override
    protected WebSocketAdapter adapter() {
      return WebSocketTck.this.adapter();
    }
  }

  /** WebSockets #dom-websocket-binarytype: {@code binaryType}. */
  @Nested
  class BinaryType extends BinaryTypeVerification {
    @Override
    protected WebSocketAdapter adapter() {
      return WebSocketTck.this.adapter();
    }
  }

  /** HTML #event-handler-attributes and DOM #interface-eventtarget: handlers and listeners. */
  @Nested
  class Handlers extends HandlersVerification {
    @Override
    protected WebSocketAdapter adapter() {
      return WebSocketTck.this.adapter();
    }
  }
}
