package org.ceasefire.interventions;

import java.util.Map;
import org.ceasefire.access.Action;
import org.ceasefire.access.CeasefireUser;
import org.ceasefire.access.Compartment;
import org.ceasefire.access.Guarded;
import org.ceasefire.groups.Groups;
import org.ceasefire.interventions.InterventionInputs.NotificationInput;
import org.ceasefire.interventions.InterventionInputs.OutcomeInput;
import org.ceasefire.interventions.InterventionInputs.TaskDone;
import org.ceasefire.interventions.InterventionInputs.TaskInput;
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
 * Custom-notification pages: the list, planning a visit, a visit with its outcome and tasks, the
 * letter.
 */
@Controller
class NotificationPages {

  private final Notifications notifications;
  private final Letters letters;
  private final CallIns callIns;
  private final Groups groups;

  NotificationPages(Notifications notifications, Letters letters, CallIns callIns, Groups groups) {
    this.notifications = notifications;
    this.letters = letters;
    this.callIns = callIns;
    this.groups = groups;
  }

  @GetMapping("/interventions/notifications")
  @Guarded(Compartment.INTERVENTION)
  String list(@AuthenticationPrincipal CeasefireUser me, Model model) {
    model.addAttribute("notifications", notifications.list(me));
    return "interventions/notifications";
  }

  @GetMapping("/interventions/notifications/new")
  @Guarded(value = Compartment.INTERVENTION, action = Action.WRITE)
  String planForm(
      @AuthenticationPrincipal CeasefireUser me,
      @RequestParam(required = false) @Nullable Long personId,
      Model model) {
    NotificationInput input =
        new NotificationInput(personId, null, null, null, null, null, null, null, null, null);
    return form(me, model, input, Map.of());
  }

  @PostMapping("/interventions/notifications")
  @Guarded(value = Compartment.INTERVENTION, action = Action.WRITE)
  Object plan(
      @AuthenticationPrincipal CeasefireUser me,
      @ModelAttribute NotificationInput input,
      Model model) {
    try {
      return "redirect:/interventions/notifications/" + notifications.plan(me, input).id();
    } catch (ValidationException e) {
      return FormErrors.rejected(form(me, model, input, FormErrors.of(e)));
    }
  }

  @GetMapping("/interventions/notifications/{id}")
  @Guarded(Compartment.INTERVENTION)
  String show(@AuthenticationPrincipal CeasefireUser me, @PathVariable long id, Model model) {
    return show(me, id, model, Map.of(), null);
  }

  @GetMapping("/interventions/notifications/{id}/letter")
  @Guarded(Compartment.INTERVENTION)
  String letter(@AuthenticationPrincipal CeasefireUser me, @PathVariable long id, Model model) {
    model.addAttribute("letter", letters.letter(me, id));
    return "interventions/letter";
  }

  @PostMapping("/interventions/notifications/{id}/outcome")
  @Guarded(value = Compartment.INTERVENTION, action = Action.WRITE)
  Object outcome(
      @AuthenticationPrincipal CeasefireUser me,
      @PathVariable long id,
      @ModelAttribute OutcomeInput input,
      Model model) {
    return change(me, id, model, () -> notifications.recordOutcome(me, id, input));
  }

  @PostMapping("/interventions/notifications/{id}/tasks")
  @Guarded(value = Compartment.INTERVENTION, action = Action.WRITE)
  Object task(
      @AuthenticationPrincipal CeasefireUser me,
      @PathVariable long id,
      @ModelAttribute TaskInput input,
      Model model) {
    return change(me, id, model, () -> notifications.addTask(me, id, input));
  }

  @PostMapping("/interventions/notifications/{id}/tasks/{taskId}/done")
  @Guarded(value = Compartment.INTERVENTION, action = Action.WRITE)
  Object taskDone(
      @AuthenticationPrincipal CeasefireUser me,
      @PathVariable long id,
      @PathVariable long taskId,
      @ModelAttribute TaskDone input,
      Model model) {
    return change(me, id, model, () -> notifications.completeTask(me, id, taskId, input));
  }

  private Object change(
      CeasefireUser me, long id, Model model, java.util.function.Supplier<?> work) {
    try {
      work.get();
      return "redirect:/interventions/notifications/" + id;
    } catch (ValidationException e) {
      return FormErrors.rejected(show(me, id, model, FormErrors.of(e), null));
    } catch (StaleRecordException e) {
      return FormErrors.rejected(show(me, id, model, Map.of(), e.getMessage()));
    }
  }

  private String show(
      CeasefireUser me, long id, Model model, Map<String, String> errors, @Nullable String stale) {
    model.addAttribute("n", notifications.view(me, id));
    model.addAttribute("errors", errors);
    model.addAttribute("stale", stale);
    model.addAttribute("outcomes", CustomNotification.OUTCOMES);
    model.addAttribute("today", callIns.today(me.siteId()));
    return "interventions/notification";
  }

  private String form(
      CeasefireUser me, Model model, NotificationInput input, Map<String, String> errors) {
    model.addAttribute("form", input);
    model.addAttribute("errors", errors);
    model.addAttribute("groups", groups.all(me.siteId()));
    return "interventions/notification-form";
  }
}
