package org.ceasefire.analytics.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.ceasefire.analytics.golden.Golden;
import org.ceasefire.analytics.io.CsvTable;
import org.ceasefire.analytics.stats.MatchingOptions;
import org.ceasefire.analytics.stats.PropensityMatching;
import org.ceasefire.analytics.stats.SyntheticControl;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Synthetic control with all placebos on the Cigar panel (California, 45 donors, 26 pre-periods)
 * and on a seeded panel of 200 areas × 120 months (96 before), and propensity matching on lalonde
 * (614 units) and on 20,000 seeded units. Run with {@code java -cp ... org.openjdk.jmh.Main
 * EvaluationDesignBenchmarks}, never by the build.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(
    value = 1,
    jvmArgs = {"-Xmx1g"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class EvaluationDesignBenchmarks {

  private double[] california;
  private List<String> states;
  private double[][] cigar;
  private double[] area;
  private List<String> areas;
  private double[][] panel;
  private double[][] lalonde;
  private boolean[] lalondeTreated;
  private double[][] units;
  private boolean[] unitsTreated;

  static final List<String> LALONDE =
      List.of("age", "educ", "hispan", "white", "married", "nodegree", "re74", "re75");

  @Setup(Level.Trial)
  public void setUp() {
    CsvTable t = Golden.table("stats/cigar.sales.csv");
    Map<String, List<Double>> byState = new TreeMap<>();
    for (int r = 0; r < t.size(); r++) {
      byState
          .computeIfAbsent(t.text(r, 0), k -> new ArrayList<>())
          .add(Golden.number(t, r, "value"));
    }
    california = byState.remove("CA").stream().mapToDouble(Double::doubleValue).toArray();
    states = new ArrayList<>(byState.keySet());
    cigar =
        byState.values().stream()
            .map(v -> v.stream().mapToDouble(Double::doubleValue).toArray())
            .toArray(double[][]::new);
    Random random = new Random(2026);
    areas = new ArrayList<>();
    panel = new double[200][120];
    for (int j = 0; j < 200; j++) {
      areas.add("area" + j);
      double level = 20 + 10 * random.nextDouble();
      for (int m = 0; m < 120; m++) {
        panel[j][m] = level + 3 * Math.sin(m * Math.PI / 6) + random.nextGaussian();
      }
    }
    area = new double[120];
    for (int m = 0; m < 120; m++) {
      area[m] = 0.5 * (panel[0][m] + panel[1][m]) + (m >= 96 ? -4 : 0) + random.nextGaussian();
    }
    CsvTable l = Golden.table("stats/lalonde.data.csv");
    lalonde = new double[l.size()][LALONDE.size()];
    lalondeTreated = new boolean[l.size()];
    for (int r = 0; r < l.size(); r++) {
      lalondeTreated[r] = Golden.number(l, r, "treat") == 1;
      for (int j = 0; j < LALONDE.size(); j++) {
        lalonde[r][j] = Golden.number(l, r, LALONDE.get(j));
      }
    }
    units = new double[20_000][3];
    unitsTreated = new boolean[20_000];
    for (int i = 0; i < units.length; i++) {
      units[i] = new double[] {random.nextGaussian(), random.nextGaussian(), random.nextInt(2)};
      double eta = -2 + 0.8 * units[i][0] - 0.5 * units[i][1] + 0.7 * units[i][2];
      unitsTreated[i] = random.nextDouble() < 1 / (1 + Math.exp(-eta));
    }
  }

  @Benchmark
  public SyntheticControl.Result synthCigar() {
    return SyntheticControl.fit("CA", california, states, cigar, 26);
  }

  @Benchmark
  public SyntheticControl.Result synth200Areas120Months() {
    return SyntheticControl.fit("target", area, areas, panel, 96);
  }

  @Benchmark
  public PropensityMatching.Result matchLalonde() {
    return PropensityMatching.match(LALONDE, lalonde, lalondeTreated, MatchingOptions.defaults());
  }

  @Benchmark
  public PropensityMatching.Result match20000() {
    return PropensityMatching.match(
        List.of("x1", "x2", "x3"),
        units,
        unitsTreated,
        MatchingOptions.defaults().withCaliper(0.2));
  }
}
