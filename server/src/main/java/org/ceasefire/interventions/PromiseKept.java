package org.ceasefire.interventions;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.ceasefire.access.AccessPolicy;
import org.ceasefire.access.Action;
import org.ceasefire.access.CeasefireUser;
import org.ceasefire.access.Compartment;
import org.ceasefire.access.Sites;
import org.ceasefire.audit.AuditAction;
import org.ceasefire.audit.AuditTrail;
import org.ceasefire.groups.Groups;
import org.ceasefire.groups.Membership;
import org.ceasefire.incidents.Incident;
import org.ceasefire.incidents.Incidents;
import org.ceasefire.incidents.PersonIncident;
import org.ceasefire.interventions.InterventionInputs.ActionInput;
import org.ceasefire.interventions.InterventionInputs.AttributionInput;
import org.ceasefire.platform.AccessDeniedException;
import org.ceasefire.platform.NotFoundException;
import org.ceasefire.platform.ValidationException;
import org.ceasefire.platform.Validator;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Promise-kept enforcement. A group is notified from its first held call-in or its first delivered
 * custom notification naming it. A homicide or non-fatal shooting is attributed to a notified group
 * when it happened on a later day and one of its suspects or arrestees has a current (approved,
 * within review date) entry in the group: the rule proposes, the coordinator confirms; the
 * coordinator may also attribute one explicitly. Enforcement actions on an attributed offence make
 * its timeline; the promise is kept when one was taken.
 */
@Service
public class PromiseKept {

  static final String RECORD = "group_offence";
  private static final List<String> OFFENDER_ROLES = List.of("suspect", "arrestee");

  private final PromiseRepository repository;
  private final CallIns callIns;
  private final Notifications notifications;
  private final Groups groups;
  private final Incidents incidents;
  private final Sites sites;
  private final AccessPolicy policy;
  private final AuditTrail audit;

  PromiseKept(
      PromiseRepository repository,
      CallIns callIns,
      Notifications notifications,
      Groups groups,
      Incidents incidents,
      Sites sites,
      AccessPolicy policy,
      AuditTrail audit) {
    this.repository = repository;
    this.callIns = callIns;
    this.notifications = notifications;
    this.groups = groups;
    this.incidents = incidents;
    this.sites = sites;
    this.policy = policy;
    this.audit = audit;
  }

  /** A group and the date it was first notified. */
  public record NotifiedGroup(long groupId, String name, LocalDate notifiedOn) {}

  /** An offence the rule attributes to a notified group and nobody has confirmed yet. */
  public record Suggestion(
      long groupId, String group, long incidentId, String type, LocalDate occurredOn) {}

  /** Every notified group, by name, with the date it was first notified. */
  public List<NotifiedGroup> notifiedGroups(long siteId) {
    Map<Long, LocalDate> first = new HashMap<>(callIns.groupsCalledIn(siteId));
    notifications.groupsNotified(siteId).forEach((g, d) -> first.merge(g, d, this::earlier));
    return first.entrySet().stream()
        .filter(e -> callIns.listed(siteId, e.getKey()).isPresent())
        .map(
            e ->
                new NotifiedGroup(
                    e.getKey(), callIns.listed(siteId, e.getKey()).get().name(), e.getValue()))
        .sorted(java.util.Comparator.comparing(NotifiedGroup::name))
        .toList();
  }

  /**
   * What the rule attributes and is not yet recorded. Works from intelligence entries, so only for
   * roles that may read intelligence (others get nothing); each entry used is an audited read.
   */
  @Transactional
  public List<Suggestion> suggestions(CeasefireUser viewer) {
    if (!policy.canRead(viewer.role(), Compartment.INTELLIGENCE)
        || !policy.canRead(viewer.role(), Compartment.INVESTIGATIVE)) {
      return List.of();
    }
    long site = viewer.siteId();
    ZoneId zone = incidents.zone(site);
    java.util.Set<String> recorded = new java.util.HashSet<>();
    repository.all(site).forEach(o -> recorded.add(o.groupId() + ":" + o.incidentId()));
    Map<String, Suggestion> found = new TreeMap<>();
    for (NotifiedGroup g : notifiedGroups(site)) {
      for (Membership m : groups.members(site, g.groupId())) {
        for (PersonIncident i : incidents.ofPerson(site, m.personId())) {
          LocalDate on = i.occurredAt().atZoneSameInstant(zone).toLocalDate();
          String key = g.groupId() + ":" + i.id();
          if (GroupOffence.VIOLENT.contains(i.type())
              && OFFENDER_ROLES.contains(i.role())
              && on.isAfter(g.notifiedOn())
              && !recorded.contains(key)
              && !found.containsKey(key)) {
            audit.read(viewer, "membership", m.id());
            found.put(key, new Suggestion(g.groupId(), g.name(), i.id(), i.type(), on));
          }
        }
      }
    }
    return List.copyOf(found.values());
  }

  /** Every recorded offence with its timeline, oldest attribution first. */
  public List<GroupOffence> offences(long siteId) {
    return repository.all(siteId).stream().map(o -> named(siteId, o)).toList();
  }

  public GroupOffence get(long siteId, long id) {
    return named(
        siteId,
        repository.find(siteId, id).orElseThrow(() -> new NotFoundException("offence", id)));
  }

  /**
   * Attributes a shooting or homicide to a notified group: by the rule (it must be one of the
   * rule's suggestions) or explicitly by the coordinator (with a note). Reads the incident, so only
   * for writers who may read investigative records.
   */
  @Transactional
  public GroupOffence attribute(CeasefireUser user, String basis, AttributionInput input) {
    Validator v = new Validator();
    v.check(input.groupId() != null, "groupId", "is required", "");
    v.check(input.incidentId() != null, "incidentId", "is required", "");
    v.check(GroupOffence.BASES.contains(basis), "basis", "must be rule or coordinator", basis);
    v.check(
        !basis.equals("coordinator") || InterventionInputs.trimmed(input.note()) != null,
        "note",
        "say why the incident is attributed to the group",
        "");
    v.maxLength("note", input.note(), 4000);
    v.throwIfInvalid();
    long site = user.siteId();
    groups.get(site, input.groupId());
    Incident incident = incidents.get(site, input.incidentId());
    policy.check(user.role(), Compartment.INVESTIGATIVE, Action.READ);
    NotifiedGroup g =
        notifiedGroups(site).stream()
            .filter(n -> n.groupId() == input.groupId())
            .findFirst()
            .orElseThrow(
                () ->
                    ValidationException.of(
                        "groupId", "this group has not been notified", input.groupId()));
    LocalDate on = incident.occurredAt().atZoneSameInstant(incidents.zone(site)).toLocalDate();
    v.check(
        GroupOffence.VIOLENT.contains(incident.type()),
        "incidentId",
        "only a homicide or shooting is attributed to a group",
        incident.type());
    v.check(
        on.isAfter(g.notifiedOn()),
        "incidentId",
        "happened before the group was notified (" + g.notifiedOn() + ")",
        on);
    v.check(
        !basis.equals("rule")
            || suggestions(user).stream()
                .anyMatch(s -> s.groupId() == g.groupId() && s.incidentId() == incident.id()),
        "incidentId",
        "the rule does not attribute this incident to the group; attribute it explicitly",
        incident.id());
    v.throwIfInvalid();
    long id =
        repository
            .insert(
                site,
                g.groupId(),
                incident.id(),
                g.notifiedOn(),
                basis,
                InterventionInputs.trimmed(input.note()),
                user.id())
            .orElseThrow(
                () ->
                    ValidationException.of(
                        "incidentId", "already attributed to this group", incident.id()));
    audit.changed(user, AuditAction.CREATE, RECORD, id);
    return get(site, id);
  }

  /** An enforcement action on an attributed offence: what, by which agency, when. */
  @Transactional
  public GroupOffence act(CeasefireUser user, long offenceId, ActionInput input) {
    GroupOffence o = get(user.siteId(), offenceId);
    if (!policy.recordsEnforcement(user.role())) {
      throw new AccessDeniedException("Outreach workers do not record enforcement actions");
    }
    Validator v = new Validator();
    v.check(
        input.kind() != null && GroupOffence.EnforcementAction.KINDS.contains(input.kind()),
        "kind",
        "must be one of " + GroupOffence.EnforcementAction.KINDS,
        input.kind());
    v.check(
        input.agencyId() != null
            && sites.agencies(user.siteId()).stream().anyMatch(a -> a.id() == input.agencyId()),
        "agencyId",
        "choose an agency of this partnership",
        input.agencyId());
    LocalDate on = v.date("takenOn", input.takenOn(), true, null);
    v.check(
        on == null || !on.isBefore(o.occurredOn()),
        "takenOn",
        "is before the offence (" + o.occurredOn() + ")",
        on);
    v.check(
        on == null || !on.isAfter(callIns.today(user.siteId())), "takenOn", "is in the future", on);
    v.require("description", input.description())
        .maxLength("description", input.description(), 4000);
    v.throwIfInvalid();
    repository.insertAction(
        user.siteId(),
        offenceId,
        input.kind(),
        input.agencyId(),
        on,
        input.description().trim(),
        user.id());
    audit.changed(user, AuditAction.UPDATE, RECORD, offenceId);
    return get(user.siteId(), offenceId);
  }

  /** The dashboard's figures: notified, offended after notification, promises kept. */
  public record Dashboard(
      List<NotifiedGroup> notified,
      List<GroupOffence> offences,
      int groupsNotified,
      int groupsOffended,
      int offencesKept,
      @org.jspecify.annotations.Nullable Double medianDaysToAction) {}

  public Dashboard dashboard(long siteId) {
    List<NotifiedGroup> notified = notifiedGroups(siteId);
    List<GroupOffence> offences = offences(siteId);
    List<Long> days =
        offences.stream()
            .map(GroupOffence::daysToFirstAction)
            .filter(java.util.Objects::nonNull)
            .sorted()
            .toList();
    Double median =
        days.isEmpty()
            ? null
            : days.size() % 2 == 1
                ? (double) days.get(days.size() / 2)
                : (days.get(days.size() / 2 - 1) + days.get(days.size() / 2)) / 2.0;
    return new Dashboard(
        notified,
        offences,
        notified.size(),
        (int) offences.stream().map(GroupOffence::groupId).distinct().count(),
        (int) offences.stream().filter(GroupOffence::promiseKept).count(),
        median);
  }

  private GroupOffence named(long siteId, GroupOffence o) {
    Incident i = incidents.get(siteId, o.incidentId());
    Map<Long, String> agencies = new HashMap<>();
    sites.agencies(siteId).forEach(a -> agencies.put(a.id(), a.name()));
    List<GroupOffence.EnforcementAction> actions = new ArrayList<>();
    for (GroupOffence.EnforcementAction a : o.actions()) {
      actions.add(
          new GroupOffence.EnforcementAction(
              a.id(),
              a.kind(),
              a.agencyId(),
              agencies.getOrDefault(a.agencyId(), "#" + a.agencyId()),
              a.takenOn(),
              a.description(),
              a.recordedBy(),
              a.recordedAt()));
    }
    return new GroupOffence(
        o.id(),
        o.groupId(),
        callIns.listed(siteId, o.groupId()).map(g -> g.name()).orElse(CallIns.UNLISTED),
        o.incidentId(),
        i.type(),
        i.occurredAt().atZoneSameInstant(incidents.zone(siteId)).toLocalDate(),
        o.notifiedOn(),
        o.basis(),
        o.note(),
        o.attributedBy(),
        o.attributedAt(),
        actions);
  }

  private LocalDate earlier(LocalDate a, LocalDate b) {
    return a.isBefore(b) ? a : b;
  }
}
