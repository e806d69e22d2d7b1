package org.ceasefire.cases;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A date in court: arraignment, hearing, plea hearing, trial, sentencing. */
public record CourtEvent(
    long id, String kind, LocalDate scheduledOn, @Nullable String court, @Nullable String note) {

  static final List<String> KINDS =
      List.of(
          "arraignment",
          "hearing",
          "plea_hearing",
          "trial",
          "sentencing",
          "status_conference",
          "other");

  public CourtEvent {
    if (!KINDS.contains(kind)) {
      throw new IllegalArgumentException("unknown court event: " + kind);
    }
  }
}
