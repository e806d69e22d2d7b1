package org.ceasefire.analytics.nearrepeat;

import org.ceasefire.analytics.io.CsvTable;
import org.ceasefire.analytics.spatial.Golden;
import org.ceasefire.analytics.spatial.Points;

/** Invasive meningococcal disease in Germany 2002–2008 (R surveillance::imdepi), 636 cases. */
final class ImdepiData {

  private ImdepiData() {}

  static SpaceTimeEvents load() {
    CsvTable t = Golden.csv("imdepi-events.csv");
    long[] seconds = new long[t.size()];
    int tc = t.column("t");
    for (int i = 0; i < seconds.length; i++) {
      seconds[i] = t.instant(i, tc).getEpochSecond();
    }
    return new SpaceTimeEvents(new Points(Golden.column(t, "x"), Golden.column(t, "y")), seconds);
  }

  /** A JSON matrix {@code "key":[[a,b],[c,d]]} as written by jsonlite. */
  static double[][] matrix(String json, String key) {
    int start = json.indexOf("\"" + key + "\":[[") + key.length() + 5;
    int end = json.indexOf("]]", start);
    String[] rows = json.substring(start, end).split("\\],\\[");
    double[][] m = new double[rows.length][];
    for (int r = 0; r < rows.length; r++) {
      m[r] = java.util.Arrays.stream(rows[r].split(",")).mapToDouble(Double::parseDouble).toArray();
    }
    return m;
  }
}
