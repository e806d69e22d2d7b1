package org.ceasefire.demo;

import java.time.LocalDate;

/**
 * Generates the synthetic demo region: {@code scale} tiles, each a copy of the nine Connecticut
 * partner cities with about 60 groups, 3,000 people and five years of incidents. Pure and seeded:
 * the same parameters give the same records, and each tile depends only on the seed and its index,
 * so tiles can be generated and written one at a time (scale 100 never holds more than one tile).
 * See docs/demo-region.md for what is real, what is synthetic and the dynamics.
 */
final class DemoRegionGenerator {

  private final DemoParameters parameters;

  DemoRegionGenerator(DemoParameters parameters) {
    this.parameters = parameters;
  }

  int tiles() {
    return parameters.scale();
  }

  DemoTile tile(int index) {
    if (index < 0 || index >= parameters.scale()) {
      throw new IllegalArgumentException("tile " + index + " outside 0.." + (tiles() - 1));
    }
    TileState state = new TileState(parameters, index);
    RegionLayout.build(state);
    GroupNetwork.build(state);
    Population.build(state);
    IncidentFactory incidents = new IncidentFactory(state);
    ConflictProcess conflicts = new ConflictProcess(state, incidents);
    BackgroundCrime background = new BackgroundCrime(state, incidents);
    for (LocalDate day = parameters.startDate();
        !day.isAfter(parameters.endDate());
        day = day.plusDays(1)) {
      conflicts.day(day);
      background.day(day);
      incidents.endDay();
    }
    return state.toTile();
  }
}
