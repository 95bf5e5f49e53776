package io.w3socket.engine.nashorn;

import io.w3socket.engine.spi.HostError;
import io.w3socket.engine.spi.HostFunction;
import io.w3socket.engine.spi.HostFunctions;
import io.w3socket.engine.spi.Realm;
import io.w3socket.engine.spi.ScriptError;
import io.w3socket.engine.spi.ScriptFailure;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.script.ScriptEngine;
import javax.script.ScriptException;
import org.openjdk.nashorn.api.scripting.AbstractJSObject;
import org.openjdk.nashorn.api.scripting.ClassFilter;
import org.openjdk.nashorn.api.scripting.JSObject;
import org.openjdk.nashorn.api.scripting.NashornException;
import org.openjdk.nashorn.api.scripting.NashornScriptEngineFactory;
import org.openjdk.nashorn.api.scripting.ScriptObjectMirror;

/**
 * Nashorn glue. By default the engine runs with {@code --no-java} and a {@link ClassFilter} that
 * exposes no class, and the shim removes {@code load}, {@code loadWithNewGlobal}, {@code exit},
 * {@code quit} and the Java globals. The bridge is a {@link JSObject} whose members are function
 * objects. Nashorn has no Promise, so the shim's own microtask queue is drained after each task.
 */
final class NashornRealm implements Realm {
  private ScriptEngine engine;

  /** The function the shim evaluated to, from {@link #load} until {@link #install} calls it. */
  private ScriptObjectMirror shim;

  /** Collects a call's arguments into an array (for the bridge); made by {@link #load}. */
  private ScriptObjectMirror arrayOf;

  /** The embedder's host access setting, as {@link #load} was given it. */
  private boolean hostAccess;

  private ScriptObjectMirror entry;

  /** The shim's file name, set by load: its frames are not where a page's error is. */
  private String shimName = "";

  @Override
  public void load(String shimSource, String shimName, boolean hostAccess) {
    NashornScriptEngineFactory factory = new NashornScriptEngineFactory();
    String[] options =
        hostAccess
            ? new String[] {"--language=es6"}
            : new String[] {"--language=es6", "--no-java", "--no-syntax-extensions"};
    ClassLoader loader = NashornRealm.class.getClassLoader();
    if (hostAccess) {
      engine = factory.getScriptEngine(options, loader);
    } else {
      ClassFilter denyAll = className -> false;
      engine = factory.getScriptEngine(options, loader, denyAll);
    }
    this.hostAccess = hostAccess;
    try {
      this.shimName = shimName;
      // A browser's global object has neither Nashorn's JSAdapter nor the script engine's
      // "arguments" (Chromium: typeof both is "undefined").
      engine.eval("delete this.JSAdapter; delete this.arguments;");
      engine.put(ScriptEngine.FILENAME, shimName);
      shim = (ScriptObjectMirror) engine.eval(shimSource);
      arrayOf =
          (ScriptObjectMirror)
              engine.eval("(function () { return Array.prototype.slice.call(arguments); })");
    } catch (ScriptException e) {
      throw new IllegalStateException("the browser shim failed in Nashorn: " + e.getMessage(), e);
    }
  }

  @Override
  public void install(HostFunctions bridge) {
    entry = (ScriptObjectMirror) shim.call(null, new Bridge(bridge, arrayOf), hostAccess, false);
    shim = null;
  }

  @Override
  public void evalScript(String source, String name) throws ScriptFailure {
    engine.put(ScriptEngine.FILENAME, name);
    try {
      engine.eval(source);
    } catch (ScriptException e) {
      Throwable cause = e.getCause();
      if (cause instanceof NashornException
          && !cause.getClass().getSimpleName().equals("ParserException")
          && ((NashornException) cause).getEcmaError() != null) {
        // An uncaught exception of a script: the shim fires error at window, then reports it.
        call("reportUncaught", ((NashornException) cause).getEcmaError(), describe(e, name));
        return;
      }
      if (cause != null
          && cause.getClass().getSimpleName().equals("ParserException")
          && entry != null) {
        // A script that does not parse: the shim fires error at window with a SyntaxError.
        call("reportParseError", describe(e, name));
        return;
      }
      throw new ScriptFailure(describe(e, name), e);
    } catch (NashornException e) {
      throw new ScriptFailure(name + ":" + e.getLineNumber() + ": " + e.getMessage(), e);
    } catch (RuntimeException e) {
      throw new ScriptFailure(name + ": " + e, e);
    }
  }

  /** "name:line: Message", from Nashorn's "message in name at line number N at column M". */
  String describe(ScriptException e, String name) {
    String message = String.valueOf(e.getMessage()).split("\\R", 2)[0];
    int in = message.lastIndexOf(" in " + e.getFileName() + " at line number");
    if (in >= 0) {
      message = message.substring(0, in);
    }
    // Syntax errors start with "name:line:column ".
    String prefix = e.getFileName() + ":" + e.getLineNumber() + ":";
    if (message.startsWith(prefix)) {
      message = message.substring(message.indexOf(' ') + 1);
      if (!message.startsWith("SyntaxError")) {
        message = "SyntaxError: " + message;
      }
    }
    String file = e.getFileName() != null ? e.getFileName() : name;
    int line = e.getLineNumber();
    StackTraceElement page = pageFrame(e.getCause(), file);
    if (page != null) {
      file = page.getFileName();
      line = page.getLineNumber();
    }
    return line > 0 ? file + ":" + line + ": " + message : file + ": " + message;
  }

  /**
   * Where the page was when the shim threw (a DOMException for the page's call): the innermost
   * script frame outside the shim; null when the throw was not in the shim.
   */
  private StackTraceElement pageFrame(Throwable thrown, String thrownIn) {
    if (!(thrown instanceof NashornException) || !thrownIn.equals(shimName)) {
      return null;
    }
    for (StackTraceElement frame : NashornException.getScriptFrames(thrown)) {
      if (frame.getFileName() != null && !frame.getFileName().equals(shimName)) {
        return frame;
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
    return Boolean.TRUE.equals(call(name, args));
  }

  private Object call(String name, Object... args) {
    try {
      return entry.callMember(name, args);
    } catch (NashornException e) {
      StackTraceElement page = pageFrame(e, String.valueOf(e.getFileName()));
      String where =
          page != null
              ? page.getFileName() + ":" + page.getLineNumber()
              : e.getFileName() + ":" + e.getLineNumber();
      throw new ScriptError(where + ": " + e.getMessage(), e);
    }
  }

  @Override
  public String engineName() {
    return "Nashorn";
  }

  @Override
  public boolean bytesAsBuffers() {
    return false;
  }

  @Override
  public void afterTask() {
    entry.callMember("drainMicrotasks");
  }

  @Override
  public void interrupt() {
    // Nashorn cannot stop a running script; the loop thread is a daemon and is abandoned.
  }

  @Override
  public void close() {
    entry = null;
    engine = null;
  }

  /** Throws the shim's exception: the NashornException of the script's throw propagates. */
  private void throwIntoScript(HostError error) {
    entry.callMember(
        "throwError", error.type().constructorName(), error.name(), error.getMessage());
  }

  /**
   * The host functions as a script object: each member a function object calling its {@link
   * HostFunction}, made once.
   */
  private final class Bridge extends AbstractJSObject {
    private final Map<String, Function> functions = new HashMap<>();

    Bridge(HostFunctions host, ScriptObjectMirror arrayOf) {
      for (Map.Entry<String, HostFunction> f : host.functions().entrySet()) {
        functions.put(f.getKey(), new Function(host, arrayOf, f.getKey(), f.getValue()));
      }
    }

    @Override
    public Object getMember(String name) {
      return functions.get(name);
    }

    @Override
    public boolean hasMember(String name) {
      return functions.containsKey(name);
    }
  }

  /**
   * One host function. Its HostError (or DOMException) is thrown into the calling script as the
   * shim's exception: the shim's throwError throws it, and the NashornException carrying it,
   * rethrown from here, reaches the script as that same thrown object.
   */
  private final class Function extends AbstractJSObject {
    private final HostFunctions host;

    /** A script function making a JS array of its arguments: lists cross as arrays. */
    private final ScriptObjectMirror arrayOf;

    private final String name;
    private final HostFunction function;

    Function(HostFunctions host, ScriptObjectMirror arrayOf, String name, HostFunction function) {
      this.host = host;
      this.arrayOf = arrayOf;
      this.name = name;
      this.function = function;
    }

    @Override
    public boolean isFunction() {
      return true;
    }

    @Override
    public Object call(Object thiz, Object... args) {
      Object result;
      try {
        result = function.call(new NashornArgs(args));
      } catch (NashornException e) {
        throw e;
      } catch (RuntimeException e) {
        return host.failed(name, e, NashornRealm.this::throwIntoScript);
      }
      return result instanceof List ? arrayOf.call(null, ((List<?>) result).toArray()) : result;
    }
  }
}
