package org.ceasefire.cases;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A case as lists show it: the pipeline board, pending cases by city, a person's cases. */
public record CaseSummary(
    long id,
    String caseNumber,
    long defendantId,
    String defendant,
    String jurisdiction,
    String referringAgency,
    LocalDate referredOn,
    CaseStatus status,
    LocalDate statusOn,
    @Nullable Forum forum,
    @Nullable LocalDate nextCourtDate,
    @Nullable String nextCourtEvent,
    String charges) {

  CaseSummary named(String name) {
    return new CaseSummary(
        id,
        caseNumber,
        defendantId,
        name,
        jurisdiction,
        referringAgency,
        referredOn,
        status,
        statusOn,
        forum,
        nextCourtDate,
        nextCourtEvent,
        charges);
  }
}
