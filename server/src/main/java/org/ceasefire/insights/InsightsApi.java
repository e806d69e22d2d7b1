package org.ceasefire.insights;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.LocalDate;
import org.ceasefire.access.CeasefireUser;
import org.ceasefire.access.Compartment;
import org.ceasefire.access.Guarded;
import org.ceasefire.incidents.Incidents;
import org.ceasefire.places.Places;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The map's analyses over HTTP. Counts per area are aggregate; incident points and the layers
 * computed from their exact places (density, Gi*, near-repeat) are investigative.
 */
@RestController
@RequestMapping("/api/insights")
@Tag(name = "Insights", description = "Hot spots, near-repeat and area counts of the site's data")
class InsightsApi {

  private final HotSpots hotSpots;
  private final NearRepeats nearRepeats;
  private final Incidents incidents;
  private final Places places;
  private final Clock clock;

  InsightsApi(
      HotSpots hotSpots, NearRepeats nearRepeats, Incidents incidents, Places places, Clock clock) {
    this.clock = clock;
    this.hotSpots = hotSpots;
    this.nearRepeats = nearRepeats;
    this.incidents = incidents;
    this.places = places;
  }

  @GetMapping("/area-counts")
  @Guarded(Compartment.AGGREGATE)
  @Operation(summary = "Incidents of the filter per area (types comma-separated, dates ISO)")
  MapResponses.AreaCounts areaCounts(
      @AuthenticationPrincipal CeasefireUser me,
      @RequestParam(required = false) @Nullable String types,
      @RequestParam(required = false) @Nullable String from,
      @RequestParam(required = false) @Nullable String to) {
    MapFilter f = filter(me, types, from, to);
    var zone = incidents.zone(me.siteId());
    return MapResponses.AreaCounts.from(
        f,
        places.areas(me.siteId(), null),
        incidents.countsByArea(me.siteId(), f.types(), f.start(zone), f.end(zone)));
  }

  @GetMapping("/points")
  @Guarded(Compartment.INVESTIGATIVE)
  @Operation(summary = "Located incidents of the filter: [lon, lat] and date")
  MapResponses.IncidentPoints points(
      @AuthenticationPrincipal CeasefireUser me,
      @RequestParam(required = false) @Nullable String types,
      @RequestParam(required = false) @Nullable String from,
      @RequestParam(required = false) @Nullable String to) {
    MapFilter f = filter(me, types, from, to);
    return MapResponses.IncidentPoints.from(f, hotSpots.points(me.siteId(), f));
  }

  @GetMapping("/hot-spots")
  @Guarded(Compartment.INVESTIGATIVE)
  @Operation(summary = "Kernel density and Getis-Ord Gi* hot and cold spots on a grid")
  MapResponses.Surface hotSpots(
      @AuthenticationPrincipal CeasefireUser me,
      @RequestParam(required = false) @Nullable String types,
      @RequestParam(required = false) @Nullable String from,
      @RequestParam(required = false) @Nullable String to) {
    MapFilter f = filter(me, types, from, to);
    return MapResponses.Surface.from(f, hotSpots.surface(me.siteId(), f));
  }

  @GetMapping("/near-repeat")
  @Guarded(Compartment.INVESTIGATIVE)
  @Operation(summary = "The near-repeat (Knox) table of the filter with its reading in words")
  MapResponses.NearRepeat nearRepeat(
      @AuthenticationPrincipal CeasefireUser me,
      @RequestParam(required = false) @Nullable String types,
      @RequestParam(required = false) @Nullable String from,
      @RequestParam(required = false) @Nullable String to) {
    MapFilter f = filter(me, types, from, to);
    return MapResponses.NearRepeat.from(f, nearRepeats.of(me.siteId(), f));
  }

  private MapFilter filter(
      CeasefireUser me, @Nullable String types, @Nullable String from, @Nullable String to) {
    return MapFilter.of(
        types, from, to, LocalDate.now(clock.withZone(incidents.zone(me.siteId()))));
  }
}
