package org.ceasefire.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/**
 * A membership entry (28 CFR Part 23): documented criteria, a source, who submitted it (an index
 * into the loader's list of submitting users) and a review date at most five years on.
 */
record DemoMembership(
    int personId,
    int groupId,
    String role,
    List<String> criteria,
    String source,
    int submitter,
    Instant submittedAt,
    LocalDate reviewDate) {

  DemoMembership {
    if (personId < 1 || groupId < 1 || submitter < 0 || criteria.isEmpty() || source.isBlank()) {
      throw new IllegalArgumentException("invalid membership " + personId + "/" + groupId);
    }
    LocalDate submitted = submittedAt.atOffset(ZoneOffset.UTC).toLocalDate();
    if (reviewDate.isAfter(submitted.plusYears(5)) || reviewDate.isBefore(submitted)) {
      throw new IllegalArgumentException("review date must be within five years of submission");
    }
    criteria = List.copyOf(criteria);
  }
}
