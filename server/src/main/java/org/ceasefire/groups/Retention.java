package org.ceasefire.groups;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.ceasefire.access.CeasefireUser;
import org.ceasefire.audit.AuditAction;
import org.ceasefire.audit.AuditTrail;
import org.ceasefire.audit.RecordHistory;
import org.ceasefire.platform.NotFoundException;
import org.ceasefire.platform.ValidationException;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Expiry and purge of entries and groups (28 CFR Part 23; group designations re-audited every three
 * years). Expiry takes a record out of every list at once; a purge deletes it and its history. The
 * intelligence feature keeps the queue between the two and writes the purge's audit record.
 */
@Service
public class Retention {

  private final RetentionRepository retention;
  private final LifecycleRepository lifecycle;
  private final Groups groups;
  private final RecordHistory history;
  private final AuditTrail audit;

  Retention(
      RetentionRepository retention,
      LifecycleRepository lifecycle,
      Groups groups,
      RecordHistory history,
      AuditTrail audit) {
    this.retention = retention;
    this.lifecycle = lifecycle;
    this.groups = groups;
    this.history = history;
    this.audit = audit;
  }

  /**
   * Takes out every group and entry due for expiry on {@code today}, in one site or (null) in every
   * site.
   */
  @Transactional
  public List<Expired> expire(LocalDate today, @Nullable Long siteId) {
    List<Expired> expired = new ArrayList<>(retention.expireGroups(today, siteId));
    expired.addAll(retention.expireEntries(today, siteId));
    return expired;
  }

  /** Deletes an expired entry and its history. Refuses an entry that has not expired. */
  @Transactional
  public void purgeEntry(long siteId, long id) {
    checkExpired(retention.entryExpired(siteId, id), Expired.MEMBERSHIP, id);
    retention.deleteEntry(siteId, id);
    history.erase(siteId, Expired.MEMBERSHIP, id);
  }

  /**
   * Deletes an expired group, its entries, relationships and their history; answers the ids of the
   * entries purged with it.
   */
  @Transactional
  public List<Long> purgeGroup(long siteId, long groupId) {
    checkExpired(retention.groupExpired(siteId, groupId), Expired.GROUP, groupId);
    List<Long> entries = retention.entriesOfGroup(siteId, groupId);
    for (long id : entries) {
      retention.deleteEntry(siteId, id);
      history.erase(siteId, Expired.MEMBERSHIP, id);
    }
    retention.deleteGroup(siteId, groupId);
    history.erase(siteId, Expired.GROUP, groupId);
    return entries;
  }

  /** Records the three-yearly re-audit of a group designation: audited as a re-validation. */
  @Transactional
  public CriminalGroup reaffirmGroup(CeasefireUser user, long groupId, LocalDate today) {
    groups.get(user.siteId(), groupId);
    lifecycle.reaffirmGroup(user.siteId(), groupId, today);
    audit.write(
        AuditTrail.entry(
            user, AuditAction.REVALIDATE, Expired.GROUP, groupId, null, "re-audited " + today));
    return groups.get(user.siteId(), groupId);
  }

  private static void checkExpired(java.util.Optional<Boolean> expired, String what, long id) {
    if (expired.isEmpty()) {
      throw new NotFoundException(what, id);
    }
    if (!expired.get()) {
      throw ValidationException.of("id", "only an expired " + what + " can be purged", id);
    }
  }
}
