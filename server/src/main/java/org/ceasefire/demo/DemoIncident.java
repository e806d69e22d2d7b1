package org.ceasefire.demo;

import java.time.Instant;
import java.util.List;

/** A generated incident with its participants and recovered firearms; ids local to the tile. */
record DemoIncident(
    int id,
    String reportNumber,
    String type,
    Instant occurredAt,
    double lon,
    double lat,
    String address,
    int jurisdictionId,
    int areaId,
    String narrative,
    List<DemoParticipant> participants,
    List<DemoFirearm> firearms) {

  DemoIncident {
    if (id < 1 || jurisdictionId < 1 || areaId < 1) {
      throw new IllegalArgumentException("invalid incident " + id);
    }
    long distinct =
        participants.stream().map(p -> p.personId() + "/" + p.role()).distinct().count();
    if (distinct != participants.size()) {
      throw new IllegalArgumentException("incident " + id + " lists a person twice in one role");
    }
    participants = List.copyOf(participants);
    firearms = List.copyOf(firearms);
  }

  boolean shooting() {
    return type.equals("homicide") || type.equals("non_fatal_shooting");
  }
}
