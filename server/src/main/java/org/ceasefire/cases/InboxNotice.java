package org.ceasefire.cases;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

/**
 * A status change of a case the user's agency referred, as the inbox shows it: the case and the
 * agency's own report number, the new status and its dates. Nothing else of the case (no defendant,
 * no charges): the referring agency sees the status even without PROSECUTION read.
 */
public record InboxNotice(
    long caseId,
    String caseNumber,
    @Nullable String referralNumber,
    LocalDate referredOn,
    CaseStatus status,
    LocalDate effectiveOn,
    OffsetDateTime recordedAt) {}
