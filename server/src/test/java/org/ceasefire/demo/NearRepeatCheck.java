package org.ceasefire.demo;

import java.util.List;

/**
 * Knox's space-time test in its simplest form: among all pairs of events, how many are close in
 * both space and time, against the number expected if closeness in space and in time were
 * independent ({@code closeInSpace * closeInTime / pairs}). A ratio above 1 is the near-repeat
 * pattern (Johnson and Bowers; Ratcliffe's Near Repeat Calculator uses the same table).
 */
final class NearRepeatCheck {

  private static final double METRES_PER_DEGREE_LAT = 110_540;

  private NearRepeatCheck() {}

  static double knoxRatio(List<DemoIncident> events, double metres, double days) {
    long pairs = 0;
    long space = 0;
    long time = 0;
    long both = 0;
    double lonScale = 111_320 * Math.cos(Math.toRadians(41.4));
    for (int i = 0; i < events.size(); i++) {
      DemoIncident a = events.get(i);
      for (int j = i + 1; j < events.size(); j++) {
        DemoIncident b = events.get(j);
        double dx = (a.lon() - b.lon()) * lonScale;
        double dy = (a.lat() - b.lat()) * METRES_PER_DEGREE_LAT;
        boolean near = dx * dx + dy * dy <= metres * metres;
        long seconds = Math.abs(a.occurredAt().getEpochSecond() - b.occurredAt().getEpochSecond());
        boolean soon = seconds <= days * 86_400;
        pairs++;
        space += near ? 1 : 0;
        time += soon ? 1 : 0;
        both += near && soon ? 1 : 0;
      }
    }
    double expected = (double) space * time / pairs;
    return expected == 0 ? 0 : both / expected;
  }
}
