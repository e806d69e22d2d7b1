package org.ceasefire.cases;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

/** A move in the pipeline as recorded: from, to, the date it took effect, why, who and when. */
public record StatusChange(
    @Nullable CaseStatus from,
    CaseStatus to,
    LocalDate effectiveOn,
    @Nullable String reason,
    String by,
    OffsetDateTime at) {}
