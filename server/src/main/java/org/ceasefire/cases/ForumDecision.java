package org.ceasefire.cases;

import java.time.LocalDate;

/** Which forum takes the case, why, who recorded the decision and when it was made. */
public record ForumDecision(
    Forum forum, String reasons, long decidedById, String decidedBy, LocalDate decidedOn) {

  public ForumDecision {
    if (reasons.isBlank()) {
      throw new IllegalArgumentException("a forum decision states its reasons");
    }
  }
}
