package org.ceasefire.incidents;

import java.time.OffsetDateTime;

/** A victim, suspect or arrestee of an incident, by person id only: the material of networks. */
public record Involvement(
    long incidentId, String type, OffsetDateTime occurredAt, long personId, String role) {
  public Involvement {
    if (!role.equals("victim") && !role.equals("suspect") && !role.equals("arrestee")) {
      throw new IllegalArgumentException("not a victim, suspect or arrestee: " + role);
    }
  }
}
