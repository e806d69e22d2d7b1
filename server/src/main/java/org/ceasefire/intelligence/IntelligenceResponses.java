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

  /** The site's criteria and lifecycle settings. */
  record PolicyResponse(List<Criterion> criteria, int juvenileReviewYears) {}

  /** A role edit: the role and the version read. */
  record RoleChange(@Nullable String role, @Nullable Integer version) {}

  /** A setting of the juvenile review period. */
  record JuvenilePolicy(@Nullable Integer juvenileReviewYears) {}

  private IntelligenceResponses() {}
}
