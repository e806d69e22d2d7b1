package org.ceasefire.interventions;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ceasefire.access.AccessPolicy;
import org.ceasefire.access.Action;
import org.ceasefire.access.CeasefireUser;
import org.ceasefire.access.Compartment;
import org.ceasefire.audit.AuditAction;
import org.ceasefire.audit.AuditTrail;
import org.ceasefire.audit.RecordHistory;
import org.ceasefire.groups.Groups;
import org.ceasefire.groups.Membership;
import org.ceasefire.interventions.InterventionInputs.InvitationInput;
import org.ceasefire.interventions.InterventionInputs.InvitationStep;
import org.ceasefire.people.People;
import org.ceasefire.people.Person;
import org.ceasefire.platform.NotFoundException;
import org.ceasefire.platform.StaleRecordException;
import org.ceasefire.platform.ValidationException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A call-in's invitation list. The proposal takes the people on probation or parole (until at least
 * the call-in's date) who have a current intelligence entry (approved, within its review date) in
 * an active targeted group; the coordinator invites or removes them and adds others. Why a person
 * is on the list is worked out from the entries current when the list is read, so an expired entry
 * stops supporting an invitation at once, and it is shown only to intelligence readers (an audited
 * read per entry). Outreach workers see no person here until the outreach feature's referrals
 * exist.
 */
@Service
public class InvitationList {

  static final String RECORD = "call_in_invitation";
  private static final List<String> SUPERVISED = List.of("probation", "parole");

  private final CallIns callIns;
  private final CallInRepository repository;
  private final Groups groups;
  private final People people;
  private final AccessPolicy policy;
  private final RecordHistory history;
  private final AuditTrail audit;
  private final ApplicationEventPublisher events;

  InvitationList(
      CallIns callIns,
      CallInRepository repository,
      Groups groups,
      People people,
      AccessPolicy policy,
      RecordHistory history,
      AuditTrail audit,
      ApplicationEventPublisher events) {
    this.callIns = callIns;
    this.repository = repository;
    this.groups = groups;
    this.people = people;
    this.policy = policy;
    this.history = history;
    this.audit = audit;
    this.events = events;
  }

  /** The list as this viewer may see it (removed people included, marked), audited per person. */
  @Transactional
  public List<ListedPerson> of(CeasefireUser viewer, long callInId) {
    CallIn c = callIns.get(viewer.siteId(), callInId);
    if (!policy.seesPeopleInInterventions(viewer.role())) {
      return List.of();
    }
    List<Invitation> list = named(viewer.siteId(), repository.invitations(viewer.siteId(), c.id()));
    audit.searched(
        viewer, RECORD, list.stream().map(Invitation::id).toList(), null, "call-in " + c.id());
    boolean seesWhy = policy.canRead(viewer.role(), Compartment.INTELLIGENCE);
    boolean seesSupervision = policy.canRead(viewer.role(), Compartment.SUPERVISION);
    Map<Long, List<ListedPerson.Support>> why =
        seesWhy ? support(viewer, c, list.stream().map(Invitation::personId).toList()) : Map.of();
    return list.stream()
        .map(
            i ->
                new ListedPerson(
                    i,
                    seesWhy ? why.getOrDefault(i.personId(), List.of()) : null,
                    seesSupervision ? supervision(viewer.siteId(), i.personId()) : null))
        .toList();
  }

  /**
   * Adds every proposed person not yet on the list (a person once removed stays removed). Reads
   * intelligence and supervision, so only a writer who may read both (the coordinator) proposes.
   * Answers how many were added.
   */
  @Transactional
  public int propose(CeasefireUser user, long callInId) {
    CallIn c = callIns.get(user.siteId(), callInId);
    policy.check(user.role(), Compartment.INTELLIGENCE, Action.READ);
    policy.check(user.role(), Compartment.SUPERVISION, Action.READ);
    c.requirePlanned("change its list");
    int added = 0;
    for (Map.Entry<Long, List<Membership>> e : candidates(user.siteId(), c).entrySet()) {
      Person p = people.get(user.siteId(), e.getKey());
      if (!supervisedOn(p, c)) {
        continue;
      }
      e.getValue().forEach(m -> audit.read(user, "membership", m.id()));
      if (repository.insertInvitation(user.siteId(), c.id(), p.id(), "proposed")) {
        added++;
      }
    }
    audit.write(
        AuditTrail.entry(
            user, AuditAction.UPDATE, CallIns.RECORD, c.id(), null, added + " proposed"));
    return added;
  }

  /** The coordinator adds a person to the list. */
  @Transactional
  public Invitation add(CeasefireUser user, long callInId, InvitationInput input) {
    CallIn c = callIns.get(user.siteId(), callInId);
    Long person = input.personId();
    if (person == null
        || !policy.seesPeopleInInterventions(user.role())
        || !people.exists(user.siteId(), person)) {
      throw ValidationException.of("personId", "no such person", person);
    }
    c.requirePlanned("change its list");
    if (!repository.insertInvitation(user.siteId(), c.id(), person, "coordinator")) {
      throw ValidationException.of("personId", "this person is already on the list", person);
    }
    Invitation added =
        repository.invitations(user.siteId(), c.id()).stream()
            .filter(i -> i.personId() == person)
            .findFirst()
            .orElseThrow();
    history.created(user.siteId(), RECORD, added.id(), user.id(), added.fields());
    audit.changed(user, AuditAction.CREATE, RECORD, added.id());
    return added;
  }

  /** invite, remove, attended or absent. */
  @Transactional
  public Invitation step(CeasefireUser user, long callInId, long id, InvitationStep input) {
    CallIn c = callIns.get(user.siteId(), callInId);
    Invitation before = invitation(user, c.id(), id);
    if (input.version() == null) {
      throw ValidationException.of("version", "is required to change a record", "");
    }
    if (input.version() != before.version()) {
      throw new StaleRecordException("invitation", id, before.version());
    }
    String action = input.action() == null ? "" : input.action();
    Invitation.Step step =
        switch (action) {
          case "invite" -> before.invite(c);
          case "remove" -> before.remove(c);
          case "attended" -> before.attend(c, true);
          case "absent" -> before.attend(c, false);
          default ->
              throw ValidationException.of(
                  "action", "must be one of " + Invitation.ACTIONS, action);
        };
    if (!repository.stepInvitation(
        user.siteId(), id, before.version(), step.status(), step.attendance())) {
      throw new StaleRecordException("invitation", id, invitation(user, c.id(), id).version());
    }
    Invitation after = invitation(user, c.id(), id);
    history.updated(user.siteId(), RECORD, id, user.id(), before.fields(), after.fields());
    audit.changed(user, AuditAction.UPDATE, RECORD, id);
    if (after.attended() && !before.attended() && c.offeredHelp()) {
      events.publishEvent(
          new HelpOffered(
              user.siteId(), after.personId(), HelpOffered.CALL_IN, c.id(), c.heldOn()));
    }
    return after;
  }

  /** An invitation of this call-in; 404 for a viewer who may not see people here. */
  private Invitation invitation(CeasefireUser user, long callInId, long id) {
    return repository
        .invitation(user.siteId(), callInId, id)
        .filter(i -> policy.seesPeopleInInterventions(user.role()))
        .map(i -> named(user.siteId(), List.of(i)).get(0))
        .orElseThrow(() -> new NotFoundException("invitation", id));
  }

  /** Current entries of each person in the call-in's active targeted groups. */
  private Map<Long, List<Membership>> candidates(long siteId, CallIn c) {
    Map<Long, List<Membership>> byPerson = new LinkedHashMap<>();
    for (CallIn.TargetGroup g : c.groups()) {
      if (!g.status().equals("active")) {
        continue;
      }
      for (Membership m : groups.members(siteId, g.id())) {
        byPerson.computeIfAbsent(m.personId(), k -> new ArrayList<>()).add(m);
      }
    }
    return byPerson;
  }

  private Map<Long, List<ListedPerson.Support>> support(
      CeasefireUser viewer, CallIn c, List<Long> listed) {
    Map<Long, List<ListedPerson.Support>> why = new LinkedHashMap<>();
    candidates(viewer.siteId(), c)
        .forEach(
            (person, entries) -> {
              if (!listed.contains(person)) {
                return;
              }
              entries.forEach(m -> audit.read(viewer, "membership", m.id()));
              why.put(
                  person,
                  entries.stream()
                      .map(
                          m ->
                              new ListedPerson.Support(
                                  m.id(), m.groupName(), m.role(), m.criteria(), m.reviewDate()))
                      .toList());
            });
    return why;
  }

  private static boolean supervisedOn(Person p, CallIn c) {
    return SUPERVISED.contains(p.supervisionStatus())
        && (p.supervisionUntil() == null || !p.supervisionUntil().isBefore(c.heldOn()));
  }

  private String supervision(long siteId, long personId) {
    Person p = people.get(siteId, personId);
    return p.supervisionUntil() == null
        ? p.supervisionStatus()
        : p.supervisionStatus() + " until " + p.supervisionUntil();
  }

  private List<Invitation> named(long siteId, List<Invitation> list) {
    Map<Long, String> names =
        people.names(siteId, list.stream().map(Invitation::personId).toList());
    return list.stream()
        .map(i -> i.named(names.getOrDefault(i.personId(), "#" + i.personId())))
        .toList();
  }
}
