package org.ceasefire.groups;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** What the API shows of groups, members and relationships (all in INTELLIGENCE). */
final class GroupResponses {

  record GroupResponse(
      long id,
      String name,
      String type,
      String status,
      long jurisdictionId,
      String jurisdiction,
      @Nullable String description,
      int currentMembers,
      int version) {
    static GroupResponse from(CriminalGroup g) {
      return new GroupResponse(
          g.id(),
          g.name(),
          g.type(),
          g.status(),
          g.jurisdictionId(),
          g.jurisdictionName(),
          g.description(),
          g.memberCount(),
          g.version());
    }
  }

  record MemberResponse(
      long id,
      long personId,
      String personName,
      long groupId,
      String role,
      List<String> criteria,
      String source,
      String submittedBy,
      LocalDate reviewDate) {
    static MemberResponse from(Membership m) {
      return new MemberResponse(
          m.id(),
          m.personId(),
          m.personName(),
          m.groupId(),
          m.role(),
          m.criteria(),
          m.source(),
          m.submittedBy(),
          m.reviewDate());
    }
  }

  record RelationshipResponse(
      long id,
      long groupId,
      long otherGroupId,
      String otherGroup,
      String kind,
      @Nullable LocalDate since,
      String basis,
      boolean active) {
    static RelationshipResponse from(GroupRelationship r) {
      return new RelationshipResponse(
          r.id(),
          r.groupId(),
          r.otherGroupId(),
          r.otherGroupName(),
          r.kind(),
          r.since(),
          r.basis(),
          r.active());
    }
  }

  private GroupResponses() {}
}
