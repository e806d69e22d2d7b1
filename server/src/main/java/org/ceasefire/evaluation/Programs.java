package org.ceasefire.evaluation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.ceasefire.access.CeasefireUser;
import org.ceasefire.audit.AuditAction;
import org.ceasefire.audit.AuditTrail;
import org.ceasefire.audit.RecordHistory;
import org.ceasefire.places.Area;
import org.ceasefire.places.Jurisdiction;
import org.ceasefire.places.Places;
import org.ceasefire.platform.StaleRecordException;
import org.ceasefire.platform.ValidationException;
import org.ceasefire.platform.Validator;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The site's program definition: read by everyone who reads aggregates, defined and redefined by
 * the coordinator (the handlers guard that), each change kept in the record history and the audit
 * trail. A stale edit is refused.
 */
@Service
public class Programs {

  static final String RECORD = "evaluation_program";

  private final ProgramRepository repository;
  private final Places places;
  private final OutcomeSeries outcomes;
  private final RecordHistory history;
  private final AuditTrail audit;
  private final Clock clock;

  Programs(
      ProgramRepository repository,
      Places places,
      OutcomeSeries outcomes,
      RecordHistory history,
      AuditTrail audit,
      Clock clock) {
    this.repository = repository;
    this.places = places;
    this.outcomes = outcomes;
    this.history = history;
    this.audit = audit;
    this.clock = clock;
  }

  public Optional<Program> current(long siteId) {
    return repository.find(siteId);
  }

  /** Defines the site's program, or redefines it if {@code input.version()} is still current. */
  @Transactional
  public Program define(CeasefireUser user, ProgramInput input) {
    long site = user.siteId();
    Set<Long> cities = new HashSet<>();
    places.jurisdictions(site).forEach(j -> cities.add(j.id()));
    Set<Long> areas = new HashSet<>();
    places.areas(site, null).forEach(a -> areas.add(a.id()));
    Validator v = new Validator();
    ProgramInput.Checked checked =
        input.check(cities, areas, outcomes.measures(), LocalDate.now(clock), v);
    Optional<Program> existing = repository.find(site);
    if (existing.isEmpty()) {
      long id = repository.insert(site, user.id(), checked);
      Program created = repository.find(site).orElseThrow();
      history.created(site, RECORD, id, user.id(), created.fields());
      audit.changed(user, AuditAction.CREATE, RECORD, id);
      return created;
    }
    Program before = existing.get();
    if (input.version() == null) {
      throw ValidationException.of("version", "is required to change the program", "");
    }
    if (input.version() != before.version()) {
      throw new StaleRecordException("program", before.id(), before.version());
    }
    Program after = before.redefine(checked);
    if (!repository.update(site, user.id(), after, input.version())) {
      throw new StaleRecordException("program", before.id(), before.version());
    }
    history.updated(site, RECORD, before.id(), user.id(), before.fields(), after.fields());
    audit.changed(user, AuditAction.UPDATE, RECORD, before.id());
    return after;
  }

  public List<RecordHistory.Change> history(long siteId, long programId) {
    return history.of(siteId, RECORD, programId);
  }

  /** Names of the site's cities and areas by id, for showing a program. */
  PlaceNames placeNames(long siteId) {
    return PlaceNames.of(places.jurisdictions(siteId), places.areas(siteId, null));
  }

  /** Names of a site's places. */
  record PlaceNames(java.util.Map<Long, String> cities, java.util.Map<Long, String> areas) {
    static PlaceNames of(List<Jurisdiction> js, List<Area> as) {
      java.util.Map<Long, String> c = new java.util.LinkedHashMap<>();
      js.forEach(j -> c.put(j.id(), j.name()));
      java.util.Map<Long, String> a = new java.util.LinkedHashMap<>();
      as.forEach(x -> a.put(x.id(), c.getOrDefault(x.jurisdictionId(), "") + " " + x.name()));
      return new PlaceNames(c, a);
    }

    List<String> cities(List<Long> ids) {
      return ids.stream().map(id -> cities.getOrDefault(id, "#" + id)).toList();
    }

    List<String> areas(List<Long> ids) {
      return ids.stream().map(id -> areas.getOrDefault(id, "#" + id)).toList();
    }
  }
}
