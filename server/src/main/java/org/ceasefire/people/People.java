package org.ceasefire.people;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import org.ceasefire.access.AccessPolicy;
import org.ceasefire.access.CeasefireUser;
import org.ceasefire.access.Compartment;
import org.ceasefire.audit.RecordHistory;
import org.ceasefire.platform.NotFoundException;
import org.ceasefire.platform.PageOf;
import org.ceasefire.platform.StaleRecordException;
import org.ceasefire.platform.ValidationException;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Persons of a site: search, read, create, edit (with history and optimistic locking). */
@Service
public class People {

  static final String RECORD_TYPE = "person";

  private final PersonRepository repository;
  private final RecordHistory history;
  private final Clock clock;
  private final AccessPolicy policy;

  People(PersonRepository repository, RecordHistory history, Clock clock, AccessPolicy policy) {
    this.repository = repository;
    this.history = history;
    this.clock = clock;
    this.policy = policy;
  }

  public PageOf<PersonSummary> search(
      long siteId, @Nullable String text, @Nullable String supervision, int page, int size) {
    return repository.search(siteId, text, supervision, Math.max(0, page), PageOf.clampSize(size));
  }

  public Person get(long siteId, long id) {
    return repository.find(siteId, id).orElseThrow(() -> new NotFoundException("person", id));
  }

  public boolean exists(long siteId, long id) {
    return repository.version(siteId, id).isPresent();
  }

  /** Names of persons by id, for other features' lists; unknown ids are left out. */
  public Map<Long, String> names(long siteId, Collection<Long> ids) {
    return repository.names(siteId, ids);
  }

  public long count(long siteId) {
    return repository.count(siteId);
  }

  @Transactional
  public Person create(CeasefireUser user, PersonInput input) {
    PersonInput.Checked checked =
        guardSupervision(user, input.validate(LocalDate.now(clock)), "none", null);
    long id;
    try {
      id = repository.insert(user.siteId(), checked);
    } catch (DuplicateKeyException e) {
      throw ValidationException.of(
          "stateId", "is already used by another person", checked.stateId());
    }
    Person created = get(user.siteId(), id);
    history.created(user.siteId(), RECORD_TYPE, id, user.id(), created.fields());
    return created;
  }

  /** Applies an edit made on {@code input.version()}; a stale version is refused. */
  @Transactional
  public Person update(CeasefireUser user, long id, PersonInput input) {
    Person before = get(user.siteId(), id);
    if (input.version() == null) {
      throw ValidationException.of("version", "is required to edit a record", null);
    }
    PersonInput.Checked checked =
        guardSupervision(
            user,
            input.validate(LocalDate.now(clock)),
            before.supervisionStatus(),
            before.supervisionUntil());
    boolean applied;
    try {
      applied = repository.update(user.siteId(), id, input.version(), checked);
    } catch (DuplicateKeyException e) {
      throw ValidationException.of(
          "stateId", "is already used by another person", checked.stateId());
    }
    if (!applied) {
      throw new StaleRecordException("person", id, before.version());
    }
    Person after = get(user.siteId(), id);
    history.updated(user.siteId(), RECORD_TYPE, id, user.id(), before.fields(), after.fields());
    return after;
  }

  /**
   * Supervision status sits in the SUPERVISION compartment: a role that may not write it keeps the
   * current value (it may not even see it), and is refused if it tries to set another.
   */
  private PersonInput.Checked guardSupervision(
      CeasefireUser user,
      PersonInput.Checked checked,
      String currentStatus,
      @Nullable LocalDate currentUntil) {
    if (policy.canWrite(user.role(), Compartment.SUPERVISION)) {
      return checked;
    }
    boolean asked =
        !checked.supervisionStatus().equals("none") || checked.supervisionUntil() != null;
    boolean same =
        checked.supervisionStatus().equals(currentStatus)
            && java.util.Objects.equals(checked.supervisionUntil(), currentUntil);
    if (asked && !same) {
      throw ValidationException.of(
          "supervisionStatus",
          "only probation and parole officers may change supervision status",
          checked.supervisionStatus());
    }
    return checked.withSupervision(currentStatus, currentUntil);
  }

  public java.util.List<RecordHistory.Change> history(long siteId, long id) {
    return history.of(siteId, RECORD_TYPE, id);
  }
}
