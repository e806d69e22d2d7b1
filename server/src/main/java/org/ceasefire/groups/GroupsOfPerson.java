package org.ceasefire.groups;

import java.util.List;
import java.util.Optional;
import org.ceasefire.access.AccessPolicy;
import org.ceasefire.access.CeasefireUser;
import org.ceasefire.access.Compartment;
import org.ceasefire.people.PersonSection;
import org.ceasefire.platform.PageSection;
import org.ceasefire.platform.PageSection.Cell;
import org.springframework.stereotype.Component;

/** The "Groups" section of a person's page, for roles that may read intelligence. */
@Component
class GroupsOfPerson implements PersonSection {

  private final Groups groups;
  private final AccessPolicy policy;

  GroupsOfPerson(Groups groups, AccessPolicy policy) {
    this.groups = groups;
    this.policy = policy;
  }

  @Override
  public int order() {
    return 10;
  }

  @Override
  public Optional<PageSection> section(CeasefireUser viewer, long personId) {
    if (!policy.canRead(viewer.role(), Compartment.INTELLIGENCE)) {
      return Optional.empty();
    }
    List<List<Cell>> rows =
        groups.membershipsOf(viewer.siteId(), personId).stream()
            .map(
                m ->
                    List.of(
                        Cell.link(m.groupName(), "/groups/" + m.groupId()),
                        Cell.of(m.role()),
                        Cell.of(String.join(", ", m.criteria())),
                        Cell.of(m.source()),
                        Cell.of(m.reviewDate())))
            .toList();
    return Optional.of(
        new PageSection(
            "Groups",
            List.of("Group", "Role", "Criteria", "Source", "Review by"),
            rows,
            "No current group entry."));
  }
}
