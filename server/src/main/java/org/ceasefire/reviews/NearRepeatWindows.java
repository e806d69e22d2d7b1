package org.ceasefire.reviews;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.ceasefire.analytics.nearrepeat.Bands;
import org.ceasefire.analytics.nearrepeat.KnoxTable;
import org.ceasefire.analytics.nearrepeat.RiskWindow;
import org.ceasefire.analytics.nearrepeat.SameLocation;
import org.ceasefire.analytics.nearrepeat.SpaceTimeEvents;
import org.ceasefire.analytics.spatial.LonLatProjection;
import org.ceasefire.incidents.IncidentPoint;
import org.ceasefire.incidents.Incidents;
import org.springframework.stereotype.Component;

/**
 * The site's near-repeat window for retaliation alerts, computed by the analytics module's Knox
 * table from the site's located shootings and homicides of the last three years (100 m bands to 800
 * m × 7-day bands to 56 days, 199 permutations, fixed seed; a cell counts when p ≤ 0.05 and the
 * ratio ≥ 1.2; see {@link RiskWindow}). Sites with fewer than {@value #MIN_SHOOTINGS} such
 * shootings, or no significant pattern, get the default of {@value #DEFAULT_METERS} m and {@value
 * #DEFAULT_DAYS} days. Computed once a day per site and kept in memory.
 */
@Component
class NearRepeatWindows {

  static final int DEFAULT_METERS = 400;
  static final int DEFAULT_DAYS = 14;
  static final int MIN_SHOOTINGS = 30;
  private static final List<String> SHOOTINGS = List.of("homicide", "non_fatal_shooting");
  private static final Bands DISTANCE =
      new Bands(new double[] {0, 100, 200, 300, 400, 500, 600, 700, 800});
  private static final Bands TIME = new Bands(new double[] {0, 7, 14, 21, 28, 35, 42, 49, 56});

  private record Cached(LocalDate on, NearRepeatWindow window) {}

  private final Incidents incidents;
  private final Clock clock;
  private final Map<Long, Cached> cache = new ConcurrentHashMap<>();
  private final Map<Long, Object> locks = new ConcurrentHashMap<>();

  NearRepeatWindows(Incidents incidents, Clock clock) {
    this.incidents = incidents;
    this.clock = clock;
  }

  NearRepeatWindow of(long siteId) {
    ZoneId zone = incidents.zone(siteId);
    LocalDate today = LocalDate.now(clock.withZone(zone));
    Cached cached = cache.get(siteId);
    if (cached != null && cached.on().equals(today)) {
      return cached.window();
    }
    // one computation per site at a time: on a big site it takes seconds, and every agenda asks
    synchronized (locks.computeIfAbsent(siteId, id -> new Object())) {
      cached = cache.get(siteId);
      if (cached != null && cached.on().equals(today)) {
        return cached.window();
      }
      NearRepeatWindow window = compute(siteId, zone, today);
      cache.put(siteId, new Cached(today, window));
      return window;
    }
  }

  /** Forgets the cached windows (tests that add shootings, an import of many). */
  void forget(long siteId) {
    cache.remove(siteId);
  }

  private NearRepeatWindow compute(long siteId, ZoneId zone, LocalDate today) {
    List<IncidentPoint> shootings =
        incidents.located(
            siteId,
            SHOOTINGS,
            today.minusYears(3).atStartOfDay(zone).toOffsetDateTime(),
            today.plusDays(1).atStartOfDay(zone).toOffsetDateTime());
    if (shootings.size() < MIN_SHOOTINGS) {
      return fallback(
          "the default: "
              + shootings.size()
              + " located shootings in three years are too few"
              + " to estimate the site's own (at least "
              + MIN_SHOOTINGS
              + ")");
    }
    double[] lon = shootings.stream().mapToDouble(IncidentPoint::lon).toArray();
    double[] lat = shootings.stream().mapToDouble(IncidentPoint::lat).toArray();
    long[] seconds = shootings.stream().mapToLong(s -> s.occurredAt().toEpochSecond()).toArray();
    var events = new SpaceTimeEvents(LonLatProjection.project(lon, lat), seconds);
    var table = KnoxTable.compute(events, DISTANCE, TIME, SameLocation.POOLED, 199, 20_261_201L);
    return RiskWindow.of(table, 0.05, 1.2)
        .map(
            w ->
                new NearRepeatWindow(
                    (int) Math.round(w.meters()),
                    w.days(),
                    true,
                    String.format(
                        Locale.ROOT,
                        "estimated from the site's %,d located shootings of the last three years:"
                            + " within 100 m and 7 days of a shooting, shootings were %.1f times"
                            + " as frequent as expected by chance (p = %.3f)",
                        shootings.size(),
                        w.ratio(),
                        w.p())))
        .orElseGet(
            () ->
                fallback(
                    "the default: the site's "
                        + shootings.size()
                        + " located shootings of the"
                        + " last three years show no significant near-repeat pattern"));
  }

  private static NearRepeatWindow fallback(String basis) {
    return new NearRepeatWindow(DEFAULT_METERS, DEFAULT_DAYS, false, basis);
  }
}
