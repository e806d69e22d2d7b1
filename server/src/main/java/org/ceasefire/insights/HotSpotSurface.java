package org.ceasefire.insights;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Kernel density and Gi* hot and cold spots of the filtered incidents on one grid, with the
 * parameters used (the same as {@code analyze kde} and {@code analyze gistar --events} take). Only
 * cells worth drawing are listed: any with an incident, a density of at least 1% of the maximum, or
 * a significant Gi*.
 */
record HotSpotSurface(
    int points,
    double cell,
    double bandwidth,
    double distance,
    double alpha,
    String kernel,
    int rows,
    int cols,
    double maxDensity,
    List<Cell> cells) {

  HotSpotSurface {
    cells = List.copyOf(cells);
    if (points < 0 || cell <= 0 || bandwidth <= 0 || distance <= 0) {
      throw new IllegalArgumentException("a surface has points and positive parameters");
    }
  }

  /**
   * One grid cell: row and column as the CLI numbers them, its centre in the plane, its incidents,
   * density per km², Gi* z and two-sided p (null for a zero variance), Benjamini-Hochberg
   * significance, and its corners as [lon, lat] (south-west, south-east, north-east, north-west).
   */
  record Cell(
      int row,
      int col,
      double x,
      double y,
      int count,
      double density,
      @Nullable Double z,
      @Nullable Double p,
      boolean significant,
      List<double[]> corners) {
    Cell {
      corners = List.copyOf(corners);
    }

    /** "hot", "cold" or "none": a significant Gi* above or below zero. */
    public String spot() {
      return !significant || z == null ? "none" : z > 0 ? "hot" : "cold";
    }
  }
}
