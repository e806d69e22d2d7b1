package org.ceasefire.measures;

import java.util.List;

/**
 * The small-cell rule of the public page (docs/measures.md, "Suppression"). Cells are counts in
 * groups that add up to a total a visitor sees or can work out: the cities of a month add up to the
 * month's count for all cities, a city's months add up to its twelve-month count (the area map
 * shows that), and the areas of a city add up, with its incidents without an area, to the city.
 *
 * <ol>
 *   <li>Primary: a count from 1 to {@link Measures#THRESHOLD} − 1, cell or total, is shown as
 *       "fewer than 5". Zero is shown.
 *   <li>Secondary: wherever a total and all but one of its cells would be shown, the one hidden
 *       cell could be subtracted back, so one more cell of the group is withheld (the smallest
 *       count above zero shown, else the smallest shown), and the total too if no cell is left.
 *       Repeated until no group has exactly one hidden part.
 * </ol>
 *
 * O(g · c) per pass for g groups of c cells; passes at most the number of cells.
 */
final class Suppression {

  /** How a cell is shown. */
  enum Shown {
    COUNT,
    FEWER_THAN_5,
    WITHHELD
  }

  private Suppression() {}

  /** One group: its cells and its total, each with how it is shown (changed in place). */
  static final class Group {
    final long[] cells;
    final Shown[] shown;
    final long total;
    Shown totalShown;
    final boolean totalKnown;

    Group(long[] cells, long total) {
      this(cells, total, false);
    }

    /**
     * {@code totalKnown}: the total may be worked out elsewhere even when small or not shown (a
     * city's incidents over the months of the table), so it never counts as hidden.
     */
    Group(long[] cells, long total, boolean totalKnown) {
      this.cells = cells.clone();
      this.total = total;
      this.shown = new Shown[cells.length];
      for (int i = 0; i < cells.length; i++) {
        shown[i] = small(cells[i]) ? Shown.FEWER_THAN_5 : Shown.COUNT;
      }
      this.totalShown = small(total) && !totalKnown ? Shown.FEWER_THAN_5 : Shown.COUNT;
      this.totalKnown = totalKnown;
    }

    int hidden() {
      int n = totalShown == Shown.COUNT ? 0 : 1;
      for (Shown s : shown) {
        n += s == Shown.COUNT ? 0 : 1;
      }
      return n;
    }

    /** Withholds one more part; false when nothing is left to withhold. */
    boolean withholdOne() {
      int pick = -1;
      for (int i = 0; i < cells.length; i++) {
        if (shown[i] == Shown.COUNT && (pick == -1 || better(cells[i], cells[pick]))) {
          pick = i;
        }
      }
      if (pick >= 0) {
        shown[pick] = Shown.WITHHELD;
        return true;
      }
      if (totalShown == Shown.COUNT && !totalKnown) {
        totalShown = Shown.WITHHELD;
        return true;
      }
      return false;
    }

    static boolean better(long candidate, long current) {
      if ((candidate > 0) != (current > 0)) {
        return candidate > 0;
      }
      return candidate < current;
    }
  }

  static boolean small(long n) {
    return n > 0 && n < Measures.THRESHOLD;
  }

  /** Applies the secondary rule to groups that share no cell, until none has one hidden part. */
  static void protect(List<Group> groups) {
    boolean changed = true;
    while (changed) {
      changed = false;
      for (Group g : groups) {
        if (g.hidden() == 1 && g.withholdOne()) {
          changed = true;
        }
      }
    }
  }

  /**
   * The rule on a table of months (rows) by cities with each month's total for all cities (the last
   * column of the answer). Rows add up to their totals; each column adds up over the months to a
   * figure a visitor can work out elsewhere (the area map sums a city's twelve months), so columns
   * are groups with a known total too.
   */
  static Shown[][] table(long[][] cells, long[] totals) {
    int rows = cells.length;
    int cols = rows == 0 ? 0 : cells[0].length + 1;
    long[][] v = new long[rows][cols];
    Shown[][] shown = new Shown[rows][cols];
    for (int r = 0; r < rows; r++) {
      for (int c = 0; c < cols; c++) {
        v[r][c] = c < cols - 1 ? cells[r][c] : totals[r];
        shown[r][c] = small(v[r][c]) ? Shown.FEWER_THAN_5 : Shown.COUNT;
      }
    }
    boolean changed = true;
    while (changed) {
      changed = false;
      for (int r = 0; r < rows; r++) {
        int hidden = 0;
        for (int c = 0; c < cols; c++) {
          hidden += shown[r][c] == Shown.COUNT ? 0 : 1;
        }
        if (hidden == 1) {
          int pick = pick(v[r], shown[r], cols - 1);
          if (pick < 0 && shown[r][cols - 1] == Shown.COUNT) {
            pick = cols - 1;
          }
          if (pick >= 0) {
            shown[r][pick] = Shown.WITHHELD;
            changed = true;
          }
        }
      }
      for (int c = 0; c < cols; c++) {
        long[] column = new long[rows];
        Shown[] columnShown = new Shown[rows];
        int hidden = 0;
        for (int r = 0; r < rows; r++) {
          column[r] = v[r][c];
          columnShown[r] = shown[r][c];
          hidden += shown[r][c] == Shown.COUNT ? 0 : 1;
        }
        if (hidden == 1) {
          int pick = pick(column, columnShown, rows);
          if (pick >= 0) {
            shown[pick][c] = Shown.WITHHELD;
            changed = true;
          }
        }
      }
    }
    return shown;
  }

  /** The smallest shown count above zero among the first {@code n}, else the smallest shown. */
  private static int pick(long[] values, Shown[] shown, int n) {
    int pick = -1;
    for (int i = 0; i < n; i++) {
      if (shown[i] == Shown.COUNT && (pick == -1 || Group.better(values[i], values[pick]))) {
        pick = i;
      }
    }
    return pick;
  }
}
