package org.ceasefire.reentry;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for releases and reentry contacts. */
@Repository
class ReentryRepository {

  private static final String RELEASE =
      """
      select r.*, a.name as agency from custody_release r
        left join agency a on a.site_id = r.site_id and a.id = r.supervising_agency_id
      """;

  /** A contact of the reentry team. */
  record Contact(
      long id,
      String kind,
      LocalDate heldOn,
      @Nullable String attendees,
      @Nullable String note,
      String by) {}

  private final JdbcClient jdbc;

  ReentryRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  long insert(long siteId, ReleaseInput in, LocalDate expected, long by) {
    return jdbc.sql(
            """
            insert into custody_release (site_id, person_id, facility, expected_on,
                                         supervising_agency_id, supervision_kind, recorded_by)
            values (:site, :person, :facility, :expected, :agency, :kind, :by) returning id
            """)
        .param("site", siteId)
        .param("person", in.personId())
        .param("facility", in.facility().strip())
        .param("expected", expected)
        .param("agency", in.supervisingAgencyId())
        .param("kind", in.kind())
        .param("by", by)
        .query(Long.class)
        .single();
  }

  Optional<Release> find(long siteId, long id) {
    return jdbc.sql(RELEASE + " where r.site_id = :site and r.id = :id")
        .param("site", siteId)
        .param("id", id)
        .query(ReentryRepository::release)
        .optional();
  }

  /** Expected releases in [from, to], soonest first. */
  List<Release> upcoming(long siteId, LocalDate from, LocalDate to) {
    return jdbc.sql(
            RELEASE
                + " where r.site_id = :site and r.status = 'expected'"
                + " and r.expected_on between :from and :to order by r.expected_on, r.id")
        .param("site", siteId)
        .param("from", from)
        .param("to", to)
        .query(ReentryRepository::release)
        .list();
  }

  List<Release> ofPerson(long siteId, long personId) {
    return jdbc.sql(
            RELEASE + " where r.site_id = :site and r.person_id = :p order by r.expected_on desc")
        .param("site", siteId)
        .param("p", personId)
        .query(ReentryRepository::release)
        .list();
  }

  boolean move(long siteId, long id, int version, String status, @Nullable LocalDate releasedOn) {
    return jdbc.sql(
                """
                update custody_release set status = :status, released_on = :on,
                       version = version + 1, updated_at = now()
                 where site_id = :site and id = :id and version = :version
                """)
            .param("status", status)
            .param("on", releasedOn)
            .param("site", siteId)
            .param("id", id)
            .param("version", version)
            .update()
        == 1;
  }

  long insertContact(
      long siteId,
      long release,
      String kind,
      LocalDate on,
      @Nullable String attendees,
      @Nullable String note,
      long by) {
    return jdbc.sql(
            """
            insert into reentry_contact (site_id, release_id, kind, held_on, attendees, note,
                                         recorded_by)
            values (:site, :release, :kind, :on, :attendees, :note, :by) returning id
            """)
        .param("site", siteId)
        .param("release", release)
        .param("kind", kind)
        .param("on", on)
        .param("attendees", blank(attendees))
        .param("note", blank(note))
        .param("by", by)
        .query(Long.class)
        .single();
  }

  List<Contact> contacts(long siteId, long release) {
    return jdbc.sql(
            """
            select c.id, c.kind, c.held_on, c.attendees, c.note, u.display_name
              from reentry_contact c join app_user u on u.site_id = c.site_id and u.id = c.recorded_by
             where c.site_id = :site and c.release_id = :release order by c.held_on, c.id
            """)
        .param("site", siteId)
        .param("release", release)
        .query(
            (rs, n) ->
                new Contact(
                    rs.getLong(1),
                    rs.getString(2),
                    rs.getObject(3, LocalDate.class),
                    rs.getString(4),
                    rs.getString(5),
                    rs.getString(6)))
        .list();
  }

  private static @Nullable String blank(@Nullable String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  private static Release release(ResultSet rs, int n) throws SQLException {
    return new Release(
        rs.getLong("id"),
        rs.getLong("person_id"),
        "",
        rs.getString("facility"),
        rs.getObject("expected_on", LocalDate.class),
        rs.getObject("released_on", LocalDate.class),
        (Long) rs.getObject("supervising_agency_id"),
        rs.getString("agency"),
        rs.getString("supervision_kind"),
        rs.getString("status"),
        rs.getInt("version"));
  }
}
