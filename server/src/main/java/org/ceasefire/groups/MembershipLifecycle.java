package org.ceasefire.groups;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.ceasefire.access.CeasefireUser;
import org.ceasefire.audit.AuditAction;
import org.ceasefire.audit.AuditTrail;
import org.ceasefire.audit.RecordHistory;
import org.ceasefire.people.People;
import org.ceasefire.platform.NotFoundException;
import org.ceasefire.platform.StaleRecordException;
import org.ceasefire.platform.ValidationException;
import org.ceasefire.platform.Validator;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The life of a membership entry after it is submitted: a second user's approval, edits that leave
 * the review date alone, and re-validation with new supporting information (which restarts it).
 */
@Service
public class MembershipLifecycle {

  private static final String TYPE = "membership";

  private final MembershipRepository memberships;
  private final LifecycleRepository lifecycle;
  private final EntryRules rules;
  private final People people;
  private final RecordHistory history;
  private final AuditTrail audit;
  private final Clock clock;

  MembershipLifecycle(
      MembershipRepository memberships,
      LifecycleRepository lifecycle,
      EntryRules rules,
      People people,
      RecordHistory history,
      AuditTrail audit,
      Clock clock) {
    this.memberships = memberships;
    this.lifecycle = lifecycle;
    this.rules = rules;
    this.people = people;
    this.history = history;
    this.audit = audit;
    this.clock = clock;
  }

  /** An entry not yet expired, approved or pending. */
  public Membership entry(long siteId, long id) {
    return memberships
        .find(siteId, id)
        .map(m -> named(siteId, List.of(m)).get(0))
        .orElseThrow(() -> new NotFoundException(TYPE, id));
  }

  /** Entries waiting for approval, as an approver reads them: audited per entry. */
  @Transactional
  public List<Membership> pending(CeasefireUser viewer) {
    List<Membership> entries = named(viewer.siteId(), lifecycle.pending(viewer.siteId()));
    entries.forEach(m -> audit.read(viewer, TYPE, m.id()));
    return entries;
  }

  /**
   * A person's entries within their review date as the review board reads them: approved ones, and
   * pending ones only to their submitter. Audited per entry.
   */
  @Transactional
  public List<Membership> entriesOf(CeasefireUser viewer, long personId) {
    List<Membership> entries =
        named(viewer.siteId(), lifecycle.ofPerson(viewer.siteId(), personId)).stream()
            .filter(m -> !m.pending() || m.submittedById() == viewer.id())
            .toList();
    entries.forEach(m -> audit.read(viewer, TYPE, m.id()));
    return entries;
  }

  /** Every entry of the site not yet expired, for compliance figures (not audited per entry). */
  public List<Membership> all(long siteId) {
    return lifecycle.all(siteId);
  }

  /** Of these ids, those of current approved entries of the site. */
  public List<Long> current(long siteId, Collection<Long> ids) {
    return ids.isEmpty() ? List.of() : lifecycle.current(siteId, ids);
  }

  @Transactional
  public Membership approve(CeasefireUser approver, long id) {
    entry(approver.siteId(), id).checkApprovableBy(approver.id());
    if (!lifecycle.approve(approver.siteId(), id, approver.id())) {
      throw ValidationException.of("status", "this entry is already approved", id);
    }
    history.updated(
        approver.siteId(),
        TYPE,
        id,
        approver.id(),
        Map.of("status", "pending"),
        Map.of("status", "approved"));
    audit.write(AuditTrail.entry(approver, AuditAction.UPDATE, TYPE, id, null, "approved"));
    return entry(approver.siteId(), id);
  }

  /** New supporting information: replaces criteria and source and restarts the review period. */
  @Transactional
  public Membership revalidate(CeasefireUser user, long id, Revalidation input) {
    Membership before = entry(user.siteId(), id);
    LocalDate today = LocalDate.now(clock);
    before.checkCurrentOn(today);
    Validator v = new Validator();
    LocalDate latest =
        rules.latestReview(v, user.siteId(), before.personId(), input.givenCriteria(), today);
    LocalDate review = input.validate(v, before, today, latest);
    v.throwIfInvalid();
    lifecycle.revalidate(user.siteId(), id, input.givenCriteria(), input.source(), review);
    Membership after = entry(user.siteId(), id);
    history.updated(user.siteId(), TYPE, id, user.id(), fields(before), fields(after));
    audit.write(
        AuditTrail.entry(
            user, AuditAction.REVALIDATE, TYPE, id, null, "review date now " + review));
    return after;
  }

  /** Changes an entry's role; its review date stays as it was (only re-validation resets it). */
  @Transactional
  public Membership changeRole(CeasefireUser user, long id, String role, int version) {
    Membership before = entry(user.siteId(), id);
    if (!MembershipInput.ROLES.contains(role)) {
      throw ValidationException.of("role", "must be one of " + MembershipInput.ROLES, role);
    }
    if (!lifecycle.changeRole(user.siteId(), id, version, role)) {
      throw new StaleRecordException(TYPE, id, before.version());
    }
    Membership after = entry(user.siteId(), id);
    history.updated(user.siteId(), TYPE, id, user.id(), fields(before), fields(after));
    audit.changed(user, AuditAction.UPDATE, TYPE, id);
    return after;
  }

  private static Map<String, Object> fields(Membership m) {
    return Map.of(
        "role", m.role(),
        "criteria", String.join(",", m.criteria()),
        "source", m.source(),
        "reviewDate", m.reviewDate());
  }

  private List<Membership> named(long siteId, List<Membership> rows) {
    Map<Long, String> names =
        people.names(siteId, rows.stream().map(Membership::personId).toList());
    return rows.stream()
        .map(m -> m.named(names.getOrDefault(m.personId(), "#" + m.personId())))
        .toList();
  }
}
