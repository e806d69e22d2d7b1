package org.ceasefire.groups;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for the lifecycle of entries and groups: approval, re-validation, expiry, purge. */
@Repository
class LifecycleRepository {

  private final JdbcClient jdbc;

  LifecycleRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  List<Membership> pending(long siteId) {
    return jdbc.sql(MembershipRepository.ANY + " and m.status = 'pending' order by m.submitted_at")
        .param("site", siteId)
        .query((rs, n) -> MembershipRepository.membership(rs))
        .list();
  }

  /** A person's entries within their review date, approved or pending. */
  List<Membership> ofPerson(long siteId, long personId) {
    return jdbc.sql(
            MembershipRepository.ANY
                + " and m.person_id = :person and m.review_date >= current_date order by g.name")
        .param("site", siteId)
        .param("person", personId)
        .query((rs, n) -> MembershipRepository.membership(rs))
        .list();
  }

  /** Every entry not yet expired, for the auditor's figures. */
  List<Membership> all(long siteId) {
    return jdbc.sql(MembershipRepository.ANY + " order by m.id")
        .param("site", siteId)
        .query((rs, n) -> MembershipRepository.membership(rs))
        .list();
  }

  List<Long> current(long siteId, Collection<Long> ids) {
    return jdbc.sql(
            "select m.id from ("
                + MembershipRepository.ANY
                + ") m where m.status = 'approved' and m.review_date >= current_date"
                + " and m.id = any(:ids)")
        .param("site", siteId)
        .param("ids", ids.toArray(Long[]::new))
        .query(Long.class)
        .list();
  }

  boolean approve(long siteId, long id, long approverId) {
    return jdbc.sql(
                """
                update membership set status = 'approved', approved_by = :user,
                       approved_at = now(), version = version + 1
                 where site_id = :site and id = :id and status = 'pending'
                """)
            .param("site", siteId)
            .param("id", id)
            .param("user", approverId)
            .update()
        == 1;
  }

  void revalidate(long siteId, long id, List<String> criteria, String source, LocalDate review) {
    jdbc.sql(
            """
            update membership set criteria = :criteria, source = :source, review_date = :review,
                   validated_at = now(), version = version + 1
             where site_id = :site and id = :id and expired_on is null
            """)
        .param("site", siteId)
        .param("id", id)
        .param("criteria", criteria.toArray(String[]::new))
        .param("source", source.trim())
        .param("review", review)
        .update();
  }

  boolean changeRole(long siteId, long id, int version, String role) {
    return jdbc.sql(
                """
                update membership set role = :role, version = version + 1
                 where site_id = :site and id = :id and version = :version
                   and expired_on is null
                """)
            .param("site", siteId)
            .param("id", id)
            .param("version", version)
            .param("role", role)
            .update()
        == 1;
  }

  void reaffirmGroup(long siteId, long groupId, LocalDate today) {
    jdbc.sql(
            "update criminal_group set last_reviewed = :today"
                + " where site_id = :site and id = :id and expired_on is null")
        .param("site", siteId)
        .param("id", groupId)
        .param("today", today)
        .update();
  }
}
