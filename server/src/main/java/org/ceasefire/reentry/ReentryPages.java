package org.ceasefire.reentry;

import java.util.Map;
import org.ceasefire.access.Action;
import org.ceasefire.access.CeasefireUser;
import org.ceasefire.access.Compartment;
import org.ceasefire.access.Guarded;
import org.ceasefire.access.Sites;
import org.ceasefire.outreach.Outreach;
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

/** Reentry pages: upcoming releases, a release with its contacts, the form for a new one. */
@Controller
class ReentryPages {

  private final Reentry reentry;
  private final People people;
  private final Sites sites;
  private final Outreach outreach;

  ReentryPages(Reentry reentry, People people, Sites sites, Outreach outreach) {
    this.reentry = reentry;
    this.people = people;
    this.sites = sites;
    this.outreach = outreach;
  }

  @GetMapping("/reentry")
  @Guarded(Compartment.SUPERVISION)
  String upcoming(
      @AuthenticationPrincipal CeasefireUser me,
      @RequestParam(defaultValue = "90") int days,
      @RequestParam(defaultValue = "false") boolean groupMembersOnly,
      Model model) {
    model.addAttribute("upcoming", reentry.upcoming(me, days, groupMembersOnly));
    model.addAttribute("days", days);
    model.addAttribute("groupMembersOnly", groupMembersOnly);
    return "reentry/upcoming";
  }

  @GetMapping("/reentry/releases/new")
  @Guarded(value = Compartment.SUPERVISION, action = Action.WRITE)
  String form(@AuthenticationPrincipal CeasefireUser me, @RequestParam long personId, Model model) {
    return form(me, personId, model, Map.of());
  }

  @PostMapping("/reentry/releases")
  @Guarded(value = Compartment.SUPERVISION, action = Action.WRITE)
  Object record(
      @AuthenticationPrincipal CeasefireUser me, @ModelAttribute ReleaseInput in, Model model) {
    try {
      return "redirect:/reentry/releases/" + reentry.record(me, in);
    } catch (ValidationException e) {
      return FormErrors.rejected(
          form(me, in.personId() == null ? 0 : in.personId(), model, FormErrors.of(e)));
    }
  }

  @GetMapping("/reentry/releases/{id}")
  @Guarded(Compartment.SUPERVISION)
  String show(@AuthenticationPrincipal CeasefireUser me, @PathVariable long id, Model model) {
    return show(me, id, model, Map.of());
  }

  @PostMapping("/reentry/releases/{id}")
  @Guarded(value = Compartment.SUPERVISION, action = Action.WRITE)
  Object change(
      @AuthenticationPrincipal CeasefireUser me,
      @PathVariable long id,
      @RequestParam String action,
      @RequestParam(required = false) @Nullable Integer version,
      @RequestParam Map<String, String> form,
      Model model) {
    try {
      switch (action) {
        case "released" -> reentry.released(me, id, version, form.get("releasedOn"));
        case "cancel" -> reentry.cancel(me, id, version);
        case "contact" ->
            reentry.addContact(
                me,
                id,
                form.get("kind"),
                form.get("heldOn"),
                form.get("attendees"),
                form.get("note"));
        default -> throw ValidationException.of("action", "unknown change", action);
      }
      return "redirect:/reentry/releases/" + id;
    } catch (ValidationException e) {
      return FormErrors.rejected(show(me, id, model, FormErrors.of(e)));
    } catch (StaleRecordException e) {
      model.addAttribute("stale", e.getMessage());
      return FormErrors.rejected(show(me, id, model, Map.of()));
    }
  }

  @PostMapping("/reentry/releases/{id}/hand-off")
  @Guarded(value = Compartment.SUPERVISION, action = Action.WRITE)
  Object handOff(
      @AuthenticationPrincipal CeasefireUser me,
      @PathVariable long id,
      @RequestParam(required = false) @Nullable Long providerId,
      Model model) {
    try {
      reentry.handOff(me, id, providerId);
      return "redirect:/reentry/releases/" + id + "?handedOff";
    } catch (ValidationException e) {
      return FormErrors.rejected(show(me, id, model, FormErrors.of(e)));
    }
  }

  private String show(CeasefireUser me, long id, Model model, Map<String, String> errors) {
    Reentry.ReleaseFile f = reentry.view(me, id);
    model.addAttribute("file", f);
    model.addAttribute("r", f.release());
    model.addAttribute("kinds", Reentry.CONTACT_KINDS);
    model.addAttribute("providers", outreach.providers(me.siteId()));
    model.addAttribute("errors", errors);
    model.addAttribute("today", java.time.LocalDate.now());
    return "reentry/release";
  }

  private String form(CeasefireUser me, long personId, Model model, Map<String, String> errors) {
    model.addAttribute("person", people.get(me.siteId(), personId));
    model.addAttribute("agencies", sites.agencies(me.siteId()));
    model.addAttribute("kinds", Release.SUPERVISION);
    model.addAttribute("errors", errors);
    return "reentry/form";
  }
}
