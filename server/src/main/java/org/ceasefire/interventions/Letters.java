package org.ceasefire.interventions;

import java.util.ArrayList;
import java.util.List;
import org.ceasefire.access.AccessPolicy;
import org.ceasefire.access.CeasefireUser;
import org.ceasefire.access.Compartment;
import org.ceasefire.cases.Cases;
import org.ceasefire.cases.OpenCase;
import org.ceasefire.incidents.Incidents;
import org.ceasefire.people.People;
import org.ceasefire.people.Person;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes the letter of a custom notification. Each consequence comes from a record of the person's
 * own that the viewer may read: supervision (supervision readers), open prosecution cases
 * (prosecution readers), arrests with a firearm (investigative readers). A viewer who may read none
 * of them gets the group message and the offer of help only.
 */
@Service
public class Letters {

  private final Notifications notifications;
  private final People people;
  private final Cases cases;
  private final Incidents incidents;
  private final AccessPolicy policy;

  Letters(
      Notifications notifications,
      People people,
      Cases cases,
      Incidents incidents,
      AccessPolicy policy) {
    this.notifications = notifications;
    this.people = people;
    this.cases = cases;
    this.incidents = incidents;
    this.policy = policy;
  }

  @Transactional
  public Letter letter(CeasefireUser viewer, long notificationId) {
    CustomNotification n = notifications.view(viewer, notificationId);
    List<String> consequences = new ArrayList<>();
    if (policy.canRead(viewer.role(), Compartment.SUPERVISION)) {
      Person p = people.get(viewer.siteId(), n.personId());
      if (!p.supervisionStatus().equals("none")) {
        consequences.add(
            "You are on "
                + p.supervisionStatus()
                + (p.supervisionUntil() == null ? "" : " until " + p.supervisionUntil())
                + ". Any violation of your conditions, and any gun, will be acted on at once.");
      }
    }
    if (policy.canRead(viewer.role(), Compartment.PROSECUTION)) {
      for (OpenCase c :
          cases.openCasesOf(viewer, List.of(n.personId())).getOrDefault(n.personId(), List.of())) {
        consequences.add(
            "Your case "
                + c.caseNumber()
                + " ("
                + c.charges()
                + ") is open. A new offence will be brought to the prosecutor's attention in it.");
      }
    }
    if (policy.canRead(viewer.role(), Compartment.INVESTIGATIVE)) {
      long arrests =
          incidents.ofPerson(viewer.siteId(), n.personId()).stream()
              .filter(i -> i.role().equals("arrestee"))
              .count();
      if (arrests > 0) {
        consequences.add(
            "You have been arrested "
                + arrests
                + (arrests == 1 ? " time" : " times")
                + " already. With your record, a gun charge can be taken to federal court.");
      }
    }
    return new Letter(n.id(), n.personName(), n.groupName(), n.visitOn(), consequences, true);
  }
}
