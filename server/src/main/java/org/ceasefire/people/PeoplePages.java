package org.ceasefire.people;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ceasefire.access.AccessPolicy;
import org.ceasefire.access.Action;
import org.ceasefire.access.CeasefireUser;
import org.ceasefire.access.Compartment;
import org.ceasefire.access.Guarded;
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

/** People pages: list with search, a person's page, create and edit forms. */
@Controller
class PeoplePages {

  private final People people;
  private final AccessPolicy policy;
  private final List<PersonSection> sections;

  PeoplePages(People people, AccessPolicy policy, List<PersonSection> sections) {
    this.people = people;
    this.policy = policy;
    this.sections =
        sections.stream().sorted(Comparator.comparingInt(PersonSection::order)).toList();
  }

  @GetMapping("/people")
  @Guarded(Compartment.IDENTITY)
  String list(
      @AuthenticationPrincipal CeasefireUser me,
      @RequestParam(required = false) @Nullable String q,
      @RequestParam(required = false) @Nullable String supervision,
      @RequestParam(defaultValue = "0") int page,
      Model model) {
    boolean showSupervision = policy.canRead(me.role(), Compartment.SUPERVISION);
    String filter = showSupervision ? supervision : null;
    model.addAttribute("result", people.find(me, q, filter, page, 25));
    model.addAttribute("q", q == null ? "" : q);
    model.addAttribute("supervision", filter == null ? "" : filter);
    model.addAttribute("supervisionOptions", PersonInput.SUPERVISION);
    model.addAttribute("showSupervision", showSupervision);
    return "people/list";
  }

  @GetMapping("/people/{id}")
  @Guarded(Compartment.IDENTITY)
  String show(@AuthenticationPrincipal CeasefireUser me, @PathVariable long id, Model model) {
    model.addAttribute("person", people.view(me, id));
    model.addAttribute("showSupervision", policy.canRead(me.role(), Compartment.SUPERVISION));
    model.addAttribute(
        "sections",
        sections.stream().map(s -> s.section(me, id)).flatMap(Optional::stream).toList());
    model.addAttribute("history", people.history(me.siteId(), id));
    return "people/show";
  }

  @GetMapping("/people/new")
  @Guarded(value = Compartment.IDENTITY, action = Action.WRITE)
  String createForm(@AuthenticationPrincipal CeasefireUser me, Model model) {
    return form(me, model, PersonInput.empty(), null, Map.of());
  }

  @PostMapping("/people")
  @Guarded(value = Compartment.IDENTITY, action = Action.WRITE)
  Object create(
      @AuthenticationPrincipal CeasefireUser me, @ModelAttribute PersonInput input, Model model) {
    try {
      return "redirect:/people/" + people.create(me, input).id();
    } catch (ValidationException e) {
      return FormErrors.rejected(form(me, model, input, null, FormErrors.of(e)));
    }
  }

  @GetMapping("/people/{id}/edit")
  @Guarded(value = Compartment.IDENTITY, action = Action.WRITE)
  String editForm(@AuthenticationPrincipal CeasefireUser me, @PathVariable long id, Model model) {
    return form(me, model, PersonInput.of(people.get(me.siteId(), id)), id, Map.of());
  }

  @PostMapping("/people/{id}")
  @Guarded(value = Compartment.IDENTITY, action = Action.WRITE)
  Object update(
      @AuthenticationPrincipal CeasefireUser me,
      @PathVariable long id,
      @ModelAttribute PersonInput input,
      Model model) {
    try {
      people.update(me, id, input);
      return "redirect:/people/" + id;
    } catch (ValidationException e) {
      return FormErrors.rejected(form(me, model, input, id, FormErrors.of(e)));
    } catch (StaleRecordException e) {
      model.addAttribute("stale", e.getMessage());
      return FormErrors.rejected(form(me, model, input, id, Map.of()));
    }
  }

  private String form(
      CeasefireUser me,
      Model model,
      PersonInput input,
      @Nullable Long id,
      Map<String, String> errors) {
    model.addAttribute("form", input);
    model.addAttribute("personId", id);
    model.addAttribute("title", id == null ? "New person" : "Edit person");
    model.addAttribute("errors", errors);
    model.addAttribute("sexes", List.of("female", "male", "other", "unknown"));
    model.addAttribute("races", PersonInput.RACES);
    model.addAttribute("supervisionOptions", PersonInput.SUPERVISION);
    model.addAttribute("editSupervision", policy.canWrite(me.role(), Compartment.SUPERVISION));
    return "people/form";
  }
}
