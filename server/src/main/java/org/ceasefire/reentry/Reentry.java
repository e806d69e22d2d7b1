package org.ceasefire.reentry;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.ceasefire.access.AccessPolicy;
import org.ceasefire.access.CeasefireUser;
import org.ceasefire.access.Compartment;
import org.ceasefire.access.Sites;
import org.ceasefire.audit.AuditAction;
import org.ceasefire.audit.AuditTrail;
import org.ceasefire.audit.RecordHistory;
import org.ceasefire.groups.Groups;
import org.ceasefire.groups.Membership;
import org.ceasefire.outreach.Outreach;
import org.ceasefire.outreach.OutreachReferral;
import org.ceasefire.people.People;
import org.ceasefire.platform.NotFoundException;
import org.ceasefire.platform.StaleRecordException;
import org.ceasefire.platform.ValidationException;
import org.ceasefire.platform.Validator;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Releases from custody and the reentry team's work with them (the SUPERVISION compartment; the
 * endpoints declare it). The upcoming list shows each person's current group entries only to roles
 * that may read intelligence, each shown entry an audited read; for the others it has no group
 * column at all, and no filter by group either, so the list itself reveals nothing.
 */
@Service
public class Reentry {

  static final String RECORD = "custody_release";
  static final List<String> CONTACT_KINDS = List.of("welcome_home", "reentry_meeting", "other");

  private final ReentryRepository repository;
  private final People people;
  private final Groups groups;
  private final Sites sites;
  private final Outreach outreach;
  private final AccessPolicy policy;
  private final AuditTrail audit;
  private final RecordHistory history;
  private final Clock clock;

  Reentry(
      ReentryRepository repository,
      People people,
      Groups groups,
      Sites sites,
      Outreach outreach,
      AccessPolicy policy,
      AuditTrail audit,
      RecordHistory history,
      Clock clock) {
    this.repository = repository;
    this.people = people;
    this.groups = groups;
    this.sites = sites;
    this.outreach = outreach;
    this.policy = policy;
    this.audit = audit;
    this.history = history;
    this.clock = clock;
  }

  /** A release on the upcoming list; {@code groups} null when the viewer may not read them. */
  public record Upcoming(Release release, @Nullable List<String> groups) {}

  /** A release with the reentry team's contacts. */
  public record ReleaseFile(Release release, List<ReentryRepository.Contact> contacts) {}

  @Transactional
  public long record(CeasefireUser user, ReleaseInput in) {
    Validator v = new Validator();
    LocalDate expected = in.check(v);
    v.check(
        in.personId() == null || people.exists(user.siteId(), in.personId()),
        "personId",
        "no such person",
        in.personId());
    v.check(
        in.supervisingAgencyId() == null
            || sites.agencies(user.siteId()).stream()
                .anyMatch(a -> a.id() == in.supervisingAgencyId()),
        "supervisingAgencyId",
        "no such agency in this partnership",
        in.supervisingAgencyId());
    v.throwIfInvalid();
    long id = repository.insert(user.siteId(), in, expected, user.id());
    history.created(
        user.siteId(),
        RECORD,
        id,
        user.id(),
        Map.of(
            "personId",
            in.personId(),
            "facility",
            in.facility(),
            "expectedOn",
            expected.toString()));
    audit.changed(user, AuditAction.CREATE, RECORD, id);
    return id;
  }

  /**
   * Expected releases of the next {@code days} days (and overdue ones of the last 30), soonest
   * first; {@code groupMembersOnly} keeps those with a current group entry, for intelligence
   * readers (ignored for others).
   */
  @Transactional
  public List<Upcoming> upcoming(CeasefireUser viewer, int days, boolean groupMembersOnly) {
    LocalDate today = LocalDate.now(clock);
    List<Release> releases =
        named(
            viewer.siteId(),
            repository.upcoming(
                viewer.siteId(),
                today.minusDays(30),
                today.plusDays(Math.max(1, Math.min(days, 365)))));
    boolean intelligence = policy.canRead(viewer.role(), Compartment.INTELLIGENCE);
    Map<Long, List<Membership>> memberships =
        intelligence
            ? groups.membershipsOf(viewer, releases.stream().map(Release::personId).toList())
            : Map.of();
    List<Upcoming> list =
        releases.stream()
            .map(
                r ->
                    new Upcoming(
                        r,
                        intelligence
                            ? memberships.getOrDefault(r.personId(), List.of()).stream()
                                .map(Membership::groupName)
                                .distinct()
                                .toList()
                            : null))
            .filter(u -> !(intelligence && groupMembersOnly) || !u.groups().isEmpty())
            .toList();
    audit.searched(
        viewer,
        RECORD,
        list.stream().map(u -> u.release().id()).toList(),
        null,
        "upcoming releases");
    return list;
  }

  @Transactional
  public ReleaseFile view(CeasefireUser viewer, long id) {
    Release r = find(viewer.siteId(), id);
    audit.read(viewer, RECORD, id);
    return new ReleaseFile(r, repository.contacts(viewer.siteId(), id));
  }

  public List<Release> ofPerson(long siteId, long personId) {
    return named(siteId, repository.ofPerson(siteId, personId));
  }

  @Transactional
  public void released(
      CeasefireUser user, long id, @Nullable Integer version, @Nullable String on) {
    Release r = find(user.siteId(), id);
    Validator v = new Validator();
    LocalDate day = v.date("releasedOn", on, true, null);
    v.throwIfInvalid();
    r.release(day, LocalDate.now(clock));
    move(user, r, version, "released", day);
  }

  @Transactional
  public void cancel(CeasefireUser user, long id, @Nullable Integer version) {
    Release r = find(user.siteId(), id);
    r.cancel();
    move(user, r, version, "cancelled", null);
  }

  /** A welcome-home visit, a reentry meeting or another contact of the reentry team. */
  @Transactional
  public void addContact(
      CeasefireUser user,
      long id,
      @Nullable String kind,
      @Nullable String on,
      @Nullable String attendees,
      @Nullable String note) {
    Release r = find(user.siteId(), id);
    Validator v = new Validator();
    v.check(
        kind != null && CONTACT_KINDS.contains(kind),
        "kind",
        "must be one of " + CONTACT_KINDS,
        kind);
    LocalDate day = v.date("heldOn", on, true, null);
    v.check(
        day == null || !day.isAfter(LocalDate.now(clock)),
        "heldOn",
        "must not be in the future",
        on);
    v.maxLength("attendees", attendees, 500).maxLength("note", note, 4000);
    v.throwIfInvalid();
    long contact =
        repository.insertContact(user.siteId(), r.id(), kind, day, attendees, note, user.id());
    audit.changed(user, AuditAction.CREATE, "reentry_contact", contact);
  }

  /** Hands the person over to a provider's outreach workers (a referral from reentry). */
  @Transactional
  public long handOff(CeasefireUser user, long id, @Nullable Long providerId) {
    Release r = find(user.siteId(), id);
    return outreach.refer(
        user,
        new OutreachReferral(
            r.personId(), providerId, "reentry", r.id(), LocalDate.now(clock).toString()));
  }

  private void move(
      CeasefireUser user,
      Release r,
      @Nullable Integer version,
      String status,
      @Nullable LocalDate on) {
    if (version == null) {
      throw ValidationException.of("version", "is required to change a release", "");
    }
    if (!repository.move(user.siteId(), r.id(), version, status, on)) {
      throw new StaleRecordException("release", r.id(), r.version());
    }
    history.updated(
        user.siteId(),
        RECORD,
        r.id(),
        user.id(),
        Map.of("status", r.status()),
        Map.of("status", status));
    audit.changed(user, AuditAction.UPDATE, RECORD, r.id());
  }

  private Release find(long siteId, long id) {
    Release r = repository.find(siteId, id).orElseThrow(() -> new NotFoundException("release", id));
    return r.named(people.names(siteId, List.of(r.personId())).getOrDefault(r.personId(), ""));
  }

  private List<Release> named(long siteId, List<Release> list) {
    Map<Long, String> names = people.names(siteId, list.stream().map(Release::personId).toList());
    return list.stream().map(r -> r.named(names.getOrDefault(r.personId(), ""))).toList();
  }
}
