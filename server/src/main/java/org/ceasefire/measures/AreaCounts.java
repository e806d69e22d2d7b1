package org.ceasefire.measures;

import java.time.YearMonth;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One measure counted per area (beat, district or neighbourhood) over the months {@code from} to
 * {@code to} inclusive, for one city or the whole site (null): every area of the unit, zero
 * included. Incidents without an area are in {@code unlocated}.
 */
public record AreaCounts(
    Measure measure,
    @Nullable Long jurisdictionId,
    YearMonth from,
    YearMonth to,
    List<AreaCount> areas,
    long unlocated) {

  public AreaCounts {
    areas = List.copyOf(areas);
  }

  /** One area's count, with its city and population (when known). */
  public record AreaCount(
      long areaId, String name, long jurisdictionId, @Nullable Integer population, long count) {}

  public long total() {
    return unlocated + areas.stream().mapToLong(AreaCount::count).sum();
  }
}
