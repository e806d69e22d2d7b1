package org.ceasefire.analytics.bench;

import org.ceasefire.analytics.network.Graph;
import org.ceasefire.analytics.network.Louvain;

/** Prints the modularity and community count of Louvain on the 1M-edge graph, next to igraph's. */
public final class LouvainQuality {

  private LouvainQuality() {}

  public static void main(String[] args) {
    Graph g = BenchmarkGraphs.graph(BenchmarkGraphs.sbm1m());
    for (long seed = 1; seed <= 3; seed++) {
      long start = System.nanoTime();
      Louvain l = Louvain.of(g, seed);
      double seconds = (System.nanoTime() - start) / 1e9;
      System.out.printf(
          "ceasefire louvain sbm-1m (%d edges): %.2f s, modularity %.4f, %d communities%n",
          g.edgeCount(), seconds, l.modularity(), l.count());
    }
  }
}
