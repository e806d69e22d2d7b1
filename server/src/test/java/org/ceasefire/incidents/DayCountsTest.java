package org.ceasefire.incidents;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.ceasefire.access.CeasefireUser;
import org.ceasefire.access.Role;
import org.ceasefire.access.Sites;
import org.ceasefire.places.Places;
import org.ceasefire.places.PlacesTestData;
import org.ceasefire.platform.SiteScope;
import org.ceasefire.testing.CeasefireTest;
import org.ceasefire.testing.TestSites;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Counts by type (V119) sum whole UTC days from the day counts and count the part days at the ends
 * from the incidents: they must equal a plain count of the incidents for any period, after
 * incidents are recorded, edited, removed, and after the day counts are summed up.
 */
@CeasefireTest
class DayCountsTest {

  private static final List<String> TYPES =
      List.of("shots_fired", "non_fatal_shooting", "homicide");
  private static final OffsetDateTime START = OffsetDateTime.parse("2026-03-05T00:00:00Z");

  @Autowired Incidents incidents;
  @Autowired IncidentWrites writes;
  @Autowired Sites sites;
  @Autowired Places places;
  @Autowired SiteScope scope;
  @Autowired JdbcClient jdbc;
  TestSites.TestSite site;
  PlacesTestData.City city;
  CeasefireUser investigator;
  ZoneId zone;

  @BeforeEach
  void newSite() {
    site = TestSites.create(sites);
    city = PlacesTestData.newHaven(places, site.id());
    investigator = site.user(Role.INVESTIGATOR);
    zone = incidents.zone(site.id());
  }

  private Incident record(String type, OffsetDateTime at) {
    return incidents.create(investigator, input(type, at, null));
  }

  private IncidentInput input(String type, OffsetDateTime at, Integer version) {
    String local =
        at.atZoneSameInstant(zone)
            .toLocalDateTime()
            .format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm"));
    return new IncidentInput(
        null, type, local, null, null, "1 Elm St", city.jurisdictionId(), null, null, version);
  }

  /** The count the day counts must agree with: every incident of the period, one by one. */
  private Map<String, Long> plainCount(OffsetDateTime from, OffsetDateTime to) {
    Map<String, Long> counts = new TreeMap<>();
    scope.system(
        () -> {
          jdbc.sql(
                  "select type, count(*) as n from incident where site_id = :site"
                      + " and occurred_at >= :from and occurred_at < :to group by type")
              .param("site", site.id())
              .param("from", from)
              .param("to", to)
              .query(
                  (java.sql.ResultSet rs) -> {
                    counts.put(rs.getString(1), rs.getLong(2));
                  });
          return null;
        });
    return counts;
  }

  private void assertCountsAgreeOn(List<OffsetDateTime[]> periods) {
    for (OffsetDateTime[] p : periods) {
      assertThat(writes.countsByType(site.id(), p[0], p[1], TYPES))
          .as("incidents from %s to %s", p[0], p[1])
          .isEqualTo(plainCount(p[0], p[1]));
    }
  }

  /** Random periods over the ten days, on the minute, and local and UTC midnights among them. */
  private List<OffsetDateTime[]> periods(Random random) {
    List<OffsetDateTime[]> periods = new ArrayList<>();
    for (int k = 0; k < 150; k++) {
      OffsetDateTime a = START.minusDays(1).plusMinutes(random.nextInt(12 * 24 * 60));
      OffsetDateTime b = a.plusMinutes(random.nextInt(random.nextBoolean() ? 600 : 9 * 24 * 60));
      periods.add(new OffsetDateTime[] {a, b});
    }
    for (int d = 0; d < 8; d++) {
      OffsetDateTime utc = START.plusDays(d);
      OffsetDateTime local =
          LocalDateTime.of(START.toLocalDate().plusDays(d), java.time.LocalTime.MIDNIGHT)
              .atZone(zone)
              .toOffsetDateTime();
      periods.add(new OffsetDateTime[] {utc, utc.plusDays(1 + d % 3)});
      periods.add(new OffsetDateTime[] {local, local.plusDays(2)});
      periods.add(new OffsetDateTime[] {local, utc.plusDays(3)});
      periods.add(new OffsetDateTime[] {utc, utc});
    }
    return periods;
  }

  @Test
  void agreeWithAPlainCountForAnyPeriodThroughEditsRemovalsAndSumming() {
    Random random = new Random(119);
    List<Incident> made = new ArrayList<>();
    for (int k = 0; k < 60; k++) {
      OffsetDateTime at = START.plusMinutes(random.nextInt(10 * 24 * 60));
      made.add(record(TYPES.get(random.nextInt(TYPES.size())), at));
    }
    // some exactly on UTC midnight, and one a minute before
    made.add(record("homicide", START.plusDays(3)));
    made.add(record("homicide", START.plusDays(3).minusMinutes(1)));
    assertCountsAgreeOn(periods(random));

    // edits move incidents to another day and another type
    for (Incident i : made.subList(0, 10)) {
      incidents.update(
          investigator,
          i.id(),
          input(
              TYPES.get(random.nextInt(TYPES.size())),
              i.occurredAt().plusHours(random.nextInt(72) - 36),
              incidents.get(site.id(), i.id()).version()));
    }
    scope.system(
        () ->
            jdbc.sql("delete from incident where site_id = :site and id = any(:ids)")
                .param("site", site.id())
                .param("ids", made.subList(10, 15).stream().map(Incident::id).toArray(Long[]::new))
                .update());
    assertCountsAgreeOn(periods(random));
    assertThat(rows()).isGreaterThan(days());

    assertThat(scope.system(writes::compactDayCounts)).isPositive();
    assertThat(rows()).isEqualTo(days());
    assertCountsAgreeOn(periods(random));
    assertThat(scope.system(writes::compactDayCounts)).isZero();
  }

  /** The site's rows of day counts. */
  private long rows() {
    return scope.system(
        () ->
            jdbc.sql("select count(*) from incident_day_count where site_id = :site")
                .param("site", site.id())
                .query(Long.class)
                .single());
  }

  /** The site's days and types that have incidents. */
  private long days() {
    return scope.system(
        () ->
            jdbc.sql(
                    "select count(distinct (type, (occurred_at at time zone 'UTC')::date))"
                        + " from incident where site_id = :site")
                .param("site", site.id())
                .query(Long.class)
                .single());
  }

  @Test
  void aPeriodWithinOneDayOrOnItsMidnightsCountsExactly() {
    OffsetDateTime midnight = START.plusDays(2).withOffsetSameInstant(ZoneOffset.UTC);
    record("shots_fired", midnight);
    record("shots_fired", midnight.minusNanos(0).minusSeconds(60));
    record("shots_fired", midnight.plusDays(1));
    assertThat(writes.countsByType(site.id(), midnight, midnight.plusDays(1), TYPES))
        .isEqualTo(Map.of("shots_fired", 1L));
    assertThat(writes.countsByType(site.id(), midnight.minusHours(1), midnight, TYPES))
        .isEqualTo(Map.of("shots_fired", 1L));
    assertThat(writes.countsByType(site.id(), midnight, midnight.plusDays(1).plusMinutes(1), TYPES))
        .isEqualTo(Map.of("shots_fired", 2L));
    assertThat(
            writes.countsByType(site.id(), midnight.plusMinutes(1), midnight.plusHours(5), TYPES))
        .isEmpty();
  }
}
