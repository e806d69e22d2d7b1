package org.ceasefire.groups;

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
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Group pages: list, a group's page with members and rivals, forms. */
@Controller
class GroupsPages {

  private final Groups groups;
  private final Places places;

  GroupsPages(Groups groups, Places places) {
    this.groups = groups;
    this.places = places;
  }

  @GetMapping("/groups")
  @Guarded(Compartment.INTELLIGENCE)
  Object list(
      @AuthenticationPrincipal CeasefireUser me,
      @RequestParam(required = false) @Nullable String purpose,
      @RequestParam(required = false) @Nullable String q,
      @RequestParam(required = false) @Nullable String status,
      @RequestParam(required = false) @Nullable Long jurisdiction,
      @RequestParam(defaultValue = "0") int page,
      Model model) {
    model.addAttribute("purposes", SearchPurpose.values());
    model.addAttribute("purpose", purpose == null ? "" : purpose);
    model.addAttribute("q", q == null ? "" : q);
    model.addAttribute("status", status == null ? "" : status);
    model.addAttribute("jurisdiction", jurisdiction);
    model.addAttribute("statuses", GroupInput.STATUSES);
    model.addAttribute("jurisdictions", places.jurisdictions(me.siteId()));
    if (purpose == null || purpose.isBlank()) {
      model.addAttribute("result", null);
      return "groups/list"; // ask for the purpose first
    }
    try {
      model.addAttribute("result", groups.find(me, purpose, q, status, jurisdiction, page, 25));
      return "groups/list";
    } catch (ValidationException e) {
      model.addAttribute("errors", FormErrors.of(e));
      model.addAttribute("result", null);
      return FormErrors.rejected("groups/list");
    }
  }

  @GetMapping("/groups/{id}")
  @Guarded(Compartment.INTELLIGENCE)
  String show(@AuthenticationPrincipal CeasefireUser me, @PathVariable long id, Model model) {
    return page(me, id, model, Map.of(), Map.of());
  }

  @GetMapping("/groups/new")
  @Guarded(value = Compartment.INTELLIGENCE, action = Action.WRITE)
  String createForm(@AuthenticationPrincipal CeasefireUser me, Model model) {
    return form(me, model, GroupInput.empty(), null, Map.of());
  }

  @PostMapping("/groups")
  @Guarded(value = Compartment.INTELLIGENCE, action = Action.WRITE)
  Object create(
      @AuthenticationPrincipal CeasefireUser me, @ModelAttribute GroupInput input, Model model) {
    try {
      return "redirect:/groups/" + groups.create(me, input).id();
    } catch (ValidationException e) {
      return FormErrors.rejected(form(me, model, input, null, FormErrors.of(e)));
    }
  }

  @GetMapping("/groups/{id}/edit")
  @Guarded(value = Compartment.INTELLIGENCE, action = Action.WRITE)
  String editForm(@AuthenticationPrincipal CeasefireUser me, @PathVariable long id, Model model) {
    return form(me, model, GroupInput.of(groups.get(me.siteId(), id)), id, Map.of());
  }

  @PostMapping("/groups/{id}")
  @Guarded(value = Compartment.INTELLIGENCE, action = Action.WRITE)
  Object update(
      @AuthenticationPrincipal CeasefireUser me,
      @PathVariable long id,
      @ModelAttribute GroupInput input,
      Model model) {
    try {
      groups.update(me, id, input);
      return "redirect:/groups/" + id;
    } catch (ValidationException e) {
      return FormErrors.rejected(form(me, model, input, id, FormErrors.of(e)));
    } catch (StaleRecordException e) {
      model.addAttribute("stale", e.getMessage());
      return FormErrors.rejected(form(me, model, input, id, Map.of()));
    }
  }

  @PostMapping("/groups/{id}/members")
  @Guarded(value = Compartment.INTELLIGENCE, action = Action.WRITE)
  Object addMember(
      @AuthenticationPrincipal CeasefireUser me,
      @PathVariable long id,
      @ModelAttribute MembershipInput input,
      Model model) {
    try {
      groups.addMember(me, id, input);
      return "redirect:/groups/" + id;
    } catch (ValidationException e) {
      return FormErrors.rejected(page(me, id, model, FormErrors.of(e), Map.of()));
    }
  }

  @PostMapping("/groups/{id}/relationships")
  @Guarded(value = Compartment.INTELLIGENCE, action = Action.WRITE)
  Object addRelationship(
      @AuthenticationPrincipal CeasefireUser me,
      @PathVariable long id,
      @ModelAttribute RelationshipInput input,
      Model model) {
    try {
      groups.addRelationship(me, id, input);
      return "redirect:/groups/" + id;
    } catch (ValidationException e) {
      return FormErrors.rejected(page(me, id, model, Map.of(), FormErrors.of(e)));
    }
  }

  private String page(
      CeasefireUser me,
      long id,
      Model model,
      Map<String, String> memberErrors,
      Map<String, String> relationshipErrors) {
    model.addAttribute("group", groups.view(me, id));
    model.addAttribute("members", groups.members(me, id));
    model.addAttribute("relationships", groups.relationships(me.siteId(), id));
    model.addAttribute("criteria", groups.criteria(me.siteId()));
    model.addAttribute("roles", MembershipInput.ROLES);
    model.addAttribute("otherGroups", groups.all(me.siteId()));
    model.addAttribute("memberErrors", memberErrors);
    model.addAttribute("relationshipErrors", relationshipErrors);
    return "groups/show";
  }

  private String form(
      CeasefireUser me,
      Model model,
      GroupInput input,
      @Nullable Long id,
      Map<String, String> errors) {
    model.addAttribute("form", input);
    model.addAttribute("groupId", id);
    model.addAttribute("title", id == null ? "New group" : "Edit group");
    model.addAttribute("errors", errors);
    model.addAttribute("types", GroupInput.TYPES);
    model.addAttribute("statuses", GroupInput.STATUSES);
    model.addAttribute("jurisdictions", places.jurisdictions(me.siteId()));
    return "groups/form";
  }
}
