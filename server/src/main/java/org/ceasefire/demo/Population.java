package org.ceasefire.demo;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * Creates about 3,000 synthetic people per tile and the membership entries of the group-involved
 * minority (about one in six). Each person gets a log-normal risk weight; members' weights are
 * higher and more spread, so a small share of group-involved people are drawn as victims and
 * suspects again and again, as Papachristos found in co-offending networks.
 */
final class Population {

  static final int PEOPLE_PER_TILE = 3_000;
  static final int SUBMITTERS = 2;

  /** The documented criteria, as the groups feature lists them. */
  private static final List<String> CRITERIA =
      List.of(
          "self_admission",
          "arrested_with_members",
          "identified_by_reliable_source",
          "group_tattoos_or_symbols",
          "social_media_admission",
          "observed_associating",
          "court_finding");

  private static final List<String> SOURCES =
      List.of(
          "Synthetic: field interview card",
          "Synthetic: social media review",
          "Synthetic: reliable confidential informant",
          "Synthetic: arrest report",
          "Synthetic: custody classification");

  private Population() {}

  static void build(TileState state) {
    PersonFactory people = new PersonFactory(state);
    for (CityPlan city : state.cities) {
      int quota =
          (int) Math.round(PEOPLE_PER_TILE * (city.populationShare() + city.violenceShare()) / 2);
      int members = 0;
      for (GroupPlan group : city.groups) {
        int size =
            group.group.active() ? 4 + state.sampling.poisson(6) : 2 + state.sampling.poisson(2);
        for (int i = 0; i < size; i++) {
          DemoPerson person = people.member();
          group.members.add(person.id(), state.sampling.lognormal(1.1));
          addMembership(state, person, group, i == 0 ? "leader" : "member");
          members++;
        }
      }
      for (int i = members; i < Math.max(quota, members + 50); i++) {
        DemoPerson person = people.resident();
        city.residents.add(person.id(), 0.3 * state.sampling.lognormal(1.0));
      }
    }
    addAssociates(state);
  }

  /** Some members also run with an allied group: a second entry as an associate. */
  private static void addAssociates(TileState state) {
    for (GroupPlan group : state.groups) {
      for (Integer member : group.members.items()) {
        if (!group.allies.isEmpty() && state.sampling.chance(0.12)) {
          GroupPlan ally = state.sampling.pick(group.allies);
          addMembership(state, state.people.get(member - 1), ally, "associate");
        }
      }
    }
  }

  private static void addMembership(
      TileState state, DemoPerson person, GroupPlan group, String role) {
    Sampling s = state.sampling;
    LocalDate end = state.parameters.endDate();
    // most entries recent; one in seven older, so some are past review and the purge queue has work
    LocalDate day =
        end.minusDays(s.chance(0.85) ? s.between(1, 3 * 365) : s.between(3 * 365, 6 * 365));
    var submittedAt =
        day.atTime(LocalTime.of(s.between(8, 18), s.between(0, 59)))
            .atZone(state.parameters.zone())
            .toInstant();
    LocalDate submitted = submittedAt.atOffset(ZoneOffset.UTC).toLocalDate();
    boolean juvenile = person.dateOfBirth().plusYears(18).isAfter(submitted);
    List<String> criteria = new ArrayList<>();
    int wanted = s.between(1, 3);
    while (criteria.size() < wanted) {
      String criterion = s.pick(CRITERIA);
      if (!criteria.contains(criterion)) {
        criteria.add(criterion);
      }
    }
    state.memberships.add(
        new DemoMembership(
            person.id(),
            group.group.id(),
            role,
            criteria,
            s.pick(SOURCES),
            s.between(0, SUBMITTERS - 1),
            submittedAt,
            submitted.plusYears(juvenile ? 3 : 5)));
  }
}
