package org.ceasefire.measures;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ceasefire.access.AccessPolicy;
import org.ceasefire.access.Action;
import org.ceasefire.access.CeasefireUser;
import org.ceasefire.access.Compartment;
import org.ceasefire.access.Sites;
import org.ceasefire.analytics.stats.KaplanMeier;
import org.ceasefire.analytics.stats.SurvivalData;
import org.ceasefire.places.Area;
import org.ceasefire.places.Places;
import org.ceasefire.platform.ValidationException;
import org.ceasefire.platform.Validator;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * The performance measures of a site (docs/measures.md): monthly series for a city or the whole
 * site, counts by area, counts over any days, and re-offending among notified people. Aggregates
 * every role may read (the AGGREGATE compartment); small counts of outreach records are suppressed
 * for roles that may not read OUTREACH ({@link Measure#fromOutreach}). Months and days are those of
 * the site's time zone.
 */
@Service
public class Measures {

  /** The longest series asked for at once: fifty years of months. */
  static final int MAX_MONTHS = 600;

  /** Counts from 1 to this are "fewer than 5" where suppression applies. */
  public static final int THRESHOLD = 5;

  private final MeasureRepository repository;
  private final Places places;
  private final Sites sites;
  private final AccessPolicy policy;
  private final Clock clock;

  Measures(
      MeasureRepository repository, Places places, Sites sites, AccessPolicy policy, Clock clock) {
    this.repository = repository;
    this.places = places;
    this.sites = sites;
    this.policy = policy;
    this.clock = clock;
  }

  /** One measure month by month for a city ({@code jurisdictionId}) or the whole site (null). */
  public MonthlySeries monthly(
      CeasefireUser viewer,
      Measure measure,
      @Nullable Long jurisdictionId,
      YearMonth from,
      YearMonth to) {
    check(viewer, jurisdictionId, from, to);
    long site = viewer.siteId();
    boolean hidden = hiddenFrom(viewer, measure);
    if (hidden && jurisdictionId != null) {
      return series(measure, jurisdictionId, unitName(site, jurisdictionId), from, to, null, true);
    }
    Map<YearMonth, Long> counts =
        repository.monthly(measure, period(site, from, to), jurisdictionId);
    return series(
        measure, jurisdictionId, unitName(site, jurisdictionId), from, to, counts, hidden);
  }

  /** One measure per area over the months, for a city or the whole site (null). */
  public AreaCounts byArea(
      CeasefireUser viewer,
      Measure measure,
      @Nullable Long jurisdictionId,
      YearMonth from,
      YearMonth to) {
    List<AreaSeries> series = monthlyByArea(viewer, measure, jurisdictionId, from, to);
    long unlocated =
        repository
            .monthlyByArea(measure, period(viewer.siteId(), from, to), jurisdictionId)
            .getOrDefault(-1L, Map.of())
            .values()
            .stream()
            .mapToLong(Long::longValue)
            .sum();
    return new AreaCounts(
        measure,
        jurisdictionId,
        from,
        to,
        series.stream()
            .map(
                s ->
                    new AreaCounts.AreaCount(
                        s.areaId(), s.name(), s.jurisdictionId(), s.population(), s.total()))
            .toList(),
        unlocated);
  }

  /**
   * Each area's monthly counts of an incident measure (every area of the unit, zeros included): the
   * panel of an area-level design. Refused for the program's work, which has no area.
   */
  public List<AreaSeries> monthlyByArea(
      CeasefireUser viewer,
      Measure measure,
      @Nullable Long jurisdictionId,
      YearMonth from,
      YearMonth to) {
    check(viewer, jurisdictionId, from, to);
    if (!measure.byArea()) {
      throw ValidationException.of("measure", "is not counted by area", measure.code());
    }
    return areaSeries(viewer.siteId(), measure, jurisdictionId, from, to);
  }

  /** The count over the days {@code from} to {@code to} inclusive; null when suppressed. */
  public @Nullable Long count(
      CeasefireUser viewer,
      Measure measure,
      @Nullable Long jurisdictionId,
      LocalDate from,
      LocalDate to) {
    check(viewer, jurisdictionId, YearMonth.from(from), YearMonth.from(to));
    if (to.isBefore(from)) {
      throw ValidationException.of("to", "is before from", to);
    }
    boolean hidden = hiddenFrom(viewer, measure);
    if (hidden && jurisdictionId != null) {
      return null;
    }
    long n = countDays(viewer.siteId(), measure, jurisdictionId, from, to);
    return hidden && n > 0 && n < THRESHOLD ? null : n;
  }

  /** Re-offending among the people first notified from {@code from} to {@code to} inclusive. */
  public Reoffending reoffending(
      CeasefireUser viewer, @Nullable Long jurisdictionId, LocalDate from, LocalDate to) {
    check(viewer, jurisdictionId, YearMonth.from(from), YearMonth.from(to));
    if (to.isBefore(from)) {
      throw ValidationException.of("to", "is before from", to);
    }
    LocalDate today = today(viewer.siteId());
    List<MeasureRepository.FirstContact> contacts =
        repository.firstContacts(
            new MeasureRepository.Period(
                viewer.siteId(), zone(viewer.siteId()), from, to.plusDays(1), today),
            jurisdictionId);
    return reoffending(jurisdictionId, from, to, today, contacts);
  }

  static Reoffending reoffending(
      @Nullable Long jurisdictionId,
      LocalDate from,
      LocalDate to,
      LocalDate asOf,
      List<MeasureRepository.FirstContact> contacts) {
    List<MeasureRepository.FirstContact> known =
        contacts.stream().filter(c -> !c.day().isAfter(asOf)).toList();
    double[] time = new double[known.size()];
    boolean[] event = new boolean[known.size()];
    int reoffended = 0;
    for (int i = 0; i < known.size(); i++) {
      MeasureRepository.FirstContact c = known.get(i);
      boolean again = c.reoffence() != null && !c.reoffence().isAfter(asOf);
      event[i] = again;
      time[i] = ChronoUnit.DAYS.between(c.day(), again ? c.reoffence() : asOf);
      reoffended += again ? 1 : 0;
    }
    List<Reoffending.Step> steps = new ArrayList<>();
    for (KaplanMeier.Step s : KaplanMeier.of(new SurvivalData(time, event))) {
      steps.add(
          new Reoffending.Step(
              (int) s.time(),
              s.atRisk(),
              s.events(),
              s.censored(),
              s.survival(),
              Double.isNaN(s.lower()) ? null : s.lower(),
              Double.isNaN(s.upper()) ? null : s.upper()));
    }
    return new Reoffending(jurisdictionId, from, to, asOf, known.size(), reoffended, steps);
  }

  /** Today in the site's time zone. */
  public LocalDate today(long siteId) {
    return LocalDate.now(clock.withZone(zone(siteId)));
  }

  public ZoneId zone(long siteId) {
    return ZoneId.of(sites.site(siteId).timeZone());
  }

  // --- for this feature's pages, the CSV, the report and the public page (no viewer checks) ---

  /**
   * Every city's series and the whole site's (key {@link MeasureRepository#SITE}), unsuppressed:
   * callers apply the rule of their audience.
   */
  Map<Long, MonthlySeries> monthlyByCity(
      long siteId, Measure measure, YearMonth from, YearMonth to) {
    checkMonths(from, to);
    Map<Long, Map<YearMonth, Long>> counts =
        repository.monthlyByCity(measure, period(siteId, from, to));
    Map<Long, MonthlySeries> out = new HashMap<>();
    out.put(
        MeasureRepository.SITE,
        series(measure, null, unitName(siteId, null), from, to, counts.get(0L), false));
    places
        .jurisdictions(siteId)
        .forEach(
            j ->
                out.put(
                    j.id(),
                    series(measure, j.id(), j.name(), from, to, counts.get(j.id()), false)));
    return out;
  }

  List<AreaSeries> areaSeries(
      long siteId, Measure measure, @Nullable Long jurisdictionId, YearMonth from, YearMonth to) {
    Map<Long, Map<YearMonth, Long>> counts =
        repository.monthlyByArea(measure, period(siteId, from, to), jurisdictionId);
    List<AreaSeries> out = new ArrayList<>();
    for (Area a : places.areas(siteId, jurisdictionId)) {
      Map<YearMonth, Long> c = counts.getOrDefault(a.id(), Map.of());
      out.add(
          new AreaSeries(
              a.id(),
              a.name(),
              a.jurisdictionId(),
              a.population(),
              from,
              to,
              months(from, to).stream().mapToLong(m -> c.getOrDefault(m, 0L)).toArray()));
    }
    return out;
  }

  long countDays(
      long siteId, Measure measure, @Nullable Long jurisdictionId, LocalDate from, LocalDate to) {
    return repository.count(
        measure,
        new MeasureRepository.Period(siteId, zone(siteId), from, to.plusDays(1), today(siteId)),
        jurisdictionId);
  }

  /** Whether small counts of this measure are hidden from this viewer. */
  boolean hiddenFrom(CeasefireUser viewer, Measure measure) {
    return measure.fromOutreach() && !policy.canRead(viewer.role(), Compartment.OUTREACH);
  }

  static List<YearMonth> months(YearMonth from, YearMonth to) {
    List<YearMonth> months = new ArrayList<>();
    for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
      months.add(m);
    }
    return months;
  }

  private MonthlySeries series(
      Measure measure,
      @Nullable Long jurisdictionId,
      String unit,
      YearMonth from,
      YearMonth to,
      @Nullable Map<YearMonth, Long> counts,
      boolean suppressSmall) {
    List<MonthlySeries.Month> rows = new ArrayList<>();
    for (YearMonth m : months(from, to)) {
      Long n = counts == null ? (suppressSmall ? null : 0L) : counts.getOrDefault(m, 0L);
      if (suppressSmall && n != null && n > 0 && n < THRESHOLD) {
        n = null;
      }
      rows.add(new MonthlySeries.Month(m, n));
    }
    return new MonthlySeries(measure, jurisdictionId, unit, from, to, rows);
  }

  private String unitName(long siteId, @Nullable Long jurisdictionId) {
    if (jurisdictionId == null) {
      return sites.site(siteId).name();
    }
    return places
        .jurisdiction(siteId, jurisdictionId)
        .map(j -> j.name())
        .orElseThrow(
            () ->
                ValidationException.of(
                    "jurisdiction", "no such city in this partnership", jurisdictionId));
  }

  private MeasureRepository.Period period(long siteId, YearMonth from, YearMonth to) {
    return new MeasureRepository.Period(
        siteId, zone(siteId), from.atDay(1), to.plusMonths(1).atDay(1), today(siteId));
  }

  private void check(
      CeasefireUser viewer, @Nullable Long jurisdictionId, YearMonth from, YearMonth to) {
    policy.check(viewer.role(), Compartment.AGGREGATE, Action.READ);
    checkMonths(from, to);
    if (jurisdictionId != null && places.jurisdiction(viewer.siteId(), jurisdictionId).isEmpty()) {
      throw ValidationException.of(
          "jurisdiction", "no such city in this partnership", jurisdictionId);
    }
  }

  private static void checkMonths(YearMonth from, YearMonth to) {
    Validator v = new Validator();
    v.check(!to.isBefore(from), "to", "is before from (" + from + ")", to);
    v.check(
        from.until(to, ChronoUnit.MONTHS) < MAX_MONTHS,
        "to",
        "is more than " + MAX_MONTHS + " months after from",
        to);
    v.throwIfInvalid();
  }
}
