package org.ceasefire.demo;

import java.util.LinkedHashMap;
import java.util.Map;

/** Rows written per table, for the load log line and tests. */
final class DemoLoadCounts {

  private final Map<String, Long> rows = new LinkedHashMap<>();

  void add(String table, long count) {
    rows.merge(table, count, Long::sum);
  }

  long rows(String table) {
    return rows.getOrDefault(table, 0L);
  }

  Map<String, Long> all() {
    return Map.copyOf(rows);
  }

  @Override
  public String toString() {
    return rows.toString();
  }
}
