package org.ceasefire.measures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.YearMonth;
import org.ceasefire.access.Role;
import org.ceasefire.access.Sites;
import org.ceasefire.places.Places;
import org.ceasefire.places.PlacesTestData;
import org.ceasefire.platform.ValidationException;
import org.ceasefire.testing.CeasefireTest;
import org.ceasefire.testing.TestSites;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Every measure's definition runs on an empty site and counts nothing; bad units are refused. */
@CeasefireTest
class MeasuresSqlTest {

  @Autowired Measures measures;
  @Autowired Sites sites;
  @Autowired Places places;

  @Test
  void everyMeasureCountsZeroOnAnEmptySite() {
    TestSites.TestSite site = TestSites.create(sites);
    long city = PlacesTestData.newHaven(places, site.id()).jurisdictionId();
    YearMonth to = YearMonth.now();
    for (Measure m : Measure.values()) {
      for (Long unit : new Long[] {null, city}) {
        MonthlySeries s =
            measures.monthly(site.user(Role.RESEARCHER), m, unit, to.minusMonths(11), to);
        assertThat(s.months()).as(m.code()).hasSize(12);
        assertThat(s.total()).as(m.code()).isZero();
      }
      assertThat(measures.monthlyByCity(site.id(), m, to.minusMonths(2), to)).hasSize(2);
      if (m.byArea()) {
        assertThat(
                measures.byArea(site.user(Role.RESEARCHER), m, city, to.minusMonths(2), to).areas())
            .hasSize(1);
      }
    }
  }

  @Test
  void refusesAnotherSitesCityAndBackwardMonths() {
    TestSites.TestSite site = TestSites.create(sites);
    TestSites.TestSite other = TestSites.create(sites);
    long theirs = PlacesTestData.newHaven(places, other.id()).jurisdictionId();
    YearMonth now = YearMonth.now();
    assertThatThrownBy(
            () ->
                measures.monthly(
                    site.user(Role.ANALYST), Measure.HOMICIDES, theirs, now.minusMonths(1), now))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("jurisdiction");
    assertThatThrownBy(
            () ->
                measures.monthly(
                    site.user(Role.ANALYST), Measure.HOMICIDES, null, now, now.minusMonths(1)))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("to: is before from");
    assertThatThrownBy(
            () -> measures.byArea(site.user(Role.ANALYST), Measure.CALL_INS_HELD, null, now, now))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("measure: is not counted by area");
  }
}
