package org.ceasefire.analytics.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.SplittableRandom;
import org.ceasefire.analytics.nearrepeat.SpaceTimeEvents;
import org.ceasefire.analytics.spatial.Points;

/**
 * Seeded synthetic crime events for benchmarks: a square city {@code side} metres wide, half the
 * events around 200 hot spots (Gaussian, σ = 250 m), half anywhere; one in five repeats an earlier
 * event nearby (σ = 100 m) a few days later (exponential, mean 7 days); dates over three years from
 * 2021-01-01.
 *
 * <p>{@code java ... SyntheticCity N SEED FILE} writes them as an events CSV ({@code id,x,y,t}).
 */
public final class SyntheticCity {

  public static final long DAY = 86_400;
  private static final long START = LocalDate.of(2021, 1, 1).toEpochDay() * DAY;

  private SyntheticCity() {}

  public static SpaceTimeEvents events(int n, double side, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    double[] hx = new double[200];
    double[] hy = new double[200];
    for (int h = 0; h < hx.length; h++) {
      hx[h] = random.nextDouble(side);
      hy[h] = random.nextDouble(side);
    }
    double[] x = new double[n];
    double[] y = new double[n];
    long[] seconds = new long[n];
    for (int i = 0; i < n; i++) {
      long day;
      if (i > 0 && random.nextDouble() < 0.2) {
        int k = random.nextInt(i);
        x[i] = x[k] + 100 * gaussian(random);
        y[i] = y[k] + 100 * gaussian(random);
        day = (seconds[k] - START) / DAY + (long) (-7 * Math.log(1 - random.nextDouble()));
      } else if (random.nextBoolean()) {
        int h = random.nextInt(hx.length);
        x[i] = hx[h] + 250 * gaussian(random);
        y[i] = hy[h] + 250 * gaussian(random);
        day = random.nextInt(3 * 365);
      } else {
        x[i] = random.nextDouble(side);
        y[i] = random.nextDouble(side);
        day = random.nextInt(3 * 365);
      }
      x[i] = Math.min(side, Math.max(0, x[i]));
      y[i] = Math.min(side, Math.max(0, y[i]));
      seconds[i] = START + day * DAY;
    }
    return new SpaceTimeEvents(new Points(x, y), seconds);
  }

  private static double gaussian(SplittableRandom random) {
    double u = 1 - random.nextDouble();
    double v = random.nextDouble();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  }

  public static void main(String[] args) throws IOException {
    int n = Integer.parseInt(args[0]);
    SpaceTimeEvents e = events(n, 30_000, Long.parseLong(args[1]));
    try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(Path.of(args[2])))) {
      out.println("id,x,y,t");
      for (int i = 0; i < n; i++) {
        out.printf(
            java.util.Locale.ROOT,
            "%d,%.3f,%.3f,%s%n",
            i + 1,
            e.points().x()[i],
            e.points().y()[i],
            LocalDate.ofEpochDay(e.seconds()[i] / DAY));
      }
    }
  }
}
