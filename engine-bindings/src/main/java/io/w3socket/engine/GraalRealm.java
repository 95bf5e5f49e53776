package io.w3socket.engine;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Engine;
import org.graalvm.polyglot.EnvironmentAccess;
import org.graalvm.polyglot.HostAccess;
import org.graalvm.polyglot.PolyglotAccess;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.SourceSection;
import org.graalvm.polyglot.Value;
import org.graalvm.polyglot.io.IOAccess;
import org.graalvm.polyglot.proxy.ProxyExecutable;
import org.graalvm.polyglot.proxy.ProxyObject;

/**
 * GraalJS glue. The context denies host access, class lookup, IO, processes, threads, native
 * access, environment and polyglot access unless the embedder opted in; the bridge is a {@link
 * ProxyObject} of {@link ProxyExecutable}s, which guest code can call without any host access.
 * Promise jobs run when the outermost {@code eval}/{@code execute} returns, which is after each
 * task: the microtask checkpoint of HTML §8.1.7.3.
 */
final class GraalRealm implements Realm {
  /** Contexts of one engine must share a host access configuration: one engine per setting. */
  private static final Engine[] SHARED = new Engine[2];

  private Context context;
  private static final HostAccess BYTES_ONLY =
      HostAccess.newBuilder().allowBufferAccess(true).build();

  private Value entry;

  /** One engine for all contexts: shares parsed code, and silences the interpreter warning. */
  private static synchronized Engine engine(boolean hostAccess) {
    int i = hostAccess ? 1 : 0;
    if (SHARED[i] == null) {
      SHARED[i] =
          Engine.newBuilder("js")
              .option("engine.WarnInterpreterOnly", "false")
              .out(OutputStream.nullOutputStream())
              .err(OutputStream.nullOutputStream())
              .build();
    }
    return SHARED[i];
  }

  @Override
  public void install(HostBridge bridge, String shimSource, boolean hostAccess) {
    Context.Builder b =
        Context.newBuilder("js")
            .engine(engine(hostAccess))
            // Without the opt-in a script reaches no host object; it may read the bytes of the
            // ByteBuffers the bridge hands it (message data), and nothing else of them.
            .allowHostAccess(hostAccess ? HostAccess.ALL : BYTES_ONLY)
            .allowHostClassLookup(name -> hostAccess)
            .allowIO(IOAccess.NONE)
            .allowCreateProcess(false)
            .allowCreateThread(false)
            .allowNativeAccess(false)
            .allowEnvironmentAccess(EnvironmentAccess.NONE)
            .allowPolyglotAccess(PolyglotAccess.NONE)
            .option("js.load", "false")
            .option("js.print", "false")
            .option("js.console", "false")
            // An unhandled rejection is reported as the browser reports it (HTML §8.1.5.6).
            .option("js.unhandled-rejections", "throw");
    context = b.build();
    Map<String, Object> functions = new HashMap<>();
    for (String name : HostBridge.FUNCTIONS) {
      functions.put(name, (ProxyExecutable) args -> bridge.call(name, convert(args)));
    }
    Value shim = context.eval(Source.newBuilder("js", shimSource, ShimSource.NAME).buildLiteral());
    entry = shim.execute(ProxyObject.fromMap(functions), hostAccess, true);
  }

  private static List<Object> convert(Value[] args) {
    List<Object> out = new ArrayList<>(args.length);
    for (Value v : args) {
      out.add(toJava(v));
    }
    return out;
  }

  private static Object toJava(Value v) {
    if (v == null || v.isNull()) {
      return null;
    }
    if (v.hasBufferElements()) {
      // An ArrayBuffer from the shim: its bytes, in one bulk read.
      byte[] bytes = new byte[Math.toIntExact(v.getBufferSize())];
      v.readBuffer(0, bytes, 0, bytes.length);
      return bytes;
    }
    if (v.isString()) {
      return v.asString();
    }
    if (v.isBoolean()) {
      return v.asBoolean();
    }
    if (v.isNumber()) {
      return v.fitsInDouble() ? v.asDouble() : (double) v.asLong();
    }
    if (v.hasArrayElements()) {
      List<Object> list = new ArrayList<>();
      for (long i = 0; i < v.getArraySize(); i++) {
        list.add(toJava(v.getArrayElement(i)));
      }
      return list;
    }
    return v.toString();
  }

  @Override
  public boolean bytesAsBuffers() {
    return true;
  }

  @Override
  public void evalScript(String source, String name) throws ScriptFailure {
    try {
      context.eval(Source.newBuilder("js", source, name).buildLiteral());
    } catch (PolyglotException e) {
      if (e.isCancelled() || e.isInterrupted()) {
        throw e;
      }
      throw new ScriptFailure(describe(e, name), e);
    }
  }

  static String describe(PolyglotException e, String name) {
    if (e.isCancelled() || e.isInterrupted()) {
      return "the script was stopped";
    }
    if (e.isHostException()) {
      return name + ": internal error: " + e.asHostException();
    }
    String message = String.valueOf(e.getMessage()).split("\\R", 2)[0];
    SourceSection where = e.getSourceLocation();
    if (where != null && where.isAvailable()) {
      String file = where.getSource().getName();
      // Syntax errors read "SyntaxError: name:line:column message"; keep the message only.
      String position = file + ":" + where.getStartLine() + ":";
      int at = message.indexOf(position);
      if (at >= 0) {
        int space = message.indexOf(' ', at);
        String before = message.substring(0, at);
        message = space < 0 ? before : before + message.substring(space + 1);
      }
      if (e.isSyntaxError() && !message.startsWith("SyntaxError")) {
        message = "SyntaxError: " + message;
      }
      return file + ":" + where.getStartLine() + ": " + message;
    }
    return name + ": " + message;
  }

  @Override
  public void callEntry(String name, Object... args) {
    call(name, args);
  }

  @Override
  public boolean callEntryForBoolean(String name, Object... args) {
    Value result = call(name, args);
    return result.isBoolean() && result.asBoolean();
  }

  /** One top-level call: GraalJS runs the pending Promise jobs when it returns. */
  private Value call(String name, Object... args) {
    try {
      return entry.getMember(name).execute(args);
    } catch (PolyglotException e) {
      if (e.isCancelled() || e.isInterrupted()) {
        throw e;
      }
      throw new ScriptError(describe(e, "script"), e);
    }
  }

  @Override
  public void afterTask() {
    // GraalJS runs Promise jobs itself when the outermost execute returns.
  }

  @Override
  public void interrupt() {
    Context c = context;
    if (c != null) {
      try {
        c.close(true);
      } catch (RuntimeException ignored) {
        // already closed
      }
    }
  }

  @Override
  public void close() {
    Context c = context;
    if (c != null) {
      try {
        c.close(true);
      } catch (RuntimeException ignored) {
        // closed by interrupt
      }
    }
  }
}
