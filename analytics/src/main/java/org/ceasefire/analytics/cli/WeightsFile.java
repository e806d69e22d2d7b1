package org.ceasefire.analytics.cli;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.ceasefire.analytics.io.CsvTable;
import org.ceasefire.analytics.spatial.Weights;

/**
 * A weights file {@code id,neighbor[,weight]} resolved against the areas' ids. Without a weight
 * column the list is binary contiguity and is made symmetric (a link given one way counts both
 * ways); with weights, links are taken as given. A link repeated, an unknown id, or (when {@code
 * selfAllowed} is false) an area listed as its own neighbour is refused naming the line.
 */
final class WeightsFile {

  private WeightsFile() {}

  static Weights read(Path file, AreasFile areas, boolean selfAllowed) {
    CsvTable csv = CsvTable.read(file);
    int idc = csv.column("id");
    int nc = csv.column("neighbor");
    int wc = csv.has("weight") ? csv.column("weight") : -1;
    int m = csv.size();
    int links = wc < 0 ? 2 * m : m;
    int[] from = new int[links];
    int[] to = new int[links];
    double[] w = new double[links];
    Map<Long, Integer> seen = new HashMap<>();
    int k = 0;
    for (int r = 0; r < m; r++) {
      int a = area(csv, r, idc, areas);
      int b = area(csv, r, nc, areas);
      if (a == b && !selfAllowed) {
        throw csv.error(r, nc, "area '" + areas.ids()[a] + "' listed as its own neighbour");
      }
      double weight = wc < 0 ? 1.0 : csv.number(r, wc);
      Integer before = seen.putIfAbsent(((long) a << 32) | b, r);
      if (before != null) {
        throw csv.error(r, nc, "link repeats line " + csv.line(before));
      }
      from[k] = a;
      to[k] = b;
      w[k++] = weight;
    }
    if (wc < 0) {
      for (int r = 0; r < m; r++) {
        long reverse = ((long) to[r] << 32) | from[r];
        if (seen.putIfAbsent(reverse, -1) == null) {
          from[k] = to[r];
          to[k] = from[r];
          w[k++] = 1.0;
        }
      }
    }
    return Weights.of(
        areas.ids().length, Arrays.copyOf(from, k), Arrays.copyOf(to, k), Arrays.copyOf(w, k));
  }

  private static int area(CsvTable csv, int row, int column, AreasFile areas) {
    String id = csv.required(row, column);
    Integer i = areas.index().get(id);
    if (i == null) {
      throw csv.error(row, column, "unknown area id '" + id + "' (not in the areas file)");
    }
    return i;
  }
}
