package org.ceasefire.insights;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.ceasefire.demo.DemoExport;
import org.ceasefire.incidents.IncidentPoint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How long the map's analyses take on the demo region at scale 10 (not a test: run with {@code
 * -Dtest=InsightsBenchmark}; figures in docs/benchmarks.md).
 */
class InsightsBenchmark {

  @TempDir Path dir;

  @Test
  void timesTheMapsAnalysesOnTheDemoRegionAtScaleTen() throws Exception {
    DemoExport.run(new String[] {dir.toString(), "--scale", "10"});
    for (String file : List.of("shootings.csv", "events.csv")) {
      List<IncidentPoint> all = read(dir.resolve(file));
      LocalDate last = all.get(all.size() - 1).occurredAt().toLocalDate();
      for (int years : new int[] {1, 5}) {
        OffsetDateTime from = last.minusYears(years).atStartOfDay().atOffset(ZoneOffset.UTC);
        List<IncidentPoint> chosen =
            all.stream().filter(p -> !p.occurredAt().isBefore(from)).toList();
        long t0 = System.nanoTime();
        HotSpotSurface s = HotSpots.compute(chosen);
        long t1 = System.nanoTime();
        String nr =
            chosen.size() <= 60_000
                ? String.format("%.2f s", time(() -> NearRepeats.compute(chosen, "incidents")))
                : "not run";
        System.out.printf(
            "insights benchmark: %s %d year(s): %,d points, cell %.0f m, %d x %d grid, %,d cells"
                + " sent, hot spots %.2f s, near repeat %s%n",
            file,
            years,
            chosen.size(),
            s.cell(),
            s.rows(),
            s.cols(),
            s.cells().size(),
            (t1 - t0) / 1e9,
            nr);
      }
    }
  }

  private static double time(Runnable r) {
    long t0 = System.nanoTime();
    r.run();
    return (System.nanoTime() - t0) / 1e9;
  }

  private static List<IncidentPoint> read(Path csv) throws Exception {
    List<IncidentPoint> points = new ArrayList<>();
    List<String> lines = Files.readAllLines(csv);
    for (String line : lines.subList(1, lines.size())) {
      String[] f = line.split(",");
      String t = f[3];
      OffsetDateTime at =
          t.length() == 10
              ? LocalDate.parse(t).atStartOfDay().atOffset(ZoneOffset.UTC)
              : t.endsWith("Z") || t.contains("+") || t.lastIndexOf('-') > 9
                  ? OffsetDateTime.parse(t)
                  : java.time.LocalDateTime.parse(t).atOffset(ZoneOffset.UTC);
      points.add(new IncidentPoint(Double.parseDouble(f[1]), Double.parseDouble(f[2]), at));
    }
    points.sort(java.util.Comparator.comparing(IncidentPoint::occurredAt));
    return points;
  }
}
