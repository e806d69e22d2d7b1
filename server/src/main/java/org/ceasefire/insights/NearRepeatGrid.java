package org.ceasefire.insights;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The near-repeat (Knox) table of the filtered incidents: observed pairs, Monte Carlo expectation,
 * ratio and p per distance band (rows) and time band (columns), with its reading in words.
 */
record NearRepeatGrid(
    int events,
    int permutations,
    long seed,
    List<double[]> distanceBands,
    List<double[]> timeBands,
    long[][] observed,
    double[][] expected,
    @Nullable Double[][] ratio,
    double[][] p,
    String reading) {

  NearRepeatGrid {
    distanceBands = List.copyOf(distanceBands);
    timeBands = List.copyOf(timeBands);
    if (events < 0 || permutations < 1 || reading.isBlank()) {
      throw new IllegalArgumentException("a near-repeat grid has events, permutations, a reading");
    }
  }
}
