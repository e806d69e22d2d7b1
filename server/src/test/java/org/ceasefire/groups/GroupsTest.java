package org.ceasefire.groups;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ceasefire.people.PersonTestData.aPerson;

import java.time.LocalDate;
import java.util.List;
import org.ceasefire.access.CeasefireUser;
import org.ceasefire.access.Role;
import org.ceasefire.access.Sites;
import org.ceasefire.people.People;
import org.ceasefire.people.Person;
import org.ceasefire.places.Places;
import org.ceasefire.places.PlacesTestData;
import org.ceasefire.platform.ValidationException;
import org.ceasefire.testing.CeasefireTest;
import org.ceasefire.testing.TestSites;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@CeasefireTest
class GroupsTest {

  @Autowired Groups groups;
  @Autowired MembershipLifecycle lifecycle;
  @Autowired People people;
  @Autowired Places places;
  @Autowired Sites sites;
  @Autowired JdbcClient jdbc;
  TestSites.TestSite site;
  CeasefireUser analyst;
  long city;

  @BeforeEach
  void newSite() {
    site = TestSites.create(sites);
    analyst = site.user(Role.ANALYST);
    city = PlacesTestData.newHaven(places, site.id()).jurisdictionId();
  }

  private CriminalGroup group(String name) {
    return groups.create(analyst, new GroupInput(name, "street_gang", "active", city, null, null));
  }

  @Test
  void refusesAMembershipWithoutCriteriaOrSourceAndSavesNothing() {
    CriminalGroup g = group("Hill Boys");
    Person p = people.create(analyst, aPerson().named("Ty", "Ross").input());
    MembershipInput unsupported = new MembershipInput(p.id(), "member", List.of(), " ", null);
    assertThatThrownBy(() -> groups.addMember(analyst, g.id(), unsupported))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e ->
                assertThat(e.problems())
                    .extracting(ValidationException.FieldProblem::field)
                    .containsExactlyInAnyOrder("criteria", "source"));
    assertThat(groups.members(site.id(), g.id())).isEmpty();
  }

  @Test
  void refusesAReviewDateMoreThanFiveYearsOut() {
    CriminalGroup g = group("Ville");
    Person p = people.create(analyst, aPerson().named("Al", "Dunn").input());
    String tooLate = LocalDate.now().plusYears(5).plusDays(1).toString();
    MembershipInput input =
        new MembershipInput(p.id(), "member", List.of("self_admission"), "FI card 22", tooLate);
    assertThatThrownBy(() -> groups.addMember(analyst, g.id(), input))
        .hasMessageContaining("reviewDate");
  }

  @Test
  void listsMembersWithCriteriaAndDropsEntriesPastTheirReviewDate() {
    CriminalGroup g = group("Tre Block");
    Person kept = people.create(analyst, aPerson().named("Kai", "Moss").input());
    Person expired = people.create(analyst, aPerson().named("Eli", "Ward").input());
    Membership current =
        groups.addMember(
            analyst,
            g.id(),
            new MembershipInput(kept.id(), "leader", List.of("self_admission"), "Report 1", null));
    Membership old =
        groups.addMember(
            analyst,
            g.id(),
            new MembershipInput(
                expired.id(), "member", List.of("observed_associating"), "Report 2", null));
    assertThat(groups.members(site.id(), g.id())).as("pending entries are not listed").isEmpty();
    lifecycle.approve(site.user(Role.INVESTIGATOR), current.id());
    lifecycle.approve(site.user(Role.INVESTIGATOR), old.id());
    assertThat(groups.members(site.id(), g.id())).hasSize(2);
    jdbc.sql(
            "update membership set submitted_at = now() - interval '5 years',"
                + " review_date = current_date - 1 where site_id = :site and id = :id")
        .param("site", site.id())
        .param("id", old.id())
        .update();
    assertThat(groups.members(site.id(), g.id()))
        .extracting(Membership::personName, Membership::criteria)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("Kai Moss", List.of("self_admission")));
    assertThat(groups.get(site.id(), g.id()).memberCount()).isEqualTo(1);
    assertThat(groups.membershipsOf(site.id(), expired.id())).isEmpty();
  }

  @Test
  void refusesAnIntelligenceSearchWithoutAPurposeAndAuditsTheOnesWithOne() {
    group("Purpose Test Crew");
    assertThatThrownBy(() -> groups.find(analyst, null, "Purpose", null, null, 0, 10))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("purpose");
    assertThatThrownBy(
            () -> groups.find(analyst, "immigration_check", "Purpose", null, null, 0, 10))
        .isInstanceOf(ValidationException.class);
    assertThat(groups.find(analyst, "shooting_review", "Purpose", null, null, 0, 10).total())
        .isEqualTo(1);
    assertThat(
            jdbc.sql(
                    "select purpose from audit_event where site_id = :site and action = 'search'"
                        + " and record_type = 'group'")
                .param("site", site.id())
                .query(String.class)
                .list())
        .containsExactly("shooting_review");
  }

  @Test
  void recordsAConflictSeenFromBothSidesAndRefusesADuplicate() {
    CriminalGroup a = group("North Side");
    CriminalGroup b = group("South Side");
    groups.addRelationship(
        analyst, b.id(), new RelationshipInput(a.id(), "conflict", "2025-06-01", "3 shootings"));
    assertThat(groups.relationships(site.id(), a.id()))
        .extracting(GroupRelationship::otherGroupName, GroupRelationship::kind)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("South Side", "conflict"));
    assertThatThrownBy(
            () ->
                groups.addRelationship(
                    analyst, a.id(), new RelationshipInput(b.id(), "alliance", null, "later")))
        .hasMessageContaining("already have a relationship");
    assertThatThrownBy(
            () ->
                groups.addRelationship(
                    analyst, a.id(), new RelationshipInput(a.id(), "alliance", null, "self")))
        .hasMessageContaining("itself");
  }
}
