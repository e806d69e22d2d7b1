package org.ceasefire.interventions;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A person on a call-in's list as a viewer may see them. {@code why} (the current intelligence
 * entries in the targeted groups) is null for a viewer who may not read intelligence: they see only
 * that the coordinator selected the person. {@code supervision} is null for a viewer who may not
 * read supervision.
 */
public record ListedPerson(
    Invitation invitation, @Nullable List<Support> why, @Nullable String supervision) {

  /** A current, approved intelligence entry that puts the person on the list. */
  public record Support(
      long membershipId, String group, String role, List<String> criteria, LocalDate reviewDate) {}

  public ListedPerson {
    why = why == null ? null : List.copyOf(why);
  }
}
