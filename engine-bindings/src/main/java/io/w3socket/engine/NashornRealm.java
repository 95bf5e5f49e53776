package io.w3socket.engine;

import java.util.ArrayList;
import java.util.List;
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
  private ScriptObjectMirror entry;

  @Override
  public void install(HostBridge bridge, String shimSource, boolean hostAccess) {
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
    try {
      engine.put(ScriptEngine.FILENAME, ShimSource.NAME);
      ScriptObjectMirror shim = (ScriptObjectMirror) engine.eval(shimSource);
      entry = (ScriptObjectMirror) shim.call(null, new Bridge(bridge), hostAccess, false);
    } catch (ScriptException e) {
      throw new IllegalStateException("the browser shim failed in Nashorn: " + e.getMessage(), e);
    }
  }

  @Override
  public void evalScript(String source, String name) throws ScriptFailure {
    engine.put(ScriptEngine.FILENAME, name);
    try {
      engine.eval(source);
    } catch (ScriptException e) {
      throw new ScriptFailure(describe(e, name), e);
    } catch (NashornException e) {
      throw new ScriptFailure(name + ":" + e.getLineNumber() + ": " + e.getMessage(), e);
    } catch (RuntimeException e) {
      throw new ScriptFailure(name + ": " + e, e);
    }
  }

  /** "name:line: Message", from Nashorn's "message in name at line number N at column M". */
  static String describe(ScriptException e, String name) {
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
    return e.getLineNumber() > 0
        ? file + ":" + e.getLineNumber() + ": " + message
        : file + ": " + message;
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
      throw new ScriptError(e.getFileName() + ":" + e.getLineNumber() + ": " + e.getMessage(), e);
    }
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

  private static Object toJava(Object v) {
    if (v == null || ScriptObjectMirror.isUndefined(v)) {
      return null;
    }
    if (v instanceof CharSequence) {
      return v.toString();
    }
    if (v instanceof Number) {
      return ((Number) v).doubleValue();
    }
    if (v instanceof Boolean) {
      return v;
    }
    if (v instanceof ScriptObjectMirror && ((ScriptObjectMirror) v).isArray()) {
      ScriptObjectMirror m = (ScriptObjectMirror) v;
      int length = ((Number) m.getMember("length")).intValue();
      List<Object> list = new ArrayList<>(length);
      for (int i = 0; i < length; i++) {
        list.add(toJava(m.getSlot(i)));
      }
      return list;
    }
    return String.valueOf(v);
  }

  /** The bridge as a script object: each member a function calling {@link HostBridge#call}. */
  private static final class Bridge extends AbstractJSObject {
    private final HostBridge bridge;

    Bridge(HostBridge bridge) {
      this.bridge = bridge;
    }

    @Override
    public Object getMember(String name) {
      return HostBridge.FUNCTIONS.contains(name) ? new Function(bridge, name) : null;
    }

    @Override
    public boolean hasMember(String name) {
      return HostBridge.FUNCTIONS.contains(name);
    }
  }

  private static final class Function extends AbstractJSObject {
    private final HostBridge bridge;
    private final String name;

    Function(HostBridge bridge, String name) {
      this.bridge = bridge;
      this.name = name;
    }

    @Override
    public boolean isFunction() {
      return true;
    }

    @Override
    public Object call(Object thiz, Object... args) {
      List<Object> list = new ArrayList<>(args.length);
      for (Object a : args) {
        list.add(toJava(a));
      }
      return bridge.call(name, list);
    }
  }
}
