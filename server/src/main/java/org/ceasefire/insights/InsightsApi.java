package org.ceasefire.insights;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.function.Function;
import org.ceasefire.access.CeasefireUser;
import org.ceasefire.access.Compartment;
import org.ceasefire.access.Guarded;
import org.ceasefire.incidents.Incidents;
import org.ceasefire.places.Places;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The map's analyses over HTTP. Counts per area are aggregate; incident points and the layers
 * computed from their exact places (density, Gi*, near-repeat) are investigative. The density and
 * near-repeat layers run as background jobs: until one is ready the answer is {@code 202 Accepted}
 * with its progress, and the caller asks again.
 */
@RestController
@RequestMapping("/api/insights")
@Tag(name = "Insights", description = "Hot spots, near-repeat and area counts of the site's data")
class InsightsApi {

  private final HotSpots hotSpots;
  private final NearRepeats nearRepeats;
  private final Incidents incidents;
  private final Places places;
  private final MapFilters filters;

  InsightsApi(
      HotSpots hotSpots,
      NearRepeats nearRepeats,
      Incidents incidents,
      Places places,
      MapFilters filters) {
    this.hotSpots = hotSpots;
    this.nearRepeats = nearRepeats;
    this.incidents = incidents;
    this.places = places;
    this.filters = filters;
  }

  @GetMapping("/area-counts")
  @Guarded(Compartment.AGGREGATE)
  @Operation(summary = "Incidents of the filter per area (types comma-separated, dates ISO)")
  MapResponses.AreaCounts areaCounts(
      @AuthenticationPrincipal CeasefireUser me,
      @RequestParam(required = false) @Nullable String types,
      @RequestParam(required = false) @Nullable String from,
      @RequestParam(required = false) @Nullable String to,
      @RequestParam(required = false) @Nullable String city) {
    MapFilter f = filters.read(me, types, from, to, city);
    var zone = incidents.zone(me.siteId());
    return MapResponses.AreaCounts.from(
        f,
        places.areas(me.siteId(), f.city()),
        incidents.countsByArea(me.siteId(), f.types(), f.start(zone), f.end(zone), f.city()));
  }

  @GetMapping("/points")
  @Guarded(Compartment.INVESTIGATIVE)
  @Operation(summary = "Located incidents of the filter: [lon, lat] and date")
  MapResponses.IncidentPoints points(
      @AuthenticationPrincipal CeasefireUser me,
      @RequestParam(required = false) @Nullable String types,
      @RequestParam(required = false) @Nullable String from,
      @RequestParam(required = false) @Nullable String to,
      @RequestParam(required = false) @Nullable String city) {
    MapFilter f = filters.read(me, types, from, to, city);
    return MapResponses.IncidentPoints.from(f, hotSpots.points(me.siteId(), f));
  }

  @GetMapping("/hot-spots")
  @Guarded(Compartment.INVESTIGATIVE)
  @Operation(
      summary = "Kernel density and Getis-Ord Gi* hot and cold spots on a grid",
      description = "202 with the job's progress until the surface is ready; ask again")
  ResponseEntity<?> hotSpots(
      @AuthenticationPrincipal CeasefireUser me,
      @RequestParam(required = false) @Nullable String types,
      @RequestParam(required = false) @Nullable String from,
      @RequestParam(required = false) @Nullable String to,
      @RequestParam(required = false) @Nullable String city) {
    MapFilter f = filters.read(me, types, from, to, city);
    return answer(hotSpots.pollSurface(me.siteId(), f), s -> MapResponses.Surface.from(f, s));
  }

  @GetMapping("/near-repeat")
  @Guarded(Compartment.INVESTIGATIVE)
  @Operation(
      summary = "The near-repeat (Knox) table of the filter with its reading in words",
      description = "202 with the job's progress until the table is ready; ask again")
  ResponseEntity<?> nearRepeat(
      @AuthenticationPrincipal CeasefireUser me,
      @RequestParam(required = false) @Nullable String types,
      @RequestParam(required = false) @Nullable String from,
      @RequestParam(required = false) @Nullable String to,
      @RequestParam(required = false) @Nullable String city) {
    MapFilter f = filters.read(me, types, from, to, city);
    return answer(nearRepeats.poll(me.siteId(), f), g -> MapResponses.NearRepeat.from(f, g));
  }

  /** 200 with the result, or 202 with the running job's progress. */
  static <T> ResponseEntity<?> answer(Analysis.Snapshot<T> snapshot, Function<T, ?> response) {
    T result = snapshot.result();
    if (result != null) {
      return ResponseEntity.ok(response.apply(result));
    }
    return ResponseEntity.status(HttpStatus.ACCEPTED)
        .header("Retry-After", "1")
        .body(MapResponses.Running.from(snapshot));
  }
}
