package org.ceasefire.measures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import org.ceasefire.access.CeasefireUser;
import org.ceasefire.access.Role;
import org.ceasefire.groups.Groups;
import org.ceasefire.incidents.Incidents;
import org.ceasefire.outreach.Outreach;
import org.ceasefire.people.People;
import org.ceasefire.places.Places;
import org.ceasefire.testing.CeasefireTest;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Each measure against the counts made by hand on {@link MeasuresTestData}'s site. */
@CeasefireTest
class MeasuresTest {

  @Autowired org.springframework.context.ApplicationContext context;
  @Autowired Measures measures;
  @Autowired Places places;
  @Autowired People people;
  @Autowired Groups groups;
  @Autowired Incidents incidents;
  @Autowired Outreach outreach;
  @Autowired JdbcClient jdbc;
  MeasuresTestData data;
  CeasefireUser researcher;

  @BeforeEach
  void site() {
    data = new MeasuresTestData(MeasuresTestData.Parts.of(context));
    researcher = data.site.user(Role.RESEARCHER);
  }

  @Nullable Long count(CeasefireUser viewer, Measure m, @Nullable Long city, YearMonth month) {
    MonthlySeries s = measures.monthly(viewer, m, city, data.month.minusMonths(1), data.month);
    return s.months().stream()
        .filter(x -> x.month().equals(month))
        .findFirst()
        .orElseThrow()
        .count();
  }

  long count(Measure m, @Nullable Long city) {
    return count(researcher, m, city, data.month);
  }

  @Test
  void countsViolenceByCityAndForTheSite() {
    assertThat(count(Measure.HOMICIDES, data.newHaven)).isEqualTo(1);
    assertThat(count(Measure.HOMICIDES, data.hamden)).isEqualTo(1);
    assertThat(count(Measure.HOMICIDES, null)).isEqualTo(2);
    assertThat(count(Measure.NON_FATAL_SHOOTINGS, data.newHaven)).isEqualTo(2);
    assertThat(count(Measure.SHOOTINGS, data.newHaven)).isEqualTo(3);
    assertThat(count(Measure.SHOOTINGS, null)).isEqualTo(4);
    assertThat(count(Measure.SHOTS_FIRED, data.newHaven)).isEqualTo(1);
    assertThat(count(Measure.SHOTS_FIRED, data.hamden)).isZero();
    assertThat(
            count(
                researcher, Measure.NON_FATAL_SHOOTINGS, data.newHaven, data.month.minusMonths(1)))
        .isEqualTo(1);
  }

  @Test
  void groupInvolvementCountsOnlyApprovedCurrentEntriesOfVictimsAndSuspects() {
    // the homicide (victim Ana) and the shooting (victim Ben); not Eli's (pending) nor Fay's
    // (past review) incidents
    assertThat(count(Measure.GROUP_HOMICIDES, data.newHaven)).isEqualTo(1);
    assertThat(count(Measure.GROUP_SHOOTINGS, data.newHaven)).isEqualTo(2);
    assertThat(count(Measure.GROUP_HOMICIDES, data.hamden)).isZero();
    assertThat(count(Measure.GROUP_SHOOTINGS, null)).isEqualTo(2);
    assertThat(count(researcher, Measure.GROUP_SHOOTINGS, null, data.month.minusMonths(1)))
        .isEqualTo(1);
  }

  @Test
  void countsVictimsHitByAgeSexAndRace() {
    // New Haven: Ana (16, female, black), Ben (30, male, hispanic), Dee (unknown); Cal unhurt
    assertThat(count(Measure.VICTIMS, data.newHaven)).isEqualTo(3);
    assertThat(count(Measure.VICTIMS, null)).isEqualTo(4);
    assertThat(count(Measure.VICTIMS_UNDER_18, data.newHaven)).isEqualTo(1);
    assertThat(count(Measure.VICTIMS_18_24, data.newHaven)).isZero();
    assertThat(count(Measure.VICTIMS_25_34, data.newHaven)).isEqualTo(1);
    assertThat(count(Measure.VICTIMS_35_PLUS, data.newHaven)).isZero();
    assertThat(count(Measure.VICTIMS_35_PLUS, data.hamden)).isEqualTo(1);
    assertThat(count(Measure.VICTIMS_AGE_UNKNOWN, data.newHaven)).isEqualTo(1);
    assertThat(count(Measure.VICTIMS_FEMALE, data.newHaven)).isEqualTo(1);
    assertThat(count(Measure.VICTIMS_MALE, null)).isEqualTo(2);
    assertThat(count(Measure.VICTIMS_SEX_OTHER_OR_UNKNOWN, data.newHaven)).isEqualTo(1);
    assertThat(count(Measure.VICTIMS_BLACK, data.newHaven)).isEqualTo(1);
    assertThat(count(Measure.VICTIMS_HISPANIC, data.newHaven)).isEqualTo(1);
    assertThat(count(Measure.VICTIMS_WHITE, null)).isEqualTo(1);
    assertThat(count(Measure.VICTIMS_ASIAN, null)).isZero();
    assertThat(count(Measure.VICTIMS_OTHER_RACE, null)).isZero();
    assertThat(count(Measure.VICTIMS_RACE_UNKNOWN, data.newHaven)).isEqualTo(1);
  }

  @Test
  void countsFirearmsSeizedAndTheProgramsWork() {
    assertThat(count(Measure.FIREARMS_SEIZED, data.newHaven)).isEqualTo(2);
    assertThat(count(Measure.CALL_INS_HELD, data.newHaven)).isEqualTo(1);
    assertThat(count(Measure.CALL_INS_HELD, data.hamden)).isZero();
    // Ben attended; Cal's notification was delivered (Elm Street is of New Haven); Ana was absent,
    // Dee refused
    assertThat(count(Measure.PEOPLE_NOTIFIED, data.newHaven)).isEqualTo(2);
    assertThat(count(Measure.PEOPLE_NOTIFIED, null)).isEqualTo(2);
    assertThat(count(Measure.PEOPLE_FIRST_NOTIFIED, null)).isEqualTo(2);
    // Cal was a suspect the day after his notification
    assertThat(count(Measure.NOTIFIED_REOFFENDED, data.newHaven)).isEqualTo(1);
  }

  @Test
  void servicesAcceptedAreSmallCountsHiddenFromRolesThatMayNotReadOutreach() {
    CeasefireUser lead = data.site.user(Role.OUTREACH_SUPERVISOR);
    assertThat(count(lead, Measure.SERVICES_ACCEPTED, null, data.month)).isEqualTo(1);
    assertThat(count(data.worker, Measure.SERVICES_ACCEPTED, data.newHaven, data.month))
        .isEqualTo(1);
    for (Role role : new Role[] {Role.COORDINATOR, Role.INVESTIGATOR, Role.RESEARCHER}) {
      CeasefireUser u = data.site.user(role);
      assertThat(count(u, Measure.SERVICES_ACCEPTED, null, data.month)).as(role.name()).isNull();
      assertThat(count(u, Measure.SERVICES_ACCEPTED, data.newHaven, data.month)).isNull();
      // an empty month is no secret
      assertThat(count(u, Measure.SERVICES_ACCEPTED, null, data.month.minusMonths(1))).isZero();
    }
  }

  @Test
  void countsByAreaWithTheUnlocatedApart() {
    AreaCounts shootings =
        measures.byArea(researcher, Measure.SHOOTINGS, null, data.month, data.month);
    assertThat(shootings.areas())
        .extracting(AreaCounts.AreaCount::name, AreaCounts.AreaCount::count)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("Test Green", 2L),
            org.assertj.core.groups.Tuple.tuple("Hamden Plains", 1L));
    assertThat(shootings.unlocated()).isEqualTo(1);
    assertThat(shootings.total()).isEqualTo(4);
    var panel =
        measures.monthlyByArea(
            researcher, Measure.SHOOTINGS, data.newHaven, data.month.minusMonths(1), data.month);
    assertThat(panel).hasSize(1);
    assertThat(panel.get(0).counts()).containsExactly(1, 2);
  }

  @Test
  void countsOverDaysForTheComparisons() {
    LocalDate first = data.month.atDay(1);
    assertThat(
            measures.count(researcher, Measure.SHOOTINGS, data.newHaven, first, first.plusDays(11)))
        .isEqualTo(2);
    assertThat(
            measures.count(
                researcher, Measure.SHOOTINGS, null, first.minusDays(40), first.plusDays(40)))
        .isEqualTo(5);
  }

  @Test
  void reoffendingCurveHasTheRecidivistAtDayOneAndTheOtherCensoredToday() {
    Reoffending r =
        measures.reoffending(researcher, null, data.month.atDay(1), data.month.atEndOfMonth());
    assertThat(r.notified()).isEqualTo(2);
    assertThat(r.reoffended()).isEqualTo(1);
    assertThat(r.rate()).isEqualTo(0.5);
    assertThat(r.curve().get(0).day()).isEqualTo(1);
    assertThat(r.curve().get(0).atRisk()).isEqualTo(2);
    assertThat(r.curve().get(0).survival()).isCloseTo(0.5, within(1e-12));
    Reoffending.Step last = r.curve().get(r.curve().size() - 1);
    assertThat(last.day())
        .isEqualTo(
            (int) ChronoUnit.DAYS.between(data.month.atDay(8), measures.today(data.site.id())));
    assertThat(last.censored()).isEqualTo(1);
    assertThat(
            measures
                .reoffending(
                    researcher, data.hamden, data.month.atDay(1), data.month.atEndOfMonth())
                .notified())
        .isZero();
  }
}
