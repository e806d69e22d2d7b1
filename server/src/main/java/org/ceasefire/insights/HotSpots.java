package org.ceasefire.insights;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.ceasefire.analytics.spatial.FalseDiscoveryRate;
import org.ceasefire.analytics.spatial.GetisOrd;
import org.ceasefire.analytics.spatial.Grid;
import org.ceasefire.analytics.spatial.GridCount;
import org.ceasefire.analytics.spatial.Kernel;
import org.ceasefire.analytics.spatial.KernelDensity;
import org.ceasefire.analytics.spatial.LonLatProjection;
import org.ceasefire.analytics.spatial.NormalP;
import org.ceasefire.analytics.spatial.Points;
import org.ceasefire.analytics.spatial.Weights;
import org.ceasefire.incidents.IncidentPoint;
import org.ceasefire.incidents.Incidents;
import org.springframework.stereotype.Service;

/**
 * The hot-spot layers of the map, computed by the analytics module on the site's located incidents
 * exactly as {@code analyze kde --cell C --bandwidth 2C --kernel quartic --lonlat} and {@code
 * analyze gistar --events --cell C --distance 2C --alpha 0.05 --lonlat} compute them on the same
 * events: {@link KernelDensity} (quartic, per km²) and {@link GetisOrd} Gi* with distance-band
 * neighbours, two-sided normal p and {@link FalseDiscoveryRate} (Benjamini-Hochberg). The cell is
 * {@value #CELL} m, or the smallest multiple of 50 m keeping the grid within {@value #MAX_CELLS}
 * cells when the incidents spread wide. Results are cached per site and data version.
 */
@Service
class HotSpots {

  static final double CELL = 200;
  static final int MAX_CELLS = 400_000;
  static final double ALPHA = 0.05;

  private final Incidents incidents;
  private final AnalysisCache cache;

  HotSpots(Incidents incidents, AnalysisCache cache) {
    this.incidents = incidents;
    this.cache = cache;
  }

  List<IncidentPoint> points(long siteId, MapFilter filter) {
    ZoneId zone = incidents.zone(siteId);
    return cache.get(
        siteId,
        "points|" + filter.key(),
        AnalysisCache.onIncidents(
            incidents,
            siteId,
            progress -> {
              progress.at("reading the incidents", 0.05);
              return List.copyOf(
                  incidents.located(
                      siteId, filter.types(), filter.start(zone), filter.end(zone), filter.city()));
            }));
  }

  HotSpotSurface surface(long siteId, MapFilter filter) {
    return cache.get(siteId, "surface|" + filter.key(), surfaceWork(siteId, filter));
  }

  /** The surface if ready within a moment, else the job's progress. */
  Analysis.Snapshot<HotSpotSurface> pollSurface(long siteId, MapFilter filter) {
    return cache.poll(
        siteId,
        "surface|" + filter.key(),
        surfaceWork(siteId, filter),
        AnalysisCache.defaultWait());
  }

  private AnalysisCache.Work<HotSpotSurface> surfaceWork(long siteId, MapFilter filter) {
    return AnalysisCache.onIncidents(
        incidents, siteId, progress -> compute(points(siteId, filter), progress));
  }

  static HotSpotSurface compute(List<IncidentPoint> located) {
    return compute(located, AnalysisCache.Progress.NONE);
  }

  static HotSpotSurface compute(List<IncidentPoint> located, AnalysisCache.Progress progress) {
    int n = located.size();
    double[] lon = new double[n];
    double[] lat = new double[n];
    for (int i = 0; i < n; i++) {
      lon[i] = located.get(i).lon();
      lat[i] = located.get(i).lat();
    }
    if (n == 0) {
      return new HotSpotSurface(0, CELL, 2 * CELL, 2 * CELL, ALPHA, "quartic", 0, 0, 0, List.of());
    }
    Points points = LonLatProjection.project(lon, lat);
    double cell = cellFor(points);
    Grid grid = Grid.covering(points, cell);
    progress.at("kernel density of " + n + " incidents", 0.2);
    double[] density = KernelDensity.estimate(points, grid, Kernel.QUARTIC, 2 * cell);
    int[] counts = GridCount.count(points, grid);
    double[] x = new double[counts.length];
    for (int k = 0; k < x.length; k++) {
      x[k] = counts[k];
    }
    progress.at("Gi* hot and cold spots", 0.55);
    double[] z = GetisOrd.z(x, Weights.distanceBand(grid, 2 * cell), GetisOrd.Variant.GI_STAR);
    double[] p = new double[z.length];
    for (int k = 0; k < z.length; k++) {
      p[k] = NormalP.twoSided(z[k]);
    }
    progress.at("significance", 0.85);
    boolean[] significant = FalseDiscoveryRate.significant(p, ALPHA);
    double max = 0;
    for (int k = 0; k < density.length; k++) {
      density[k] *= 1e6;
      max = Math.max(max, density[k]);
    }
    MapPlane plane = MapPlane.of(lon, lat);
    List<HotSpotSurface.Cell> cells = new ArrayList<>();
    for (int k = 0; k < density.length; k++) {
      if (counts[k] > 0 || density[k] >= 0.01 * max || significant[k]) {
        cells.add(cell(grid, plane, k, counts[k], density[k], z[k], p[k], significant[k]));
      }
    }
    return new HotSpotSurface(
        n, cell, 2 * cell, 2 * cell, ALPHA, "quartic", grid.rows(), grid.cols(), max, cells);
  }

  /** {@value #CELL} m, or the smallest multiple of 50 m that keeps the grid small enough. */
  static double cellFor(Points points) {
    double minX = Double.MAX_VALUE;
    double maxX = -Double.MAX_VALUE;
    double minY = Double.MAX_VALUE;
    double maxY = -Double.MAX_VALUE;
    for (int i = 0; i < points.size(); i++) {
      minX = Math.min(minX, points.x()[i]);
      maxX = Math.max(maxX, points.x()[i]);
      minY = Math.min(minY, points.y()[i]);
      maxY = Math.max(maxY, points.y()[i]);
    }
    double cell = CELL;
    while ((Math.floor(maxX / cell) - Math.floor(minX / cell) + 2)
            * (Math.floor(maxY / cell) - Math.floor(minY / cell) + 2)
        > MAX_CELLS) {
      cell += 50;
    }
    return cell;
  }

  private static HotSpotSurface.Cell cell(
      Grid grid, MapPlane plane, int k, int count, double density, double z, double p, boolean s) {
    int r = k / grid.cols();
    int c = k % grid.cols();
    double cx = grid.centreX(c);
    double cy = grid.centreY(r);
    double h = grid.cell() / 2;
    List<double[]> corners =
        List.of(
            plane.lonLat(cx - h, cy - h),
            plane.lonLat(cx + h, cy - h),
            plane.lonLat(cx + h, cy + h),
            plane.lonLat(cx - h, cy + h));
    boolean finite = Double.isFinite(z);
    return new HotSpotSurface.Cell(
        r,
        c,
        cx,
        cy,
        count,
        density,
        finite ? z : null,
        finite && Double.isFinite(p) ? p : null,
        s && finite,
        corners);
  }
}
