package org.ceasefire.groups;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ceasefire.platform.IdList;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * SQL for membership entries and group relationships. Only approved entries within their review
 * date appear in lists (28 CFR Part 23); expired ones wait in the intelligence purge queue.
 */
@Repository
class MembershipRepository {

  /** Every entry of a site not yet expired, whatever its approval. */
  static final String ANY =
      """
      select m.id, m.person_id, m.group_id, g.name as group_name, m.role, m.criteria, m.source,
             m.submitted_by as submitted_by_id, u.display_name as submitted_by, m.submitted_at,
             m.status, a.display_name as approved_by, m.approved_at, m.validated_at,
             m.review_date, m.version
        from membership m
        join criminal_group g on g.site_id = m.site_id and g.id = m.group_id
        join app_user u on u.site_id = m.site_id and u.id = m.submitted_by
        left join app_user a on a.site_id = m.site_id and a.id = m.approved_by
       where m.site_id = :site and m.expired_on is null and g.expired_on is null
      """;

  /** Current entries: approved and within their review date. Only these appear in lists. */
  private static final String SELECT =
      ANY + " and m.status = 'approved' and m.review_date >= current_date";

  private final JdbcClient jdbc;

  MembershipRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Rows with person ids; names are filled in by the service from the people feature. */
  List<Membership> ofGroup(long siteId, long groupId) {
    return jdbc.sql(SELECT + " and m.group_id = :group order by m.submitted_at")
        .param("site", siteId)
        .param("group", groupId)
        .query((rs, n) -> membership(rs))
        .list();
  }

  List<Membership> ofPeople(long siteId, Collection<Long> personIds) {
    IdList people = IdList.of("m.person_id", "people", personIds);
    return jdbc.sql(SELECT + " and " + people.condition() + " order by g.name, m.id")
        .param("site", siteId)
        .param("people", people.value())
        .query((rs, n) -> membership(rs))
        .list();
  }

  /** Every current entry of the site (approved, within its review date), by group. */
  List<Membership> current(long siteId) {
    return jdbc.sql(SELECT + " order by g.name, m.submitted_at")
        .param("site", siteId)
        .query((rs, n) -> membership(rs))
        .list();
  }

  /** Every relationship of the site between groups not expired, seen from the smaller id. */
  List<GroupRelationship> allRelationships(long siteId) {
    return jdbc.sql(
            """
            select r.id, r.group_a, r.kind, r.since, r.basis, r.active, o.id as other_id,
                   o.name as other_name
              from group_relationship r
              join criminal_group a on a.site_id = r.site_id and a.id = r.group_a
              join criminal_group o on o.site_id = r.site_id and o.id = r.group_b
             where r.site_id = :site and a.expired_on is null and o.expired_on is null
             order by r.group_a, r.group_b
            """)
        .param("site", siteId)
        .query(
            (rs, n) ->
                new GroupRelationship(
                    rs.getLong("id"),
                    rs.getLong("group_a"),
                    rs.getLong("other_id"),
                    rs.getString("other_name"),
                    rs.getString("kind"),
                    rs.getObject("since", LocalDate.class),
                    rs.getString("basis"),
                    rs.getBoolean("active")))
        .list();
  }

  /** One entry not yet expired, approved or pending. */
  java.util.Optional<Membership> find(long siteId, long id) {
    return jdbc.sql(ANY + " and m.id = :id")
        .param("site", siteId)
        .param("id", id)
        .query((rs, n) -> membership(rs))
        .optional();
  }

  long insert(long siteId, long groupId, MembershipInput in, long userId, LocalDate review) {
    return jdbc.sql(
            """
            insert into membership (site_id, person_id, group_id, role, criteria, source,
                                    submitted_by, review_date)
            values (:site, :person, :group, :role, :criteria, :source, :user, :review)
            returning id
            """)
        .param("site", siteId)
        .param("person", in.personId())
        .param("group", groupId)
        .param("role", in.roleOrMember())
        .param("criteria", in.givenCriteria().toArray(String[]::new))
        .param("source", in.source().trim())
        .param("user", userId)
        .param("review", review)
        .query(Long.class)
        .single();
  }

  /**
   * The relationships of each of these groups, seen from it: by kind, then the other group's name.
   * Groups with none are left out.
   */
  Map<Long, List<GroupRelationship>> relationships(long siteId, Collection<Long> groupIds) {
    Map<Long, List<GroupRelationship>> found = new LinkedHashMap<>();
    jdbc.sql(
            """
            select g.id as group_id, r.id, r.kind, r.since, r.basis, r.active, o.id as other_id,
                   o.name as other_name
              from unnest(cast(:groups as bigint[])) as g(id)
              join group_relationship r on r.site_id = :site
                   and (r.group_a = g.id or r.group_b = g.id)
              join criminal_group o on o.site_id = r.site_id
                   and o.id = case when r.group_a = g.id then r.group_b else r.group_a end
             order by g.id, r.kind, o.name
            """)
        .param("site", siteId)
        .param("groups", groupIds.stream().distinct().toArray(Long[]::new))
        .query(
            (ResultSet rs) -> {
              long group = rs.getLong("group_id");
              found
                  .computeIfAbsent(group, k -> new ArrayList<>())
                  .add(
                      new GroupRelationship(
                          rs.getLong("id"),
                          group,
                          rs.getLong("other_id"),
                          rs.getString("other_name"),
                          rs.getString("kind"),
                          rs.getObject("since", LocalDate.class),
                          rs.getString("basis"),
                          rs.getBoolean("active")));
            });
    return found;
  }

  long insertRelationship(
      long siteId,
      long a,
      long b,
      String kind,
      java.time.@org.jspecify.annotations.Nullable LocalDate since,
      String basis) {
    return jdbc.sql(
            """
            insert into group_relationship (site_id, group_a, group_b, kind, since, basis)
            values (:site, :a, :b, :kind, :since, :basis) returning id
            """)
        .param("site", siteId)
        .param("a", Math.min(a, b))
        .param("b", Math.max(a, b))
        .param("kind", kind)
        .param("since", since)
        .param("basis", basis.trim())
        .query(Long.class)
        .single();
  }

  static Membership membership(ResultSet rs) throws SQLException {
    Array criteria = rs.getArray("criteria");
    return new Membership(
        rs.getLong("id"),
        rs.getLong("person_id"),
        "",
        rs.getLong("group_id"),
        rs.getString("group_name"),
        rs.getString("role"),
        List.of((String[]) criteria.getArray()),
        rs.getString("source"),
        rs.getLong("submitted_by_id"),
        rs.getString("submitted_by"),
        rs.getObject("submitted_at", OffsetDateTime.class),
        rs.getString("status"),
        rs.getString("approved_by"),
        rs.getObject("approved_at", OffsetDateTime.class),
        rs.getObject("validated_at", OffsetDateTime.class),
        rs.getObject("review_date", LocalDate.class),
        rs.getInt("version"));
  }
}
