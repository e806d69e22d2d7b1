package org.ceasefire.groups;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.ceasefire.access.CeasefireUser;
import org.ceasefire.audit.AuditAction;
import org.ceasefire.audit.AuditTrail;
import org.ceasefire.audit.RecordHistory;
import org.ceasefire.people.People;
import org.ceasefire.places.Places;
import org.ceasefire.platform.NotFoundException;
import org.ceasefire.platform.PageOf;
import org.ceasefire.platform.StaleRecordException;
import org.ceasefire.platform.ValidationException;
import org.ceasefire.platform.Validator;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Groups, their members (intelligence entries) and their conflicts and alliances. */
@Service
public class Groups {

  private final GroupRepository groups;
  private final MembershipRepository memberships;
  private final People people;
  private final Places places;
  private final RecordHistory history;
  private final AuditTrail audit;
  private final Clock clock;
  private final EntryRules rules;

  Groups(
      GroupRepository groups,
      MembershipRepository memberships,
      People people,
      Places places,
      RecordHistory history,
      AuditTrail audit,
      Clock clock,
      EntryRules rules) {
    this.groups = groups;
    this.memberships = memberships;
    this.people = people;
    this.places = places;
    this.history = history;
    this.audit = audit;
    this.clock = clock;
    this.rules = rules;
  }

  public PageOf<CriminalGroup> search(
      long siteId,
      @Nullable String text,
      @Nullable String status,
      @Nullable Long jurisdiction,
      int page,
      int size) {
    return groups.search(
        siteId, text, status, jurisdiction, Math.max(0, page), PageOf.clampSize(size));
  }

  /**
   * An intelligence search by a user, for a stated purpose: refused without one (C3); every group
   * returned is audited with the purpose.
   */
  @Transactional
  public PageOf<CriminalGroup> find(
      CeasefireUser viewer,
      @Nullable String purpose,
      @Nullable String text,
      @Nullable String status,
      @Nullable Long jurisdiction,
      int page,
      int size) {
    SearchPurpose why =
        SearchPurpose.of(purpose == null ? "" : purpose)
            .orElseThrow(
                () ->
                    ValidationException.of(
                        "purpose",
                        "state the purpose of this intelligence search (one of "
                            + java.util.Arrays.stream(SearchPurpose.values())
                                .map(SearchPurpose::code)
                                .toList()
                            + ")",
                        purpose));
    PageOf<CriminalGroup> result = search(viewer.siteId(), text, status, jurisdiction, page, size);
    audit.searched(
        viewer,
        "group",
        result.items().stream().map(CriminalGroup::id).toList(),
        why.code(),
        "q=" + (text == null ? "" : text) + " status=" + (status == null ? "" : status));
    return result;
  }

  public CriminalGroup get(long siteId, long id) {
    return groups.find(siteId, id).orElseThrow(() -> new NotFoundException("group", id));
  }

  /** A group as a user reads it: audited. */
  @Transactional
  public CriminalGroup view(CeasefireUser viewer, long id) {
    CriminalGroup g = get(viewer.siteId(), id);
    audit.read(viewer, "group", id);
    return g;
  }

  /** A group's current members as a user reads them: one audit entry per entry shown. */
  @Transactional
  public List<Membership> members(CeasefireUser viewer, long groupId) {
    List<Membership> members = members(viewer.siteId(), groupId);
    members.forEach(m -> audit.read(viewer, "membership", m.id()));
    return members;
  }

  /** A person's current group entries as a user reads them: audited per entry. */
  @Transactional
  public List<Membership> membershipsOf(CeasefireUser viewer, long personId) {
    return membershipsOf(viewer, List.of(personId)).getOrDefault(personId, List.of());
  }

  /**
   * The current group entries of each of these people, read together, each person's by group name;
   * people with none are left out. Every entry returned is an audited read, as with one person's.
   */
  @Transactional
  public Map<Long, List<Membership>> membershipsOf(
      CeasefireUser viewer, Collection<Long> personIds) {
    if (personIds.isEmpty()) {
      return Map.of();
    }
    List<Membership> entries =
        withNames(viewer.siteId(), memberships.ofPeople(viewer.siteId(), personIds));
    entries.forEach(m -> audit.read(viewer, "membership", m.id()));
    return entries.stream()
        .collect(
            Collectors.groupingBy(
                Membership::personId, LinkedHashMap::new, Collectors.toUnmodifiableList()));
  }

  /**
   * The names of the groups each of these groups is in active conflict with, read together, each
   * group's by name; groups with none are left out. As {@link #relationships(long, long)} filtered
   * to active conflicts, without its check that each group exists.
   */
  public Map<Long, List<String>> activeRivals(long siteId, Collection<Long> groupIds) {
    Map<Long, List<String>> rivals = new LinkedHashMap<>();
    if (!groupIds.isEmpty()) {
      memberships
          .relationships(siteId, groupIds)
          .forEach(
              (group, relationships) -> {
                List<String> names =
                    relationships.stream()
                        .filter(r -> r.kind().equals("conflict") && r.active())
                        .map(GroupRelationship::otherGroupName)
                        .toList();
                if (!names.isEmpty()) {
                  rivals.put(group, names);
                }
              });
    }
    return rivals;
  }

  public List<CriminalGroup> all(long siteId) {
    return groups.all(siteId);
  }

  public long count(long siteId) {
    return groups.count(siteId);
  }

  @Transactional
  public CriminalGroup create(CeasefireUser user, GroupInput input) {
    check(user.siteId(), input);
    long id;
    try {
      id = groups.insert(user.siteId(), input);
    } catch (DuplicateKeyException e) {
      throw ValidationException.of("name", "another group already has this name", input.name());
    }
    CriminalGroup created = get(user.siteId(), id);
    history.created(user.siteId(), "group", id, user.id(), created.fields());
    audit.changed(user, AuditAction.CREATE, "group", id);
    return created;
  }

  @Transactional
  public CriminalGroup update(CeasefireUser user, long id, GroupInput input) {
    CriminalGroup before = get(user.siteId(), id);
    if (input.version() == null) {
      throw ValidationException.of("version", "is required to edit a record", null);
    }
    check(user.siteId(), input);
    boolean applied;
    try {
      applied = groups.update(user.siteId(), id, input.version(), input);
    } catch (DuplicateKeyException e) {
      throw ValidationException.of("name", "another group already has this name", input.name());
    }
    if (!applied) {
      throw new StaleRecordException("group", id, before.version());
    }
    CriminalGroup after = get(user.siteId(), id);
    history.updated(user.siteId(), "group", id, user.id(), before.fields(), after.fields());
    audit.changed(user, AuditAction.UPDATE, "group", id);
    return after;
  }

  /** Current members (entries within their review date), with names. */
  public List<Membership> members(long siteId, long groupId) {
    get(siteId, groupId);
    return withNames(siteId, memberships.ofGroup(siteId, groupId));
  }

  /** A person's current group entries. */
  public List<Membership> membershipsOf(long siteId, long personId) {
    return withNames(siteId, memberships.ofPeople(siteId, List.of(personId)));
  }

  /**
   * Every current entry of the site (approved, within its review date; 28 CFR Part 23), with names,
   * as a user reads them for an analysis: one audit entry per entry.
   */
  @Transactional
  public List<Membership> currentEntries(CeasefireUser viewer) {
    List<Membership> entries = withNames(viewer.siteId(), memberships.current(viewer.siteId()));
    entries.forEach(m -> audit.read(viewer, "membership", m.id()));
    return entries;
  }

  /** Every conflict and alliance of the site, each pair once (from the smaller group id). */
  public List<GroupRelationship> allRelationships(long siteId) {
    return memberships.allRelationships(siteId);
  }

  @Transactional
  public Membership addMember(CeasefireUser user, long groupId, MembershipInput input) {
    get(user.siteId(), groupId);
    Validator v = new Validator();
    LocalDate today = LocalDate.now(clock);
    boolean known = input.personId() != null && people.exists(user.siteId(), input.personId());
    v.check(input.personId() == null || known, "personId", "no such person", input.personId());
    LocalDate latest =
        known
            ? rules.latestReview(v, user.siteId(), input.personId(), input.givenCriteria(), today)
            : today.plusYears(5);
    LocalDate review = input.validate(v, today, latest);
    v.throwIfInvalid();
    long id;
    try {
      id = memberships.insert(user.siteId(), groupId, input, user.id(), review);
    } catch (DuplicateKeyException e) {
      throw ValidationException.of(
          "personId", "this person already has an entry for this group", input.personId());
    }
    history.created(
        user.siteId(),
        "membership",
        id,
        user.id(),
        Map.of(
            "personId", input.personId(),
            "groupId", groupId,
            "criteria", String.join(",", input.givenCriteria()),
            "source", input.source(),
            "reviewDate", review));
    audit.changed(user, AuditAction.CREATE, "membership", id);
    return withNames(user.siteId(), List.of(memberships.find(user.siteId(), id).orElseThrow()))
        .get(0);
  }

  public List<GroupRelationship> relationships(long siteId, long groupId) {
    get(siteId, groupId);
    return memberships.relationships(siteId, List.of(groupId)).getOrDefault(groupId, List.of());
  }

  @Transactional
  public GroupRelationship addRelationship(
      CeasefireUser user, long groupId, RelationshipInput input) {
    get(user.siteId(), groupId);
    Validator v = new Validator();
    LocalDate since = input.validate(v, groupId, LocalDate.now(clock));
    v.check(
        input.otherGroupId() == null
            || groups.find(user.siteId(), input.otherGroupId()).isPresent(),
        "otherGroupId",
        "no such group",
        input.otherGroupId());
    v.throwIfInvalid();
    long id;
    try {
      id =
          memberships.insertRelationship(
              user.siteId(), groupId, input.otherGroupId(), input.kind(), since, input.basis());
    } catch (DuplicateKeyException e) {
      throw ValidationException.of(
          "otherGroupId", "these two groups already have a relationship", input.otherGroupId());
    }
    return relationships(user.siteId(), groupId).stream()
        .filter(r -> r.id() == id)
        .findFirst()
        .orElseThrow();
  }

  private void check(long siteId, GroupInput input) {
    Validator v = new Validator();
    input.validate(v);
    v.check(
        input.jurisdictionId() == null
            || places.jurisdiction(siteId, input.jurisdictionId()).isPresent(),
        "jurisdictionId",
        "no such city in this partnership",
        input.jurisdictionId());
    v.throwIfInvalid();
  }

  private List<Membership> withNames(long siteId, List<Membership> rows) {
    Map<Long, String> names =
        people.names(siteId, rows.stream().map(Membership::personId).toList());
    return rows.stream()
        .map(m -> m.named(names.getOrDefault(m.personId(), "#" + m.personId())))
        .toList();
  }

  /** The site's active documented criteria (code to label), for forms. */
  public Map<String, String> criteria(long siteId) {
    return rules.activeCriteria(siteId);
  }
}
