package org.ceasefire.evaluation;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ceasefire.incidents.Incidents;
import org.springframework.stereotype.Component;

/**
 * The outcome series the designs work on: monthly counts of a performance measure per city or area,
 * over the whole months of the site's data (at most {@link #MAX_MONTHS}, ending with the last whole
 * month before today, in the site's time zone).
 */
@Component
class OutcomeSeries {

  static final int MAX_MONTHS = 120;

  /** The measures a program may name, with the incident types each counts. */
  private static final Map<String, List<String>> MEASURES = new LinkedHashMap<>();

  static {
    MEASURES.put("shootings", List.of("homicide", "non_fatal_shooting"));
    MEASURES.put("homicides", List.of("homicide"));
    MEASURES.put("non_fatal_shootings", List.of("non_fatal_shooting"));
    MEASURES.put("shots_fired", List.of("shots_fired"));
  }

  private final Incidents incidents;
  private final Clock clock;

  OutcomeSeries(Incidents incidents, Clock clock) {
    this.incidents = incidents;
    this.clock = clock;
  }

  Set<String> measures() {
    return MEASURES.keySet();
  }

  String label(String measure) {
    return measure.replace('_', ' ');
  }

  /** Monthly counts per city, for the given cities, over the site's whole months. */
  Map<Long, PlaceSeries> cities(long site, String measure, Map<Long, String> names) {
    return series(site, measure, names, true);
  }

  Map<Long, PlaceSeries> areas(long site, String measure, Map<Long, String> names) {
    return series(site, measure, names, false);
  }

  private Map<Long, PlaceSeries> series(
      long site, String measure, Map<Long, String> names, boolean cities) {
    List<String> types = MEASURES.get(measure);
    if (types == null) {
      throw new IllegalArgumentException("unknown measure: " + measure);
    }
    ZoneId zone = incidents.zone(site);
    YearMonth last = YearMonth.from(LocalDate.now(clock.withZone(zone))).minusMonths(1);
    List<YearMonth> months = new ArrayList<>();
    List<Map<Long, Long>> counts = new ArrayList<>();
    for (YearMonth m = last.minusMonths(MAX_MONTHS - 1); !m.isAfter(last); m = m.plusMonths(1)) {
      OffsetDateTime from = m.atDay(1).atStartOfDay(zone).toOffsetDateTime();
      OffsetDateTime to = m.plusMonths(1).atDay(1).atStartOfDay(zone).toOffsetDateTime();
      Map<Long, Long> c =
          cities
              ? incidents.countsByCity(site, types, from, to)
              : incidents.countsByArea(site, types, from, to);
      if (months.isEmpty() && c.isEmpty()) {
        continue; // before the site's data began
      }
      months.add(m);
      counts.add(c);
    }
    if (!months.isEmpty()) {
      // the first month with data may be partial (data often begins mid-month): left out
      months.remove(0);
      counts.remove(0);
    }
    Map<Long, PlaceSeries> out = new LinkedHashMap<>();
    names.forEach(
        (id, name) -> {
          double[] c = new double[months.size()];
          for (int i = 0; i < c.length; i++) {
            c[i] = counts.get(i).getOrDefault(id, 0L);
          }
          out.put(id, new PlaceSeries(name, months, c));
        });
    return out;
  }
}
