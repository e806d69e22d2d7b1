package org.ceasefire.cases;

import java.util.Map;
import java.util.function.Supplier;
import org.ceasefire.access.Action;
import org.ceasefire.access.CeasefireUser;
import org.ceasefire.access.Compartment;
import org.ceasefire.access.Guarded;
import org.ceasefire.access.Sites;
import org.ceasefire.cases.CaseSteps.AdoptionInput;
import org.ceasefire.cases.CaseSteps.ChargeInput;
import org.ceasefire.cases.CaseSteps.DispositionInput;
import org.ceasefire.cases.CaseSteps.EventInput;
import org.ceasefire.cases.CaseSteps.ForumInput;
import org.ceasefire.cases.CaseSteps.SentenceInput;
import org.ceasefire.cases.CaseSteps.TransitionInput;
import org.ceasefire.places.Places;
import org.ceasefire.platform.FormErrors;
import org.ceasefire.platform.StaleRecordException;
import org.ceasefire.platform.ValidationException;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Case pages: the pipeline board, pending gun cases by city, the court calendar, measures, a case
 * with the forms of each step (prosecutors), and opening or editing a case.
 */
@Controller
class CasesPages {

  private final Cases cases;
  private final CaseChanges changes;
  private final Places places;
  private final Sites sites;

  CasesPages(Cases cases, CaseChanges changes, Places places, Sites sites) {
    this.cases = cases;
    this.changes = changes;
    this.places = places;
    this.sites = sites;
  }

  @GetMapping("/cases")
  @Guarded(Compartment.PROSECUTION)
  String board(
      @AuthenticationPrincipal CeasefireUser me,
      @RequestParam(required = false) @Nullable Long city,
      Model model) {
    model.addAttribute("board", cases.board(me, city));
    model.addAttribute("jurisdictions", places.jurisdictions(me.siteId()));
    model.addAttribute("city", city);
    return "cases/board";
  }

  @GetMapping("/cases/pending")
  @Guarded(Compartment.PROSECUTION)
  String pending(
      @AuthenticationPrincipal CeasefireUser me,
      @RequestParam(required = false) @Nullable Long city,
      Model model) {
    model.addAttribute("byCity", cases.pendingByCity(me, city));
    model.addAttribute("jurisdictions", places.jurisdictions(me.siteId()));
    model.addAttribute("city", city);
    return "cases/pending";
  }

  @GetMapping("/cases/calendar")
  @Guarded(Compartment.PROSECUTION)
  String calendar(
      @AuthenticationPrincipal CeasefireUser me,
      @RequestParam(defaultValue = "30") int days,
      Model model) {
    model.addAttribute("dates", cases.calendar(me, days));
    model.addAttribute("days", days);
    return "cases/calendar";
  }

  @GetMapping("/cases/measures")
  @Guarded(Compartment.PROSECUTION)
  String measures(@AuthenticationPrincipal CeasefireUser me, Model model) {
    model.addAttribute("measures", cases.measures(me.siteId()));
    return "cases/measures";
  }

  @GetMapping("/cases/new")
  @Guarded(value = Compartment.PROSECUTION, action = Action.WRITE)
  String createForm(
      @AuthenticationPrincipal CeasefireUser me,
      @RequestParam(required = false) @Nullable Long defendantId,
      Model model) {
    CaseInput input =
        new CaseInput(null, defendantId, null, null, null, null, null, true, null, null, null);
    return form(me, model, input, null, Map.of());
  }

  @PostMapping("/cases")
  @Guarded(value = Compartment.PROSECUTION, action = Action.WRITE)
  Object create(
      @AuthenticationPrincipal CeasefireUser me, @ModelAttribute CaseInput input, Model model) {
    try {
      return "redirect:/cases/" + changes.open(me, input).id();
    } catch (ValidationException e) {
      return FormErrors.rejected(form(me, model, input, null, FormErrors.of(e)));
    }
  }

  @GetMapping("/cases/{id}")
  @Guarded(Compartment.PROSECUTION)
  String show(@AuthenticationPrincipal CeasefireUser me, @PathVariable long id, Model model) {
    return show(me, id, model, Map.of(), null);
  }

  @GetMapping("/cases/{id}/edit")
  @Guarded(value = Compartment.PROSECUTION, action = Action.WRITE)
  String editForm(@AuthenticationPrincipal CeasefireUser me, @PathVariable long id, Model model) {
    return form(me, model, CaseInput.of(cases.get(me.siteId(), id)), id, Map.of());
  }

  @PostMapping("/cases/{id}")
  @Guarded(value = Compartment.PROSECUTION, action = Action.WRITE)
  Object edit(
      @AuthenticationPrincipal CeasefireUser me,
      @PathVariable long id,
      @ModelAttribute CaseInput input,
      Model model) {
    try {
      changes.edit(me, id, input);
      return "redirect:/cases/" + id;
    } catch (ValidationException e) {
      return FormErrors.rejected(form(me, model, input, id, FormErrors.of(e)));
    } catch (StaleRecordException e) {
      model.addAttribute("stale", e.getMessage());
      return FormErrors.rejected(form(me, model, input, id, Map.of()));
    }
  }

  @PostMapping("/cases/{id}/transitions")
  @Guarded(value = Compartment.PROSECUTION, action = Action.WRITE)
  Object transition(
      @AuthenticationPrincipal CeasefireUser me,
      @PathVariable long id,
      @ModelAttribute TransitionInput input,
      Model model) {
    return step(me, id, model, () -> changes.transition(me, id, input));
  }

  @PostMapping("/cases/{id}/forum")
  @Guarded(value = Compartment.PROSECUTION, action = Action.WRITE)
  Object forum(
      @AuthenticationPrincipal CeasefireUser me,
      @PathVariable long id,
      @ModelAttribute ForumInput input,
      Model model) {
    return step(me, id, model, () -> changes.decideForum(me, id, input));
  }

  @PostMapping("/cases/{id}/adoption")
  @Guarded(value = Compartment.PROSECUTION, action = Action.WRITE)
  Object adopt(
      @AuthenticationPrincipal CeasefireUser me,
      @PathVariable long id,
      @ModelAttribute AdoptionInput input,
      Model model) {
    return step(me, id, model, () -> changes.adopt(me, id, input));
  }

  @PostMapping("/cases/{id}/charges")
  @Guarded(value = Compartment.PROSECUTION, action = Action.WRITE)
  Object charge(
      @AuthenticationPrincipal CeasefireUser me,
      @PathVariable long id,
      @ModelAttribute ChargeInput input,
      Model model) {
    return step(me, id, model, () -> changes.addCharge(me, id, input));
  }

  @PostMapping("/cases/{id}/charges/{chargeId}/disposition")
  @Guarded(value = Compartment.PROSECUTION, action = Action.WRITE)
  Object dispose(
      @AuthenticationPrincipal CeasefireUser me,
      @PathVariable long id,
      @PathVariable long chargeId,
      @ModelAttribute DispositionInput input,
      Model model) {
    return step(me, id, model, () -> changes.disposeCharge(me, id, chargeId, input));
  }

  @PostMapping("/cases/{id}/events")
  @Guarded(value = Compartment.PROSECUTION, action = Action.WRITE)
  Object schedule(
      @AuthenticationPrincipal CeasefireUser me,
      @PathVariable long id,
      @ModelAttribute EventInput input,
      Model model) {
    return step(me, id, model, () -> changes.schedule(me, id, input));
  }

  @PostMapping("/cases/{id}/sentence")
  @Guarded(value = Compartment.PROSECUTION, action = Action.WRITE)
  Object sentence(
      @AuthenticationPrincipal CeasefireUser me,
      @PathVariable long id,
      @ModelAttribute SentenceInput input,
      Model model) {
    return step(me, id, model, () -> changes.sentence(me, id, input));
  }

  /** Runs a step; on refusal shows the case again with the problems next to the fields. */
  private Object step(CeasefireUser me, long id, Model model, Supplier<ProsecutionCase> work) {
    try {
      work.get();
      return "redirect:/cases/" + id;
    } catch (ValidationException e) {
      return FormErrors.rejected(show(me, id, model, FormErrors.of(e), null));
    } catch (StaleRecordException e) {
      return FormErrors.rejected(show(me, id, model, Map.of(), e.getMessage()));
    }
  }

  private String show(
      CeasefireUser me, long id, Model model, Map<String, String> errors, @Nullable String stale) {
    ProsecutionCase c = cases.view(me, id);
    model.addAttribute("c", c);
    model.addAttribute("transitions", cases.transitions(me.siteId(), id));
    model.addAttribute("history", cases.history(me.siteId(), id));
    model.addAttribute("errors", errors);
    model.addAttribute("stale", stale);
    model.addAttribute("forums", Forum.codes());
    model.addAttribute("dispositions", Charge.DISPOSITIONS);
    model.addAttribute("eventKinds", CourtEvent.KINDS);
    model.addAttribute("supervisionKinds", Sentence.SUPERVISION_KINDS);
    model.addAttribute("today", cases.today(me.siteId()));
    return "cases/show";
  }

  private String form(
      CeasefireUser me,
      Model model,
      CaseInput input,
      @Nullable Long id,
      Map<String, String> errors) {
    model.addAttribute("form", input);
    model.addAttribute("caseId", id);
    model.addAttribute("title", id == null ? "New case" : "Edit case");
    model.addAttribute("errors", errors);
    model.addAttribute(
        "agencies",
        sites.agencies(me.siteId()).stream()
            .filter(a -> CaseChanges.REFERRING_AGENCY_TYPES.contains(a.type()))
            .toList());
    model.addAttribute("jurisdictions", places.jurisdictions(me.siteId()));
    model.addAttribute("custody", ProsecutionCase.CUSTODY);
    model.addAttribute(
        "incidentIdsText",
        String.join(",", input.incidentIds().stream().map(String::valueOf).toList()));
    return "cases/form";
  }
}
