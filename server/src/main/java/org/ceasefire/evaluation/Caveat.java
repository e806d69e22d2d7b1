package org.ceasefire.evaluation;

/**
 * A reason to read a design's result with care, by a fixed rule (see docs/evaluation.md): too few
 * events, too short a pre-period, poor pre-program fit, too few donors or clusters, unbalanced
 * matched groups.
 */
record Caveat(String code, String text) {
  Caveat {
    if (!code.matches("[a-z_]+") || text.isBlank()) {
      throw new IllegalArgumentException("a caveat needs a code and a text");
    }
  }
}
