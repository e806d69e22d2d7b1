package org.ceasefire.reviews;

import java.util.List;
import org.ceasefire.cases.OpenCase;
import org.ceasefire.incidents.Incident;
import org.jspecify.annotations.Nullable;

/**
 * One incident on a review agenda, with the people in it. {@code groups} is null when the viewer
 * may not read intelligence, {@code openCases} when they may not read prosecution cases (the column
 * is then left out, not shown empty).
 */
public record AgendaItem(Incident incident, List<Person> people) {

  public AgendaItem {
    people = List.copyOf(people);
  }

  /**
   * A victim, suspect or arrestee, their groups and those groups' rivals, prior incidents, and
   * their open prosecution cases.
   */
  public record Person(
      long personId,
      String name,
      String role,
      @Nullable String injury,
      @Nullable List<GroupTie> groups,
      int priorIncidents,
      @Nullable List<OpenCase> openCases) {}

  /** A group the person belongs to and the groups in conflict with it. */
  public record GroupTie(long groupId, String group, List<String> rivals) {}
}
