package org.ceasefire.reentry;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.ceasefire.access.Action;
import org.ceasefire.access.CeasefireUser;
import org.ceasefire.access.Compartment;
import org.ceasefire.access.Guarded;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Reentry over HTTP (the SUPERVISION compartment; the reentry team also hands off to outreach). */
@RestController
@Tag(name = "Reentry", description = "Releases from custody, welcome-home visits, hand-off")
class ReentryApi {

  private final Reentry reentry;

  ReentryApi(Reentry reentry) {
    this.reentry = reentry;
  }

  /** A release as the API shows it; groups only for intelligence readers. */
  record ReleaseResponse(
      long id,
      long personId,
      String person,
      String facility,
      LocalDate expectedOn,
      @Nullable LocalDate releasedOn,
      @Nullable String supervisingAgency,
      String supervisionKind,
      String status,
      int version,
      @Nullable List<String> groups) {
    static ReleaseResponse from(Release r, @Nullable List<String> groups) {
      return new ReleaseResponse(
          r.id(),
          r.personId(),
          r.personName(),
          r.facility(),
          r.expectedOn(),
          r.releasedOn(),
          r.supervisingAgency(),
          r.supervisionKind(),
          r.status(),
          r.version(),
          groups);
    }
  }

  /** A change: the version read and the day, kind, attendees, note or provider it needs. */
  record Change(
      @Nullable Integer version,
      @Nullable String on,
      @Nullable String kind,
      @Nullable String attendees,
      @Nullable String note,
      @Nullable Long providerId) {}

  @GetMapping("/api/reentry/upcoming")
  @Guarded(Compartment.SUPERVISION)
  @Operation(summary = "Expected releases, soonest first (group ties for intelligence readers)")
  List<ReleaseResponse> upcoming(
      @AuthenticationPrincipal CeasefireUser me,
      @RequestParam(defaultValue = "90") int days,
      @RequestParam(defaultValue = "false") boolean groupMembersOnly) {
    return reentry.upcoming(me, days, groupMembersOnly).stream()
        .map(u -> ReleaseResponse.from(u.release(), u.groups()))
        .toList();
  }

  @PostMapping("/api/reentry/releases")
  @Guarded(value = Compartment.SUPERVISION, action = Action.WRITE)
  @Operation(summary = "Record an expected release")
  ResponseEntity<ReleaseResponse> record(
      @AuthenticationPrincipal CeasefireUser me, @RequestBody ReleaseInput in) {
    long id = reentry.record(me, in);
    return ResponseEntity.created(URI.create("/api/reentry/releases/" + id)).body(get(me, id));
  }

  @GetMapping("/api/reentry/releases/{id}")
  @Guarded(Compartment.SUPERVISION)
  @Operation(summary = "A release")
  ReleaseResponse get(@AuthenticationPrincipal CeasefireUser me, @PathVariable long id) {
    return ReleaseResponse.from(reentry.view(me, id).release(), null);
  }

  @PostMapping("/api/reentry/releases/{id}/released")
  @Guarded(value = Compartment.SUPERVISION, action = Action.WRITE)
  @Operation(summary = "The person was released on a day")
  ReleaseResponse released(
      @AuthenticationPrincipal CeasefireUser me, @PathVariable long id, @RequestBody Change c) {
    reentry.released(me, id, c.version(), c.on());
    return get(me, id);
  }

  @PostMapping("/api/reentry/releases/{id}/contacts")
  @Guarded(value = Compartment.SUPERVISION, action = Action.WRITE)
  @Operation(summary = "A welcome-home visit, a reentry meeting or another contact")
  ReleaseResponse contact(
      @AuthenticationPrincipal CeasefireUser me, @PathVariable long id, @RequestBody Change c) {
    reentry.addContact(me, id, c.kind(), c.on(), c.attendees(), c.note());
    return get(me, id);
  }

  @PostMapping("/api/reentry/releases/{id}/hand-off")
  @Guarded(value = Compartment.SUPERVISION, action = Action.WRITE)
  @Operation(summary = "Refer the person to a provider's outreach workers")
  ResponseEntity<Void> handOff(
      @AuthenticationPrincipal CeasefireUser me, @PathVariable long id, @RequestBody Change c) {
    long referral = reentry.handOff(me, id, c.providerId());
    return ResponseEntity.created(URI.create("/api/outreach/referrals/" + referral)).build();
  }
}
