package org.ceasefire.intelligence;

import java.time.Clock;
import java.time.LocalDate;
import org.ceasefire.platform.SiteScope;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Every night, moves entries past their review date and groups past their three-yearly re-audit out
 * of every list and into the purge queue. {@link #runOn(LocalDate)} lets tests pick the day.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class LifecycleJob {

  private static final Logger log = LoggerFactory.getLogger(LifecycleJob.class);

  private final PurgeQueue queue;
  private final SiteScope scope;
  private final Clock clock;
  private final boolean catchUp;

  LifecycleJob(
      PurgeQueue queue,
      SiteScope scope,
      Clock clock,
      @Value("${ceasefire.intelligence.catch-up:true}") boolean catchUp) {
    this.catchUp = catchUp;
    this.queue = queue;
    this.scope = scope;
    this.clock = clock;
  }

  @Scheduled(cron = "${ceasefire.intelligence.expiry-cron:0 15 2 * * *}")
  void run() {
    runOn(LocalDate.now(clock));
  }

  /** Catches up at start (a server down at the job's hour misses nothing), after the demo loads. */
  @EventListener(ApplicationReadyEvent.class)
  @Order(Ordered.LOWEST_PRECEDENCE)
  void catchUp() {
    if (catchUp) {
      run();
    }
  }

  /** Expires and queues what is due on {@code today}; answers how many records were queued. */
  int runOn(LocalDate today) {
    return runOn(today, null);
  }

  /** The same for one site (or every site when null): tests keep to their own site. */
  int runOn(LocalDate today, @Nullable Long siteId) {
    int queued =
        siteId == null
            ? scope.system(() -> queue.expire(today, null))
            : scope.call(siteId, () -> queue.expire(today, siteId));
    if (queued > 0) {
      log.info("Intelligence expiry on {}: {} records queued for purge", today, queued);
    }
    return queued;
  }
}
