package org.ceasefire.insights;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.ceasefire.analytics.nearrepeat.Bands;
import org.ceasefire.analytics.nearrepeat.KnoxTable;
import org.ceasefire.analytics.nearrepeat.RiskWindow;
import org.ceasefire.analytics.nearrepeat.SameLocation;
import org.ceasefire.analytics.nearrepeat.SpaceTimeEvents;
import org.ceasefire.analytics.spatial.LonLatProjection;
import org.ceasefire.incidents.IncidentPoint;
import org.ceasefire.incidents.Incidents;
import org.ceasefire.platform.ValidationException;
import org.springframework.stereotype.Service;

/**
 * The near-repeat grid of the map's filter: the analytics module's {@link KnoxTable} as {@code
 * analyze nearrepeat --lonlat --distance-bands 0,100,200,300,400,500 --time-bands 0,7,14,21,28,35
 * --permutations 199 --seed 1} computes it, read by {@link RiskWindow} (the run of cells from the
 * origin with p ≤ 0.05 and ratio ≥ 1.2). Cached per site and data version.
 */
@Service
class NearRepeats {

  static final double[] DISTANCES = {0, 100, 200, 300, 400, 500};
  static final double[] DAYS = {0, 7, 14, 21, 28, 35};
  static final int PERMUTATIONS = 199;
  static final long SEED = 1;
  static final int MAX_EVENTS = 60_000;

  private final Incidents incidents;
  private final HotSpots hotSpots;
  private final AnalysisCache cache;

  NearRepeats(Incidents incidents, HotSpots hotSpots, AnalysisCache cache) {
    this.incidents = incidents;
    this.hotSpots = hotSpots;
    this.cache = cache;
  }

  NearRepeatGrid of(long siteId, MapFilter filter) {
    return cache.get(siteId, "nearrepeat|" + filter.key(), work(siteId, filter));
  }

  /** The grid if ready within a moment, else the job's progress. */
  Analysis.Snapshot<NearRepeatGrid> poll(long siteId, MapFilter filter) {
    return cache.poll(
        siteId, "nearrepeat|" + filter.key(), work(siteId, filter), AnalysisCache.defaultWait());
  }

  private AnalysisCache.Work<NearRepeatGrid> work(long siteId, MapFilter filter) {
    List<IncidentPoint> located = hotSpots.points(siteId, filter);
    if (located.size() > MAX_EVENTS) {
      throw ValidationException.of(
          "types",
          "the near-repeat grid takes at most "
              + MAX_EVENTS
              + " incidents; this filter has "
              + located.size()
              + ": narrow the types or the dates",
          String.join(",", filter.types()));
    }
    return AnalysisCache.onIncidents(
        incidents,
        siteId,
        progress -> {
          progress.at(
              "Knox table of " + located.size() + " incidents, " + PERMUTATIONS + " permutations",
              0.1);
          return compute(located, words(filter.types()));
        });
  }

  static NearRepeatGrid compute(List<IncidentPoint> located, String what) {
    int n = located.size();
    double[] lon = new double[n];
    double[] lat = new double[n];
    long[] seconds = new long[n];
    for (int i = 0; i < n; i++) {
      lon[i] = located.get(i).lon();
      lat[i] = located.get(i).lat();
      seconds[i] = located.get(i).occurredAt().toEpochSecond();
    }
    Bands distance = new Bands(DISTANCES);
    Bands time = new Bands(DAYS);
    var events = new SpaceTimeEvents(LonLatProjection.project(lon, lat), seconds);
    var table = KnoxTable.compute(events, distance, time, SameLocation.POOLED, PERMUTATIONS, SEED);
    Double[][] ratio = new Double[table.ratio().length][];
    for (int r = 0; r < ratio.length; r++) {
      ratio[r] = new Double[table.ratio()[r].length];
      for (int c = 0; c < ratio[r].length; c++) {
        double v = table.ratio()[r][c];
        ratio[r][c] = Double.isFinite(v) ? v : null;
      }
    }
    String reading =
        RiskWindow.of(table, 0.05, 1.2)
            .map(
                w ->
                    String.format(
                        Locale.ROOT,
                        "%s within %d m and %d days of one another are %.1f times as frequent as"
                            + " expected by chance (p = %.3f, %d permutations).",
                        capitalised(what),
                        Math.round(w.meters()),
                        w.days(),
                        w.ratio(),
                        w.p(),
                        PERMUTATIONS))
            .orElse(
                String.format(
                    Locale.ROOT,
                    "No significant near-repeat pattern: %s close in space and time are no more"
                        + " frequent than chance would give (%d located incidents).",
                    what,
                    n));
    return new NearRepeatGrid(
        n,
        PERMUTATIONS,
        SEED,
        bands(distance),
        bands(time),
        table.observed(),
        table.expected(),
        ratio,
        table.p(),
        reading);
  }

  private static List<double[]> bands(Bands b) {
    List<double[]> list = new ArrayList<>();
    for (int i = 0; i < b.count(); i++) {
      list.add(new double[] {b.lower(i), b.upper(i)});
    }
    return list;
  }

  static String words(List<String> types) {
    if (types.equals(MapFilter.SHOOTINGS)
        || types.containsAll(MapFilter.SHOOTINGS) && types.size() == 2) {
      return "shootings";
    }
    return "incidents (" + String.join(", ", types).replace('_', ' ') + ")";
  }

  private static String capitalised(String s) {
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
