package org.ceasefire.outreach;

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

/**
 * The "Outreach" section of a person's page for partners: whether the person accepted help, only
 * under their consent (each showing logged as a disclosure, with the 42 CFR 2.32 notice), and a
 * link to refer them to a provider for those who may. Nothing else of outreach appears.
 */
@Component
class HelpAcceptedSection implements PersonSection {

  private final Outreach outreach;
  private final AccessPolicy policy;

  HelpAcceptedSection(Outreach outreach, AccessPolicy policy) {
    this.outreach = outreach;
    this.policy = policy;
  }

  @Override
  public int order() {
    return 60;
  }

  @Override
  public Optional<PageSection> section(CeasefireUser viewer, long personId) {
    if (!policy.canRead(viewer.role(), Compartment.IDENTITY)) {
      return Optional.empty();
    }
    List<List<Cell>> rows = new ArrayList<>();
    rows.add(
        outreach
            .acceptedHelp(viewer, personId)
            .map(
                h ->
                    List.of(
                        Cell.of("Accepted help"),
                        Cell.of(h.accepted() ? "yes" : "no"),
                        Cell.of(
                            "shared with the person's consent until "
                                + h.consentUntil()
                                + ". "
                                + h.notice())))
            .orElse(
                List.of(
                    Cell.of("Accepted help"),
                    Cell.of("not shared"),
                    Cell.of("Outreach shares this only with the person's consent."))));
    if (policy.canWrite(viewer.role(), Compartment.INTERVENTION)) {
      rows.add(
          List.of(
              Cell.of("Services"),
              Cell.link(
                  "Refer to a service provider", "/outreach/referrals/new?personId=" + personId),
              Cell.of("")));
    }
    return Optional.of(
        new PageSection("Outreach", List.of("What", "Shared", "On what basis"), rows, ""));
  }
}
