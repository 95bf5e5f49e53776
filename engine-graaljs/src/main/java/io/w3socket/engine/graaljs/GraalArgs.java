package io.w3socket.engine.graaljs;

import io.w3socket.engine.spi.HostArgs;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.graalvm.polyglot.Value;

/** A host function's arguments, read in place from the guest values (loop thread, one call). */
final class GraalArgs implements HostArgs {
  private final Value[] values;

  GraalArgs(Value[] values) {
    this.values = values;
  }

  private Value value(int i) {
    return i < values.length ? values[i] : null;
  }

  @Override
  public int length() {
    return values.length;
  }

  @Override
  public boolean isNull(int i) {
    Value v = value(i);
    return v == null || v.isNull();
  }

  @Override
  public String string(int i) {
    Value v = value(i);
    if (v == null || v.isNull()) {
      return "";
    }
    return v.isString() ? v.asString() : v.toString();
  }

  @Override
  public double number(int i) {
    Value v = value(i);
    if (v == null || !v.isNumber()) {
      return Double.NaN;
    }
    return v.fitsInDouble() ? v.asDouble() : (double) v.asLong();
  }

  @Override
  public int integer(int i) {
    Value v = value(i);
    if (v != null && v.fitsInInt()) {
      return v.asInt();
    }
    return (int) number(i);
  }

  @Override
  public boolean bool(int i) {
    Value v = value(i);
    return v != null && v.isBoolean() && v.asBoolean();
  }

  @Override
  public byte[] bytes(int i) {
    Value v = value(i);
    if (v != null && v.hasBufferElements()) {
      // An ArrayBuffer from the shim: its bytes, in one bulk read.
      byte[] bytes = new byte[Math.toIntExact(v.getBufferSize())];
      v.readBuffer(0, bytes, 0, bytes.length);
      return bytes;
    }
    return string(i).getBytes(StandardCharsets.ISO_8859_1);
  }

  @Override
  public List<String> strings(int i) {
    Value v = value(i);
    if (v == null || !v.hasArrayElements()) {
      return Collections.emptyList();
    }
    int n = Math.toIntExact(v.getArraySize());
    List<String> out = new ArrayList<>(n);
    for (int k = 0; k < n; k++) {
      Value e = v.getArrayElement(k);
      out.add(e.isNull() ? "" : e.isString() ? e.asString() : e.toString());
    }
    return out;
  }

  @Override
  public List<Object> values(int i) {
    Value v = value(i);
    if (v == null || !v.hasArrayElements()) {
      return Collections.emptyList();
    }
    int n = Math.toIntExact(v.getArraySize());
    List<Object> out = new ArrayList<>(n);
    for (int k = 0; k < n; k++) {
      out.add(primitive(v.getArrayElement(k)));
    }
    return out;
  }

  private static Object primitive(Value e) {
    if (e.isNull()) {
      return null;
    }
    if (e.hasBufferElements()) {
      byte[] bytes = new byte[Math.toIntExact(e.getBufferSize())];
      e.readBuffer(0, bytes, 0, bytes.length);
      return bytes;
    }
    if (e.isBoolean()) {
      return e.asBoolean();
    }
    if (e.isNumber()) {
      return e.fitsInDouble() ? e.asDouble() : (double) e.asLong();
    }
    return e.isString() ? e.asString() : e.toString();
  }
}
