package org.ceasefire.reviews;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A shooting whose victim may be avenged, with its bases: the victim's groups' rivals (null when
 * the viewer may not read intelligence), the place and the days of elevated near-repeat risk, and
 * the people within two steps of the victim in the co-offending network.
 */
public record RetaliationAlert(
    long incidentId,
    long victimId,
    String victim,
    @Nullable List<String> rivals,
    @Nullable String place,
    int radiusMeters,
    LocalDate watchUntil,
    List<String> peopleAtRisk) {

  public RetaliationAlert {
    rivals = rivals == null ? null : List.copyOf(rivals);
    peopleAtRisk = List.copyOf(peopleAtRisk);
  }
}
