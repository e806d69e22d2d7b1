package org.ceasefire.incidents;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.ceasefire.access.Action;
import org.ceasefire.access.CeasefireUser;
import org.ceasefire.access.Compartment;
import org.ceasefire.access.Guarded;
import org.ceasefire.places.Places;
import org.ceasefire.platform.FormErrors;
import org.ceasefire.platform.StaleRecordException;
import org.ceasefire.platform.ValidationException;
import org.jspecify.annotations.Nullable;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Incident pages: filtered list, an incident's page with participants and firearms, forms. */
@Controller
class IncidentsPages {

  private final Incidents incidents;
  private final Places places;

  IncidentsPages(Incidents incidents, Places places) {
    this.incidents = incidents;
    this.places = places;
  }

  @GetMapping("/incidents")
  @Guarded(Compartment.INVESTIGATIVE)
  String list(
      @AuthenticationPrincipal CeasefireUser me,
      @RequestParam(required = false) @Nullable String q,
      @RequestParam(required = false) @Nullable String type,
      @RequestParam(required = false) @Nullable Long jurisdiction,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
          @Nullable LocalDate from,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
          @Nullable LocalDate to,
      @RequestParam(defaultValue = "0") int page,
      Model model) {
    ZoneId zone = incidents.zone(me.siteId());
    IncidentFilter filter =
        new IncidentFilter(
            q,
            type == null || type.isBlank() ? null : type,
            jurisdiction,
            from == null ? null : from.atStartOfDay(zone).toOffsetDateTime(),
            to == null ? null : to.plusDays(1).atStartOfDay(zone).toOffsetDateTime());
    model.addAttribute("result", incidents.search(me.siteId(), filter, page, 25));
    model.addAttribute("q", q == null ? "" : q);
    model.addAttribute("type", type == null ? "" : type);
    model.addAttribute("jurisdiction", jurisdiction);
    model.addAttribute("from", from);
    model.addAttribute("to", to);
    model.addAttribute("zone", zone);
    model.addAttribute("types", IncidentInput.TYPES);
    model.addAttribute("jurisdictions", places.jurisdictions(me.siteId()));
    return "incidents/list";
  }

  @GetMapping("/incidents/{id}")
  @Guarded(Compartment.INVESTIGATIVE)
  String show(@AuthenticationPrincipal CeasefireUser me, @PathVariable long id, Model model) {
    return page(me, id, model, Map.of(), Map.of());
  }

  @GetMapping("/incidents/new")
  @Guarded(value = Compartment.INVESTIGATIVE, action = Action.WRITE)
  String createForm(@AuthenticationPrincipal CeasefireUser me, Model model) {
    return form(me, model, IncidentInput.empty(), null, Map.of());
  }

  @PostMapping("/incidents")
  @Guarded(value = Compartment.INVESTIGATIVE, action = Action.WRITE)
  Object create(
      @AuthenticationPrincipal CeasefireUser me, @ModelAttribute IncidentInput input, Model model) {
    try {
      return "redirect:/incidents/" + incidents.create(me, input).id();
    } catch (ValidationException e) {
      return FormErrors.rejected(form(me, model, input, null, FormErrors.of(e)));
    }
  }

  @GetMapping("/incidents/{id}/edit")
  @Guarded(value = Compartment.INVESTIGATIVE, action = Action.WRITE)
  String editForm(@AuthenticationPrincipal CeasefireUser me, @PathVariable long id, Model model) {
    IncidentInput input =
        IncidentInput.of(incidents.get(me.siteId(), id), incidents.zone(me.siteId()));
    return form(me, model, input, id, Map.of());
  }

  @PostMapping("/incidents/{id}")
  @Guarded(value = Compartment.INVESTIGATIVE, action = Action.WRITE)
  Object update(
      @AuthenticationPrincipal CeasefireUser me,
      @PathVariable long id,
      @ModelAttribute IncidentInput input,
      Model model) {
    try {
      incidents.update(me, id, input);
      return "redirect:/incidents/" + id;
    } catch (ValidationException e) {
      return FormErrors.rejected(form(me, model, input, id, FormErrors.of(e)));
    } catch (StaleRecordException e) {
      model.addAttribute("stale", e.getMessage());
      return FormErrors.rejected(form(me, model, input, id, Map.of()));
    }
  }

  @PostMapping("/incidents/{id}/participants")
  @Guarded(value = Compartment.INVESTIGATIVE, action = Action.WRITE)
  Object addParticipant(
      @AuthenticationPrincipal CeasefireUser me,
      @PathVariable long id,
      @ModelAttribute ParticipantInput input,
      Model model) {
    try {
      incidents.addParticipant(me, id, input);
      return "redirect:/incidents/" + id;
    } catch (ValidationException e) {
      return FormErrors.rejected(page(me, id, model, FormErrors.of(e), Map.of()));
    }
  }

  @PostMapping("/incidents/{id}/firearms")
  @Guarded(value = Compartment.INVESTIGATIVE, action = Action.WRITE)
  Object addFirearm(
      @AuthenticationPrincipal CeasefireUser me,
      @PathVariable long id,
      @ModelAttribute FirearmInput input,
      Model model) {
    try {
      incidents.addFirearm(me, id, input);
      return "redirect:/incidents/" + id;
    } catch (ValidationException e) {
      return FormErrors.rejected(page(me, id, model, Map.of(), FormErrors.of(e)));
    }
  }

  private String page(
      CeasefireUser me,
      long id,
      Model model,
      Map<String, String> participantErrors,
      Map<String, String> firearmErrors) {
    model.addAttribute("incident", incidents.view(me, id));
    model.addAttribute("zone", incidents.zone(me.siteId()));
    model.addAttribute("roles", ParticipantInput.ROLES);
    model.addAttribute("injuries", ParticipantInput.INJURIES);
    model.addAttribute("kinds", FirearmInput.KINDS);
    model.addAttribute("participantErrors", participantErrors);
    model.addAttribute("firearmErrors", firearmErrors);
    return "incidents/show";
  }

  private String form(
      CeasefireUser me,
      Model model,
      IncidentInput input,
      @Nullable Long id,
      Map<String, String> errors) {
    model.addAttribute("form", input);
    model.addAttribute("incidentId", id);
    model.addAttribute("title", id == null ? "Record incident" : "Edit incident");
    model.addAttribute("errors", errors);
    model.addAttribute("types", IncidentInput.TYPES);
    model.addAttribute("jurisdictions", places.jurisdictions(me.siteId()));
    // only the chosen city's areas: the page script offers another city's when the city changes
    model.addAttribute(
        "areas",
        input.jurisdictionId() == null
            ? java.util.List.of()
            : places.areaNames(me.siteId(), input.jurisdictionId()));
    return "incidents/form";
  }
}
