package org.ceasefire.reentry;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ceasefire.access.AccessPolicy;
import org.ceasefire.access.CeasefireUser;
import org.ceasefire.access.Compartment;
import org.ceasefire.people.PersonSection;
import org.ceasefire.platform.PageSection;
import org.ceasefire.platform.PageSection.Cell;
import org.springframework.stereotype.Component;

/** The "Releases from custody" section of a person's page, for SUPERVISION readers. */
@Component
class ReleasesOfPerson implements PersonSection {

  private final Reentry reentry;
  private final AccessPolicy policy;

  ReleasesOfPerson(Reentry reentry, AccessPolicy policy) {
    this.reentry = reentry;
    this.policy = policy;
  }

  @Override
  public int order() {
    return 50;
  }

  @Override
  public Optional<PageSection> section(CeasefireUser viewer, long personId) {
    if (!policy.canRead(viewer.role(), Compartment.SUPERVISION)) {
      return Optional.empty();
    }
    List<List<Cell>> rows = new ArrayList<>();
    for (Release r : reentry.ofPerson(viewer.siteId(), personId)) {
      rows.add(
          List.of(
              Cell.link(r.facility(), "/reentry/releases/" + r.id()),
              Cell.of(r.expectedOn()),
              Cell.of(r.releasedOn() == null ? r.status() : "released " + r.releasedOn()),
              Cell.of(r.supervisionKind())));
    }
    if (policy.canWrite(viewer.role(), Compartment.SUPERVISION)) {
      rows.add(
          List.of(
              Cell.link("Record an expected release", "/reentry/releases/new?personId=" + personId),
              Cell.of(""),
              Cell.of(""),
              Cell.of("")));
    }
    return Optional.of(
        new PageSection(
            "Releases from custody",
            List.of("Facility", "Expected", "Status", "Supervision"),
            rows,
            "No release recorded."));
  }
}
