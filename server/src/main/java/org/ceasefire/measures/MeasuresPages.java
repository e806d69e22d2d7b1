package org.ceasefire.measures;

import java.time.YearMonth;
import org.ceasefire.access.CeasefireUser;
import org.ceasefire.access.Compartment;
import org.ceasefire.access.Guarded;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The dashboard, the CSV for grant reporting and the quarterly report (all aggregate). */
@Controller
class MeasuresPages {

  private final Dashboards dashboards;
  private final MeasuresCsv csv;
  private final QuarterlyReport report;
  private final Measures measures;
  private final PublicMeasures published;

  MeasuresPages(
      Dashboards dashboards,
      MeasuresCsv csv,
      QuarterlyReport report,
      Measures measures,
      PublicMeasures published) {
    this.published = published;
    this.dashboards = dashboards;
    this.csv = csv;
    this.report = report;
    this.measures = measures;
  }

  @GetMapping("/measures")
  @Guarded(Compartment.AGGREGATE)
  String dashboard(
      @AuthenticationPrincipal CeasefireUser me,
      @RequestParam(required = false) @Nullable String from,
      @RequestParam(required = false) @Nullable String to,
      @RequestParam(required = false) @Nullable String jurisdiction,
      Model model) {
    MeasureQuery q = dashboards.query(me, from, to, jurisdiction);
    var asOf = dashboards.asOf(me, q);
    model.addAttribute("query", q);
    model.addAttribute("parameters", q.asParameters());
    model.addAttribute("cities", dashboards.cities(me));
    model.addAttribute("asOf", asOf);
    model.addAttribute("trends", dashboards.trends(me, q.jurisdiction(), asOf));
    model.addAttribute("byCity", dashboards.byCity(me, q));
    model.addAttribute("headline", Dashboards.headlineLabels());
    model.addAttribute("notes", MeasureNotes.all());
    model.addAttribute("publishedSince", published.publishedSince(me).orElse(null));
    model.addAttribute(
        "lastQuarter", Quarter.containing(YearMonth.from(measures.today(me.siteId()))).previous());
    return "measures/dashboard";
  }

  @GetMapping("/measures.csv")
  @Guarded(Compartment.AGGREGATE)
  ResponseEntity<String> csv(
      @AuthenticationPrincipal CeasefireUser me,
      @RequestParam(required = false) @Nullable String from,
      @RequestParam(required = false) @Nullable String to,
      @RequestParam(required = false) @Nullable String jurisdiction) {
    MeasureQuery q = dashboards.query(me, from, to, jurisdiction);
    return ResponseEntity.ok()
        .contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment()
                .filename("measures-" + q.from() + "-" + q.to() + ".csv")
                .build()
                .toString())
        .body(csv.of(me, q));
  }

  @GetMapping("/measures/report.pdf")
  @Guarded(Compartment.AGGREGATE)
  ResponseEntity<byte[]> report(
      @AuthenticationPrincipal CeasefireUser me,
      @RequestParam(required = false) @Nullable String quarter) {
    Quarter q = Quarter.of(quarter, YearMonth.from(measures.today(me.siteId())));
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_PDF)
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment().filename("measures-" + q + ".pdf").build().toString())
        .body(report.of(me, q));
  }
}
