package org.ceasefire.measures;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.ceasefire.access.CeasefireUser;
import org.ceasefire.places.Jurisdiction;
import org.ceasefire.places.Places;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/** What the dashboard shows: every series of a unit, the trends, and the table by city. */
@Service
class Dashboards {

  /** The measures of the trend table and the table by city. */
  static final List<Measure> HEADLINE =
      List.of(
          Measure.HOMICIDES,
          Measure.SHOOTINGS,
          Measure.NON_FATAL_SHOOTINGS,
          Measure.SHOTS_FIRED,
          Measure.GROUP_SHOOTINGS,
          Measure.VICTIMS,
          Measure.FIREARMS_SEIZED,
          Measure.CALL_INS_HELD,
          Measure.PEOPLE_NOTIFIED);

  private final Measures measures;
  private final Places places;

  Dashboards(Measures measures, Places places) {
    this.measures = measures;
    this.places = places;
  }

  MeasureQuery query(
      CeasefireUser me, @Nullable String from, @Nullable String to, @Nullable String city) {
    return MeasureQuery.of(from, to, city, YearMonth.from(measures.today(me.siteId())));
  }

  List<Jurisdiction> cities(CeasefireUser me) {
    return places.jurisdictions(me.siteId());
  }

  /** The trends up to the end of the query's last month, or today if that is sooner. */
  LocalDate asOf(CeasefireUser me, MeasureQuery q) {
    LocalDate today = measures.today(me.siteId());
    LocalDate end = q.to().atEndOfMonth();
    return end.isAfter(today) ? today : end;
  }

  List<Comparison> trends(CeasefireUser me, @Nullable Long city, LocalDate asOf) {
    return HEADLINE.stream().map(m -> measures.compare(me, m, city, asOf)).toList();
  }

  MeasureResponses.Dashboard of(CeasefireUser me, MeasureQuery q) {
    List<MeasureResponses.Series> series = new ArrayList<>();
    String unit = "";
    for (Measure m : Measure.values()) {
      MonthlySeries s = measures.monthly(me, m, q.jurisdiction(), q.from(), q.to());
      unit = s.unit();
      series.add(MeasureResponses.Series.from(s));
    }
    LocalDate asOf = asOf(me, q);
    LocalDate start = q.from().atDay(1);
    Reoffending r =
        measures.reoffending(me, q.jurisdiction(), start.isAfter(asOf) ? asOf : start, asOf);
    return new MeasureResponses.Dashboard(
        q.from(),
        q.to(),
        q.jurisdiction(),
        unit,
        Measures.months(q.from(), q.to()).stream().map(YearMonth::toString).toList(),
        series,
        MeasureResponses.Curve.from(r));
  }

  /** One row of the table by city: a city (or the site) and its totals of {@link #HEADLINE}. */
  record CityRow(String city, List<Long> totals) {}

  List<CityRow> byCity(CeasefireUser me, MeasureQuery q) {
    List<Jurisdiction> cities = cities(me);
    List<Map<Long, MonthlySeries>> perMeasure =
        HEADLINE.stream()
            .map(m -> measures.monthlyByCity(me.siteId(), m, q.from(), q.to()))
            .toList();
    List<CityRow> rows = new ArrayList<>();
    for (Jurisdiction j : cities) {
      rows.add(new CityRow(j.name(), perMeasure.stream().map(p -> p.get(j.id()).total()).toList()));
    }
    rows.add(
        new CityRow(
            "Whole site",
            perMeasure.stream().map(p -> p.get(MeasureRepository.SITE).total()).toList()));
    return rows;
  }

  static List<String> headlineLabels() {
    return HEADLINE.stream().map(Measure::label).toList();
  }

  static List<Measure> all() {
    return Arrays.asList(Measure.values());
  }
}
