package org.ceasefire.analytics.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.ceasefire.analytics.io.CsvTable;
import org.ceasefire.analytics.network.Edge;
import org.ceasefire.analytics.network.Weighting;

/** Reads an edges file {@code source,target[,weight]}; a weight must be positive. */
final class EdgeListFile {

  private EdgeListFile() {}

  static List<Edge> read(Path file, Weighting weighting) {
    CsvTable t = CsvTable.read(file);
    int source = t.column("source");
    int target = t.column("target");
    int weight = weighting == Weighting.WEIGHTED ? t.column("weight") : -1;
    List<Edge> edges = new ArrayList<>(t.size());
    for (int r = 0; r < t.size(); r++) {
      double w = 1.0;
      if (weight >= 0) {
        w = t.number(r, weight);
        if (!(w > 0)) {
          throw t.error(r, weight, "weight must be positive: '" + t.text(r, weight) + "'");
        }
      }
      edges.add(new Edge(t.required(r, source), t.required(r, target), w));
    }
    return edges;
  }
}
