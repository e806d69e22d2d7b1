package org.ceasefire.reentry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ceasefire.imports.ImportTestData.file;
import static org.ceasefire.imports.ImportTestData.source;
import static org.ceasefire.people.PersonTestData.aPerson;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.ceasefire.access.CeasefireUser;
import org.ceasefire.access.Role;
import org.ceasefire.access.Sites;
import org.ceasefire.groups.CriminalGroup;
import org.ceasefire.groups.GroupInput;
import org.ceasefire.groups.Groups;
import org.ceasefire.groups.Membership;
import org.ceasefire.groups.MembershipInput;
import org.ceasefire.groups.MembershipLifecycle;
import org.ceasefire.imports.ImportRun;
import org.ceasefire.imports.Imports;
import org.ceasefire.people.People;
import org.ceasefire.places.Places;
import org.ceasefire.places.PlacesTestData;
import org.ceasefire.platform.StaleRecordException;
import org.ceasefire.platform.ValidationException;
import org.ceasefire.testing.CeasefireTest;
import org.ceasefire.testing.TestSites;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Releases from custody: the upcoming list, the welcome home, the hand-off, the import. */
@CeasefireTest
class ReentryTest {

  @Autowired Reentry reentry;
  @Autowired Sites sites;
  @Autowired People people;
  @Autowired Places places;
  @Autowired Groups groups;
  @Autowired MembershipLifecycle lifecycle;
  @Autowired Imports imports;
  @Autowired JdbcClient jdbc;
  @TempDir Path dir;
  TestSites.TestSite site;
  CeasefireUser probation;
  long member;
  long other;

  @BeforeEach
  void siteWithAGroupMemberAndAnotherPerson() {
    site = TestSites.create(sites);
    long city = PlacesTestData.newHaven(places, site.id()).jurisdictionId();
    probation = site.user(Role.SUPERVISION);
    CeasefireUser investigator = site.user(Role.INVESTIGATOR);
    member = people.create(investigator, aPerson().named("Rae", "Dunn").input()).id();
    other = people.create(investigator, aPerson().named("Sol", "Park").input()).id();
    CriminalGroup crew =
        groups.create(investigator, new GroupInput("Elm Crew", "crew", null, city, null, null));
    Membership entry =
        groups.addMember(
            site.user(Role.ANALYST),
            crew.id(),
            new MembershipInput(member, "member", List.of("self_admission"), "FI 12", null));
    lifecycle.approve(investigator, entry.id());
  }

  long expected(long person, int inDays) {
    return reentry.record(
        probation,
        new ReleaseInput(
            person, "MacDougall CI", LocalDate.now().plusDays(inDays).toString(), null, "none"));
  }

  @Test
  void theUpcomingListShowsGroupTiesOnlyToIntelligenceReaders() {
    long a = expected(member, 10);
    long b = expected(other, 20);
    expected(other, 200); // beyond the window

    List<Reentry.Upcoming> asAnalyst = reentry.upcoming(site.user(Role.ANALYST), 90, false);
    assertThat(asAnalyst).extracting(u -> u.release().id()).containsExactly(a, b);
    assertThat(asAnalyst.get(0).groups()).containsExactly("Elm Crew");
    assertThat(reentry.upcoming(site.user(Role.ANALYST), 90, true))
        .extracting(u -> u.release().id())
        .containsExactly(a);

    List<Reentry.Upcoming> asProbation = reentry.upcoming(probation, 90, true);
    assertThat(asProbation).extracting(u -> u.release().id()).containsExactly(a, b);
    assertThat(asProbation).allSatisfy(u -> assertThat(u.groups()).isNull());
  }

  @Test
  void aReleaseIsMarkedReleasedOrCancelledOnceWithAWelcomeHomeAndAHandOffToOutreach() {
    long id = expected(member, 0);
    reentry.released(probation, id, 0, LocalDate.now().toString());
    assertThatThrownBy(() -> reentry.cancel(probation, id, 1))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("only an expected release");
    assertThatThrownBy(
            () ->
                reentry.released(
                    probation, expected(other, 3), 0, LocalDate.now().plusDays(2).toString()))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("future");
    assertThatThrownBy(() -> reentry.cancel(probation, id, 0))
        .isInstanceOf(ValidationException.class);

    reentry.addContact(
        probation,
        id,
        "welcome_home",
        LocalDate.now().toString(),
        "mother, outreach worker",
        "went well");
    long provider = sites.createAgency(site.id(), "Homecoming Project", "service_provider");
    long referral = reentry.handOff(probation, id, provider);

    assertThat(reentry.view(probation, id).contacts())
        .singleElement()
        .satisfies(c -> assertThat(c.kind()).isEqualTo("welcome_home"));
    assertThat(
            jdbc.sql(
                    "select source || ' ' || source_id from outreach_referral where site_id = :s and id = :id")
                .param("s", site.id())
                .param("id", referral)
                .query(String.class)
                .single())
        .isEqualTo("reentry " + id);
  }

  @Test
  void aStaleChangeIsRefused() {
    long id = expected(other, 5);
    reentry.cancel(probation, id, 0);
    long second = expected(other, 6);
    reentry.addContact(probation, second, "other", LocalDate.now().toString(), null, null);
    assertThatThrownBy(() -> reentry.cancel(probation, second, 7))
        .isInstanceOf(StaleRecordException.class);
  }

  @Test
  void releasesImportFromACorrectionsExportAndUpdateInPlace() {
    String header =
        "source_id,first_name,last_name,state_id,date_of_birth,facility,expected_on,released_on,supervision_kind,supervising_agency";
    Path file =
        file(
            dir,
            "doc.csv",
            header,
            "DOC-1,Rae,Dunn,,1998-06-15,MacDougall CI,"
                + LocalDate.now().plusDays(30)
                + ",,parole,Test agency",
            "DOC-2,Tom,Vale,CT55,,Osborn CI,"
                + LocalDate.now().minusDays(3)
                + ","
                + LocalDate.now().minusDays(2)
                + ",none,",
            "DOC-3,Una,Fox,,,Osborn CI,soon,,,"); // no birth date or state id; not a date
    CeasefireUser importer = probation;

    ImportRun run =
        imports.run(importer, "releases", source(file, "ct-doc", "good-rows-only"), p -> {});

    assertThat(List.of(run.inserted(), run.rejected())).containsExactly(2L, 1L);
    assertThat(reentry.upcoming(probation, 90, false))
        .extracting(u -> u.release().personName())
        .contains("Rae Dunn");
    assertThat(reentry.ofPerson(site.id(), member)).as("matched to the existing person").hasSize(1);
    ImportRun again =
        imports.run(importer, "releases", source(file, "ct-doc", "good-rows-only"), p -> {});
    assertThat(List.of(again.inserted(), again.updated(), again.unchanged()))
        .containsExactly(0L, 0L, 2L);
  }
}
