package org.ceasefire.analytics.cli;

import java.nio.file.Path;
import org.ceasefire.analytics.io.CsvTable;
import org.ceasefire.analytics.spatial.LonLatProjection;
import org.ceasefire.analytics.spatial.Points;

/**
 * An events file {@code id,x,y,t[,type]} read for a spatial method: planar metres, or longitude and
 * latitude projected to a local metric plane when {@code lonlat}. {@code seconds} holds t as
 * seconds since 1970-01-01T00:00Z, or is empty when the method needs no time.
 */
record EventsFile(String[] ids, Points points, long[] seconds) {

  static EventsFile read(Path file, boolean lonlat, boolean withTime) {
    CsvTable csv = CsvTable.read(file);
    int id = csv.column("id");
    int xc = csv.column("x");
    int yc = csv.column("y");
    int tc = withTime ? csv.column("t") : -1;
    int n = csv.size();
    String[] ids = new String[n];
    double[] x = new double[n];
    double[] y = new double[n];
    long[] seconds = new long[withTime ? n : 0];
    for (int i = 0; i < n; i++) {
      ids[i] = csv.required(i, id);
      x[i] = csv.number(i, xc);
      y[i] = csv.number(i, yc);
      if (lonlat && (x[i] < -180 || x[i] > 180)) {
        throw csv.error(i, xc, "longitude out of range [-180, 180]: " + x[i]);
      }
      if (lonlat && (y[i] < -90 || y[i] > 90)) {
        throw csv.error(i, yc, "latitude out of range [-90, 90]: " + y[i]);
      }
      if (withTime) {
        seconds[i] = csv.instant(i, tc).getEpochSecond();
      }
    }
    Points points = lonlat ? LonLatProjection.project(x, y) : new Points(x, y);
    return new EventsFile(ids, points, seconds);
  }
}
