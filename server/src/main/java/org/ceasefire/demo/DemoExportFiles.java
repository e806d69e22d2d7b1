package org.ceasefire.demo;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * The export's files. Ids carry their tile ({@code t0-i17}) so several tiles stay apart; x and y
 * are longitude and latitude (analyse with {@code --lonlat}).
 */
final class DemoExportFiles {

  private final java.util.List<DemoTile> tiles;
  private final LocalDate programStart;
  private final Path dir;
  private final YearMonth firstMonth;
  private final YearMonth lastMonth;

  DemoExportFiles(java.util.List<DemoTile> tiles, LocalDate programStart, Path dir) {
    this.tiles = tiles;
    this.programStart = programStart;
    this.dir = dir;
    YearMonth[] full = fullMonths(tiles);
    this.firstMonth = full[0];
    this.lastMonth = full[1];
  }

  void writeAll() throws IOException {
    file("events.csv", "id,x,y,t,type", out -> incidents(out, false));
    file("shootings.csv", "id,x,y,t,type", out -> incidents(out, true));
    file("areas.csv", "id,value", this::shootingsPerBeat);
    file("weights.csv", "id,neighbor", this::beatNeighbours);
    file("pairs.csv", "node,event", this::coOffending);
    file("seeds.csv", "id", this::shootingVictims);
    file("series.csv", "period,count", out -> monthly(out, true));
    file("series_comparison.csv", "period,count", out -> monthly(out, false));
    file("did.csv", "city,month,outcome,treated,post", this::cityMonths);
  }

  private void incidents(PrintWriter out, boolean shootingsOnly) {
    for (DemoTile tile : tiles) {
      for (DemoIncident i : tile.incidents()) {
        if (!shootingsOnly || i.shooting()) {
          out.printf(
              "t%d-i%d,%.6f,%.6f,%s,%s%n",
              tile.index(), i.id(), i.lon(), i.lat(), i.occurredAt(), i.type());
        }
      }
    }
  }

  private void shootingsPerBeat(PrintWriter out) {
    for (DemoTile tile : tiles) {
      Map<Integer, Integer> counts = new TreeMap<>();
      tile.areas().forEach(a -> counts.put(a.id(), 0));
      tile.incidents().stream()
          .filter(DemoIncident::shooting)
          .forEach(i -> counts.merge(i.areaId(), 1, Integer::sum));
      counts.forEach((area, n) -> out.printf("t%d-a%d,%d%n", tile.index(), area, n));
    }
  }

  /** Queen contiguity: beats of a city whose rectangles touch at an edge or a corner. */
  private void beatNeighbours(PrintWriter out) {
    double eps = 1e-9;
    for (DemoTile tile : tiles) {
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
  }

  private void coOffending(PrintWriter out) {
    for (DemoTile tile : tiles) {
      for (DemoIncident i : tile.incidents()) {
        i.participants().stream()
            .filter(p -> p.role().equals("suspect") || p.role().equals("arrestee"))
            .map(DemoParticipant::personId)
            .distinct()
            .forEach(p -> out.printf("t%d-p%d,t%d-i%d%n", tile.index(), p, tile.index(), i.id()));
      }
    }
  }

  private void shootingVictims(PrintWriter out) {
    for (DemoTile tile : tiles) {
      tile.incidents().stream()
          .filter(DemoIncident::shooting)
          .flatMap(i -> i.participants().stream())
          .filter(p -> p.role().equals("victim"))
          .map(DemoParticipant::personId)
          .distinct()
          .sorted()
          .forEach(p -> out.printf("t%d-p%d%n", tile.index(), p));
    }
  }

  private void monthly(PrintWriter out, boolean programCities) {
    Map<YearMonth, Integer> counts = new TreeMap<>();
    forEachShooting(
        (city, month) -> {
          if (inProgram(city) == programCities && counts.containsKey(month)) {
            counts.merge(month, 1, Integer::sum);
          }
        },
        counts);
    counts.forEach((month, n) -> out.printf("%s,%d%n", month, n));
  }

  private void cityMonths(PrintWriter out) {
    Map<String, Integer> counts = new TreeMap<>();
    for (DemoTile tile : tiles) {
      for (DemoJurisdiction j : tile.jurisdictions()) {
        for (YearMonth m = first(); !m.isAfter(last()); m = m.plusMonths(1)) {
          counts.put(j.name() + "|" + m + "|" + j.id(), 0);
        }
      }
      for (DemoIncident i : tile.incidents()) {
        if (i.shooting() && !month(i).isBefore(first()) && !month(i).isAfter(last())) {
          String name = tile.jurisdictions().get(i.jurisdictionId() - 1).name();
          counts.merge(name + "|" + month(i) + "|" + i.jurisdictionId(), 1, Integer::sum);
        }
      }
    }
    YearMonth start = YearMonth.from(programStart);
    counts.forEach(
        (key, n) -> {
          String[] k = key.split("\\|");
          YearMonth m = YearMonth.parse(k[1]);
          out.printf(
              "\"%s\",%s,%d,%d,%d%n",
              k[0], m, n, inProgram(Integer.parseInt(k[2])) ? 1 : 0, m.isBefore(start) ? 0 : 1);
        });
  }

  private void forEachShooting(
      java.util.function.BiConsumer<Integer, YearMonth> action, Map<YearMonth, Integer> months) {
    for (YearMonth m = first(); !m.isAfter(last()); m = m.plusMonths(1)) {
      months.put(m, 0);
    }
    tiles.forEach(
        t ->
            t.incidents().stream()
                .filter(DemoIncident::shooting)
                .forEach(i -> action.accept(i.jurisdictionId(), month(i))));
  }

  /** Jurisdiction j of a tile is the j-th Connecticut city (RegionLayout builds them in order). */
  private static boolean inProgram(int jurisdictionId) {
    return DemoCity.CONNECTICUT.get(jurisdictionId - 1).violence()
        >= ProgramEffect.PROGRAM_CITY_VIOLENCE;
  }

  private static YearMonth month(DemoIncident i) {
    return YearMonth.from(i.occurredAt().atZone(DemoParameters.CONNECTICUT_TIME));
  }

  /** The first and last months are partial (the region starts and ends mid-month): left out. */
  private static YearMonth[] fullMonths(java.util.List<DemoTile> tiles) {
    java.util.List<YearMonth> months =
        tiles.get(0).incidents().stream().map(DemoExportFiles::month).sorted().toList();
    return new YearMonth[] {
      months.get(0).plusMonths(1), months.get(months.size() - 1).minusMonths(1)
    };
  }

  private YearMonth first() {
    return firstMonth;
  }

  private YearMonth last() {
    return lastMonth;
  }

  private void file(String name, String header, Consumer<PrintWriter> body) throws IOException {
    try (PrintWriter out =
        new PrintWriter(Files.newBufferedWriter(dir.resolve(name), StandardCharsets.UTF_8))) {
      out.println(header);
      body.accept(out);
    }
  }
}
