package org.ceasefire.analytics.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.ceasefire.analytics.spatial.Grid;
import org.ceasefire.analytics.spatial.Kernel;
import org.ceasefire.analytics.spatial.KernelDensity;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code analyze kde}: kernel density of events at cell centres, per square kilometre. */
@Command(
    name = "kde",
    mixinStandardHelpOptions = true,
    description = {
      "Kernel density of events at the centres of a grid aligned on multiples of the cell size,"
          + " in events per square kilometre (no edge correction).",
      "Output: {\"cells\":[{\"row\",\"col\",\"x\",\"y\",\"density\"}]}."
    })
final class KdeCommand implements Runnable {

  /** Square metres per square kilometre. */
  static final double M2_PER_KM2 = 1e6;

  @Spec CommandSpec spec;

  @Option(names = "--events", required = true, paramLabel = "FILE", description = "id,x,y,t[,type]")
  Path events;

  @Option(names = "--cell", required = true, paramLabel = "M", description = "Cell size, metres.")
  double cell;

  @Option(
      names = "--bandwidth",
      required = true,
      paramLabel = "M",
      description = "Kernel radius in metres (sigma for the Gaussian).")
  double bandwidth;

  @Option(
      names = "--kernel",
      defaultValue = "quartic",
      paramLabel = "K",
      converter = KernelConverter.class,
      description = "quartic (default), gaussian, epanechnikov or uniform.")
  Kernel kernel = Kernel.QUARTIC;

  @Option(names = "--lonlat", description = "x, y are longitude, latitude: project them.")
  boolean lonlat;

  @Mixin OutputFile output = new OutputFile();

  @Override
  public void run() {
    Require.positive("--cell", cell);
    Require.positive("--bandwidth", bandwidth);
    EventsFile file = EventsFile.read(events, lonlat, false);
    Grid grid = Grid.covering(file.points(), cell);
    double[] density = KernelDensity.estimate(file.points(), grid, kernel, bandwidth);
    List<Map<String, Object>> cells = new ArrayList<>(grid.size());
    for (int r = 0; r < grid.rows(); r++) {
      for (int c = 0; c < grid.cols(); c++) {
        Map<String, Object> m = GridCommand.cellOf(grid, r, c);
        m.put("density", density[r * grid.cols() + c] * M2_PER_KM2);
        cells.add(m);
      }
    }
    output.write(spec, Map.of("cells", cells));
  }

  /** Accepts the kernel names in lower case, as the documentation writes them. */
  static final class KernelConverter implements picocli.CommandLine.ITypeConverter<Kernel> {
    @Override
    public Kernel convert(String value) {
      try {
        return Kernel.valueOf(value.trim().toUpperCase(java.util.Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new picocli.CommandLine.TypeConversionException(
            "unknown kernel '" + value + "': use quartic, gaussian, epanechnikov or uniform");
      }
    }
  }
}
