package org.ceasefire.intelligence;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.ceasefire.groups.Membership;
import org.jspecify.annotations.Nullable;

/** What the intelligence API shows. */
final class IntelligenceResponses {

  /** One entry with everything the review board needs to judge it. */
  record EntryResponse(
      long id,
      long personId,
      long groupId,
      String group,
      String role,
      List<String> criteria,
      String source,
      String submittedBy,
      OffsetDateTime submittedAt,
      String status,
      @Nullable String approvedBy,
      @Nullable OffsetDateTime approvedAt,
      OffsetDateTime lastValidated,
      LocalDate reviewDate,
      int version) {
    static EntryResponse from(Membership m) {
      return new EntryResponse(
          m.id(),
          m.personId(),
          m.groupId(),
          m.groupName(),
          m.role(),
          m.criteria(),
          m.source(),
          m.submittedBy(),
          m.submittedAt(),
          m.status(),
          m.approvedBy(),
          m.approvedAt(),
          m.validatedAt(),
          m.reviewDate(),
          m.version());
    }
  }

  /** One documented criterion. */
  record CriterionResponse(String code, String label, boolean active) {
    static CriterionResponse from(Criterion c) {
      return new CriterionResponse(c.code(), c.label(), c.active());
    }
  }

  /** The site's criteria and lifecycle settings. */
  record PolicyResponse(List<CriterionResponse> criteria, int juvenileReviewYears) {
    static PolicyResponse from(List<Criterion> criteria, int juvenileReviewYears) {
      return new PolicyResponse(
          criteria.stream().map(CriterionResponse::from).toList(), juvenileReviewYears);
    }
  }

  /** A record waiting for purge: its type and id, never its content. */
  record QueuedResponse(
      long id, String recordType, long recordId, String reason, LocalDate queuedOn) {
    static QueuedResponse from(QueuedRecord q) {
      return new QueuedResponse(q.id(), q.recordType(), q.recordId(), q.reason(), q.queuedOn());
    }
  }

  /** A release outside the agency. */
  record DisseminationResponse(
      long id,
      String recipientAgency,
      String reason,
      List<Long> entryIds,
      String disseminatedBy,
      OffsetDateTime disseminatedAt) {
    static DisseminationResponse from(Dissemination d) {
      return new DisseminationResponse(
          d.id(),
          d.recipientAgency(),
          d.reason(),
          d.entryIds(),
          d.disseminatedBy(),
          d.disseminatedAt());
    }
  }

  /** A role edit: the role and the version read. */
  record RoleChange(@Nullable String role, @Nullable Integer version) {}

  /** A setting of the juvenile review period. */
  record JuvenilePolicy(@Nullable Integer juvenileReviewYears) {}

  private IntelligenceResponses() {}
}
