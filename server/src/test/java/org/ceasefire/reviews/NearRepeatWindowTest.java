package org.ceasefire.reviews;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ceasefire.imports.ImportTestData.source;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.ceasefire.access.Role;
import org.ceasefire.access.Sites;
import org.ceasefire.imports.Imports;
import org.ceasefire.places.Places;
import org.ceasefire.places.PlacesTestData;
import org.ceasefire.testing.CeasefireTest;
import org.ceasefire.testing.TestSites;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The retaliation window comes from the site's own shootings, or a stated default. */
@CeasefireTest
class NearRepeatWindowTest {

  @Autowired Reviews reviews;
  @Autowired NearRepeatWindows windows;
  @Autowired Imports imports;
  @Autowired Sites sites;
  @Autowired Places places;
  @Autowired JdbcClient jdbc;
  @TempDir Path dir;
  TestSites.TestSite site;

  @BeforeEach
  void newSite() {
    site = TestSites.create(sites);
    PlacesTestData.newHaven(places, site.id());
  }

  /**
   * 40 places far apart, each with three shootings within 30 m over five days, the places' dates
   * spread over two and a half years: shootings repeat within 100 m and 7 days, and nowhere else.
   */
  void importClusteredShootings() throws Exception {
    SplittableRandom random = new SplittableRandom(7);
    StringBuilder csv = new StringBuilder("source_id,type,occurred_at,city,lon,lat");
    LocalDate start = LocalDate.now().minusYears(3).plusMonths(3);
    for (int c = 0; c < 40; c++) {
      double lon = -73.05 + random.nextDouble() * 0.25;
      double lat = 41.20 + random.nextDouble() * 0.20;
      LocalDate day = start.plusDays(random.nextInt(900));
      int[] offsets = {0, 2, 5};
      for (int k = 0; k < 3; k++) {
        csv.append(
            String.format(
                Locale.ROOT,
                "%nS-%d-%d,non_fatal_shooting,%sT21:00,New Haven,%.6f,%.6f",
                c,
                k,
                day.plusDays(offsets[k]),
                lon + (k - 1) * 0.0002,
                lat + (k - 1) * 0.0001));
      }
    }
    Path file = Files.writeString(dir.resolve("shootings.csv"), csv, StandardCharsets.UTF_8);
    var run =
        imports.run(site.user(Role.ANALYST), "incidents", source(file, "t-rms", null), p -> {});
    assertThat(run.inserted()).isEqualTo(120);
    windows.forget(site.id());
  }

  @Test
  void aSiteWithFewShootingsGetsTheStatedDefault() {
    NearRepeatWindow w = reviews.nearRepeatWindow(site.id());

    assertThat(w.estimated()).isFalse();
    assertThat(List.of(w.meters(), w.days())).containsExactly(400, 14);
    assertThat(w.basis()).contains("too few");
  }

  @Test
  void aSiteWithRepeatingShootingsGetsItsOwnWindow() throws Exception {
    importClusteredShootings();

    NearRepeatWindow w = reviews.nearRepeatWindow(site.id());

    assertThat(w.estimated()).isTrue();
    assertThat(List.of(w.meters(), w.days())).containsExactly(100, 7);
    assertThat(w.basis()).contains("120 located shootings").contains("times as frequent");
  }

  @Test
  void aStoredWindowServesAtOnceAndAStaleOneIsRenewedInTheBackground() throws Exception {
    importClusteredShootings();
    NearRepeatWindow first = reviews.nearRepeatWindow(site.id());
    assertThat(first.estimated()).isTrue();
    // as a restart finds it: stored, so served without estimating again
    jdbc.sql("update near_repeat_window set basis = 'kept' where site_id = :site")
        .param("site", site.id())
        .update();
    assertThat(reviews.nearRepeatWindow(site.id()).basis()).isEqualTo("kept");
    // yesterday's: served as it is, while today's is estimated in the background
    jdbc.sql(
            "update near_repeat_window set computed_on = computed_on - 1, basis = 'yesterday'"
                + " where site_id = :site")
        .param("site", site.id())
        .update();
    assertThat(reviews.nearRepeatWindow(site.id()).basis()).isEqualTo("yesterday");
    long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(60);
    while (reviews.nearRepeatWindow(site.id()).basis().equals("yesterday")
        && System.nanoTime() < deadline) {
      Thread.sleep(100);
    }
    assertThat(reviews.nearRepeatWindow(site.id())).isEqualTo(first);
  }
}
