package org.ceasefire.incidents;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneId;
import org.ceasefire.access.Action;
import org.ceasefire.access.CeasefireUser;
import org.ceasefire.access.Compartment;
import org.ceasefire.access.Guarded;
import org.ceasefire.incidents.IncidentResponses.IncidentResponse;
import org.ceasefire.platform.PageOf;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Incidents over HTTP (the INVESTIGATIVE compartment). */
@RestController
@RequestMapping("/api/incidents")
@Tag(name = "Incidents", description = "Incidents, participants and firearms")
class IncidentsApi {

  private final Incidents incidents;

  IncidentsApi(Incidents incidents) {
    this.incidents = incidents;
  }

  /** A row of the incident list as the API shows it. */
  record Row(
      long id,
      @Nullable String reportNumber,
      String type,
      java.time.OffsetDateTime occurredAt,
      @Nullable String address,
      String jurisdiction,
      @Nullable String area,
      int victims,
      int suspects) {
    static Row from(IncidentSummary s) {
      return new Row(
          s.id(),
          s.reportNumber(),
          s.type(),
          s.occurredAt(),
          s.address(),
          s.jurisdiction(),
          s.area(),
          s.victims(),
          s.suspects());
    }
  }

  @GetMapping
  @Guarded(Compartment.INVESTIGATIVE)
  @Operation(summary = "Search incidents by report number or address, type, city and dates")
  PageOf<Row> search(
      @AuthenticationPrincipal CeasefireUser me,
      @RequestParam(required = false) @Nullable String q,
      @RequestParam(required = false) @Nullable String type,
      @RequestParam(required = false) @Nullable Long jurisdiction,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
          @Nullable LocalDate from,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
          @Nullable LocalDate to,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "50") int size) {
    ZoneId zone = incidents.zone(me.siteId());
    IncidentFilter filter =
        new IncidentFilter(
            q,
            type,
            jurisdiction,
            from == null ? null : from.atStartOfDay(zone).toOffsetDateTime(),
            to == null ? null : to.plusDays(1).atStartOfDay(zone).toOffsetDateTime());
    return incidents.search(me.siteId(), filter, page, size).map(Row::from);
  }

  @GetMapping("/{id}")
  @Guarded(Compartment.INVESTIGATIVE)
  @Operation(summary = "One incident with participants and firearms")
  IncidentResponse get(@AuthenticationPrincipal CeasefireUser me, @PathVariable long id) {
    return IncidentResponse.from(incidents.get(me.siteId(), id));
  }

  @PostMapping
  @Guarded(value = Compartment.INVESTIGATIVE, action = Action.WRITE)
  @Operation(summary = "Record an incident (the area is found from the location if not given)")
  ResponseEntity<IncidentResponse> create(
      @AuthenticationPrincipal CeasefireUser me, @RequestBody IncidentInput input) {
    Incident i = incidents.create(me, input);
    return ResponseEntity.created(URI.create("/api/incidents/" + i.id()))
        .body(IncidentResponse.from(i));
  }

  @PutMapping("/{id}")
  @Guarded(value = Compartment.INVESTIGATIVE, action = Action.WRITE)
  @Operation(summary = "Edit an incident; send the version you read (a stale version gets 409)")
  IncidentResponse update(
      @AuthenticationPrincipal CeasefireUser me,
      @PathVariable long id,
      @RequestBody IncidentInput input) {
    return IncidentResponse.from(incidents.update(me, id, input));
  }

  @PostMapping("/{id}/participants")
  @Guarded(value = Compartment.INVESTIGATIVE, action = Action.WRITE)
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "Add a person to the incident as victim, suspect, arrestee or witness")
  IncidentResponse addParticipant(
      @AuthenticationPrincipal CeasefireUser me,
      @PathVariable long id,
      @RequestBody ParticipantInput input) {
    return IncidentResponse.from(incidents.addParticipant(me, id, input));
  }

  @PostMapping("/{id}/firearms")
  @Guarded(value = Compartment.INVESTIGATIVE, action = Action.WRITE)
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "Add a recovered firearm to the incident")
  IncidentResponse addFirearm(
      @AuthenticationPrincipal CeasefireUser me,
      @PathVariable long id,
      @RequestBody FirearmInput input) {
    return IncidentResponse.from(incidents.addFirearm(me, id, input));
  }
}
