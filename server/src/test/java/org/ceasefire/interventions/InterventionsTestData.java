package org.ceasefire.interventions;

import java.time.LocalDate;
import java.util.List;
import org.ceasefire.access.CeasefireUser;
import org.ceasefire.access.Role;
import org.ceasefire.groups.CriminalGroup;
import org.ceasefire.groups.GroupInput;
import org.ceasefire.groups.Groups;
import org.ceasefire.groups.Membership;
import org.ceasefire.groups.MembershipInput;
import org.ceasefire.groups.MembershipLifecycle;
import org.ceasefire.incidents.Incident;
import org.ceasefire.incidents.IncidentInput;
import org.ceasefire.incidents.Incidents;
import org.ceasefire.incidents.ParticipantInput;
import org.ceasefire.interventions.InterventionInputs.CallInInput;
import org.ceasefire.interventions.InterventionInputs.CallInStep;
import org.ceasefire.people.People;
import org.ceasefire.people.Person;
import org.ceasefire.people.PersonInput;
import org.ceasefire.places.Places;
import org.ceasefire.places.PlacesTestData;
import org.ceasefire.testing.TestClock;
import org.ceasefire.testing.TestSites;

/**
 * A site with a city and helpers for intervention tests: supervised people, approved group entries,
 * incidents with suspects, call-ins held on a date.
 */
final class InterventionsTestData {

  final TestSites.TestSite site;
  final CeasefireUser coordinator;
  final CeasefireUser analyst;
  final CeasefireUser investigator;
  final CeasefireUser probation;
  final long city;
  final LocalDate today = LocalDate.now(TestClock.INSTANCE);
  private final Groups groups;
  private final MembershipLifecycle lifecycle;
  private final People people;
  private final Incidents incidents;
  private final CallIns callIns;

  InterventionsTestData(
      TestSites.TestSite site,
      Places places,
      Groups groups,
      MembershipLifecycle lifecycle,
      People people,
      Incidents incidents,
      CallIns callIns) {
    this.site = site;
    this.groups = groups;
    this.lifecycle = lifecycle;
    this.people = people;
    this.incidents = incidents;
    this.callIns = callIns;
    this.coordinator = site.user(Role.COORDINATOR);
    this.analyst = site.user(Role.ANALYST);
    this.investigator = site.user(Role.INVESTIGATOR);
    this.probation = site.user(Role.SUPERVISION);
    this.city = PlacesTestData.newHaven(places, site.id()).jurisdictionId();
  }

  CriminalGroup group(String name, String status) {
    return groups.create(analyst, new GroupInput(name, "street_gang", status, city, null, null));
  }

  /** A person under this supervision ("none", "probation", "parole"). */
  Person person(String first, String last, String supervision) {
    String until = supervision.equals("none") ? null : today.plusYears(1).toString();
    return people.create(
        probation,
        new PersonInput(
            first,
            null,
            last,
            "1998-04-04",
            "male",
            "black",
            null,
            supervision,
            until,
            List.of(),
            null));
  }

  /** A pending entry: submitted by the analyst, not yet approved. */
  Membership submitted(Person p, CriminalGroup g) {
    return groups.addMember(
        analyst,
        g.id(),
        new MembershipInput(p.id(), "member", List.of("self_admission"), "FI card 17", null));
  }

  /** An approved entry. */
  Membership member(Person p, CriminalGroup g) {
    return lifecycle.approve(investigator, submitted(p, g).id());
  }

  /** A planned call-in {@code daysAgo} days ago aimed at these groups. */
  CallIn callIn(int daysAgo, CriminalGroup... targets) {
    return callIns.plan(
        coordinator,
        new CallInInput(
            today.minusDays(daysAgo).toString(),
            "Church of the Redeemer",
            city,
            java.util.Arrays.stream(targets).map(CriminalGroup::id).toList(),
            null,
            null));
  }

  CallIn held(CallIn c) {
    return callIns.step(
        coordinator,
        c.id(),
        new CallInStep(
            "hold", List.of("community", "law_enforcement", "offer_of_help"), c.version()));
  }

  /** An incident of this type {@code daysAgo} days ago with this person in this role. */
  Incident incident(String type, int daysAgo, Person p, String role) {
    Incident i =
        incidents.create(
            investigator,
            new IncidentInput(
                null,
                type,
                today.minusDays(daysAgo) + "T21:00",
                null,
                null,
                "1 Elm St",
                city,
                null,
                null,
                null));
    return incidents.addParticipant(investigator, i.id(), new ParticipantInput(p.id(), role, null));
  }
}
