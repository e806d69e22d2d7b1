package org.ceasefire.places;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.ceasefire.access.CeasefireUser;
import org.ceasefire.access.Compartment;
import org.ceasefire.access.Guarded;
import org.ceasefire.platform.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The site's cities and areas over HTTP (area level: aggregate, readable by every role). */
@RestController
@Tag(name = "Places", description = "Cities and areas of the partnership")
class PlacesApi {

  private final Places places;

  PlacesApi(Places places) {
    this.places = places;
  }

  @GetMapping("/api/jurisdictions")
  @Guarded(Compartment.AGGREGATE)
  @Operation(summary = "The partnership's cities")
  List<Jurisdiction> jurisdictions(@AuthenticationPrincipal CeasefireUser me) {
    return places.jurisdictions(me.siteId());
  }

  /** An area of a city, by name only: what a form offers to choose from. */
  record AreaChoice(long id, String name, String kind) {
    static AreaChoice from(AreaName a) {
      return new AreaChoice(a.id(), a.name(), a.kind());
    }
  }

  @GetMapping("/api/jurisdictions/{id}/areas")
  @Guarded(Compartment.AGGREGATE)
  @Operation(summary = "The names of a city's areas, by name (no boundaries)")
  List<AreaChoice> areasOf(@AuthenticationPrincipal CeasefireUser me, @PathVariable long id) {
    if (places.jurisdiction(me.siteId(), id).isEmpty()) {
      throw new NotFoundException("city", id);
    }
    return places.areaNames(me.siteId(), id).stream().map(AreaChoice::from).toList();
  }

  @GetMapping(value = "/api/areas", produces = "application/geo+json")
  @Guarded(Compartment.AGGREGATE)
  @Operation(summary = "Areas as a GeoJSON FeatureCollection")
  String areas(
      @AuthenticationPrincipal CeasefireUser me,
      @RequestParam(required = false) @Nullable Long jurisdiction) {
    StringBuilder json = new StringBuilder("{\"type\":\"FeatureCollection\",\"features\":[");
    List<Area> areas = places.areas(me.siteId(), jurisdiction);
    for (int i = 0; i < areas.size(); i++) {
      Area a = areas.get(i);
      if (i > 0) {
        json.append(',');
      }
      json.append("{\"type\":\"Feature\",\"id\":")
          .append(a.id())
          .append(",\"properties\":{\"name\":")
          .append(quote(a.name()))
          .append(",\"kind\":")
          .append(quote(a.kind()))
          .append(",\"jurisdictionId\":")
          .append(a.jurisdictionId())
          .append("},\"geometry\":")
          .append(a.geometry())
          .append('}');
    }
    return json.append("]}").toString();
  }

  private static String quote(String s) {
    return org.ceasefire.analytics.io.Json.write(s);
  }
}
