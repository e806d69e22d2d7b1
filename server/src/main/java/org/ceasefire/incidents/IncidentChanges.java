package org.ceasefire.incidents;

import org.ceasefire.platform.SiteScope;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps the rows that incident writes leave behind few. The change rows behind {@link DataVersion}:
 * every hour, rows an hour old go, all but the newest of each site. Removing rows changes the
 * version too, so cached analyses are recomputed once after a removal; that is the price of a
 * version that costs a few rows to read. The day counts' rows of changes (V119): summed into one
 * per day every five minutes.
 */
@Component
class IncidentChanges {

  private final IncidentWrites writes;
  private final SiteScope scope;

  IncidentChanges(IncidentWrites writes, SiteScope scope) {
    this.writes = writes;
    this.scope = scope;
  }

  @Scheduled(
      fixedDelayString = "${ceasefire.incidents.change-prune-interval:1h}",
      initialDelayString = "${ceasefire.incidents.change-prune-interval:1h}")
  void prune() {
    scope.system(writes::pruneChanges);
  }

  /** Sums the day counts' rows of changes (V119) into one per day, every few minutes. */
  @Scheduled(
      fixedDelayString = "${ceasefire.incidents.day-count-interval:5m}",
      initialDelayString = "${ceasefire.incidents.day-count-interval:5m}")
  void compactDayCounts() {
    scope.system(writes::compactDayCounts);
  }
}
