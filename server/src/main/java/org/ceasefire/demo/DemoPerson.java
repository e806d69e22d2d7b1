package org.ceasefire.demo;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A synthetic person (no real person): names come from name lists and syllables. */
record DemoPerson(
    int id,
    String firstName,
    @Nullable String middleName,
    String lastName,
    LocalDate dateOfBirth,
    String sex,
    String raceEthnicity,
    String stateId,
    String supervisionStatus,
    @Nullable LocalDate supervisionUntil,
    List<String> aliases) {

  DemoPerson {
    if (id < 1 || firstName.isBlank() || lastName.isBlank() || stateId.isBlank()) {
      throw new IllegalArgumentException("invalid person " + id);
    }
    if (supervisionStatus.equals("none") != (supervisionUntil == null)) {
      throw new IllegalArgumentException("supervision end date goes with a supervision status");
    }
    aliases = List.copyOf(aliases);
  }
}
