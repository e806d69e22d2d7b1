package org.ceasefire.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ceasefire.imports.ImportTestData.source;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.ceasefire.access.CeasefireUser;
import org.ceasefire.imports.Imports;
import org.ceasefire.places.Places;

/**
 * Six Connecticut cities with four years of monthly shootings (seeded Poisson draws): Hartford the
 * target, whose rate drops by {@code effect} from the program's first month; the others comparison
 * cities at steady rates with a shared winter dip.
 */
public final class EvaluationTestData {

  static final List<String> CITIES =
      List.of("Hartford", "New Britain", "Waterbury", "Stamford", "Norwalk", "Danbury");
  static final double[] RATES = {12, 7, 9, 5, 6, 4};

  /** Cities by id, in {@link #CITIES} order, and the program's first month. */
  public record Region(List<Long> cities, YearMonth start, int incidents) {}

  private EvaluationTestData() {}

  public static Region region(
      Places places,
      Imports imports,
      CeasefireUser analyst,
      Path dir,
      LocalDate today,
      double effect)
      throws Exception {
    List<Long> ids = new ArrayList<>();
    for (int c = 0; c < CITIES.size(); c++) {
      ids.add(
          places.createJurisdiction(
              analyst.siteId(), CITIES.get(c), "CT", -72.7 + c * 0.1, 41.5, 100_000));
    }
    YearMonth last = YearMonth.from(today).minusMonths(1);
    YearMonth first = last.minusMonths(47);
    YearMonth start = last.minusMonths(23);
    SplittableRandom random = new SplittableRandom(7);
    StringBuilder csv = new StringBuilder("source_id,type,occurred_at,city");
    int n = 0;
    // one incident in the month before the series, which the series leaves out as partial
    csv.append(
        String.format(
            Locale.ROOT,
            "%nE%d,homicide,%sT12:00,%s",
            n++,
            first.minusMonths(1).atDay(20),
            CITIES.get(1)));
    for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
      double season = m.getMonthValue() <= 2 ? 0.7 : 1.0;
      for (int c = 0; c < CITIES.size(); c++) {
        double rate = RATES[c] * season * (c == 0 && !m.isBefore(start) ? effect : 1);
        int k = poisson(random, rate);
        for (int i = 0; i < k; i++) {
          LocalDate day = m.atDay(1 + random.nextInt(m.lengthOfMonth()));
          csv.append(
              String.format(
                  Locale.ROOT,
                  "%nE%d,%s,%sT%02d:15,%s",
                  n++,
                  random.nextInt(5) == 0 ? "homicide" : "non_fatal_shooting",
                  day,
                  random.nextInt(24),
                  CITIES.get(c)));
        }
      }
    }
    Path file = Files.writeString(dir.resolve("shootings.csv"), csv, StandardCharsets.UTF_8);
    var run = imports.run(analyst, "incidents", source(file, "t-eval", null), p -> {});
    assertThat(run.inserted()).isEqualTo(n);
    return new Region(ids, start, n);
  }

  static int poisson(SplittableRandom random, double mean) {
    double l = Math.exp(-mean);
    int k = 0;
    double p = 1;
    do {
      k++;
      p *= random.nextDouble();
    } while (p > l);
    return k - 1;
  }

  static ProgramInput program(Region r, String start) {
    return new ProgramInput(
        "Hartford Ceasefire",
        start,
        "shootings",
        List.of(r.cities().get(0)),
        r.cities().subList(1, r.cities().size()),
        null,
        null,
        null);
  }
}
