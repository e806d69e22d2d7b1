package org.ceasefire.analytics.cli;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.ceasefire.analytics.io.CsvTable;

/** An areas file {@code id,value}: one value per area, ids unique. */
record AreasFile(String[] ids, double[] values, Map<String, Integer> index) {

  static AreasFile read(Path file) {
    CsvTable csv = CsvTable.read(file);
    int idc = csv.column("id");
    int vc = csv.column("value");
    String[] ids = new String[csv.size()];
    double[] values = new double[csv.size()];
    Map<String, Integer> index = new HashMap<>();
    for (int r = 0; r < csv.size(); r++) {
      ids[r] = csv.required(r, idc);
      values[r] = csv.number(r, vc);
      Integer before = index.putIfAbsent(ids[r], r);
      if (before != null) {
        throw csv.error(r, idc, "id '" + ids[r] + "' repeats line " + csv.line(before));
      }
    }
    return new AreasFile(ids, values, index);
  }
}
