package org.ceasefire.incidents;

import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

/** An incident a person took part in, and in which role. */
public record PersonIncident(
    long id, String type, OffsetDateTime occurredAt, String role, @Nullable String reportNumber) {}
