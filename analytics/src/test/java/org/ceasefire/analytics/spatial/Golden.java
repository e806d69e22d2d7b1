package org.ceasefire.analytics.spatial;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import org.ceasefire.analytics.io.CsvTable;

/**
 * Golden files made by {@code src/test/r/make-spatial-golden.R} from R peers (spdep, spatstat,
 * surveillance) on data shipped with them.
 */
public final class Golden {

  /** Relative tolerance for deterministic figures. */
  public static final double RELATIVE = 1e-6;

  private Golden() {}

  public static CsvTable csv(String name) {
    String path = "/golden/spatial/" + name;
    try (Reader r =
        new InputStreamReader(
            Objects.requireNonNull(Golden.class.getResourceAsStream(path), path),
            StandardCharsets.UTF_8)) {
      return CsvTable.read(name, r);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  public static String text(String name) {
    String path = "/golden/spatial/" + name;
    try (var in = Objects.requireNonNull(Golden.class.getResourceAsStream(path), path)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A number from a flat JSON object written by jsonlite: {@code "key":value}. */
  public static double jsonNumber(String json, String key) {
    int i = json.indexOf("\"" + key + "\":");
    assertThat(i).as("key %s", key).isNotNegative();
    int start = i + key.length() + 3;
    int end = start;
    while (end < json.length() && "0123456789+-.eE".indexOf(json.charAt(end)) >= 0) {
      end++;
    }
    return Double.parseDouble(json.substring(start, end));
  }

  public static double[] column(CsvTable t, String name) {
    int c = t.column(name);
    double[] v = new double[t.size()];
    for (int i = 0; i < v.length; i++) {
      v[i] = t.number(i, c);
    }
    return v;
  }

  public static Points points(CsvTable t) {
    return new Points(column(t, "x"), column(t, "y"));
  }

  /** Asserts a value agrees with the peer's to {@link #RELATIVE} (absolute near zero). */
  public static void assertClose(double actual, double expected, String what) {
    double scale = Math.max(Math.abs(expected), 1e-9);
    assertThat(Math.abs(actual - expected) / scale)
        .as("%s: %s vs peer %s", what, actual, expected)
        .isLessThanOrEqualTo(RELATIVE);
  }
}
