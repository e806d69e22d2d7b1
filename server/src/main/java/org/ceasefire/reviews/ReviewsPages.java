package org.ceasefire.reviews;

import java.util.List;
import java.util.Map;
import org.ceasefire.access.Action;
import org.ceasefire.access.CeasefireUser;
import org.ceasefire.access.Compartment;
import org.ceasefire.access.Guarded;
import org.ceasefire.access.Sites;
import org.ceasefire.incidents.Incidents;
import org.ceasefire.places.Places;
import org.ceasefire.platform.FormErrors;
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

/** Shooting-review pages: the meetings, scheduling one, and a meeting's agenda. */
@Controller
class ReviewsPages {

  private final Reviews reviews;
  private final ReviewActions actions;
  private final Places places;
  private final Incidents incidents;
  private final Sites sites;

  ReviewsPages(
      Reviews reviews, ReviewActions actions, Places places, Incidents incidents, Sites sites) {
    this.reviews = reviews;
    this.actions = actions;
    this.places = places;
    this.incidents = incidents;
    this.sites = sites;
  }

  @GetMapping("/reviews")
  @Guarded(Compartment.INVESTIGATIVE)
  String list(@AuthenticationPrincipal CeasefireUser me, Model model) {
    return list(me, model, Map.of());
  }

  @PostMapping("/reviews")
  @Guarded(value = Compartment.INVESTIGATIVE, action = Action.WRITE)
  Object schedule(
      @AuthenticationPrincipal CeasefireUser me,
      @RequestParam(required = false) @Nullable Long jurisdictionId,
      @RequestParam(required = false) @Nullable String meetsOn,
      Model model) {
    try {
      return "redirect:/reviews/" + reviews.schedule(me, jurisdictionId, meetsOn).id();
    } catch (ValidationException e) {
      return FormErrors.rejected(list(me, model, FormErrors.of(e)));
    }
  }

  @GetMapping("/reviews/{id}")
  @Guarded(Compartment.INVESTIGATIVE)
  String agenda(@AuthenticationPrincipal CeasefireUser me, @PathVariable long id, Model model) {
    return agenda(me, id, model, Map.of());
  }

  @PostMapping("/reviews/{id}/actions")
  @Guarded(value = Compartment.INVESTIGATIVE, action = Action.WRITE)
  Object addAction(
      @AuthenticationPrincipal CeasefireUser me,
      @PathVariable long id,
      @ModelAttribute ReviewActions.ActionInput input,
      Model model) {
    try {
      actions.add(me, id, input);
      return "redirect:/reviews/" + id + "#actions";
    } catch (ValidationException e) {
      return FormErrors.rejected(agenda(me, id, model, FormErrors.of(e)));
    }
  }

  @PostMapping("/reviews/{id}/actions/{actionId}")
  @Guarded(value = Compartment.INVESTIGATIVE, action = Action.WRITE)
  String closeAction(
      @AuthenticationPrincipal CeasefireUser me,
      @PathVariable long id,
      @PathVariable long actionId,
      @RequestParam int version,
      @RequestParam String status) {
    actions.close(me, actionId, version, status);
    return "redirect:/reviews/" + id + "#actions";
  }

  @PostMapping("/reviews/{id}/attendance")
  @Guarded(value = Compartment.INVESTIGATIVE, action = Action.WRITE)
  Object attended(
      @AuthenticationPrincipal CeasefireUser me,
      @PathVariable long id,
      @RequestParam(required = false) @Nullable String name,
      @RequestParam(required = false) @Nullable Long attendeeAgencyId,
      Model model) {
    try {
      actions.attended(me, id, name, attendeeAgencyId);
      return "redirect:/reviews/" + id + "#attendance";
    } catch (ValidationException e) {
      return FormErrors.rejected(agenda(me, id, model, FormErrors.of(e)));
    }
  }

  @PostMapping("/reviews/{id}/notes")
  @Guarded(value = Compartment.INVESTIGATIVE, action = Action.WRITE)
  Object addNote(
      @AuthenticationPrincipal CeasefireUser me,
      @PathVariable long id,
      @RequestParam long incidentId,
      @RequestParam(required = false) @Nullable String note,
      Model model) {
    try {
      actions.note(me, id, incidentId, note);
      return "redirect:/reviews/" + id + "#incident-" + incidentId;
    } catch (ValidationException e) {
      return FormErrors.rejected(agenda(me, id, model, FormErrors.of(e)));
    }
  }

  private String agenda(CeasefireUser me, long id, Model model, Map<String, String> errors) {
    ReviewMeeting meeting = reviews.meeting(me.siteId(), id);
    model.addAttribute("meeting", meeting);
    List<AgendaItem> items = reviews.agenda(me, meeting);
    model.addAttribute("items", items);
    model.addAttribute("alerts", reviews.alerts(me, items));
    model.addAttribute("window", reviews.nearRepeatWindow(me.siteId()));
    model.addAttribute("zone", incidents.zone(me.siteId()));
    model.addAttribute("actions", actions.forMeeting(me.siteId(), id));
    model.addAttribute("notes", actions.notes(me.siteId(), id));
    model.addAttribute("attendance", actions.attendance(me.siteId(), id));
    model.addAttribute("agencies", sites.agencies(me.siteId()));
    model.addAttribute("errors", errors);
    return "reviews/agenda";
  }

  private String list(CeasefireUser me, Model model, Map<String, String> errors) {
    model.addAttribute("meetings", reviews.meetings(me.siteId()));
    model.addAttribute("jurisdictions", places.jurisdictions(me.siteId()));
    model.addAttribute("errors", errors);
    return "reviews/list";
  }
}
