package org.ceasefire.interventions;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ceasefire.access.AccessPolicy;
import org.ceasefire.access.CeasefireUser;
import org.ceasefire.access.Compartment;
import org.ceasefire.audit.AuditTrail;
import org.ceasefire.incidents.Incidents;
import org.ceasefire.incidents.PersonIncident;
import org.ceasefire.people.People;
import org.ceasefire.people.Person;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What happened after contact, for everyone who attended a held call-in or received a delivered
 * custom notification: later incidents as suspect or arrestee, days from first contact to the first
 * of them, and whether still under supervision. The counts ("75 contacted, 3 re-offended") go to
 * every intervention reader; the rows per person only to those who see people here, with incident
 * figures only for investigative readers and supervision only for supervision readers.
 */
@Service
public class Outcomes {

  private static final List<String> OFFENDER_ROLES = List.of("suspect", "arrestee");

  private final CallInRepository callIns;
  private final Notifications notifications;
  private final CallIns calendar;
  private final People people;
  private final Incidents incidents;
  private final AccessPolicy policy;
  private final AuditTrail audit;

  Outcomes(
      CallInRepository callIns,
      Notifications notifications,
      CallIns calendar,
      People people,
      Incidents incidents,
      AccessPolicy policy,
      AuditTrail audit) {
    this.callIns = callIns;
    this.notifications = notifications;
    this.calendar = calendar;
    this.people = people;
    this.incidents = incidents;
    this.policy = policy;
    this.audit = audit;
  }

  /** One contacted person; null fields are those the viewer may not see. */
  public record PersonOutcome(
      long personId,
      String name,
      LocalDate firstContact,
      @Nullable Integer laterIncidents,
      @Nullable Long daysToFirstReoffence,
      @Nullable Boolean stillSupervised) {}

  /** The counts and, for viewers who see people here, the rows. */
  public record Report(int contacted, int reoffended, List<PersonOutcome> people) {}

  @Transactional
  public Report report(CeasefireUser viewer) {
    long site = viewer.siteId();
    Map<Long, LocalDate> first = new HashMap<>(callIns.attendees(site));
    notifications
        .delivered(site)
        .forEach((p, d) -> first.merge(p, d, (a, b) -> a.isBefore(b) ? a : b));
    ZoneId zone = incidents.zone(site);
    LocalDate today = calendar.today(site);
    boolean rows = policy.seesPeopleInInterventions(viewer.role());
    boolean investigative = policy.canRead(viewer.role(), Compartment.INVESTIGATIVE);
    boolean supervision = policy.canRead(viewer.role(), Compartment.SUPERVISION);
    Map<Long, String> names = people.names(site, first.keySet());
    List<PersonOutcome> out = new ArrayList<>();
    int reoffended = 0;
    for (Map.Entry<Long, LocalDate> e : first.entrySet()) {
      List<LocalDate> later =
          incidents.ofPerson(site, e.getKey()).stream()
              .filter(i -> OFFENDER_ROLES.contains(i.role()))
              .map(PersonIncident::occurredAt)
              .map(t -> t.atZoneSameInstant(zone).toLocalDate())
              .filter(d -> d.isAfter(e.getValue()))
              .sorted()
              .toList();
      if (!later.isEmpty()) {
        reoffended++;
      }
      Person p = people.get(site, e.getKey());
      boolean supervised =
          !p.supervisionStatus().equals("none")
              && (p.supervisionUntil() == null || !p.supervisionUntil().isBefore(today));
      out.add(
          new PersonOutcome(
              e.getKey(),
              names.getOrDefault(e.getKey(), "#" + e.getKey()),
              e.getValue(),
              investigative ? later.size() : null,
              investigative && !later.isEmpty()
                  ? ChronoUnit.DAYS.between(e.getValue(), later.get(0))
                  : null,
              supervision ? supervised : null));
    }
    out.sort(
        java.util.Comparator.comparing(PersonOutcome::firstContact)
            .thenComparing(PersonOutcome::name));
    if (!rows) {
      return new Report(first.size(), reoffended, List.of());
    }
    audit.searched(
        viewer, "person", out.stream().map(PersonOutcome::personId).toList(), null, "outcomes");
    return new Report(first.size(), reoffended, out);
  }
}
