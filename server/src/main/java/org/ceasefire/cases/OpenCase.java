package org.ceasefire.cases;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * An open case of a person, as other features show it (the shooting-review agenda): number, status,
 * forum and the next court date.
 */
public record OpenCase(
    long caseId,
    String caseNumber,
    String status,
    @Nullable String forum,
    String charges,
    @Nullable LocalDate nextCourtDate,
    @Nullable String nextCourtEvent) {

  static OpenCase from(CaseSummary s) {
    return new OpenCase(
        s.id(),
        s.caseNumber(),
        s.status().code(),
        s.forum() == null ? null : s.forum().code(),
        s.charges(),
        s.nextCourtDate(),
        s.nextCourtEvent());
  }
}
