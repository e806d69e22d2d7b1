package org.ceasefire.outreach;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.ceasefire.access.Action;
import org.ceasefire.access.CeasefireUser;
import org.ceasefire.access.Compartment;
import org.ceasefire.access.Guarded;
import org.ceasefire.outreach.OutreachInputs.ConsentInput;
import org.ceasefire.outreach.OutreachInputs.ContactInput;
import org.ceasefire.outreach.OutreachInputs.ServiceInput;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Outreach over HTTP. Referral files are OUTREACH (workers' own caseload, supervisors' agency);
 * referring someone is INTERVENTION write; the one fact partners may learn, with consent, is
 * IDENTITY read ({@code /api/people/{id}/help-accepted}).
 */
@RestController
@Tag(name = "Outreach", description = "Referrals, services, contacts, consent (walled off)")
class OutreachApi {

  private final Outreach outreach;

  OutreachApi(Outreach outreach) {
    this.outreach = outreach;
  }

  /** A referral as outreach staff see it. */
  record ReferralResponse(
      long id,
      long personId,
      String person,
      String provider,
      String source,
      LocalDate referredOn,
      @Nullable String worker,
      String status,
      List<String> needs,
      @Nullable LocalDate enrolledOn,
      @Nullable LocalDate exitedOn,
      @Nullable String exitReason,
      int version) {
    static ReferralResponse from(Referral r) {
      return new ReferralResponse(
          r.id(),
          r.personId(),
          r.personName(),
          r.provider(),
          r.source(),
          r.referredOn(),
          r.worker(),
          r.status().code(),
          r.needs(),
          r.enrolledOn(),
          r.exitedOn(),
          r.exitReason(),
          r.version());
    }
  }

  /** A referral file: the referral and what was recorded on it. */
  record FileResponse(
      ReferralResponse referral,
      List<OutreachRepository.Service> services,
      List<OutreachRepository.Contact> contacts,
      List<OutreachRepository.Milestone> milestones,
      List<Consent> consents) {
    static FileResponse from(Outreach.ReferralFile f) {
      return new FileResponse(
          ReferralResponse.from(f.referral()),
          f.services(),
          f.contacts(),
          f.milestones(),
          f.consents());
    }
  }

  /** A change to a referral: the version read, and the change's values. */
  record Change(
      @Nullable Integer version,
      @Nullable List<String> needs,
      @Nullable String reason,
      @Nullable String what,
      @Nullable String on) {}

  /** What a partner may know: the fact, until when the consent allows, the notice. */
  record HelpAcceptedResponse(
      boolean shared,
      @Nullable Boolean accepted,
      @Nullable LocalDate until,
      @Nullable String notice) {}

  @PostMapping("/api/outreach/referrals")
  @Guarded(value = Compartment.INTERVENTION, action = Action.WRITE)
  @Operation(summary = "Refer a person to a service provider (the referrer sees nothing more)")
  ResponseEntity<Void> refer(
      @AuthenticationPrincipal CeasefireUser me, @RequestBody OutreachReferral in) {
    long id = outreach.refer(me, in);
    return ResponseEntity.created(URI.create("/api/outreach/referrals/" + id)).build();
  }

  @GetMapping("/api/outreach/caseload")
  @Guarded(Compartment.OUTREACH)
  @Operation(summary = "The caller's caseload: own referrals and their agency's untaken ones")
  List<ReferralResponse> caseload(@AuthenticationPrincipal CeasefireUser me) {
    return outreach.caseload(me).stream().map(ReferralResponse::from).toList();
  }

  @GetMapping("/api/outreach/referrals/{id}")
  @Guarded(Compartment.OUTREACH)
  @Operation(summary = "A referral in the caller's caseload, with services, contacts and consents")
  FileResponse referral(@AuthenticationPrincipal CeasefireUser me, @PathVariable long id) {
    return FileResponse.from(outreach.view(me, id));
  }

  @GetMapping("/api/people/{id}/outreach")
  @Guarded(Compartment.OUTREACH)
  @Operation(summary = "A person's referrals in the caller's caseload")
  List<ReferralResponse> ofPerson(
      @AuthenticationPrincipal CeasefireUser me, @PathVariable long id) {
    return outreach.ofPerson(me, id).stream().map(ReferralResponse::from).toList();
  }

  @GetMapping("/api/people/{id}/help-accepted")
  @Guarded(Compartment.IDENTITY)
  @Operation(summary = "Whether the person accepted help — only under their consent; logged")
  HelpAcceptedResponse helpAccepted(
      @AuthenticationPrincipal CeasefireUser me, @PathVariable long id) {
    return outreach
        .acceptedHelp(me, id)
        .map(h -> new HelpAcceptedResponse(true, h.accepted(), h.consentUntil(), h.notice()))
        .orElse(new HelpAcceptedResponse(false, null, null, null));
  }

  @PostMapping("/api/outreach/referrals/{id}/take")
  @Guarded(value = Compartment.OUTREACH, action = Action.WRITE)
  @Operation(summary = "Take an untaken referral of your agency")
  FileResponse take(
      @AuthenticationPrincipal CeasefireUser me, @PathVariable long id, @RequestBody Change c) {
    outreach.take(me, id, c.version());
    return referral(me, id);
  }

  @PostMapping("/api/outreach/referrals/{id}/assessment")
  @Guarded(value = Compartment.OUTREACH, action = Action.WRITE)
  @Operation(summary = "Record the needs found")
  FileResponse assess(
      @AuthenticationPrincipal CeasefireUser me, @PathVariable long id, @RequestBody Change c) {
    outreach.assess(me, id, c.version(), c.needs() == null ? List.of() : c.needs());
    return referral(me, id);
  }

  @PostMapping("/api/outreach/referrals/{id}/services")
  @Guarded(value = Compartment.OUTREACH, action = Action.WRITE)
  @Operation(
      summary =
          "A service the person started (the first enrols them); send the version as a query parameter")
  FileResponse addService(
      @AuthenticationPrincipal CeasefireUser me,
      @PathVariable long id,
      @org.springframework.web.bind.annotation.RequestParam(required = false)
          @Nullable Integer version,
      @RequestBody ServiceInput in) {
    outreach.addService(me, id, version, in);
    return referral(me, id);
  }

  @PostMapping("/api/outreach/referrals/{id}/contacts")
  @Guarded(value = Compartment.OUTREACH, action = Action.WRITE)
  @Operation(summary = "Log a contact")
  FileResponse addContact(
      @AuthenticationPrincipal CeasefireUser me,
      @PathVariable long id,
      @RequestBody ContactInput in) {
    outreach.addContact(me, id, in);
    return referral(me, id);
  }

  @PostMapping("/api/outreach/referrals/{id}/milestones")
  @Guarded(value = Compartment.OUTREACH, action = Action.WRITE)
  @Operation(summary = "Record a milestone")
  FileResponse addMilestone(
      @AuthenticationPrincipal CeasefireUser me, @PathVariable long id, @RequestBody Change c) {
    outreach.addMilestone(me, id, c.what(), c.on());
    return referral(me, id);
  }

  @PostMapping("/api/outreach/referrals/{id}/exit")
  @Guarded(value = Compartment.OUTREACH, action = Action.WRITE)
  @Operation(summary = "Exit the person from the programme, with the reason")
  FileResponse exit(
      @AuthenticationPrincipal CeasefireUser me, @PathVariable long id, @RequestBody Change c) {
    outreach.exit(me, id, c.version(), c.reason());
    return referral(me, id);
  }

  @PostMapping("/api/outreach/referrals/{id}/decline")
  @Guarded(value = Compartment.OUTREACH, action = Action.WRITE)
  @Operation(summary = "The person declined help")
  FileResponse decline(
      @AuthenticationPrincipal CeasefireUser me, @PathVariable long id, @RequestBody Change c) {
    outreach.decline(me, id, c.version());
    return referral(me, id);
  }

  @PostMapping("/api/outreach/referrals/{id}/consents")
  @Guarded(value = Compartment.OUTREACH, action = Action.WRITE)
  @Operation(
      summary =
          "Record the person's consent to share that they accepted help (every 42 CFR 2.31 element)")
  FileResponse consent(
      @AuthenticationPrincipal CeasefireUser me,
      @PathVariable long id,
      @RequestBody ConsentInput in) {
    outreach.recordConsent(me, id, in);
    return referral(me, id);
  }

  @PostMapping("/api/outreach/referrals/{id}/consents/{consent}/revoke")
  @Guarded(value = Compartment.OUTREACH, action = Action.WRITE)
  @Operation(summary = "The person revoked a consent: it discloses nothing from today")
  FileResponse revoke(
      @AuthenticationPrincipal CeasefireUser me,
      @PathVariable long id,
      @PathVariable long consent) {
    outreach.revokeConsent(me, id, consent);
    return referral(me, id);
  }
}
