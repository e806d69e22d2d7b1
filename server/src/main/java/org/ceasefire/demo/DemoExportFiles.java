package org.ceasefire.demo;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * The export's files, written as the tiles come: each tile's rows go out when it is added, and only
 * small monthly counts are kept until {@link #close()}, so memory holds one tile whatever the
 * scale. Ids carry their tile ({@code t0-i17}) so several tiles stay apart; x and y are longitude
 * and latitude (analyse with {@code --lonlat}).
 */
final class DemoExportFiles implements AutoCloseable {

  private final LocalDate programStart;
  private final Map<String, PrintWriter> files = new LinkedHashMap<>();
  private final Map<YearMonth, Integer> programMonths = new TreeMap<>();
  private final Map<YearMonth, Integer> comparisonMonths = new TreeMap<>();
  private final Map<String, Integer> cityMonths = new TreeMap<>();
  private YearMonth firstMonth;
  private YearMonth lastMonth;

  DemoExportFiles(LocalDate programStart, Path dir) throws IOException {
    this.programStart = programStart;
    open(dir, "events.csv", "id,x,y,t,type");
    open(dir, "shootings.csv", "id,x,y,t,type");
    open(dir, "areas.csv", "id,value");
    open(dir, "weights.csv", "id,neighbor");
    open(dir, "pairs.csv", "node,event");
    open(dir, "seeds.csv", "id");
    open(dir, "series.csv", "period,count");
    open(dir, "series_comparison.csv", "period,count");
    open(dir, "did.csv", "city,month,outcome,treated,post");
  }

  /** Writes one tile's rows; the first tile fixes the months of the series. */
  void add(DemoTile tile) {
    if (firstMonth == null) {
      fullMonths(tile);
    }
    write("events.csv", out -> incidents(out, tile, false));
    write("shootings.csv", out -> incidents(out, tile, true));
    write("areas.csv", out -> shootingsPerBeat(out, tile));
    write("weights.csv", out -> beatNeighbours(out, tile));
    write("pairs.csv", out -> coOffending(out, tile));
    write("seeds.csv", out -> shootingVictims(out, tile));
    countMonths(tile);
  }

  /** Writes the monthly series and the city × month panel, then closes every file. */
  @Override
  public void close() throws IOException {
    if (firstMonth != null) {
      write("series.csv", out -> monthly(out, programMonths));
      write("series_comparison.csv", out -> monthly(out, comparisonMonths));
      write("did.csv", this::cityMonths);
    }
    IOException failed = null;
    for (PrintWriter out : files.values()) {
      out.close();
      if (out.checkError() && failed == null) {
        failed = new IOException("writing the demo export failed");
      }
    }
    if (failed != null) {
      throw failed;
    }
  }

  private static void incidents(PrintWriter out, DemoTile tile, boolean shootingsOnly) {
    for (DemoIncident i : tile.incidents()) {
      if (!shootingsOnly || i.shooting()) {
        out.printf(
            "t%d-i%d,%.6f,%.6f,%s,%s%n",
            tile.index(), i.id(), i.lon(), i.lat(), i.occurredAt(), i.type());
      }
    }
  }

  private static void shootingsPerBeat(PrintWriter out, DemoTile tile) {
    Map<Integer, Integer> counts = new TreeMap<>();
    tile.areas().forEach(a -> counts.put(a.id(), 0));
    tile.incidents().stream()
        .filter(DemoIncident::shooting)
        .forEach(i -> counts.merge(i.areaId(), 1, Integer::sum));
    counts.forEach((area, n) -> out.printf("t%d-a%d,%d%n", tile.index(), area, n));
  }

  /** Queen contiguity: beats of a city whose rectangles touch at an edge or a corner. */
  private static void beatNeighbours(PrintWriter out, DemoTile tile) {
    double eps = 1e-9;
    for (DemoArea a : tile.areas()) {
      for (DemoArea b : tile.areas()) {
        boolean touch =
            a.id() != b.id()
                && a.jurisdictionId() == b.jurisdictionId()
                && a.west() <= b.east() + eps
                && b.west() <= a.east() + eps
                && a.south() <= b.north() + eps
                && b.south() <= a.north() + eps;
        if (touch) {
          out.printf("t%d-a%d,t%d-a%d%n", tile.index(), a.id(), tile.index(), b.id());
        }
      }
    }
  }

  private static void coOffending(PrintWriter out, DemoTile tile) {
    for (DemoIncident i : tile.incidents()) {
      i.participants().stream()
          .filter(p -> p.role().equals("suspect") || p.role().equals("arrestee"))
          .map(DemoParticipant::personId)
          .distinct()
          .forEach(p -> out.printf("t%d-p%d,t%d-i%d%n", tile.index(), p, tile.index(), i.id()));
    }
  }

  private static void shootingVictims(PrintWriter out, DemoTile tile) {
    tile.incidents().stream()
        .filter(DemoIncident::shooting)
        .flatMap(i -> i.participants().stream())
        .filter(p -> p.role().equals("victim"))
        .map(DemoParticipant::personId)
        .distinct()
        .sorted()
        .forEach(p -> out.printf("t%d-p%d%n", tile.index(), p));
  }

  /** Adds the tile's shootings to the monthly series and its cities to the panel. */
  private void countMonths(DemoTile tile) {
    for (DemoJurisdiction j : tile.jurisdictions()) {
      for (YearMonth m = firstMonth; !m.isAfter(lastMonth); m = m.plusMonths(1)) {
        cityMonths.putIfAbsent(key(j.name(), m, j.id()), 0);
      }
    }
    for (DemoIncident i : tile.incidents()) {
      YearMonth month = month(i);
      if (!i.shooting() || month.isBefore(firstMonth) || month.isAfter(lastMonth)) {
        continue;
      }
      (inProgram(i.jurisdictionId()) ? programMonths : comparisonMonths)
          .merge(month, 1, Integer::sum);
      String name = tile.jurisdictions().get(i.jurisdictionId() - 1).name();
      cityMonths.merge(key(name, month, i.jurisdictionId()), 1, Integer::sum);
    }
  }

  private static String key(String city, YearMonth month, int jurisdictionId) {
    return city + "|" + month + "|" + jurisdictionId;
  }

  private static void monthly(PrintWriter out, Map<YearMonth, Integer> counts) {
    counts.forEach((month, n) -> out.printf("%s,%d%n", month, n));
  }

  private void cityMonths(PrintWriter out) {
    YearMonth start = YearMonth.from(programStart);
    cityMonths.forEach(
        (key, n) -> {
          String[] k = key.split("\\|");
          YearMonth m = YearMonth.parse(k[1]);
          out.printf(
              "\"%s\",%s,%d,%d,%d%n",
              k[0], m, n, inProgram(Integer.parseInt(k[2])) ? 1 : 0, m.isBefore(start) ? 0 : 1);
        });
  }

  /** Jurisdiction j of a tile is the j-th Connecticut city (RegionLayout builds them in order). */
  private static boolean inProgram(int jurisdictionId) {
    return DemoCity.CONNECTICUT.get(jurisdictionId - 1).violence()
        >= ProgramEffect.PROGRAM_CITY_VIOLENCE;
  }

  private static YearMonth month(DemoIncident i) {
    return YearMonth.from(i.occurredAt().atZone(DemoParameters.CONNECTICUT_TIME));
  }

  /**
   * The first and last months are partial (the region starts and ends mid-month): left out. Every
   * month in between starts at zero in both series.
   */
  private void fullMonths(DemoTile first) {
    List<YearMonth> months =
        first.incidents().stream().map(DemoExportFiles::month).sorted().toList();
    firstMonth = months.get(0).plusMonths(1);
    lastMonth = months.get(months.size() - 1).minusMonths(1);
    for (YearMonth m = firstMonth; !m.isAfter(lastMonth); m = m.plusMonths(1)) {
      programMonths.put(m, 0);
      comparisonMonths.put(m, 0);
    }
  }

  private void open(Path dir, String name, String header) throws IOException {
    PrintWriter out =
        new PrintWriter(Files.newBufferedWriter(dir.resolve(name), StandardCharsets.UTF_8));
    out.println(header);
    files.put(name, out);
  }

  private void write(String name, Consumer<PrintWriter> body) {
    PrintWriter out = files.get(name);
    body.accept(out);
    if (out.checkError()) {
      throw new UncheckedIOException(new IOException("cannot write " + name));
    }
  }
}
