package org.ceasefire.groups;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * An intelligence entry: a person in a group, with the documented criteria it meets, its source,
 * who submitted it and its review date (28 CFR Part 23: at most five years).
 */
public record Membership(
    long id,
    long personId,
    String personName,
    long groupId,
    String groupName,
    String role,
    List<String> criteria,
    String source,
    String submittedBy,
    OffsetDateTime submittedAt,
    LocalDate reviewDate) {

  public Membership {
    criteria = List.copyOf(criteria);
  }
}
