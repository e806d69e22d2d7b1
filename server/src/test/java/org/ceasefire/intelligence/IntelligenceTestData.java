package org.ceasefire.intelligence;

import static org.ceasefire.people.PersonTestData.aPerson;

import java.util.List;
import org.ceasefire.access.CeasefireUser;
import org.ceasefire.access.Role;
import org.ceasefire.groups.CriminalGroup;
import org.ceasefire.groups.GroupInput;
import org.ceasefire.groups.Groups;
import org.ceasefire.groups.Membership;
import org.ceasefire.groups.MembershipInput;
import org.ceasefire.groups.MembershipLifecycle;
import org.ceasefire.people.People;
import org.ceasefire.people.Person;
import org.ceasefire.places.Places;
import org.ceasefire.places.PlacesTestData;
import org.ceasefire.testing.TestSites;

/** A site with a city, a group, and helpers to list people in it, for lifecycle tests. */
final class IntelligenceTestData {

  final TestSites.TestSite site;
  final CeasefireUser analyst;
  final CeasefireUser investigator;
  final CriminalGroup group;
  private final Groups groups;
  private final People people;
  private final MembershipLifecycle lifecycle;

  IntelligenceTestData(
      TestSites.TestSite site,
      Groups groups,
      People people,
      Places places,
      MembershipLifecycle lifecycle) {
    this.site = site;
    this.groups = groups;
    this.people = people;
    this.lifecycle = lifecycle;
    this.analyst = site.user(Role.ANALYST);
    this.investigator = site.user(Role.INVESTIGATOR);
    long city = PlacesTestData.newHaven(places, site.id()).jurisdictionId();
    this.group =
        groups.create(
            analyst, new GroupInput("Hill Boys", "street_gang", "active", city, null, null));
  }

  Person person(String first, String last, String born) {
    return people.create(analyst, aPerson().named(first, last).bornOn(born).input());
  }

  /** A pending entry submitted by the analyst. */
  Membership submit(Person p) {
    return submit(p, null);
  }

  /** A pending entry with this review date (null: the latest allowed). */
  Membership submit(Person p, java.time.@org.jspecify.annotations.Nullable LocalDate review) {
    return groups.addMember(
        analyst,
        group.id(),
        new MembershipInput(
            p.id(),
            "member",
            List.of("self_admission"),
            "FI card 17",
            review == null ? null : review.toString()));
  }

  /** An entry submitted by the analyst and approved by the investigator. */
  Membership listed(Person p) {
    return lifecycle.approve(investigator, submit(p).id());
  }

  Membership listed(Person p, java.time.LocalDate review) {
    return lifecycle.approve(investigator, submit(p, review).id());
  }
}
