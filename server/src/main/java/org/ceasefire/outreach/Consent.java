package org.ceasefire.outreach;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A recorded consent to disclose one fact about a person, and whether it is in force on a day. */
public record Consent(
    long id,
    long referralId,
    long personId,
    String fact,
    String personName,
    String discloser,
    String information,
    String recipient,
    String purpose,
    String signedBy,
    LocalDate signedOn,
    LocalDate expiresOn,
    @Nullable LocalDate revokedOn) {

  /** In force: signed, not expired, not revoked. */
  public boolean inForceOn(LocalDate day) {
    return !day.isBefore(signedOn)
        && !day.isAfter(expiresOn)
        && (revokedOn == null || day.isBefore(revokedOn));
  }
}
