package org.ceasefire.analytics.spatial;

/**
 * Planar point locations in metres, {@code x[i], y[i]} for point {@code i}. The arrays are owned by
 * the record: callers must not change them afterwards.
 */
public record Points(double[] x, double[] y) {

  public Points {
    if (x.length != y.length) {
      throw new IllegalArgumentException(
          "x and y differ in length: " + x.length + " and " + y.length);
    }
    for (int i = 0; i < x.length; i++) {
      if (!Double.isFinite(x[i]) || !Double.isFinite(y[i])) {
        throw new IllegalArgumentException("point " + i + " is not finite");
      }
    }
  }

  public int size() {
    return x.length;
  }
}
