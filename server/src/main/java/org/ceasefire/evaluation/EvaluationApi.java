package org.ceasefire.evaluation;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.ceasefire.access.Action;
import org.ceasefire.access.CeasefireUser;
import org.ceasefire.access.Compartment;
import org.ceasefire.access.Guarded;
import org.ceasefire.audit.RecordHistory;
import org.ceasefire.platform.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Evaluation over HTTP: the program definition (read by every aggregate reader, defined by the
 * coordinator), the designs' results and input files (aggregates), and the researcher extract (the
 * RESEARCH compartment).
 */
@RestController
@Tag(name = "Evaluation", description = "Program definition, evaluation designs, research extract")
class EvaluationApi {

  private final Programs programs;
  private final Evaluations evaluations;
  private final ResearchExtracts extracts;

  EvaluationApi(Programs programs, Evaluations evaluations, ResearchExtracts extracts) {
    this.programs = programs;
    this.evaluations = evaluations;
    this.extracts = extracts;
  }

  @GetMapping("/api/evaluation/program")
  @Guarded(Compartment.AGGREGATE)
  @Operation(summary = "The site's program definition (404 until the coordinator defines one)")
  EvaluationResponses.ProgramResponse program(@AuthenticationPrincipal CeasefireUser me) {
    Program p = programs.current(me.siteId()).orElseThrow(() -> noProgram(me));
    return EvaluationResponses.ProgramResponse.from(p, programs.placeNames(me.siteId()));
  }

  @PutMapping("/api/evaluation/program")
  @Guarded(value = Compartment.ADMINISTRATION, action = Action.WRITE)
  @Operation(summary = "Define or redefine the program (send the version read to redefine)")
  EvaluationResponses.ProgramResponse define(
      @AuthenticationPrincipal CeasefireUser me, @RequestBody ProgramInput input) {
    Program p = programs.define(me, input);
    return EvaluationResponses.ProgramResponse.from(p, programs.placeNames(me.siteId()));
  }

  @GetMapping("/api/evaluation/program/history")
  @Guarded(Compartment.AGGREGATE)
  @Operation(summary = "Changes to the program definition, newest first")
  List<RecordHistory.Change> history(@AuthenticationPrincipal CeasefireUser me) {
    Program p = programs.current(me.siteId()).orElseThrow(() -> noProgram(me));
    return programs.history(me.siteId(), p.id());
  }

  @GetMapping("/api/evaluation/results")
  @Guarded(Compartment.AGGREGATE)
  @Operation(summary = "Every design's result, interval, caveats and chart series")
  EvaluationResponses.EvaluationResponse results(@AuthenticationPrincipal CeasefireUser me) {
    Evaluation e = evaluations.of(me).orElseThrow(() -> noProgram(me));
    return EvaluationResponses.EvaluationResponse.from(e, programs.placeNames(me.siteId()));
  }

  @GetMapping("/api/evaluation/inputs/{name}")
  @Guarded(Compartment.AGGREGATE)
  @Operation(summary = "A design's input series in the format of `ceasefire analyze`")
  ResponseEntity<String> input(
      @AuthenticationPrincipal CeasefireUser me, @PathVariable String name) {
    return EvaluationPages.csv(
        name,
        evaluations
            .input(me, name, false)
            .orElseThrow(
                () -> new NotFoundException("input file " + name + " of site", me.siteId()))
            .csv());
  }

  @GetMapping("/api/evaluation/research-inputs/{name}")
  @Guarded(Compartment.RESEARCH)
  @Operation(summary = "A design's de-identified person-level input (e.g. survival.csv), audited")
  ResponseEntity<String> researchInput(
      @AuthenticationPrincipal CeasefireUser me, @PathVariable String name) {
    return EvaluationPages.csv(name, evaluations.researchInput(me, name).csv());
  }

  /** What an extract is for and which true event dates it covers. */
  record ExtractRequest(@Nullable String from, @Nullable String to, @Nullable String purpose) {}

  @PostMapping("/api/evaluation/extract")
  @Guarded(Compartment.RESEARCH)
  @Operation(summary = "The de-identified researcher extract as CSV (audited)")
  ResponseEntity<String> extract(
      @AuthenticationPrincipal CeasefireUser me, @RequestBody ExtractRequest request) {
    ResearchExtracts.Extract x = extracts.make(me, request.from(), request.to(), request.purpose());
    return EvaluationPages.extract(x);
  }

  static NotFoundException noProgram(CeasefireUser me) {
    return new NotFoundException("evaluation program of site", me.siteId());
  }

  static MediaType csvType() {
    return new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8);
  }

  static HttpHeaders attachment(String name) {
    HttpHeaders h = new HttpHeaders();
    h.setContentType(csvType());
    h.setContentDisposition(
        org.springframework.http.ContentDisposition.attachment().filename(name).build());
    h.set("X-Content-Type-Options", "nosniff");
    return h;
  }
}
