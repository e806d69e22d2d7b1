package org.ceasefire.demo;

import java.time.LocalDate;
import java.util.List;

/**
 * Everything that is not a feud: shootings with no group link, other homicides, shots fired,
 * firearm seizures (with co-arrests and the guns), aggravated assaults, robberies and other calls,
 * each a Poisson count per city and day at the yearly rates below (per tile), shaped by season. Gun
 * crime lands by beat risk, other crime by beat population.
 */
final class BackgroundCrime {

  static final double SHOOTINGS_PER_YEAR = 200;
  static final double OTHER_HOMICIDES_PER_YEAR = 15;
  static final double SHOTS_FIRED_PER_YEAR = 750;
  static final double SEIZURES_PER_YEAR = 700;
  static final double ASSAULTS_PER_YEAR = 2_200;
  static final double ROBBERIES_PER_YEAR = 1_700;
  static final double OTHER_PER_YEAR = 300;
  private static final String NOTE = "Synthetic demo record.";

  private final TileState state;
  private final IncidentFactory incidents;
  private final ProgramEffect program;

  BackgroundCrime(TileState state, IncidentFactory incidents) {
    this.state = state;
    this.incidents = incidents;
    this.program = new ProgramEffect(state.parameters);
  }

  void day(LocalDate day) {
    double gun = Seasons.season(day, 0.25) * Seasons.weekend(day) / 365;
    double violent = Seasons.season(day, 0.15) / 365;
    double flat = Seasons.season(day, 0.05) / 365;
    for (CityPlan city : state.cities) {
      double v = city.violenceShare();
      double mixed = (city.violenceShare() + city.populationShare()) / 2;
      double effect = program.otherShootings(city, day);
      repeat(
          state.sampling.poisson(SHOOTINGS_PER_YEAR * v * gun * effect), () -> shooting(day, city));
      repeat(
          state.sampling.poisson(OTHER_HOMICIDES_PER_YEAR * mixed * violent),
          () -> homicide(day, city));
      repeat(state.sampling.poisson(SHOTS_FIRED_PER_YEAR * v * gun), () -> shotsFired(day, city));
      repeat(state.sampling.poisson(SEIZURES_PER_YEAR * v * flat), () -> seizure(day, city));
      repeat(state.sampling.poisson(ASSAULTS_PER_YEAR * mixed * violent), () -> assault(day, city));
      repeat(state.sampling.poisson(ROBBERIES_PER_YEAR * mixed * flat), () -> robbery(day, city));
      repeat(state.sampling.poisson(OTHER_PER_YEAR * mixed * flat), () -> other(day, city));
    }
  }

  private static void repeat(int times, Runnable action) {
    for (int i = 0; i < times; i++) {
      action.run();
    }
  }

  private void shooting(LocalDate day, CityPlan city) {
    Sampling s = state.sampling;
    boolean fatal = s.chance(0.17);
    Cast cast = new Cast();
    boolean member = s.chance(0.15) && !city.groups.isEmpty();
    int victim = member ? s.pick(city.groups).members.draw(s) : city.residents.draw(s);
    cast.add(victim, "victim", fatal ? "fatal" : "non_fatal");
    Participation.suspects(s, cast, city.residents, 0.3, 0.5);
    Participation.witness(s, cast, city, 0.2);
    add(day, fatal ? "homicide" : "non_fatal_shooting", city, city.byRisk.draw(s), cast);
  }

  private void homicide(LocalDate day, CityPlan city) {
    Sampling s = state.sampling;
    Cast cast = new Cast().add(city.residents.draw(s), "victim", "fatal");
    Participation.suspects(s, cast, city.residents, 0.6, 0.8);
    add(day, "homicide", city, city.byPopulation.draw(s), cast);
  }

  private void shotsFired(LocalDate day, CityPlan city) {
    Cast cast = new Cast();
    Participation.witness(state.sampling, cast, city, 0.1);
    add(day, "shots_fired", city, city.byRisk.draw(state.sampling), cast);
  }

  /** One to three people arrested together, often members of the same group, and the guns. */
  private void seizure(LocalDate day, CityPlan city) {
    Sampling s = state.sampling;
    double roll = s.uniform(0, 1);
    int arrested = roll < 0.65 ? 1 : roll < 0.9 ? 2 : 3;
    WeightedChoice<Integer> pool =
        s.chance(0.45) && !city.groups.isEmpty() ? s.pick(city.groups).members : city.residents;
    Cast cast = new Cast();
    for (int i = 0; i < arrested; i++) {
      cast.add(pool.draw(s), "arrestee", null);
    }
    DemoArea area = city.byRisk.draw(s);
    incidents.add(day, "firearm_seizure", city, area, NOTE, cast, FirearmCatalog.seized(s));
  }

  private void assault(LocalDate day, CityPlan city) {
    Sampling s = state.sampling;
    Cast cast = new Cast();
    if (s.chance(0.5)) {
      cast.add(city.residents.draw(s), "victim", s.chance(0.7) ? "non_fatal" : "none");
    }
    Participation.suspects(s, cast, city.residents, 0.25, 0.8);
    add(day, "aggravated_assault", city, city.byPopulation.draw(s), cast);
  }

  private void robbery(LocalDate day, CityPlan city) {
    Sampling s = state.sampling;
    Cast cast = new Cast();
    if (s.chance(0.4)) {
      cast.add(city.residents.draw(s), "victim", s.chance(0.2) ? "non_fatal" : "none");
    }
    Participation.suspects(s, cast, city.residents, 0.15, 0.8);
    add(day, "robbery", city, city.byPopulation.draw(s), cast);
  }

  private void other(LocalDate day, CityPlan city) {
    add(day, "other", city, city.byPopulation.draw(state.sampling), Cast.none());
  }

  private void add(LocalDate day, String type, CityPlan city, DemoArea area, Cast cast) {
    incidents.add(day, type, city, area, NOTE, cast, List.of());
  }
}
