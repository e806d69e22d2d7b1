package org.ceasefire.insights;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.ceasefire.incidents.IncidentPoint;
import org.ceasefire.places.Area;
import org.jspecify.annotations.Nullable;

/** What the map's API answers: built from the analyses with {@code from(...)}. */
final class MapResponses {

  private MapResponses() {}

  /** The filter as applied (defaults filled in). */
  record Filter(List<String> types, LocalDate from, LocalDate to, @Nullable Long city) {
    static Filter from(MapFilter f) {
      return new Filter(f.types(), f.from(), f.to(), f.city());
    }
  }

  /** An analysis still running: its stage, how far (0 to 1) and since when. */
  record Running(String status, String stage, double fraction, java.time.Instant startedAt) {
    static Running from(Analysis.Snapshot<?> s) {
      return new Running("running", s.stage(), s.fraction(), s.startedAt());
    }
  }

  /** Incidents of the filter per area: an aggregate. */
  record AreaCounts(Filter filter, long total, List<AreaCount> areas) {
    static AreaCounts from(MapFilter f, List<Area> areas, Map<Long, Long> counts) {
      List<AreaCount> rows =
          areas.stream()
              .map(a -> new AreaCount(a.id(), a.name(), counts.getOrDefault(a.id(), 0L)))
              .toList();
      return new AreaCounts(
          Filter.from(f), counts.values().stream().mapToLong(Long::longValue).sum(), rows);
    }
  }

  record AreaCount(long areaId, String name, long count) {}

  /** Located incidents of the filter: exact places (investigative). */
  record IncidentPoints(Filter filter, int count, List<double[]> points, List<String> dates) {
    static IncidentPoints from(MapFilter f, List<IncidentPoint> located) {
      return new IncidentPoints(
          Filter.from(f),
          located.size(),
          located.stream().map(p -> new double[] {p.lon(), p.lat()}).toList(),
          located.stream().map(p -> p.occurredAt().toLocalDate().toString()).toList());
    }
  }

  /** The kernel-density and Gi* surface with its parameters. */
  record Surface(
      Filter filter,
      int points,
      double cell,
      double bandwidth,
      double distance,
      double alpha,
      String kernel,
      int rows,
      int cols,
      double maxDensity,
      long hotSpots,
      long coldSpots,
      List<SurfaceCell> cells) {
    static Surface from(MapFilter f, HotSpotSurface s) {
      return new Surface(
          Filter.from(f),
          s.points(),
          s.cell(),
          s.bandwidth(),
          s.distance(),
          s.alpha(),
          s.kernel(),
          s.rows(),
          s.cols(),
          s.maxDensity(),
          s.cells().stream().filter(c -> c.spot().equals("hot")).count(),
          s.cells().stream().filter(c -> c.spot().equals("cold")).count(),
          s.cells().stream().map(SurfaceCell::from).toList());
    }
  }

  record SurfaceCell(
      int row,
      int col,
      int count,
      double density,
      @Nullable Double z,
      @Nullable Double p,
      boolean significant,
      String spot,
      List<double[]> corners) {
    static SurfaceCell from(HotSpotSurface.Cell c) {
      return new SurfaceCell(
          c.row(),
          c.col(),
          c.count(),
          c.density(),
          c.z(),
          c.p(),
          c.significant(),
          c.spot(),
          c.corners());
    }
  }

  /** The near-repeat table with its reading in words. */
  record NearRepeat(
      Filter filter,
      int events,
      int permutations,
      long seed,
      List<double[]> distanceBands,
      List<double[]> timeBands,
      long[][] observed,
      double[][] expected,
      @Nullable Double[][] ratio,
      double[][] p,
      String reading) {
    static NearRepeat from(MapFilter f, NearRepeatGrid g) {
      return new NearRepeat(
          Filter.from(f),
          g.events(),
          g.permutations(),
          g.seed(),
          g.distanceBands(),
          g.timeBands(),
          g.observed(),
          g.expected(),
          g.ratio(),
          g.p(),
          g.reading());
    }
  }
}
