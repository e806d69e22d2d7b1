package org.ceasefire.analytics.bench;

import java.util.concurrent.TimeUnit;
import org.ceasefire.analytics.network.BetweennessCentrality;
import org.ceasefire.analytics.network.Graph;
import org.ceasefire.analytics.network.Louvain;
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
 * Exact betweenness on the 100,000-node Barabási–Albert graph (one long shot per iteration) and
 * Louvain on the 1,000,000-edge planted partition. Run by {@code
 * analytics/src/test/bench/network-benchmarks.sh}, never by the build.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(
    value = 1,
    jvmArgs = {"-Xmx3g"})
public class NetworkBenchmarks {

  @Param({"2"})
  public int threads;

  private Graph ba;
  private Graph sbm;

  @Setup(Level.Trial)
  public void setUp() {
    ba = BenchmarkGraphs.graph(BenchmarkGraphs.ba100k());
    sbm = BenchmarkGraphs.graph(BenchmarkGraphs.sbm1m());
  }

  @Benchmark
  @Warmup(iterations = 0)
  @Measurement(iterations = 1)
  public double[] betweenness100k() {
    return BetweennessCentrality.of(ba, threads);
  }

  @Benchmark
  @Warmup(iterations = 2)
  @Measurement(iterations = 5)
  public Louvain louvain1m() {
    return Louvain.of(sbm, 1);
  }
}
