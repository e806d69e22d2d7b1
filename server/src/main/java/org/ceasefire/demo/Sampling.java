package org.ceasefire.demo;

import java.util.List;
import java.util.SplittableRandom;

/**
 * The few random draws the generator needs, all from one seeded {@link SplittableRandom} and
 * computed with StrictMath, so the demo region is the same on every machine.
 */
final class Sampling {

  private final SplittableRandom random;

  Sampling(long seed) {
    this.random = new SplittableRandom(seed);
  }

  /** A seed for tile {@code index} that does not overlap the neighbouring tiles' streams. */
  static long tileSeed(long seed, int index) {
    long z = seed + 0x9E3779B97F4A7C15L * (index + 1L);
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  boolean chance(double p) {
    return random.nextDouble() < p;
  }

  double uniform(double from, double to) {
    return from + (to - from) * random.nextDouble();
  }

  int between(int fromInclusive, int toInclusive) {
    return random.nextInt(fromInclusive, toInclusive + 1);
  }

  /**
   * Standard normal by Marsaglia's polar method on StrictMath, so a seed gives the same numbers on
   * every JVM and platform (the JDK's nextGaussian may use platform intrinsics).
   */
  double gaussian() {
    double u;
    double q;
    do {
      u = 2 * random.nextDouble() - 1;
      double v = 2 * random.nextDouble() - 1;
      q = u * u + v * v;
    } while (q >= 1 || q == 0);
    return u * StrictMath.sqrt(-2 * StrictMath.log(q) / q);
  }

  /** Log-normal with median 1: the heavy-tailed risk of people, places and feuds. */
  double lognormal(double sigma) {
    return StrictMath.exp(sigma * gaussian());
  }

  <T> T pick(List<T> items) {
    return items.get(random.nextInt(items.size()));
  }

  /** Poisson count (Knuth's method for small means, normal approximation above 30). */
  int poisson(double mean) {
    if (mean <= 0) {
      return 0;
    }
    if (mean > 30) {
      return (int) Math.max(0, Math.round(mean + Math.sqrt(mean) * gaussian()));
    }
    double limit = StrictMath.exp(-mean);
    double product = random.nextDouble();
    int count = 0;
    while (product > limit) {
      product *= random.nextDouble();
      count++;
    }
    return count;
  }

  /** An index drawn with probability proportional to {@code weights[i]}. */
  int weighted(double[] weights) {
    double total = 0;
    for (double w : weights) {
      total += w;
    }
    double target = random.nextDouble() * total;
    for (int i = 0; i < weights.length; i++) {
      target -= weights[i];
      if (target < 0) {
        return i;
      }
    }
    return weights.length - 1;
  }
}
