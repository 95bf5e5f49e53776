package io.w3socket.example;

import io.w3socket.CloseEvent;
import io.w3socket.MessageEvent;
import io.w3socket.WebSocket;
import java.nio.ByteBuffer;
import java.util.concurrent.CompletableFuture;

/** The README's example: a text, a 2 MiB binary message and a 64 MiB burst, then close. */
public final class EchoExample {
  public static CloseEvent run(String url, StringBuilder log) {
    CompletableFuture<CloseEvent> closed = new CompletableFuture<>();
    WebSocket ws = new WebSocket(url);
    ws.setBinaryType("arraybuffer");
    ws.setOnopen(
        e -> {
          ws.send("Hello");
          ws.send(new byte[2 * 1024 * 1024]);
          for (int i = 0; i < 64; i++) ws.send(new byte[1024 * 1024]);
          log.append("open, buffered ").append(ws.getBufferedAmount()).append('\n');
        });
    ws.setOnmessage(
        e -> {
          Object data = ((MessageEvent) e).getData();
          log.append("message ")
              .append(data instanceof ByteBuffer b ? b.remaining() + " bytes" : data)
              .append('\n');
          if (data instanceof ByteBuffer b && b.remaining() == 1024 * 1024) ws.close(1000, "done");
        });
    ws.setOnclose(e -> closed.complete((CloseEvent) e));
    return closed.join();
  }
}
