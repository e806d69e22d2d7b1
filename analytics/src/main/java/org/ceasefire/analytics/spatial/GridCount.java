package org.ceasefire.analytics.spatial;

/**
 * Counts points per grid cell.
 *
 * <p>Formula: {@code count[r*cols + c] = #{i : floor((x_i - x0)/cell) = c, floor((y_i - y0)/cell) =
 * r}}; a point on a cell edge belongs to the cell above or to the right. Points outside the grid
 * are not counted. Reference: the quadrat counts of spatstat's {@code quadratcount} and the
 * "aggregate points to grid" step of crime-mapping desktop tools. Complexity O(n + cells).
 */
public final class GridCount {

  private GridCount() {}

  public static int[] count(Points points, Grid grid) {
    int[] counts = new int[grid.size()];
    for (int i = 0; i < points.size(); i++) {
      int k = grid.indexOf(points.x()[i], points.y()[i]);
      if (k >= 0) {
        counts[k]++;
      }
    }
    return counts;
  }
}
