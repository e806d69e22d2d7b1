package org.ceasefire.analytics.stats;

import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;

/** A data column: numeric, or a factor whose levels sort as R sorts them in the C locale. */
public sealed interface Variable {

  String name();

  int size();

  record Numeric(String name, double[] values) implements Variable {
    public Numeric {
      values = values.clone();
    }

    @Override
    public double[] values() {
      return values.clone();
    }

    double at(int i) {
      return values[i];
    }

    @Override
    public int size() {
      return values.length;
    }
  }

  /**
   * A factor: levels in code-point order (R's {@code factor()} under {@code LC_COLLATE=C}); the
   * first is the reference level of the treatment coding.
   */
  record Factor(String name, String[] values, List<String> levels) implements Variable {
    public Factor {
      values = values.clone();
      levels = List.copyOf(levels);
    }

    public static Factor of(String name, String[] values) {
      return new Factor(name, values, List.copyOf(new TreeSet<>(Arrays.asList(values))));
    }

    /** A factor with the levels in a given order (the first is the reference). */
    public static Factor withLevels(String name, String[] values, List<String> levels) {
      for (String v : values) {
        if (!levels.contains(v)) {
          throw new IllegalArgumentException(name + ": value '" + v + "' is not a level");
        }
      }
      return new Factor(name, values, levels);
    }

    @Override
    public String[] values() {
      return values.clone();
    }

    String at(int i) {
      return values[i];
    }

    @Override
    public int size() {
      return values.length;
    }
  }
}
