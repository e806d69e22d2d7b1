package org.ceasefire.evaluation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.ceasefire.platform.Validator;
import org.jspecify.annotations.Nullable;

/**
 * A program definition as typed into the form or sent to the API: places as lists of ids, the start
 * as an ISO date, and the version read (null for the first definition).
 */
public record ProgramInput(
    @Nullable String name,
    @Nullable String startsOn,
    @Nullable String outcome,
    @Nullable List<Long> targetCities,
    @Nullable List<Long> comparisonCities,
    @Nullable List<Long> targetAreas,
    @Nullable List<Long> comparisonAreas,
    @Nullable Integer version) {

  /** The input once every field is readable. */
  record Checked(
      String name,
      LocalDate startsOn,
      String outcome,
      List<Long> targetCities,
      List<Long> comparisonCities,
      List<Long> targetAreas,
      List<Long> comparisonAreas) {}

  /**
   * Checks the fields against the site's cities, areas and measures, collecting every problem
   * before refusing; the start may not be after {@code today}.
   */
  Checked check(
      Set<Long> cities, Set<Long> areas, Set<String> measures, LocalDate today, Validator v) {
    v.require("name", name).maxLength("name", name, 200);
    LocalDate start = v.date("startsOn", startsOn, true, today);
    v.require("outcome", outcome);
    v.check(outcome == null || measures.contains(outcome), "outcome", "is not a measure", outcome);
    List<Long> tc = ids(targetCities);
    List<Long> cc = ids(comparisonCities);
    List<Long> ta = ids(targetAreas);
    List<Long> ca = ids(comparisonAreas);
    known(v, "targetCities", tc, cities, "city");
    known(v, "comparisonCities", cc, cities, "city");
    known(v, "targetAreas", ta, areas, "area");
    known(v, "comparisonAreas", ca, areas, "area");
    v.check(!tc.isEmpty() || !ta.isEmpty(), "targetCities", "name at least one target", "");
    overlap(v, "comparisonCities", tc, cc);
    overlap(v, "comparisonAreas", ta, ca);
    v.throwIfInvalid();
    return new Checked(name.strip(), start, outcome, tc, cc, ta, ca);
  }

  private static List<Long> ids(@Nullable List<Long> list) {
    return list == null ? List.of() : new ArrayList<>(new LinkedHashSet<>(list));
  }

  private static void known(Validator v, String field, List<Long> ids, Set<Long> all, String what) {
    for (Long id : ids) {
      v.check(all.contains(id), field, "no such " + what + " in this site", id);
    }
  }

  private static void overlap(Validator v, String field, List<Long> targets, List<Long> others) {
    for (Long id : others) {
      v.check(!targets.contains(id), field, "is also a target", id);
    }
  }
}
