package org.ceasefire.insights;

import java.util.List;
import java.util.Optional;
import org.ceasefire.access.AccessPolicy;
import org.ceasefire.access.CeasefireUser;
import org.ceasefire.access.Compartment;
import org.ceasefire.people.PersonSection;
import org.ceasefire.platform.PageSection;
import org.ceasefire.platform.PageSection.Cell;
import org.springframework.stereotype.Component;

/**
 * A link from a person's page to their network (co-offending and co-victimisation ties, exposure to
 * gun violence), for the roles that may read it. Computes nothing until followed.
 */
@Component
class NetworkOfPerson implements PersonSection {

  private final AccessPolicy policy;

  NetworkOfPerson(AccessPolicy policy) {
    this.policy = policy;
  }

  @Override
  public int order() {
    return 25;
  }

  @Override
  public Optional<PageSection> section(CeasefireUser viewer, long personId) {
    if (!policy.canRead(viewer.role(), Compartment.INVESTIGATIVE)) {
      return Optional.empty();
    }
    return Optional.of(
        new PageSection(
            "Network",
            List.of("Analysis", "What it shows"),
            List.of(
                List.of(
                    Cell.link(
                        "Ties within two steps and exposure to gun violence",
                        "/insights/people/" + personId),
                    Cell.of("each factor with the incidents and dates behind it"))),
            ""));
  }
}
