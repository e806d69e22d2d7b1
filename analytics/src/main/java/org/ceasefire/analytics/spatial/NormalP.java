package org.ceasefire.analytics.spatial;

import org.hipparchus.special.Erf;

/** Two-sided p-value of a standard normal deviate: {@code P(|Z| ≥ |z|) = erfc(|z|/√2)}. */
public final class NormalP {

  private NormalP() {}

  /** NaN in, NaN out. Accurate in the far tail too (no {@code 1 − Φ} cancellation). */
  public static double twoSided(double z) {
    return Double.isNaN(z) ? Double.NaN : Erf.erfc(Math.abs(z) / Math.sqrt(2));
  }
}
