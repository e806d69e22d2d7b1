package org.ceasefire.outreach;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
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
      return date(v, "startedOn", startedOn, today, true);
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
      return date(v, "contactedOn", contactedOn, today, true);
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
      LocalDate signed = date(v, "signedOn", signedOn, today, true);
      LocalDate expires = date(v, "expiresOn", expiresOn, null, true);
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

  static @Nullable LocalDate date(
      Validator v,
      String field,
      @Nullable String text,
      @Nullable LocalDate notAfter,
      boolean required) {
    if (text == null || text.isBlank()) {
      v.check(!required, field, "is required", "");
      return null;
    }
    try {
      LocalDate d = LocalDate.parse(text.strip());
      v.check(notAfter == null || !d.isAfter(notAfter), field, "must not be in the future", text);
      return d;
    } catch (DateTimeParseException e) {
      v.check(false, field, "is not a date (YYYY-MM-DD)", text);
      return null;
    }
  }
}
