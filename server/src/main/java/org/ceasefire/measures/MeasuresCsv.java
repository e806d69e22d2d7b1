package org.ceasefire.measures;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.ceasefire.access.CeasefireUser;
import org.ceasefire.audit.AuditTrail;
import org.ceasefire.places.Jurisdiction;
import org.ceasefire.places.Places;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The measures as CSV for grant reporting (docs/measures.md, "The CSV"): one row per city × month ×
 * measure, the whole site's rows after the cities' (a blank {@code jurisdiction_id}), and a header.
 * A suppressed count is empty with {@code suppressed} true. Making one is audited.
 */
@Service
class MeasuresCsv {

  static final String HEADER =
      "site,jurisdiction_id,jurisdiction,month,measure,measure_label,count,suppressed";

  private final Measures measures;
  private final Places places;
  private final AuditTrail audit;
  private final org.ceasefire.access.Sites sites;

  MeasuresCsv(
      Measures measures, Places places, AuditTrail audit, org.ceasefire.access.Sites sites) {
    this.measures = measures;
    this.places = places;
    this.audit = audit;
    this.sites = sites;
  }

  @Transactional
  String of(CeasefireUser viewer, MeasureQuery q) {
    String site = sites.site(viewer.siteId()).code();
    List<Jurisdiction> cities = new ArrayList<>(places.jurisdictions(viewer.siteId()));
    if (q.jurisdiction() != null) {
      measures.monthly(viewer, Measure.HOMICIDES, q.jurisdiction(), q.from(), q.to()); // checks
      cities.removeIf(j -> j.id() != q.jurisdiction());
    }
    StringBuilder csv = new StringBuilder(HEADER).append("\r\n");
    int rows = 0;
    for (Measure m : Measure.values()) {
      Map<Long, MonthlySeries> byCity = measures.monthlyByCity(viewer, m, q.from(), q.to());
      List<MonthlySeries> units = new ArrayList<>();
      cities.forEach(j -> units.add(byCity.get(j.id())));
      if (q.jurisdiction() == null) {
        units.add(byCity.get(MeasureRepository.SITE));
      }
      for (MonthlySeries s : units) {
        for (MonthlySeries.Month month : s.months()) {
          row(csv, site, s, month.month(), m, month);
          rows++;
        }
      }
    }
    audit.exported(
        viewer,
        "measures",
        "CSV of "
            + rows
            + " counts, "
            + q.from()
            + " to "
            + q.to()
            + (q.jurisdiction() == null ? "" : ", city " + q.jurisdiction()));
    return csv.toString();
  }

  private static void row(
      StringBuilder csv,
      String site,
      MonthlySeries s,
      YearMonth month,
      Measure m,
      MonthlySeries.Month count) {
    csv.append(quote(site))
        .append(',')
        .append(s.jurisdictionId() == null ? "" : s.jurisdictionId())
        .append(',')
        .append(quote(s.jurisdictionId() == null ? "All cities" : s.unit()))
        .append(',')
        .append(month)
        .append(',')
        .append(m.code())
        .append(',')
        .append(quote(m.label()))
        .append(',')
        .append(count.count() == null ? "" : count.count())
        .append(',')
        .append(count.suppressed())
        .append("\r\n");
  }

  /** RFC 4180: quoted when it holds a comma, quote or line break; a leading = + - @ defused. */
  static String quote(String s) {
    String t = !s.isEmpty() && "=+-@".indexOf(s.charAt(0)) >= 0 ? "'" + s : s;
    return t.contains(",") || t.contains("\"") || t.contains("\n") || t.contains("\r")
        ? "\"" + t.replace("\"", "\"\"") + "\""
        : t;
  }
}
