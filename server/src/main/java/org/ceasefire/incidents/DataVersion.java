package org.ceasefire.incidents;

/**
 * What a site's incident data looks like at a moment, for caches of analyses: any committed insert,
 * edit or deletion of an incident or participant changes it (V113: the number and the sum of the
 * ids of the site's change rows).
 */
public record DataVersion(long changes, long idSum) {
  public DataVersion {
    if (changes < 0) {
      throw new IllegalArgumentException("a count cannot be negative");
    }
  }
}
