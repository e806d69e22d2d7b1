package org.ceasefire.imports;

/** What an import did with the rows it read. Rejected rows are counted by the problems. */
public record ImportCounts(long read, long inserted, long updated, long unchanged) {
  public ImportCounts {
    if (read < 0 || inserted < 0 || updated < 0 || unchanged < 0) {
      throw new IllegalArgumentException("counts are never negative");
    }
  }
}
