package org.ceasefire.evaluation;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ceasefire.access.AccessPolicy;
import org.ceasefire.access.Action;
import org.ceasefire.access.CeasefireUser;
import org.ceasefire.access.Compartment;
import org.ceasefire.audit.AuditTrail;
import org.ceasefire.incidents.Incidents;
import org.ceasefire.platform.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Runs the evaluation designs on the site's outcome series for its program. Everything here is an
 * aggregate (counts per city or area per month), so every role that reads aggregates may see it.
 */
@Service
class Evaluations {

  private final Programs programs;
  private final OutcomeSeries outcomes;
  private final PersonEvents events;
  private final Incidents incidents;
  private final Clock clock;
  private final AccessPolicy policy;
  private final AuditTrail audit;

  Evaluations(
      Programs programs,
      OutcomeSeries outcomes,
      PersonEvents events,
      Incidents incidents,
      Clock clock,
      AccessPolicy policy,
      AuditTrail audit) {
    this.policy = policy;
    this.audit = audit;
    this.programs = programs;
    this.outcomes = outcomes;
    this.events = events;
    this.incidents = incidents;
    this.clock = clock;
  }

  Optional<Evaluation> of(CeasefireUser viewer) {
    return programs.current(viewer.siteId()).map(p -> run(viewer, p));
  }

  /**
   * The survival design on the site's people: the cohort at the program's start, followed up to
   * yesterday (the last whole day of data).
   */
  private SurvivalDesign.Result survival(long site, Program p) {
    ZoneId zone = incidents.zone(site);
    SurvivalCohort cohort =
        SurvivalCohort.of(
            p.startsOn(),
            zone,
            events.involvements(site),
            events.exposures(site),
            events.birthDates(site),
            events.currentGroupMembers(site));
    return SurvivalDesign.run(cohort, LocalDate.now(clock.withZone(zone)).minusDays(1));
  }

  /**
   * A person-level input file (pseudonymous rows: no ids, names or dates), for extract readers
   * only; its download is audited as an export.
   */
  @Transactional
  InputFile researchInput(CeasefireUser viewer, String name) {
    policy.check(viewer.role(), Compartment.RESEARCH, Action.READ);
    InputFile f =
        input(viewer, name, true)
            .orElseThrow(
                () -> new NotFoundException("input file " + name + " of site", viewer.siteId()));
    audit.exported(viewer, "evaluation_input", name + " rows=" + (f.csv().lines().count() - 1));
    return f;
  }

  /**
   * An input file of one of the designs, by its name: aggregate series, or with {@code personLevel}
   * the de-identified person-level rows (only for extract readers).
   */
  Optional<InputFile> input(CeasefireUser viewer, String name, boolean personLevel) {
    return of(viewer)
        .flatMap(
            e ->
                files(e).stream()
                    .filter(f -> f.name().equals(name) && f.personLevel() == personLevel)
                    .findFirst());
  }

  static List<InputFile> files(Evaluation e) {
    List<InputFile> all = new ArrayList<>();
    if (e.controlledIts().result() != null) {
      all.addAll(e.controlledIts().result().files());
    }
    if (e.its().result() != null) {
      all.addAll(e.its().result().files());
    }
    if (e.did().result() != null) {
      all.addAll(e.did().result().files());
    }
    if (e.synth().result() != null) {
      all.addAll(e.synth().result().files());
    }
    if (e.survival().result() != null) {
      all.addAll(e.survival().result().files());
    }
    return all;
  }

  /** The first whole month under the program: its start month if it starts on the 1st. */
  static YearMonth breakMonth(Program p) {
    YearMonth m = YearMonth.from(p.startsOn());
    return p.startsOn().getDayOfMonth() == 1 ? m : m.plusMonths(1);
  }

  private Evaluation run(CeasefireUser viewer, Program p) {
    long site = viewer.siteId();
    long t0 = System.nanoTime();
    YearMonth start = breakMonth(p);
    String measure = outcomes.label(p.outcome());
    Places places;
    Places units;
    try {
      places = places(viewer, p, p.targetCities().isEmpty());
      // difference-in-differences compares areas when the program names target and comparison
      // areas, cities otherwise
      units = p.comparesAreas() ? places(viewer, p, true) : places;
    } catch (IllegalArgumentException e) {
      Section<ItsDesign.Result> none = Section.not("No outcome series: " + e.getMessage() + ".");
      return new Evaluation(
          p,
          measure,
          start,
          none,
          Section.not(none.unavailable()),
          Section.not(none.unavailable()),
          Section.not(none.unavailable()),
          Section.run(() -> survival(site, p)),
          (System.nanoTime() - t0) / 1_000_000);
    }
    Section<ItsDesign.Result> its =
        Section.run(() -> ItsDesign.run(measure, start, places.target(), null));
    Section<ItsDesign.Result> controlled =
        places.comparisons().isEmpty()
            ? Section.not("No comparison places are named in the program.")
            : Section.run(
                () -> ItsDesign.run(measure, start, places.target(), places.comparison()));
    Section<DidDesign.Result> did =
        units.comparisons().isEmpty()
            ? Section.not("No comparison places are named in the program.")
            : Section.run(
                () -> DidDesign.run(measure, start, units.targets(), units.comparisons()));
    Section<SynthDesign.Result> synth =
        places.comparisons().size() < 2
            ? Section.not("A synthetic control needs at least two comparison places.")
            : Section.run(
                () -> SynthDesign.run(measure, start, places.targets(), places.comparisons()));
    Section<SurvivalDesign.Result> survival = Section.run(() -> survival(site, p));
    return new Evaluation(
        p,
        measure,
        start,
        its,
        controlled,
        did,
        synth,
        survival,
        (System.nanoTime() - t0) / 1_000_000);
  }

  /**
   * The program's places at the level it compares them: cities when it names target cities, else
   * areas; each target and comparison place's series, and their sums.
   */
  record Places(List<PlaceSeries> targets, List<PlaceSeries> comparisons) {
    PlaceSeries target() {
      return PlaceSeries.sum(label(targets, "the target"), targets);
    }

    PlaceSeries comparison() {
      return PlaceSeries.sum(label(comparisons, "the comparison"), comparisons);
    }

    private static String label(List<PlaceSeries> list, String what) {
      return list.size() == 1
          ? list.get(0).name()
          : what
              + " places ("
              + String.join(", ", list.stream().map(PlaceSeries::name).toList())
              + ")";
    }
  }

  Places places(CeasefireUser viewer, Program p, boolean areas) {
    Programs.PlaceNames names = programs.placeNames(viewer.siteId());
    boolean cities = !areas;
    List<Long> targets = cities ? p.targetCities() : p.targetAreas();
    List<Long> comparisons = cities ? p.comparisonCities() : p.comparisonAreas();
    Map<Long, String> wanted = new java.util.LinkedHashMap<>();
    for (Long id : targets) {
      wanted.put(id, cities ? names.cities().get(id) : names.areas().get(id));
    }
    for (Long id : comparisons) {
      wanted.put(id, cities ? names.cities().get(id) : names.areas().get(id));
    }
    Map<Long, PlaceSeries> series =
        cities
            ? outcomes.cities(viewer, p.outcome(), wanted)
            : outcomes.areas(viewer, p.outcome(), wanted);
    List<PlaceSeries> t = new ArrayList<>();
    targets.forEach(id -> t.add(series.get(id)));
    List<PlaceSeries> c = new ArrayList<>();
    comparisons.forEach(id -> c.add(series.get(id)));
    return new Places(t, c);
  }
}
