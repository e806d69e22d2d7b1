package org.ceasefire.imports;

/**
 * How far a running import is, shared between the thread running it and the pages asking; and the
 * flag that cancels it.
 */
final class ImportProgress {

  private volatile double fraction;
  private volatile String phase = "queued";
  private volatile long rows;
  private volatile boolean cancelled;

  void update(String phase, double fraction, long rows) {
    this.phase = phase;
    this.fraction = Math.max(0, Math.min(1, fraction));
    this.rows = rows;
  }

  double fraction() {
    return fraction;
  }

  String phase() {
    return phase;
  }

  long rows() {
    return rows;
  }

  void cancel() {
    cancelled = true;
  }

  boolean cancelled() {
    return cancelled;
  }
}
