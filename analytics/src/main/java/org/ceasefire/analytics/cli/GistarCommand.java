package org.ceasefire.analytics.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ceasefire.analytics.spatial.FalseDiscoveryRate;
import org.ceasefire.analytics.spatial.GetisOrd;
import org.ceasefire.analytics.spatial.Grid;
import org.ceasefire.analytics.spatial.GridCount;
import org.ceasefire.analytics.spatial.NormalP;
import org.ceasefire.analytics.spatial.Weights;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code analyze gistar}: Getis-Ord Gi* hot spots on areas, or on a grid of event counts. */
@Command(
    name = "gistar",
    mixinStandardHelpOptions = true,
    description = {
      "Getis-Ord Gi* z-scores (Gi with --no-self), two-sided normal p and Benjamini-Hochberg"
          + " significance at --alpha.",
      "Either --areas and --weights (binary unless the weights file has a weight column), or"
          + " --events, --cell and --distance (grid counts with distance-band neighbours).",
      "Output: {\"areas\":[{\"id\",\"z\",\"p\",\"fdr_significant\"}]}; on a grid each area also"
          + " has row, col, x, y and count."
    })
final class GistarCommand implements Runnable {

  @Spec CommandSpec spec;

  @Option(names = "--areas", paramLabel = "FILE", description = "id,value")
  @Nullable Path areas;

  @Option(names = "--weights", paramLabel = "FILE", description = "id,neighbor[,weight]")
  @Nullable Path weights;

  @Option(names = "--events", paramLabel = "FILE", description = "id,x,y,t[,type]")
  @Nullable Path events;

  @Option(names = "--cell", paramLabel = "M", description = "Grid cell size, metres (--events).")
  double cell;

  @Option(
      names = "--distance",
      paramLabel = "M",
      description = "Cells whose centres lie within this many metres are neighbours (--events).")
  double distance;

  @Option(names = "--lonlat", description = "Event x, y are longitude, latitude: project them.")
  boolean lonlat;

  @Option(names = "--no-self", description = "Gi: leave each area's own value out.")
  boolean noSelf;

  @Option(
      names = "--alpha",
      defaultValue = "0.05",
      description = "False discovery rate (default 0.05).")
  double alpha = 0.05;

  @Mixin OutputFile output = new OutputFile();

  @Override
  public void run() {
    Require.probability("--alpha", alpha);
    GetisOrd.Variant variant = noSelf ? GetisOrd.Variant.GI : GetisOrd.Variant.GI_STAR;
    List<Map<String, Object>> rows;
    if (events != null && areas == null && weights == null) {
      rows = onGrid(events, variant);
    } else if (events == null && areas != null && weights != null) {
      AreasFile a = AreasFile.read(areas);
      Weights w = WeightsFile.read(weights, a, !noSelf);
      rows = scored(a.ids(), a.values(), w, variant, null);
    } else {
      throw new InputException("give either --areas and --weights, or --events with --cell");
    }
    output.write(spec, Map.of("areas", rows));
  }

  private List<Map<String, Object>> onGrid(Path file, GetisOrd.Variant variant) {
    Require.positive("--cell", cell);
    Require.positive("--distance", distance);
    EventsFile e = EventsFile.read(file, lonlat, false);
    Grid grid = Grid.covering(e.points(), cell);
    int[] counts = GridCount.count(e.points(), grid);
    double[] x = new double[counts.length];
    String[] ids = new String[counts.length];
    for (int k = 0; k < counts.length; k++) {
      x[k] = counts[k];
      ids[k] = "r" + (k / grid.cols()) + "c" + (k % grid.cols());
    }
    return scored(ids, x, Weights.distanceBand(grid, distance), variant, grid);
  }

  private List<Map<String, Object>> scored(
      String[] ids, double[] x, Weights w, GetisOrd.Variant variant, @Nullable Grid grid) {
    double[] z = GetisOrd.z(x, w, variant);
    double[] p = new double[z.length];
    for (int i = 0; i < z.length; i++) {
      p[i] = NormalP.twoSided(z[i]);
    }
    boolean[] significant = FalseDiscoveryRate.significant(p, alpha);
    List<Map<String, Object>> rows = new ArrayList<>(z.length);
    for (int i = 0; i < z.length; i++) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("id", ids[i]);
      m.put("z", z[i]);
      m.put("p", p[i]);
      m.put("fdr_significant", significant[i]);
      if (grid != null) {
        int r = i / grid.cols();
        int c = i % grid.cols();
        m.put("row", r);
        m.put("col", c);
        m.put("x", grid.centreX(c));
        m.put("y", grid.centreY(r));
        m.put("count", (long) x[i]);
      }
      rows.add(m);
    }
    return rows;
  }
}
