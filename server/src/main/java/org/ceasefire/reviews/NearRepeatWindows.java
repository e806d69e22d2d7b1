package org.ceasefire.reviews;

import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.ceasefire.analytics.nearrepeat.Bands;
import org.ceasefire.analytics.nearrepeat.KnoxTable;
import org.ceasefire.analytics.nearrepeat.RiskWindow;
import org.ceasefire.analytics.nearrepeat.SameLocation;
import org.ceasefire.analytics.nearrepeat.SpaceTimeEvents;
import org.ceasefire.analytics.spatial.LonLatProjection;
import org.ceasefire.incidents.IncidentPoint;
import org.ceasefire.incidents.Incidents;
import org.ceasefire.platform.SiteScope;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The site's near-repeat window for retaliation alerts, computed by the analytics module's Knox
 * table from the site's located shootings and homicides of the last three years (100 m bands to 800
 * m × 7-day bands to 56 days, 199 permutations, fixed seed; a cell counts when p ≤ 0.05 and the
 * ratio ≥ 1.2; see {@link RiskWindow}). Sites with fewer than {@value #MIN_SHOOTINGS} such
 * shootings, or no significant pattern, get the default of {@value #DEFAULT_METERS} m and {@value
 * #DEFAULT_DAYS} days.
 *
 * <p>Estimated once a day per site and kept in {@code near_repeat_window} (V105). On a state-wide
 * site the estimate takes minutes of CPU, so it is never made on an agenda's request path once one
 * exists: when the day's estimate is due, agendas keep the last one and a single background worker
 * makes the new one. Only a site that has never had one waits for its first.
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
  private static final Logger log = LoggerFactory.getLogger(NearRepeatWindows.class);

  private record Stored(LocalDate on, NearRepeatWindow window) {}

  private final Incidents incidents;
  private final Clock clock;
  private final JdbcClient jdbc;
  private final SiteScope scope;
  private final Map<Long, Object> locks = new ConcurrentHashMap<>();
  private final Set<Long> refreshing = ConcurrentHashMap.newKeySet();
  private final ExecutorService worker =
      Executors.newSingleThreadExecutor(
          r -> {
            Thread t = new Thread(r, "near-repeat-window");
            t.setDaemon(true);
            return t;
          });

  NearRepeatWindows(Incidents incidents, Clock clock, JdbcClient jdbc, SiteScope scope) {
    this.incidents = incidents;
    this.clock = clock;
    this.jdbc = jdbc;
    this.scope = scope;
  }

  @PreDestroy
  void stop() {
    worker.shutdownNow();
  }

  /** The site's window: today's, else the last one (today's then follows in the background). */
  NearRepeatWindow of(long siteId) {
    LocalDate today = today(siteId);
    Optional<Stored> stored = stored(siteId);
    if (stored.isPresent()) {
      if (!stored.get().on().equals(today)) {
        refreshInBackground(siteId);
      }
      return stored.get().window();
    }
    return estimate(siteId, today);
  }

  /** Forgets the stored window, so the next request estimates it afresh (tests, big imports). */
  void forget(long siteId) {
    scope.run(
        siteId,
        () ->
            jdbc.sql("delete from near_repeat_window where site_id = :site")
                .param("site", siteId)
                .update());
  }

  private void refreshInBackground(long siteId) {
    if (refreshing.add(siteId)) {
      worker.execute(
          () -> {
            try {
              scope.run(siteId, () -> estimate(siteId, today(siteId)));
            } catch (RuntimeException e) {
              log.warn("near-repeat window of site {} not estimated: {}", siteId, e.toString());
            } finally {
              refreshing.remove(siteId);
            }
          });
    }
  }

  /** One estimate per site at a time: the others wait for it and take it. */
  private NearRepeatWindow estimate(long siteId, LocalDate today) {
    synchronized (locks.computeIfAbsent(siteId, id -> new Object())) {
      Optional<Stored> stored = stored(siteId);
      if (stored.isPresent() && stored.get().on().equals(today)) {
        return stored.get().window();
      }
      NearRepeatWindow window = compute(siteId, incidents.zone(siteId), today);
      store(siteId, today, window);
      return window;
    }
  }

  private LocalDate today(long siteId) {
    return LocalDate.now(clock.withZone(incidents.zone(siteId)));
  }

  private Optional<Stored> stored(long siteId) {
    return scope.call(
        siteId,
        () ->
            jdbc.sql(
                    """
                    select computed_on, meters, days, estimated, basis
                      from near_repeat_window where site_id = :site
                    """)
                .param("site", siteId)
                .query(
                    (rs, n) ->
                        new Stored(
                            rs.getObject("computed_on", LocalDate.class),
                            new NearRepeatWindow(
                                rs.getInt("meters"),
                                rs.getInt("days"),
                                rs.getBoolean("estimated"),
                                rs.getString("basis"))))
                .optional());
  }

  private void store(long siteId, LocalDate on, NearRepeatWindow w) {
    scope.run(
        siteId,
        () ->
            jdbc.sql(
                    """
                    insert into near_repeat_window (site_id, computed_on, meters, days, estimated,
                                                    basis)
                    values (:site, :on, :meters, :days, :estimated, :basis)
                    on conflict (site_id) do update
                      set computed_on = excluded.computed_on, computed_at = now(),
                          meters = excluded.meters, days = excluded.days,
                          estimated = excluded.estimated, basis = excluded.basis
                    """)
                .param("site", siteId)
                .param("on", on)
                .param("meters", w.meters())
                .param("days", w.days())
                .param("estimated", w.estimated())
                .param("basis", w.basis())
                .update());
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
