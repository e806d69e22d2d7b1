package org.ceasefire.analytics.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Runs {@code analyze} in-process as the launcher would, capturing exit code and streams. */
record SpatialCli(int exit, String out, String err) {

  static SpatialCli run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit =
        AnalyzeCommand.commandLine(new PrintWriter(out, true), new PrintWriter(err, true))
            .execute(args);
    return new SpatialCli(exit, out.toString(), err.toString());
  }

  static Path write(Path dir, String name, String text) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file;
  }

  /**
   * Synthetic events in Connecticut (around Hartford, 41.76 N 72.68 W) as longitude/latitude: a 3 ×
   * 3 block of points 100 m apart in both directions, one day apart in time.
   */
  static String hartfordLonLat() {
    double lat0 = 41.76;
    double lon0 = -72.68;
    double metresPerDegLat = 111_070; // at 41.76 N on WGS84, to about 0.1 %
    double metresPerDegLon = 111_320 * Math.cos(Math.toRadians(lat0));
    StringBuilder csv = new StringBuilder("id,x,y,t,type\n");
    int id = 1;
    for (int i = 0; i < 3; i++) {
      for (int j = 0; j < 3; j++) {
        double lon = lon0 + (i * 100) / metresPerDegLon;
        double lat = lat0 + (j * 100) / metresPerDegLat;
        csv.append(id)
            .append(',')
            .append(lon)
            .append(',')
            .append(lat)
            .append(",2024-05-0")
            .append(id)
            .append(",shooting\n");
        id++;
      }
    }
    return csv.toString();
  }
}
