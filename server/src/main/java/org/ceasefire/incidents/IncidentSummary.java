package org.ceasefire.incidents;

import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

/** A row of the incident list. */
public record IncidentSummary(
    long id,
    @Nullable String reportNumber,
    String type,
    OffsetDateTime occurredAt,
    @Nullable String address,
    String jurisdiction,
    @Nullable String area,
    int victims,
    int suspects) {}
