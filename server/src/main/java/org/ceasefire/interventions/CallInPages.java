package org.ceasefire.interventions;

import java.util.Map;
import org.ceasefire.access.Action;
import org.ceasefire.access.CeasefireUser;
import org.ceasefire.access.Compartment;
import org.ceasefire.access.Guarded;
import org.ceasefire.groups.Groups;
import org.ceasefire.interventions.InterventionInputs.CallInInput;
import org.ceasefire.interventions.InterventionInputs.CallInStep;
import org.ceasefire.interventions.InterventionInputs.InvitationInput;
import org.ceasefire.interventions.InterventionInputs.InvitationStep;
import org.ceasefire.interventions.InterventionInputs.SpeakerInput;
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

/**
 * Call-in pages: the list, planning one, a call-in with its speakers, its invitation list and the
 * forms of each step, and the printable sign-in and attendance sheets.
 */
@Controller
class CallInPages {

  private final CallIns callIns;
  private final InvitationList list;
  private final Groups groups;
  private final Places places;

  CallInPages(CallIns callIns, InvitationList list, Groups groups, Places places) {
    this.callIns = callIns;
    this.list = list;
    this.groups = groups;
    this.places = places;
  }

  @GetMapping("/interventions")
  @Guarded(Compartment.INTERVENTION)
  String index(@AuthenticationPrincipal CeasefireUser me, Model model) {
    model.addAttribute("callIns", callIns.list(me.siteId()));
    return "interventions/call-ins";
  }

  @GetMapping("/interventions/call-ins/new")
  @Guarded(value = Compartment.INTERVENTION, action = Action.WRITE)
  String planForm(@AuthenticationPrincipal CeasefireUser me, Model model) {
    return form(me, model, new CallInInput(null, null, null, null, null, null), null, Map.of());
  }

  @GetMapping("/interventions/call-ins/{id}/edit")
  @Guarded(value = Compartment.INTERVENTION, action = Action.WRITE)
  String editForm(@AuthenticationPrincipal CeasefireUser me, @PathVariable long id, Model model) {
    return form(me, model, CallInInput.of(callIns.get(me.siteId(), id)), id, Map.of());
  }

  @PostMapping("/interventions/call-ins/{id}")
  @Guarded(value = Compartment.INTERVENTION, action = Action.WRITE)
  Object edit(
      @AuthenticationPrincipal CeasefireUser me,
      @PathVariable long id,
      @ModelAttribute CallInInput input,
      Model model) {
    try {
      callIns.edit(me, id, input);
      return "redirect:/interventions/call-ins/" + id;
    } catch (ValidationException e) {
      return FormErrors.rejected(form(me, model, input, id, FormErrors.of(e)));
    } catch (StaleRecordException e) {
      model.addAttribute("stale", e.getMessage());
      return FormErrors.rejected(form(me, model, input, id, Map.of()));
    }
  }

  @PostMapping("/interventions/call-ins")
  @Guarded(value = Compartment.INTERVENTION, action = Action.WRITE)
  Object plan(
      @AuthenticationPrincipal CeasefireUser me, @ModelAttribute CallInInput input, Model model) {
    try {
      return "redirect:/interventions/call-ins/" + callIns.plan(me, input).id();
    } catch (ValidationException e) {
      return FormErrors.rejected(form(me, model, input, null, FormErrors.of(e)));
    }
  }

  @GetMapping("/interventions/call-ins/{id}")
  @Guarded(Compartment.INTERVENTION)
  String show(@AuthenticationPrincipal CeasefireUser me, @PathVariable long id, Model model) {
    return show(me, id, model, Map.of(), null);
  }

  @GetMapping("/interventions/call-ins/{id}/sheet")
  @Guarded(Compartment.INTERVENTION)
  String sheet(@AuthenticationPrincipal CeasefireUser me, @PathVariable long id, Model model) {
    model.addAttribute("c", callIns.view(me, id));
    model.addAttribute(
        "invited",
        list.of(me, id).stream()
            .filter(p -> p.invitation().status().equals(Invitation.INVITED))
            .toList());
    return "interventions/sheet";
  }

  @PostMapping("/interventions/call-ins/{id}/steps")
  @Guarded(value = Compartment.INTERVENTION, action = Action.WRITE)
  Object step(
      @AuthenticationPrincipal CeasefireUser me,
      @PathVariable long id,
      @ModelAttribute CallInStep input,
      Model model) {
    return change(me, id, model, () -> callIns.step(me, id, input));
  }

  @PostMapping("/interventions/call-ins/{id}/speakers")
  @Guarded(value = Compartment.INTERVENTION, action = Action.WRITE)
  Object speaker(
      @AuthenticationPrincipal CeasefireUser me,
      @PathVariable long id,
      @ModelAttribute SpeakerInput input,
      Model model) {
    return change(me, id, model, () -> callIns.addSpeaker(me, id, input));
  }

  @PostMapping("/interventions/call-ins/{id}/proposal")
  @Guarded(value = Compartment.INTERVENTION, action = Action.WRITE)
  Object propose(@AuthenticationPrincipal CeasefireUser me, @PathVariable long id, Model model) {
    return change(me, id, model, () -> list.propose(me, id));
  }

  @PostMapping("/interventions/call-ins/{id}/invitations")
  @Guarded(value = Compartment.INTERVENTION, action = Action.WRITE)
  Object invite(
      @AuthenticationPrincipal CeasefireUser me,
      @PathVariable long id,
      @ModelAttribute InvitationInput input,
      Model model) {
    return change(me, id, model, () -> list.add(me, id, input));
  }

  @PostMapping("/interventions/call-ins/{id}/invitations/{invitationId}")
  @Guarded(value = Compartment.INTERVENTION, action = Action.WRITE)
  Object invitationStep(
      @AuthenticationPrincipal CeasefireUser me,
      @PathVariable long id,
      @PathVariable long invitationId,
      @ModelAttribute InvitationStep input,
      Model model) {
    return change(me, id, model, () -> list.step(me, id, invitationId, input));
  }

  private Object change(
      CeasefireUser me, long id, Model model, java.util.function.Supplier<?> work) {
    try {
      work.get();
      return "redirect:/interventions/call-ins/" + id;
    } catch (ValidationException e) {
      return FormErrors.rejected(show(me, id, model, FormErrors.of(e), null));
    } catch (StaleRecordException e) {
      return FormErrors.rejected(show(me, id, model, Map.of(), e.getMessage()));
    }
  }

  private String show(
      CeasefireUser me, long id, Model model, Map<String, String> errors, @Nullable String stale) {
    CallIn c = callIns.view(me, id);
    model.addAttribute("c", c);
    model.addAttribute(
        "listed", list.of(me, id).stream().map(InterventionResponses.InvitationRow::from).toList());
    model.addAttribute("errors", errors);
    model.addAttribute("stale", stale);
    model.addAttribute("messageKinds", CallIn.MESSAGES);
    model.addAttribute("speakerKinds", CallIn.SPEAKER_KINDS);
    model.addAttribute("today", callIns.today(me.siteId()));
    return "interventions/call-in";
  }

  private String form(
      CeasefireUser me,
      Model model,
      CallInInput input,
      @Nullable Long id,
      Map<String, String> errors) {
    model.addAttribute("form", input);
    model.addAttribute("callInId", id);
    model.addAttribute("errors", errors);
    model.addAttribute("jurisdictions", places.jurisdictions(me.siteId()));
    model.addAttribute("groups", groups.all(me.siteId()));
    return "interventions/call-in-form";
  }
}
