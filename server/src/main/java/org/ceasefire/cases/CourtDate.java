package org.ceasefire.cases;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** An upcoming court date on the calendar. */
public record CourtDate(
    LocalDate scheduledOn,
    String kind,
    @Nullable String court,
    long caseId,
    String caseNumber,
    long defendantId,
    String defendant,
    CaseStatus status) {

  CourtDate named(String name) {
    return new CourtDate(scheduledOn, kind, court, caseId, caseNumber, defendantId, name, status);
  }
}
