package org.ceasefire.measures;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import org.ceasefire.access.CeasefireUser;
import org.ceasefire.access.Compartment;
import org.ceasefire.access.Guarded;
import org.ceasefire.platform.Validator;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The performance measures over HTTP: aggregates every role reads (docs/measures.md). */
@RestController
@RequestMapping("/api/measures")
@Tag(name = "Measures", description = "Performance measures by city and month, area, trend")
class MeasuresApi {

  private final Measures measures;
  private final Dashboards dashboards;

  MeasuresApi(Measures measures, Dashboards dashboards) {
    this.measures = measures;
    this.dashboards = dashboards;
  }

  @GetMapping
  @Guarded(Compartment.AGGREGATE)
  @Operation(summary = "Every measure with its code, label and kind")
  List<MeasureResponses.Definition> definitions() {
    return Arrays.stream(Measure.values()).map(MeasureResponses.Definition::from).toList();
  }

  @GetMapping("/{measure}/monthly")
  @Guarded(Compartment.AGGREGATE)
  @Operation(summary = "One measure month by month (from, to: YYYY-MM; jurisdiction: a city id)")
  MeasureResponses.Series monthly(
      @AuthenticationPrincipal CeasefireUser me,
      @PathVariable String measure,
      @RequestParam(required = false) @Nullable String from,
      @RequestParam(required = false) @Nullable String to,
      @RequestParam(required = false) @Nullable String jurisdiction) {
    MeasureQuery q = dashboards.query(me, from, to, jurisdiction);
    return MeasureResponses.Series.from(
        measures.monthly(
            me, Measure.ofCode("measure", measure), q.jurisdiction(), q.from(), q.to()));
  }

  @GetMapping("/{measure}/areas")
  @Guarded(Compartment.AGGREGATE)
  @Operation(summary = "One incident measure per area over the months")
  MeasureResponses.Areas areas(
      @AuthenticationPrincipal CeasefireUser me,
      @PathVariable String measure,
      @RequestParam(required = false) @Nullable String from,
      @RequestParam(required = false) @Nullable String to,
      @RequestParam(required = false) @Nullable String jurisdiction) {
    MeasureQuery q = dashboards.query(me, from, to, jurisdiction);
    return MeasureResponses.Areas.from(
        measures.byArea(
            me, Measure.ofCode("measure", measure), q.jurisdiction(), q.from(), q.to()));
  }

  @GetMapping("/comparisons")
  @Guarded(Compartment.AGGREGATE)
  @Operation(summary = "Last 28 days against the 28 before and a year before; year to date")
  List<MeasureResponses.Trend> comparisons(
      @AuthenticationPrincipal CeasefireUser me,
      @RequestParam(required = false) @Nullable String asOf,
      @RequestParam(required = false) @Nullable String jurisdiction) {
    MeasureQuery q = dashboards.query(me, null, null, jurisdiction);
    Validator v = new Validator();
    LocalDate today = measures.today(me.siteId());
    LocalDate day = v.date("asOf", asOf, false, today);
    v.throwIfInvalid();
    return dashboards.trends(me, q.jurisdiction(), day == null ? today : day).stream()
        .map(MeasureResponses.Trend::from)
        .toList();
  }

  @GetMapping("/reoffending")
  @Guarded(Compartment.AGGREGATE)
  @Operation(summary = "Re-offending among people first notified in the months, with its curve")
  MeasureResponses.Curve reoffending(
      @AuthenticationPrincipal CeasefireUser me,
      @RequestParam(required = false) @Nullable String from,
      @RequestParam(required = false) @Nullable String to,
      @RequestParam(required = false) @Nullable String jurisdiction) {
    MeasureQuery q = dashboards.query(me, from, to, jurisdiction);
    return MeasureResponses.Curve.from(
        measures.reoffending(me, q.jurisdiction(), q.from().atDay(1), lastDay(me, q.to())));
  }

  @GetMapping("/dashboard")
  @Guarded(Compartment.AGGREGATE)
  @Operation(summary = "Every series the dashboard draws, and the re-offending curve")
  MeasureResponses.Dashboard dashboard(
      @AuthenticationPrincipal CeasefireUser me,
      @RequestParam(required = false) @Nullable String from,
      @RequestParam(required = false) @Nullable String to,
      @RequestParam(required = false) @Nullable String jurisdiction) {
    return dashboards.of(me, dashboards.query(me, from, to, jurisdiction));
  }

  private LocalDate lastDay(CeasefireUser me, YearMonth to) {
    LocalDate today = measures.today(me.siteId());
    return to.atEndOfMonth().isAfter(today) ? today : to.atEndOfMonth();
  }
}
