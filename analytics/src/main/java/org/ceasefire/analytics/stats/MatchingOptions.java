package org.ceasefire.analytics.stats;

/**
 * Options of {@link PropensityMatching}, with MatchIt's defaults in {@link #defaults()}.
 *
 * @param ratio controls per treated unit (k in 1:k matching), at least 1
 * @param caliper the largest allowed propensity-score difference in standard deviations of the
 *     score over all units (MatchIt's {@code caliper} with {@code std.caliper = TRUE}); {@code NaN}
 *     for none
 * @param order the order in which treated units choose their controls
 * @param seed the seed of the {@link Order#RANDOM} order (ignored by the others)
 */
public record MatchingOptions(int ratio, double caliper, Order order, long seed) {

  /** MatchIt's {@code m.order}. */
  public enum Order {
    /** Highest propensity score first: MatchIt's default for an estimated score. */
    LARGEST,
    /** Lowest propensity score first. */
    SMALLEST,
    /** Treated units in input order. */
    DATA,
    /** A seeded shuffle (not R's random stream: MatchIt's random order is not reproduced). */
    RANDOM
  }

  public MatchingOptions {
    if (ratio < 1) {
      throw new IllegalArgumentException("ratio must be at least 1, not " + ratio);
    }
    if (!Double.isNaN(caliper) && !(caliper > 0 && Double.isFinite(caliper))) {
      throw new IllegalArgumentException("caliper must be a positive number, not " + caliper);
    }
  }

  /** 1:1, no caliper, largest score first: {@code matchit(method = "nearest")}. */
  public static MatchingOptions defaults() {
    return new MatchingOptions(1, Double.NaN, Order.LARGEST, 1);
  }

  public MatchingOptions withRatio(int k) {
    return new MatchingOptions(k, caliper, order, seed);
  }

  public MatchingOptions withCaliper(double sd) {
    return new MatchingOptions(ratio, sd, order, seed);
  }

  public MatchingOptions withOrder(Order o, long s) {
    return new MatchingOptions(ratio, caliper, o, s);
  }
}
