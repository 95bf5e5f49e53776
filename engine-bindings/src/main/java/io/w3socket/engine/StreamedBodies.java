package io.w3socket.engine;

import io.w3socket.engine.spi.Realm;
import io.w3socket.engine.spi.ScriptError;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import okhttp3.Response;
import okio.Buffer;
import okio.BufferedSource;

/**
 * The response bodies fetch() hands the page as streams (Fetch #concept-body-stream; fetch.js makes
 * the ReadableStream): a body is read from the network only when its stream pulls, one chunk of at
 * most {@link #CHUNK} bytes per pull, on an OkHttp thread, and the chunk reaches the shim in a loop
 * task (entry point {@code httpChunk}). So an endless body (server-sent events over fetch) flows as
 * it arrives, and one the page does not read stays in the kernel's buffers. A body keeps the run
 * alive only while a read is under way: a body nobody reads ends with the run. Used on the loop
 * thread, but for the reads and where noted.
 */
final class StreamedBodies {
  /** The most one pull reads. */
  static final long CHUNK = 64 * 1024;

  private final EventLoop loop;
  private final Executor readers;
  private final Consumer<String> errors;

  /** Bodies not yet ended or cancelled, by request id; changed on the loop thread. */
  private final Map<Integer, Body> bodies = new ConcurrentHashMap<>();

  /** Reads under way; read from any thread ({@link #active}). */
  private final AtomicInteger reading = new AtomicInteger();

  /** Set once the realm exists. */
  private Realm realm;

  private static final class Body {
    final Response response;
    final BufferedSource source;

    /** A read is under way (at most one); loop thread only. */
    boolean busy;

    Body(Response response) {
      this.response = response;
      this.source = response.body().source();
    }
  }

  StreamedBodies(EventLoop loop, Executor readers, Consumer<String> errors) {
    this.loop = loop;
    this.readers = readers;
    this.errors = errors;
  }

  void attach(Realm realm) {
    this.realm = realm;
  }

  /** The response of request {@code id}, whose head the shim is about to get; any thread. */
  void add(int id, Response response) {
    bodies.put(id, new Body(response));
  }

  /** The stream pulled: read its next chunk, unless a read is under way or the body ended. */
  void pull(int id) {
    Body b = bodies.get(id);
    if (b == null || b.busy) {
      return;
    }
    b.busy = true;
    reading.incrementAndGet();
    readers.execute(() -> read(id, b));
  }

  /** The stream was cancelled, or the fetch aborted: the response is closed (TCP let go). */
  void cancel(int id) {
    Body b = bodies.remove(id);
    if (b != null) {
      b.response.close();
    }
  }

  /** True while a read is under way (the run must go on); any thread. */
  boolean active() {
    return reading.get() > 0;
  }

  /** Closes every body (end of the run). */
  void cancelAll() {
    for (Integer id : new ArrayList<>(bodies.keySet())) {
      cancel(id);
    }
  }

  /** On an OkHttp thread: one chunk, the end (null), or the failure, handed to the loop. */
  private void read(int id, Body b) {
    byte[] chunk;
    String failure = null;
    try {
      Buffer into = new Buffer();
      chunk = b.source.read(into, CHUNK) == -1 ? null : into.readByteArray();
    } catch (IOException e) {
      chunk = null;
      failure = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
    byte[] got = chunk;
    String failed = failure;
    loop.execute(() -> deliver(id, b, got, failed));
  }

  /**
   * In the loop task: the chunk to the stream (or its end, or error), unless cancelled meanwhile.
   */
  private void deliver(int id, Body b, byte[] chunk, String failure) {
    reading.decrementAndGet();
    b.busy = false;
    if (bodies.get(id) != b) {
      return; // cancelled while the read was under way
    }
    if (chunk == null) {
      cancel(id);
    }
    Object payload = chunk == null ? null : ScriptBytes.of(realm, chunk);
    try {
      realm.callEntry("httpChunk", id, payload, failure);
    } catch (ScriptError e) {
      errors.accept(e.getMessage());
    }
  }
}
