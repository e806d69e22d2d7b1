package org.ceasefire.analytics.spatial;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class LonLatProjectionTest {

  @Test
  void noPointsProjectToNoPoints() {
    assertThat(LonLatProjection.project(new double[0], new double[0]).size()).isZero();
  }

  @Test
  void aSinglePointProjectsToTheOrigin() {
    Points p = LonLatProjection.project(new double[] {-72.68}, new double[] {41.76});
    assertThat(p.x()[0]).isCloseTo(0, within(1e-6));
    assertThat(p.y()[0]).isCloseTo(0, within(1e-6));
  }

  @Test
  void keepsDistancesAcrossConnecticutTrue() {
    // Hartford to New Haven: 54.3 km on the WGS84 ellipsoid (Vincenty/Karney geodesic).
    double[] lon = {-72.6851, -72.9279};
    double[] lat = {41.7637, 41.3083};
    Points p = LonLatProjection.project(lon, lat);
    double d = Math.hypot(p.x()[1] - p.x()[0], p.y()[1] - p.y()[0]);
    assertThat(d).isCloseTo(geodesic(lon[0], lat[0], lon[1], lat[1]), within(5.0));
    assertThat(p.y()[1]).isLessThan(p.y()[0]);
    assertThat(p.x()[1]).isLessThan(p.x()[0]);
  }

  /** Distance on the WGS84 ellipsoid by Lambert's formula for short lines (~1 m at 100 km). */
  private static double geodesic(double lon1, double lat1, double lon2, double lat2) {
    double a = 6378137;
    double f = 1 / 298.257223563;
    double b1 = Math.atan((1 - f) * Math.tan(Math.toRadians(lat1)));
    double b2 = Math.atan((1 - f) * Math.tan(Math.toRadians(lat2)));
    double dl = Math.toRadians(lon2 - lon1);
    double sigma =
        Math.acos(Math.sin(b1) * Math.sin(b2) + Math.cos(b1) * Math.cos(b2) * Math.cos(dl));
    double p = (b1 + b2) / 2;
    double q = (b2 - b1) / 2;
    double x =
        (sigma - Math.sin(sigma))
            * Math.pow(Math.sin(p) * Math.cos(q), 2)
            / Math.pow(Math.cos(sigma / 2), 2);
    double y =
        (sigma + Math.sin(sigma))
            * Math.pow(Math.cos(p) * Math.sin(q), 2)
            / Math.pow(Math.sin(sigma / 2), 2);
    return a * (sigma - f / 2 * (x + y));
  }
}
