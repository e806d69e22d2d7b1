package org.ceasefire.analytics.spatial;

import java.util.HashMap;
import java.util.Map;
import org.ceasefire.analytics.io.CsvTable;

/** Columbus, Ohio crime by neighbourhood (spData) with its weights, as the golden files hold it. */
record ColumbusData(String[] ids, double[] crime, Weights contiguity, Weights idw) {

  static ColumbusData load() {
    CsvTable areas = Golden.csv("columbus-crime.csv");
    String[] ids = new String[areas.size()];
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < ids.length; i++) {
      ids[i] = areas.required(i, 0);
      index.put(ids[i], i);
    }
    return new ColumbusData(
        ids,
        Golden.column(areas, "value"),
        weights(Golden.csv("columbus-weights.csv"), index),
        weights(Golden.csv("columbus-idw-weights.csv"), index));
  }

  private static Weights weights(CsvTable t, Map<String, Integer> index) {
    double[] w = new double[t.size()];
    int[] from = new int[t.size()];
    int[] to = new int[t.size()];
    for (int r = 0; r < t.size(); r++) {
      from[r] = index.get(t.required(r, 0));
      to[r] = index.get(t.required(r, 1));
      w[r] = t.has("weight") ? t.number(r, t.column("weight")) : 1.0;
    }
    return Weights.of(index.size(), from, to, w);
  }
}
