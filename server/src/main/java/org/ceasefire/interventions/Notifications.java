package org.ceasefire.interventions;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.ceasefire.access.AccessPolicy;
import org.ceasefire.access.CeasefireUser;
import org.ceasefire.access.Compartment;
import org.ceasefire.audit.AuditAction;
import org.ceasefire.audit.AuditTrail;
import org.ceasefire.audit.RecordHistory;
import org.ceasefire.cases.Cases;
import org.ceasefire.groups.Groups;
import org.ceasefire.groups.MembershipLifecycle;
import org.ceasefire.incidents.Incidents;
import org.ceasefire.interventions.CustomNotification.Link;
import org.ceasefire.interventions.InterventionInputs.NotificationInput;
import org.ceasefire.interventions.InterventionInputs.OutcomeInput;
import org.ceasefire.interventions.InterventionInputs.TaskDone;
import org.ceasefire.interventions.InterventionInputs.TaskInput;
import org.ceasefire.people.People;
import org.ceasefire.platform.NotFoundException;
import org.ceasefire.platform.StaleRecordException;
import org.ceasefire.platform.ValidationException;
import org.ceasefire.platform.Validator;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Custom notifications: plan a visit to one person (the team and the documented reason, with the
 * records that support it), record its outcome, add and complete follow-up tasks. Person-level:
 * every read is audited, and outreach workers see none until the outreach feature's referrals
 * exist. The linked records are shown only to roles that may read their compartment (entries only
 * while current).
 */
@Service
public class Notifications {

  static final String RECORD = "custom_notification";

  private final NotificationRepository repository;
  private final CallIns callIns;
  private final People people;
  private final Groups groups;
  private final MembershipLifecycle memberships;
  private final Incidents incidents;
  private final Cases cases;
  private final AccessPolicy policy;
  private final RecordHistory history;
  private final AuditTrail audit;
  private final ApplicationEventPublisher events;

  Notifications(
      NotificationRepository repository,
      CallIns callIns,
      People people,
      Groups groups,
      MembershipLifecycle memberships,
      Incidents incidents,
      Cases cases,
      AccessPolicy policy,
      RecordHistory history,
      AuditTrail audit,
      ApplicationEventPublisher events) {
    this.repository = repository;
    this.callIns = callIns;
    this.people = people;
    this.groups = groups;
    this.memberships = memberships;
    this.incidents = incidents;
    this.cases = cases;
    this.policy = policy;
    this.history = history;
    this.audit = audit;
    this.events = events;
  }

  public CustomNotification get(long siteId, long id) {
    CustomNotification n =
        repository.find(siteId, id).orElseThrow(() -> new NotFoundException("notification", id));
    return named(siteId, List.of(n)).get(0);
  }

  /**
   * A notification as the viewer reads it: audited; 404 for a viewer who may not see people here;
   * linked records the viewer may not read left out.
   */
  @Transactional
  public CustomNotification view(CeasefireUser viewer, long id) {
    if (!policy.seesPeopleInInterventions(viewer.role())) {
      throw new NotFoundException("notification", id);
    }
    CustomNotification n = get(viewer.siteId(), id);
    audit.read(viewer, RECORD, id);
    List<Link> visible = visibleLinks(viewer, n.links());
    return new CustomNotification(
        n.id(),
        n.personId(),
        n.personName(),
        n.groupId(),
        n.groupName(),
        n.visitOn(),
        n.officer(),
        n.communityMember(),
        n.outreachWorker(),
        n.reason(),
        n.status(),
        n.message(),
        n.offeredHelp(),
        n.outcomeOn(),
        visible,
        n.tasks(),
        n.version());
  }

  /** Every notification, latest visit first; audited per notification listed. */
  @Transactional
  public List<CustomNotification> list(CeasefireUser viewer) {
    if (!policy.seesPeopleInInterventions(viewer.role())) {
      return List.of();
    }
    List<CustomNotification> all = named(viewer.siteId(), repository.all(viewer.siteId()));
    audit.searched(
        viewer, RECORD, all.stream().map(CustomNotification::id).toList(), null, "notifications");
    return all;
  }

  @Transactional
  public CustomNotification plan(CeasefireUser user, NotificationInput input) {
    long site = user.siteId();
    Validator v = new Validator();
    v.check(
        input.personId() != null
            && policy.seesPeopleInInterventions(user.role())
            && people.exists(site, input.personId()),
        "personId",
        "no such person",
        input.personId());
    v.check(
        input.groupId() == null || groupExists(site, input.groupId()),
        "groupId",
        "no such group",
        input.groupId());
    LocalDate visit = v.date("visitOn", input.visitOn(), true, null);
    String officer = InterventionInputs.trimmed(input.officer());
    String community = InterventionInputs.trimmed(input.communityMember());
    String outreach = InterventionInputs.trimmed(input.outreachWorker());
    v.check(
        officer != null || community != null || outreach != null,
        "officer",
        "name at least one member of the team (officer, community member, outreach worker)",
        "");
    v.require("reason", input.reason()).maxLength("reason", input.reason(), 4000);
    for (Link l : input.links()) {
      v.check(exists(user, l), l.kind(), "no such record (or not current)", l.recordId());
    }
    v.throwIfInvalid();
    long id =
        repository.insert(
            site,
            input.personId(),
            input.groupId(),
            visit,
            officer,
            community,
            outreach,
            input.reason().trim());
    repository.link(site, id, input.links());
    CustomNotification created = get(site, id);
    history.created(site, RECORD, id, user.id(), created.fields());
    audit.changed(user, AuditAction.CREATE, RECORD, id);
    return created;
  }

  /** The outcome of the visit: delivered (with the message), refused or not found. */
  @Transactional
  public CustomNotification recordOutcome(CeasefireUser user, long id, OutcomeInput input) {
    CustomNotification before = current(user, id, input.version());
    LocalDate today = callIns.today(user.siteId());
    LocalDate on = today;
    if (input.outcomeOn() != null && !input.outcomeOn().isBlank()) {
      Validator v = new Validator();
      on = v.date("outcomeOn", input.outcomeOn(), true, null);
      v.throwIfInvalid();
    }
    boolean help = Boolean.TRUE.equals(input.offeredHelp());
    CustomNotification.Outcome o =
        before.recordOutcome(input.outcome(), on, input.message(), help, today);
    if (!repository.recordOutcome(user.siteId(), id, before.version(), o)) {
      throw new StaleRecordException("notification", id, get(user.siteId(), id).version());
    }
    CustomNotification after = recorded(user, before);
    if (after.delivered() && after.offeredHelp()) {
      events.publishEvent(
          new HelpOffered(user.siteId(), after.personId(), HelpOffered.NOTIFICATION, id, o.on()));
    }
    return after;
  }

  @Transactional
  public CustomNotification addTask(CeasefireUser user, long id, TaskInput input) {
    CustomNotification before = visible(user, id);
    Validator v = new Validator();
    v.require("description", input.description())
        .maxLength("description", input.description(), 1000);
    LocalDate due = v.date("dueOn", input.dueOn(), true, null);
    v.throwIfInvalid();
    repository.insertTask(user.siteId(), id, input.description().trim(), due);
    return recorded(user, before);
  }

  @Transactional
  public CustomNotification completeTask(CeasefireUser user, long id, long taskId, TaskDone input) {
    CustomNotification before = visible(user, id);
    CustomNotification.Task task =
        before.tasks().stream()
            .filter(t -> t.id() == taskId)
            .findFirst()
            .orElseThrow(() -> new NotFoundException("task", taskId));
    if (input.version() == null) {
      throw ValidationException.of("version", "is required to change a record", "");
    }
    LocalDate today = callIns.today(user.siteId());
    LocalDate on = today;
    if (input.doneOn() != null && !input.doneOn().isBlank()) {
      Validator v = new Validator();
      on = v.date("doneOn", input.doneOn(), true, null);
      v.throwIfInvalid();
    }
    LocalDate done = task.complete(on, today);
    if (input.version() != task.version()
        || !repository.completeTask(user.siteId(), id, taskId, task.version(), done)) {
      throw new StaleRecordException("task", taskId, task.version());
    }
    return recorded(user, before);
  }

  /** Delivered notifications: each person's first, for outcomes. */
  Map<Long, LocalDate> delivered(long siteId) {
    return repository.delivered(siteId);
  }

  /** Each group's first delivered notification naming it. */
  Map<Long, LocalDate> groupsNotified(long siteId) {
    return repository.groupsNotified(siteId);
  }

  private CustomNotification current(CeasefireUser user, long id, @Nullable Integer version) {
    CustomNotification n = visible(user, id);
    if (version == null) {
      throw ValidationException.of("version", "is required to change a record", "");
    }
    if (version != n.version()) {
      throw new StaleRecordException("notification", id, n.version());
    }
    return n;
  }

  private CustomNotification visible(CeasefireUser user, long id) {
    if (!policy.seesPeopleInInterventions(user.role())) {
      throw new NotFoundException("notification", id);
    }
    return get(user.siteId(), id);
  }

  private CustomNotification recorded(CeasefireUser user, CustomNotification before) {
    CustomNotification after = get(user.siteId(), before.id());
    history.updated(user.siteId(), RECORD, before.id(), user.id(), before.fields(), after.fields());
    audit.changed(user, AuditAction.UPDATE, RECORD, before.id());
    return after;
  }

  private List<Link> visibleLinks(CeasefireUser viewer, List<Link> links) {
    List<Long> entries =
        links.stream().filter(l -> l.kind().equals("membership")).map(Link::recordId).toList();
    List<Long> current =
        policy.canRead(viewer.role(), Compartment.INTELLIGENCE)
            ? memberships.current(viewer.siteId(), entries)
            : List.of();
    List<Link> visible =
        links.stream()
            .filter(
                l ->
                    switch (l.kind()) {
                      case "incident" -> policy.canRead(viewer.role(), Compartment.INVESTIGATIVE);
                      case "prosecution_case" ->
                          policy.canRead(viewer.role(), Compartment.PROSECUTION);
                      default -> current.contains(l.recordId());
                    })
            .toList();
    visible.stream()
        .filter(l -> l.kind().equals("membership"))
        .forEach(l -> audit.read(viewer, "membership", l.recordId()));
    return visible;
  }

  /** Whether a linked record exists and the user may read its compartment. */
  private boolean exists(CeasefireUser user, Link l) {
    long site = user.siteId();
    try {
      switch (l.kind()) {
        case "incident" -> {
          policy.check(user.role(), Compartment.INVESTIGATIVE, org.ceasefire.access.Action.READ);
          incidents.get(site, l.recordId());
        }
        case "prosecution_case" -> {
          policy.check(user.role(), Compartment.PROSECUTION, org.ceasefire.access.Action.READ);
          cases.get(site, l.recordId());
        }
        default -> {
          policy.check(user.role(), Compartment.INTELLIGENCE, org.ceasefire.access.Action.READ);
          return !memberships.current(site, List.of(l.recordId())).isEmpty();
        }
      }
      return true;
    } catch (NotFoundException | org.ceasefire.platform.AccessDeniedException e) {
      return false;
    }
  }

  private boolean groupExists(long siteId, long id) {
    try {
      groups.get(siteId, id);
      return true;
    } catch (NotFoundException e) {
      return false;
    }
  }

  private List<CustomNotification> named(long siteId, List<CustomNotification> list) {
    Map<Long, String> names =
        people.names(siteId, list.stream().map(CustomNotification::personId).toList());
    return list.stream()
        .map(
            n -> {
              CustomNotification x = n.named(names.getOrDefault(n.personId(), "#" + n.personId()));
              if (x.groupId() == null) {
                return x;
              }
              String group =
                  callIns.listed(siteId, x.groupId()).map(g -> g.name()).orElse(CallIns.UNLISTED);
              return new CustomNotification(
                  x.id(),
                  x.personId(),
                  x.personName(),
                  x.groupId(),
                  group,
                  x.visitOn(),
                  x.officer(),
                  x.communityMember(),
                  x.outreachWorker(),
                  x.reason(),
                  x.status(),
                  x.message(),
                  x.offeredHelp(),
                  x.outcomeOn(),
                  x.links(),
                  x.tasks(),
                  x.version());
            })
        .toList();
  }
}
