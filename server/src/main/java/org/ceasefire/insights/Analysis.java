package org.ceasefire.insights;

import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import org.jspecify.annotations.Nullable;

/** One run of an analysis for one version of a site's data: running, done or failed. */
final class Analysis<T> implements AnalysisCache.Progress {

  /** What a caller learns when it asks: the result once done, else how far the job has come. */
  record Snapshot<T>(@Nullable T result, String stage, double fraction, Instant startedAt) {
    boolean done() {
      return result != null;
    }
  }

  private final Object version;
  private final Instant startedAt;
  private final CompletableFuture<T> result = new CompletableFuture<>();
  private volatile String stage = "waiting for an earlier analysis to finish";
  private volatile double fraction;

  Analysis(Object version, Instant startedAt) {
    this.version = version;
    this.startedAt = startedAt;
  }

  static <T> Analysis<T> completed(Object version, Instant at, T value) {
    Analysis<T> a = new Analysis<>(version, at);
    a.complete(value);
    return a;
  }

  @Override
  public void at(String stage, double fraction) {
    this.stage = stage;
    this.fraction = Math.max(0, Math.min(1, fraction));
  }

  void complete(T value) {
    at("done", 1);
    result.complete(value);
  }

  void fail(Throwable e) {
    result.completeExceptionally(e);
  }

  Object version() {
    return version;
  }

  CompletableFuture<T> result() {
    return result;
  }

  boolean isDone() {
    return result.isDone();
  }

  boolean failed() {
    return result.isCompletedExceptionally();
  }

  Snapshot<T> snapshot() {
    T value = result.isDone() && !failed() ? result.join() : null;
    return new Snapshot<>(value, stage, fraction, startedAt);
  }

  /** The job's own exception, so the caller answers with the problem the analysis raised. */
  static RuntimeException unwrap(@Nullable Throwable cause) {
    if (cause instanceof RuntimeException e) {
      return e;
    }
    if (cause instanceof Error e) {
      throw e;
    }
    return new IllegalStateException("the analysis failed", cause);
  }
}
