package org.ceasefire.incidents;

import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

/**
 * What a site's incident data looks like at a moment, for caches of analyses: any insert, edit or
 * deletion of an incident or participant changes it.
 */
public record DataVersion(
    long incidents, long maxIncidentId, @Nullable OffsetDateTime lastChange, long participants) {
  public DataVersion {
    if (incidents < 0 || participants < 0) {
      throw new IllegalArgumentException("counts cannot be negative");
    }
  }
}
