package org.ceasefire.outreach;

import java.util.Arrays;
import java.util.Map;
import org.ceasefire.access.Action;
import org.ceasefire.access.CeasefireUser;
import org.ceasefire.access.Compartment;
import org.ceasefire.access.Guarded;
import org.ceasefire.outreach.OutreachInputs.ConsentInput;
import org.ceasefire.outreach.OutreachInputs.ContactInput;
import org.ceasefire.outreach.OutreachInputs.ServiceInput;
import org.ceasefire.people.People;
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

/** Outreach pages: the caseload, a referral's file with its forms, and the referral form. */
@Controller
class OutreachPages {

  private final Outreach outreach;
  private final People people;

  OutreachPages(Outreach outreach, People people) {
    this.outreach = outreach;
    this.people = people;
  }

  @GetMapping("/outreach")
  @Guarded(Compartment.OUTREACH)
  String caseload(@AuthenticationPrincipal CeasefireUser me, Model model) {
    model.addAttribute("referrals", outreach.caseload(me));
    return "outreach/caseload";
  }

  @GetMapping("/outreach/referrals/new")
  @Guarded(value = Compartment.INTERVENTION, action = Action.WRITE)
  String referForm(
      @AuthenticationPrincipal CeasefireUser me,
      @RequestParam long personId,
      @RequestParam(required = false) @Nullable String source,
      @RequestParam(required = false) @Nullable Long sourceId,
      Model model) {
    model.addAttribute("source", source);
    model.addAttribute("sourceId", sourceId);
    return referForm(me, personId, model, Map.of());
  }

  @PostMapping("/outreach/referrals")
  @Guarded(value = Compartment.INTERVENTION, action = Action.WRITE)
  Object refer(
      @AuthenticationPrincipal CeasefireUser me, @ModelAttribute OutreachReferral in, Model model) {
    try {
      outreach.refer(me, in);
      return "redirect:/people/" + in.personId() + "?referred";
    } catch (ValidationException e) {
      model.addAttribute("source", in.source());
      model.addAttribute("sourceId", in.sourceId());
      return FormErrors.rejected(
          referForm(me, in.personId() == null ? 0 : in.personId(), model, FormErrors.of(e)));
    }
  }

  @GetMapping("/outreach/referrals/{id}")
  @Guarded(Compartment.OUTREACH)
  String file(@AuthenticationPrincipal CeasefireUser me, @PathVariable long id, Model model) {
    return file(me, id, model, Map.of());
  }

  /** Every change from the referral's page: which one is in {@code action}. */
  @PostMapping("/outreach/referrals/{id}")
  @Guarded(value = Compartment.OUTREACH, action = Action.WRITE)
  Object change(
      @AuthenticationPrincipal CeasefireUser me,
      @PathVariable long id,
      @RequestParam String action,
      @RequestParam(required = false) @Nullable Integer version,
      @RequestParam Map<String, String> form,
      Model model) {
    try {
      switch (action) {
        case "take" -> outreach.take(me, id, version);
        case "assess" ->
            outreach.assess(
                me,
                id,
                version,
                Arrays.stream(form.getOrDefault("needs", "").split(","))
                    .map(String::strip)
                    .filter(s -> !s.isEmpty())
                    .toList());
        case "service" ->
            outreach.addService(
                me,
                id,
                version,
                new ServiceInput(form.get("kind"), form.get("provider"), form.get("startedOn")));
        case "contact" ->
            outreach.addContact(
                me,
                id,
                new ContactInput(form.get("kind"), form.get("contactedOn"), form.get("note")));
        case "milestone" -> outreach.addMilestone(me, id, form.get("what"), form.get("achievedOn"));
        case "decline" -> outreach.decline(me, id, version);
        case "exit" -> outreach.exit(me, id, version, form.get("reason"));
        case "consent" ->
            outreach.recordConsent(
                me,
                id,
                new ConsentInput(
                    form.get("personName"),
                    form.get("recipient"),
                    form.get("purpose"),
                    "on".equals(form.get("revocationExplained")),
                    form.get("signedBy"),
                    form.get("signedOn"),
                    form.get("expiresOn")));
        case "revoke" ->
            outreach.revokeConsent(me, id, Long.parseLong(form.getOrDefault("consent", "0")));
        default -> throw ValidationException.of("action", "unknown change", action);
      }
      return "redirect:/outreach/referrals/" + id;
    } catch (ValidationException e) {
      return FormErrors.rejected(file(me, id, model, FormErrors.of(e)));
    } catch (StaleRecordException e) {
      model.addAttribute("stale", e.getMessage());
      return FormErrors.rejected(file(me, id, model, Map.of()));
    }
  }

  private String file(CeasefireUser me, long id, Model model, Map<String, String> errors) {
    Outreach.ReferralFile f = outreach.view(me, id);
    model.addAttribute("file", f);
    model.addAttribute("r", f.referral());
    model.addAttribute(
        "mine", f.referral().workerId() != null && f.referral().workerId() == me.id());
    model.addAttribute("needs", Referral.NEEDS);
    model.addAttribute("contactKinds", ContactInput.KINDS);
    model.addAttribute("errors", errors);
    model.addAttribute("today", java.time.LocalDate.now());
    return "outreach/referral";
  }

  private String referForm(
      CeasefireUser me, long personId, Model model, Map<String, String> errors) {
    model.addAttribute("person", people.get(me.siteId(), personId));
    model.addAttribute("providers", outreach.providers(me.siteId()));
    model.addAttribute("sources", Referral.SOURCES);
    model.addAttribute("errors", errors);
    return "outreach/refer";
  }
}
