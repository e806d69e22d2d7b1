package org.ceasefire.insights;

import java.time.Clock;
import java.time.LocalDate;
import org.ceasefire.access.CeasefireUser;
import org.ceasefire.incidents.Incidents;
import org.ceasefire.places.Places;
import org.ceasefire.platform.ValidationException;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** Reads a request's map filter for the signed-in user's site: today in its zone, its cities. */
@Component
class MapFilters {

  private final Incidents incidents;
  private final Places places;
  private final Clock clock;

  MapFilters(Incidents incidents, Places places, Clock clock) {
    this.incidents = incidents;
    this.places = places;
    this.clock = clock;
  }

  MapFilter read(
      CeasefireUser me,
      @Nullable String types,
      @Nullable String from,
      @Nullable String to,
      @Nullable String city) {
    LocalDate today = LocalDate.now(clock.withZone(incidents.zone(me.siteId())));
    MapFilter filter = MapFilter.of(types, from, to, city, today);
    if (filter.city() != null && places.jurisdiction(me.siteId(), filter.city()).isEmpty()) {
      throw ValidationException.of("city", "is not one of the site's cities", city);
    }
    return filter;
  }

  /** The filter as a query string for the page's own API calls. */
  static String query(MapFilter filter) {
    return "types="
        + String.join(",", filter.types())
        + "&from="
        + filter.from()
        + "&to="
        + filter.to()
        + (filter.city() == null ? "" : "&city=" + filter.city());
  }
}
