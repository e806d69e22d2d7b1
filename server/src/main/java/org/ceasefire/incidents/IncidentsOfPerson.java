package org.ceasefire.incidents;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import org.ceasefire.access.AccessPolicy;
import org.ceasefire.access.CeasefireUser;
import org.ceasefire.access.Compartment;
import org.ceasefire.people.PersonSection;
import org.ceasefire.platform.PageSection;
import org.ceasefire.platform.PageSection.Cell;
import org.springframework.stereotype.Component;

/** The "Incidents" section of a person's page, for roles that may read investigative records. */
@Component
class IncidentsOfPerson implements PersonSection {

  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
  private final Incidents incidents;
  private final AccessPolicy policy;

  IncidentsOfPerson(Incidents incidents, AccessPolicy policy) {
    this.incidents = incidents;
    this.policy = policy;
  }

  @Override
  public int order() {
    return 20;
  }

  @Override
  public Optional<PageSection> section(CeasefireUser viewer, long personId) {
    if (!policy.canRead(viewer.role(), Compartment.INVESTIGATIVE)) {
      return Optional.empty();
    }
    ZoneId zone = incidents.zone(viewer.siteId());
    List<List<Cell>> rows =
        incidents.ofPerson(viewer.siteId(), personId).stream()
            .map(
                r ->
                    List.of(
                        Cell.link(
                            r.occurredAt().atZoneSameInstant(zone).format(WHEN),
                            "/incidents/" + r.id()),
                        Cell.of(r.type()),
                        Cell.of(r.role()),
                        Cell.of(r.reportNumber())))
            .toList();
    return Optional.of(
        new PageSection(
            "Incidents", List.of("When", "Type", "Role", "Report"), rows, "No recorded incident."));
  }
}
