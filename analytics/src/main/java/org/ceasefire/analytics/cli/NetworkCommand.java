package org.ceasefire.analytics.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.ceasefire.analytics.network.Direction;
import org.ceasefire.analytics.network.Graph;
import org.ceasefire.analytics.network.NetworkProfile;
import org.ceasefire.analytics.network.Weighting;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code analyze network}: centralities, k-cores, components and Louvain communities per node. */
@Command(
    name = "network",
    mixinStandardHelpOptions = true,
    description = "Per-node centralities, k-cores, components and Louvain communities (JSON).")
final class NetworkCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = "--edges", required = true, description = "CSV: source,target[,weight]")
  Path edges;

  @Option(names = "--directed", description = "Edges are arcs from source to target.")
  boolean directed;

  @Option(names = "--weighted", description = "Use the weight column (lengths for paths).")
  boolean weighted;

  @Option(names = "--seed", defaultValue = "1", description = "Seed for Louvain (default 1).")
  long seed;

  @Option(names = "--threads", description = "Threads for the all-pairs measures (default: cores).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(names = "--out", description = "Output JSON file (default: standard output).")
  @Nullable Path out;

  @Override
  public Integer call() {
    Weighting weighting = weighted ? Weighting.WEIGHTED : Weighting.UNWEIGHTED;
    Direction direction = directed ? Direction.DIRECTED : Direction.UNDIRECTED;
    Graph g = Graph.of(EdgeListFile.read(edges, weighting), direction, weighting);
    JsonOutput.write(toJson(NetworkProfile.of(g, seed, Math.max(1, threads))), out, out());
    return 0;
  }

  static Map<String, Object> toJson(NetworkProfile p) {
    Graph g = p.graph();
    double[] closeness = p.closeness().closeness();
    double[] harmonic = p.closeness().harmonic();
    int[] community = p.communities().membership();
    List<Map<String, Object>> nodes = new ArrayList<>(g.nodeCount());
    for (int v = 0; v < g.nodeCount(); v++) {
      Map<String, Object> node = new LinkedHashMap<>();
      node.put("id", g.id(v));
      node.put("component", p.components().of(v));
      node.put("degree", g.degree(v));
      node.put("strength", g.strength(v));
      node.put("betweenness", p.betweenness()[v]);
      node.put("betweenness_normalized", p.betweennessNormalized()[v]);
      node.put("closeness", closeness[v]);
      node.put("harmonic", harmonic[v]);
      node.put("eigenvector", p.eigenvector()[v]);
      node.put("pagerank", p.pagerank()[v]);
      node.put("core", p.core()[v]);
      node.put("community", community[v]);
      nodes.add(node);
    }
    Map<String, Object> result = new LinkedHashMap<>();
    result.put("nodes", nodes);
    result.put("components", p.components().count());
    result.put("communities", p.communities().count());
    result.put("modularity", p.communities().modularity());
    return result;
  }

  private java.io.PrintWriter out() {
    return spec.commandLine().getOut();
  }
}
