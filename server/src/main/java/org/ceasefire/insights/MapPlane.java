package org.ceasefire.insights;

import org.locationtech.proj4j.CRSFactory;
import org.locationtech.proj4j.CoordinateReferenceSystem;
import org.locationtech.proj4j.CoordinateTransform;
import org.locationtech.proj4j.CoordinateTransformFactory;
import org.locationtech.proj4j.ProjCoordinate;

/**
 * The way back from the analytics module's local plane to longitude and latitude, for drawing grid
 * cells on the map: the same transverse Mercator as {@code analytics.spatial.LonLatProjection},
 * centred on the same mean of the same points, inverted.
 */
final class MapPlane {

  private final CoordinateTransform toLonLat;

  private MapPlane(double lon0, double lat0) {
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
                + " +k=1 +x_0=0 +y_0=0 +datum=WGS84 +units=m +no_defs");
    toLonLat = new CoordinateTransformFactory().createTransform(local, wgs84);
  }

  /** The plane of these points, centred on their mean as the projection computes it. */
  static MapPlane of(double[] lon, double[] lat) {
    int n = lon.length;
    double lon0 = 0;
    double lat0 = 0;
    for (int i = 0; i < n; i++) {
      lon0 += lon[i] / n;
      lat0 += lat[i] / n;
    }
    return new MapPlane(lon0, lat0);
  }

  /** Longitude and latitude of the plane point (x, y), rounded to 1e-6° (about 10 cm). */
  double[] lonLat(double x, double y) {
    ProjCoordinate out = new ProjCoordinate();
    toLonLat.transform(new ProjCoordinate(x, y), out);
    return new double[] {Math.round(out.x * 1e6) / 1e6, Math.round(out.y * 1e6) / 1e6};
  }
}
