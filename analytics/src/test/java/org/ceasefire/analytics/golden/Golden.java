package org.ceasefire.analytics.golden;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.ceasefire.analytics.io.CsvTable;

/**
 * Golden files made by the R and Python scripts under {@code src/test/r} and {@code
 * src/test/python} from data shipped in Debian's packages. Tests only read them (CI has no R).
 */
public final class Golden {

  /** Relative tolerance of the golden comparisons. */
  public static final double RELATIVE = 1e-6;

  /** Absolute floor, for values that are zero up to the peer's rounding noise. */
  public static final double ABSOLUTE = 1e-9;

  private Golden() {}

  public static Path path(String name) {
    URL url = Golden.class.getResource("/golden/" + name);
    if (url == null) {
      throw new IllegalArgumentException("no golden file " + name);
    }
    try {
      return Path.of(url.toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  public static CsvTable table(String name) {
    return CsvTable.read(path(name));
  }

  /** A cell as a double; {@code NA}/{@code NaN} read as NaN, {@code Inf} as infinity. */
  public static double number(CsvTable t, int row, String column) {
    String v = t.text(row, t.column(column));
    if (v.equals("Inf") || v.equals("-Inf")) {
      return v.startsWith("-") ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
    }
    return v.equals("NA") || v.equals("NaN") || v.isEmpty() ? Double.NaN : Double.parseDouble(v);
  }

  /** Rows keyed by the given column. */
  public static Map<String, Integer> rowsBy(CsvTable t, String column) {
    Map<String, Integer> rows = new LinkedHashMap<>();
    int c = t.column(column);
    for (int r = 0; r < t.size(); r++) {
      rows.put(t.text(r, c), r);
    }
    return rows;
  }

  /** Asserts {@code actual} matches {@code expected} at {@link #RELATIVE}, naming what differs. */
  public static void close(String what, double actual, double expected) {
    if (Double.isNaN(expected)) {
      assertThat(actual).as(what).isNaN();
      return;
    }
    double tolerance = Math.max(RELATIVE * Math.abs(expected), ABSOLUTE);
    assertThat(Math.abs(actual - expected))
        .as("%s: %s vs peer %s", what, actual, expected)
        .isLessThanOrEqualTo(tolerance);
  }
}
