package org.ceasefire.analytics.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.ceasefire.analytics.io.CsvTable;
import org.ceasefire.analytics.network.Direction;
import org.ceasefire.analytics.network.Exposure;
import org.ceasefire.analytics.network.Graph;
import org.ceasefire.analytics.network.Weighting;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code analyze exposure}: network distance to the nearest seed and seeds within 1 and 2 steps.
 */
@Command(
    name = "exposure",
    mixinStandardHelpOptions = true,
    description =
        "Per node: steps to the nearest seed (e.g. gunshot victim) and other seeds within 1 and 2"
            + " steps.")
final class ExposureCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = "--edges", required = true, description = "CSV: source,target[,weight]")
  Path edges;

  @Option(names = "--seeds", required = true, description = "CSV with a column id")
  Path seeds;

  @Option(
      names = "--max-distance",
      defaultValue = "3",
      description = "Farthest distance reported (default 3); beyond it distance is null.")
  int maxDistance;

  @Option(names = "--out", description = "Output JSON file (default: standard output).")
  @Nullable Path out;

  @Override
  public Integer call() {
    if (maxDistance < 0) {
      throw new InputException("--max-distance must be 0 or more: " + maxDistance);
    }
    List<String> seedIds = readSeeds(seeds);
    // Seeds come first; seeds without ties are still part of the population (isolated nodes).
    Graph all =
        Graph.of(
            EdgeListFile.read(edges, Weighting.UNWEIGHTED),
            seedIds,
            Direction.UNDIRECTED,
            Weighting.UNWEIGHTED);
    Map<String, Integer> index = new LinkedHashMap<>();
    for (int v = 0; v < all.nodeCount(); v++) {
      index.put(all.id(v), v);
    }
    int[] seedNodes = seedIds.stream().mapToInt(index::get).toArray();
    Exposure e = Exposure.of(all, seedNodes, maxDistance);
    Set<Integer> isSeed = new LinkedHashSet<>();
    for (int s : seedNodes) {
      isSeed.add(s);
    }
    int[] distance = e.distance();
    int[] within1 = e.seedsWithin1();
    int[] within2 = e.seedsWithin2();
    List<Map<String, Object>> nodes = new ArrayList<>();
    for (int v = 0; v < all.nodeCount(); v++) {
      Map<String, Object> node = new LinkedHashMap<>();
      node.put("id", all.id(v));
      node.put("seed", isSeed.contains(v));
      node.put("distance", distance[v] < 0 ? null : distance[v]);
      node.put("seeds_within_1", within1[v]);
      node.put("seeds_within_2", within2[v]);
      nodes.add(node);
    }
    Map<String, Object> result = new LinkedHashMap<>();
    result.put("nodes", nodes);
    result.put("seeds", isSeed.size());
    result.put("max_distance", maxDistance);
    JsonOutput.write(result, out, spec.commandLine().getOut());
    return 0;
  }

  private static List<String> readSeeds(Path file) {
    CsvTable t = CsvTable.read(file);
    int id = t.column("id");
    List<String> ids = new ArrayList<>();
    for (int r = 0; r < t.size(); r++) {
      ids.add(t.required(r, id));
    }
    return ids;
  }
}
