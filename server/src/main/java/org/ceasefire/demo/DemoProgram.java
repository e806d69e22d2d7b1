package org.ceasefire.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.ceasefire.access.CeasefireUser;
import org.ceasefire.access.Sites;
import org.ceasefire.evaluation.ProgramInput;
import org.ceasefire.evaluation.Programs;
import org.ceasefire.places.Jurisdiction;
import org.ceasefire.places.Places;
import org.springframework.stereotype.Component;

/**
 * Defines the demo partnership's program for evaluation, as its coordinator would: the cities
 * {@link ProgramEffect} gives the program (and their copies at a larger scale) are the targets, the
 * other cities the comparisons, shootings the outcome, from the generator's program start. The
 * evaluation page then shows the effect the generator built in.
 */
@Component
class DemoProgram {

  private final Sites sites;
  private final Places places;
  private final Programs programs;

  DemoProgram(Sites sites, Places places, Programs programs) {
    this.sites = sites;
    this.places = places;
    this.programs = programs;
  }

  void load(long site, String coordinatorUsername, LocalDate start) {
    CeasefireUser coordinator = sites.user(coordinatorUsername).orElseThrow();
    List<Long> targets = new ArrayList<>();
    List<Long> comparisons = new ArrayList<>();
    for (Jurisdiction j : places.jurisdictions(site)) {
      (inProgram(j.name()) ? targets : comparisons).add(j.id());
    }
    programs.define(
        coordinator,
        new ProgramInput(
            "Connecticut Ceasefire (group violence intervention)",
            start.toString(),
            "shootings",
            targets,
            comparisons,
            null,
            null,
            null));
  }

  private static boolean inProgram(String jurisdiction) {
    return DemoCity.CONNECTICUT.stream()
        .filter(c -> c.violence() >= ProgramEffect.PROGRAM_CITY_VIOLENCE)
        .anyMatch(c -> jurisdiction.equals(c.name()) || jurisdiction.startsWith(c.name() + " "));
  }
}
