package org.ceasefire.insights;

import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import java.util.function.LongFunction;
import org.ceasefire.platform.SiteScope;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The site's analyses, run as background jobs and kept per site while the data they read stays at
 * the same version. A request that finds no result for the current version starts the job and
 * either waits for it ({@link #get}) or, past a short wait, answers with its progress ({@link
 * #poll}). Every {@code refresh-interval} the results of sites whose data changed are recomputed in
 * the background, so the next reader finds them ready. Each site keeps its {@value #PER_SITE} most
 * recently used results.
 */
@Component
class AnalysisCache {

  static final int PER_SITE = 64;

  /** An analysis as its caller defines it: the version of its input, and how to compute it. */
  record Work<T>(Object version, LongFunction<Object> currentVersion, Function<Progress, T> run) {}

  /** Work on the site's incident data, recomputed when an incident or participant changes. */
  static <T> Work<T> onIncidents(
      org.ceasefire.incidents.Incidents incidents, long siteId, Function<Progress, T> run) {
    return new Work<>(incidents.dataVersion(siteId), incidents::dataVersion, run);
  }

  private final Map<Long, Map<String, Analysis<?>>> sites = new ConcurrentHashMap<>();
  private final Map<Long, Map<String, Work<?>>> recent = new ConcurrentHashMap<>();
  private final ExecutorService workers;
  private final SiteScope scope;
  private final Clock clock;
  private final ThreadLocal<Boolean> inWorker = ThreadLocal.withInitial(() -> false);

  AnalysisCache(
      SiteScope scope,
      Clock clock,
      @Value("${ceasefire.insights.analysis-threads:1}") int threads) {
    this.scope = scope;
    this.clock = clock;
    this.workers =
        Executors.newFixedThreadPool(
            Math.max(1, threads),
            r -> {
              Thread t = new Thread(r, "analysis");
              t.setDaemon(true);
              return t;
            });
  }

  /** The result for {@code key} at the work's version, waiting for the job if it runs. */
  <T> T get(long siteId, String key, Work<T> work) {
    if (inWorker.get()) { // a job asking for another result: compute it here, not in the queue
      Analysis<T> hit = current(siteId, key, work.version());
      if (hit != null && hit.isDone()) {
        return hit.result().join();
      }
      T value = run(siteId, work, Progress.NONE);
      remember(siteId, key, work);
      Map<String, Analysis<?>> results = results(siteId);
      synchronized (results) {
        results.put(key, Analysis.completed(work.version(), clock.instant(), value));
      }
      return value;
    }
    Analysis<T> analysis = start(siteId, key, work);
    try {
      return analysis.result().join();
    } catch (java.util.concurrent.CompletionException e) {
      forget(siteId, key, analysis);
      throw Analysis.unwrap(e.getCause());
    }
  }

  /**
   * The result if it is ready within {@code wait}, else the job's progress; a failed job's error is
   * thrown, and the next request starts it again.
   */
  <T> Analysis.Snapshot<T> poll(long siteId, String key, Work<T> work, Duration wait) {
    Analysis<T> analysis = start(siteId, key, work);
    try {
      analysis.result().get(wait.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      return analysis.snapshot();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return analysis.snapshot();
    } catch (java.util.concurrent.ExecutionException e) {
      forget(siteId, key, analysis);
      throw Analysis.unwrap(e.getCause());
    }
    return analysis.snapshot();
  }

  /** Recomputes, in the background, the recently used results of sites whose data changed. */
  @Scheduled(
      fixedDelayString = "${ceasefire.insights.refresh-interval:PT30S}",
      initialDelayString = "${ceasefire.insights.refresh-interval:PT30S}")
  void refresh() {
    for (var site : recent.entrySet()) {
      long siteId = site.getKey();
      List<Map.Entry<String, Work<?>>> works;
      synchronized (site.getValue()) {
        works = new ArrayList<>(site.getValue().entrySet());
      }
      for (var e : works) {
        Work<?> old = e.getValue();
        Object now = scope.call(siteId, () -> old.currentVersion().apply(siteId));
        if (!now.equals(old.version())) {
          start(siteId, e.getKey(), new Work<>(now, old.currentVersion(), old.run()));
        }
      }
    }
  }

  private <T> Analysis<T> start(long siteId, String key, Work<T> work) {
    Map<String, Analysis<?>> results = results(siteId);
    Analysis<T> fresh;
    synchronized (results) {
      Analysis<T> hit = current(siteId, key, work.version());
      if (hit != null) {
        return hit;
      }
      fresh = new Analysis<>(work.version(), clock.instant());
      results.put(key, fresh);
    }
    remember(siteId, key, work);
    workers.execute(
        () -> {
          inWorker.set(true);
          try {
            fresh.complete(run(siteId, work, fresh));
          } catch (RuntimeException | Error e) {
            fresh.fail(e);
          } finally {
            inWorker.set(false);
          }
        });
    return fresh;
  }

  /** The kept analysis of {@code key} at {@code version}, running or done, if not failed. */
  @SuppressWarnings("unchecked")
  private <T> @Nullable Analysis<T> current(long siteId, String key, Object version) {
    Map<String, Analysis<?>> results = results(siteId);
    synchronized (results) {
      Analysis<?> hit = results.get(key);
      return hit != null && hit.version().equals(version) && !hit.failed()
          ? (Analysis<T>) hit
          : null;
    }
  }

  private <T> T run(long siteId, Work<T> work, Progress progress) {
    return scope.call(siteId, () -> work.run().apply(progress));
  }

  private void remember(long siteId, String key, Work<?> work) {
    Map<String, Work<?>> works = recent.computeIfAbsent(siteId, id -> lru());
    synchronized (works) {
      works.put(key, work);
    }
  }

  private void forget(long siteId, String key, Analysis<?> analysis) {
    Map<String, Analysis<?>> results = results(siteId);
    synchronized (results) {
      results.remove(key, analysis);
    }
  }

  private Map<String, Analysis<?>> results(long siteId) {
    return sites.computeIfAbsent(siteId, id -> lru());
  }

  private static <V> Map<String, V> lru() {
    return new LinkedHashMap<>(16, 0.75f, true) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<String, V> eldest) {
        return size() > PER_SITE;
      }
    };
  }

  @PreDestroy
  void stop() throws InterruptedException {
    workers.shutdownNow();
    workers.awaitTermination(5, TimeUnit.SECONDS);
  }

  /** How far a job has come, told by the analysis as it runs. */
  interface Progress {
    Progress NONE = (stage, fraction) -> {};

    /** The analysis is at {@code stage}, {@code fraction} (0 to 1) of the way. */
    void at(String stage, double fraction);
  }

  /** For tests: the results kept for a site. */
  int size(long siteId) {
    Map<String, Analysis<?>> results = results(siteId);
    synchronized (results) {
      return results.size();
    }
  }

  static Duration defaultWait() {
    return Duration.ofMillis(800);
  }
}
