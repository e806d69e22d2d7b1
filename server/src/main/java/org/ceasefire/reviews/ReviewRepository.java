package org.ceasefire.reviews;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for review meetings. */
@Repository
class ReviewRepository {

  private static final String SELECT =
      """
      select m.id, m.jurisdiction_id, j.name, m.meets_on,
             coalesce((select max(p.meets_on) from review_meeting p
                        where p.site_id = m.site_id and p.jurisdiction_id = m.jurisdiction_id
                          and p.meets_on < m.meets_on), m.meets_on - 7) as since
        from review_meeting m
        join jurisdiction j on j.site_id = m.site_id and j.id = m.jurisdiction_id
       where m.site_id = :site
      """;

  private final JdbcClient jdbc;

  ReviewRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  List<ReviewMeeting> all(long siteId) {
    return jdbc.sql(SELECT + " order by m.meets_on desc, j.name limit 200")
        .param("site", siteId)
        .query(
            (rs, n) ->
                new ReviewMeeting(
                    rs.getLong(1),
                    rs.getLong(2),
                    rs.getString(3),
                    rs.getObject(4, LocalDate.class),
                    rs.getObject(5, LocalDate.class)))
        .list();
  }

  Optional<ReviewMeeting> find(long siteId, long id) {
    return jdbc.sql(SELECT + " and m.id = :id")
        .param("site", siteId)
        .param("id", id)
        .query(
            (rs, n) ->
                new ReviewMeeting(
                    rs.getLong(1),
                    rs.getLong(2),
                    rs.getString(3),
                    rs.getObject(4, LocalDate.class),
                    rs.getObject(5, LocalDate.class)))
        .optional();
  }

  long insert(long siteId, long jurisdictionId, LocalDate meetsOn, long userId) {
    return jdbc.sql(
            """
            insert into review_meeting (site_id, jurisdiction_id, meets_on, created_by)
            values (:site, :city, :on, :user) returning id
            """)
        .param("site", siteId)
        .param("city", jurisdictionId)
        .param("on", meetsOn)
        .param("user", userId)
        .query(Long.class)
        .single();
  }
}
