package org.ceasefire.analytics.nearrepeat;

import java.util.Optional;

/**
 * The near-repeat window read off a Knox table: how far from an event, and for how long after it,
 * further events are significantly more likely than chance. Radius: the upper edge of the last
 * distance band, counted from the first, in which every band of the first time band is elevated;
 * days: the upper edge of the last time band, counted from the first, in which every band of the
 * first distance band is elevated. A cell is elevated when its ratio is at least {@code minRatio}
 * and its p-value at most {@code alpha}. No window when the first cell is not elevated.
 *
 * <p>This is how the Near Repeat Calculator's tables are read in practice (Ratcliffe &amp; Rengert
 * 2008, "Near-repeat patterns in Philadelphia shootings", Security Journal 21:58–76): the
 * "near-repeat area" is the run of significant cells from the origin. Complexity O(rows + columns).
 *
 * @param meters the radius of elevated risk
 * @param days the days of elevated risk
 * @param ratio the observed-to-expected ratio of the first cell
 * @param p its p-value
 */
public record RiskWindow(double meters, int days, double ratio, double p) {

  public RiskWindow {
    if (!(meters > 0) || days <= 0) {
      throw new IllegalArgumentException("a window has a positive radius and length");
    }
  }

  public static Optional<RiskWindow> of(KnoxTable.Result table, double alpha, double minRatio) {
    if (table.observed().length == 0 || table.observed()[0].length == 0) {
      return Optional.empty();
    }
    if (!elevated(table, 0, 0, alpha, minRatio)) {
      return Optional.empty();
    }
    int rows = table.observed().length;
    int lastRow = 0;
    while (lastRow + 1 < rows && elevated(table, lastRow + 1, 0, alpha, minRatio)) {
      lastRow++;
    }
    int cols = table.observed()[0].length;
    int lastCol = 0;
    while (lastCol + 1 < cols && elevated(table, 0, lastCol + 1, alpha, minRatio)) {
      lastCol++;
    }
    double meters = table.distance().upper(rowBand(table, lastRow));
    int days = (int) Math.round(table.time().upper(lastCol));
    return Optional.of(new RiskWindow(meters, days, table.ratio()[0][0], table.p()[0][0]));
  }

  /** The distance band of a row: with a separate same-location row, row 0 is that row. */
  private static int rowBand(KnoxTable.Result table, int row) {
    if (table.sameLocation() == SameLocation.SEPARATE) {
      return Math.max(0, row - 1);
    }
    return row;
  }

  private static boolean elevated(
      KnoxTable.Result t, int row, int col, double alpha, double minRatio) {
    double ratio = t.ratio()[row][col];
    return t.p()[row][col] <= alpha && ratio >= minRatio && !Double.isNaN(ratio);
  }
}
