package org.ceasefire.analytics.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ceasefire.analytics.spatial.Grid;
import org.ceasefire.analytics.spatial.GridCount;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code analyze grid}: events counted per square cell. */
@Command(
    name = "grid",
    mixinStandardHelpOptions = true,
    description = {
      "Counts events per square cell of a grid aligned on multiples of the cell size.",
      "Output: {\"cells\":[{\"row\",\"col\",\"x\",\"y\",\"count\"}]} (x, y = cell centre)."
    })
final class GridCommand implements Runnable {

  @Spec CommandSpec spec;

  @Option(names = "--events", required = true, paramLabel = "FILE", description = "id,x,y,t[,type]")
  Path events;

  @Option(names = "--cell", required = true, paramLabel = "M", description = "Cell size, metres.")
  double cell;

  @Option(names = "--lonlat", description = "x, y are longitude, latitude: project them.")
  boolean lonlat;

  @Mixin OutputFile output = new OutputFile();

  @Override
  public void run() {
    Require.positive("--cell", cell);
    EventsFile file = EventsFile.read(events, lonlat, false);
    Grid grid = Grid.covering(file.points(), cell);
    int[] counts = GridCount.count(file.points(), grid);
    List<Map<String, Object>> cells = new ArrayList<>(grid.size());
    for (int r = 0; r < grid.rows(); r++) {
      for (int c = 0; c < grid.cols(); c++) {
        Map<String, Object> m = cellOf(grid, r, c);
        m.put("count", counts[r * grid.cols() + c]);
        cells.add(m);
      }
    }
    output.write(spec, Map.of("cells", cells));
  }

  /** A cell's position fields, in contract order; the caller adds the value. */
  static Map<String, Object> cellOf(Grid grid, int row, int col) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("row", row);
    m.put("col", col);
    m.put("x", grid.centreX(col));
    m.put("y", grid.centreY(row));
    return m;
  }
}
