package org.ceasefire.measures;

import java.awt.BasicStroke;
import java.awt.Color;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.ceasefire.access.CeasefireUser;
import org.ceasefire.access.Sites;
import org.ceasefire.audit.AuditTrail;
import org.ceasefire.places.Jurisdiction;
import org.ceasefire.places.Places;
import org.ceasefire.platform.PdfReport;
import org.ceasefire.platform.ValidationException;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.xy.XYStepRenderer;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The quarterly report for funders and partners (docs/measures.md, "The quarterly report"): the
 * quarter's measures against the same quarter a year before, by city, charts of the monthly series
 * of the two years up to the quarter, re-offending among the notified with its curve, and the
 * definitions. Made on request; making one is audited.
 */
@Service
class QuarterlyReport {

  private static final List<Measure> CITY_COLUMNS =
      List.of(
          Measure.HOMICIDES,
          Measure.NON_FATAL_SHOOTINGS,
          Measure.SHOTS_FIRED,
          Measure.GROUP_SHOOTINGS,
          Measure.FIREARMS_SEIZED);

  private final Measures measures;
  private final Places places;
  private final Sites sites;
  private final AuditTrail audit;

  QuarterlyReport(Measures measures, Places places, Sites sites, AuditTrail audit) {
    this.measures = measures;
    this.places = places;
    this.sites = sites;
    this.audit = audit;
  }

  @Transactional
  byte[] of(CeasefireUser viewer, Quarter quarter) {
    LocalDate today = measures.today(viewer.siteId());
    if (quarter.first().isAfter(YearMonth.from(today))) {
      throw ValidationException.of("quarter", "has not begun yet", quarter);
    }
    String site = sites.site(viewer.siteId()).name();
    PdfReport pdf =
        new PdfReport(
            site + ": performance measures, " + quarter,
            "Made on "
                + today
                + " by "
                + viewer.displayName()
                + " ("
                + viewer.agencyName()
                + "), from the records as they stood that day. Counts of the quarter "
                + quarter.first()
                + " to "
                + quarter.last()
                + " against the same quarter a year before.");
    summary(pdf, viewer, quarter);
    byCity(pdf, viewer, quarter);
    charts(pdf, viewer, quarter);
    reoffending(pdf, viewer, quarter, today);
    pdf.heading("What is counted");
    for (Measure.Kind kind : Measure.Kind.values()) {
      pdf.paragraph(kind.label() + ". " + MeasureNotes.of(kind));
    }
    audit.exported(viewer, "measures_report", "quarterly report " + quarter + " (PDF)");
    return pdf.toBytes();
  }

  private void summary(PdfReport pdf, CeasefireUser viewer, Quarter q) {
    pdf.heading("The quarter against the same quarter a year before (whole site)");
    List<List<String>> rows = new ArrayList<>();
    Quarter before = q.yearBefore();
    for (Measure m : Measure.values()) {
      MonthlySeries now = measures.monthly(viewer, m, null, q.first(), q.last());
      MonthlySeries then = measures.monthly(viewer, m, null, before.first(), before.last());
      Long a = now.anySuppressed() ? null : now.total();
      Long b = then.anySuppressed() ? null : then.total();
      Double change = Comparison.change(a, b);
      rows.add(
          List.of(
              m.label(),
              a == null ? "fewer than 5" : Long.toString(a),
              b == null ? "fewer than 5" : Long.toString(b),
              change == null ? "-" : String.format(Locale.ROOT, "%+.0f %%", change)));
    }
    pdf.table(List.of("Measure", q.toString(), before.toString(), "Change"), rows);
  }

  private void byCity(PdfReport pdf, CeasefireUser viewer, Quarter q) {
    pdf.heading("By city, " + q);
    List<Map<Long, MonthlySeries>> columns =
        CITY_COLUMNS.stream()
            .map(m -> measures.monthlyByCity(viewer, m, q.first(), q.last()))
            .toList();
    List<List<String>> rows = new ArrayList<>();
    for (Jurisdiction j : places.jurisdictions(viewer.siteId())) {
      List<String> row = new ArrayList<>(List.of(j.name()));
      columns.forEach(c -> row.add(Long.toString(c.get(j.id()).total())));
      rows.add(row);
    }
    List<String> header = new ArrayList<>(List.of("City"));
    CITY_COLUMNS.forEach(m -> header.add(shortLabel(m)));
    pdf.table(header, rows);
  }

  private void charts(PdfReport pdf, CeasefireUser viewer, Quarter q) {
    YearMonth from = q.last().minusMonths(23);
    pdf.heading("Month by month, " + from + " to " + q.last() + " (whole site)");
    pdf.chart(
        lines(
            viewer,
            from,
            q.last(),
            "Violence",
            Measure.HOMICIDES,
            Measure.NON_FATAL_SHOOTINGS,
            Measure.SHOTS_FIRED),
        495,
        230);
    pdf.chart(
        lines(
            viewer,
            from,
            q.last(),
            "Group-member involvement",
            Measure.SHOOTINGS,
            Measure.GROUP_SHOOTINGS),
        495,
        210);
    pdf.chart(
        lines(
            viewer,
            from,
            q.last(),
            "The program's work",
            Measure.CALL_INS_HELD,
            Measure.PEOPLE_NOTIFIED,
            Measure.FIREARMS_SEIZED),
        495,
        210);
  }

  private JFreeChart lines(
      CeasefireUser viewer, YearMonth from, YearMonth to, String title, Measure... shown) {
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    for (Measure m : shown) {
      for (MonthlySeries.Month month : measures.monthly(viewer, m, null, from, to).months()) {
        data.addValue(month.count(), m.label(), month.month().toString());
      }
    }
    JFreeChart chart =
        ChartFactory.createLineChart(
            title, null, "count", data, PlotOrientation.VERTICAL, true, false, false);
    style(chart);
    chart.getCategoryPlot().getDomainAxis().setCategoryLabelPositions(CategoryLabelPositions.UP_90);
    return chart;
  }

  private void reoffending(PdfReport pdf, CeasefireUser viewer, Quarter q, LocalDate today) {
    LocalDate from = q.first().minusMonths(9).atDay(1);
    LocalDate to = q.last().atEndOfMonth().isAfter(today) ? today : q.last().atEndOfMonth();
    Reoffending r = measures.reoffending(viewer, null, from, to);
    pdf.heading("Re-offending among people notified, " + from + " to " + to);
    pdf.paragraph(
        r.notified()
            + " people were first notified in these twelve months; "
            + r.reoffended()
            + (r.rate() == null ? "" : String.format(Locale.ROOT, " (%.0f %%)", 100 * r.rate()))
            + " have since been a suspect or arrested. Share not re-offended 180 days after"
            + " notification (Kaplan–Meier): "
            + String.format(Locale.ROOT, "%.0f %%", 100 * r.survivalAt(180))
            + ".");
    XYSeries s = new XYSeries("Not re-offended");
    s.add(0, 1);
    r.curve().forEach(step -> s.add(step.day(), step.survival()));
    JFreeChart chart =
        ChartFactory.createXYLineChart(
            "Share not re-offended, by days since first notification",
            "days",
            "share",
            new XYSeriesCollection(s),
            PlotOrientation.VERTICAL,
            false,
            false,
            false);
    chart.getXYPlot().setRenderer(new XYStepRenderer());
    chart.getXYPlot().getRangeAxis().setRange(0, 1.02);
    style(chart);
    pdf.chart(chart, 495, 200);
  }

  private static void style(JFreeChart chart) {
    chart.setBackgroundPaint(Color.WHITE);
    chart.getPlot().setBackgroundPaint(Color.WHITE);
    if (chart.getPlot() instanceof org.jfree.chart.plot.CategoryPlot p) {
      p.setRangeGridlinePaint(Color.LIGHT_GRAY);
      for (int i = 0; i < p.getDataset().getRowCount(); i++) {
        p.getRenderer().setSeriesStroke(i, new BasicStroke(2f));
      }
    }
  }

  private static String shortLabel(Measure m) {
    return switch (m) {
      case HOMICIDES -> "Homicides";
      case NON_FATAL_SHOOTINGS -> "Non-fatal";
      case SHOTS_FIRED -> "Shots fired";
      case GROUP_SHOOTINGS -> "Group-involved";
      case FIREARMS_SEIZED -> "Guns seized";
      default -> m.label();
    };
  }
}
