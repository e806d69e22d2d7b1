package org.ceasefire.incidents;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.ceasefire.access.CeasefireUser;
import org.ceasefire.access.Sites;
import org.ceasefire.audit.AuditAction;
import org.ceasefire.audit.AuditTrail;
import org.ceasefire.audit.RecordHistory;
import org.ceasefire.people.People;
import org.ceasefire.places.Area;
import org.ceasefire.places.Places;
import org.ceasefire.platform.NotFoundException;
import org.ceasefire.platform.PageOf;
import org.ceasefire.platform.StaleRecordException;
import org.ceasefire.platform.ValidationException;
import org.ceasefire.platform.Validator;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Incidents of a site: search, record, edit, participants and firearms. */
@Service
public class Incidents {

  private final IncidentRepository incidents;
  private final IncidentWrites writes;
  private final People people;
  private final Places places;
  private final Sites sites;
  private final RecordHistory history;
  private final AuditTrail audit;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  Incidents(
      IncidentRepository incidents,
      IncidentWrites writes,
      People people,
      Places places,
      Sites sites,
      RecordHistory history,
      AuditTrail audit,
      ApplicationEventPublisher events,
      Clock clock) {
    this.incidents = incidents;
    this.writes = writes;
    this.people = people;
    this.places = places;
    this.sites = sites;
    this.history = history;
    this.audit = audit;
    this.events = events;
    this.clock = clock;
  }

  public PageOf<IncidentSummary> search(long siteId, IncidentFilter filter, int page, int size) {
    return incidents.search(siteId, filter, Math.max(0, page), PageOf.clampSize(size));
  }

  public Incident get(long siteId, long id) {
    Incident i =
        incidents.find(siteId, id).orElseThrow(() -> new NotFoundException("incident", id));
    return named(i, people.names(siteId, personIds(List.of(i))));
  }

  private static List<Long> personIds(List<Incident> incidents) {
    return incidents.stream()
        .flatMap(i -> i.participants().stream())
        .map(Incident.Participant::personId)
        .distinct()
        .toList();
  }

  /** The incident with its participants' names filled in. */
  private static Incident named(Incident i, Map<Long, String> names) {
    List<Incident.Participant> named =
        i.participants().stream()
            .map(
                p ->
                    new Incident.Participant(
                        p.id(),
                        p.personId(),
                        names.getOrDefault(p.personId(), "#" + p.personId()),
                        p.role(),
                        p.injury()))
            .toList();
    return new Incident(
        i.id(),
        i.reportNumber(),
        i.type(),
        i.occurredAt(),
        i.lon(),
        i.lat(),
        i.address(),
        i.jurisdictionId(),
        i.jurisdictionName(),
        i.areaId(),
        i.areaName(),
        i.narrative(),
        named,
        i.firearms(),
        i.version());
  }

  /** An incident as a user reads it (narrative, participants): audited. */
  @Transactional
  public Incident view(CeasefireUser viewer, long id) {
    Incident i = get(viewer.siteId(), id);
    audit.read(viewer, "incident", id);
    return i;
  }

  public ZoneId zone(long siteId) {
    return ZoneId.of(sites.site(siteId).timeZone());
  }

  /** Counts by incident type in [from, to): an aggregate any role may see. */
  public Map<String, Long> countsByType(long siteId, OffsetDateTime from, OffsetDateTime to) {
    return writes.countsByType(siteId, from, to, IncidentInput.TYPES);
  }

  /** Counts of the given incident types only (each count reads its type's rows in the period). */
  public Map<String, Long> countsByType(
      long siteId, OffsetDateTime from, OffsetDateTime to, List<String> types) {
    return writes.countsByType(siteId, from, to, types);
  }

  public long count(long siteId) {
    return writes.count(siteId);
  }

  /**
   * Incidents of the given types in a city within [from, to), oldest first, each with its
   * participants and firearms: the material of a shooting review.
   */
  public List<Incident> inWindow(
      long siteId, long jurisdiction, OffsetDateTime from, OffsetDateTime to, List<String> types) {
    List<Incident> found =
        incidents.findAll(siteId, writes.idsInWindow(siteId, jurisdiction, from, to, types));
    Map<Long, String> names = people.names(siteId, personIds(found));
    return found.stream().map(i -> named(i, names)).toList();
  }

  /**
   * People within two steps of {@code person} in the co-offending network (linked by being suspects
   * or arrestees in the same incident), the person left out.
   */
  public java.util.Set<Long> withinTwoCoOffendingSteps(long siteId, long person) {
    return withinTwoCoOffendingSteps(siteId, List.of(person))
        .getOrDefault(person, java.util.Set.of());
  }

  /**
   * As {@link #withinTwoCoOffendingSteps(long, long)} for each of these people, in two statements
   * whatever their number; people with no one within two steps are left out.
   */
  public Map<Long, java.util.Set<Long>> withinTwoCoOffendingSteps(
      long siteId, java.util.Collection<Long> persons) {
    Map<Long, java.util.Set<Long>> first = writes.coOffenders(siteId, persons);
    java.util.Set<Long> reached = new java.util.HashSet<>();
    first.values().forEach(reached::addAll);
    Map<Long, java.util.Set<Long>> second = writes.coOffenders(siteId, reached);
    Map<Long, java.util.Set<Long>> within = new java.util.HashMap<>();
    first.forEach(
        (person, step) -> {
          java.util.Set<Long> both = new java.util.HashSet<>(step);
          step.forEach(p -> both.addAll(second.getOrDefault(p, java.util.Set.of())));
          both.remove(person);
          if (!both.isEmpty()) {
            within.put(person, both);
          }
        });
    return within;
  }

  /** Located incidents of the given types in [from, to), for spatial analyses (no narrative). */
  public List<IncidentPoint> located(
      long siteId, List<String> types, OffsetDateTime from, OffsetDateTime to) {
    return writes.located(siteId, types, from, to, null);
  }

  /** As {@link #located(long, List, OffsetDateTime, OffsetDateTime)}, in one city if not null. */
  public List<IncidentPoint> located(
      long siteId,
      List<String> types,
      OffsetDateTime from,
      OffsetDateTime to,
      @Nullable Long city) {
    return writes.located(siteId, types, from, to, city);
  }

  /** The site's incident data version: changes with every write, for caches of analyses. */
  public DataVersion dataVersion(long siteId) {
    return writes.version(siteId);
  }

  /** Counts per area of incidents of the given types in [from, to): an aggregate. */
  public Map<Long, Long> countsByArea(
      long siteId, List<String> types, OffsetDateTime from, OffsetDateTime to) {
    return writes.countsByArea(siteId, types, from, to, null);
  }

  /** As {@link #countsByArea(long, List, OffsetDateTime, OffsetDateTime)}, in one city if set. */
  public Map<Long, Long> countsByArea(
      long siteId,
      List<String> types,
      OffsetDateTime from,
      OffsetDateTime to,
      @Nullable Long city) {
    return writes.countsByArea(siteId, types, from, to, city);
  }

  /**
   * Victims and suspects (person ids, no names) of incidents of the given types in [from, to),
   * oldest first: the material of the group audit's shares.
   */
  public List<Involvement> victimsAndSuspects(
      long siteId, List<String> types, OffsetDateTime from, OffsetDateTime to) {
    return writes.victimsAndSuspects(siteId, types, from, to);
  }

  /**
   * Every victim, suspect and arrestee of the site's incidents (person ids, no names), oldest
   * first: the material of the co-offending and co-victimisation networks.
   */
  public List<Involvement> involvements(long siteId) {
    return writes.involvements(siteId);
  }

  /**
   * Counts of incidents of the given types in [from, to) by weekday (rows, Monday first) and hour
   * of the day (columns) in the site's time zone: an aggregate.
   */
  public long[][] countsByWeekdayAndHour(
      long siteId,
      List<String> types,
      OffsetDateTime from,
      OffsetDateTime to,
      @Nullable Long city) {
    return writes.countsByWeekdayAndHour(siteId, types, from, to, city, zone(siteId).getId());
  }

  /** Counts per city of incidents of the given types in [from, to): an aggregate. */
  public Map<Long, Long> countsByCity(
      long siteId, List<String> types, OffsetDateTime from, OffsetDateTime to) {
    return writes.countsByCity(siteId, types, from, to);
  }

  /** Incidents a person took part in, newest first. */
  public List<PersonIncident> ofPerson(long siteId, long personId) {
    return writes.ofPeople(siteId, List.of(personId)).getOrDefault(personId, List.of());
  }

  /** Incidents each of the people took part in, newest first: one statement for them all. */
  public Map<Long, List<PersonIncident>> ofPeople(
      long siteId, java.util.Collection<Long> personIds) {
    return writes.ofPeople(siteId, personIds);
  }

  @Transactional
  public Incident create(CeasefireUser user, IncidentInput input) {
    IncidentInput located = locate(user.siteId(), input);
    OffsetDateTime at = check(user.siteId(), located);
    long id = writes.insert(user.siteId(), located, at);
    Incident created = get(user.siteId(), id);
    history.created(user.siteId(), "incident", id, user.id(), created.fields());
    audit.changed(user, AuditAction.CREATE, "incident", id);
    events.publishEvent(new IncidentRecorded(user.siteId(), id, created.type(), at));
    return created;
  }

  @Transactional
  public Incident update(CeasefireUser user, long id, IncidentInput input) {
    Incident before = get(user.siteId(), id);
    if (input.version() == null) {
      throw ValidationException.of("version", "is required to edit a record", null);
    }
    IncidentInput located = locate(user.siteId(), input);
    OffsetDateTime at = check(user.siteId(), located);
    if (!writes.update(user.siteId(), id, input.version(), located, at)) {
      throw new StaleRecordException("incident", id, before.version());
    }
    Incident after = get(user.siteId(), id);
    history.updated(user.siteId(), "incident", id, user.id(), before.fields(), after.fields());
    audit.changed(user, AuditAction.UPDATE, "incident", id);
    return after;
  }

  @Transactional
  public Incident addParticipant(CeasefireUser user, long incidentId, ParticipantInput input) {
    get(user.siteId(), incidentId);
    Validator v = new Validator();
    input.validate(v);
    v.check(
        input.personId() == null || people.exists(user.siteId(), input.personId()),
        "personId",
        "no such person",
        input.personId());
    v.throwIfInvalid();
    try {
      long id = writes.insertParticipant(user.siteId(), incidentId, input);
      history.created(
          user.siteId(),
          "participant",
          id,
          user.id(),
          Map.of("incidentId", incidentId, "personId", input.personId(), "role", input.role()));
      audit.changed(user, AuditAction.CREATE, "participant", id);
    } catch (DuplicateKeyException e) {
      throw ValidationException.of(
          "personId", "this person is already in the incident in this role", input.personId());
    }
    return get(user.siteId(), incidentId);
  }

  @Transactional
  public Incident addFirearm(CeasefireUser user, long incidentId, FirearmInput input) {
    get(user.siteId(), incidentId);
    Validator v = new Validator();
    input.validate(v);
    v.throwIfInvalid();
    writes.insertFirearm(user.siteId(), incidentId, input);
    return get(user.siteId(), incidentId);
  }

  /** Assigns the area by point-in-polygon when a location is given and no area chosen. */
  private IncidentInput locate(long siteId, IncidentInput in) {
    if (in.areaId() != null
        || in.lon() == null
        || in.lat() == null
        || in.jurisdictionId() == null) {
      return in;
    }
    Long area =
        places.areaAt(siteId, in.jurisdictionId(), in.lon(), in.lat()).map(Area::id).orElse(null);
    return new IncidentInput(
        in.reportNumber(),
        in.type(),
        in.occurredAt(),
        in.lon(),
        in.lat(),
        in.address(),
        in.jurisdictionId(),
        area,
        in.narrative(),
        in.version());
  }

  private OffsetDateTime check(long siteId, IncidentInput input) {
    Validator v = new Validator();
    OffsetDateTime at = input.validate(v, zone(siteId), OffsetDateTime.now(clock));
    v.check(
        input.jurisdictionId() == null
            || places.jurisdiction(siteId, input.jurisdictionId()).isPresent(),
        "jurisdictionId",
        "no such city in this partnership",
        input.jurisdictionId());
    v.check(
        input.areaId() == null
            || places
                .area(siteId, input.areaId())
                .filter(a -> a.jurisdictionId() == input.jurisdictionId())
                .isPresent(),
        "areaId",
        "is not an area of the chosen city",
        input.areaId());
    v.throwIfInvalid();
    return at;
  }
}
