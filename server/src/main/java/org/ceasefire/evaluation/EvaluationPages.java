package org.ceasefire.evaluation;

import java.util.List;
import java.util.Map;
import org.ceasefire.access.AccessPolicy;
import org.ceasefire.access.Action;
import org.ceasefire.access.CeasefireUser;
import org.ceasefire.access.Compartment;
import org.ceasefire.access.Guarded;
import org.ceasefire.places.Places;
import org.ceasefire.platform.FormErrors;
import org.ceasefire.platform.NotFoundException;
import org.ceasefire.platform.StaleRecordException;
import org.ceasefire.platform.ValidationException;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The evaluation pages: the program and every design's chart, result and caveats; the program form
 * (coordinator); the input files; and the researcher extract's form and download.
 */
@Controller
class EvaluationPages {

  private final Programs programs;
  private final Evaluations evaluations;
  private final ResearchExtracts extracts;
  private final OutcomeSeries outcomes;
  private final Places places;
  private final AccessPolicy policy;

  EvaluationPages(
      Programs programs,
      Evaluations evaluations,
      ResearchExtracts extracts,
      OutcomeSeries outcomes,
      Places places,
      AccessPolicy policy) {
    this.programs = programs;
    this.evaluations = evaluations;
    this.extracts = extracts;
    this.outcomes = outcomes;
    this.places = places;
    this.policy = policy;
  }

  @GetMapping("/evaluation")
  @Guarded(Compartment.AGGREGATE)
  String index(@AuthenticationPrincipal CeasefireUser me, Model model) {
    long site = me.siteId();
    Programs.PlaceNames names = programs.placeNames(site);
    var evaluation = evaluations.of(me);
    model.addAttribute("evaluation", evaluation.orElse(null));
    model.addAttribute(
        "program",
        evaluation
            .map(e -> EvaluationResponses.ProgramResponse.from(e.program(), names))
            .orElse(null));
    model.addAttribute(
        "history", evaluation.map(e -> programs.history(site, e.program().id())).orElse(List.of()));
    model.addAttribute("mayDefine", policy.canWrite(me.role(), Compartment.ADMINISTRATION));
    model.addAttribute("mayExtract", policy.canRead(me.role(), Compartment.RESEARCH));
    return "evaluation/index";
  }

  @GetMapping("/evaluation/program")
  @Guarded(value = Compartment.ADMINISTRATION, action = Action.WRITE)
  String programForm(@AuthenticationPrincipal CeasefireUser me, Model model) {
    ProgramInput input =
        programs
            .current(me.siteId())
            .map(
                p ->
                    new ProgramInput(
                        p.name(),
                        p.startsOn().toString(),
                        p.outcome(),
                        p.targetCities(),
                        p.comparisonCities(),
                        p.targetAreas(),
                        p.comparisonAreas(),
                        p.version()))
            .orElse(new ProgramInput(null, null, "shootings", null, null, null, null, null));
    return form(me, model, input, Map.of());
  }

  @PostMapping("/evaluation/program")
  @Guarded(value = Compartment.ADMINISTRATION, action = Action.WRITE)
  Object define(
      @AuthenticationPrincipal CeasefireUser me, @ModelAttribute ProgramInput input, Model model) {
    try {
      programs.define(me, input);
      return "redirect:/evaluation";
    } catch (ValidationException e) {
      return FormErrors.rejected(form(me, model, input, FormErrors.of(e)));
    } catch (StaleRecordException e) {
      model.addAttribute("stale", e.getMessage());
      return FormErrors.rejected(form(me, model, input, Map.of()));
    }
  }

  private String form(
      CeasefireUser me, Model model, ProgramInput input, Map<String, String> errors) {
    Programs.PlaceNames names = programs.placeNames(me.siteId());
    model.addAttribute("form", input);
    model.addAttribute("errors", errors);
    model.addAttribute("cities", names.cities());
    Selected selected = new Selected(input);
    List<Long> chosenCities = new java.util.ArrayList<>(selected.tc());
    chosenCities.addAll(selected.cc());
    List<Long> chosenAreas = new java.util.ArrayList<>(selected.ta());
    chosenAreas.addAll(selected.ca());
    model.addAttribute(
        "areaChoices",
        AreaChoices.of(
            places.jurisdictions(me.siteId()),
            places.areas(me.siteId(), null),
            chosenCities,
            chosenAreas));
    model.addAttribute("measures", outcomes.measures());
    model.addAttribute("selected", selected);
    return "evaluation/program-form";
  }

  /** Which places the form has chosen, for the multi-selects. */
  record Selected(List<Long> tc, List<Long> cc, List<Long> ta, List<Long> ca) {
    Selected(ProgramInput in) {
      this(
          orEmpty(in.targetCities()),
          orEmpty(in.comparisonCities()),
          orEmpty(in.targetAreas()),
          orEmpty(in.comparisonAreas()));
    }

    private static List<Long> orEmpty(@Nullable List<Long> ids) {
      return ids == null ? List.of() : ids;
    }
  }

  @GetMapping("/evaluation/inputs/{name}")
  @Guarded(Compartment.AGGREGATE)
  ResponseEntity<String> input(
      @AuthenticationPrincipal CeasefireUser me, @PathVariable String name) {
    return csv(
        name,
        evaluations
            .input(me, name, false)
            .orElseThrow(
                () -> new NotFoundException("input file " + name + " of site", me.siteId()))
            .csv());
  }

  @GetMapping("/evaluation/research-inputs/{name}")
  @Guarded(Compartment.RESEARCH)
  ResponseEntity<String> researchInput(
      @AuthenticationPrincipal CeasefireUser me, @PathVariable String name) {
    return csv(name, evaluations.researchInput(me, name).csv());
  }

  @GetMapping("/evaluation/extract")
  @Guarded(Compartment.RESEARCH)
  String extractForm(Model model) {
    model.addAttribute("errors", Map.of());
    model.addAttribute("columns", ResearchExtracts.HEADER.split(","));
    return "evaluation/extract";
  }

  @PostMapping("/evaluation/extract")
  @Guarded(Compartment.RESEARCH)
  Object extract(
      @AuthenticationPrincipal CeasefireUser me,
      @RequestParam(required = false) @Nullable String from,
      @RequestParam(required = false) @Nullable String to,
      @RequestParam(required = false) @Nullable String purpose,
      Model model) {
    try {
      return extract(extracts.make(me, from, to, purpose));
    } catch (ValidationException e) {
      model.addAttribute("errors", FormErrors.of(e));
      model.addAttribute("columns", ResearchExtracts.HEADER.split(","));
      model.addAttribute("from", from);
      model.addAttribute("to", to);
      model.addAttribute("purpose", purpose);
      return FormErrors.rejected("evaluation/extract");
    }
  }

  static ResponseEntity<String> csv(String name, String text) {
    return ResponseEntity.ok().headers(EvaluationApi.attachment(name)).body(text);
  }

  static ResponseEntity<String> extract(ResearchExtracts.Extract x) {
    var headers = EvaluationApi.attachment("research-extract.csv");
    headers.set("X-Checksum-SHA256", x.sha256());
    headers.set("X-Row-Count", Integer.toString(x.rows()));
    return ResponseEntity.ok().headers(headers).body(x.csv());
  }
}
