package org.ceasefire.evaluation;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ceasefire.access.CeasefireUser;
import org.ceasefire.measures.AreaSeries;
import org.ceasefire.measures.Measure;
import org.ceasefire.measures.Measures;
import org.springframework.stereotype.Component;

/**
 * The outcome series the designs work on, from the performance measures ({@link Measures}): monthly
 * counts of an incident measure per city or area over the whole months of the site's data — from
 * the month after the first month with any count in the site (that first month may be partial) to
 * the last whole month before today, at most {@link #MAX_MONTHS} months.
 */
@Component
class OutcomeSeries {

  static final int MAX_MONTHS = 120;

  private final Measures measures;

  OutcomeSeries(Measures measures) {
    this.measures = measures;
  }

  /** The measures a program may name: those counted from incidents (by city and by area). */
  Set<String> measures() {
    Set<String> out = new LinkedHashSet<>();
    for (Measure m : Measure.values()) {
      if (m.byArea()) {
        out.add(m.code());
      }
    }
    return out;
  }

  /** The measure as a result sentence names it ("non-fatal shootings"). */
  String label(String code) {
    return Measure.ofCode("outcome", code)
        .code()
        .replace('_', ' ')
        .replace("non fatal", "non-fatal");
  }

  /** Monthly counts per city, for the given cities, over the site's whole months. */
  Map<Long, PlaceSeries> cities(CeasefireUser viewer, String code, Map<Long, String> names) {
    Measure measure = Measure.ofCode("outcome", code);
    List<YearMonth> months = window(viewer, measure);
    Map<Long, PlaceSeries> out = new LinkedHashMap<>();
    names.forEach(
        (id, name) -> {
          long[] c =
              measures
                  .monthly(viewer, measure, id, months.get(0), months.get(months.size() - 1))
                  .counts();
          out.put(id, new PlaceSeries(name, months, doubles(c)));
        });
    return out;
  }

  Map<Long, PlaceSeries> areas(CeasefireUser viewer, String code, Map<Long, String> names) {
    Measure measure = Measure.ofCode("outcome", code);
    List<YearMonth> months = window(viewer, measure);
    Map<Long, long[]> byArea = new LinkedHashMap<>();
    for (AreaSeries a :
        measures.monthlyByArea(
            viewer, measure, null, months.get(0), months.get(months.size() - 1))) {
      byArea.put(a.areaId(), a.counts());
    }
    Map<Long, PlaceSeries> out = new LinkedHashMap<>();
    names.forEach(
        (id, name) ->
            out.put(
                id,
                new PlaceSeries(
                    name, months, doubles(byArea.getOrDefault(id, new long[months.size()])))));
    return out;
  }

  /** The whole months the designs use; refused when the site has fewer than two with data. */
  private List<YearMonth> window(CeasefireUser viewer, Measure measure) {
    YearMonth last = YearMonth.from(measures.today(viewer.siteId())).minusMonths(1);
    YearMonth first = last.minusMonths(MAX_MONTHS - 1);
    long[] site = measures.monthly(viewer, measure, null, first, last).counts();
    int begin = 0;
    while (begin < site.length && site[begin] == 0) {
      begin++;
    }
    begin++; // the first month with data may be partial
    if (begin >= site.length - 1) {
      throw new IllegalArgumentException(
          "the site has fewer than two whole months of " + measure.label().toLowerCase());
    }
    List<YearMonth> months = new ArrayList<>();
    for (YearMonth m = first.plusMonths(begin); !m.isAfter(last); m = m.plusMonths(1)) {
      months.add(m);
    }
    return months;
  }

  private static double[] doubles(long[] counts) {
    double[] d = new double[counts.length];
    for (int i = 0; i < d.length; i++) {
      d[i] = counts[i];
    }
    return d;
  }
}
