package org.ceasefire.analytics.spatial;

/**
 * Kernel density of points at grid-cell centres, in points per square unit (per m² for metres).
 *
 * <p>Formula: {@code λ(c) = Σ_i K_h(‖c − p_i‖)} with {@link Kernel} {@code K_h}, no edge
 * correction. Reference: Silverman (1986), <i>Density Estimation</i>, ch. 4; for the Gaussian with
 * h = σ this is spatstat's {@code density.ppp(X, sigma, edge=FALSE)} evaluated exactly at the cell
 * centres (spatstat {@code densityfun}), which the golden tests check.
 *
 * <p>Complexity: O(n · k²) for n points and a footprint of k = 2·reach·h/cell + 1 cells per side,
 * plus O(cells); each point only touches the cells its kernel reaches.
 */
public final class KernelDensity {

  private KernelDensity() {}

  public static double[] estimate(Points points, Grid grid, Kernel kernel, double bandwidth) {
    if (!(bandwidth > 0) || !Double.isFinite(bandwidth)) {
      throw new IllegalArgumentException("bandwidth must be a positive number, not " + bandwidth);
    }
    double[] density = new double[grid.size()];
    if (grid.size() == 0) {
      return density;
    }
    double radius = kernel.reach() * bandwidth;
    int span = (int) Math.ceil(2 * radius / grid.cell()) + 2;
    double[] dx2 = new double[span];
    double[] dy2 = new double[span];
    double[] wx = new double[span];
    double[] wy = new double[span];
    double inv = 1 / (bandwidth * bandwidth);
    for (int i = 0; i < points.size(); i++) {
      double px = points.x()[i];
      double py = points.y()[i];
      int c0 = Math.max(0, (int) Math.ceil((px - radius - grid.originX()) / grid.cell() - 0.5));
      int c1 =
          Math.min(
              grid.cols() - 1,
              (int) Math.floor((px + radius - grid.originX()) / grid.cell() - 0.5));
      int r0 = Math.max(0, (int) Math.ceil((py - radius - grid.originY()) / grid.cell() - 0.5));
      int r1 =
          Math.min(
              grid.rows() - 1,
              (int) Math.floor((py + radius - grid.originY()) / grid.cell() - 0.5));
      if (c0 > c1 || r0 > r1) {
        continue;
      }
      for (int c = c0; c <= c1; c++) {
        double d = grid.centreX(c) - px;
        dx2[c - c0] = d * d * inv;
      }
      for (int r = r0; r <= r1; r++) {
        double d = grid.centreY(r) - py;
        dy2[r - r0] = d * d * inv;
      }
      if (kernel == Kernel.GAUSSIAN) {
        addSeparable(density, grid.cols(), bandwidth, c0, c1, r0, r1, dx2, dy2, wx, wy);
      } else {
        addRadial(density, grid.cols(), kernel, bandwidth, c0, c1, r0, r1, dx2, dy2);
      }
    }
    return density;
  }

  /** Gaussian: exp(−(u+v)/2) = exp(−u/2)·exp(−v/2), so one exp per row and per column. */
  private static void addSeparable(
      double[] density,
      int cols,
      double sigma,
      int c0,
      int c1,
      int r0,
      int r1,
      double[] dx2,
      double[] dy2,
      double[] wx,
      double[] wy) {
    double reach2 = Kernel.GAUSSIAN_REACH * Kernel.GAUSSIAN_REACH;
    double norm = 1 / (2 * Math.PI * sigma * sigma);
    for (int c = 0; c <= c1 - c0; c++) {
      wx[c] = Math.exp(-dx2[c] / 2);
    }
    for (int r = 0; r <= r1 - r0; r++) {
      wy[r] = Math.exp(-dy2[r] / 2) * norm;
    }
    for (int r = r0; r <= r1; r++) {
      double v = dy2[r - r0];
      double w = wy[r - r0];
      int base = r * cols;
      for (int c = c0; c <= c1; c++) {
        if (v + dx2[c - c0] <= reach2) {
          density[base + c] += w * wx[c - c0];
        }
      }
    }
  }

  private static void addRadial(
      double[] density,
      int cols,
      Kernel kernel,
      double h,
      int c0,
      int c1,
      int r0,
      int r1,
      double[] dx2,
      double[] dy2) {
    for (int r = r0; r <= r1; r++) {
      double v = dy2[r - r0];
      if (v > 1) {
        continue;
      }
      int base = r * cols;
      for (int c = c0; c <= c1; c++) {
        double u = v + dx2[c - c0];
        if (u <= 1) {
          density[base + c] += kernel.value(u, h);
        }
      }
    }
  }
}
