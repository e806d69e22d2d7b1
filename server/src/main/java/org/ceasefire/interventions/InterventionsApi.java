package org.ceasefire.interventions;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.ceasefire.access.Action;
import org.ceasefire.access.CeasefireUser;
import org.ceasefire.access.Compartment;
import org.ceasefire.access.Guarded;
import org.ceasefire.interventions.InterventionInputs.ActionInput;
import org.ceasefire.interventions.InterventionInputs.AttributionInput;
import org.ceasefire.interventions.InterventionInputs.CallInInput;
import org.ceasefire.interventions.InterventionInputs.CallInStep;
import org.ceasefire.interventions.InterventionInputs.InvitationInput;
import org.ceasefire.interventions.InterventionInputs.InvitationStep;
import org.ceasefire.interventions.InterventionInputs.NotificationInput;
import org.ceasefire.interventions.InterventionInputs.OutcomeInput;
import org.ceasefire.interventions.InterventionInputs.SpeakerInput;
import org.ceasefire.interventions.InterventionInputs.TaskDone;
import org.ceasefire.interventions.InterventionInputs.TaskInput;
import org.ceasefire.interventions.InterventionResponses.CallInResponse;
import org.ceasefire.interventions.InterventionResponses.DashboardResponse;
import org.ceasefire.interventions.InterventionResponses.NotificationResponse;
import org.ceasefire.interventions.InterventionResponses.OffenceResponse;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Interventions over HTTP: the INTERVENTION compartment. Every change to an existing record sends
 * the version it was made on; a stale one answers 409, a refused step 422 naming the field.
 */
@RestController
@Tag(
    name = "Interventions",
    description = "Call-ins, custom notifications, promise-kept enforcement")
class InterventionsApi {

  private final CallIns callIns;
  private final InvitationList list;
  private final Notifications notifications;
  private final PromiseKept promises;
  private final Outcomes outcomes;

  InterventionsApi(
      CallIns callIns,
      InvitationList list,
      Notifications notifications,
      PromiseKept promises,
      Outcomes outcomes) {
    this.callIns = callIns;
    this.list = list;
    this.notifications = notifications;
    this.promises = promises;
    this.outcomes = outcomes;
  }

  @GetMapping("/api/interventions/call-ins")
  @Guarded(Compartment.INTERVENTION)
  @Operation(summary = "Every call-in, newest first, with how many were invited and attended")
  List<InterventionResponses.CallInRow> callIns(@AuthenticationPrincipal CeasefireUser me) {
    return callIns.list(me.siteId()).stream().map(InterventionResponses.CallInRow::from).toList();
  }

  @GetMapping("/api/interventions/call-ins/{id}")
  @Guarded(Compartment.INTERVENTION)
  @Operation(summary = "A call-in with speakers, groups and the invitation list the role may see")
  CallInResponse callIn(@AuthenticationPrincipal CeasefireUser me, @PathVariable long id) {
    return response(me, callIns.view(me, id));
  }

  @PostMapping("/api/interventions/call-ins")
  @Guarded(value = Compartment.INTERVENTION, action = Action.WRITE)
  @Operation(summary = "Plan a call-in: date, place, city, targeted groups")
  ResponseEntity<CallInResponse> plan(
      @AuthenticationPrincipal CeasefireUser me, @RequestBody CallInInput input) {
    CallIn c = callIns.plan(me, input);
    return ResponseEntity.created(URI.create("/api/interventions/call-ins/" + c.id()))
        .body(response(me, c));
  }

  @PutMapping("/api/interventions/call-ins/{id}")
  @Guarded(value = Compartment.INTERVENTION, action = Action.WRITE)
  @Operation(summary = "Change the date, place, city, groups and notes of a planned call-in")
  CallInResponse edit(
      @AuthenticationPrincipal CeasefireUser me,
      @PathVariable long id,
      @RequestBody CallInInput input) {
    return response(me, callIns.edit(me, id, input));
  }

  @PostMapping("/api/interventions/call-ins/{id}/steps")
  @Guarded(value = Compartment.INTERVENTION, action = Action.WRITE)
  @Operation(summary = "Hold (with the messages delivered) or cancel a planned call-in")
  CallInResponse step(
      @AuthenticationPrincipal CeasefireUser me,
      @PathVariable long id,
      @RequestBody CallInStep input) {
    return response(me, callIns.step(me, id, input));
  }

  @PostMapping("/api/interventions/call-ins/{id}/speakers")
  @Guarded(value = Compartment.INTERVENTION, action = Action.WRITE)
  @Operation(summary = "Add a speaker to a planned call-in")
  CallInResponse speaker(
      @AuthenticationPrincipal CeasefireUser me,
      @PathVariable long id,
      @RequestBody SpeakerInput input) {
    return response(me, callIns.addSpeaker(me, id, input));
  }

  @PostMapping("/api/interventions/call-ins/{id}/proposal")
  @Guarded(value = Compartment.INTERVENTION, action = Action.WRITE)
  @Operation(
      summary =
          "Propose the list: supervised people with a current entry in an active targeted group"
              + " (needs intelligence and supervision read: the coordinator)")
  Map<String, Integer> propose(@AuthenticationPrincipal CeasefireUser me, @PathVariable long id) {
    return Map.of("added", list.propose(me, id));
  }

  @PostMapping("/api/interventions/call-ins/{id}/invitations")
  @Guarded(value = Compartment.INTERVENTION, action = Action.WRITE)
  @Operation(summary = "Add a person to the list")
  ResponseEntity<CallInResponse> invite(
      @AuthenticationPrincipal CeasefireUser me,
      @PathVariable long id,
      @RequestBody InvitationInput input) {
    list.add(me, id, input);
    return ResponseEntity.status(201).body(response(me, callIns.get(me.siteId(), id)));
  }

  @PostMapping("/api/interventions/call-ins/{id}/invitations/{invitationId}")
  @Guarded(value = Compartment.INTERVENTION, action = Action.WRITE)
  @Operation(summary = "invite, remove, attended or absent")
  CallInResponse invitationStep(
      @AuthenticationPrincipal CeasefireUser me,
      @PathVariable long id,
      @PathVariable long invitationId,
      @RequestBody InvitationStep input) {
    list.step(me, id, invitationId, input);
    return response(me, callIns.get(me.siteId(), id));
  }

  @GetMapping("/api/interventions/notifications")
  @Guarded(Compartment.INTERVENTION)
  @Operation(summary = "Custom notifications, latest visit first")
  List<NotificationResponse> notifications(@AuthenticationPrincipal CeasefireUser me) {
    return notifications.list(me).stream().map(NotificationResponse::from).toList();
  }

  @GetMapping("/api/interventions/notifications/{id}")
  @Guarded(Compartment.INTERVENTION)
  @Operation(summary = "One custom notification with the linked records the role may read")
  NotificationResponse notification(
      @AuthenticationPrincipal CeasefireUser me, @PathVariable long id) {
    return NotificationResponse.from(notifications.view(me, id));
  }

  @PostMapping("/api/interventions/notifications")
  @Guarded(value = Compartment.INTERVENTION, action = Action.WRITE)
  @Operation(summary = "Plan a custom notification: person, visit date, team, documented reason")
  ResponseEntity<NotificationResponse> planNotification(
      @AuthenticationPrincipal CeasefireUser me, @RequestBody NotificationInput input) {
    CustomNotification n = notifications.plan(me, input);
    return ResponseEntity.created(URI.create("/api/interventions/notifications/" + n.id()))
        .body(NotificationResponse.from(notifications.view(me, n.id())));
  }

  @PostMapping("/api/interventions/notifications/{id}/outcome")
  @Guarded(value = Compartment.INTERVENTION, action = Action.WRITE)
  @Operation(summary = "The outcome of the visit: delivered, refused or not_found")
  NotificationResponse outcome(
      @AuthenticationPrincipal CeasefireUser me,
      @PathVariable long id,
      @RequestBody OutcomeInput input) {
    notifications.recordOutcome(me, id, input);
    return NotificationResponse.from(notifications.view(me, id));
  }

  @PostMapping("/api/interventions/notifications/{id}/tasks")
  @Guarded(value = Compartment.INTERVENTION, action = Action.WRITE)
  @Operation(summary = "Add a follow-up task")
  NotificationResponse task(
      @AuthenticationPrincipal CeasefireUser me,
      @PathVariable long id,
      @RequestBody TaskInput input) {
    notifications.addTask(me, id, input);
    return NotificationResponse.from(notifications.view(me, id));
  }

  @PostMapping("/api/interventions/notifications/{id}/tasks/{taskId}/done")
  @Guarded(value = Compartment.INTERVENTION, action = Action.WRITE)
  @Operation(summary = "Mark a follow-up task done")
  NotificationResponse taskDone(
      @AuthenticationPrincipal CeasefireUser me,
      @PathVariable long id,
      @PathVariable long taskId,
      @RequestBody TaskDone input) {
    notifications.completeTask(me, id, taskId, input);
    return NotificationResponse.from(notifications.view(me, id));
  }

  @GetMapping("/api/interventions/promises")
  @Guarded(Compartment.INTERVENTION)
  @Operation(
      summary =
          "Groups notified, groups that offended after notification, promises kept and the time"
              + " taken; the rule's unconfirmed attributions for intelligence readers")
  DashboardResponse dashboard(@AuthenticationPrincipal CeasefireUser me) {
    return DashboardResponse.from(promises.dashboard(me.siteId()), promises.suggestions(me));
  }

  @PostMapping("/api/interventions/offences")
  @Guarded(value = Compartment.INTERVENTION, action = Action.WRITE)
  @Operation(summary = "Attribute a shooting or homicide to a notified group explicitly (a note)")
  ResponseEntity<OffenceResponse> attribute(
      @AuthenticationPrincipal CeasefireUser me, @RequestBody AttributionInput input) {
    return created(promises.attribute(me, "coordinator", input));
  }

  @PostMapping("/api/interventions/offences/by-rule")
  @Guarded(value = Compartment.INTERVENTION, action = Action.WRITE)
  @Operation(summary = "Confirm an attribution the rule suggests")
  ResponseEntity<OffenceResponse> confirm(
      @AuthenticationPrincipal CeasefireUser me, @RequestBody AttributionInput input) {
    return created(promises.attribute(me, "rule", input));
  }

  @GetMapping("/api/interventions/offences/{id}")
  @Guarded(Compartment.INTERVENTION)
  @Operation(summary = "An offence after notification and its enforcement timeline")
  OffenceResponse offence(@AuthenticationPrincipal CeasefireUser me, @PathVariable long id) {
    return OffenceResponse.from(promises.get(me.siteId(), id));
  }

  @PostMapping("/api/interventions/offences/{id}/actions")
  @Guarded(value = Compartment.INTERVENTION, action = Action.WRITE)
  @Operation(summary = "Record an enforcement action: what, by which agency, when")
  OffenceResponse act(
      @AuthenticationPrincipal CeasefireUser me,
      @PathVariable long id,
      @RequestBody ActionInput input) {
    return OffenceResponse.from(promises.act(me, id, input));
  }

  @GetMapping("/api/interventions/outcomes")
  @Guarded(Compartment.INTERVENTION)
  @Operation(
      summary =
          "Everyone contacted (attended a call-in or was notified): later incidents as suspect or"
              + " arrestee, days to the first, still supervised")
  InterventionResponses.OutcomesResponse outcomes(@AuthenticationPrincipal CeasefireUser me) {
    return InterventionResponses.OutcomesResponse.from(outcomes.report(me));
  }

  private ResponseEntity<OffenceResponse> created(GroupOffence o) {
    return ResponseEntity.created(URI.create("/api/interventions/offences/" + o.id()))
        .body(OffenceResponse.from(o));
  }

  private CallInResponse response(CeasefireUser me, CallIn c) {
    return CallInResponse.from(c, list.of(me, c.id()));
  }
}
