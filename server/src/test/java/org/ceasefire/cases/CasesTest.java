package org.ceasefire.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.ceasefire.cases.CaseTestData.aCase;
import static org.ceasefire.people.PersonTestData.aPerson;

import java.util.List;
import org.ceasefire.access.CeasefireUser;
import org.ceasefire.access.Role;
import org.ceasefire.access.Sites;
import org.ceasefire.audit.AuditLog;
import org.ceasefire.cases.CaseSteps.AdoptionInput;
import org.ceasefire.cases.CaseSteps.ChargeInput;
import org.ceasefire.cases.CaseSteps.DispositionInput;
import org.ceasefire.cases.CaseSteps.EventInput;
import org.ceasefire.cases.CaseSteps.ForumInput;
import org.ceasefire.cases.CaseSteps.SentenceInput;
import org.ceasefire.cases.CaseSteps.TransitionInput;
import org.ceasefire.people.People;
import org.ceasefire.people.Person;
import org.ceasefire.places.Places;
import org.ceasefire.places.PlacesTestData;
import org.ceasefire.platform.StaleRecordException;
import org.ceasefire.platform.ValidationException;
import org.ceasefire.testing.CeasefireTest;
import org.ceasefire.testing.TestSites;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The pipeline of a prosecution case: allowed and refused moves, and the forum decision. */
@CeasefireTest
class CasesTest {

  @Autowired Cases cases;
  @Autowired CaseChanges changes;
  @Autowired People people;
  @Autowired Places places;
  @Autowired Sites sites;
  @Autowired AuditLog auditLog;
  TestSites.TestSite site;
  CeasefireUser prosecutor;
  long city;
  Person defendant;

  @BeforeEach
  void newSite() {
    site = TestSites.create(sites);
    prosecutor = site.user(Role.PROSECUTOR);
    city = PlacesTestData.newHaven(places, site.id()).jurisdictionId();
    defendant =
        people.create(site.user(Role.INVESTIGATOR), aPerson().named("Dre", "Lowell").input());
  }

  private ProsecutionCase referred() {
    return changes.open(
        prosecutor, aCase().of(defendant.id()).referredBy(site.agencyId()).in(city).input());
  }

  private ProsecutionCase move(ProsecutionCase c, String action, String on) {
    return changes.transition(
        prosecutor, c.id(), new TransitionInput(action, on, null, c.version()));
  }

  private ProsecutionCase decide(ProsecutionCase c, String forum) {
    return changes.decideForum(
        prosecutor,
        c.id(),
        new ForumInput(
            forum, "felon in possession, prior state convictions", "2026-01-12", c.version()));
  }

  private ProsecutionCase charge(ProsecutionCase c, String forum, String code) {
    return changes.addCharge(
        prosecutor,
        c.id(),
        new ChargeInput(
            forum,
            code,
            "Possession of a firearm by a prohibited person",
            1,
            "felony",
            "2026-01-20",
            c.version()));
  }

  private static String refusal(Runnable r) {
    try {
      r.run();
    } catch (ValidationException e) {
      return e.problems().get(0).field() + ": " + e.problems().get(0).message();
    }
    throw new AssertionError("not refused");
  }

  @Test
  void movesACaseFromReferralToSentenceAndCloseWithEveryTransitionDatedAndAudited() {
    ProsecutionCase c = referred();
    assertThat(c.status()).isEqualTo(CaseStatus.REFERRED);
    c = move(c, "screen", "2026-01-08");
    c = decide(c, "federal");
    c = changes.adopt(prosecutor, c.id(), new AdoptionInput("2026-01-15", c.version()));
    c = charge(c, "federal", "18 U.S.C. § 922(g)(1)");
    c = charge(c, "federal", "18 U.S.C. § 924(c)");
    c = move(c, "charge", "2026-01-20");
    c =
        changes.schedule(
            prosecutor,
            c.id(),
            new EventInput(
                "arraignment", "2026-01-27", "U.S. District Court, New Haven", null, c.version()));
    c = move(c, "await_plea_or_trial", "2026-01-27");
    for (Charge h : c.charges()) {
      String how = h.statuteCode().endsWith("(1)") ? "plea_guilty" : "dismissed";
      c =
          changes.disposeCharge(
              prosecutor, c.id(), h.id(), new DispositionInput(how, "2026-03-02", c.version()));
    }
    c = move(c, "dispose", "2026-03-02");
    c =
        changes.sentence(
            prosecutor,
            c.id(),
            new SentenceInput("2026-05-11", 46, 36, "supervised_release", c.version()));
    c = move(c, "close", "2026-05-12");

    assertThat(c.status()).isEqualTo(CaseStatus.CLOSED);
    assertThat(c.sentence())
        .isEqualTo(
            new Sentence(java.time.LocalDate.parse("2026-05-11"), 46, 36, "supervised_release"));
    assertThat(cases.transitions(site.id(), c.id()))
        .extracting(t -> t.to().code() + " " + t.effectiveOn())
        .containsExactly(
            "referred 2026-01-05",
            "screening 2026-01-08",
            "charged 2026-01-20",
            "pending 2026-01-27",
            "disposed 2026-03-02",
            "sentenced 2026-05-11",
            "closed 2026-05-12");
    assertThat(cases.transitions(site.id(), c.id())).allMatch(t -> t.by().startsWith("Prosecutor"));
    assertThat(cases.history(site.id(), c.id()))
        .anySatisfy(h -> assertThat(h.fields()).containsKey("status"));
    long id = c.id();
    long updates =
        auditLog
            .search(
                site.id(),
                new AuditLog.Filter(null, "update", "prosecution_case", id, null, null),
                0,
                100)
            .total();
    assertThat(updates).as("one audited update per step").isEqualTo(13);
    assertThat(cases.measures(site.id()))
        .singleElement()
        .satisfies(
            m -> {
              assertThat(m.forum()).isEqualTo("federal");
              assertThat(m.medianDaysToCharge()).isEqualTo(15.0);
              assertThat(m.medianDaysToDisposition()).isEqualTo(56.0);
            });
  }

  @Test
  void refusesMovesTheStateDoesNotAllowAndADisposedCaseIsRechargedOnlyAfterReopening() {
    ProsecutionCase c = referred();
    ProsecutionCase referred = c;
    assertThat(refusal(() -> move(referred, "charge", "2026-01-08")))
        .isEqualTo("action: a case that is referred cannot charge");
    assertThat(refusal(() -> move(referred, "dispose", "2026-01-08"))).startsWith("action:");
    assertThat(refusal(() -> move(referred, "fly", "2026-01-08")))
        .startsWith("action: must be one of");
    assertThat(refusal(() -> move(referred, "screen", "2026-01-01")))
        .startsWith("on: is before the case's current status");
    assertThat(refusal(() -> move(referred, "screen", "2999-01-01"))).contains("future");

    c = move(c, "screen", "2026-01-08");
    c = decide(c, "state");
    c = charge(c, "state", "CGS § 53-217");
    c = move(c, "charge", "2026-01-20");
    ProsecutionCase charged = c;
    assertThat(refusal(() -> move(charged, "dispose", "2026-02-01")))
        .isEqualTo("action: record a disposition for every charge before disposing of the case");
    c =
        changes.disposeCharge(
            prosecutor,
            c.id(),
            c.charges().get(0).id(),
            new DispositionInput("nolle", "2026-02-01", c.version()));
    c = move(c, "dispose", "2026-02-01");
    ProsecutionCase disposed = c;
    assertThat(refusal(() -> charge(disposed, "state", "CGS § 29-35")))
        .isEqualTo("action: a disposed case cannot be charged; reopen it first");
    assertThat(
            refusal(
                () ->
                    changes.sentence(
                        prosecutor,
                        disposed.id(),
                        new SentenceInput("2026-02-02", 12, 0, "none", disposed.version()))))
        .startsWith("action: no charge ended in a conviction");
    assertThat(refusal(() -> move(disposed, "reopen", "2026-02-10")))
        .isEqualTo("reason: say why the case is reopened");
    assertThat(cases.get(site.id(), c.id()).status()).isEqualTo(CaseStatus.DISPOSED);

    c =
        changes.transition(
            prosecutor,
            c.id(),
            new TransitionInput(
                "reopen", "2026-02-10", "new ballistic evidence (NIBIN lead)", c.version()));
    assertThat(c.status()).isEqualTo(CaseStatus.SCREENING);
    c = charge(c, "state", "CGS § 29-35");
    c = move(c, "charge", "2026-02-12");
    assertThat(c.status()).isEqualTo(CaseStatus.CHARGED);
    assertThat(cases.transitions(site.id(), c.id()))
        .filteredOn(t -> t.to() == CaseStatus.SCREENING && t.from() == CaseStatus.DISPOSED)
        .singleElement()
        .satisfies(t -> assertThat(t.reason()).isEqualTo("new ballistic evidence (NIBIN lead)"));
  }

  @Test
  void theForumIsDecidedBeforeChargingAndAFederalCaseIsChargedAfterAdoption() {
    ProsecutionCase c = move(referred(), "screen", "2026-01-08");
    ProsecutionCase screening = c;
    assertThat(refusal(() -> charge(screening, "state", "CGS § 53-217")))
        .isEqualTo("forum: decide the forum before filing charges");
    assertThat(refusal(() -> move(screening, "charge", "2026-01-20")))
        .startsWith("action: decide the forum");
    assertThatThrownBy(
            () ->
                changes.decideForum(
                    prosecutor,
                    screening.id(),
                    new ForumInput("county", " ", null, screening.version())))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e ->
                assertThat(e.problems())
                    .extracting(ValidationException.FieldProblem::field)
                    .containsExactly("forum", "reasons", "decidedOn"));

    c = decide(c, "federal");
    assertThat(c.forumDecision())
        .satisfies(
            d -> {
              assertThat(d.forum()).isEqualTo(Forum.FEDERAL);
              assertThat(d.decidedById()).isEqualTo(prosecutor.id());
              assertThat(d.decidedOn()).hasToString("2026-01-12");
            });
    ProsecutionCase federal = c;
    assertThat(refusal(() -> charge(federal, "state", "CGS § 53-217")))
        .isEqualTo("forum: the case was given to the federal forum; a charge must be filed there");
    c = charge(c, "federal", "18 U.S.C. § 922(g)(1)");
    ProsecutionCase withFederalCharge = c;
    assertThat(refusal(() -> decide(withFederalCharge, "state")))
        .isEqualTo("forum: charges already filed in the other forum; the decision must cover them");
    ProsecutionCase unadopted = c;
    assertThat(refusal(() -> move(unadopted, "charge", "2026-01-20")))
        .startsWith("action: a federal case is charged after federal adoption");
    c = changes.adopt(prosecutor, c.id(), new AdoptionInput("2026-01-18", c.version()));
    assertThat(move(c, "charge", "2026-01-20").status()).isEqualTo(CaseStatus.CHARGED);

    ProsecutionCase other =
        move(
            changes.open(
                prosecutor,
                aCase()
                    .numbered("CR-26-DECL")
                    .of(defendant.id())
                    .referredBy(site.agencyId())
                    .in(city)
                    .input()),
            "screen",
            "2026-01-08");
    ProsecutionCase declined = decide(other, "declined");
    assertThat(declined.status()).isEqualTo(CaseStatus.DECLINED);
    assertThat(cases.transitions(site.id(), declined.id()))
        .last()
        .satisfies(t -> assertThat(t.reason()).startsWith("forum decision: felon in possession"));
    assertThat(
            refusal(
                () ->
                    changes.adopt(
                        prosecutor,
                        declined.id(),
                        new AdoptionInput("2026-01-13", declined.version()))))
        .startsWith("action: only a case given to the federal forum");
  }

  @Test
  void refusesAStepMadeOnAnOldVersionAndChangesNothing() {
    ProsecutionCase c = referred();
    move(c, "screen", "2026-01-08");
    assertThatThrownBy(() -> move(c, "decline", "2026-01-09"))
        .isInstanceOf(StaleRecordException.class);
    assertThat(cases.get(site.id(), c.id()).status()).isEqualTo(CaseStatus.SCREENING);
  }

  @Test
  void refusesACaseWithoutItsParticularsNamingEachFieldAndSavesNothing() {
    CaseInput empty =
        new CaseInput(
            " ",
            null,
            null,
            null,
            null,
            "05/01/2026",
            null,
            null,
            "roaming",
            List.of(999999999L),
            null);
    assertThatThrownBy(() -> changes.open(prosecutor, empty))
        .isInstanceOfSatisfying(
            ValidationException.class,
            e ->
                assertThat(e.problems())
                    .extracting(ValidationException.FieldProblem::field)
                    .contains(
                        "caseNumber",
                        "defendantId",
                        "referringAgencyId",
                        "jurisdictionId",
                        "referredOn",
                        "custodyStatus",
                        "incidentIds"));
    long probation = sites.createAgency(site.id(), "Adult Probation", "probation_parole");
    long outreach = sites.createAgency(site.id(), "Street Outreach", "community_organisation");
    assertThat(
            refusal(
                () ->
                    changes.open(
                        prosecutor,
                        aCase().of(defendant.id()).referredBy(outreach).in(city).input())))
        .startsWith("referringAgencyId:");
    changes.open(
        prosecutor,
        aCase().numbered("CR-X").of(defendant.id()).referredBy(probation).in(city).input());
    assertThat(
            refusal(
                () ->
                    changes.open(
                        prosecutor,
                        aCase()
                            .numbered("CR-X")
                            .of(defendant.id())
                            .referredBy(probation)
                            .in(city)
                            .input())))
        .isEqualTo("caseNumber: another case has this number");
    assertThat(cases.ofPerson(prosecutor, defendant.id())).hasSize(1);
  }

  @Test
  void listsPendingGunCasesByCityAndTheUpcomingCourtDatesOfOpenCases() {
    long hartford = places.createJurisdiction(site.id(), "Hartford", "CT", -72.68, 41.76, 121_000);
    ProsecutionCase newHaven = referred();
    ProsecutionCase inHartford =
        changes.open(
            prosecutor,
            aCase()
                .numbered("HF-26-1")
                .of(defendant.id())
                .referredBy(site.agencyId())
                .in(hartford)
                .input());
    ProsecutionCase declined =
        changes.open(
            prosecutor,
            aCase()
                .numbered("HF-26-2")
                .of(defendant.id())
                .referredBy(site.agencyId())
                .in(hartford)
                .input());
    declined =
        changes.transition(
            prosecutor,
            declined.id(),
            new TransitionInput("decline", "2026-01-06", "witness recanted", 0));
    java.time.LocalDate today = cases.today(site.id());
    changes.schedule(
        prosecutor,
        inHartford.id(),
        new EventInput(
            "trial",
            today.plusDays(10).toString(),
            "Hartford Superior Court",
            null,
            inHartford.version()));
    changes.schedule(
        prosecutor,
        newHaven.id(),
        new EventInput("hearing", today.plusDays(90).toString(), null, null, newHaven.version()));

    var pending = cases.pendingByCity(prosecutor, null);
    assertThat(pending.keySet()).containsExactly("Hartford", "New Haven");
    assertThat(pending.get("Hartford"))
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.caseNumber()).isEqualTo("HF-26-1");
              assertThat(c.nextCourtDate()).isEqualTo(today.plusDays(10));
              assertThat(c.defendant()).isEqualTo("Dre Lowell");
            });
    assertThat(cases.pendingByCity(prosecutor, hartford)).containsOnlyKeys("Hartford");
    assertThat(cases.calendar(prosecutor, 30))
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.caseNumber()).isEqualTo("HF-26-1");
              assertThat(d.kind()).isEqualTo("trial");
            });
    assertThat(cases.board(prosecutor, null).get(CaseStatus.DECLINED))
        .extracting(CaseSummary::caseNumber)
        .containsExactly("HF-26-2");
    assertThat(cases.board(prosecutor, null).get(CaseStatus.REFERRED)).hasSize(2);
  }
}
