package org.ceasefire.insights;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.ceasefire.access.CeasefireUser;
import org.ceasefire.access.Compartment;
import org.ceasefire.access.Guarded;
import org.ceasefire.audit.AuditTrail;
import org.ceasefire.groups.Groups;
import org.ceasefire.platform.PdfReport;
import org.jfree.chart.ChartFactory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The group audit as a PDF for the partnership's files: the headline shares, each group's share of
 * shootings as a chart, the conflict and alliance network, the groups and their current members. It
 * holds criminal intelligence, so its making is audited like every member read.
 */
@Controller
class GroupAuditPdf {

  static final int CHART_GROUPS = 15;

  private final GroupAudit audit;
  private final Groups groups;
  private final MapFilters filters;
  private final AuditTrail trail;
  private final Clock clock;

  GroupAuditPdf(
      GroupAudit audit, Groups groups, MapFilters filters, AuditTrail trail, Clock clock) {
    this.audit = audit;
    this.groups = groups;
    this.filters = filters;
    this.trail = trail;
    this.clock = clock;
  }

  @GetMapping("/insights/groups/report.pdf")
  @Guarded(Compartment.INTELLIGENCE)
  @Transactional
  ResponseEntity<byte[]> report(
      @AuthenticationPrincipal CeasefireUser me,
      @RequestParam(required = false) @Nullable String from,
      @RequestParam(required = false) @Nullable String to) {
    GroupAuditReport report = audit.of(me, filters.read(me, null, from, to, null));
    GroupNetwork network =
        GroupNetwork.from(groups.all(me.siteId()), groups.allRelationships(me.siteId()));
    byte[] pdf = render(report, network, me.displayName(), LocalDate.now(clock));
    trail.exported(
        me,
        "group_audit",
        "group-audit report "
            + report.from()
            + " to "
            + report.to()
            + ", "
            + report.members()
            + " current members of "
            + report.groupsWithMembers()
            + " groups");
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_PDF)
        .header(HttpHeaders.CACHE_CONTROL, "no-store")
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment()
                .filename("group-audit-" + report.from() + "-" + report.to() + ".pdf")
                .build()
                .toString())
        .body(pdf);
  }

  static byte[] render(GroupAuditReport r, GroupNetwork network, String by, LocalDate made) {
    PdfReport pdf =
        new PdfReport(
            "Group audit",
            "Period "
                + r.from()
                + " to "
                + r.to()
                + ". Made on "
                + made
                + " by "
                + by
                + ". Criminal intelligence (28 CFR Part 23): current entries only (approved, within"
                + " their review date); for the partnership's members with a need to know, not"
                + " for further dissemination.");
    pdf.heading("Headline figures")
        .table(
            List.of("", "Group-involved", "Of", "Share"),
            List.of(
                share("Homicides", r.homicides()),
                share("Non-fatal shootings", r.nonFatalShootings()),
                share("All shootings (both)", r.shootings())))
        .paragraph(
            r.members()
                + " people with current entries in "
                + r.groupsWithMembers()
                + " groups. A shooting is group-involved when at least one victim or suspect"
                + " recorded on it has a current entry for a group; per group, when one of them has"
                + " an entry for that group (a shooting between two groups counts for both).");
    List<GroupAuditReport.GroupLine> involved = new ArrayList<>(r.groups());
    involved.removeIf(g -> g.shootings().involved() == 0);
    involved.sort(
        Comparator.comparingLong((GroupAuditReport.GroupLine g) -> -g.shootings().involved())
            .thenComparing(GroupAuditReport.GroupLine::name));
    if (!involved.isEmpty()) {
      int height = Math.min(360, 60 + 22 * Math.min(CHART_GROUPS, involved.size()));
      pdf.heading("Shootings involving each group", height).chart(chart(involved), 495, height);
      if (involved.size() > CHART_GROUPS) {
        pdf.paragraph(
            "The chart shows the "
                + CHART_GROUPS
                + " groups involved in most shootings; the table below has them all.");
      }
    }
    if (!network.nodes().isEmpty()) {
      pdf.heading("Conflicts and alliances", 350)
          .image(GroupNetworkPicture.draw(network, 990, 700), 495, 350)
          .paragraph(
              "Solid red: active conflict. Dashed green: active alliance. In brackets: current"
                  + " members. Grey: groups not active.");
    }
    pdf.heading("Groups")
        .table(
            List.of("Group", "Status", "Territory", "Members", "Rivals", "Allies", "Shootings"),
            r.groups().stream()
                .map(
                    g ->
                        List.of(
                            g.name(),
                            g.status(),
                            g.territory(),
                            Integer.toString(g.members().size()),
                            String.join(", ", g.rivals()),
                            String.join(", ", g.allies()),
                            g.shootings().involved() + " (" + percent(g.shootings()) + ")"))
                .toList());
    pdf.heading("Current members");
    for (GroupAuditReport.GroupLine g : r.groups()) {
      if (g.members().isEmpty()) {
        continue;
      }
      pdf.paragraph(g.name() + " (" + g.territory() + ")")
          .table(
              List.of("Name", "Role", "Review by"),
              g.members().stream()
                  .map(m -> List.of(m.name(), m.role(), m.reviewDate().toString()))
                  .toList());
    }
    return pdf.toBytes();
  }

  private static JFreeChart chart(List<GroupAuditReport.GroupLine> involved) {
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    for (GroupAuditReport.GroupLine g :
        involved.subList(0, Math.min(CHART_GROUPS, involved.size()))) {
      data.addValue(g.shootings().involved(), "shootings", g.name());
    }
    JFreeChart chart =
        ChartFactory.createBarChart(
            null,
            null,
            "shootings involved",
            data,
            PlotOrientation.HORIZONTAL,
            false,
            false,
            false);
    chart.setBackgroundPaint(java.awt.Color.WHITE);
    var plot = chart.getCategoryPlot();
    plot.setBackgroundPaint(java.awt.Color.WHITE);
    plot.setRangeGridlinePaint(java.awt.Color.LIGHT_GRAY);
    plot.getRangeAxis().setStandardTickUnits(NumberAxis.createIntegerTickUnits());
    BarRenderer bars = (BarRenderer) plot.getRenderer();
    bars.setSeriesPaint(0, new java.awt.Color(0x4a, 0x5a, 0x78));
    bars.setBarPainter(new StandardBarPainter());
    bars.setShadowVisible(false);
    bars.setMaximumBarWidth(0.08);
    return chart;
  }

  private static List<String> share(String what, GroupAuditReport.Share s) {
    return List.of(what, Long.toString(s.involved()), Long.toString(s.total()), percent(s));
  }

  private static String percent(GroupAuditReport.Share s) {
    return String.format(Locale.ROOT, "%.1f %%", s.percent());
  }
}
