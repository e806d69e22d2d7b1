package org.ceasefire.analytics.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.ceasefire.analytics.io.CsvTable;
import org.ceasefire.analytics.network.Attendance;
import org.ceasefire.analytics.network.CoOccurrence;
import org.ceasefire.analytics.network.Direction;
import org.ceasefire.analytics.network.Edge;
import org.ceasefire.analytics.network.Graph;
import org.ceasefire.analytics.network.NetworkProfile;
import org.ceasefire.analytics.network.Weighting;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code analyze project}: the co-occurrence network of person–event pairs. */
@Command(
    name = "project",
    mixinStandardHelpOptions = true,
    description =
        "Co-occurrence network from person-event pairs (node,event): an edge list CSV"
            + " (source,target,weight = shared events) or, with --as network, the network JSON.")
final class ProjectCommand implements Callable<Integer> {

  enum Output {
    edges,
    network
  }

  @Spec CommandSpec spec;

  @Option(names = "--pairs", required = true, description = "CSV: node,event")
  Path pairs;

  @Option(
      names = "--as",
      defaultValue = "edges",
      description = "edges (CSV, default) or network (JSON as the network method)")
  Output as;

  @Option(names = "--weighted", description = "With --as network: shared-event counts as weights.")
  boolean weighted;

  @Option(names = "--seed", defaultValue = "1", description = "With --as network: Louvain seed.")
  long seed;

  @Option(names = "--threads", description = "With --as network: threads (default: cores).")
  int threads = Runtime.getRuntime().availableProcessors();

  @Option(names = "--out", description = "Output file (default: standard output).")
  @Nullable Path out;

  @Override
  public Integer call() {
    CoOccurrence projection = CoOccurrence.of(read(pairs));
    if (as == Output.network) {
      Weighting w = weighted ? Weighting.WEIGHTED : Weighting.UNWEIGHTED;
      Graph g = Graph.of(projection.edges(), projection.nodes(), Direction.UNDIRECTED, w);
      NetworkProfile profile = NetworkProfile.of(g, seed, Math.max(1, threads));
      JsonOutput.write(NetworkCommand.toJson(profile), out, spec.commandLine().getOut());
      return 0;
    }
    StringBuilder csv = new StringBuilder("source,target,weight\n");
    for (Edge e : projection.edges()) {
      csv.append(quote(e.source())).append(',').append(quote(e.target())).append(',');
      csv.append((long) e.weight()).append('\n');
    }
    JsonOutput.text(csv.toString(), out, spec.commandLine().getOut());
    return 0;
  }

  static List<Attendance> read(Path file) {
    CsvTable t = CsvTable.read(file);
    int node = t.column("node");
    int event = t.column("event");
    List<Attendance> rows = new ArrayList<>(t.size());
    for (int r = 0; r < t.size(); r++) {
      rows.add(new Attendance(t.required(r, node), t.required(r, event)));
    }
    return rows;
  }

  /** RFC 4180 quoting when the field needs it. */
  static String quote(String field) {
    if (field.indexOf(',') < 0 && field.indexOf('"') < 0 && field.indexOf('\n') < 0) {
      return field;
    }
    return '"' + field.replace("\"", "\"\"") + '"';
  }
}
