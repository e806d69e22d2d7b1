package org.ceasefire.cases;

import java.time.LocalDate;
import java.util.List;

/** The sentence: months in custody and months of supervision (probation, supervised release). */
public record Sentence(
    LocalDate sentencedOn, int custodyMonths, int supervisionMonths, String supervisionKind) {

  static final List<String> SUPERVISION_KINDS =
      List.of("none", "probation", "supervised_release", "parole");

  public Sentence {
    if (custodyMonths < 0 || supervisionMonths < 0) {
      throw new IllegalArgumentException("months are never negative");
    }
    if (!SUPERVISION_KINDS.contains(supervisionKind)) {
      throw new IllegalArgumentException("unknown supervision: " + supervisionKind);
    }
  }
}
