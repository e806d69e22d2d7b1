package org.ceasefire.cases;

import org.jspecify.annotations.Nullable;

/**
 * What a prosecutor submits for each step of a case. Every step names the case {@code version} it
 * was made on: a stale one is refused (409). Dates are ISO dates; a blank effective date means
 * today.
 */
public final class CaseSteps {

  private CaseSteps() {}

  /**
   * A move in the pipeline: screen, charge, await_plea_or_trial, dispose, close, decline, reopen.
   */
  public record TransitionInput(
      @Nullable String action,
      @Nullable String on,
      @Nullable String reason,
      @Nullable Integer version) {}

  /** The forum decision of state and federal prosecutors. */
  public record ForumInput(
      @Nullable String forum,
      @Nullable String reasons,
      @Nullable String decidedOn,
      @Nullable Integer version) {}

  /** The U.S. Attorney's office adopted the case. */
  public record AdoptionInput(@Nullable String adoptedOn, @Nullable Integer version) {}

  /** A charge filed. */
  public record ChargeInput(
      @Nullable String forum,
      @Nullable String statuteCode,
      @Nullable String statuteText,
      @Nullable Integer counts,
      @Nullable String chargeClass,
      @Nullable String filedOn,
      @Nullable Integer version) {}

  /** How one charge ended: plea, verdict, dismissal or nolle. */
  public record DispositionInput(
      @Nullable String disposition, @Nullable String disposedOn, @Nullable Integer version) {}

  /** A court date. */
  public record EventInput(
      @Nullable String kind,
      @Nullable String scheduledOn,
      @Nullable String court,
      @Nullable String note,
      @Nullable Integer version) {}

  /** The sentence, which moves a disposed case with a conviction to sentenced. */
  public record SentenceInput(
      @Nullable String sentencedOn,
      @Nullable Integer custodyMonths,
      @Nullable Integer supervisionMonths,
      @Nullable String supervisionKind,
      @Nullable Integer version) {}
}
