package org.ceasefire.interventions;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.ceasefire.access.CeasefireUser;
import org.ceasefire.access.Sites;
import org.ceasefire.audit.AuditAction;
import org.ceasefire.audit.AuditTrail;
import org.ceasefire.audit.RecordHistory;
import org.ceasefire.groups.CriminalGroup;
import org.ceasefire.groups.Groups;
import org.ceasefire.interventions.InterventionInputs.CallInInput;
import org.ceasefire.interventions.InterventionInputs.CallInStep;
import org.ceasefire.interventions.InterventionInputs.SpeakerInput;
import org.ceasefire.places.Places;
import org.ceasefire.platform.NotFoundException;
import org.ceasefire.platform.StaleRecordException;
import org.ceasefire.platform.ValidationException;
import org.ceasefire.platform.Validator;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Call-ins: plan one (date, place, city, targeted groups), add speakers, hold it (the messages
 * delivered) or cancel it. Every change names the version it was made on, keeps history and is
 * audited. The invitation list is {@link InvitationList}.
 */
@Service
public class CallIns {

  static final String RECORD = "call_in";

  private final CallInRepository repository;
  private final Groups groups;
  private final Places places;
  private final Sites sites;
  private final RecordHistory history;
  private final AuditTrail audit;
  private final Clock clock;

  CallIns(
      CallInRepository repository,
      Groups groups,
      Places places,
      Sites sites,
      RecordHistory history,
      AuditTrail audit,
      Clock clock) {
    this.repository = repository;
    this.groups = groups;
    this.places = places;
    this.sites = sites;
    this.history = history;
    this.audit = audit;
    this.clock = clock;
  }

  public LocalDate today(long siteId) {
    return LocalDate.now(clock.withZone(ZoneId.of(sites.site(siteId).timeZone())));
  }

  /** A call-in with its groups and city named. */
  public CallIn get(long siteId, long id) {
    return resolved(
        siteId,
        repository.find(siteId, id).orElseThrow(() -> new NotFoundException("call-in", id)));
  }

  @Transactional
  public CallIn view(CeasefireUser viewer, long id) {
    CallIn c = get(viewer.siteId(), id);
    audit.read(viewer, RECORD, id);
    return c;
  }

  /** Every call-in, newest first, with how many were invited and attended. */
  public List<CallInSummary> list(long siteId) {
    Map<Long, int[]> counts = repository.counts(siteId);
    return repository.all(siteId).stream()
        .map(c -> resolved(siteId, c))
        .map(c -> CallInSummary.of(c, counts.getOrDefault(c.id(), new int[2])))
        .toList();
  }

  /** Each group's first held call-in date. */
  Map<Long, LocalDate> groupsCalledIn(long siteId) {
    return repository.groupsCalledIn(siteId);
  }

  @Transactional
  public CallIn plan(CeasefireUser user, CallInInput input) {
    LocalDate on = check(user.siteId(), input);
    long id =
        repository.insert(
            user.siteId(),
            on,
            input.place().trim(),
            input.jurisdictionId(),
            InterventionInputs.trimmed(input.notes()));
    repository.linkGroups(user.siteId(), id, input.groups());
    CallIn created = get(user.siteId(), id);
    history.created(user.siteId(), RECORD, id, user.id(), created.fields());
    audit.changed(user, AuditAction.CREATE, RECORD, id);
    return created;
  }

  /** Changes the date, place, city, groups and notes of a planned call-in. */
  @Transactional
  public CallIn edit(CeasefireUser user, long id, CallInInput input) {
    CallIn c = current(user.siteId(), id, input.version());
    LocalDate on = check(user.siteId(), input);
    c.requirePlanned("be edited");
    claim(user.siteId(), c);
    repository.update(
        user.siteId(),
        id,
        on,
        input.place().trim(),
        input.jurisdictionId(),
        InterventionInputs.trimmed(input.notes()));
    repository.unlinkGroups(user.siteId(), id);
    repository.linkGroups(user.siteId(), id, input.groups());
    return recorded(user, c);
  }

  private LocalDate check(long siteId, CallInInput input) {
    Validator v = new Validator();
    LocalDate on = v.date("heldOn", input.heldOn(), true, null);
    v.require("place", input.place()).maxLength("place", input.place(), 300);
    v.check(
        input.jurisdictionId() != null
            && places.jurisdiction(siteId, input.jurisdictionId()).isPresent(),
        "jurisdictionId",
        "choose a city of this partnership",
        input.jurisdictionId());
    v.check(!input.groups().isEmpty(), "groupIds", "choose at least one group to notify", "");
    for (Long g : input.groups()) {
      v.check(g != null && groupExists(siteId, g), "groupIds", "no such group", g);
    }
    v.maxLength("notes", input.notes(), 4000);
    v.throwIfInvalid();
    return on;
  }

  /** {@code hold} (with the messages delivered) or {@code cancel}. */
  @Transactional
  public CallIn step(CeasefireUser user, long id, CallInStep input) {
    CallIn c = current(user.siteId(), id, input.version());
    String action = input.action() == null ? "" : input.action();
    switch (action) {
      case "hold" -> {
        List<String> messages = c.hold(input.delivered(), today(user.siteId()));
        claim(user.siteId(), c);
        repository.setStatus(user.siteId(), id, CallIn.HELD, messages);
      }
      case "cancel" -> {
        c.cancel();
        claim(user.siteId(), c);
        repository.setStatus(user.siteId(), id, CallIn.CANCELLED, List.of());
      }
      default -> throw ValidationException.of("action", "must be hold or cancel", action);
    }
    return recorded(user, c);
  }

  @Transactional
  public CallIn addSpeaker(CeasefireUser user, long id, SpeakerInput input) {
    CallIn c = current(user.siteId(), id, input.version());
    Validator v = new Validator();
    v.check(
        input.kind() != null && CallIn.SPEAKER_KINDS.contains(input.kind()),
        "kind",
        "must be one of " + CallIn.SPEAKER_KINDS,
        input.kind());
    v.require("name", input.name()).maxLength("name", input.name(), 200);
    v.maxLength("organisation", input.organisation(), 200);
    v.throwIfInvalid();
    c.requirePlanned("change its speakers");
    claim(user.siteId(), c);
    repository.insertSpeaker(
        user.siteId(),
        id,
        input.kind(),
        input.name().trim(),
        InterventionInputs.trimmed(input.organisation()));
    return recorded(user, c);
  }

  /** The call-in as it is, refusing a change made on another version. */
  CallIn current(long siteId, long id, @Nullable Integer version) {
    CallIn c = get(siteId, id);
    if (version == null) {
      throw ValidationException.of("version", "is required to change a record", "");
    }
    if (version != c.version()) {
      throw new StaleRecordException("call-in", id, c.version());
    }
    return c;
  }

  private void claim(long siteId, CallIn c) {
    if (!repository.claim(siteId, c.id(), c.version())) {
      throw new StaleRecordException("call-in", c.id(), get(siteId, c.id()).version());
    }
  }

  private CallIn recorded(CeasefireUser user, CallIn before) {
    CallIn after = get(user.siteId(), before.id());
    history.updated(user.siteId(), RECORD, before.id(), user.id(), before.fields(), after.fields());
    audit.changed(user, AuditAction.UPDATE, RECORD, before.id());
    return after;
  }

  private boolean groupExists(long siteId, long id) {
    return listed(siteId, id).isPresent();
  }

  /** What a group no longer listed (expired or purged under 28 CFR Part 23) is called here. */
  static final String UNLISTED = "a group no longer listed";

  /** A group while it is listed; empty once expired or purged. */
  java.util.Optional<CriminalGroup> listed(long siteId, long groupId) {
    try {
      return java.util.Optional.of(groups.get(siteId, groupId));
    } catch (NotFoundException e) {
      return java.util.Optional.empty();
    }
  }

  private CallIn resolved(long siteId, CallIn c) {
    String city =
        places.jurisdiction(siteId, c.jurisdictionId()).map(j -> j.name()).orElse("#" + c.id());
    List<CallIn.TargetGroup> named =
        c.groups().stream()
            .map(
                g ->
                    listed(siteId, g.id())
                        .map(x -> new CallIn.TargetGroup(g.id(), x.name(), x.status()))
                        .orElse(new CallIn.TargetGroup(g.id(), UNLISTED, "expired")))
            .toList();
    return new CallIn(
        c.id(),
        c.heldOn(),
        c.place(),
        c.jurisdictionId(),
        city,
        c.status(),
        c.messages(),
        c.notes(),
        named,
        c.speakers(),
        c.version());
  }
}
