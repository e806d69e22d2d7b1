package org.ceasefire.insights;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.ceasefire.incidents.Incidents;
import org.ceasefire.places.Jurisdiction;
import org.ceasefire.places.Places;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * When and where the filtered incidents rise and fall: the hour × weekday heat map of the filter,
 * and per city the last 28 days up to the filter's end against the 28 days before, and the year to
 * date against the same days of the year before. Counts only: aggregate.
 */
@Service
class Rhythms {

  static final String[] WEEKDAYS = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};

  /** The heat map: counts [weekday][hour] and each cell's shade 0 (none) to 5 (the maximum). */
  record HeatMap(long[][] counts, int[][] shades, long max) {}

  /** One city's trends; a change is null when the earlier count is 0. */
  record CityTrend(
      String city,
      long last28,
      long previous28,
      @Nullable Double change28,
      long yearToDate,
      long sameDaysLastYear,
      @Nullable Double changeYear) {}

  private final Incidents incidents;
  private final Places places;

  Rhythms(Incidents incidents, Places places) {
    this.incidents = incidents;
    this.places = places;
  }

  HeatMap heatMap(long siteId, MapFilter f) {
    ZoneId zone = incidents.zone(siteId);
    long[][] counts =
        incidents.countsByWeekdayAndHour(siteId, f.types(), f.start(zone), f.end(zone), f.city());
    long max = 0;
    for (long[] row : counts) {
      for (long n : row) {
        max = Math.max(max, n);
      }
    }
    int[][] shades = new int[7][24];
    for (int d = 0; d < 7; d++) {
      for (int h = 0; h < 24; h++) {
        shades[d][h] = counts[d][h] == 0 ? 0 : (int) Math.ceil(5.0 * counts[d][h] / max);
      }
    }
    return new HeatMap(counts, shades, max);
  }

  List<CityTrend> trends(long siteId, MapFilter f) {
    ZoneId zone = incidents.zone(siteId);
    LocalDate end = f.to().plusDays(1);
    LocalDate yearStart = f.to().withDayOfYear(1);
    Map<Long, Long> last28 = counts(siteId, f, zone, end.minusDays(28), end);
    Map<Long, Long> prev28 = counts(siteId, f, zone, end.minusDays(56), end.minusDays(28));
    Map<Long, Long> ytd = counts(siteId, f, zone, yearStart, end);
    Map<Long, Long> lastYear = counts(siteId, f, zone, yearStart.minusYears(1), end.minusYears(1));
    List<CityTrend> rows = new ArrayList<>();
    for (Jurisdiction j : places.jurisdictions(siteId)) {
      if (f.city() != null && f.city() != j.id()) {
        continue;
      }
      long a = last28.getOrDefault(j.id(), 0L);
      long b = prev28.getOrDefault(j.id(), 0L);
      long c = ytd.getOrDefault(j.id(), 0L);
      long d = lastYear.getOrDefault(j.id(), 0L);
      rows.add(new CityTrend(j.name(), a, b, change(a, b), c, d, change(c, d)));
    }
    return rows;
  }

  private Map<Long, Long> counts(
      long siteId, MapFilter f, ZoneId zone, LocalDate from, LocalDate to) {
    return incidents.countsByCity(
        siteId,
        f.types(),
        from.atStartOfDay(zone).toOffsetDateTime(),
        to.atStartOfDay(zone).toOffsetDateTime());
  }

  private static @Nullable Double change(long now, long before) {
    return before == 0 ? null : 100.0 * (now - before) / before;
  }
}
