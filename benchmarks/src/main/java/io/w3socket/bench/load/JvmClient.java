package io.w3socket.bench.load;

import io.w3socket.CloseEvent;
import io.w3socket.MessageEvent;
import io.w3socket.WebSocket;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import okhttp3.Dispatcher;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.WebSocketListener;
import okio.ByteString;

/**
 * The load driver's client for Java APIs: {@code JvmClient w3socket|okhttp SETTINGS_JSON}. Runs the
 * scenarios of {@code client.js}, step for step, through {@code io.w3socket.WebSocket} or OkHttp's
 * own {@code WebSocket}, and prints the same {@code @@measure} and {@code @@result} lines.
 */
public final class JvmClient {
  private static final String SMALL = "0123456789abcdef";

  /** One socket under test. Callbacks may come from any thread (OkHttp: one per socket). */
  interface Sock {
    void send(String text);

    void send(byte[] data);

    void close();
  }

  interface Handler {
    void onOpen();

    /** A message: its length in chars (text) or bytes (binary), and the text if it was one. */
    void onMessage(int size, String text);

    void onClose(boolean clean, int code);
  }

  private final String impl;
  private final Settings settings;
  private final OkHttpClient okhttp;

  // Guarded by this.
  private final List<String> errors = new ArrayList<>();
  private final StringBuilder result = new StringBuilder();

  private JvmClient(String impl, Settings settings) {
    this.impl = impl;
    this.settings = settings;
    Dispatcher d = new Dispatcher();
    d.setMaxRequests(Integer.MAX_VALUE);
    d.setMaxRequestsPerHost(Integer.MAX_VALUE);
    this.okhttp = new OkHttpClient.Builder().dispatcher(d).build();
  }

  public static void main(String[] args) throws Exception {
    JvmClient c = new JvmClient(args[0], Settings.parse(args[1]));
    c.sockets();
    c.echoes("pingPong", c.settings.pingPong, 1, false);
    c.echoes("pipelined16", c.settings.pipelined, 1000, false);
    c.echoes("pipelined64k", c.settings.large, 16, true);
    synchronized (c) {
      System.out.println(
          "@@result {" + c.result + "\"errors\":" + Settings.jsonStrings(c.errors) + "}");
    }
    System.exit(0);
  }

  private synchronized void error(String what) {
    if (errors.size() < 10) {
      errors.add(what);
    }
  }

  private synchronized void put(String name, Object json) {
    result.append('"').append(name).append("\":").append(json).append(',');
  }

  Sock open(Handler h) {
    return impl.equals("okhttp") ? openOkHttp(h) : openW3socket(h);
  }

  private Sock openW3socket(Handler h) {
    WebSocket ws = new WebSocket(settings.url);
    ws.setBinaryType("arraybuffer");
    ws.setOnopen(e -> h.onOpen());
    ws.setOnmessage(
        e -> {
          Object d = ((MessageEvent) e).getData();
          if (d instanceof String) {
            h.onMessage(((String) d).length(), (String) d);
          } else {
            h.onMessage(((ByteBuffer) d).remaining(), null);
          }
        });
    ws.setOnclose(e -> h.onClose(((CloseEvent) e).isWasClean(), ((CloseEvent) e).getCode()));
    return new Sock() {
      @Override
      public void send(String text) {
        ws.send(text);
      }

      @Override
      public void send(byte[] data) {
        ws.send(data);
      }

      @Override
      public void close() {
        ws.close(1000);
      }
    };
  }

  private Sock openOkHttp(Handler h) {
    okhttp3.WebSocket ws =
        okhttp.newWebSocket(
            new Request.Builder().url(settings.url).build(),
            new WebSocketListener() {
              @Override
              public void onOpen(okhttp3.WebSocket webSocket, Response response) {
                h.onOpen();
              }

              @Override
              public void onMessage(okhttp3.WebSocket webSocket, String text) {
                h.onMessage(text.length(), text);
              }

              @Override
              public void onMessage(okhttp3.WebSocket webSocket, ByteString bytes) {
                h.onMessage(bytes.size(), null);
              }

              @Override
              public void onClosing(okhttp3.WebSocket webSocket, int code, String reason) {
                webSocket.close(code, null); // OkHttp leaves answering the Close frame to us
              }

              @Override
              public void onClosed(okhttp3.WebSocket webSocket, int code, String reason) {
                h.onClose(true, code);
              }

              @Override
              public void onFailure(okhttp3.WebSocket webSocket, Throwable t, Response response) {
                h.onClose(false, 1006);
              }
            });
    return new Sock() {
      @Override
      public void send(String text) {
        ws.send(text);
      }

      @Override
      public void send(byte[] data) {
        ws.send(ByteString.of(data));
      }

      @Override
      public void close() {
        ws.close(1000, null);
      }
    };
  }

  /** N sockets opened at once, one echo each; measured with all open; then all closed. */
  private void sockets() throws Exception {
    int n = settings.sockets;
    CompletableFuture<Void> done = new CompletableFuture<>();
    Measure.print("before");
    long t0 = System.nanoTime();
    List<Sock> all = new ArrayList<>(n);
    Object lock = new Object();
    int[] c = new int[5]; // opened, echoed, lostEarly, closed, clean; guarded by lock
    CompletableFuture<Void> echoedAll = new CompletableFuture<>();
    for (int i = 0; i < n; i++) {
      int id = i;
      Sock[] self = new Sock[1];
      boolean[] echo = new boolean[1]; // guarded by lock
      Handler h =
          new Handler() {
            @Override
            public void onOpen() {
              synchronized (lock) {
                if (++c[0] == n) {
                  put("openMs", (System.nanoTime() - t0) / 1_000_000);
                }
              }
              self[0].send(SMALL);
            }

            @Override
            public void onMessage(int size, String text) {
              if (!SMALL.equals(text)) {
                error("socket " + id + ": echo differs");
              }
              synchronized (lock) {
                echo[0] = true;
                c[1]++;
                if (c[1] + c[2] == n) {
                  echoedAll.complete(null);
                }
              }
            }

            @Override
            public void onClose(boolean clean, int code) {
              synchronized (lock) {
                c[3]++;
                if (clean) {
                  c[4]++;
                }
                if (!echo[0]) {
                  c[2]++;
                  error("socket " + id + ": closed before its echo (" + code + ")");
                  if (c[1] + c[2] == n) {
                    echoedAll.complete(null);
                  }
                }
                if (c[3] == n) {
                  done.complete(null);
                }
              }
            }
          };
      synchronized (lock) {
        self[0] = open(h);
        all.add(self[0]);
      }
    }
    echoedAll.get(10, TimeUnit.MINUTES);
    synchronized (lock) {
      put("socketsEchoed", c[1]);
    }
    Measure.print("open");
    for (Sock s : all) {
      s.close();
    }
    done.get(10, TimeUnit.MINUTES);
    synchronized (lock) {
      put("socketsOpened", c[0]);
      put("socketsClosedClean", c[4]);
    }
  }

  /** Messages echoed on one socket with at most {@code window} in flight, after a warm-up. */
  private void echoes(String name, int count, int window, boolean binary) throws Exception {
    byte[] large = new byte[settings.largeSize];
    for (int i = 0; i < large.length; i++) {
      large[i] = (byte) i;
    }
    int want = binary ? large.length : SMALL.length();
    int warm = Math.max(1, count / 10);
    int total = warm + count;
    CompletableFuture<Void> done = new CompletableFuture<>();
    Object lock = new Object();
    long[] s = new long[3]; // sent, received, t0; guarded by lock
    Sock[] self = new Sock[1];
    Runnable pump =
        () -> {
          while (true) {
            synchronized (lock) {
              if (s[0] >= total || s[0] - s[1] >= window) {
                return;
              }
              s[0]++;
            }
            if (binary) {
              self[0].send(large);
            } else {
              self[0].send(SMALL);
            }
          }
        };
    Handler h =
        new Handler() {
          @Override
          public void onOpen() {
            pump.run();
          }

          @Override
          public void onMessage(int size, String text) {
            if (size != want) {
              error(name + ": echo of " + size + " bytes, sent " + want);
            }
            synchronized (lock) {
              s[1]++;
              if (s[1] == warm) {
                s[2] = System.nanoTime();
              }
              if (s[1] == total) {
                long ms = Math.max(1, (System.nanoTime() - s[2]) / 1_000_000);
                put(name, Math.round(count * 1000.0 / ms)); // messages (round trips) a second
                self[0].close();
                return;
              }
            }
            pump.run();
          }

          @Override
          public void onClose(boolean clean, int code) {
            synchronized (lock) {
              if (s[1] != total) {
                error(name + ": closed (" + code + ") after " + s[1] + " of " + total + " echoes");
              }
            }
            done.complete(null);
          }
        };
    synchronized (lock) {
      self[0] = open(h);
    }
    done.get(10, TimeUnit.MINUTES);
  }
}
