package org.ceasefire.intelligence;

import java.time.LocalDate;
import java.util.List;
import org.ceasefire.access.CeasefireUser;
import org.ceasefire.audit.AuditAction;
import org.ceasefire.audit.AuditTrail;
import org.ceasefire.groups.Expired;
import org.ceasefire.groups.Retention;
import org.ceasefire.platform.NotFoundException;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Expired entries and groups between expiry and purge. A purge deletes the record, its history and
 * its queue row, leaving one audit record per deleted id: that it existed and was purged.
 */
@Service
class PurgeQueue {

  private final PurgeQueueRepository queue;
  private final Retention retention;
  private final AuditTrail audit;

  PurgeQueue(PurgeQueueRepository queue, Retention retention, AuditTrail audit) {
    this.queue = queue;
    this.retention = retention;
    this.audit = audit;
  }

  /** The daily work: expires what is due on {@code today} and queues it; answers how many. */
  @Transactional
  int expire(LocalDate today, @Nullable Long siteId) {
    List<Expired> expired = retention.expire(today, siteId);
    expired.forEach(e -> queue.add(e, today));
    return expired.size();
  }

  List<QueuedRecord> list(long siteId) {
    return queue.list(siteId);
  }

  @Transactional
  void purge(CeasefireUser user, long queueId) {
    QueuedRecord q =
        queue
            .find(user.siteId(), queueId)
            .orElseThrow(() -> new NotFoundException("purge queue item", queueId));
    if (q.recordType().equals(Expired.GROUP)) {
      for (long entry : retention.purgeGroup(user.siteId(), q.recordId())) {
        purged(user, Expired.MEMBERSHIP, entry, "with its group");
      }
    } else {
      retention.purgeEntry(user.siteId(), q.recordId());
    }
    purged(user, q.recordType(), q.recordId(), "queued " + q.queuedOn() + ": " + q.reason());
  }

  private void purged(CeasefireUser user, String type, long id, String detail) {
    queue.remove(user.siteId(), type, id);
    audit.write(
        AuditTrail.entry(
            user, AuditAction.PURGE, type, id, null, "existed and was purged (" + detail + ")"));
  }
}
