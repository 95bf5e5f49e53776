package io.w3socket.engine;

import io.w3socket.engine.spi.HostArgs;
import io.w3socket.engine.spi.Realm;
import io.w3socket.engine.spi.ScriptError;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;

/**
 * The cryptography behind the shim's {@code crypto.subtle} (Web Crypto,
 * https://w3c.github.io/webcrypto/; shim/subtle-crypto.js and the crypto-*.js files). Each
 * operation's host function reads its arguments (key material as encoded bytes: the shim's
 * CryptoKey holds them, so no Java key object is ever kept or reachable) and returns a job id; the
 * work runs "in parallel", as the standard's methods say, on one crypto thread per realm (so an RSA
 * key generation or a PBKDF2 of many iterations does not block the event loop, and results come
 * back in call order), and its result is handed to the shim in a loop task ("queue a global task on
 * the crypto task source"; entry point {@code cryptoDone}), which fetches it with {@code
 * cryptoResult}: {@code [true, values...]}, or {@code [false, errorName, message]}. A job under way
 * keeps the run alive. Loop thread, but for the jobs.
 */
final class SubtleCryptoFunctions implements HostArea {
  /** Registers a host function whose work is a job: it reads the arguments, returns the work. */
  @FunctionalInterface
  interface Registrar {
    void job(String name, JobReader reader);
  }

  /** Reads a call's arguments on the loop thread and returns the work to do with them. */
  @FunctionalInterface
  interface JobReader {
    Work read(HostArgs a);
  }

  /** The work of a job: its results (byte[], String, Double, Boolean or null each). */
  @FunctionalInterface
  interface Work {
    List<Object> run() throws GeneralSecurityException;
  }

  private final EventLoop loop;
  private final Consumer<String> errors;

  /** Finished jobs' results, until the shim takes them; loop thread. */
  private final Map<Integer, List<Object>> results = new HashMap<>();

  /** Jobs submitted and not yet delivered; changed on the loop thread, read from any. */
  private volatile int pending;

  private int nextId;
  private ExecutorService worker;
  private Realm realm;

  SubtleCryptoFunctions(EventLoop loop, Consumer<String> errors) {
    this.loop = loop;
    this.errors = errors;
  }

  @Override
  public void attach(Realm realm) {
    this.realm = realm;
  }

  @Override
  public void register(HostRegistry r) {
    r.add("cryptoResult", a -> toScript(results.remove(a.integer(0))));
    Registrar add = (name, reader) -> r.add(name, a -> (double) submit(reader.read(a)));
    // Steps that need no cryptography still settle after the thread's turn (subtle-crypto.js).
    add.job("cryptoPass", a -> List::of);
    SymmetricCrypto.register(add);
    EcCrypto.register(add);
    OkpCrypto.register(add);
    RsaCrypto.register(add);
  }

  /** True while a job has not been delivered (it keeps the run alive). */
  boolean busy() {
    return pending > 0;
  }

  /** Jobs under way are dropped (end of the run); the thread ends. */
  void closeAll() {
    if (worker != null) {
      worker.shutdownNow();
    }
  }

  private int submit(Work work) {
    int id = ++nextId;
    pending++;
    if (worker == null) {
      worker =
          Executors.newSingleThreadExecutor(
              task -> {
                Thread t = new Thread(task, "w3socket-crypto");
                t.setDaemon(true);
                return t;
              });
    }
    worker.execute(
        () -> {
          List<Object> out = outcome(work);
          loop.execute(() -> deliver(id, out));
        });
    return id;
  }

  /** Runs the work: [true, results...], or [false, name, message] for its error. */
  private List<Object> outcome(Work work) {
    try {
      List<Object> values = work.run();
      List<Object> out = new ArrayList<>(values.size() + 1);
      out.add(Boolean.TRUE);
      out.addAll(values);
      return out;
    } catch (CryptoFailure f) {
      return failed(f.name(), f.getMessage());
    } catch (GeneralSecurityException e) {
      // A provider's refusal the steps above did not foresee: the operation failed.
      return failed("OperationError", "");
    } catch (RuntimeException e) {
      errors.accept("internal error in crypto.subtle: " + e);
      return failed("OperationError", "");
    }
  }

  private static List<Object> failed(String name, String message) {
    List<Object> out = new ArrayList<>(3);
    out.add(Boolean.FALSE);
    out.add(name);
    out.add(message);
    return out;
  }

  /** In a loop task: the result to the shim. */
  private void deliver(int id, List<Object> out) {
    pending--;
    results.put(id, out);
    try {
      realm.callEntry("cryptoDone", id);
    } catch (ScriptError e) {
      errors.accept(e.getMessage());
    } finally {
      results.remove(id); // the shim took it, or never will
    }
  }

  /** Bytes in the form the realm takes them; the rest as they are. */
  private List<Object> toScript(List<Object> values) {
    if (values == null) {
      return null;
    }
    List<Object> out = new ArrayList<>(values.size());
    for (Object v : values) {
      out.add(v instanceof byte[] ? ScriptBytes.of(realm, (byte[]) v) : v);
    }
    return out;
  }
}
