package org.ceasefire.access;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Users' TOTP secrets (sealed) and recovery codes (hashed). */
@Repository
class SecondFactorRepository {

  /** A user's TOTP secret as stored: sealed, confirmed or still being enrolled. */
  record StoredTotp(byte[] sealedSecret, boolean confirmed, @Nullable Long lastStep) {}

  private final JdbcClient jdbc;

  SecondFactorRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  Optional<StoredTotp> totp(long siteId, long userId) {
    return jdbc.sql(
            """
            select secret_sealed, confirmed_at is not null as confirmed, last_step
              from user_totp where site_id = :site and user_id = :user
            """)
        .param("site", siteId)
        .param("user", userId)
        .query(
            (rs, n) ->
                new StoredTotp(
                    rs.getBytes("secret_sealed"),
                    rs.getBoolean("confirmed"),
                    rs.getObject("last_step", Long.class)))
        .optional();
  }

  /** Starts (or restarts) an enrolment; refuses to touch a confirmed secret. */
  void saveUnconfirmed(long siteId, long userId, byte[] sealed) {
    jdbc.sql(
            """
            insert into user_totp (site_id, user_id, secret_sealed) values (:site, :user, :secret)
            on conflict (site_id, user_id) do update set secret_sealed = excluded.secret_sealed
             where user_totp.confirmed_at is null
            """)
        .param("site", siteId)
        .param("user", userId)
        .param("secret", sealed)
        .update();
  }

  /** Stores a secret as confirmed at once: for demo and test users whose secret is known. */
  void saveConfirmed(long siteId, long userId, byte[] sealed) {
    jdbc.sql(
            """
            insert into user_totp (site_id, user_id, secret_sealed, confirmed_at)
            values (:site, :user, :secret, now())
            on conflict (site_id, user_id) do update
               set secret_sealed = excluded.secret_sealed, confirmed_at = now(), last_step = null
            """)
        .param("site", siteId)
        .param("user", userId)
        .param("secret", sealed)
        .update();
  }

  boolean confirm(long siteId, long userId, long step) {
    return jdbc.sql(
                """
                update user_totp set confirmed_at = now(), last_step = :step
                 where site_id = :site and user_id = :user and confirmed_at is null
                """)
            .param("step", step)
            .param("site", siteId)
            .param("user", userId)
            .update()
        == 1;
  }

  /** Marks the step used; false when it (or a later one) already was: a replayed code. */
  boolean useStep(long siteId, long userId, long step) {
    return jdbc.sql(
                """
                update user_totp set last_step = :step
                 where site_id = :site and user_id = :user and confirmed_at is not null
                   and (last_step is null or last_step < :step)
                """)
            .param("step", step)
            .param("site", siteId)
            .param("user", userId)
            .update()
        == 1;
  }

  void replaceRecoveryCodes(long siteId, long userId, List<String> hashes) {
    jdbc.sql("delete from recovery_code where site_id = :site and user_id = :user")
        .param("site", siteId)
        .param("user", userId)
        .update();
    for (String hash : hashes) {
      jdbc.sql(
              """
              insert into recovery_code (site_id, user_id, code_hash)
              values (:site, :user, :hash)
              """)
          .param("site", siteId)
          .param("user", userId)
          .param("hash", hash)
          .update();
    }
  }

  /** Uses up a recovery code; false when there is no such unused code. */
  boolean useRecoveryCode(long siteId, long userId, String hash) {
    return jdbc.sql(
                """
                update recovery_code set used_at = now()
                 where site_id = :site and user_id = :user and code_hash = :hash
                   and used_at is null
                """)
            .param("site", siteId)
            .param("user", userId)
            .param("hash", hash)
            .update()
        == 1;
  }

  int unusedRecoveryCodes(long siteId, long userId) {
    return jdbc.sql(
            """
            select count(*) from recovery_code
             where site_id = :site and user_id = :user and used_at is null
            """)
        .param("site", siteId)
        .param("user", userId)
        .query(Integer.class)
        .single();
  }
}
