package org.ceasefire.evaluation;

import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * One design's part of the evaluation: its result, or why it could not be run on this site's data
 * (no comparison places named, a model the data cannot support), and how long it took.
 */
record Section<T>(@Nullable T result, @Nullable String unavailable, long millis) {

  static <T> Section<T> not(String why) {
    return new Section<>(null, why, 0);
  }

  /**
   * Runs {@code design}; a refusal of the data by the method (bad or degenerate input, a singular
   * matrix, a model that does not converge) becomes the reason shown instead of a failed page.
   */
  static <T> Section<T> run(Supplier<T> design) {
    long t0 = System.nanoTime();
    try {
      T result = design.get();
      return new Section<>(result, null, (System.nanoTime() - t0) / 1_000_000);
    } catch (RuntimeException e) {
      return new Section<>(
          null,
          "The data do not support this design: " + e.getMessage(),
          (System.nanoTime() - t0) / 1_000_000);
    }
  }
}
