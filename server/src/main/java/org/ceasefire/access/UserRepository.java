package org.ceasefire.access;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Users and agencies of a site. */
@Repository
class UserRepository {

  private final JdbcClient jdbc;

  UserRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The user signing in; {@code locked} says whether {@code now} is before their lock ends. */
  Optional<CeasefireUser> findByUsername(String username, Instant now) {
    if (username.indexOf('\0') >= 0) {
      return Optional.empty(); // no name holds a NUL, and PostgreSQL text could not take one
    }
    return jdbc.sql(
            """
            select u.site_id, u.id, u.username, u.display_name, u.role, u.agency_id, a.name as agency,
                   u.password_hash, u.enabled,
                   (u.locked_until is not null and u.locked_until > :now) as locked
              from app_user u
              join agency a on a.site_id = u.site_id and a.id = u.agency_id
             where u.username = :username
            """)
        .param("username", username)
        .param("now", OffsetDateTime.ofInstant(now, ZoneOffset.UTC))
        .query(
            (rs, n) ->
                new CeasefireUser(
                    rs.getLong("site_id"),
                    rs.getLong("id"),
                    rs.getString("username"),
                    rs.getString("display_name"),
                    Role.fromCode(rs.getString("role")),
                    rs.getLong("agency_id"),
                    rs.getString("agency"),
                    rs.getString("password_hash"),
                    rs.getBoolean("enabled"),
                    rs.getBoolean("locked")))
        .optional();
  }

  Optional<Instant> lockedUntil(long siteId, long userId) {
    return jdbc.sql("select locked_until from app_user where site_id = :site and id = :id")
        .param("site", siteId)
        .param("id", userId)
        .query((rs, n) -> rs.getObject(1, OffsetDateTime.class))
        .optional()
        .map(OffsetDateTime::toInstant);
  }

  /**
   * Counts one more failure; at {@code max} failures in a row, locks until {@code until} and starts
   * counting again. Returns whether this failure locked the account. One statement, so two attempts
   * at once cannot both read the old count.
   */
  boolean recordFailure(long siteId, long userId, int max, Instant until) {
    OffsetDateTime lockEnd = OffsetDateTime.ofInstant(until, ZoneOffset.UTC);
    return jdbc.sql(
            """
            update app_user
               set failed_attempts = case when failed_attempts + 1 >= :max then 0
                                          else failed_attempts + 1 end,
                   locked_until = case when failed_attempts + 1 >= :max then :until
                                       else locked_until end
             where site_id = :site and id = :id
            returning locked_until is not distinct from :until
            """)
        .param("max", max)
        .param("until", lockEnd)
        .param("site", siteId)
        .param("id", userId)
        .query(Boolean.class)
        .optional()
        .orElse(false);
  }

  void recordSuccess(long siteId, long userId) {
    jdbc.sql(
            """
            update app_user set failed_attempts = 0, locked_until = null
             where site_id = :site and id = :id
            """)
        .param("site", siteId)
        .param("id", userId)
        .update();
  }

  long insertAgency(long siteId, String name, String type) {
    return jdbc.sql(
            "insert into agency (site_id, name, type) values (:site, :name, :type) returning id")
        .param("site", siteId)
        .param("name", name)
        .param("type", type)
        .query(Long.class)
        .single();
  }

  long insertUser(
      long siteId,
      String username,
      String displayName,
      String passwordHash,
      Role role,
      long agencyId) {
    return jdbc.sql(
            """
            insert into app_user (site_id, username, display_name, password_hash, role, agency_id)
            values (:site, :username, :name, :hash, :role, :agency) returning id
            """)
        .param("site", siteId)
        .param("username", username)
        .param("name", displayName)
        .param("hash", passwordHash)
        .param("role", role.code())
        .param("agency", agencyId)
        .query(Long.class)
        .single();
  }

  List<Agency> agencies(long siteId) {
    return jdbc.sql("select id, name, type from agency where site_id = :site order by name")
        .param("site", siteId)
        .query((rs, n) -> new Agency(rs.getLong("id"), rs.getString("name"), rs.getString("type")))
        .list();
  }

  long insertSite(String code, String name, double lon, double lat, boolean synthetic) {
    return jdbc.sql(
            """
            insert into site (code, name, center_lon, center_lat, synthetic)
            values (:code, :name, :lon, :lat, :synthetic) returning id
            """)
        .param("code", code)
        .param("name", name)
        .param("lon", lon)
        .param("lat", lat)
        .param("synthetic", synthetic)
        .query(Long.class)
        .single();
  }

  Optional<Site> site(long siteId) {
    return jdbc.sql(
            """
            select id, code, name, time_zone, crs, center_lon, center_lat, synthetic
              from site where id = :id
            """)
        .param("id", siteId)
        .query(
            (rs, n) ->
                new Site(
                    rs.getLong("id"),
                    rs.getString("code"),
                    rs.getString("name"),
                    rs.getString("time_zone"),
                    rs.getString("crs"),
                    rs.getDouble("center_lon"),
                    rs.getDouble("center_lat"),
                    rs.getBoolean("synthetic")))
        .optional();
  }

  Optional<Long> siteByCode(String code) {
    return jdbc.sql("select id from site where code = :code")
        .param("code", code)
        .query(Long.class)
        .optional();
  }
}
