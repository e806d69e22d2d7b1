package org.ceasefire.incidents;

import org.ceasefire.platform.SiteScope;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps the change rows behind {@link DataVersion} few: every hour, rows an hour old go, all but
 * the newest of each site. Removing rows changes the version too, so cached analyses are recomputed
 * once after a removal; that is the price of a version that costs a few rows to read.
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
}
