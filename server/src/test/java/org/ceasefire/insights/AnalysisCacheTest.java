package org.ceasefire.insights;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.ceasefire.access.Role;
import org.ceasefire.access.Sites;
import org.ceasefire.incidents.IncidentInput;
import org.ceasefire.incidents.Incidents;
import org.ceasefire.places.Places;
import org.ceasefire.places.PlacesTestData;
import org.ceasefire.platform.ValidationException;
import org.ceasefire.testing.CeasefireTest;
import org.ceasefire.testing.TestSites;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Analyses run as background jobs: progress while running, kept per version, refreshed. */
@CeasefireTest
class AnalysisCacheTest {

  @Autowired AnalysisCache cache;
  @Autowired Incidents incidents;
  @Autowired Sites sites;
  @Autowired Places places;
  TestSites.TestSite site;
  long city;

  @BeforeEach
  void newSite() {
    site = TestSites.create(sites);
    city = PlacesTestData.newHaven(places, site.id()).jurisdictionId();
  }

  @Test
  void aRunningAnalysisAnswersWithItsProgressUntilItIsDone() throws Exception {
    CountDownLatch release = new CountDownLatch(1);
    AtomicInteger runs = new AtomicInteger();
    AnalysisCache.Work<String> slow =
        new AnalysisCache.Work<>(
            "v1",
            s -> "v1",
            progress -> {
              runs.incrementAndGet();
              progress.at("counting", 0.4);
              awaitLatch(release);
              return "result";
            });

    await()
        .atMost(Duration.ofSeconds(30))
        .until(() -> cache.poll(site.id(), "slow", slow, Duration.ZERO).stage().equals("counting"));
    Analysis.Snapshot<String> running = cache.poll(site.id(), "slow", slow, Duration.ofMillis(10));
    assertThat(running.done()).isFalse();
    assertThat(running.fraction()).isEqualTo(0.4);

    release.countDown();
    Analysis.Snapshot<String> done = cache.poll(site.id(), "slow", slow, Duration.ofSeconds(30));
    assertThat(done.result()).isEqualTo("result");
    assertThat(cache.get(site.id(), "slow", slow)).isEqualTo("result");
    assertThat(runs).hasValue(1);
  }

  @Test
  void whenTheSitesIncidentsChangeTheResultIsRecomputedWithoutBeingAskedFor() {
    AtomicInteger runs = new AtomicInteger();
    AnalysisCache.Work<Long> count =
        AnalysisCache.onIncidents(
            incidents,
            site.id(),
            progress -> {
              runs.incrementAndGet();
              return incidents.count(site.id());
            });
    assertThat(cache.get(site.id(), "count", count)).isZero();
    cache.refresh();
    assertThat(runs).as("unchanged data: nothing recomputed").hasValue(1);

    incidents.create(
        site.user(Role.ANALYST),
        new IncidentInput(
            null,
            "shots_fired",
            LocalDate.now(incidents.zone(site.id())).minusDays(1) + "T21:00", // the site's day
            null,
            null,
            null,
            city,
            null,
            null,
            null));
    cache.refresh();
    await().atMost(Duration.ofSeconds(30)).until(() -> runs.get() == 2);

    AnalysisCache.Work<Long> asked =
        AnalysisCache.onIncidents(
            incidents,
            site.id(),
            progress -> {
              runs.incrementAndGet();
              return incidents.count(site.id());
            });
    assertThat(cache.get(site.id(), "count", asked)).isEqualTo(1);
    assertThat(runs).as("the refreshed result was ready").hasValue(2);
  }

  @Test
  void aFailedAnalysisReportsItsErrorAndRunsAgainWhenAskedAgain() {
    AtomicInteger runs = new AtomicInteger();
    AnalysisCache.Work<String> failing =
        new AnalysisCache.Work<>(
            "v",
            s -> "v",
            progress -> {
              if (runs.incrementAndGet() == 1) {
                throw ValidationException.of("types", "too many incidents", "all");
              }
              return "second time";
            });
    assertThatThrownBy(() -> cache.poll(site.id(), "failing", failing, Duration.ofSeconds(30)))
        .isInstanceOf(ValidationException.class)
        .hasMessageContaining("too many incidents");
    assertThat(cache.get(site.id(), "failing", failing)).isEqualTo("second time");
  }

  @Test
  void anAnalysisThatNeedsAnotherComputesItInPlaceInsteadOfWaitingForTheQueue() {
    AnalysisCache.Work<Integer> inner = new AnalysisCache.Work<>("v", s -> "v", progress -> 20);
    AnalysisCache.Work<Integer> outer =
        new AnalysisCache.Work<>(
            "v", s -> "v", progress -> cache.get(site.id(), "inner", inner) + 1);
    assertThat(cache.poll(site.id(), "outer", outer, Duration.ofSeconds(30)).result())
        .isEqualTo(21);
    assertThat(cache.get(site.id(), "inner", inner)).isEqualTo(20);
  }

  private static void awaitLatch(CountDownLatch latch) {
    try {
      if (!latch.await(60, TimeUnit.SECONDS)) {
        throw new IllegalStateException("never released");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
