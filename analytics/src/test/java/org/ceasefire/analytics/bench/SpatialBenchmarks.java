package org.ceasefire.analytics.bench;

import java.util.concurrent.TimeUnit;
import org.ceasefire.analytics.nearrepeat.KnoxTable;
import org.ceasefire.analytics.nearrepeat.SpaceTimeEvents;
import org.ceasefire.analytics.spatial.Contiguity;
import org.ceasefire.analytics.spatial.Kernel;
import org.ceasefire.analytics.spatial.Points;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * JMH benchmarks of the issue-3 targets (run by {@code src/test/bench/spatial-benchmarks.sh}, never
 * by {@code mvn verify}). Single-shot: each measurement is one whole run of the method.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(
    value = 1,
    jvmArgs = {"-Xmx3g"})
public class SpatialBenchmarks {

  /** Near-repeat data. */
  @State(Scope.Benchmark)
  public static class NearRepeatData {
    @Param({"10000", "50000"})
    int events;

    SpaceTimeEvents data;

    @Setup(Level.Trial)
    public void setUp() {
      data = Workloads.nearRepeatEvents(events);
    }
  }

  /** KDE data. */
  @State(Scope.Benchmark)
  public static class KdeData {
    @Param({"QUARTIC", "GAUSSIAN"})
    Kernel kernel;

    Points points;

    @Setup(Level.Trial)
    public void setUp() {
      points = Workloads.kdeEvents(1_000_000);
    }
  }

  /** Gi* data. */
  @State(Scope.Benchmark)
  public static class GridData {
    @Param({"ROOK", "QUEEN"})
    Contiguity contiguity;

    double[] values;

    @Setup(Level.Trial)
    public void setUp() {
      values = Workloads.gridValues();
    }
  }

  @Benchmark
  public KnoxTable.Result nearrepeat20x10bands999permutations(NearRepeatData d) {
    return Workloads.nearRepeat(d.data);
  }

  @Benchmark
  public double[] kde1MillionEventsTo500x500(KdeData d) {
    return Workloads.kde(d.points, d.kernel);
  }

  @Benchmark
  public boolean[] gistar1MillionCells(GridData d) {
    return Workloads.gistar(d.values, d.contiguity);
  }
}
