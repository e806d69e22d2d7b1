package org.ceasefire.incidents;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.ceasefire.platform.Validator;
import org.jspecify.annotations.Nullable;

/**
 * What a user submits to record or edit an incident. {@code occurredAt} is an ISO date-time, with
 * an offset or in the site's time zone.
 */
public record IncidentInput(
    @Nullable String reportNumber,
    @Nullable String type,
    @Nullable String occurredAt,
    @Nullable Double lon,
    @Nullable Double lat,
    @Nullable String address,
    @Nullable Long jurisdictionId,
    @Nullable Long areaId,
    @Nullable String narrative,
    @Nullable Integer version) {

  static final List<String> TYPES =
      List.of(
          "homicide",
          "non_fatal_shooting",
          "shots_fired",
          "firearm_seizure",
          "aggravated_assault",
          "robbery",
          "other");

  @Nullable OffsetDateTime validate(Validator v, ZoneId zone, OffsetDateTime now) {
    v.check(type != null && TYPES.contains(type), "type", "must be one of " + TYPES, type);
    v.check(jurisdictionId != null, "jurisdictionId", "is required", null);
    v.check((lon == null) == (lat == null), "lat", "give both longitude and latitude", lat);
    v.check(lon == null || (lon >= -180 && lon <= 180), "lon", "must be within -180..180", lon);
    v.check(lat == null || (lat >= -90 && lat <= 90), "lat", "must be within -90..90", lat);
    v.maxLength("reportNumber", reportNumber, 60);
    v.maxLength("address", address, 300);
    v.maxLength("narrative", narrative, 20000);
    v.require("occurredAt", occurredAt);
    if (occurredAt == null || occurredAt.isBlank()) {
      return null;
    }
    OffsetDateTime at = parse(occurredAt.trim(), zone);
    v.check(at != null, "occurredAt", "is not a date and time (YYYY-MM-DDTHH:MM)", occurredAt);
    v.check(
        at == null || !at.isAfter(now.plusMinutes(5)),
        "occurredAt",
        "must not be in the future",
        occurredAt);
    return at;
  }

  private static @Nullable OffsetDateTime parse(String text, ZoneId zone) {
    try {
      return OffsetDateTime.parse(text);
    } catch (DateTimeParseException e) {
      try {
        return LocalDateTime.parse(text).atZone(zone).toOffsetDateTime();
      } catch (DateTimeParseException e2) {
        return null;
      }
    }
  }

  static IncidentInput of(Incident i, ZoneId zone) {
    return new IncidentInput(
        i.reportNumber(),
        i.type(),
        i.occurredAt().atZoneSameInstant(zone).toLocalDateTime().toString(),
        i.lon(),
        i.lat(),
        i.address(),
        i.jurisdictionId(),
        i.areaId(),
        i.narrative(),
        i.version());
  }

  static IncidentInput empty() {
    return new IncidentInput(
        null, "non_fatal_shooting", null, null, null, null, null, null, null, null);
  }
}
