package io.w3socket.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every page in examples/ in both engines, clicked as a user does, against a test server on a free
 * port (so the tests never collide with a server on 9998) that is stopped once the page is idle, as
 * the command line's embedded server: the exact output.
 */
class ExamplePagesTest {
  static Path examples() {
    Path p = Path.of("..", "examples");
    if (!Files.isDirectory(p)) {
      p = Path.of("examples");
    }
    return p;
  }

  private static Runs.Outcome click(JsEngine engine, String page, String label) {
    return Runs.run(
        engine,
        b -> b.network(LocalServerPolicy.forExamples()),
        c -> c.runPage(examples().resolve(page), label));
  }

  @ParameterizedTest
  @EnumSource(JsEngine.class)
  void tutorialAlertsInOrder(JsEngine engine) {
    Runs.Outcome o = click(engine, "tutorial.html", "Run WebSocket");
    assertEquals(
        List.of(
            "WebSocket is supported by your Browser!",
            "Message is sent...",
            "Message is received...",
            "Connection is closed..."),
        o.out(),
        o::toString);
    assertEquals(0, o.result().exitCode(), o::toString);
  }

  @ParameterizedTest
  @EnumSource(JsEngine.class)
  void nonAsciiTutorialAlertsInOrder(JsEngine engine) {
    Runs.Outcome o = click(engine, "tutorial-i18n.html", "運行 WebSocket");
    assertEquals(
        List.of(
            "您的瀏覽器支持 WebSocket! Ваш браузер поддерживает WebSocket!",
            "數據發送中... Сообщение отправлено...",
            "數據已接收: 發送數據 — отправка данных 🚀",
            "連接已關閉... Соединение закрыто..."),
        o.out(),
        o::toString);
    assertEquals(0, o.result().exitCode(), o::toString);
  }

  @ParameterizedTest
  @EnumSource(JsEngine.class)
  void buttonWritesEachStepIntoTheDiv(JsEngine engine) {
    Runs.Outcome o = click(engine, "echo-div.html", "Run WebSocket");
    assertEquals(
        List.of(
            "Your browser supports WebSocket!",
            "Sending data...",
            "Received: Hello, echo",
            "Connection closed (code 1000, clean true)..."),
        o.out(),
        o::toString);
    assertEquals(0, o.result().exitCode(), o::toString);
  }

  /** The tutorial's steps with WebSocketStream (examples/websocket-stream.html). */
  @ParameterizedTest
  @EnumSource(JsEngine.class)
  void webSocketStreamTutorialAlertsInOrder(JsEngine engine) {
    Runs.Outcome o = click(engine, "websocket-stream.html", "Run WebSocketStream");
    assertEquals(
        List.of(
            "WebSocketStream is supported by your Browser!",
            "Message is sent...",
            "Message is received: Message to send",
            "Connection is closed (code 1000)..."),
        o.out(),
        o::toString);
    assertEquals(0, o.result().exitCode(), o::toString);
  }

  /**
   * examples/modules.html: an import map and a module client (GraalJS; Nashorn has no modules, so
   * the button has no listener there and the page prints nothing).
   */
  @ParameterizedTest
  @EnumSource(JsEngine.class)
  void modulesExampleEchoesThroughItsClient(JsEngine engine) {
    Runs.Outcome o = click(engine, "modules.html", "Run modules");
    assertEquals(
        engine == JsEngine.GRAALJS
            ? List.of(
                "Connected to localhost:9998",
                "Echoed: first",
                "Echoed: second",
                "Closed: 1000 true")
            : List.of(),
        o.out(),
        o::toString);
    assertEquals(0, o.result().exitCode(), o::toString);
  }
}
