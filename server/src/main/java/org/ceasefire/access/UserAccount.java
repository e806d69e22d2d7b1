package org.ceasefire.access;

import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

/** A user account as the coordinator administers it. */
record UserAccount(
    long id,
    String username,
    String displayName,
    Role role,
    long agencyId,
    String agencyName,
    boolean enabled,
    boolean locked,
    boolean secondFactorEnrolled,
    OffsetDateTime createdAt,
    @Nullable OffsetDateTime reviewedAt,
    int version) {}
