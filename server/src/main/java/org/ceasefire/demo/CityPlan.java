package org.ceasefire.demo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Generation-time facts about one city of a tile that never reach the database: how risky each beat
 * is, its micro-places (street corners where events repeat), the people who live there and its
 * groups.
 */
final class CityPlan {

  final DemoCity city;
  final DemoJurisdiction jurisdiction;
  final List<DemoArea> areas = new ArrayList<>();
  final WeightedChoice<DemoArea> byRisk = new WeightedChoice<>();
  final WeightedChoice<DemoArea> byPopulation = new WeightedChoice<>();
  final Map<Integer, double[][]> microPlaces = new HashMap<>();
  final WeightedChoice<Integer> residents = new WeightedChoice<>();
  final List<GroupPlan> groups = new ArrayList<>();
  private final Map<Integer, Integer> reportSequence = new HashMap<>();

  CityPlan(DemoCity city, DemoJurisdiction jurisdiction) {
    this.city = city;
    this.jurisdiction = jurisdiction;
  }

  /** The next report number of the year: each city numbers its reports from 1 every January. */
  int nextReport(int year) {
    return reportSequence.merge(year, 1, Integer::sum);
  }

  /** Share of the region's violence this city carries (its synthetic weight). */
  double violenceShare() {
    return city.violence() / DemoCity.totalViolence();
  }

  double populationShare() {
    return (double) city.population() / DemoCity.totalPopulation();
  }
}
