package org.ceasefire.incidents;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** An incident (homicide, shooting, firearm seizure, ...) with its participants and firearms. */
public record Incident(
    long id,
    @Nullable String reportNumber,
    String type,
    OffsetDateTime occurredAt,
    @Nullable Double lon,
    @Nullable Double lat,
    @Nullable String address,
    long jurisdictionId,
    String jurisdictionName,
    @Nullable Long areaId,
    @Nullable String areaName,
    @Nullable String narrative,
    List<Participant> participants,
    List<Firearm> firearms,
    int version) {

  public Incident {
    participants = List.copyOf(participants);
    firearms = List.copyOf(firearms);
  }

  Map<String, @Nullable Object> fields() {
    Map<String, @Nullable Object> m = new LinkedHashMap<>();
    m.put("reportNumber", reportNumber);
    m.put("type", type);
    m.put("occurredAt", occurredAt);
    m.put("lon", lon);
    m.put("lat", lat);
    m.put("address", address);
    m.put("jurisdictionId", jurisdictionId);
    m.put("areaId", areaId);
    m.put("narrative", narrative);
    return m;
  }

  /** A person in an incident, as victim, suspect, arrestee or witness. */
  public record Participant(
      long id, long personId, String personName, String role, @Nullable String injury) {}

  /** A firearm recovered in an incident. */
  public record Firearm(
      long id,
      String kind,
      @Nullable String make,
      @Nullable String model,
      @Nullable String calibre,
      @Nullable String serialNumber) {}
}
