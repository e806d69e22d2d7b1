package org.ceasefire.places;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Each site's cities and areas in memory, checked against the database at every use.
 *
 * <p>The database keeps a version of each site's places ({@code place_version}, V101): every
 * statement that changes a site's cities or areas gives it a new random version, whichever process
 * ran it. A use reads that version (one primary-key lookup) and takes the held copy only if it was
 * read at the same version; otherwise it reads the site's places again. A copy is kept only when it
 * is known to match its version: read in one snapshot (a repeatable-read transaction), or, inside a
 * caller's transaction, with the version read again after the rows and found unchanged. A copy made
 * inside a transaction that changed places carries that transaction's own version, which no other
 * transaction sees unless it commits; after a rollback it is never matched again.
 *
 * <p>One copy per site (the newest read replaces the one before), so memory stays at one site's
 * places per site: for the demonstration region at scale 100, 900 cities and 16,600 areas. One
 * reader at a time per site reads again; the others wait for it (at most {@link #WAIT_SECONDS},
 * then read for themselves) and take its copy.
 */
@Component
class PlacesCache {

  static final int WAIT_SECONDS = 10;

  private final JdbcClient jdbc;
  private final TransactionTemplate snapshot;
  private final ConcurrentHashMap<Long, SitePlaces> held = new ConcurrentHashMap<>();
  private final ConcurrentHashMap<Long, ReentrantLock> readers = new ConcurrentHashMap<>();

  PlacesCache(JdbcClient jdbc, PlatformTransactionManager transactions) {
    this.jdbc = jdbc;
    this.snapshot = new TransactionTemplate(transactions);
    snapshot.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
    snapshot.setReadOnly(true);
  }

  /** The site's places as they are now (as this thread's transaction sees them). */
  SitePlaces current(long siteId) {
    SitePlaces copy = held.get(siteId);
    if (copy != null && copy.isAt(version(siteId))) {
      return copy;
    }
    // the reader takes its connection before it waits: whoever holds the lock needs no other one
    return snapshot.execute(status -> readAgain(siteId));
  }

  private SitePlaces readAgain(long siteId) {
    ReentrantLock lock = readers.computeIfAbsent(siteId, k -> new ReentrantLock());
    boolean locked = false;
    try {
      locked = lock.tryLock(WAIT_SECONDS, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    try {
      UUID before = version(siteId);
      SitePlaces copy = held.get(siteId);
      if (copy != null && copy.isAt(before)) {
        return copy; // another reader has just read it
      }
      SitePlaces read = new SitePlaces(before, jurisdictions(siteId), areas(siteId));
      if (read.isAt(version(siteId))) {
        held.put(siteId, read);
      }
      return read;
    } finally {
      if (locked) {
        lock.unlock();
      }
    }
  }

  private @Nullable UUID version(long siteId) {
    return jdbc.sql("select version from place_version where site_id = :site")
        .param("site", siteId)
        .query((rs, n) -> rs.getObject(1, UUID.class))
        .optional()
        .orElse(null);
  }

  private List<Jurisdiction> jurisdictions(long siteId) {
    return jdbc.sql(
            """
            select id, name, state, center_lon, center_lat, population
              from jurisdiction where site_id = :site order by name
            """)
        .param("site", siteId)
        .query((rs, n) -> jurisdiction(rs))
        .list();
  }

  private List<Area> areas(long siteId) {
    return jdbc.sql(
            """
            select id, jurisdiction_id, kind, name, geometry::text as geometry, population
              from area where site_id = :site order by name, id
            """)
        .param("site", siteId)
        .query((rs, n) -> area(rs))
        .list();
  }

  static Jurisdiction jurisdiction(ResultSet rs) throws SQLException {
    return new Jurisdiction(
        rs.getLong("id"),
        rs.getString("name"),
        rs.getString("state"),
        rs.getDouble("center_lon"),
        rs.getDouble("center_lat"),
        (Integer) rs.getObject("population"));
  }

  static Area area(ResultSet rs) throws SQLException {
    return new Area(
        rs.getLong("id"),
        rs.getLong("jurisdiction_id"),
        rs.getString("kind"),
        rs.getString("name"),
        rs.getString("geometry"),
        (Integer) rs.getObject("population"));
  }
}
