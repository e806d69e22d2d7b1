package org.ceasefire.evaluation;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** What the evaluation API answers: copies of aggregates only, input files by name. */
final class EvaluationResponses {

  private EvaluationResponses() {}

  /** A place of the program, by id and name. */
  record PlaceRef(long id, String name) {}

  record ProgramResponse(
      long id,
      String name,
      LocalDate startsOn,
      String breakMonth,
      String outcome,
      List<PlaceRef> targetCities,
      List<PlaceRef> comparisonCities,
      List<PlaceRef> targetAreas,
      List<PlaceRef> comparisonAreas,
      int version) {
    static ProgramResponse from(Program p, Programs.PlaceNames names) {
      return new ProgramResponse(
          p.id(),
          p.name(),
          p.startsOn(),
          Evaluations.breakMonth(p).toString(),
          p.outcome(),
          refs(p.targetCities(), names.cities()),
          refs(p.comparisonCities(), names.cities()),
          refs(p.targetAreas(), names.areas()),
          refs(p.comparisonAreas(), names.areas()),
          p.version());
    }

    private static List<PlaceRef> refs(List<Long> ids, java.util.Map<Long, String> names) {
      return ids.stream().map(id -> new PlaceRef(id, names.getOrDefault(id, "#" + id))).toList();
    }
  }

  /** One design: its result without the input files' contents, or why it did not run. */
  record DesignResponse<T>(
      @Nullable T result,
      @Nullable String unavailable,
      long millis,
      List<String> inputs,
      @Nullable String command) {}

  /** The ITS result as the API shows it (the same numbers, no file contents). */
  record ItsView(
      boolean controlled,
      String family,
      String familyReason,
      Estimate levelChange,
      Estimate slopeChange,
      List<ItsDesign.Row> series,
      String headline,
      List<Caveat> caveats) {
    static ItsView from(ItsDesign.Result r) {
      return new ItsView(
          r.controlled(),
          r.family(),
          r.familyReason(),
          r.level(),
          r.slope(),
          r.series(),
          r.headline(),
          r.caveats());
    }
  }

  record DidView(
      Estimate effect,
      int clusters,
      int targets,
      int comparisons,
      double[][] cellTotals,
      List<DidDesign.Row> series,
      String headline,
      List<Caveat> caveats) {
    static DidView from(DidDesign.Result r) {
      return new DidView(
          r.effect(),
          r.clusters(),
          r.targets(),
          r.comparisons(),
          r.cellTotals(),
          r.series(),
          r.headline(),
          r.caveats());
    }
  }

  record SynthView(
      String target,
      List<String> periods,
      double[] observed,
      double[] synthetic,
      double[] gaps,
      java.util.Map<String, Double> weights,
      double preRmspe,
      double postRmspe,
      double ratio,
      double averageEffect,
      double percentEffect,
      double pValue,
      double smallestP,
      List<SynthDesign.Placebo> placebos,
      String headline,
      List<Caveat> caveats) {
    static SynthView from(SynthDesign.Result r) {
      return new SynthView(
          r.target(),
          r.periods(),
          r.observed(),
          r.synthetic(),
          r.gaps(),
          r.weights(),
          r.preRmspe(),
          r.postRmspe(),
          r.ratio(),
          r.averageEffect(),
          r.percentEffect(),
          r.pValue(),
          r.smallestP(),
          r.placebos(),
          r.headline(),
          r.caveats());
    }
  }

  record SurvivalView(
      int notified,
      int pool,
      int matched,
      int withoutBirthDate,
      int eventsNotified,
      int eventsComparison,
      List<SurvivalDesign.BalanceRow> balance,
      List<SurvivalDesign.Curve> curves,
      double logRankChisq,
      double logRankP,
      Estimate hazardRatio,
      String headline,
      List<Caveat> caveats) {
    static SurvivalView from(SurvivalDesign.Result r) {
      return new SurvivalView(
          r.notified(),
          r.pool(),
          r.matched(),
          r.withoutBirthDate(),
          r.eventsNotified(),
          r.eventsComparison(),
          r.balance(),
          r.curves(),
          r.logRankChisq(),
          r.logRankP(),
          r.hazardRatio(),
          r.headline(),
          r.caveats());
    }
  }

  record EvaluationResponse(
      ProgramResponse program,
      String measure,
      String breakMonth,
      DesignResponse<ItsView> its,
      DesignResponse<ItsView> controlledIts,
      DesignResponse<DidView> did,
      DesignResponse<SynthView> synth,
      DesignResponse<SurvivalView> survival,
      long millis) {
    static EvaluationResponse from(Evaluation e, Programs.PlaceNames names) {
      return new EvaluationResponse(
          ProgramResponse.from(e.program(), names),
          e.measure(),
          e.start().toString(),
          its(e.its()),
          its(e.controlledIts()),
          map(e.did(), DidView::from, DidDesign.Result::files, DidDesign.Result::command),
          map(e.synth(), SynthView::from, SynthDesign.Result::files, SynthDesign.Result::command),
          map(
              e.survival(),
              SurvivalView::from,
              SurvivalDesign.Result::files,
              SurvivalDesign.Result::command),
          e.millis());
    }

    private static DesignResponse<ItsView> its(Section<ItsDesign.Result> s) {
      return map(s, ItsView::from, ItsDesign.Result::files, ItsDesign.Result::command);
    }

    private static <T, V> DesignResponse<V> map(
        Section<T> s,
        java.util.function.Function<T, V> view,
        java.util.function.Function<T, List<InputFile>> files,
        java.util.function.Function<T, String> command) {
      T r = s.result();
      return new DesignResponse<>(
          r == null ? null : view.apply(r),
          s.unavailable(),
          s.millis(),
          r == null ? List.of() : files.apply(r).stream().map(InputFile::name).toList(),
          r == null ? null : command.apply(r));
    }
  }
}
