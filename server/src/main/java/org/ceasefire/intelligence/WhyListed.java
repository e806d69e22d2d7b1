package org.ceasefire.intelligence;

import java.util.List;
import java.util.Optional;
import org.ceasefire.access.AccessPolicy;
import org.ceasefire.access.CeasefireUser;
import org.ceasefire.access.Compartment;
import org.ceasefire.groups.Membership;
import org.ceasefire.groups.MembershipLifecycle;
import org.ceasefire.people.PersonSection;
import org.ceasefire.platform.PageSection;
import org.ceasefire.platform.PageSection.Cell;
import org.springframework.stereotype.Component;

/**
 * "Why listed", for the review board: each current entry about a person with the criteria it meets,
 * its source, who submitted it and when, its approval and its review date.
 */
@Component
class WhyListed implements PersonSection {

  private final MembershipLifecycle lifecycle;
  private final AccessPolicy policy;

  WhyListed(MembershipLifecycle lifecycle, AccessPolicy policy) {
    this.lifecycle = lifecycle;
    this.policy = policy;
  }

  @Override
  public int order() {
    return 11;
  }

  /** The entries, as the viewer may see them (audited per entry). */
  List<Membership> entries(CeasefireUser viewer, long personId) {
    return lifecycle.entriesOf(viewer, personId);
  }

  @Override
  public Optional<PageSection> section(CeasefireUser viewer, long personId) {
    if (!policy.canRead(viewer.role(), Compartment.INTELLIGENCE)) {
      return Optional.empty();
    }
    List<List<Cell>> rows =
        entries(viewer, personId).stream()
            .map(
                m ->
                    List.of(
                        Cell.link(m.groupName(), "/groups/" + m.groupId()),
                        Cell.of(String.join(", ", m.criteria())),
                        Cell.of(m.source()),
                        Cell.of(m.submittedBy() + ", " + m.submittedAt().toLocalDate()),
                        Cell.of(approval(m)),
                        Cell.of(m.validatedAt().toLocalDate()),
                        Cell.of(m.reviewDate())))
            .toList();
    return Optional.of(
        new PageSection(
            "Why listed",
            List.of(
                "Group",
                "Criteria",
                "Source",
                "Submitted",
                "Approval",
                "Last validated",
                "Review by"),
            rows,
            "No current intelligence entry."));
  }

  static String approval(Membership m) {
    if (m.pending()) {
      return "pending approval";
    }
    return m.approvedBy() == null
        ? "approved"
        : "approved by "
            + m.approvedBy()
            + (m.approvedAt() == null ? "" : ", " + m.approvedAt().toLocalDate());
  }
}
