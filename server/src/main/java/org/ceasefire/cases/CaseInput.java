package org.ceasefire.cases;

import java.time.LocalDate;
import java.util.List;
import org.ceasefire.platform.Validator;
import org.jspecify.annotations.Nullable;

/**
 * What a prosecutor submits to open or edit a case: the defendant, the referring agency and its own
 * report number, the city, the dates, the originating incidents and the defendant's custody status.
 * Dates are ISO dates (YYYY-MM-DD).
 */
public record CaseInput(
    @Nullable String caseNumber,
    @Nullable Long defendantId,
    @Nullable Long referringAgencyId,
    @Nullable String referralNumber,
    @Nullable Long jurisdictionId,
    @Nullable String referredOn,
    @Nullable String arrestedOn,
    @Nullable Boolean gunCase,
    @Nullable String custodyStatus,
    @Nullable List<Long> incidentIds,
    @Nullable Integer version) {

  /** The input once checked: dates parsed, defaults filled. */
  record Checked(
      String caseNumber,
      long defendantId,
      long referringAgencyId,
      @Nullable String referralNumber,
      long jurisdictionId,
      LocalDate referredOn,
      @Nullable LocalDate arrestedOn,
      boolean gunCase,
      String custodyStatus,
      List<Long> incidentIds) {}

  public CaseInput {
    incidentIds = incidentIds == null ? List.of() : List.copyOf(incidentIds);
  }

  /** Checks what needs no database; the service checks that the ids exist. */
  @Nullable Checked check(Validator v, LocalDate today) {
    v.require("caseNumber", caseNumber).maxLength("caseNumber", caseNumber, 60);
    v.check(defendantId != null, "defendantId", "is required", null);
    v.check(referringAgencyId != null, "referringAgencyId", "is required", null);
    v.check(jurisdictionId != null, "jurisdictionId", "is required", null);
    v.maxLength("referralNumber", referralNumber, 60);
    String custody = custodyStatus == null || custodyStatus.isBlank() ? "unknown" : custodyStatus;
    v.check(
        ProsecutionCase.CUSTODY.contains(custody),
        "custodyStatus",
        "must be one of " + ProsecutionCase.CUSTODY,
        custodyStatus);
    LocalDate referred = v.date("referredOn", referredOn, true, today);
    LocalDate arrested = v.date("arrestedOn", arrestedOn, false, today);
    v.check(
        referred == null || arrested == null || !arrested.isAfter(referred),
        "arrestedOn",
        "is after the referral",
        arrestedOn);
    if (!v.ok()) {
      return null;
    }
    return new Checked(
        caseNumber.trim(),
        defendantId,
        referringAgencyId,
        referralNumber == null || referralNumber.isBlank() ? null : referralNumber.trim(),
        jurisdictionId,
        referred,
        arrested,
        gunCase == null || gunCase,
        custody,
        incidentIds.stream().distinct().toList());
  }

  static CaseInput of(ProsecutionCase c) {
    return new CaseInput(
        c.caseNumber(),
        c.defendantId(),
        c.referringAgencyId(),
        c.referralNumber(),
        c.jurisdictionId(),
        c.referredOn().toString(),
        c.arrestedOn() == null ? null : c.arrestedOn().toString(),
        c.gunCase(),
        c.custodyStatus(),
        c.incidentIds(),
        c.version());
  }

  static CaseInput empty() {
    return new CaseInput(null, null, null, null, null, null, null, true, "unknown", null, null);
  }
}
