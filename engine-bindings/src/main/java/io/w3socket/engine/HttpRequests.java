package io.w3socket.engine;

import io.w3socket.WhatwgUrl;
import io.w3socket.engine.spi.HostArgs;
import io.w3socket.engine.spi.Realm;
import io.w3socket.engine.spi.ScriptError;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import okhttp3.Call;
import okhttp3.Callback;
import okhttp3.Headers;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * The HTTP requests of {@code fetch} and {@code XMLHttpRequest} (Fetch #fetching for http(s); file:
 * URLs under the page's own directory), over the run's OkHttp client, so the embedder's {@link
 * NetworkPolicy} applies to them as to sockets. The shim does the WebIDL conversions and the
 * Headers/Request/Response objects; this class runs the request off the loop thread and delivers
 * its result in one loop task (entry points {@code httpSettled}, then {@code httpStep} per
 * XMLHttpRequest listener) — whole for XMLHttpRequest, without its body for fetch(), whose body
 * {@link StreamedBodies} reads as the page's stream pulls — or blocks the loop thread for a
 * synchronous XMLHttpRequest. Used on the loop thread only, except where noted.
 */
final class HttpRequests implements HostArea {
  /** The largest response body kept in memory; a longer one is a network error. */
  static final int MAX_BODY = 64 * 1024 * 1024;

  private static final Set<Integer> REDIRECT_STATUSES = Set.of(301, 302, 303, 307, 308);

  /** Methods OkHttp sends only with a body (an empty one when the page gave none). */
  private static final Set<String> BODY_REQUIRED =
      Set.of("POST", "PUT", "PATCH", "PROPPATCH", "REPORT");

  private final EventLoop loop;
  private final Path pageDirectory;
  private final Consumer<String> errors;

  /** Returns redirects as they are (modes "error" and "manual" decide on them). */
  private final OkHttpClient notFollowing;

  /** Follows redirects as Fetch does ({@link FetchRedirects}, mode "follow"). */
  private final OkHttpClient following;

  /**
   * Requests started and not yet settled in a task (they keep the run alive), by id; the value is
   * empty for a file: URL (nothing to cancel). Changed on the loop thread; {@link #pendingCount}
   * reads it from others.
   */
  private final Map<Integer, Pending> pending = new ConcurrentHashMap<>();

  /** A request not yet settled: its URL (for a timeout's message) and its call, if any. */
  private record Pending(String url, Optional<Call> call) {}

  /** Settled results the shim has not taken yet, by id. */
  private final Map<Integer, Result> results = new HashMap<>();

  private int nextSyncId = -1;

  /** Set once the realm exists. */
  private Realm realm;

  /** fetch()'s response bodies, read as the page's streams pull. */
  private final StreamedBodies streamed;

  /**
   * Creates the requests of one run.
   *
   * @param loop the page's loop
   * @param network the run's network (its client applies the policy)
   * @param location the page's URL: when it is a file: URL, files in its directory (and below) can
   *     be fetched
   * @param errors where internal errors are reported
   */
  HttpRequests(EventLoop loop, Network network, String location, Consumer<String> errors) {
    this.loop = loop;
    this.errors = errors;
    this.pageDirectory = directoryOf(location);
    // No read or write timeout, as in a browser (the run's timeout still ends everything).
    OkHttpClient base =
        network
            .client()
            .newBuilder()
            .readTimeout(java.time.Duration.ZERO)
            .writeTimeout(java.time.Duration.ZERO)
            .build();
    this.notFollowing = base.newBuilder().followRedirects(false).followSslRedirects(false).build();
    this.following = notFollowing.newBuilder().addInterceptor(new FetchRedirects()).build();
    this.streamed = new StreamedBodies(loop, following.dispatcher().executorService(), errors);
  }

  @Override
  public void attach(Realm realm) {
    this.realm = realm;
    streamed.attach(realm);
  }

  /**
   * httpStart(id, method, url, [name, value, ...], body or null, redirect mode); httpStream(id,
   * ...), the same with a result whose body is read later, a chunk per httpPull(id) (entry point
   * httpChunk) until the end or httpBodyCancel(id); httpSend(method, url, headers, body, mode),
   * returning the id of its result; httpAbort(id); httpResult(id) and httpBody(id), which the shim
   * calls in that order to take a settled result.
   */
  @Override
  public void register(HostRegistry r) {
    r.add(
        "httpStart",
        a -> {
          start(a.integer(0), spec(a, 1), false);
          return null;
        });
    r.add(
        "httpStream",
        a -> {
          start(a.integer(0), spec(a, 1), true);
          return null;
        });
    r.add(
        "httpPull",
        a -> {
          streamed.pull(a.integer(0));
          return null;
        });
    r.add(
        "httpBodyCancel",
        a -> {
          streamed.cancel(a.integer(0));
          return null;
        });
    r.add("httpSend", a -> send(spec(a, 0)));
    r.add(
        "httpAbort",
        a -> {
          Pending p = pending.remove(a.integer(0));
          if (p != null) {
            p.call().ifPresent(Call::cancel);
          }
          return null;
        });
    r.add(
        "httpResult",
        a -> {
          Result res = results.get(a.integer(0));
          return res == null ? null : res.describe();
        });
    r.add("httpBody", a -> body(a.integer(0)));
  }

  /**
   * True while a request has not yet been settled in a task, or a body's read is under way (the run
   * must go on).
   */
  boolean hasPending() {
    return !pending.isEmpty() || streamed.active();
  }

  /** The number of requests not yet settled, and body reads under way; any thread. */
  int pendingCount() {
    return pending.size() + (streamed.active() ? 1 : 0);
  }

  /** The URLs of the requests not yet settled, in the order they started; any thread. */
  List<String> pendingUrls() {
    return pending.entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .map(e -> e.getValue().url())
        .collect(Collectors.toList());
  }

  /** Cancels every pending request and closes every streamed body (end of the run). */
  void cancelAll() {
    streamed.cancelAll();
    for (Pending p : new ArrayList<>(pending.values())) {
      p.call().ifPresent(Call::cancel);
    }
    pending.clear();
  }

  /** Takes a settled result's body, in the form the engine takes bytes in. */
  private Object body(int id) {
    Result r = results.remove(id);
    if (r == null || r.body == null) {
      return null;
    }
    return ScriptBytes.of(realm, r.body);
  }

  /** What the shim asks for: method, URL, header pairs, body, redirect mode. */
  private static final class Spec {
    String method;
    String url;
    List<String> headers = List.of();
    byte[] body;
    String redirect;
  }

  /** Reads the arguments at {@code i..i+4}: method, url, [name, value, ...], body or null, mode. */
  private static Spec spec(HostArgs a, int i) {
    Spec s = new Spec();
    s.method = a.string(i);
    s.url = a.string(i + 1);
    s.headers = a.strings(i + 2);
    s.body = a.isNull(i + 3) ? null : a.bytes(i + 3);
    s.redirect = a.string(i + 4);
    return s;
  }

  /** The outcome of one request: a response, or a network error with a message. */
  private static final class Result {
    final int status;
    final String statusText;
    final String url;
    final boolean redirected;
    final List<String> headers;
    final byte[] body;
    final String failure;

    /** "basic", or "opaqueredirect" for redirect mode "manual". */
    final String type;

    Result(
        String type,
        int status,
        String statusText,
        String url,
        boolean redirected,
        List<String> headers,
        byte[] body) {
      this.status = status;
      this.statusText = statusText;
      this.url = url;
      this.redirected = redirected;
      this.headers = headers;
      this.body = body;
      this.failure = null;
      this.type = type;
    }

    Result(String failure) {
      this.status = 0;
      this.statusText = "";
      this.url = "";
      this.redirected = false;
      this.headers = List.of();
      this.body = null;
      this.failure = failure;
      this.type = "error";
    }

    /**
     * For the shim (one flat list: nested lists do not cross the bridge): ["error", message], or
     * [type, status, statusText, url, redirected, name, value, name, value, ...] with type "basic"
     * or "opaqueredirect".
     */
    List<Object> describe() {
      if (failure != null) {
        return List.of("error", failure);
      }
      List<Object> out =
          new ArrayList<>(List.of(type, (double) status, statusText, url, redirected));
      out.addAll(headers);
      return out;
    }
  }

  /**
   * Starts an asynchronous request; its result is delivered in a later task, with its body read
   * whole, or, if {@code streamed}, none: the body is read as the shim pulls ({@link
   * StreamedBodies}).
   */
  private void start(int id, Spec spec, boolean streamed) {
    Call call;
    try {
      if (isFile(spec.url)) {
        Result r = readFile(spec);
        pending.put(id, new Pending(spec.url, Optional.empty()));
        loop.execute(() -> settle(id, r));
        return;
      }
      call = newCall(spec);
    } catch (IllegalArgumentException e) {
      Result r = new Result(e.getMessage());
      pending.put(id, new Pending(spec.url, Optional.empty()));
      loop.execute(() -> settle(id, r));
      return;
    }
    pending.put(id, new Pending(spec.url, Optional.of(call)));
    call.enqueue(
        new Callback() {
          // On an OkHttp thread: read the body there, hand the result to the loop.
          @Override
          public void onResponse(Call c, Response response) {
            Result r = streamed ? head(id, spec, response) : complete(spec, response);
            loop.execute(() -> settle(id, r));
          }

          @Override
          public void onFailure(Call c, IOException e) {
            Result r = new Result(describe(e));
            loop.execute(() -> settle(id, r));
          }
        });
  }

  /** In the loop task: unless aborted meanwhile, keep the result and tell the shim. */
  private void settle(int id, Result r) {
    if (!pending.containsKey(id)) {
      streamed.cancel(id);
      return;
    }
    pending.remove(id);
    results.put(id, r);
    try {
      realm.callEntry("httpSettled", id);
      // One call per XMLHttpRequest listener, each followed by a microtask checkpoint.
      CallbackSteps.runRest(realm, realm.callEntryForBoolean("httpStep"), "httpStep");
    } catch (ScriptError e) {
      errors.accept(e.getMessage());
    } finally {
      results.remove(id);
    }
  }

  /**
   * A synchronous request (XHR #the-send()-method step 12, synchronous flag): blocks the loop
   * thread, as a browser blocks the page's event loop, and returns the id to read its result with.
   */
  private int send(Spec spec) {
    int id = nextSyncId--;
    Result r;
    try {
      if (isFile(spec.url)) {
        r = readFile(spec);
      } else {
        Call call = newCall(spec);
        try (Response response = call.execute()) {
          r = complete(spec, response);
        } catch (IOException e) {
          r = new Result(describe(e));
        }
      }
    } catch (IllegalArgumentException e) {
      r = new Result(e.getMessage());
    }
    results.put(id, r);
    return id;
  }

  private Call newCall(Spec spec) {
    Headers.Builder headers = new Headers.Builder();
    for (int i = 0; i + 1 < spec.headers.size(); i += 2) {
      // Header values are ByteStrings: bytes 0x80-0xFF are allowed (Fetch #header-value).
      headers.addUnsafeNonAscii(spec.headers.get(i), spec.headers.get(i + 1));
    }
    RequestBody body = null;
    if (spec.body != null) {
      body = RequestBody.create(spec.body, (MediaType) null);
    } else if (BODY_REQUIRED.contains(spec.method)) {
      body = RequestBody.create(new byte[0], (MediaType) null);
    }
    Request request =
        new Request.Builder()
            .url(spec.url)
            .headers(headers.build())
            .method(spec.method, body)
            .build();
    OkHttpClient client = spec.redirect.equals("follow") ? following : notFollowing;
    return client.newCall(request);
  }

  /**
   * A streamed request's result without its body, which stays open for {@link StreamedBodies} (the
   * redirect mode applied as in {@link #complete}, which reads a redirect's and an error's).
   */
  private Result head(int id, Spec spec, Response response) {
    if (REDIRECT_STATUSES.contains(response.code()) && !spec.redirect.equals("follow")) {
      return complete(spec, response);
    }
    streamed.add(id, response);
    return new Result(
        "basic",
        response.code(),
        response.message(),
        response.request().url().toString(),
        response.request().tag(FetchRedirects.Count.class) != null,
        headerList(response),
        null);
  }

  private static List<String> headerList(Response response) {
    List<String> headers = new ArrayList<>();
    Headers h = response.headers();
    for (int i = 0; i < h.size(); i++) {
      headers.add(h.name(i));
      headers.add(h.value(i));
    }
    return headers;
  }

  /** Reads the body (bounded) and applies the redirect mode (Fetch #http-fetch step 9). */
  private static Result complete(Spec spec, Response response) {
    try (response) {
      int status = response.code();
      if (REDIRECT_STATUSES.contains(status) && !spec.redirect.equals("follow")) {
        if (spec.redirect.equals("error")) {
          return new Result("redirect mode is \"error\" and the response is a redirect");
        }
        // "manual": an opaque-redirect filtered response
        // (#concept-filtered-response-opaque-redirect).
        return new Result("opaqueredirect", 0, "", spec.url, false, List.of(), null);
      }
      List<String> headers = headerList(response);
      byte[] body;
      try {
        body = readBounded(response.body());
      } catch (IOException e) {
        return new Result(describe(e));
      }
      return new Result(
          "basic",
          status,
          response.message(),
          response.request().url().toString(),
          response.request().tag(FetchRedirects.Count.class) != null,
          headers,
          body);
    }
  }

  private static byte[] readBounded(ResponseBody body) throws IOException {
    if (body == null) {
      return new byte[0];
    }
    if (body.contentLength() > MAX_BODY) {
      throw new IOException("the response body is larger than " + MAX_BODY + " bytes");
    }
    try (InputStream in = body.byteStream()) {
      byte[] b = in.readNBytes(MAX_BODY + 1);
      if (b.length > MAX_BODY) {
        throw new IOException("the response body is larger than " + MAX_BODY + " bytes");
      }
      return b;
    }
  }

  private static String describe(IOException e) {
    String m = e.getMessage();
    return e.getClass().getSimpleName() + (m == null ? "" : ": " + m);
  }

  private static boolean isFile(String url) {
    return url.regionMatches(true, 0, "file:", 0, 5);
  }

  /**
   * A file: URL (Fetch #scheme-fetch leaves file: to the implementation): a GET of a regular file
   * in the page's own directory or below it is a 200 response with the file's bytes; anything else
   * is a network error, so a page reads no other file of the host.
   */
  private Result readFile(Spec spec) {
    if (!spec.method.equals("GET")) {
      return new Result("only GET can read a file: URL");
    }
    if (pageDirectory == null) {
      return new Result("file: URLs can be read only by pages run from files");
    }
    Path file;
    try {
      String noFragment = WhatwgUrl.parse(spec.url, null).href().replaceFirst("#.*$", "");
      String noQuery = noFragment.replaceFirst("\\?.*$", "");
      file = Path.of(URI.create(noQuery)).toRealPath();
    } catch (IOException | RuntimeException e) {
      return new Result("no such file: " + spec.url);
    }
    if (!file.startsWith(pageDirectory) || !Files.isRegularFile(file)) {
      return new Result(spec.url + " is not a file in the page's directory");
    }
    try {
      long size = Files.size(file);
      if (size > MAX_BODY) {
        return new Result("the file is larger than " + MAX_BODY + " bytes");
      }
      return new Result("basic", 200, "OK", spec.url, false, List.of(), Files.readAllBytes(file));
    } catch (IOException e) {
      return new Result(describe(e));
    }
  }

  /** The real directory of a file: URL's file, or null. */
  private static Path directoryOf(String location) {
    if (location == null || !isFile(location)) {
      return null;
    }
    try {
      Path dir = Path.of(URI.create(WhatwgUrl.parse(location, null).href())).getParent();
      return dir == null ? null : dir.toRealPath();
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }
}
