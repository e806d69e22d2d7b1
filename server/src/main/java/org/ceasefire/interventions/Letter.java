package org.ceasefire.interventions;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The letter handed over in a custom notification: to the person, about their group, the
 * consequences drawn from their own records (only those the viewer may read), and the offer of
 * help.
 */
public record Letter(
    long notificationId,
    String personName,
    @Nullable String groupName,
    LocalDate visitOn,
    List<String> consequences,
    boolean offerOfHelp) {

  public Letter {
    consequences = List.copyOf(consequences);
  }
}
