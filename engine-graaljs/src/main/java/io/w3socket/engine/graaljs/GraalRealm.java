package io.w3socket.engine.graaljs;

import io.w3socket.engine.spi.HostError;
import io.w3socket.engine.spi.HostFunction;
import io.w3socket.engine.spi.HostFunctions;
import io.w3socket.engine.spi.ModuleFetchFailure;
import io.w3socket.engine.spi.ModuleHost;
import io.w3socket.engine.spi.Realm;
import io.w3socket.engine.spi.ScriptError;
import io.w3socket.engine.spi.ScriptFailure;
import java.io.IOException;
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
import org.graalvm.polyglot.proxy.ProxyArray;
import org.graalvm.polyglot.proxy.ProxyExecutable;
import org.graalvm.polyglot.proxy.ProxyObject;

/**
 * GraalJS glue. The context denies host access, class lookup, processes, threads, native access,
 * environment and polyglot access unless the embedder opted in, and every file but the modules the
 * page's scripts import ({@link ModuleFileSystem}, fetched by the page); the bridge is a {@link
 * ProxyObject} of {@link ProxyExecutable}s, which guest code can call without any host access.
 * Promise jobs run when the outermost {@code eval}/{@code execute} returns, which is after each
 * task: the microtask checkpoint (HTML #perform-a-microtask-checkpoint).
 */
final class GraalRealm implements Realm {
  /** Contexts of one engine must share a host access configuration: one engine per setting. */
  private static final Engine[] SHARED = new Engine[2];

  private Context context;
  private static final HostAccess BYTES_ONLY =
      HostAccess.newBuilder().allowBufferAccess(true).build();

  /** The function the shim evaluated to, from {@link #load} until {@link #install} calls it. */
  private Value shim;

  /** The embedder's host access setting, as {@link #load} was given it. */
  private boolean hostAccess;

  private Value entry;

  /**
   * The entry points called so far, looked up once each (a member read crosses into the engine).
   */
  private final Map<String, Value> entries = new HashMap<>();

  /** The shim's throwError entry point. */
  private Value throwError;

  /** The modules scripts import: GraalJS's module loader reads them through it. */
  private final ModuleFileSystem modules = new ModuleFileSystem();

  /** The shim's source name, set by load: its frames are not where a page's error is. */
  private String shimName;

  /** Whether the engine of that host access setting is built. */
  static synchronized boolean engineBuilt(boolean hostAccess) {
    return SHARED[hostAccess ? 1 : 0] != null;
  }

  /** One engine for all contexts: shares parsed code, and silences the interpreter warning. */
  static synchronized Engine engine(boolean hostAccess) {
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
  public void load(String shimSource, String shimName, boolean hostAccess) {
    Context.Builder b =
        Context.newBuilder("js")
            .engine(engine(hostAccess))
            // Without the opt-in a script reaches no host object; it may read the bytes of the
            // ByteBuffers the bridge hands it (message data), and nothing else of them.
            .allowHostAccess(hostAccess ? HostAccess.ALL : BYTES_ONLY)
            .allowHostClassLookup(name -> hostAccess)
            // The only files: the modules the page's scripts import, fetched by the page.
            .allowIO(IOAccess.newBuilder().fileSystem(modules).build())
            .allowCreateProcess(false)
            .allowCreateThread(false)
            .allowNativeAccess(false)
            .allowEnvironmentAccess(EnvironmentAccess.NONE)
            .allowPolyglotAccess(PolyglotAccess.NONE)
            .option("js.load", "false")
            .option("js.print", "false")
            // A browser's global object has no "arguments" (GraalJS's shell gives one).
            .option("js.global-arguments", "false")
            // GraalJS 25 calls the next two options experimental; they are the only ones set here.
            .allowExperimentalOptions(true)
            // A bare specifier resolves beside its importer, like any other (ModulePath), so that
            // the page's import map sees the importing module (its scopes).
            .option("js.esm-bare-specifier-relative-lookup", "true")
            // A function's body becomes the interpreter's nodes when it is first called, not when
            // its script is parsed (the parser still reads it all: syntax errors stay early
            // errors). Most of the shim's functions never run in a short page: the tutorial's
            // shim parse went from about 500 to 330 ms, its run from 400 to 430 (JDK 17,
            // interpreted, tiered; engine-bindings/README.md says what keeps a start short).
            .option("js.lazy-translation", "true")
            .option("js.console", "false")
            // Unhandled rejections go to the shim's handler, which fires unhandledrejection
            // (HTML #unhandled-promise-rejections) and reports what nobody canceled.
            .option("js.unhandled-rejections", "handler");
    context = b.build();
    if (Runtime.version().feature() < 20) {
      // GraalJS converts float16 values with Float.floatToFloat16/float16ToFloat (JDK 20+); on an
      // older JDK touching a Float16Array element ends the script with an internal
      // NoSuchMethodError. Present the engine as one without float16, so feature tests work.
      context.eval(
          Source.create(
              "js",
              "delete globalThis.Float16Array; delete Math.f16round; delete"
                  + " DataView.prototype.getFloat16; delete DataView.prototype.setFloat16;"));
    }
    this.shimName = shimName;
    this.hostAccess = hostAccess;
    shim = context.eval(Source.newBuilder("js", shimSource, shimName).buildLiteral());
  }

  @Override
  public void install(HostFunctions bridge) {
    Map<String, Object> functions = new HashMap<>();
    for (Map.Entry<String, HostFunction> f : bridge.functions().entrySet()) {
      functions.put(f.getKey(), hostFunction(bridge, f.getKey(), f.getValue()));
    }
    entry = shim.execute(ProxyObject.fromMap(functions), hostAccess, true);
    shim = null;
    throwError = entry.getMember("throwError");
  }

  /**
   * One host function as a guest function. Its HostError (or DOMException) is thrown into the
   * calling script as the shim's exception: the shim's throwError throws it, and the
   * PolyglotException carrying it, rethrown from this callback, reaches the guest as that same
   * guest exception.
   */
  private ProxyExecutable hostFunction(HostFunctions host, String name, HostFunction function) {
    return args -> {
      try {
        return toGuest(function.call(new GraalArgs(args)));
      } catch (PolyglotException e) {
        throw e;
      } catch (RuntimeException e) {
        return host.failed(name, e, this::throwIntoScript);
      }
    };
  }

  /** Throws the shim's exception: the PolyglotException of the guest's throw propagates. */
  private void throwIntoScript(HostError error) {
    throwError.execute(error.type().constructorName(), error.name(), error.getMessage());
  }

  /** Lists cross as arrays (index and length), everything else as it is. */
  private static Object toGuest(Object result) {
    if (result instanceof List) {
      return ProxyArray.fromList(new ArrayList<>((List<?>) result));
    }
    return result;
  }

  @Override
  public String engineName() {
    return "GraalJS";
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
      report(e, name);
    }
  }

  /**
   * A script's uncaught exception or parse error: the shim fires error at window, then reports it;
   * what is not the script's (a host error, or before the shim is installed) is a ScriptFailure.
   */
  private void report(PolyglotException e, String name) throws ScriptFailure {
    if (!e.isGuestException() || entry == null) {
      throw new ScriptFailure(describe(e, name), e);
    }
    if (e.isSyntaxError()) {
      call("reportParseError", describe(e, name));
    } else {
      call("reportUncaught", e.getGuestObject(), describe(e, name));
    }
  }

  @Override
  public boolean runsModules() {
    return true;
  }

  @Override
  public void moduleHost(ModuleHost host) {
    modules.host(host);
  }

  /**
   * Imports the module script from a module of one line ({@code import 'KEY';}, its key in {@link
   * ModuleFileSystem}), so that GraalJS's loader fetches, links and evaluates the graph with every
   * module, the script's own included, keyed by URL; eval returns once the graph is evaluated,
   * top-level awaits too.
   */
  @Override
  public void evalModule(String url, String inlineSource, String name)
      throws ScriptFailure, ModuleFetchFailure {
    String key =
        inlineSource != null
            ? modules.inlineScript(url, inlineSource, name)
            : modules.externalScript(url, name);
    modules.takeFailure();
    try {
      Value evaluation =
          context.eval(
              Source.newBuilder("js", "import '" + key + "';", key + "-import")
                  .mimeType("application/javascript+module")
                  .buildLiteral());
      // The graph's evaluation promise (ECMAScript #sec-moduleevaluation): what rejects it, now or
      // after a top-level await, is the page's uncaught exception (HTML #run-a-module-script).
      if (evaluation != null && evaluation.canInvokeMember("then")) {
        evaluation.invokeMember(
            "then",
            (ProxyExecutable) args -> null,
            (ProxyExecutable)
                args -> {
                  reportRejection(args.length > 0 ? args[0] : null, name);
                  return null;
                });
      }
    } catch (PolyglotException e) {
      if (e.isCancelled() || e.isInterrupted()) {
        throw e;
      }
      IOException notLoaded = modules.takeFailure();
      if (notLoaded != null
          && e.isGuestException()
          && !e.isSyntaxError()
          && String.valueOf(e.getMessage()).contains(notLoaded.getMessage())) {
        if (!modules.failedToResolve()) {
          throw new ModuleFetchFailure(notLoaded.getMessage(), e);
        }
        // HTML #fetch-the-descendants-of-and-link-a-module-script: a specifier that resolves to
        // nothing is the script's parse error, a TypeError, reported as its exception.
        if (entry != null) {
          call("reportParseError", "TypeError: " + notLoaded.getMessage());
          return;
        }
      }
      report(e, name);
    }
  }

  /** Reports what a module script's evaluation rejected with, as an uncaught exception. */
  private void reportRejection(Value reason, String name) {
    String where = name;
    if (reason != null && reason.isException()) {
      try {
        reason.throwException();
      } catch (PolyglotException e) {
        where = describe(e, name);
      }
    }
    call("reportUncaught", reason, where);
  }

  /** "file:line: Message" for a guest or host exception (callers rethrow cancellations first). */
  String describe(PolyglotException e, String name) {
    if (e.isHostException()) {
      return name + ": internal error: " + e.asHostException();
    }
    String message = String.valueOf(e.getMessage()).split("\\R", 2)[0];
    SourceSection where = e.getSourceLocation();
    if (where == null || where.getSource().getName().equals(shimName)) {
      // A value a script threw has no location of its own, and the shim's throw of a DOMException
      // for the page's call is not where the page erred: the innermost page frame is.
      SourceSection page = innermostPageFrame(e);
      where = page != null ? page : where;
      message = nameAndMessage(e, message);
    }
    if (where != null && where.isAvailable()) {
      String source = where.getSource().getName();
      String file = modules.displayName(source);
      // Syntax errors read "SyntaxError: name:line:column message"; keep the message only.
      String position = source + ":" + where.getStartLine() + ":";
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

  /**
   * "Name: message" of a thrown object that has both (GraalJS names a DOMException by its class).
   */
  private static String nameAndMessage(PolyglotException e, String fallback) {
    Value thrown = e.isGuestException() ? e.getGuestObject() : null;
    if (thrown == null || !thrown.hasMembers()) {
      return fallback;
    }
    Value name = thrown.getMember("name");
    Value message = thrown.getMember("message");
    if (name == null || !name.isString() || message == null || !message.isString()) {
      return fallback;
    }
    return message.asString().isEmpty()
        ? name.asString()
        : name.asString() + ": " + message.asString().split("\\R", 2)[0];
  }

  private SourceSection innermostPageFrame(PolyglotException e) {
    for (PolyglotException.StackFrame frame : e.getPolyglotStackTrace()) {
      SourceSection at = frame.getSourceLocation();
      if (frame.isGuestFrame()
          && at != null
          && at.isAvailable()
          && !at.getSource().isInternal()
          && !at.getSource().getName().equals(shimName)) {
        return at;
      }
    }
    return null;
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
      return entries.computeIfAbsent(name, entry::getMember).execute(args);
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
