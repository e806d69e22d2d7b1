package org.ceasefire.analytics.spatial;

/**
 * A grid of square cells: cell {@code (row, col)} covers {@code [originX + col*cell, originX +
 * (col+1)*cell) × [originY + row*cell, originY + (row+1)*cell)}; row 0 is the southernmost. Cells
 * are numbered row by row: {@code index = row * cols + col}.
 */
public record Grid(double originX, double originY, double cell, int rows, int cols) {

  public Grid {
    if (!(cell > 0) || !Double.isFinite(cell)) {
      throw new IllegalArgumentException("cell size must be a positive number, not " + cell);
    }
    if (!Double.isFinite(originX) || !Double.isFinite(originY)) {
      throw new IllegalArgumentException("grid origin must be finite");
    }
    if (rows < 0 || cols < 0 || (long) rows * cols > Integer.MAX_VALUE) {
      throw new IllegalArgumentException("grid of " + rows + " × " + cols + " cells is too large");
    }
  }

  /**
   * The smallest grid of cells aligned on multiples of {@code cell} that covers every point, so
   * that grids of the same cell size over different data line up. No points: an empty grid.
   */
  public static Grid covering(Points points, double cell) {
    if (points.size() == 0) {
      return new Grid(0, 0, cell, 0, 0);
    }
    double minX = Double.POSITIVE_INFINITY;
    double minY = Double.POSITIVE_INFINITY;
    double maxX = Double.NEGATIVE_INFINITY;
    double maxY = Double.NEGATIVE_INFINITY;
    for (int i = 0; i < points.size(); i++) {
      minX = Math.min(minX, points.x()[i]);
      maxX = Math.max(maxX, points.x()[i]);
      minY = Math.min(minY, points.y()[i]);
      maxY = Math.max(maxY, points.y()[i]);
    }
    double ox = Math.floor(minX / cell) * cell;
    double oy = Math.floor(minY / cell) * cell;
    long cols = (long) Math.floor((maxX - ox) / cell) + 1;
    long rows = (long) Math.floor((maxY - oy) / cell) + 1;
    if (rows * cols > Integer.MAX_VALUE) {
      throw new IllegalArgumentException(
          "cell size " + cell + " gives " + rows + " × " + cols + " cells: too many");
    }
    return new Grid(ox, oy, cell, (int) rows, (int) cols);
  }

  public int size() {
    return rows * cols;
  }

  /** The column holding x, possibly outside {@code [0, cols)}. */
  public int colOf(double x) {
    return (int) Math.floor((x - originX) / cell);
  }

  /** The row holding y, possibly outside {@code [0, rows)}. */
  public int rowOf(double y) {
    return (int) Math.floor((y - originY) / cell);
  }

  /** The index of the cell holding (x, y), or -1 when the point lies outside the grid. */
  public int indexOf(double x, double y) {
    int c = colOf(x);
    int r = rowOf(y);
    return r < 0 || r >= rows || c < 0 || c >= cols ? -1 : r * cols + c;
  }

  public double centreX(int col) {
    return originX + (col + 0.5) * cell;
  }

  public double centreY(int row) {
    return originY + (row + 0.5) * cell;
  }
}
