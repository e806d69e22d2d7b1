package org.ceasefire.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Turns the processes' decisions into incidents: a time of day (shootings at night, other crime
 * through the day), a point in the beat, an address and a report number. A day's incidents are
 * buffered and numbered in time order, so ids and report numbers rise with time.
 */
final class IncidentFactory {

  /** Relative frequency of each hour, midnight first. */
  private static final double[] NIGHT = {
    8, 8, 7, 5, 3, 2, 1, 1, 1, 1, 1, 2, 2, 2, 3, 3, 4, 4, 5, 6, 7, 8, 9, 9
  };

  private static final double[] DAY = {
    3, 2, 2, 1, 1, 1, 2, 3, 4, 5, 5, 6, 6, 6, 6, 6, 7, 7, 7, 6, 6, 5, 4, 4
  };

  private record Draft(
      Instant at,
      String type,
      CityPlan city,
      DemoArea area,
      double[] point,
      String narrative,
      List<DemoParticipant> participants,
      List<DemoFirearm> firearms) {}

  private final TileState state;
  private final List<Draft> today = new ArrayList<>();

  IncidentFactory(TileState state) {
    this.state = state;
  }

  void add(
      LocalDate day,
      String type,
      CityPlan city,
      DemoArea area,
      String narrative,
      Cast cast,
      List<DemoFirearm> firearms) {
    Sampling s = state.sampling;
    boolean night =
        type.equals("homicide") || type.equals("non_fatal_shooting") || type.equals("shots_fired");
    LocalTime time = LocalTime.of(s.weighted(night ? NIGHT : DAY), s.between(0, 59));
    Instant at = day.atTime(time).atZone(state.parameters.zone()).toInstant();
    double[] point = RegionLayout.pointIn(s, city, area);
    today.add(new Draft(at, type, city, area, point, narrative, cast.participants(), firearms));
  }

  /** Numbers the day's incidents in time order and hands them to the tile. */
  void endDay() {
    today.sort(Comparator.comparing(Draft::at));
    for (Draft d : today) {
      int id = state.incidents.size() + 1;
      int year = d.at.atZone(state.parameters.zone()).getYear();
      String report =
          String.format(
              Locale.ROOT, "%s-%d-%06d", d.city.city.code(), year, d.city.nextReport(year));
      state.incidents.add(
          new DemoIncident(
              id,
              report,
              d.type,
              d.at,
              Math.round(d.point[0] * 1e6) / 1e6,
              Math.round(d.point[1] * 1e6) / 1e6,
              address(d.point),
              d.city.jurisdiction.id(),
              d.area.id(),
              d.narrative,
              d.participants,
              d.firearms));
    }
    today.clear();
  }

  /** A block address derived from the point, so the same corner gets the same address. */
  private static String address(double[] point) {
    long cell = Math.round(point[0] * 2000) * 31 + Math.round(point[1] * 2000);
    Sampling local = new Sampling(cell);
    return (local.between(1, 39) * 100) + " block " + SyntheticNames.street(local);
  }
}
