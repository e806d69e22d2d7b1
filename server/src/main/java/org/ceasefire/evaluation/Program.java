package org.ceasefire.evaluation;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The partnership's program as evaluation sees it: its name, the day it started, the outcome
 * measure that should fall, and the places it runs in (targets) and the places it is compared with
 * (comparisons), as cities and/or areas. A place is never both.
 */
public record Program(
    long id,
    String name,
    LocalDate startsOn,
    String outcome,
    List<Long> targetCities,
    List<Long> comparisonCities,
    List<Long> targetAreas,
    List<Long> comparisonAreas,
    int version) {

  public Program {
    if (name.isBlank()) {
      throw new IllegalArgumentException("a program needs a name");
    }
    targetCities = List.copyOf(targetCities);
    comparisonCities = List.copyOf(comparisonCities);
    targetAreas = List.copyOf(targetAreas);
    comparisonAreas = List.copyOf(comparisonAreas);
    if (targetCities.isEmpty() && targetAreas.isEmpty()) {
      throw new IllegalArgumentException("a program needs at least one target city or area");
    }
    disjoint(targetCities, comparisonCities, "city");
    disjoint(targetAreas, comparisonAreas, "area");
  }

  private static void disjoint(List<Long> targets, List<Long> comparisons, String what) {
    Set<Long> both = new HashSet<>(targets);
    both.retainAll(comparisons);
    if (!both.isEmpty()) {
      throw new IllegalArgumentException(
          "a " + what + " cannot be both a target and a comparison: " + both);
    }
  }

  /**
   * The program as the coordinator redefines it from {@code input}, one version on: the named state
   * change of a program definition (its history is kept by the caller).
   */
  Program redefine(ProgramInput.Checked input) {
    return new Program(
        id,
        input.name(),
        input.startsOn(),
        input.outcome(),
        input.targetCities(),
        input.comparisonCities(),
        input.targetAreas(),
        input.comparisonAreas(),
        version + 1);
  }

  /** Its fields as the record history stores them. */
  Map<String, Object> fields() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("name", name);
    m.put("starts_on", startsOn.toString());
    m.put("outcome", outcome);
    m.put("target_cities", targetCities.toString());
    m.put("comparison_cities", comparisonCities.toString());
    m.put("target_areas", targetAreas.toString());
    m.put("comparison_areas", comparisonAreas.toString());
    return m;
  }

  /** Whether the comparison places are cities (true) or, failing that, areas. */
  boolean comparesCities() {
    return !targetCities.isEmpty() && !comparisonCities.isEmpty();
  }

  boolean comparesAreas() {
    return !targetAreas.isEmpty() && !comparisonAreas.isEmpty();
  }
}
