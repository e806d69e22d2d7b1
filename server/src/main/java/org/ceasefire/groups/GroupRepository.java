package org.ceasefire.groups;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.ceasefire.platform.PageOf;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for groups. Member counts include only entries within their review date. */
@Repository
class GroupRepository {

  private static final String SELECT =
      """
      select g.id, g.name, g.type, g.status, g.jurisdiction_id, j.name as jurisdiction,
             g.description, g.version,
             (select count(*) from membership m where m.site_id = g.site_id and m.group_id = g.id
                 and m.review_date >= current_date) as members
        from criminal_group g
        join jurisdiction j on j.site_id = g.site_id and j.id = g.jurisdiction_id
      """;

  private final JdbcClient jdbc;

  GroupRepository(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  PageOf<CriminalGroup> search(
      long siteId,
      @Nullable String text,
      @Nullable String status,
      @Nullable Long jurisdiction,
      int page,
      int size) {
    String where =
        """
         where g.site_id = :site and (:q = '' or lower(g.name) like :like)
           and (:status = '' or g.status = :status)
           and (cast(:jurisdiction as bigint) is null or g.jurisdiction_id = :jurisdiction)
        """;
    String q = text == null ? "" : text.trim();
    String like = "%" + q.toLowerCase(java.util.Locale.ROOT) + "%";
    String s = status == null ? "" : status;
    long total =
        jdbc.sql("select count(*) from criminal_group g " + where)
            .param("site", siteId)
            .param("q", q)
            .param("like", like)
            .param("status", s)
            .param("jurisdiction", jurisdiction)
            .query(Long.class)
            .single();
    List<CriminalGroup> items =
        jdbc.sql(SELECT + where + " order by lower(g.name) limit :limit offset :offset")
            .param("site", siteId)
            .param("q", q)
            .param("like", like)
            .param("status", s)
            .param("jurisdiction", jurisdiction)
            .param("limit", size)
            .param("offset", (long) page * size)
            .query((rs, n) -> group(rs))
            .list();
    return new PageOf<>(items, page, size, total);
  }

  Optional<CriminalGroup> find(long siteId, long id) {
    return jdbc.sql(SELECT + " where g.site_id = :site and g.id = :id")
        .param("site", siteId)
        .param("id", id)
        .query((rs, n) -> group(rs))
        .optional();
  }

  List<CriminalGroup> all(long siteId) {
    return jdbc.sql(SELECT + " where g.site_id = :site order by lower(g.name)")
        .param("site", siteId)
        .query((rs, n) -> group(rs))
        .list();
  }

  long insert(long siteId, GroupInput in) {
    return jdbc.sql(
            """
            insert into criminal_group (site_id, name, type, status, jurisdiction_id, description)
            values (:site, :name, :type, :status, :jurisdiction, :description) returning id
            """)
        .param("site", siteId)
        .param("name", in.name().trim())
        .param("type", in.type())
        .param("status", in.statusOrActive())
        .param("jurisdiction", in.jurisdictionId())
        .param("description", in.description())
        .query(Long.class)
        .single();
  }

  boolean update(long siteId, long id, int version, GroupInput in) {
    return jdbc.sql(
                """
                update criminal_group set name = :name, type = :type, status = :status,
                       jurisdiction_id = :jurisdiction, description = :description,
                       version = version + 1, updated_at = now()
                 where site_id = :site and id = :id and version = :version
                """)
            .param("site", siteId)
            .param("id", id)
            .param("version", version)
            .param("name", in.name().trim())
            .param("type", in.type())
            .param("status", in.statusOrActive())
            .param("jurisdiction", in.jurisdictionId())
            .param("description", in.description())
            .update()
        == 1;
  }

  long count(long siteId) {
    return jdbc.sql("select count(*) from criminal_group where site_id = :site")
        .param("site", siteId)
        .query(Long.class)
        .single();
  }

  private static CriminalGroup group(ResultSet rs) throws SQLException {
    return new CriminalGroup(
        rs.getLong("id"),
        rs.getString("name"),
        rs.getString("type"),
        rs.getString("status"),
        rs.getLong("jurisdiction_id"),
        rs.getString("jurisdiction"),
        rs.getString("description"),
        rs.getInt("members"),
        rs.getInt("version"));
  }
}
