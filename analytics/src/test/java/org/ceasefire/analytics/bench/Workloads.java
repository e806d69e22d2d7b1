package org.ceasefire.analytics.bench;

import org.ceasefire.analytics.nearrepeat.Bands;
import org.ceasefire.analytics.nearrepeat.KnoxTable;
import org.ceasefire.analytics.nearrepeat.SameLocation;
import org.ceasefire.analytics.nearrepeat.SpaceTimeEvents;
import org.ceasefire.analytics.spatial.Contiguity;
import org.ceasefire.analytics.spatial.FalseDiscoveryRate;
import org.ceasefire.analytics.spatial.GetisOrd;
import org.ceasefire.analytics.spatial.Grid;
import org.ceasefire.analytics.spatial.Kernel;
import org.ceasefire.analytics.spatial.KernelDensity;
import org.ceasefire.analytics.spatial.NormalP;
import org.ceasefire.analytics.spatial.Points;
import org.ceasefire.analytics.spatial.Weights;

/** The benchmarked workloads of issue 3, shared by the JMH benchmarks and {@link PeakHeap}. */
public final class Workloads {

  /** 20 distance bands of 50 m (to 1 km) and 10 time bands of 7 days (to 70 days). */
  public static final Bands DISTANCE = bands(20, 50);

  public static final Bands TIME = bands(10, 7);

  /** A 500 × 500 grid of 50 m cells over a 25 km square. */
  public static final Grid KDE_GRID = new Grid(0, 0, 50, 500, 500);

  private Workloads() {}

  static Bands bands(int count, double width) {
    double[] edges = new double[count + 1];
    for (int i = 0; i <= count; i++) {
      edges[i] = i * width;
    }
    return new Bands(edges);
  }

  /** Near-repeat events: a 30 km city (about 700 km², a county-sized region). */
  public static SpaceTimeEvents nearRepeatEvents(int n) {
    return SyntheticCity.events(n, 30_000, 42);
  }

  public static KnoxTable.Result nearRepeat(SpaceTimeEvents events) {
    return KnoxTable.compute(events, DISTANCE, TIME, SameLocation.POOLED, 999, 1);
  }

  public static Points kdeEvents(int n) {
    return SyntheticCity.events(n, 25_000, 7).points();
  }

  public static double[] kde(Points points, Kernel kernel) {
    double bandwidth = kernel == Kernel.GAUSSIAN ? 50 : 150;
    return KernelDensity.estimate(points, KDE_GRID, kernel, bandwidth);
  }

  /** Counts on a 1000 × 1000 grid (1,000,000 cells) from 2,000,000 events. */
  public static double[] gridValues() {
    Points p = SyntheticCity.events(2_000_000, 50_000, 9).points();
    Grid grid = new Grid(0, 0, 50, 1000, 1000);
    double[] v = new double[grid.size()];
    for (int i = 0; i < p.size(); i++) {
      int k = grid.indexOf(p.x()[i], p.y()[i]);
      if (k >= 0) {
        v[k]++;
      }
    }
    return v;
  }

  /** The whole gistar method on a grid: weights, z, p and Benjamini-Hochberg. */
  public static boolean[] gistar(double[] values, Contiguity contiguity) {
    Weights w = Weights.gridContiguity(1000, 1000, contiguity);
    double[] z = GetisOrd.z(values, w, GetisOrd.Variant.GI_STAR);
    double[] p = new double[z.length];
    for (int i = 0; i < z.length; i++) {
      p[i] = NormalP.twoSided(z[i]);
    }
    return FalseDiscoveryRate.significant(p, 0.05);
  }
}
