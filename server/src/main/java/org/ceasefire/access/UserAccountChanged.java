package org.ceasefire.access;

import org.jspecify.annotations.Nullable;

/**
 * A coordinator changed a user account (created, role or agency changed, disabled, unlocked, second
 * factor reset, reviewed). Published in the same transaction as the change; the audit trail records
 * it.
 */
public record UserAccountChanged(
    CeasefireUser actor, long userId, String change, @Nullable String detail) {}
