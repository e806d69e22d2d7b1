package org.ceasefire.interventions;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ceasefire.access.AccessPolicy;
import org.ceasefire.access.CeasefireUser;
import org.ceasefire.audit.AuditTrail;
import org.ceasefire.people.PersonSection;
import org.ceasefire.platform.Labels;
import org.ceasefire.platform.PageSection;
import org.ceasefire.platform.PageSection.Cell;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The "Interventions" section of a person's page: the call-ins they were on the list for and the
 * custom notifications made to them, for roles that see people in interventions. Audited per record
 * shown.
 */
@Component
class InterventionsOfPerson implements PersonSection {

  private final CallInRepository callIns;
  private final NotificationRepository notifications;
  private final AccessPolicy policy;
  private final AuditTrail audit;
  private final Labels labels;

  InterventionsOfPerson(
      CallInRepository callIns,
      NotificationRepository notifications,
      AccessPolicy policy,
      AuditTrail audit,
      Labels labels) {
    this.callIns = callIns;
    this.notifications = notifications;
    this.policy = policy;
    this.audit = audit;
    this.labels = labels;
  }

  @Override
  public int order() {
    return 40;
  }

  @Override
  @Transactional
  public Optional<PageSection> section(CeasefireUser viewer, long personId) {
    if (!policy.seesPeopleInInterventions(viewer.role())) {
      return Optional.empty();
    }
    List<List<Cell>> rows = new ArrayList<>();
    for (String[] c : callIns.ofPerson(viewer.siteId(), personId)) {
      audit.read(viewer, CallIns.RECORD, Long.parseLong(c[0]));
      rows.add(
          List.of(
              Cell.link("Call-in", "/interventions/call-ins/" + c[0]),
              Cell.of(c[1]),
              Cell.of(c[2] + " (" + labels.of(c[3]) + ")"),
              Cell.of(labels.of(c[4]) + (c[5] == null ? "" : ", " + labels.of(c[5])))));
    }
    for (CustomNotification n : notifications.ofPerson(viewer.siteId(), personId)) {
      audit.read(viewer, Notifications.RECORD, n.id());
      rows.add(
          List.of(
              Cell.link("Custom notification", "/interventions/notifications/" + n.id()),
              Cell.of(n.visitOn()),
              Cell.of("visit"),
              Cell.of(labels.of(n.status()))));
    }
    return Optional.of(
        new PageSection(
            "Interventions",
            List.of("What", "Date", "Where", "Status"),
            rows,
            "No call-in or custom notification."));
  }
}
