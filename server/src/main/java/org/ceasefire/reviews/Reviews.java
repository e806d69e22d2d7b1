package org.ceasefire.reviews;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import org.ceasefire.access.AccessPolicy;
import org.ceasefire.access.CeasefireUser;
import org.ceasefire.access.Compartment;
import org.ceasefire.audit.AuditTrail;
import org.ceasefire.cases.Cases;
import org.ceasefire.cases.OpenCase;
import org.ceasefire.groups.Groups;
import org.ceasefire.groups.Membership;
import org.ceasefire.incidents.Incident;
import org.ceasefire.incidents.Incidents;
import org.ceasefire.incidents.PersonIncident;
import org.ceasefire.people.People;
import org.ceasefire.places.Places;
import org.ceasefire.platform.NotFoundException;
import org.ceasefire.platform.ValidationException;
import org.ceasefire.platform.Validator;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Shooting-review meetings and their agendas: every homicide, non-fatal shooting and firearm
 * seizure in the city since its previous meeting, with the people in each, their groups and those
 * groups' rivals (for roles that may read intelligence), how many incidents each person was in
 * before, and each person's open prosecution cases (for roles that may read them).
 */
@Service
public class Reviews {

  static final List<String> AGENDA_TYPES =
      List.of("homicide", "non_fatal_shooting", "firearm_seizure");

  private final ReviewRepository meetings;
  private final Incidents incidents;
  private final Groups groups;
  private final Places places;
  private final People people;
  private final Cases cases;
  private final NearRepeatWindows windows;
  private final AccessPolicy policy;
  private final AuditTrail audit;

  Reviews(
      ReviewRepository meetings,
      Incidents incidents,
      Groups groups,
      Places places,
      People people,
      Cases cases,
      NearRepeatWindows windows,
      AccessPolicy policy,
      AuditTrail audit) {
    this.meetings = meetings;
    this.incidents = incidents;
    this.groups = groups;
    this.places = places;
    this.people = people;
    this.cases = cases;
    this.windows = windows;
    this.policy = policy;
    this.audit = audit;
  }

  public List<ReviewMeeting> meetings(long siteId) {
    return meetings.all(siteId);
  }

  public ReviewMeeting meeting(long siteId, long id) {
    return meetings.find(siteId, id).orElseThrow(() -> new NotFoundException("meeting", id));
  }

  @Transactional
  public ReviewMeeting schedule(
      CeasefireUser user, @Nullable Long jurisdictionId, @Nullable String meetsOn) {
    Validator v = new Validator();
    v.check(
        jurisdictionId != null && places.jurisdiction(user.siteId(), jurisdictionId).isPresent(),
        "jurisdictionId",
        "choose a city of this partnership",
        jurisdictionId);
    LocalDate on = null;
    try {
      on = meetsOn == null || meetsOn.isBlank() ? null : LocalDate.parse(meetsOn.trim());
    } catch (DateTimeParseException e) {
      v.check(false, "meetsOn", "is not a date (YYYY-MM-DD)", meetsOn);
    }
    v.check(on != null || meetsOn == null || meetsOn.isBlank(), "meetsOn", "is required", meetsOn);
    v.require("meetsOn", meetsOn);
    v.throwIfInvalid();
    try {
      return meeting(user.siteId(), meetings.insert(user.siteId(), jurisdictionId, on, user.id()));
    } catch (DuplicateKeyException e) {
      throw ValidationException.of("meetsOn", "this city already meets on that day", meetsOn);
    }
  }

  /** The meeting's agenda as the viewer may see it; each incident shown is an audited read. */
  @Transactional
  public List<AgendaItem> agenda(CeasefireUser viewer, ReviewMeeting m) {
    ZoneId zone = incidents.zone(viewer.siteId());
    boolean intelligence = policy.canRead(viewer.role(), Compartment.INTELLIGENCE);
    List<Incident> window =
        incidents.inWindow(
            viewer.siteId(),
            m.jurisdictionId(),
            m.since().atStartOfDay(zone).toOffsetDateTime(),
            m.meetsOn().atStartOfDay(zone).toOffsetDateTime(),
            AGENDA_TYPES);
    window.forEach(i -> audit.read(viewer, "incident", i.id()));
    java.util.Set<Long> shown =
        window.stream()
            .flatMap(Reviews::listed)
            .map(Incident.Participant::personId)
            .collect(java.util.stream.Collectors.toSet());
    @Nullable Map<Long, List<OpenCase>> openCases =
        policy.canRead(viewer.role(), Compartment.PROSECUTION)
            ? cases.openCasesOf(viewer, shown)
            : null;
    Map<Long, List<PersonIncident>> histories = incidents.ofPeople(viewer.siteId(), shown);
    @Nullable Map<Long, List<AgendaItem.GroupTie>> ties = intelligence ? ties(viewer, shown) : null;
    return window.stream()
        .map(
            i ->
                new AgendaItem(
                    i,
                    listed(i)
                        .map(
                            p ->
                                person(
                                    i,
                                    p,
                                    histories.getOrDefault(p.personId(), List.of()),
                                    ties,
                                    openCases))
                        .toList()))
        .toList();
  }

  /** The site's near-repeat window: how far and how long a shooting raises the risk of another. */
  public NearRepeatWindow nearRepeatWindow(long siteId) {
    return windows.of(siteId);
  }

  /**
   * Retaliation alerts for the agenda's shootings and homicides: one per victim, with the rivals of
   * the victim's groups (for intelligence readers), the near-repeat window around the place, and
   * the people within two steps of the victim in the co-offending network.
   */
  public List<RetaliationAlert> alerts(CeasefireUser viewer, List<AgendaItem> agenda) {
    ZoneId zone = incidents.zone(viewer.siteId());
    NearRepeatWindow window = windows.of(viewer.siteId());
    List<AgendaItem> shootings =
        agenda.stream()
            .filter(
                item ->
                    item.incident().type().equals("homicide")
                        || item.incident().type().equals("non_fatal_shooting"))
            .toList();
    java.util.Set<Long> victims =
        shootings.stream()
            .flatMap(item -> item.people().stream())
            .filter(p -> p.role().equals("victim"))
            .map(AgendaItem.Person::personId)
            .collect(java.util.stream.Collectors.toSet());
    Map<Long, java.util.Set<Long>> near =
        incidents.withinTwoCoOffendingSteps(viewer.siteId(), victims);
    Map<Long, String> names =
        people.names(
            viewer.siteId(),
            near.values().stream().flatMap(java.util.Set::stream).distinct().toList());
    java.util.List<RetaliationAlert> alerts = new java.util.ArrayList<>();
    for (AgendaItem item : shootings) {
      Incident i = item.incident();
      for (AgendaItem.Person p : item.people()) {
        if (!p.role().equals("victim")) {
          continue;
        }
        List<String> rivals =
            p.groups() == null
                ? null
                : p.groups().stream().flatMap(g -> g.rivals().stream()).distinct().toList();
        List<String> atRisk =
            near.getOrDefault(p.personId(), java.util.Set.of()).stream()
                .map(names::get)
                .filter(java.util.Objects::nonNull)
                .sorted()
                .toList();
        alerts.add(
            new RetaliationAlert(
                i.id(),
                p.personId(),
                p.name(),
                rivals,
                i.address(),
                window.meters(),
                i.occurredAt().atZoneSameInstant(zone).toLocalDate().plusDays(window.days()),
                atRisk));
      }
    }
    return alerts;
  }

  /** The people of an incident the agenda lists: witnesses are left off. */
  private static java.util.stream.Stream<Incident.Participant> listed(Incident i) {
    return i.participants().stream().filter(p -> !p.role().equals("witness"));
  }

  private AgendaItem.Person person(
      Incident i,
      Incident.Participant p,
      List<PersonIncident> history,
      @Nullable Map<Long, List<AgendaItem.GroupTie>> ties,
      @Nullable Map<Long, List<OpenCase>> openCases) {
    int prior = (int) history.stream().filter(o -> o.occurredAt().isBefore(i.occurredAt())).count();
    return new AgendaItem.Person(
        p.personId(),
        p.personName(),
        p.role(),
        p.injury(),
        ties == null ? null : ties.getOrDefault(p.personId(), List.of()),
        prior,
        openCases == null ? null : openCases.getOrDefault(p.personId(), List.of()));
  }

  /**
   * The group ties of each of these people with their groups' active rivals: three statements for
   * the whole agenda, each membership shown an audited read.
   */
  private Map<Long, List<AgendaItem.GroupTie>> ties(
      CeasefireUser viewer, java.util.Set<Long> people) {
    Map<Long, List<Membership>> memberships = groups.membershipsOf(viewer, people);
    Map<Long, List<String>> rivals =
        groups.activeRivals(
            viewer.siteId(),
            memberships.values().stream().flatMap(List::stream).map(Membership::groupId).toList());
    Map<Long, List<AgendaItem.GroupTie>> ties = new java.util.HashMap<>();
    memberships.forEach(
        (person, entries) ->
            ties.put(
                person,
                entries.stream()
                    .map(
                        g ->
                            new AgendaItem.GroupTie(
                                g.groupId(),
                                g.groupName(),
                                rivals.getOrDefault(g.groupId(), List.of())))
                    .toList()));
    return ties;
  }
}
