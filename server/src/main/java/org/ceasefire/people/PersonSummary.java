package org.ceasefire.people;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A row of the people list. */
public record PersonSummary(
    long id,
    String name,
    @Nullable LocalDate dateOfBirth,
    @Nullable String stateId,
    String supervisionStatus,
    @Nullable String aliases) {}
