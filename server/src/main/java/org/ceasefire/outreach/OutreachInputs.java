package org.ceasefire.outreach;

import java.time.LocalDate;
import java.util.List;
import org.ceasefire.platform.Validator;
import org.jspecify.annotations.Nullable;

/** What users submit to the outreach feature, as typed, each checked naming its fields. */
public final class OutreachInputs {

  private OutreachInputs() {}

  /** A service the person started. */
  public record ServiceInput(
      @Nullable String kind, @Nullable String provider, @Nullable String startedOn) {
    static final List<String> KINDS = Referral.NEEDS;

    LocalDate check(Validator v, LocalDate today) {
      v.check(kind != null && KINDS.contains(kind), "kind", "must be one of " + KINDS, kind);
      v.require("provider", provider).maxLength("provider", provider, 200);
      return v.date("startedOn", startedOn, true, today);
    }
  }

  /** A contact with the person. */
  public record ContactInput(
      @Nullable String kind, @Nullable String contactedOn, @Nullable String note) {
    static final List<String> KINDS =
        List.of("in_person", "home_visit", "phone", "message", "attempt");

    LocalDate check(Validator v, LocalDate today) {
      v.check(kind != null && KINDS.contains(kind), "kind", "must be one of " + KINDS, kind);
      v.maxLength("note", note, 4000);
      return v.date("contactedOn", contactedOn, true, today);
    }
  }

  /**
   * The person's consent to disclose one fact, with every element 42 CFR 2.31(a) requires: the
   * person, who discloses, what, to whom, why, that it may be revoked, when it ends, the signature
   * and its date.
   */
  public record ConsentInput(
      @Nullable String personName,
      @Nullable String recipient,
      @Nullable String purpose,
      @Nullable Boolean revocationExplained,
      @Nullable String signedBy,
      @Nullable String signedOn,
      @Nullable String expiresOn) {

    /** The checked dates: signed, expires. */
    public record Dates(LocalDate signedOn, LocalDate expiresOn) {}

    @Nullable Dates check(Validator v, LocalDate today) {
      v.require("personName", personName).maxLength("personName", personName, 200);
      v.require("recipient", recipient).maxLength("recipient", recipient, 300);
      v.require("purpose", purpose).maxLength("purpose", purpose, 500);
      v.check(
          Boolean.TRUE.equals(revocationExplained),
          "revocationExplained",
          "the person must be told that they may revoke the consent at any time",
          revocationExplained);
      v.require("signedBy", signedBy).maxLength("signedBy", signedBy, 200);
      LocalDate signed = v.date("signedOn", signedOn, true, today);
      LocalDate expires = v.date("expiresOn", expiresOn, true, null);
      v.check(
          signed == null || expires == null || expires.isAfter(signed),
          "expiresOn",
          "must be after the day it was signed",
          expiresOn);
      v.check(
          signed == null || expires == null || !expires.isAfter(signed.plusYears(1)),
          "expiresOn",
          "at most a year after signing; the person may sign again",
          expiresOn);
      return signed == null || expires == null ? null : new Dates(signed, expires);
    }
  }
}
