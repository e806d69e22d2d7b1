package org.ceasefire.intelligence;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.ceasefire.access.Action;
import org.ceasefire.access.CeasefireUser;
import org.ceasefire.access.Compartment;
import org.ceasefire.access.Guarded;
import org.ceasefire.groups.MembershipLifecycle;
import org.ceasefire.platform.FormErrors;
import org.ceasefire.platform.ValidationException;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.ModelAndView;

/** Pages of the lifecycle: the approvers' and purgers' queues, dissemination, auditor report. */
@Controller
class IntelligencePages {

  /** The dissemination form as typed: entry ids separated by commas or spaces. */
  record DisseminationForm(
      @Nullable String recipientAgency, @Nullable String reason, @Nullable String entryIds) {
    Dissemination.Input input() {
      List<Long> ids = new ArrayList<>();
      for (String part : (entryIds == null ? "" : entryIds).split("[,\\s]+")) {
        if (part.isBlank()) {
          continue;
        }
        try {
          ids.add(Long.parseLong(part));
        } catch (NumberFormatException e) {
          throw ValidationException.of("entryIds", "is not an entry number", part);
        }
      }
      return new Dissemination.Input(recipientAgency, reason, ids);
    }
  }

  private final MembershipLifecycle lifecycle;
  private final PurgeQueue queue;
  private final Disseminations disseminations;
  private final ComplianceReports reports;

  IntelligencePages(
      MembershipLifecycle lifecycle,
      PurgeQueue queue,
      Disseminations disseminations,
      ComplianceReports reports) {
    this.lifecycle = lifecycle;
    this.queue = queue;
    this.disseminations = disseminations;
    this.reports = reports;
  }

  @GetMapping("/intelligence")
  @Guarded(value = Compartment.INTELLIGENCE, action = Action.WRITE)
  String queues(@AuthenticationPrincipal CeasefireUser me, Model model) {
    return page(me, model, new DisseminationForm(null, null, null), Map.of());
  }

  @PostMapping("/intelligence/entries/{id}/approval")
  @Guarded(value = Compartment.INTELLIGENCE, action = Action.WRITE)
  String approve(@AuthenticationPrincipal CeasefireUser me, @PathVariable long id) {
    lifecycle.approve(me, id);
    return "redirect:/intelligence";
  }

  @PostMapping("/intelligence/purge-queue/{id}/purge")
  @Guarded(value = Compartment.INTELLIGENCE, action = Action.WRITE)
  String purge(@AuthenticationPrincipal CeasefireUser me, @PathVariable long id) {
    queue.purge(me, id);
    return "redirect:/intelligence";
  }

  @PostMapping("/intelligence/disseminations")
  @Guarded(value = Compartment.INTELLIGENCE, action = Action.WRITE)
  Object disseminate(
      @AuthenticationPrincipal CeasefireUser me,
      @ModelAttribute DisseminationForm form,
      Model model) {
    try {
      disseminations.record(me, form.input());
      return "redirect:/intelligence";
    } catch (ValidationException e) {
      ModelAndView page = new ModelAndView(page(me, model, form, FormErrors.of(e)));
      page.setStatus(HttpStatus.UNPROCESSABLE_CONTENT);
      return page;
    }
  }

  @GetMapping("/intelligence/report")
  @Guarded(Compartment.AUDIT)
  String report(@AuthenticationPrincipal CeasefireUser me, Model model) {
    model.addAttribute("report", reports.report(me));
    return "intelligence/report";
  }

  private String page(
      CeasefireUser me, Model model, DisseminationForm form, Map<String, String> errors) {
    model.addAttribute("pending", lifecycle.pending(me));
    model.addAttribute("queue", queue.list(me.siteId()));
    model.addAttribute("disseminations", disseminations.list(me.siteId()));
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    return "intelligence/queues";
  }
}
