package org.ceasefire.cases;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** Published when a case moves in the pipeline (after the move is recorded). */
public record CaseStatusChanged(
    long siteId,
    long caseId,
    long referringAgencyId,
    @Nullable CaseStatus from,
    CaseStatus to,
    LocalDate effectiveOn) {}
