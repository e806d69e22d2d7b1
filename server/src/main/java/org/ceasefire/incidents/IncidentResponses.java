package org.ceasefire.incidents;

import java.time.OffsetDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** What the API shows of incidents (the INVESTIGATIVE compartment). */
final class IncidentResponses {

  record IncidentResponse(
      long id,
      @Nullable String reportNumber,
      String type,
      OffsetDateTime occurredAt,
      @Nullable Double lon,
      @Nullable Double lat,
      @Nullable String address,
      long jurisdictionId,
      String jurisdiction,
      @Nullable Long areaId,
      @Nullable String area,
      @Nullable String narrative,
      List<ParticipantResponse> participants,
      List<FirearmResponse> firearms,
      int version) {
    static IncidentResponse from(Incident i) {
      return new IncidentResponse(
          i.id(),
          i.reportNumber(),
          i.type(),
          i.occurredAt(),
          i.lon(),
          i.lat(),
          i.address(),
          i.jurisdictionId(),
          i.jurisdictionName(),
          i.areaId(),
          i.areaName(),
          i.narrative(),
          i.participants().stream().map(ParticipantResponse::from).toList(),
          i.firearms().stream().map(FirearmResponse::from).toList(),
          i.version());
    }
  }

  record ParticipantResponse(
      long id, long personId, String name, String role, @Nullable String injury) {
    static ParticipantResponse from(Incident.Participant p) {
      return new ParticipantResponse(p.id(), p.personId(), p.personName(), p.role(), p.injury());
    }
  }

  record FirearmResponse(
      long id,
      String kind,
      @Nullable String make,
      @Nullable String model,
      @Nullable String calibre,
      @Nullable String serialNumber) {
    static FirearmResponse from(Incident.Firearm f) {
      return new FirearmResponse(
          f.id(), f.kind(), f.make(), f.model(), f.calibre(), f.serialNumber());
    }
  }

  private IncidentResponses() {}
}
