package org.ceasefire.cases;

import java.util.List;
import java.util.Optional;
import org.ceasefire.access.AccessPolicy;
import org.ceasefire.access.CeasefireUser;
import org.ceasefire.access.Compartment;
import org.ceasefire.people.PersonSection;
import org.ceasefire.platform.PageSection;
import org.ceasefire.platform.PageSection.Cell;
import org.springframework.stereotype.Component;

/** The "Prosecution cases" section of a person's page, for roles that may read PROSECUTION. */
@Component
class CasesOfPerson implements PersonSection {

  private final Cases cases;
  private final AccessPolicy policy;

  CasesOfPerson(Cases cases, AccessPolicy policy) {
    this.cases = cases;
    this.policy = policy;
  }

  @Override
  public int order() {
    return 30;
  }

  @Override
  public Optional<PageSection> section(CeasefireUser viewer, long personId) {
    if (!policy.canRead(viewer.role(), Compartment.PROSECUTION)) {
      return Optional.empty();
    }
    List<List<Cell>> rows =
        cases.ofPerson(viewer, personId).stream()
            .map(
                c ->
                    List.of(
                        Cell.link(c.caseNumber(), "/cases/" + c.id()),
                        Cell.of(c.status().label() + " since " + c.statusOn()),
                        Cell.of(c.forum() == null ? "—" : c.forum().code()),
                        Cell.of(c.charges().isEmpty() ? "—" : c.charges()),
                        Cell.of(c.referredOn()),
                        Cell.of(c.nextCourtDate() == null ? "—" : c.nextCourtDate())))
            .toList();
    return Optional.of(
        new PageSection(
            "Prosecution cases",
            List.of("Case", "Status", "Forum", "Charges", "Referred", "Next court date"),
            rows,
            "No prosecution case."));
  }
}
