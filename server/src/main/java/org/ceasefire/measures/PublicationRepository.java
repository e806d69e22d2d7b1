package org.ceasefire.measures;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Which sites publish their measures. Listing them reads the site table of the access feature (its
 * public service has no list of sites): codes and names only, which the public pages show anyway.
 */
@Repository
class PublicationRepository {

  /** A site that publishes. */
  record Published(long siteId, String code, String name, LocalDate since) {}

  private final JdbcClient jdbc;

  PublicationRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Every publishing site, by name (run in the system scope: the visitor has no site). */
  List<Published> all() {
    return jdbc.sql(
            """
            select s.id, s.code, s.name, p.published_since from public_measures p
              join site s on s.id = p.site_id order by s.name
            """)
        .query(
            (rs, n) ->
                new Published(
                    rs.getLong(1),
                    rs.getString(2),
                    rs.getString(3),
                    rs.getObject(4, LocalDate.class)))
        .list();
  }

  Optional<LocalDate> since(long siteId) {
    return jdbc.sql("select published_since from public_measures where site_id = :site")
        .param("site", siteId)
        .query(LocalDate.class)
        .optional();
  }

  void publish(long siteId, long userId, LocalDate on) {
    jdbc.sql(
            """
            insert into public_measures (site_id, published_since, published_by)
            values (:site, :on, :user) on conflict (site_id) do nothing
            """)
        .param("site", siteId)
        .param("on", on)
        .param("user", userId)
        .update();
  }

  void withdraw(long siteId) {
    jdbc.sql("delete from public_measures where site_id = :site").param("site", siteId).update();
  }
}
