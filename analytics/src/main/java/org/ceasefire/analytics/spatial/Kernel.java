package org.ceasefire.analytics.spatial;

/**
 * Two-dimensional radially symmetric kernels, each integrating to 1 over the plane. {@code u =
 * d²/h²} is the squared distance in units of the bandwidth {@code h}.
 *
 * <ul>
 *   <li>{@link #QUARTIC} (biweight, the usual crime-mapping kernel): {@code 3/(πh²) (1 − u)²} for d
 *       ≤ h;
 *   <li>{@link #EPANECHNIKOV}: {@code 2/(πh²) (1 − u)} for d ≤ h;
 *   <li>{@link #UNIFORM}: {@code 1/(πh²)} for d ≤ h;
 *   <li>{@link #GAUSSIAN} with h = σ: {@code 1/(2πσ²) exp(−u/2)}, evaluated to {@link
 *       #GAUSSIAN_REACH} σ (beyond that every term is below 1.3e-14 of the peak).
 * </ul>
 */
public enum Kernel {
  QUARTIC,
  EPANECHNIKOV,
  UNIFORM,
  GAUSSIAN;

  /** The Gaussian is evaluated out to this many standard deviations. */
  public static final double GAUSSIAN_REACH = 8.0;

  /** Distance beyond which the kernel is zero (or neglected), in units of the bandwidth. */
  public double reach() {
    return this == GAUSSIAN ? GAUSSIAN_REACH : 1.0;
  }

  /** The kernel value at squared scaled distance {@code u = d²/h²} for bandwidth {@code h}. */
  public double value(double u, double h) {
    double area = Math.PI * h * h;
    return switch (this) {
      case QUARTIC -> u <= 1 ? 3 / area * (1 - u) * (1 - u) : 0;
      case EPANECHNIKOV -> u <= 1 ? 2 / area * (1 - u) : 0;
      case UNIFORM -> u <= 1 ? 1 / area : 0;
      case GAUSSIAN -> u <= GAUSSIAN_REACH * GAUSSIAN_REACH ? Math.exp(-u / 2) / (2 * area) : 0;
    };
  }
}
