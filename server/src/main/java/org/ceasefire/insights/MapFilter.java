package org.ceasefire.insights;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import org.ceasefire.platform.Validator;
import org.jspecify.annotations.Nullable;

/**
 * Which incidents an analysis takes: their types, the days from {@code from} to {@code to}, both
 * included, in the site's time zone, and the city ({@code null}: all of the site's cities).
 */
record MapFilter(List<String> types, LocalDate from, LocalDate to, @Nullable Long city) {

  static final List<String> TYPES =
      List.of(
          "homicide",
          "non_fatal_shooting",
          "shots_fired",
          "firearm_seizure",
          "aggravated_assault",
          "robbery",
          "other");
  static final List<String> SHOOTINGS = List.of("homicide", "non_fatal_shooting");

  MapFilter {
    types = List.copyOf(types);
    if (types.isEmpty() || !TYPES.containsAll(types) || to.isBefore(from)) {
      throw new IllegalArgumentException("a filter needs known types and from <= to");
    }
  }

  /**
   * Reads the request's parameters: types comma-separated (default shootings and homicides), dates
   * ISO (default the last 365 days up to today). Refuses bad ones naming the parameter.
   */
  static MapFilter of(
      @Nullable String types, @Nullable String from, @Nullable String to, LocalDate today) {
    return of(types, from, to, null, today);
  }

  /** As {@link #of(String, String, String, LocalDate)}, with a city id (checked by the caller). */
  static MapFilter of(
      @Nullable String types,
      @Nullable String from,
      @Nullable String to,
      @Nullable String city,
      LocalDate today) {
    Validator v = new Validator();
    List<String> t =
        types == null || types.isBlank()
            ? SHOOTINGS
            : Arrays.stream(types.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    v.check(!t.isEmpty() && TYPES.containsAll(t), "types", "must be some of " + TYPES, types);
    LocalDate end = date(v, "to", to, today);
    LocalDate start = date(v, "from", from, end.minusDays(364));
    v.check(!end.isBefore(start), "to", "must not be before from", to);
    v.check(!start.isBefore(end.minusYears(10)), "from", "at most ten years before 'to'", from);
    Long cityId = null;
    if (city != null && !city.isBlank()) {
      try {
        cityId = Long.parseLong(city.trim());
      } catch (NumberFormatException e) {
        v.check(false, "city", "must be the id of one of the site's cities", city);
      }
    }
    v.throwIfInvalid();
    return new MapFilter(t, start, end, cityId);
  }

  private static LocalDate date(
      Validator v, String field, @Nullable String text, LocalDate fallback) {
    if (text == null || text.isBlank()) {
      return fallback;
    }
    try {
      return LocalDate.parse(text.trim());
    } catch (DateTimeParseException e) {
      v.check(false, field, "must be a date like 2026-05-31", text);
      return fallback;
    }
  }

  OffsetDateTime start(ZoneId zone) {
    return from.atStartOfDay(zone).toOffsetDateTime();
  }

  /** The end, exclusive: the start of the day after {@code to}. */
  OffsetDateTime end(ZoneId zone) {
    return to.plusDays(1).atStartOfDay(zone).toOffsetDateTime();
  }

  String key() {
    return String.join(",", types) + "|" + from + "|" + to + "|" + (city == null ? "all" : city);
  }
}
