package org.ceasefire.reviews;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ceasefire.people.PersonTestData.aPerson;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;

import java.util.List;
import org.ceasefire.access.CeasefireUser;
import org.ceasefire.access.Role;
import org.ceasefire.access.Sites;
import org.ceasefire.cases.CaseChanges;
import org.ceasefire.cases.CaseInput;
import org.ceasefire.cases.CaseSteps.TransitionInput;
import org.ceasefire.cases.OpenCase;
import org.ceasefire.cases.ProsecutionCase;
import org.ceasefire.groups.CriminalGroup;
import org.ceasefire.groups.GroupInput;
import org.ceasefire.groups.Groups;
import org.ceasefire.groups.MembershipInput;
import org.ceasefire.groups.MembershipLifecycle;
import org.ceasefire.groups.RelationshipInput;
import org.ceasefire.incidents.FirearmInput;
import org.ceasefire.incidents.Incident;
import org.ceasefire.incidents.IncidentInput;
import org.ceasefire.incidents.Incidents;
import org.ceasefire.incidents.ParticipantInput;
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
import org.springframework.test.web.servlet.MockMvc;

/** The agenda of a shooting review: what is on it, and what each role sees of it. */
@CeasefireTest
class ReviewsTest {

  @Autowired Reviews reviews;
  @Autowired ReviewActions actions;
  @Autowired Incidents incidents;
  @Autowired People people;
  @Autowired Groups groups;
  @Autowired Places places;
  @Autowired Sites sites;
  @Autowired MembershipLifecycle lifecycle;
  @Autowired CaseChanges caseChanges;
  @Autowired MockMvc mvc;
  TestSites.TestSite site;
  CeasefireUser investigator;
  long city;

  @BeforeEach
  void newSite() {
    site = TestSites.create(sites);
    investigator = site.user(Role.INVESTIGATOR);
    city = PlacesTestData.newHaven(places, site.id()).jurisdictionId();
  }

  private Incident incident(String type, String at, Person victim) {
    Incident i =
        incidents.create(
            investigator,
            new IncidentInput(null, type, at, null, null, "1 Elm St", city, null, null, null));
    return incidents.addParticipant(
        investigator, i.id(), new ParticipantInput(victim.id(), "victim", "non_fatal"));
  }

  @Test
  void listsTheWeeksShootingsAndSeizuresWithVictimsTheirGroupsAndRivals() throws Exception {
    Person victim = people.create(investigator, aPerson().named("Ray", "Vance").input());
    CriminalGroup north =
        groups.create(investigator, new GroupInput("North Crew", "crew", null, city, null, null));
    CriminalGroup south =
        groups.create(investigator, new GroupInput("South Crew", "crew", null, city, null, null));
    groups.addRelationship(
        investigator, north.id(), new RelationshipInput(south.id(), "conflict", null, "feud"));
    var entry =
        groups.addMember(
            site.user(Role.ANALYST),
            north.id(),
            new MembershipInput(victim.id(), "member", List.of("self_admission"), "FI 9", null));
    lifecycle.approve(investigator, entry.id());
    Incident older = incident("non_fatal_shooting", "2026-03-01T21:00", victim);
    Incident shooting = incident("non_fatal_shooting", "2026-03-10T23:30", victim);
    incident("robbery", "2026-03-11T10:00", victim);

    ReviewMeeting first = reviews.schedule(investigator, city, "2026-03-13");
    assertThat(first.since()).hasToString("2026-03-06");
    List<AgendaItem> agenda = reviews.agenda(investigator, first);
    assertThat(agenda).extracting(a -> a.incident().id()).containsExactly(shooting.id());
    AgendaItem.Person p = agenda.get(0).people().get(0);
    assertThat(p.name()).isEqualTo("Ray Vance");
    assertThat(p.priorIncidents()).isEqualTo(1);
    assertThat(p.groups())
        .singleElement()
        .satisfies(
            g -> {
              assertThat(g.group()).isEqualTo("North Crew");
              assertThat(g.rivals()).containsExactly("South Crew");
            });

    ReviewMeeting next = reviews.schedule(investigator, city, "2026-03-20");
    assertThat(next.since()).isEqualTo(first.meetsOn());
    assertThat(reviews.agenda(investigator, next)).extracting(a -> a.incident().type()).isEmpty();
    assertThat(older.id()).isNotIn(agenda.stream().map(a -> a.incident().id()).toList());

    mvc.perform(get("/reviews/" + first.id()).with(user(investigator)))
        .andExpect(content().string(org.hamcrest.Matchers.containsString("rivals: South Crew")));
    mvc.perform(get("/api/reviews/" + first.id() + "/agenda").with(user(investigator)))
        .andExpect(jsonPath("$.items[0].people[0].groups[0].rivals[0]").value("South Crew"));
  }

  /** The agenda reads its incidents and the people's histories together; each keeps its own. */
  @Test
  void aWeekOfManyIncidentsKeepsEachOnesPeopleFirearmsAndPriorCounts() {
    Person ray = people.create(investigator, aPerson().named("Ray", "Vance").input());
    Person sam = people.create(investigator, aPerson().named("Sam", "Ode").input());
    Person tia = people.create(investigator, aPerson().named("Tia", "Moss").input());
    incident("robbery", "2026-02-01T10:00", ray);
    incident("non_fatal_shooting", "2026-02-20T10:00", ray);
    Incident first = incident("non_fatal_shooting", "2026-03-07T22:00", ray);
    incidents.addParticipant(
        investigator, first.id(), new ParticipantInput(sam.id(), "suspect", null));
    Incident seizure = incident("firearm_seizure", "2026-03-08T12:00", sam);
    incidents.addFirearm(
        investigator, seizure.id(), new FirearmInput("pistol", "Glock", "19", "9mm", "SN-1"));
    incidents.addParticipant(
        investigator, seizure.id(), new ParticipantInput(tia.id(), "witness", null));
    Incident second = incident("homicide", "2026-03-10T01:00", ray);

    List<AgendaItem> agenda =
        reviews.agenda(investigator, reviews.schedule(investigator, city, "2026-03-13"));

    assertThat(agenda)
        .extracting(a -> a.incident().id())
        .containsExactly(first.id(), seizure.id(), second.id());
    assertThat(agenda.get(0).people())
        .extracting(AgendaItem.Person::name, AgendaItem.Person::priorIncidents)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("Ray Vance", 2),
            org.assertj.core.groups.Tuple.tuple("Sam Ode", 0));
    assertThat(agenda.get(0).incident().firearms()).isEmpty();
    assertThat(agenda.get(1).people()) // the witness is left off
        .extracting(AgendaItem.Person::name, AgendaItem.Person::priorIncidents)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("Sam Ode", 1));
    assertThat(agenda.get(1).incident().participants())
        .extracting(Incident.Participant::personName)
        .containsExactlyInAnyOrder("Sam Ode", "Tia Moss");
    assertThat(agenda.get(1).incident().firearms())
        .singleElement()
        .satisfies(f -> assertThat(f.serialNumber()).isEqualTo("SN-1"));
    assertThat(agenda.get(2).people())
        .extracting(AgendaItem.Person::name, AgendaItem.Person::priorIncidents)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("Ray Vance", 3));
  }

  @Test
  void alertsToRetaliationWithTheRivalsThePlaceAndTheVictimsCoOffenders() {
    Person victim = people.create(investigator, aPerson().named("Ike", "Stone").input());
    Person partner = people.create(investigator, aPerson().named("Jo", "Reed").input());
    Person second = people.create(investigator, aPerson().named("Kai", "Lane").input());
    Person stranger = people.create(investigator, aPerson().named("Al", "Far").input());
    CriminalGroup east =
        groups.create(investigator, new GroupInput("East Side", "crew", null, city, null, null));
    CriminalGroup west =
        groups.create(investigator, new GroupInput("West Side", "crew", null, city, null, null));
    groups.addRelationship(
        investigator, east.id(), new RelationshipInput(west.id(), "conflict", null, "feud"));
    var entry =
        groups.addMember(
            site.user(Role.ANALYST),
            east.id(),
            new MembershipInput(victim.id(), "member", List.of("self_admission"), "FI 3", null));
    lifecycle.approve(investigator, entry.id());
    Incident arrest = arrest("2025-01-10T12:00", victim, partner);
    arrest("2025-06-10T12:00", partner, second);
    incidents.addParticipant(
        investigator, arrest.id(), new ParticipantInput(stranger.id(), "witness", null));
    incident("non_fatal_shooting", "2026-06-02T01:00", victim);

    ReviewMeeting m = reviews.schedule(investigator, city, "2026-06-04");
    List<RetaliationAlert> alerts = reviews.alerts(investigator, reviews.agenda(investigator, m));
    assertThat(alerts)
        .singleElement()
        .satisfies(
            a -> {
              assertThat(a.victim()).isEqualTo("Ike Stone");
              assertThat(a.rivals()).containsExactly("West Side");
              assertThat(a.place()).isEqualTo("1 Elm St");
              assertThat(a.watchUntil()).hasToString("2026-06-16");
              assertThat(a.peopleAtRisk()).containsExactly("Jo Reed", "Kai Lane");
            });
  }

  /**
   * The agenda reads every person's groups, the groups' rivals and the victims' networks together;
   * each person and each alert keeps its own.
   */
  @Test
  void twoVictimsOfOneWeekKeepEachTheirOwnGroupsRivalsAndPeopleAtRisk() {
    Person ike = people.create(investigator, aPerson().named("Ike", "Stone").input());
    Person una = people.create(investigator, aPerson().named("Una", "Bell").input());
    Person jo = people.create(investigator, aPerson().named("Jo", "Reed").input());
    Person kai = people.create(investigator, aPerson().named("Kai", "Lane").input());
    Person lee = people.create(investigator, aPerson().named("Lee", "Cole").input());
    CriminalGroup east = group("East Side");
    CriminalGroup west = group("West Side");
    CriminalGroup north = group("North Side");
    CriminalGroup south = group("South Side");
    conflict(east, west);
    conflict(north, south);
    conflict(north, west);
    member(ike, east);
    member(una, north);
    member(una, south);
    arrest("2025-01-10T12:00", ike, jo);
    arrest("2025-02-10T12:00", una, kai);
    arrest("2025-03-10T12:00", kai, lee);
    Incident first = incident("non_fatal_shooting", "2026-06-01T01:00", ike);
    Incident second = incident("homicide", "2026-06-02T01:00", una);

    ReviewMeeting m = reviews.schedule(investigator, city, "2026-06-04");
    List<AgendaItem> agenda = reviews.agenda(investigator, m);
    assertThat(agenda).extracting(a -> a.incident().id()).containsExactly(first.id(), second.id());
    assertThat(agenda.get(0).people().get(0).groups())
        .extracting(AgendaItem.GroupTie::group, AgendaItem.GroupTie::rivals)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("East Side", List.of("West Side")));
    assertThat(agenda.get(1).people().get(0).groups())
        .extracting(AgendaItem.GroupTie::group, AgendaItem.GroupTie::rivals)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("North Side", List.of("South Side", "West Side")),
            org.assertj.core.groups.Tuple.tuple("South Side", List.of("North Side")));

    List<RetaliationAlert> alerts = reviews.alerts(investigator, agenda);
    assertThat(alerts)
        .extracting(
            RetaliationAlert::victim, RetaliationAlert::rivals, RetaliationAlert::peopleAtRisk)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "Ike Stone", List.of("West Side"), List.of("Jo Reed")),
            org.assertj.core.groups.Tuple.tuple(
                "Una Bell",
                List.of("South Side", "West Side", "North Side"),
                List.of("Kai Lane", "Lee Cole")));
  }

  private CriminalGroup group(String name) {
    return groups.create(investigator, new GroupInput(name, "crew", null, city, null, null));
  }

  private void conflict(CriminalGroup a, CriminalGroup b) {
    groups.addRelationship(
        investigator, a.id(), new RelationshipInput(b.id(), "conflict", null, "feud"));
  }

  private void member(Person p, CriminalGroup g) {
    var entry =
        groups.addMember(
            site.user(Role.ANALYST),
            g.id(),
            new MembershipInput(p.id(), "member", List.of("self_admission"), "FI 5", null));
    lifecycle.approve(investigator, entry.id());
  }

  private Incident arrest(String at, Person a, Person b) {
    Incident i =
        incidents.create(
            investigator,
            new IncidentInput(
                null, "firearm_seizure", at, null, null, null, city, null, null, null));
    incidents.addParticipant(investigator, i.id(), new ParticipantInput(a.id(), "arrestee", null));
    return incidents.addParticipant(
        investigator, i.id(), new ParticipantInput(b.id(), "arrestee", null));
  }

  @Test
  void carriesOpenActionItemsOverToLaterMeetingsUntilDone() {
    ReviewMeeting first = reviews.schedule(investigator, city, "2026-05-01");
    ReviewMeeting second = reviews.schedule(investigator, city, "2026-05-08");
    ReviewMeeting third = reviews.schedule(investigator, city, "2026-05-15");
    assertThatThrownBy(
            () ->
                actions.add(
                    investigator,
                    first.id(),
                    new ReviewActions.ActionInput(null, "", null, "", "soon")))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e ->
                assertThat(e.problems())
                    .extracting(ValidationException.FieldProblem::field)
                    .contains("description", "agencyId", "owner", "dueOn"));
    long id =
        actions.add(
            investigator,
            first.id(),
            new ReviewActions.ActionInput(
                null,
                "Warrant check on the shooter's crew",
                site.agencyId(),
                "Det. Ruiz",
                "2026-05-06"));
    assertThat(actions.forMeeting(site.id(), second.id()))
        .singleElement()
        .satisfies(a -> assertThat(a.description()).startsWith("Warrant check"));
    ActionItem open = actions.forMeeting(site.id(), second.id()).get(0);
    actions.close(investigator, id, open.version(), "done");
    assertThat(actions.forMeeting(site.id(), third.id())).isEmpty();
    assertThat(actions.forMeeting(site.id(), first.id()))
        .singleElement()
        .extracting(ActionItem::status)
        .isEqualTo("done");
    assertThatThrownBy(() -> actions.close(investigator, id, open.version(), "dropped"))
        .isInstanceOf(org.ceasefire.platform.StaleRecordException.class);

    actions.attended(investigator, first.id(), "Sgt. Dana Lowe", site.agencyId());
    assertThatThrownBy(
            () -> actions.attended(investigator, first.id(), "Sgt. Dana Lowe", site.agencyId()))
        .hasMessageContaining("already");
    assertThatThrownBy(() -> actions.attended(investigator, first.id(), " ", null))
        .hasMessageContaining("name")
        .hasMessageContaining("attendeeAgencyId");
    assertThat(actions.attendance(site.id(), first.id()))
        .containsExactly("Sgt. Dana Lowe (Test agency)");
  }

  @Test
  void leavesGroupsOutForRolesWithoutIntelligenceAndRefusesADuplicateMeeting() throws Exception {
    ReviewMeeting m = reviews.schedule(investigator, city, "2026-04-02");
    assertThatThrownBy(() -> reviews.schedule(investigator, city, "2026-04-02"))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("meetsOn");
    assertThatThrownBy(() -> reviews.schedule(investigator, null, "someday"))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("jurisdictionId")
        .hasMessageContaining("meetsOn");
    Person victim = people.create(investigator, aPerson().named("Lu", "Chen").input());
    incident("homicide", "2026-03-30T02:00", victim);
    // probation officers read neither incidents nor intelligence: the agenda is refused outright
    mvc.perform(get("/reviews/" + m.id()).with(user(site.user(Role.SUPERVISION))))
        .andExpect(
            org.springframework.test.web.servlet.result.MockMvcResultMatchers.status()
                .isForbidden());
    assertThat(reviews.agenda(investigator, m)).hasSize(1);
  }

  private ProsecutionCase referred(String number, Person defendant) {
    return caseChanges.open(
        site.user(Role.PROSECUTOR),
        new CaseInput(
            number,
            defendant.id(),
            site.agencyId(),
            null,
            city,
            "2026-06-01",
            null,
            true,
            "released_on_bond",
            List.of(),
            null));
  }

  @Test
  void listsTheOpenCasesOfEachPersonOnTheAgendaAndLeavesThemOutForOtherRoles() throws Exception {
    Person victim = people.create(investigator, aPerson().named("Tay", "Moss").input());
    incident("non_fatal_shooting", "2026-07-01T22:00", victim);
    referred("CR-OPEN-1", victim);
    ProsecutionCase declined = referred("CR-DECLINED-1", victim);
    caseChanges.transition(
        site.user(Role.PROSECUTOR),
        declined.id(),
        new TransitionInput("decline", "2026-06-02", "insufficient evidence", declined.version()));
    ReviewMeeting m = reviews.schedule(investigator, city, "2026-07-03");

    AgendaItem.Person p = reviews.agenda(investigator, m).get(0).people().get(0);
    assertThat(p.openCases())
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.caseNumber()).isEqualTo("CR-OPEN-1");
              assertThat(c.status()).isEqualTo("referred");
            });
    assertThat(p.openCases()).extracting(OpenCase::caseNumber).doesNotContain("CR-DECLINED-1");
    mvc.perform(get("/reviews/" + m.id()).with(user(investigator)))
        .andExpect(content().string(org.hamcrest.Matchers.containsString("CR-OPEN-1")))
        .andExpect(
            content()
                .string(
                    org.hamcrest.Matchers.not(
                        org.hamcrest.Matchers.containsString("CR-DECLINED-1"))));
    mvc.perform(get("/api/reviews/" + m.id() + "/agenda").with(user(investigator)))
        .andExpect(jsonPath("$.items[0].people[0].openCases[0].caseNumber").value("CR-OPEN-1"));
    // every role that reads the agenda today also reads PROSECUTION; the rule is the service's
    AgendaItem.Person unseen =
        reviews.agenda(site.user(Role.SUPERVISION), m).get(0).people().get(0);
    assertThat(unseen.openCases()).isNull();
  }
}
