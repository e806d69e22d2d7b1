package org.ceasefire.interventions;

import java.util.Map;
import org.ceasefire.access.Action;
import org.ceasefire.access.CeasefireUser;
import org.ceasefire.access.Compartment;
import org.ceasefire.access.Guarded;
import org.ceasefire.access.Sites;
import org.ceasefire.interventions.InterventionInputs.ActionInput;
import org.ceasefire.interventions.InterventionInputs.AttributionInput;
import org.ceasefire.platform.FormErrors;
import org.ceasefire.platform.ValidationException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/** The promise-kept dashboard, an offence's enforcement timeline, and the outcomes page. */
@Controller
class PromisePages {

  private final PromiseKept promises;
  private final Outcomes outcomes;
  private final CallIns callIns;
  private final Sites sites;

  PromisePages(PromiseKept promises, Outcomes outcomes, CallIns callIns, Sites sites) {
    this.promises = promises;
    this.outcomes = outcomes;
    this.callIns = callIns;
    this.sites = sites;
  }

  @GetMapping("/interventions/promises")
  @Guarded(Compartment.INTERVENTION)
  String dashboard(@AuthenticationPrincipal CeasefireUser me, Model model) {
    return dashboard(me, model, Map.of());
  }

  @PostMapping("/interventions/offences")
  @Guarded(value = Compartment.INTERVENTION, action = Action.WRITE)
  Object attribute(
      @AuthenticationPrincipal CeasefireUser me,
      @ModelAttribute AttributionInput input,
      Model model) {
    return attribution(me, "coordinator", input, model);
  }

  @PostMapping("/interventions/offences/by-rule")
  @Guarded(value = Compartment.INTERVENTION, action = Action.WRITE)
  Object confirm(
      @AuthenticationPrincipal CeasefireUser me,
      @ModelAttribute AttributionInput input,
      Model model) {
    return attribution(me, "rule", input, model);
  }

  @GetMapping("/interventions/offences/{id}")
  @Guarded(Compartment.INTERVENTION)
  String offence(@AuthenticationPrincipal CeasefireUser me, @PathVariable long id, Model model) {
    return offence(me, id, model, Map.of());
  }

  @PostMapping("/interventions/offences/{id}/actions")
  @Guarded(value = Compartment.INTERVENTION, action = Action.WRITE)
  Object act(
      @AuthenticationPrincipal CeasefireUser me,
      @PathVariable long id,
      @ModelAttribute ActionInput input,
      Model model) {
    try {
      promises.act(me, id, input);
      return "redirect:/interventions/offences/" + id;
    } catch (ValidationException e) {
      return FormErrors.rejected(offence(me, id, model, FormErrors.of(e)));
    }
  }

  @GetMapping("/interventions/outcomes")
  @Guarded(Compartment.INTERVENTION)
  String outcomes(@AuthenticationPrincipal CeasefireUser me, Model model) {
    model.addAttribute("report", outcomes.report(me));
    return "interventions/outcomes";
  }

  private Object attribution(CeasefireUser me, String basis, AttributionInput input, Model model) {
    try {
      return "redirect:/interventions/offences/" + promises.attribute(me, basis, input).id();
    } catch (ValidationException e) {
      return FormErrors.rejected(dashboard(me, model, FormErrors.of(e)));
    }
  }

  private String dashboard(CeasefireUser me, Model model, Map<String, String> errors) {
    model.addAttribute("d", promises.dashboard(me.siteId()));
    model.addAttribute("suggested", promises.suggestions(me));
    model.addAttribute("errors", errors);
    return "interventions/promises";
  }

  private String offence(CeasefireUser me, long id, Model model, Map<String, String> errors) {
    model.addAttribute("o", promises.get(me.siteId(), id));
    model.addAttribute("errors", errors);
    model.addAttribute("kinds", GroupOffence.EnforcementAction.KINDS);
    model.addAttribute("agencies", sites.agencies(me.siteId()));
    model.addAttribute("today", callIns.today(me.siteId()));
    return "interventions/offence";
  }
}
