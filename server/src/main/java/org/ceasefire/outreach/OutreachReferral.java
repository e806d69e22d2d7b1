package org.ceasefire.outreach;

import java.time.LocalDate;
import org.ceasefire.platform.Validator;
import org.jspecify.annotations.Nullable;

/**
 * A referral of a person to a provider (a partner agency that provides services), from a call-in, a
 * custom notification, reentry or a walk-in: what other features send {@link Outreach#refer}.
 */
public record OutreachReferral(
    @Nullable Long personId,
    @Nullable Long providerId,
    @Nullable String source,
    @Nullable Long sourceId,
    @Nullable String referredOn) {

  LocalDate check(Validator v, LocalDate today) {
    v.check(personId != null, "personId", "is required", null);
    v.check(providerId != null, "providerId", "is required", null);
    v.check(
        source != null && Referral.SOURCES.contains(source),
        "source",
        "must be one of " + Referral.SOURCES,
        source);
    return v.date("referredOn", referredOn, true, today);
  }
}
