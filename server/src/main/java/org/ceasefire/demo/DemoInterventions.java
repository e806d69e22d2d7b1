package org.ceasefire.demo;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.ceasefire.access.CeasefireUser;
import org.ceasefire.access.Sites;
import org.ceasefire.groups.CriminalGroup;
import org.ceasefire.groups.Groups;
import org.ceasefire.groups.Membership;
import org.ceasefire.interventions.CallIn;
import org.ceasefire.interventions.CallIns;
import org.ceasefire.interventions.CustomNotification;
import org.ceasefire.interventions.InterventionInputs.ActionInput;
import org.ceasefire.interventions.InterventionInputs.AttributionInput;
import org.ceasefire.interventions.InterventionInputs.CallInInput;
import org.ceasefire.interventions.InterventionInputs.CallInStep;
import org.ceasefire.interventions.InterventionInputs.InvitationStep;
import org.ceasefire.interventions.InterventionInputs.NotificationInput;
import org.ceasefire.interventions.InterventionInputs.OutcomeInput;
import org.ceasefire.interventions.InterventionInputs.SpeakerInput;
import org.ceasefire.interventions.InterventionInputs.TaskInput;
import org.ceasefire.interventions.Invitation;
import org.ceasefire.interventions.InvitationList;
import org.ceasefire.interventions.ListedPerson;
import org.ceasefire.interventions.Notifications;
import org.ceasefire.interventions.PromiseKept;
import org.springframework.stereotype.Component;

/**
 * A call-in and a few custom notifications for the demo region, so the intervention pages are not
 * empty: a call-in 45 days ago for the two largest active groups (list proposed, everyone invited,
 * held with all three messages, every other person attended), three custom notifications to members
 * of the third, and the promise kept on the first shooting the rule attributes. Made through the
 * interventions feature's own services as the demo coordinator, so every rule holds; the choice
 * depends only on the generated region, so it is deterministic.
 */
@Component
class DemoInterventions {

  private final CallIns callIns;
  private final InvitationList list;
  private final Notifications notifications;
  private final PromiseKept promises;
  private final Groups groups;
  private final Sites sites;

  DemoInterventions(
      CallIns callIns,
      InvitationList list,
      Notifications notifications,
      PromiseKept promises,
      Groups groups,
      Sites sites) {
    this.callIns = callIns;
    this.list = list;
    this.notifications = notifications;
    this.promises = promises;
    this.groups = groups;
    this.sites = sites;
  }

  void load(long site, String coordinatorUsername, String policeAgency) {
    CeasefireUser coordinator = sites.user(coordinatorUsername).orElseThrow();
    long police =
        sites.agencies(site).stream()
            .filter(a -> a.name().equals(policeAgency))
            .findFirst()
            .orElseThrow()
            .id();
    List<CriminalGroup> largest =
        groups.all(site).stream()
            .filter(g -> g.status().equals("active"))
            .sorted(
                Comparator.comparingInt(CriminalGroup::memberCount)
                    .reversed()
                    .thenComparing(CriminalGroup::id))
            .limit(3)
            .toList();
    if (largest.size() < 3) {
      return;
    }
    LocalDate today = callIns.today(site);
    callIn(coordinator, largest.subList(0, 2), today.minusDays(45));
    notify(coordinator, largest.get(2), today.minusDays(20));
    promises.suggestions(coordinator).stream()
        .findFirst()
        .ifPresent(s -> keep(coordinator, s, police, today));
  }

  private void callIn(CeasefireUser u, List<CriminalGroup> targets, LocalDate on) {
    CallIn c =
        callIns.plan(
            u,
            new CallInInput(
                on.toString(),
                "Dixwell Community House",
                targets.get(0).jurisdictionId(),
                targets.stream().map(CriminalGroup::id).toList(),
                "Demonstration call-in",
                null));
    String[][] speakers = {
      {"law_enforcement", "Chief A. Morales", "City Police Department"},
      {"prosecutor", "AUSA D. Whitfield", "U.S. Attorney's Office"},
      {"community", "Rev. L. Grant", "Dixwell Ministers' Alliance"},
      {"service_provider", "T. Banks", "Project Longevity outreach"},
      {"victim_family", "Mrs. R. Alvarez", "Mothers United"}
    };
    for (String[] s : speakers) {
      c = callIns.addSpeaker(u, c.id(), new SpeakerInput(s[0], s[1], s[2], c.version()));
    }
    long id = c.id();
    list.propose(u, id);
    List<Invitation> invited =
        list.of(u, id).stream()
            .map(ListedPerson::invitation)
            .map(i -> list.step(u, id, i.id(), new InvitationStep("invite", i.version())))
            .toList();
    callIns.step(
        u,
        id,
        new CallInStep(
            "hold", List.of("community", "law_enforcement", "offer_of_help"), c.version()));
    for (int n = 0; n < invited.size(); n++) {
      Invitation i = invited.get(n);
      list.step(
          u, c.id(), i.id(), new InvitationStep(n % 2 == 0 ? "attended" : "absent", i.version()));
    }
  }

  private void notify(CeasefireUser u, CriminalGroup group, LocalDate on) {
    List<Membership> members = groups.members(u.siteId(), group.id());
    String[] outcomes = {"delivered", "refused", "not_found"};
    for (int n = 0; n < Math.min(3, members.size()); n++) {
      Membership m = members.get(n);
      CustomNotification planned =
          notifications.plan(
              u,
              new NotificationInput(
                  m.personId(),
                  group.id(),
                  on.toString(),
                  "Det. S. Okafor",
                  "Rev. L. Grant",
                  "T. Banks",
                  "Current member of " + group.name() + " after the group's recent shootings",
                  null,
                  List.of(m.id()),
                  null));
      boolean delivered = outcomes[n].equals("delivered");
      CustomNotification done =
          notifications.recordOutcome(
              u,
              planned.id(),
              new OutcomeInput(
                  outcomes[n],
                  on.toString(),
                  delivered
                      ? "The community wants you alive and free; the next shooting brings"
                          + " consequences on the whole group; help is here"
                      : null,
                  delivered,
                  planned.version()));
      if (delivered) {
        notifications.addTask(
            u, done.id(), new TaskInput("Outreach follow-up visit", on.plusDays(7).toString()));
      }
    }
  }

  private void keep(CeasefireUser u, PromiseKept.Suggestion s, long police, LocalDate today) {
    var offence =
        promises.attribute(u, "rule", new AttributionInput(s.groupId(), s.incidentId(), null));
    LocalDate on = s.occurredOn().plusDays(2);
    promises.act(
        u,
        offence.id(),
        new ActionInput(
            "warrant_check",
            police,
            (on.isAfter(today) ? today : on).toString(),
            "Open warrants of every member checked"));
  }
}
