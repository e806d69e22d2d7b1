package org.ceasefire.insights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ceasefire.imports.ImportTestData.source;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.SplittableRandom;
import org.ceasefire.access.CeasefireUser;
import org.ceasefire.imports.Imports;

/**
 * Shootings in New Haven for the map's tests: two corners inside the test area where shootings
 * repeat within days and a few metres, and others spread over the city, over the year before {@code
 * last}.
 */
public final class InsightsTestData {

  private InsightsTestData() {}

  public static int importShootings(
      Imports imports, CeasefireUser analyst, Path dir, LocalDate last) throws Exception {
    SplittableRandom random = new SplittableRandom(11);
    StringBuilder csv = new StringBuilder("source_id,type,occurred_at,city,lon,lat");
    double[][] corners = {{-72.935, 41.305}, {-72.925, 41.315}};
    int n = 0;
    for (int burst = 0; burst < 20; burst++) {
      double[] c = corners[burst % 2];
      LocalDate day = last.minusDays(10 + random.nextInt(340));
      for (int k = 0; k < 3; k++) {
        csv.append(
            row(
                "C" + n++,
                k == 0 ? "homicide" : "non_fatal_shooting",
                day.plusDays(k * 2L),
                c[0] + (random.nextDouble() - 0.5) * 0.0008,
                c[1] + (random.nextDouble() - 0.5) * 0.0006));
      }
    }
    for (int k = 0; k < 60; k++) {
      csv.append(
          row(
              "S" + n++,
              "non_fatal_shooting",
              last.minusDays(random.nextInt(360)),
              -73.0 + random.nextDouble() * 0.14,
              41.26 + random.nextDouble() * 0.1));
    }
    Path file = Files.writeString(dir.resolve("shootings.csv"), csv, StandardCharsets.UTF_8);
    var run = imports.run(analyst, "incidents", source(file, "t-rms", null), p -> {});
    assertThat(run.inserted()).isEqualTo(n);
    return n;
  }

  private static String row(String id, String type, LocalDate day, double lon, double lat) {
    return String.format(
        Locale.ROOT, "%n%s,%s,%sT21:30,New Haven,%.6f,%.6f", id, type, day, lon, lat);
  }
}
