package org.ceasefire.analytics.spatial;

/**
 * Moran scatterplot quadrant of an area: its value against the mean (first letter) and its spatial
 * lag against the mean lag (second letter); "H" means strictly above the mean, as spdep's {@code
 * localmoran} attribute {@code quadr$mean}.
 */
public enum Quadrant {
  HH,
  LL,
  HL,
  LH;

  static Quadrant of(boolean valueHigh, boolean lagHigh) {
    if (valueHigh) {
      return lagHigh ? HH : HL;
    }
    return lagHigh ? LH : LL;
  }
}
