package org.ceasefire.access;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for administering the accounts of a site. */
@Repository
class UserAccountRepository {

  private static final String SELECT =
      """
      select u.id, u.username, u.display_name, u.role, u.agency_id, a.name as agency, u.enabled,
             (u.locked_until is not null and u.locked_until > now()) as locked,
             exists (select 1 from user_totp t where t.site_id = u.site_id and t.user_id = u.id
                       and t.confirmed_at is not null) as enrolled,
             u.created_at, u.reviewed_at, u.version
        from app_user u join agency a on a.site_id = u.site_id and a.id = u.agency_id
       where u.site_id = :site
      """;

  private final JdbcClient jdbc;

  UserAccountRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  List<UserAccount> all(long siteId) {
    return jdbc.sql(SELECT + " order by u.enabled desc, u.display_name")
        .param("site", siteId)
        .query((rs, n) -> account(rs))
        .list();
  }

  Optional<UserAccount> find(long siteId, long id) {
    return jdbc.sql(SELECT + " and u.id = :id")
        .param("site", siteId)
        .param("id", id)
        .query((rs, n) -> account(rs))
        .optional();
  }

  /** Applies an edit made on {@code version}; false when someone changed the account since. */
  boolean update(
      long siteId,
      long id,
      int version,
      String displayName,
      Role role,
      long agencyId,
      boolean enabled) {
    return jdbc.sql(
                """
                update app_user set display_name = :name, role = :role, agency_id = :agency,
                       enabled = :enabled, version = version + 1
                 where site_id = :site and id = :id and version = :version
                """)
            .param("site", siteId)
            .param("id", id)
            .param("version", version)
            .param("name", displayName)
            .param("role", role.code())
            .param("agency", agencyId)
            .param("enabled", enabled)
            .update()
        == 1;
  }

  void unlock(long siteId, long id) {
    jdbc.sql(
            "update app_user set locked_until = null, failed_attempts = 0"
                + " where site_id = :site and id = :id")
        .param("site", siteId)
        .param("id", id)
        .update();
  }

  /** Forgets the second factor: the user enrols again at the next sign-in. */
  void resetSecondFactor(long siteId, long id) {
    for (String table : List.of("recovery_code", "user_totp")) {
      jdbc.sql("delete from " + table + " where site_id = :site and user_id = :id")
          .param("site", siteId)
          .param("id", id)
          .update();
    }
  }

  void reviewed(long siteId, long id) {
    jdbc.sql("update app_user set reviewed_at = now() where site_id = :site and id = :id")
        .param("site", siteId)
        .param("id", id)
        .update();
  }

  private static UserAccount account(ResultSet rs) throws SQLException {
    return new UserAccount(
        rs.getLong("id"),
        rs.getString("username"),
        rs.getString("display_name"),
        Role.fromCode(rs.getString("role")),
        rs.getLong("agency_id"),
        rs.getString("agency"),
        rs.getBoolean("enabled"),
        rs.getBoolean("locked"),
        rs.getBoolean("enrolled"),
        rs.getObject("created_at", OffsetDateTime.class),
        rs.getObject("reviewed_at", OffsetDateTime.class),
        rs.getInt("version"));
  }
}
