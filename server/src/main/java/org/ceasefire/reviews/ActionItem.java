package org.ceasefire.reviews;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** Something a review decided: who does what by when; open until done or dropped. */
public record ActionItem(
    long id,
    long meetingId,
    LocalDate decidedOn,
    @Nullable Long incidentId,
    String description,
    String agency,
    String owner,
    LocalDate dueOn,
    String status,
    int version) {

  public boolean open() {
    return status.equals("open");
  }
}
