package org.ceasefire.cases;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** What the API shows of cases: records built from the domain, never the domain itself. */
final class CaseResponses {

  private CaseResponses() {}

  /** A case in full, for roles that may read PROSECUTION. */
  record CaseResponse(
      long id,
      String caseNumber,
      long defendantId,
      String defendant,
      long referringAgencyId,
      String referringAgency,
      @Nullable String referralNumber,
      long jurisdictionId,
      String jurisdiction,
      LocalDate referredOn,
      @Nullable LocalDate arrestedOn,
      boolean gunCase,
      String status,
      LocalDate statusOn,
      @Nullable ForumResponse forumDecision,
      @Nullable LocalDate federalAdoptedOn,
      String custodyStatus,
      @Nullable Sentence sentence,
      List<Long> incidentIds,
      List<ChargeResponse> charges,
      List<CourtEvent> events,
      List<TransitionResponse> transitions,
      List<String> actions,
      int version) {

    static CaseResponse from(ProsecutionCase c, List<StatusChange> transitions) {
      ForumDecision d = c.forumDecision();
      return new CaseResponse(
          c.id(),
          c.caseNumber(),
          c.defendantId(),
          c.defendant(),
          c.referringAgencyId(),
          c.referringAgency(),
          c.referralNumber(),
          c.jurisdictionId(),
          c.jurisdiction(),
          c.referredOn(),
          c.arrestedOn(),
          c.gunCase(),
          c.status().code(),
          c.statusOn(),
          d == null
              ? null
              : new ForumResponse(d.forum().code(), d.reasons(), d.decidedBy(), d.decidedOn()),
          c.federalAdoptedOn(),
          c.custodyStatus(),
          c.sentence(),
          c.incidentIds(),
          c.charges().stream().map(ChargeResponse::from).toList(),
          c.events(),
          transitions.stream().map(TransitionResponse::from).toList(),
          c.actions(),
          c.version());
    }
  }

  /** Which forum, why, who recorded it and when it was decided. */
  record ForumResponse(String forum, String reasons, String decidedBy, LocalDate decidedOn) {}

  record ChargeResponse(
      long id,
      String forum,
      String statuteCode,
      String statuteText,
      int counts,
      @Nullable String chargeClass,
      LocalDate filedOn,
      @Nullable String disposition,
      @Nullable LocalDate disposedOn) {
    static ChargeResponse from(Charge c) {
      return new ChargeResponse(
          c.id(),
          c.forum().code(),
          c.statuteCode(),
          c.statuteText(),
          c.counts(),
          c.chargeClass(),
          c.filedOn(),
          c.disposition(),
          c.disposedOn());
    }
  }

  record TransitionResponse(
      @Nullable String from,
      String to,
      LocalDate effectiveOn,
      @Nullable String reason,
      String by,
      java.time.OffsetDateTime at) {
    static TransitionResponse from(StatusChange s) {
      return new TransitionResponse(
          s.from() == null ? null : s.from().code(),
          s.to().code(),
          s.effectiveOn(),
          s.reason(),
          s.by(),
          s.at());
    }
  }

  /** A row of the board, pending cases or a person's cases. */
  record Row(
      long id,
      String caseNumber,
      long defendantId,
      String defendant,
      String jurisdiction,
      String referringAgency,
      LocalDate referredOn,
      String status,
      LocalDate statusOn,
      @Nullable String forum,
      String charges,
      @Nullable LocalDate nextCourtDate,
      @Nullable String nextCourtEvent) {
    static Row from(CaseSummary s) {
      return new Row(
          s.id(),
          s.caseNumber(),
          s.defendantId(),
          s.defendant(),
          s.jurisdiction(),
          s.referringAgency(),
          s.referredOn(),
          s.status().code(),
          s.statusOn(),
          s.forum() == null ? null : s.forum().code(),
          s.charges(),
          s.nextCourtDate(),
          s.nextCourtEvent());
    }
  }

  /** A status change in the referring agency's inbox: status and dates, nothing more. */
  record InboxRow(
      long caseId,
      String caseNumber,
      @Nullable String referralNumber,
      LocalDate referredOn,
      String status,
      LocalDate effectiveOn,
      java.time.OffsetDateTime recordedAt) {
    static InboxRow from(InboxNotice n) {
      return new InboxRow(
          n.caseId(),
          n.caseNumber(),
          n.referralNumber(),
          n.referredOn(),
          n.status().code(),
          n.effectiveOn(),
          n.recordedAt());
    }
  }
}
