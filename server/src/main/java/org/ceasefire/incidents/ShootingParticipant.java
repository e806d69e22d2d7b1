package org.ceasefire.incidents;

import java.time.OffsetDateTime;

/** A victim or suspect of an incident, by person id only: the material of the group audit. */
public record ShootingParticipant(
    long incidentId, String type, OffsetDateTime occurredAt, long personId, String role) {
  public ShootingParticipant {
    if (!role.equals("victim") && !role.equals("suspect") && !role.equals("arrestee")) {
      throw new IllegalArgumentException("not a victim, suspect or arrestee: " + role);
    }
  }
}
