package org.ceasefire.measures;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ceasefire.access.AccessPolicy;
import org.ceasefire.access.Action;
import org.ceasefire.access.CeasefireUser;
import org.ceasefire.access.Compartment;
import org.ceasefire.access.Sites;
import org.ceasefire.audit.AuditAction;
import org.ceasefire.audit.AuditTrail;
import org.ceasefire.places.Jurisdiction;
import org.ceasefire.places.Places;
import org.ceasefire.platform.SiteScope;
import org.ceasefire.platform.ValidationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The public transparency page of a site that publishes (docs/measures.md, "The public page"):
 * {@link Measure#PUBLISHED} by city for each of the last twelve complete months, and by area over
 * them, after the small-cell rule. The window is fixed (never chosen by the visitor) so that
 * overlapping windows cannot be subtracted from each other. Visitors are anonymous, so the work
 * runs in the site's scope explicitly.
 */
@Service
class PublicMeasures {

  static final int MONTHS = 12;
  static final String RULE =
      "Counts from 1 to 4 are shown as \"fewer than 5\". Where a month's total for all cities and"
          + " all but one of its cities would be shown, one more city is withheld, so no hidden"
          + " count can be worked out by subtraction; the same holds for the areas of a city.";

  private final Measures measures;
  private final Places places;
  private final Sites sites;
  private final SiteScope scope;
  private final PublicationRepository publication;
  private final AccessPolicy policy;
  private final AuditTrail audit;

  PublicMeasures(
      Measures measures,
      Places places,
      Sites sites,
      SiteScope scope,
      PublicationRepository publication,
      AccessPolicy policy,
      AuditTrail audit) {
    this.measures = measures;
    this.places = places;
    this.sites = sites;
    this.scope = scope;
    this.publication = publication;
    this.policy = policy;
    this.audit = audit;
  }

  /** A site that publishes, by its code; not found otherwise (whether or not it exists). */
  org.ceasefire.access.Site site(String code) {
    long id =
        sites
            .findSite(code)
            .filter(s -> scope.call(s, () -> publication.since(s)).isPresent())
            .orElseThrow(
                () ->
                    new org.springframework.web.server.ResponseStatusException(
                        org.springframework.http.HttpStatus.NOT_FOUND,
                        "No partnership publishes a public page under this name"));
    return sites.site(id);
  }

  List<PublicResponses.Site> all() {
    return scope.system(publication::all).stream()
        .map(p -> new PublicResponses.Site(p.code(), p.name(), "/public/" + p.code()))
        .toList();
  }

  /** The last twelve complete months of the site. */
  YearMonth[] window(long siteId) {
    YearMonth to = YearMonth.from(measures.today(siteId)).minusMonths(1);
    return new YearMonth[] {to.minusMonths(MONTHS - 1L), to};
  }

  PublicResponses.Summary summary(org.ceasefire.access.Site site) {
    YearMonth[] w = window(site.id());
    List<PublicResponses.Table> tables =
        scope.call(
            site.id(), () -> Measure.PUBLISHED.stream().map(m -> table(site.id(), m, w)).toList());
    return new PublicResponses.Summary(
        site.code(),
        site.name(),
        site.synthetic(),
        w[0].toString(),
        w[1].toString(),
        Measures.THRESHOLD,
        RULE,
        tables);
  }

  private PublicResponses.Table table(long siteId, Measure m, YearMonth[] w) {
    List<Jurisdiction> cities = places.jurisdictions(siteId);
    Map<Long, MonthlySeries> series = measures.monthlyByCity(siteId, m, w[0], w[1]);
    List<YearMonth> months = Measures.months(w[0], w[1]);
    long[][] cells = new long[months.size()][cities.size()];
    long[] totals = series.get(MeasureRepository.SITE).counts();
    for (int c = 0; c < cities.size(); c++) {
      long[] city = series.get(cities.get(c).id()).counts();
      for (int r = 0; r < months.size(); r++) {
        cells[r][c] = city[r];
      }
    }
    Suppression.Shown[][] shown = Suppression.table(cells, totals);
    List<PublicResponses.Row> rows = new ArrayList<>();
    for (int r = months.size() - 1; r >= 0; r--) {
      List<PublicResponses.Cell> row = new ArrayList<>();
      for (int c = 0; c < cities.size(); c++) {
        row.add(PublicResponses.Cell.of(cells[r][c], shown[r][c]));
      }
      rows.add(
          new PublicResponses.Row(
              months.get(r).toString(),
              row,
              PublicResponses.Cell.of(totals[r], shown[r][cities.size()])));
    }
    return new PublicResponses.Table(
        m.code(), m.label(), cities.stream().map(Jurisdiction::name).toList(), rows);
  }

  PublicResponses.Areas areas(org.ceasefire.access.Site site, String measureCode) {
    Measure m = Measure.ofCode("measure", measureCode);
    if (!Measure.PUBLISHED.contains(m)) {
      throw ValidationException.of(
          "measure",
          "is not published (one of "
              + String.join(", ", Measure.PUBLISHED.stream().map(Measure::code).toList())
              + ")",
          measureCode);
    }
    YearMonth[] w = window(site.id());
    return scope.call(site.id(), () -> areas(site.id(), m, w));
  }

  private PublicResponses.Areas areas(long siteId, Measure m, YearMonth[] w) {
    Map<Long, String> cityNames = new HashMap<>();
    places.jurisdictions(siteId).forEach(j -> cityNames.put(j.id(), j.name()));
    Map<Long, String> geometry = new HashMap<>();
    places.areas(siteId, null).forEach(a -> geometry.put(a.id(), a.geometry()));
    Map<Long, List<AreaSeries>> byCity = new HashMap<>();
    for (AreaSeries a : measures.areaSeries(siteId, m, null, w[0], w[1])) {
      byCity.computeIfAbsent(a.jurisdictionId(), k -> new ArrayList<>()).add(a);
    }
    List<PublicResponses.Feature> features = new ArrayList<>();
    for (Map.Entry<Long, List<AreaSeries>> city : byCity.entrySet()) {
      List<AreaSeries> list = city.getValue();
      long[] cells = list.stream().mapToLong(AreaSeries::total).toArray();
      Suppression.Group g =
          new Suppression.Group(cells, java.util.Arrays.stream(cells).sum(), true);
      Suppression.protect(List.of(g));
      for (int i = 0; i < list.size(); i++) {
        PublicResponses.Cell cell = PublicResponses.Cell.of(cells[i], g.shown[i]);
        features.add(
            new PublicResponses.Feature(
                "Feature",
                geometry.get(list.get(i).areaId()),
                new PublicResponses.AreaProperties(
                    list.get(i).name(), cityNames.get(city.getKey()), cell.shown(), cell.count())));
      }
    }
    features.sort(java.util.Comparator.comparing(f -> f.properties().area()));
    return new PublicResponses.Areas(
        "FeatureCollection", m.code(), m.label(), w[0].toString(), w[1].toString(), features);
  }

  /** Whether the viewer's site publishes, since when. */
  java.util.Optional<LocalDate> publishedSince(CeasefireUser viewer) {
    return publication.since(viewer.siteId());
  }

  /** The coordinator starts ({@code publish}) or stops ({@code withdraw}) the public page. */
  @Transactional
  void decide(CeasefireUser coordinator, String action) {
    policy.check(coordinator.role(), Compartment.ADMINISTRATION, Action.WRITE);
    switch (action) {
      case "publish" ->
          publication.publish(
              coordinator.siteId(), coordinator.id(), measures.today(coordinator.siteId()));
      case "withdraw" -> publication.withdraw(coordinator.siteId());
      default -> throw ValidationException.of("action", "must be publish or withdraw", action);
    }
    audit.changed(
        coordinator,
        action.equals("publish") ? AuditAction.CREATE : AuditAction.DELETE,
        "public_measures",
        coordinator.siteId());
  }
}
