package org.ceasefire.interventions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.ceasefire.access.Role;
import org.ceasefire.access.Sites;
import org.ceasefire.groups.CriminalGroup;
import org.ceasefire.groups.Groups;
import org.ceasefire.groups.Membership;
import org.ceasefire.groups.MembershipLifecycle;
import org.ceasefire.incidents.Incident;
import org.ceasefire.incidents.Incidents;
import org.ceasefire.interventions.InterventionInputs.ActionInput;
import org.ceasefire.interventions.InterventionInputs.AttributionInput;
import org.ceasefire.interventions.InterventionInputs.InvitationStep;
import org.ceasefire.people.People;
import org.ceasefire.people.Person;
import org.ceasefire.places.Places;
import org.ceasefire.platform.AccessDeniedException;
import org.ceasefire.platform.ValidationException;
import org.ceasefire.testing.CeasefireTest;
import org.ceasefire.testing.TestSites;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The invitation list, promise-kept enforcement and outcomes on the real database. */
@CeasefireTest
class InterventionsTest {

  @Autowired Sites sites;
  @Autowired Places places;
  @Autowired Groups groups;
  @Autowired MembershipLifecycle lifecycle;
  @Autowired People people;
  @Autowired Incidents incidents;
  @Autowired CallIns callIns;
  @Autowired InvitationList list;
  @Autowired PromiseKept promises;
  @Autowired Outcomes outcomes;
  @Autowired Notifications notifications;
  @Autowired JdbcClient jdbc;
  InterventionsTestData data;

  @BeforeEach
  void newSite() {
    data =
        new InterventionsTestData(
            TestSites.create(sites), places, groups, lifecycle, people, incidents, callIns);
  }

  private void expire(Membership m) {
    jdbc.sql(
            "update membership set review_date = current_date - 1"
                + " where site_id = :site and id = :id")
        .param("site", data.site.id())
        .param("id", m.id())
        .update();
  }

  private List<String> names(List<ListedPerson> listed) {
    return listed.stream().map(p -> p.invitation().personName()).toList();
  }

  @Test
  void proposesOnlySupervisedPeopleWithACurrentApprovedEntryInAnActiveTargetedGroup() {
    CriminalGroup hill = data.group("Hill Boys", "active");
    CriminalGroup dormant = data.group("Dormant Crew", "dormant");
    Person listed = data.person("Amir", "Cole", "probation");
    data.member(listed, hill);
    data.submitted(data.person("Ben", "Pending", "probation"), hill);
    data.member(data.person("Cal", "Free", "none"), hill);
    expire(data.member(data.person("Dan", "Expired", "parole"), hill));
    data.member(data.person("Eli", "Dormant", "probation"), dormant);
    Person parolee = data.person("Fay", "Parole", "parole");
    data.member(parolee, hill);
    CallIn c = data.callIn(-7, hill, dormant);

    assertThat(list.propose(data.coordinator, c.id())).isEqualTo(2);
    assertThat(names(list.of(data.coordinator, c.id()))).containsExactly("Amir Cole", "Fay Parole");
    assertThat(list.propose(data.coordinator, c.id())).as("nothing twice").isZero();
  }

  @Test
  void anEntryPastItsReviewDateStopsSupportingAnInvitationAtOnce() {
    CriminalGroup hill = data.group("Hill Boys", "active");
    Person p = data.person("Amir", "Cole", "probation");
    Membership m = data.member(p, hill);
    CallIn c = data.callIn(-7, hill);
    list.propose(data.coordinator, c.id());
    ListedPerson before = list.of(data.coordinator, c.id()).get(0);
    assertThat(before.why()).extracting(ListedPerson.Support::group).containsExactly("Hill Boys");
    assertThat(InterventionResponses.InvitationRow.reason(before)).contains("self_admission");

    expire(m);

    ListedPerson after = list.of(data.coordinator, c.id()).get(0);
    assertThat(after.why()).isEmpty();
    assertThat(InterventionResponses.InvitationRow.reason(after))
        .isEqualTo("no current intelligence entry in a targeted group");
  }

  @Test
  void rolesThatMayNotReadIntelligenceSeeOnlyThatTheCoordinatorSelectedThePerson() {
    CriminalGroup hill = data.group("Hill Boys", "active");
    data.member(data.person("Amir", "Cole", "probation"), hill);
    CallIn c = data.callIn(-7, hill);
    list.propose(data.coordinator, c.id());

    ListedPerson seen = list.of(data.probation, c.id()).get(0);
    assertThat(seen.why()).isNull();
    assertThat(seen.supervision()).startsWith("probation");
    assertThat(InterventionResponses.InvitationRow.from(seen).reason())
        .isEqualTo("selected by the coordinator");
    assertThat(InterventionResponses.InvitationRow.from(seen).basis()).isNull();
    assertThat(list.of(data.site.user(Role.OUTREACH), c.id())).as("outreach: no one yet").isEmpty();
    assertThatThrownBy(() -> list.propose(data.probation, c.id()))
        .isInstanceOf(AccessDeniedException.class);
  }

  @Test
  void theListChangesOnlyWhilePlannedAndAttendanceOnlyOnceHeld() {
    CriminalGroup hill = data.group("Hill Boys", "active");
    data.member(data.person("Amir", "Cole", "probation"), hill);
    CallIn c = data.callIn(0, hill);
    list.propose(data.coordinator, c.id());
    Invitation i = list.of(data.coordinator, c.id()).get(0).invitation();
    assertThatThrownBy(
            () -> list.step(data.coordinator, c.id(), i.id(), new InvitationStep("attended", 0)))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("held");
    Invitation invited =
        list.step(data.coordinator, c.id(), i.id(), new InvitationStep("invite", 0));
    data.held(c);
    assertThatThrownBy(
            () ->
                list.step(
                    data.coordinator,
                    c.id(),
                    i.id(),
                    new InvitationStep("remove", invited.version())))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("held call-in cannot change its list");
    assertThat(
            list.step(
                    data.coordinator,
                    c.id(),
                    i.id(),
                    new InvitationStep("attended", invited.version()))
                .attendance())
        .isEqualTo("attended");
  }

  @Test
  void keepsThePromiseTimelineOfAShootingAttributedToANotifiedGroup() {
    CriminalGroup hill = data.group("Hill Boys", "active");
    CriminalGroup other = data.group("Other Set", "active");
    Person shooter = data.person("Amir", "Cole", "probation");
    data.member(shooter, hill);
    Person stranger = data.person("Gus", "Nobody", "none");
    data.incident("non_fatal_shooting", 40, shooter, "suspect");
    data.held(data.callIn(30, hill, other));
    Incident shooting = data.incident("non_fatal_shooting", 10, shooter, "suspect");
    data.incident("firearm_seizure", 9, shooter, "arrestee");
    data.incident("homicide", 8, shooter, "victim");
    Incident unattributed = data.incident("homicide", 5, stranger, "suspect");

    assertThat(promises.suggestions(data.coordinator))
        .extracting(PromiseKept.Suggestion::incidentId)
        .as("after notification, violent, as suspect or arrestee, current entry")
        .containsExactly(shooting.id());
    assertThat(promises.suggestions(data.probation)).as("works from intelligence").isEmpty();

    GroupOffence o =
        promises.attribute(
            data.coordinator, "rule", new AttributionInput(hill.id(), shooting.id(), null));
    assertThat(promises.suggestions(data.coordinator)).isEmpty();
    assertThatThrownBy(
            () ->
                promises.attribute(
                    data.coordinator,
                    "rule",
                    new AttributionInput(other.id(), unattributed.id(), null)))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("attribute it explicitly");
    promises.attribute(
        data.coordinator,
        "coordinator",
        new AttributionInput(other.id(), unattributed.id(), "retaliation named in the review"));

    assertThat(o.promiseKept()).isFalse();
    promises.act(
        data.probation,
        o.id(),
        new ActionInput(
            "supervision_sweep",
            data.site.agencyId(),
            data.today.minusDays(5).toString(),
            "Home visits to every supervised member"));
    GroupOffence kept =
        promises.act(
            data.coordinator,
            o.id(),
            new ActionInput(
                "warrant_check",
                data.site.agencyId(),
                data.today.minusDays(8).toString(),
                "Open warrants of every member checked; two served"));

    assertThat(kept.actions())
        .extracting(GroupOffence.EnforcementAction::kind)
        .as("in the order they were taken")
        .containsExactly("warrant_check", "supervision_sweep");
    assertThat(kept.daysToFirstAction()).isEqualTo(2);
    assertThatThrownBy(
            () ->
                promises.act(
                    data.site.user(Role.OUTREACH),
                    o.id(),
                    new ActionInput(
                        "other", data.site.agencyId(), data.today.toString(), "Outreach")))
        .isInstanceOf(AccessDeniedException.class);
    PromiseKept.Dashboard d = promises.dashboard(data.site.id());
    assertThat(d.groupsNotified()).isEqualTo(2);
    assertThat(d.groupsOffended()).isEqualTo(2);
    assertThat(d.offencesKept()).isEqualTo(1);
    assertThat(d.medianDaysToAction()).isEqualTo(2.0);
  }

  @Test
  void refusesToAttributeAnIncidentBeforeTheNotificationOrOneThatIsNotAShooting() {
    CriminalGroup hill = data.group("Hill Boys", "active");
    Person p = data.person("Amir", "Cole", "probation");
    Incident before = data.incident("homicide", 40, p, "suspect");
    data.held(data.callIn(30, hill));
    Incident seizure = data.incident("firearm_seizure", 3, p, "arrestee");
    assertThatThrownBy(
            () ->
                promises.attribute(
                    data.coordinator,
                    "coordinator",
                    new AttributionInput(hill.id(), before.id(), "named")))
        .hasMessageContaining("before the group was notified");
    assertThatThrownBy(
            () ->
                promises.attribute(
                    data.coordinator,
                    "coordinator",
                    new AttributionInput(hill.id(), seizure.id(), "named")))
        .hasMessageContaining("only a homicide or shooting");
  }

  @Test
  void countsWhoReoffendedAfterContactAndHowSoon() {
    CriminalGroup hill = data.group("Hill Boys", "active");
    Person again = data.person("Amir", "Cole", "probation");
    Person clean = data.person("Fay", "Clean", "parole");
    data.member(again, hill);
    data.member(clean, hill);
    CallIn c = data.callIn(30, hill);
    list.propose(data.coordinator, c.id());
    List<Invitation> invited =
        list.of(data.coordinator, c.id()).stream()
            .map(
                p ->
                    list.step(
                        data.coordinator,
                        c.id(),
                        p.invitation().id(),
                        new InvitationStep("invite", 0)))
            .toList();
    data.held(c);
    invited.forEach(
        i -> list.step(data.coordinator, c.id(), i.id(), new InvitationStep("attended", 1)));
    data.incident("robbery", 40, again, "suspect");
    data.incident("robbery", 12, again, "arrestee");
    data.incident("non_fatal_shooting", 11, clean, "victim");

    Outcomes.Report r = outcomes.report(data.coordinator);
    assertThat(r.contacted()).isEqualTo(2);
    assertThat(r.reoffended()).isEqualTo(1);
    Outcomes.PersonOutcome amir =
        r.people().stream().filter(p -> p.personId() == again.id()).findFirst().orElseThrow();
    assertThat(amir.laterIncidents()).isEqualTo(1);
    assertThat(amir.daysToFirstReoffence()).isEqualTo(18);
    assertThat(amir.stillSupervised()).isTrue();

    Outcomes.Report seenByInvestigator = outcomes.report(data.investigator);
    assertThat(seenByInvestigator.people().get(0).stillSupervised())
        .as("supervision not for investigators")
        .isNull();
    Outcomes.Report seenByOutreach = outcomes.report(data.site.user(Role.OUTREACH));
    assertThat(seenByOutreach.contacted()).isEqualTo(2);
    assertThat(seenByOutreach.people()).isEmpty();
  }

  @Test
  void aGroupExpiredOrPurgedLeavesItsCallInsNotificationsAndOffencesReadableWithoutItsName() {
    CriminalGroup hill = data.group("Hill Boys", "active");
    Person shooter = data.person("Amir", "Cole", "probation");
    data.member(shooter, hill);
    CallIn c = data.held(data.callIn(30, hill));
    Incident shooting = data.incident("non_fatal_shooting", 10, shooter, "suspect");
    GroupOffence o =
        promises.attribute(
            data.coordinator, "rule", new AttributionInput(hill.id(), shooting.id(), null));
    promises.act(
        data.coordinator,
        o.id(),
        new ActionInput(
            "arrest", data.site.agencyId(), data.today.minusDays(9).toString(), "Shooter held"));
    CustomNotification n =
        notifications.plan(
            data.coordinator,
            new InterventionInputs.NotificationInput(
                shooter.id(),
                hill.id(),
                data.today.toString(),
                "Sgt. Ruiz",
                null,
                null,
                "Named in the shooting review",
                null,
                null,
                null));

    jdbc.sql(
            "update criminal_group set expired_on = current_date where site_id = :site and id = :id")
        .param("site", data.site.id())
        .param("id", hill.id())
        .update();
    assertThat(callIns.get(data.site.id(), c.id()).groups())
        .extracting(CallIn.TargetGroup::name)
        .containsExactly("a group no longer listed");
    assertThat(notifications.get(data.site.id(), n.id()).groupName())
        .isEqualTo("a group no longer listed");
    assertThat(promises.get(data.site.id(), o.id()).groupName())
        .isEqualTo("a group no longer listed");
    assertThat(promises.dashboard(data.site.id()).notified()).isEmpty();

    jdbc.sql("delete from membership where site_id = :site and group_id = :id")
        .param("site", data.site.id())
        .param("id", hill.id())
        .update();
    jdbc.sql("delete from criminal_group where site_id = :site and id = :id")
        .param("site", data.site.id())
        .param("id", hill.id())
        .update();
    assertThat(callIns.get(data.site.id(), c.id()).groups()).isEmpty();
    assertThat(notifications.get(data.site.id(), n.id()).groupId()).isNull();
    assertThat(promises.offences(data.site.id())).isEmpty();
  }
}
