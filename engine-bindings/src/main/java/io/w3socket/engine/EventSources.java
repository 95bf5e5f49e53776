package io.w3socket.engine;

import io.w3socket.engine.spi.Realm;
import io.w3socket.engine.spi.ScriptError;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import okhttp3.Call;
import okhttp3.Callback;
import okhttp3.HttpUrl;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * The network side of EventSource (shim/event-source.js; HTML #server-sent-events): each source's
 * request goes through the run's {@link Network} (so the policy applies); its response is read as
 * it arrives, on an OkHttp thread, and interpreted as an event stream (#event-stream-
 * interpretation); each step the page sees — open, an event, a reconnection, the end — is one task
 * on the realm's loop. A source that is not closed keeps the run alive, also while it waits to
 * reconnect. Host functions run on the loop thread.
 */
final class EventSources implements HostArea {
  /**
   * The reconnection time until the stream sets one (#concept-event-stream-reconnection-time: "a
   * user-agent-defined value, probably in the region of a few seconds"): Chromium's 3 s.
   */
  static final long DEFAULT_RECONNECTION_MS = 3_000;

  private final EventLoop loop;
  private final Network network;
  private final Consumer<String> errors;

  /** Sources not closed or failed, by id; added and removed on the loop thread. */
  private final Map<Integer, Source> live = new ConcurrentHashMap<>();

  /** Loop thread only. */
  private int nextId = 1;

  /** Set by {@link #attach}; loop thread. */
  private Realm realm;

  /** One EventSource's connection state. */
  private final class Source {
    final int id;
    final String url;

    /** The loop's timer id of its reconnection. */
    final int reconnectTimer = loop.hostTimerId();

    /** The call in progress; written on the loop thread, read by OkHttp's. */
    volatile Call call;

    /** Set by close() or the run's end, on the loop thread. */
    volatile boolean closed;

    /** Written while reading the stream (OkHttp's thread), read when reconnecting. */
    volatile long reconnectionMs = DEFAULT_RECONNECTION_MS;

    /** #concept-event-stream-last-event-id, sent as Last-Event-ID when reconnecting. */
    volatile String lastEventId = "";

    Source(int id, String url) {
      this.id = id;
      this.url = url;
    }
  }

  EventSources(EventLoop loop, Network network, Consumer<String> errors) {
    this.loop = loop;
    this.network = network;
    this.errors = errors;
  }

  @Override
  public void attach(Realm realm) {
    this.realm = realm;
  }

  @Override
  public void register(HostRegistry r) {
    r.add("eventSourceOpen", a -> open(a.string(0)));
    r.add(
        "eventSourceClose",
        a -> {
          close(a.integer(0));
          return null;
        });
  }

  /** True while a source is open, connecting or waiting to reconnect. */
  boolean hasLive() {
    return !live.isEmpty();
  }

  /** The number of sources not closed; any thread. */
  int liveCount() {
    return live.size();
  }

  /** The run's end: every source is closed without events. */
  void closeAll() {
    for (Integer id : new ArrayList<>(live.keySet())) {
      close(id);
    }
  }

  private int open(String url) {
    Source s = new Source(nextId++, url);
    live.put(s.id, s);
    connect(s);
    return s.id;
  }

  private void close(int id) {
    Source s = live.remove(id);
    if (s != null) {
      s.closed = true;
      loop.cancel(s.reconnectTimer);
      Call c = s.call;
      if (c != null) {
        c.cancel();
      }
    }
  }

  /** #dom-eventsource steps 7-15: a GET for the stream, no cache; on the loop thread. */
  private void connect(Source s) {
    Request.Builder b =
        new Request.Builder()
            .url(s.url)
            .header("Accept", "text/event-stream")
            .header("Cache-Control", "no-cache");
    if (!s.lastEventId.isEmpty()) {
      b.header("Last-Event-ID", s.lastEventId);
    }
    Call call;
    try {
      call = network.client().newCall(b.build());
    } catch (IllegalArgumentException e) {
      // A URL OkHttp cannot request (not http or https): a network error that is futile to retry.
      loop.execute(() -> fail(s));
      return;
    }
    s.call = call;
    call.enqueue(
        new Callback() {
          @Override
          public void onFailure(Call c, IOException e) {
            if (!s.closed) {
              reestablish(s);
            }
          }

          @Override
          public void onResponse(Call c, Response response) {
            try (response) {
              if (s.closed) {
                return;
              }
              if (response.code() != 200 || !isEventStream(response.header("Content-Type", ""))) {
                // #dom-eventsource step 15: anything else fails the connection.
                loop.execute(() -> fail(s));
                return;
              }
              String origin = origin(response.request().url());
              loop.execute(() -> task(s, "open", "", "", "", ""));
              read(s, response.body(), origin);
            } catch (IOException e) {
              // The stream broke: reconnect, below.
            }
            if (!s.closed) {
              reestablish(s);
            }
          }
        });
  }

  /** The MIME type's essence is text/event-stream (parameters allowed). */
  private static boolean isEventStream(String contentType) {
    int semi = contentType.indexOf(';');
    String essence = (semi < 0 ? contentType : contentType.substring(0, semi)).trim();
    return essence.toLowerCase(Locale.ROOT).equals("text/event-stream");
  }

  private static String origin(HttpUrl url) {
    int defaultPort = HttpUrl.defaultPort(url.scheme());
    return url.scheme() + "://" + url.host() + (url.port() == defaultPort ? "" : ":" + url.port());
  }

  /**
   * #event-stream-interpretation: the body as UTF-8 (a leading BOM dropped, errors U+FFFD), lines
   * ended by CRLF, LF or CR, fields processed, an event dispatched at each blank line; what is
   * unfinished at the end is dropped. OkHttp's thread.
   */
  private void read(Source s, ResponseBody body, String origin) throws IOException {
    StringBuilder data = new StringBuilder();
    StringBuilder line = new StringBuilder();
    String eventType = "";
    String lastId = s.lastEventId;
    boolean first = true;
    boolean afterCr = false;
    try (Reader in = new InputStreamReader(body.byteStream(), StandardCharsets.UTF_8)) {
      char[] buf = new char[8192];
      for (int n = in.read(buf); n >= 0 && !s.closed; n = in.read(buf)) {
        for (int i = 0; i < n; i++) {
          char c = buf[i];
          if (first) {
            first = false;
            if (c == '\ufeff') {
              continue;
            }
          }
          if (afterCr && c == '\n') {
            afterCr = false;
            continue; // the LF of a CRLF
          }
          afterCr = c == '\r';
          if (c != '\r' && c != '\n') {
            line.append(c);
            continue;
          }
          String l = line.toString();
          line.setLength(0);
          if (l.isEmpty()) {
            // #dispatchMessage
            s.lastEventId = lastId;
            if (data.length() > 0) {
              String d = data.substring(0, data.length() - 1); // without the last LF
              String t = eventType.isEmpty() ? "message" : eventType;
              String id = lastId;
              loop.execute(() -> task(s, "message", t, d, id, origin));
            }
            data.setLength(0);
            eventType = "";
            continue;
          }
          if (l.charAt(0) == ':') {
            continue; // a comment
          }
          int colon = l.indexOf(':');
          String field = colon < 0 ? l : l.substring(0, colon);
          String value = colon < 0 ? "" : l.substring(colon + 1);
          if (value.startsWith(" ")) {
            value = value.substring(1);
          }
          switch (field) {
            case "event":
              eventType = value;
              break;
            case "data":
              data.append(value).append('\n');
              break;
            case "id":
              if (value.indexOf('\u0000') < 0) {
                lastId = value;
              }
              break;
            case "retry":
              if (!value.isEmpty() && value.chars().allMatch(ch -> ch >= '0' && ch <= '9')) {
                try {
                  s.reconnectionMs = Long.parseLong(value);
                } catch (NumberFormatException e) {
                  // more digits than a long: ignored
                }
              }
              break;
            default:
              break; // ignored
          }
        }
      }
    }
  }

  /**
   * #reestablish-the-connection: a task makes the source CONNECTING and fires error; after the
   * reconnection time, if it is still CONNECTING, it fetches again with Last-Event-ID. Any thread.
   */
  private void reestablish(Source s) {
    loop.execute(
        () -> {
          if (s.closed) {
            return;
          }
          task(s, "reconnect", "", "", "", "");
          if (!s.closed) {
            loop.schedule(
                s.reconnectTimer,
                s.reconnectionMs,
                () -> {
                  if (!s.closed) {
                    connect(s);
                  }
                });
          }
        });
  }

  /** #fail-the-connection: CLOSED, then error; loop thread. */
  private void fail(Source s) {
    if (s.closed) {
      return;
    }
    live.remove(s.id);
    s.closed = true;
    task(s, "fail", "", "", "", "");
  }

  private void task(Source s, String kind, String type, String data, String id, String origin) {
    if (s.closed && !kind.equals("fail")) {
      return;
    }
    try {
      realm.callEntry("eventSourceEvent", s.id, kind, type, data, id, origin);
    } catch (ScriptError e) {
      errors.accept(e.getMessage());
    }
  }
}
