package org.ceasefire.incidents;

import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

/** Filters of the incident list; null means any. {@code to} is exclusive. */
public record IncidentFilter(
    @Nullable String text,
    @Nullable String type,
    @Nullable Long jurisdiction,
    @Nullable OffsetDateTime from,
    @Nullable OffsetDateTime to) {}
