package org.ceasefire.interventions;

import java.time.LocalDate;
import java.util.List;

/** A row of the call-in list: counts only, no person. */
public record CallInSummary(
    long id,
    LocalDate heldOn,
    String place,
    String jurisdiction,
    String status,
    List<String> groups,
    int invited,
    int attended) {

  static CallInSummary of(CallIn c, int[] counts) {
    return new CallInSummary(
        c.id(),
        c.heldOn(),
        c.place(),
        c.jurisdiction(),
        c.status(),
        c.groups().stream().map(CallIn.TargetGroup::name).toList(),
        counts[0],
        counts[1]);
  }
}
