package io.w3socket.engine.nashorn;

import io.w3socket.engine.spi.HostArgs;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.openjdk.nashorn.api.scripting.ScriptObjectMirror;

/** A host function's arguments, read in place from Nashorn's values (loop thread, one call). */
final class NashornArgs implements HostArgs {
  private final Object[] values;

  NashornArgs(Object[] values) {
    this.values = values;
  }

  private Object value(int i) {
    return i < values.length ? values[i] : null;
  }

  private static boolean isNullish(Object v) {
    return v == null || ScriptObjectMirror.isUndefined(v);
  }

  @Override
  public int length() {
    return values.length;
  }

  @Override
  public boolean isNull(int i) {
    return isNullish(value(i));
  }

  @Override
  public String string(int i) {
    return text(value(i));
  }

  private static String text(Object v) {
    return isNullish(v) ? "" : v.toString();
  }

  @Override
  public double number(int i) {
    Object v = value(i);
    return v instanceof Number ? ((Number) v).doubleValue() : Double.NaN;
  }

  @Override
  public int integer(int i) {
    Object v = value(i);
    return v instanceof Number ? (int) ((Number) v).doubleValue() : 0;
  }

  @Override
  public boolean bool(int i) {
    return Boolean.TRUE.equals(value(i));
  }

  @Override
  public byte[] bytes(int i) {
    // Nashorn has no buffer interop: bytes come as a binary string (one char per byte).
    return string(i).getBytes(StandardCharsets.ISO_8859_1);
  }

  @Override
  public List<String> strings(int i) {
    Object v = value(i);
    if (!(v instanceof ScriptObjectMirror) || !((ScriptObjectMirror) v).isArray()) {
      return Collections.emptyList();
    }
    ScriptObjectMirror m = (ScriptObjectMirror) v;
    int length = ((Number) m.getMember("length")).intValue();
    List<String> out = new ArrayList<>(length);
    for (int k = 0; k < length; k++) {
      out.add(text(m.getSlot(k)));
    }
    return out;
  }

  @Override
  public List<Object> values(int i) {
    Object v = value(i);
    if (!(v instanceof ScriptObjectMirror) || !((ScriptObjectMirror) v).isArray()) {
      return Collections.emptyList();
    }
    ScriptObjectMirror m = (ScriptObjectMirror) v;
    int length = ((Number) m.getMember("length")).intValue();
    List<Object> out = new ArrayList<>(length);
    for (int k = 0; k < length; k++) {
      Object e = m.getSlot(k);
      if (isNullish(e)) {
        out.add(null);
      } else if (e instanceof Number) {
        out.add(((Number) e).doubleValue());
      } else if (e instanceof Boolean) {
        out.add(e);
      } else {
        out.add(e.toString());
      }
    }
    return out;
  }
}
