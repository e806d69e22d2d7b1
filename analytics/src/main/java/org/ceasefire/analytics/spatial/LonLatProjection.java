package org.ceasefire.analytics.spatial;

import org.locationtech.proj4j.CRSFactory;
import org.locationtech.proj4j.CoordinateReferenceSystem;
import org.locationtech.proj4j.CoordinateTransform;
import org.locationtech.proj4j.CoordinateTransformFactory;
import org.locationtech.proj4j.ProjCoordinate;

/**
 * Projects WGS84 longitude/latitude to a local metric plane: a transverse Mercator on the WGS84
 * ellipsoid centred on the points' mean longitude and latitude (scale 1 on the central meridian),
 * so distances within a city or a state are true to about 1 part in 10,000 up to 150 km from the
 * centre. Reference: PROJ {@code +proj=tmerc}, computed with proj4j. Complexity O(n).
 */
public final class LonLatProjection {

  private LonLatProjection() {}

  /** Projects; longitudes and latitudes must already be within [-180, 180] and [-90, 90]. */
  public static Points project(double[] lon, double[] lat) {
    if (lon.length != lat.length) {
      throw new IllegalArgumentException("lon and lat differ in length");
    }
    int n = lon.length;
    if (n == 0) {
      return new Points(new double[0], new double[0]);
    }
    double lon0 = 0;
    double lat0 = 0;
    for (int i = 0; i < n; i++) {
      lon0 += lon[i] / n;
      lat0 += lat[i] / n;
    }
    CRSFactory crs = new CRSFactory();
    CoordinateReferenceSystem wgs84 =
        crs.createFromParameters("WGS84", "+proj=longlat +datum=WGS84 +no_defs");
    CoordinateReferenceSystem local =
        crs.createFromParameters(
            "local",
            "+proj=tmerc +lat_0="
                + lat0
                + " +lon_0="
                + lon0
                + " +k=1 +x_0=0 +y_0=0"
                + " +datum=WGS84 +units=m +no_defs");
    CoordinateTransform toLocal = new CoordinateTransformFactory().createTransform(wgs84, local);
    double[] x = new double[n];
    double[] y = new double[n];
    ProjCoordinate in = new ProjCoordinate();
    ProjCoordinate out = new ProjCoordinate();
    for (int i = 0; i < n; i++) {
      in.x = lon[i];
      in.y = lat[i];
      toLocal.transform(in, out);
      x[i] = out.x;
      y[i] = out.y;
    }
    return new Points(x, y);
  }
}
