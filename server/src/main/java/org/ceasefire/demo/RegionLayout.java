package org.ceasefire.demo;

import java.util.Locale;

/**
 * Lays out a tile's cities and their beats. Each city is a grid of square beats (about 1.3 km a
 * side) around its centroid. Beat risk is log-normal with one or two hot spots per city multiplied
 * fivefold, so a few beats carry most shootings, as in every city studied since Sherman's
 * Minneapolis hot-spot work. Tiles after the first are synthetic copies shifted west and north so
 * that no two tiles overlap.
 */
final class RegionLayout {

  static final double BEAT_LAT = 0.0115;
  static final double BEAT_LON = 0.0153;
  private static final double TILE_LON = -2.4;
  private static final double TILE_LAT = 1.3;
  private static final double MICRO_JITTER = 0.0006;

  private RegionLayout() {}

  static void build(TileState state) {
    int width = (int) Math.ceil(Math.sqrt(state.parameters.scale()));
    double dLon = TILE_LON * (state.index % width);
    double dLat = TILE_LAT * (state.index / width);
    for (DemoCity real : DemoCity.CONNECTICUT) {
      DemoCity city =
          new DemoCity(
              real.name() + state.copySuffix(),
              real.code() + (state.index == 0 ? "" : Integer.toString(state.index + 1)),
              real.lon() + dLon,
              real.lat() + dLat,
              real.population(),
              real.violence(),
              real.grid());
      DemoJurisdiction jurisdiction =
          new DemoJurisdiction(
              state.jurisdictions.size() + 1,
              city.name(),
              "CT",
              city.lon(),
              city.lat(),
              city.population());
      state.jurisdictions.add(jurisdiction);
      CityPlan plan = new CityPlan(city, jurisdiction);
      state.cities.add(plan);
      addBeats(state, plan);
    }
  }

  private static void addBeats(TileState state, CityPlan plan) {
    Sampling s = state.sampling;
    int grid = plan.city.grid();
    int cells = grid * grid;
    double[] populationWeight = new double[cells];
    double[] risk = new double[cells];
    double totalWeight = 0;
    for (int i = 0; i < cells; i++) {
      populationWeight[i] = s.lognormal(0.4);
      totalWeight += populationWeight[i];
      risk[i] = s.lognormal(1.0);
    }
    int hotSpots = plan.city.violence() >= 0.5 ? 2 : 1;
    for (int h = 0; h < hotSpots; h++) {
      risk[s.between(0, cells - 1)] *= 5;
    }
    double west0 = plan.city.lon() - grid * BEAT_LON / 2;
    double south0 = plan.city.lat() - grid * BEAT_LAT / 2;
    for (int i = 0; i < cells; i++) {
      double west = west0 + (i % grid) * BEAT_LON;
      double south = south0 + (i / grid) * BEAT_LAT;
      int population = (int) Math.round(plan.city.population() * populationWeight[i] / totalWeight);
      DemoArea area =
          new DemoArea(
              state.areas.size() + 1,
              plan.jurisdiction.id(),
              String.format(Locale.ROOT, "Beat %02d", i + 1),
              round(west),
              round(south),
              round(west + BEAT_LON),
              round(south + BEAT_LAT),
              population);
      state.areas.add(area);
      plan.areas.add(area);
      plan.byRisk.add(area, risk[i]);
      plan.byPopulation.add(area, Math.sqrt(risk[i]) * populationWeight[i]);
      plan.microPlaces.put(area.id(), microPlaces(s, area));
    }
  }

  /** Three street corners per beat where events recur: the seed of near-repeat patterns. */
  private static double[][] microPlaces(Sampling s, DemoArea area) {
    double[][] places = new double[3][];
    for (int i = 0; i < places.length; i++) {
      places[i] =
          new double[] {
            s.uniform(area.west() + MICRO_JITTER, area.east() - MICRO_JITTER),
            s.uniform(area.south() + MICRO_JITTER, area.north() - MICRO_JITTER)
          };
    }
    return places;
  }

  /** A point in the beat: near one of its micro-places more often than not. */
  static double[] pointIn(Sampling s, CityPlan plan, DemoArea area) {
    if (s.chance(0.6)) {
      double[] place = s.pick(java.util.List.of(plan.microPlaces.get(area.id())));
      return new double[] {
        clamp(place[0] + s.gaussian() * MICRO_JITTER / 2, area.west(), area.east()),
        clamp(place[1] + s.gaussian() * MICRO_JITTER / 2, area.south(), area.north())
      };
    }
    return new double[] {
      s.uniform(area.west(), area.east()), s.uniform(area.south(), area.north())
    };
  }

  private static double clamp(double value, double low, double high) {
    return Math.max(low, Math.min(high, value));
  }

  private static double round(double degrees) {
    return Math.round(degrees * 1e6) / 1e6;
  }
}
