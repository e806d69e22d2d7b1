package org.ceasefire.analytics.io;

import java.util.List;
import java.util.Map;

/**
 * A small JSON writer for method results (the analytics module carries no JSON library). Writes
 * {@link Map} (in its iteration order: use {@link java.util.LinkedHashMap} for a stable order),
 * {@link List}, arrays of double/int/long and double[][], {@link Number}, {@link Boolean}, {@link
 * CharSequence}, {@link Enum} (its name) and {@code null}. Non-finite doubles become {@code null},
 * because JSON has no NaN.
 */
public final class Json {

  private Json() {}

  public static String write(Object value) {
    StringBuilder out = new StringBuilder();
    append(out, value);
    return out.toString();
  }

  public static void append(StringBuilder out, Object value) {
    if (value == null) {
      out.append("null");
    } else if (value instanceof CharSequence s) {
      string(out, s.toString());
    } else if (value instanceof Enum<?> e) {
      string(out, e.name());
    } else if (value instanceof Double d) {
      number(out, d);
    } else if (value instanceof Float f) {
      number(out, f.doubleValue());
    } else if (value instanceof Number || value instanceof Boolean) {
      out.append(value);
    } else if (value instanceof Map<?, ?> map) {
      out.append('{');
      boolean first = true;
      for (Map.Entry<?, ?> e : map.entrySet()) {
        if (!first) {
          out.append(',');
        }
        first = false;
        string(out, String.valueOf(e.getKey()));
        out.append(':');
        append(out, e.getValue());
      }
      out.append('}');
    } else if (value instanceof Iterable<?> list) {
      out.append('[');
      boolean first = true;
      for (Object o : list) {
        if (!first) {
          out.append(',');
        }
        first = false;
        append(out, o);
      }
      out.append(']');
    } else if (value instanceof double[] a) {
      out.append('[');
      for (int i = 0; i < a.length; i++) {
        if (i > 0) {
          out.append(',');
        }
        number(out, a[i]);
      }
      out.append(']');
    } else if (value instanceof int[] a) {
      append(out, java.util.Arrays.stream(a).boxed().toList());
    } else if (value instanceof long[] a) {
      append(out, java.util.Arrays.stream(a).boxed().toList());
    } else if (value instanceof Object[] a) {
      append(out, java.util.Arrays.asList(a));
    } else {
      throw new IllegalArgumentException("cannot write " + value.getClass() + " as JSON");
    }
  }

  private static void number(StringBuilder out, double d) {
    if (!Double.isFinite(d)) {
      out.append("null");
    } else if (d == Math.rint(d) && Math.abs(d) < 1e15) {
      out.append((long) d);
    } else {
      out.append(d);
    }
  }

  private static void string(StringBuilder out, String s) {
    out.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }
}
