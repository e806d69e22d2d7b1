package org.ceasefire.analytics.cli;

import org.ceasefire.analytics.nearrepeat.Bands;

/** Parses a band option such as {@code --distance-bands 0,100,200}; bad input names the option. */
final class BandList {

  private BandList() {}

  static Bands parse(String option, String text) {
    String[] parts = text.split(",");
    double[] edges = new double[parts.length];
    for (int i = 0; i < parts.length; i++) {
      try {
        edges[i] = Double.parseDouble(parts[i].trim());
      } catch (NumberFormatException e) {
        throw new InputException(option + ": not a number: '" + parts[i].trim() + "'");
      }
    }
    try {
      return new Bands(edges);
    } catch (IllegalArgumentException e) {
      throw new InputException(option + ": " + e.getMessage());
    }
  }
}
