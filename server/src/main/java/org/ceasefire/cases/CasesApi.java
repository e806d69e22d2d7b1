package org.ceasefire.cases;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.ceasefire.access.Action;
import org.ceasefire.access.CeasefireUser;
import org.ceasefire.access.Compartment;
import org.ceasefire.access.Guarded;
import org.ceasefire.cases.CaseResponses.CaseResponse;
import org.ceasefire.cases.CaseResponses.InboxRow;
import org.ceasefire.cases.CaseResponses.Row;
import org.ceasefire.cases.CaseSteps.AdoptionInput;
import org.ceasefire.cases.CaseSteps.ChargeInput;
import org.ceasefire.cases.CaseSteps.DispositionInput;
import org.ceasefire.cases.CaseSteps.EventInput;
import org.ceasefire.cases.CaseSteps.ForumInput;
import org.ceasefire.cases.CaseSteps.SentenceInput;
import org.ceasefire.cases.CaseSteps.TransitionInput;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Prosecution cases over HTTP: the PROSECUTION compartment (prosecutors write). Every step sends
 * the case version it was made on; a stale one answers 409, a refused move 422 naming the field.
 */
@RestController
@Tag(name = "Prosecution cases", description = "Cases from referral to disposition")
class CasesApi {

  private final Cases cases;
  private final CaseChanges changes;

  CasesApi(Cases cases, CaseChanges changes) {
    this.cases = cases;
    this.changes = changes;
  }

  @GetMapping("/api/cases")
  @Guarded(Compartment.PROSECUTION)
  @Operation(summary = "The pipeline board: every case by status (optionally of one city)")
  Map<String, List<Row>> board(
      @AuthenticationPrincipal CeasefireUser me,
      @RequestParam(required = false) @Nullable Long city) {
    Map<String, List<Row>> board = new java.util.LinkedHashMap<>();
    cases
        .board(me, city)
        .forEach((status, list) -> board.put(status.code(), list.stream().map(Row::from).toList()));
    return board;
  }

  @GetMapping("/api/cases/pending")
  @Guarded(Compartment.PROSECUTION)
  @Operation(summary = "Open gun cases by city, for shooting-review agendas")
  Map<String, List<Row>> pending(
      @AuthenticationPrincipal CeasefireUser me,
      @RequestParam(required = false) @Nullable Long city) {
    Map<String, List<Row>> byCity = new java.util.LinkedHashMap<>();
    cases
        .pendingByCity(me, city)
        .forEach((name, list) -> byCity.put(name, list.stream().map(Row::from).toList()));
    return byCity;
  }

  @GetMapping("/api/cases/calendar")
  @Guarded(Compartment.PROSECUTION)
  @Operation(summary = "Upcoming court dates of open cases (default: the next 30 days)")
  List<CourtDate> calendar(
      @AuthenticationPrincipal CeasefireUser me, @RequestParam(defaultValue = "30") int days) {
    return cases.calendar(me, days);
  }

  @GetMapping("/api/cases/measures")
  @Guarded(Compartment.PROSECUTION)
  @Operation(summary = "Days from referral to charge and to disposition, by forum")
  List<CaseMeasure> measures(@AuthenticationPrincipal CeasefireUser me) {
    return cases.measures(me.siteId());
  }

  @GetMapping("/api/cases/{id}")
  @Guarded(Compartment.PROSECUTION)
  @Operation(summary = "One case with charges, court dates, forum decision and transitions")
  CaseResponse get(@AuthenticationPrincipal CeasefireUser me, @PathVariable long id) {
    return response(me, cases.view(me, id));
  }

  @GetMapping("/api/people/{id}/cases")
  @Guarded(Compartment.PROSECUTION)
  @Operation(summary = "A person's cases as defendant, newest first")
  List<Row> ofPerson(@AuthenticationPrincipal CeasefireUser me, @PathVariable long id) {
    return cases.ofPerson(me, id).stream().map(Row::from).toList();
  }

  @GetMapping("/api/inbox")
  @Guarded(Compartment.ACCOUNT)
  @Operation(
      summary =
          "Status changes of the cases your agency referred (status and dates only; empty for"
              + " roles that do not see them)")
  List<InboxRow> inbox(@AuthenticationPrincipal CeasefireUser me) {
    return cases.inbox(me).stream().map(InboxRow::from).toList();
  }

  @PostMapping("/api/cases")
  @Guarded(value = Compartment.PROSECUTION, action = Action.WRITE)
  @Operation(summary = "Open a case on a referral (status: referred)")
  ResponseEntity<CaseResponse> open(
      @AuthenticationPrincipal CeasefireUser me, @RequestBody CaseInput input) {
    ProsecutionCase c = changes.open(me, input);
    return ResponseEntity.created(URI.create("/api/cases/" + c.id())).body(response(me, c));
  }

  @PutMapping("/api/cases/{id}")
  @Guarded(value = Compartment.PROSECUTION, action = Action.WRITE)
  @Operation(summary = "Edit a case's particulars and custody status; send the version you read")
  CaseResponse edit(
      @AuthenticationPrincipal CeasefireUser me,
      @PathVariable long id,
      @RequestBody CaseInput input) {
    return response(me, changes.edit(me, id, input));
  }

  @PostMapping("/api/cases/{id}/transitions")
  @Guarded(value = Compartment.PROSECUTION, action = Action.WRITE)
  @Operation(
      summary =
          "Move the case: screen, charge, await_plea_or_trial, dispose, close, decline, reopen")
  CaseResponse transition(
      @AuthenticationPrincipal CeasefireUser me,
      @PathVariable long id,
      @RequestBody TransitionInput input) {
    return response(me, changes.transition(me, id, input));
  }

  @PostMapping("/api/cases/{id}/forum")
  @Guarded(value = Compartment.PROSECUTION, action = Action.WRITE)
  @Operation(summary = "Record the forum decision (state, federal, both, declined) with reasons")
  CaseResponse forum(
      @AuthenticationPrincipal CeasefireUser me,
      @PathVariable long id,
      @RequestBody ForumInput input) {
    return response(me, changes.decideForum(me, id, input));
  }

  @PostMapping("/api/cases/{id}/adoption")
  @Guarded(value = Compartment.PROSECUTION, action = Action.WRITE)
  @Operation(summary = "Record federal adoption of a case given to the federal forum")
  CaseResponse adopt(
      @AuthenticationPrincipal CeasefireUser me,
      @PathVariable long id,
      @RequestBody AdoptionInput input) {
    return response(me, changes.adopt(me, id, input));
  }

  @PostMapping("/api/cases/{id}/charges")
  @Guarded(value = Compartment.PROSECUTION, action = Action.WRITE)
  @Operation(summary = "File a charge (statute code and text, counts, class)")
  CaseResponse charge(
      @AuthenticationPrincipal CeasefireUser me,
      @PathVariable long id,
      @RequestBody ChargeInput input) {
    return response(me, changes.addCharge(me, id, input));
  }

  @PostMapping("/api/cases/{id}/charges/{chargeId}/disposition")
  @Guarded(value = Compartment.PROSECUTION, action = Action.WRITE)
  @Operation(summary = "Record how a charge ended: plea, verdict, dismissal or nolle")
  CaseResponse dispose(
      @AuthenticationPrincipal CeasefireUser me,
      @PathVariable long id,
      @PathVariable long chargeId,
      @RequestBody DispositionInput input) {
    return response(me, changes.disposeCharge(me, id, chargeId, input));
  }

  @PostMapping("/api/cases/{id}/events")
  @Guarded(value = Compartment.PROSECUTION, action = Action.WRITE)
  @Operation(summary = "Add a court date (arraignment, hearing, plea hearing, trial, sentencing)")
  CaseResponse schedule(
      @AuthenticationPrincipal CeasefireUser me,
      @PathVariable long id,
      @RequestBody EventInput input) {
    return response(me, changes.schedule(me, id, input));
  }

  @PostMapping("/api/cases/{id}/sentence")
  @Guarded(value = Compartment.PROSECUTION, action = Action.WRITE)
  @Operation(summary = "Record the sentence, moving a disposed case with a conviction to sentenced")
  CaseResponse sentence(
      @AuthenticationPrincipal CeasefireUser me,
      @PathVariable long id,
      @RequestBody SentenceInput input) {
    return response(me, changes.sentence(me, id, input));
  }

  private CaseResponse response(CeasefireUser me, ProsecutionCase c) {
    return CaseResponse.from(c, cases.transitions(me.siteId(), c.id()));
  }
}
