package org.ceasefire.insights;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.ceasefire.access.Role;
import org.ceasefire.access.Sites;
import org.ceasefire.imports.Imports;
import org.ceasefire.incidents.IncidentPoint;
import org.ceasefire.incidents.Incidents;
import org.ceasefire.places.Places;
import org.ceasefire.places.PlacesTestData;
import org.ceasefire.testing.CeasefireTest;
import org.ceasefire.testing.TestSites;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

/** The hour × weekday heat map and the trends by city count the filtered incidents. */
@CeasefireTest
class RhythmsTest {

  @Autowired Rhythms rhythms;
  @Autowired Sites sites;
  @Autowired Places places;
  @Autowired Imports imports;
  @Autowired Incidents incidents;
  @TempDir Path dir;

  @Test
  void countsEachIncidentInItsWeekdayAndHourAndEachCitysWindows() throws Exception {
    TestSites.TestSite site = TestSites.create(sites);
    PlacesTestData.newHaven(places, site.id());
    LocalDate last = LocalDate.now().minusDays(2);
    int n = InsightsTestData.importShootings(imports, site.user(Role.ANALYST), dir, last);
    MapFilter filter = new MapFilter(MapFilter.SHOOTINGS, last.minusDays(365), last, null);
    ZoneId zone = incidents.zone(site.id());
    List<IncidentPoint> all =
        incidents.located(site.id(), MapFilter.SHOOTINGS, filter.start(zone), filter.end(zone));

    Rhythms.HeatMap heat = rhythms.heatMap(site.id(), filter);

    long at2100 = 0;
    long total = 0;
    for (int d = 0; d < 7; d++) {
      at2100 += heat.counts()[d][21];
      for (long c : heat.counts()[d]) {
        total += c;
      }
    }
    assertThat(total).isEqualTo(n);
    assertThat(at2100).as("every shooting was at 21:30").isEqualTo(n);
    long saturdays =
        all.stream()
            .filter(
                p -> p.occurredAt().atZoneSameInstant(zone).getDayOfWeek() == DayOfWeek.SATURDAY)
            .count();
    assertThat(heat.counts()[5][21]).isEqualTo(saturdays);
    assertThat(heat.shades()[5][21]).isBetween(saturdays == 0 ? 0 : 1, 5);

    Rhythms.CityTrend haven = rhythms.trends(site.id(), filter).get(0);
    long last28 =
        all.stream()
            .filter(p -> !p.occurredAt().toLocalDate().isBefore(last.minusDays(27)))
            .count();
    assertThat(haven.city()).isEqualTo("New Haven");
    assertThat(haven.last28()).isEqualTo(last28);
    assertThat(haven.sameDaysLastYear()).isZero();
    assertThat(haven.changeYear()).isNull();
  }
}
